// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportpickers.h"

#include "dateedit.h"
#include "widgetsupport.h"

#include <QHBoxLayout>
#include <QLabel>

namespace parcours::ui {

DateEdit *ReportPickers::addDate(QHBoxLayout *layout, std::function<QString()> label, const QString &objectName,
                                 const QDate &date)
{
    auto *edit = new DateEdit;
    edit->setObjectName(objectName);
    edit->setDate(date);
    // Fixed: a line edit expands by default and would push the labels apart.
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    if (label) {
        auto *text = translated(new QLabel, &QLabel::setText, std::move(label));
        text->setBuddy(edit);
        layout->addWidget(text);
    }
    layout->addWidget(edit);
    return edit;
}

QString ReportPickers::readDate(const DateEdit *edit, const QString &label, QDate &out)
{
    out = edit->date();
    if (out.isValid())
        return QString();
    QString name = label;
    name.remove(QLatin1Char('&'));
    name.remove(QLatin1Char(':'));
    return tr("%1: enter a date such as 31/12/2024.").arg(name.trimmed());
}

QDate ReportPickers::lastYearStart()
{
    return QDate(QDate::currentDate().year() - 1, 1, 1);
}

QDate ReportPickers::lastYearEnd()
{
    return QDate(QDate::currentDate().year() - 1, 12, 31);
}

} // namespace parcours::ui
