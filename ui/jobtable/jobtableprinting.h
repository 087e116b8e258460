// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace parcours::ui {

// Writes `html` as an A4 PDF at `path`, atomically (a failed write leaves no partial file).
Status printHtmlToPdf(const QString &html, const QString &title, const QString &path);

} // namespace parcours::ui
