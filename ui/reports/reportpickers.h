// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

class QHBoxLayout;

namespace parcours::ui {

class DateEdit;

// The date pickers of the report views.
class ReportPickers
{
    Q_DECLARE_TR_FUNCTIONS(ReportPickers)
public:
    // A label with a mnemonic (`label()`, asked again after a language switch; none when
    // `label` is empty) and a DateEdit named `objectName`, added to `layout`.
    static DateEdit *addDate(QHBoxLayout *layout, std::function<QString()> label, const QString &objectName,
                             const QDate &date);
    // The date of `edit`, or the message naming the field (`label` without its '&' and ':').
    static QString readDate(const DateEdit *edit, const QString &label, QDate &out);
    // The last full calendar year before today: the usual period of an annual report.
    static QDate lastYearStart();
    static QDate lastYearEnd();
};

} // namespace parcours::ui
