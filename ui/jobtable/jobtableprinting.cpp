// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtableprinting.h"
#include "common/wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>

namespace parcours::ui {

namespace {

class Printing
{
    Q_DECLARE_TR_FUNCTIONS(Printing)
};

} // namespace

Status printHtmlToPdf(const QString &html, const QString &title, const QString &path)
{
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Parcours"));
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body { font-size: 9pt; } h1 { font-size: 15pt; } "
                                                     "h2 { font-size: 11pt; margin-top: 10px; } th { background: #eeeeee; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    file.close();
    if (Status s = WholeFile::write(path, bytes, WholeFile::NewFile::Default); !s)
        return Status::failure(Printing::tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), s.error()));
    return Status::success();
}

} // namespace parcours::ui
