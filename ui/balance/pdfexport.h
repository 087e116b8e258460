// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace parcours::ui {

class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)
public:
    // Writes `html` (from core) as an A4 PDF to `path`, atomically (QSaveFile): a failed write
    // leaves an existing file as it was. A new file is readable by its owner only: it holds
    // personal data.
    static Status write(const QString &html, const QString &title, const QString &path);
};

} // namespace parcours::ui
