// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace parcours {

// Writes `bytes` to `path` whole or not at all: to a temporary file beside it, every byte
// counted, flushed, then renamed over `path` (QSaveFile). On failure no partial file is left
// and an earlier file of that name is untouched.
//
// Documents rendered by QPdfWriter, QSvgGenerator or QImage are rendered into memory first
// and written with this: those writers do not check what their device's write() returns, and
// on a disk that fills up the kernel first accepts part of a block without an error (a short
// write), so a writer working straight on a QSaveFile could have a truncated file committed
// as complete (found by the [faults] tests, docs/data-safety.md).
class WholeFile
{
    Q_DECLARE_TR_FUNCTIONS(WholeFile)
public:
    enum class NewFile { Default, OwnerOnly }; // OwnerOnly: personal data (a replaced file keeps its permissions)
    // Fails with "the disk may be full (…)" or the system's reason, without naming the file:
    // callers say which file it was in their own words.
    static Status write(const QString &path, const QByteArray &bytes, NewFile newFile = NewFile::Default);
};

} // namespace parcours
