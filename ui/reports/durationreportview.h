// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/durationreport.h"
#include "reports/reportview.h"

#include <memory>
#include <optional>

class QCheckBox;

namespace parcours::ui {

class DateEdit;

// Days spent in each cell (DurationReport): for each cell and for all cells, the number of
// placements that ended (in the period, or ever), the median, quartiles, mean, shortest and
// longest. Open placements do not count; the summary says so.
class DurationReportView : public ReportView
{
    Q_OBJECT
public:
    enum Column { CellColumn, Placements, Median, FirstQuartile, ThirdQuartile, Mean, Shortest, Longest, ColumnCount };

    explicit DurationReportView(Database &db, QWidget *parent = nullptr);

    // A null `from` and `to`: every ended placement.
    void setPeriod(const QDate &from, const QDate &to);
    const std::optional<DurationReport> &report() const { return m_report; }

protected:
    Result<Job> prepare() override;
    void present() override;
    void retranslateUi() override;
    QByteArray csv() const override;
    QString suggestedFileName() const override;

private:
    void showReport();
    QCheckBox *m_limit = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    std::shared_ptr<std::optional<DurationReport>> m_pending;
    std::optional<DurationReport> m_report;
};

} // namespace parcours::ui
