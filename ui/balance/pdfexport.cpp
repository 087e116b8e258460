// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/pdfexport.h"
#include "common/wholefile.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>

namespace parcours::ui {

Status PdfExport::write(const QString &html, const QString &title, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
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
    file.close();
    if (Status s = WholeFile::write(path, bytes, WholeFile::NewFile::OwnerOnly); !s)
        return Status::failure(tr("The file %1 could not be written: %2").arg(shown, s.error()));
    return Status::success();
}

} // namespace parcours::ui
