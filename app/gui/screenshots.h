// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Renders each main view, filled with sample data, to <dir>/<view>.png and returns the
// process exit code. For reviewing the interface without a display (QT_QPA_PLATFORM=offscreen).
int renderScreenshots(const QString &dir);
