// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/pdfexport.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace parcours::ui {

Status PdfExport::write(const QString &html, const QString &title, const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("The file %1 could not be written: %2").arg(shown, file.errorString()));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Parcours"));
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body { font-size: 9pt; } h1 { font-size: 15pt; } "
                                                     "h2 { font-size: 12pt; } th { background: #eeeeee; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit())
        return Status::failure(tr("The file %1 could not be written: %2").arg(shown, file.errorString()));
    return Status::success();
}

} // namespace parcours::ui
