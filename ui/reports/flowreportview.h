// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/flowreport.h"
#include "reports/reportview.h"

#include <QDate>

#include <memory>
#include <optional>

namespace parcours::ui {

class DateEdit;
class ReportTableModel;

// Flows between cells over a period (FlowReport): one row per flow — from (a cell, or entry
// from no cell), to (a cell, or exit with its outcome), how many — and a summary of entries,
// moves and exits. Default period: the last full calendar year.
class FlowReportView : public ReportView
{
    Q_OBJECT
public:
    enum Column { From, To, Count, ColumnCount };
    // The table beside it: per cell, what came in and what went out.
    enum BalanceColumn { BalanceCell, Entries, MovesIn, MovesOut, Exits, BalanceColumnCount };

    explicit FlowReportView(Database &db, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    const std::optional<FlowReport> &report() const { return m_report; }
    ReportTableModel *balanceModel() const { return m_balance; }

protected:
    Result<Job> prepare() override;
    void present() override;
    QByteArray csv() const override;
    QString suggestedFileName() const override;
    void retranslateUi() override;

private:
    void showReport();
    QTableView *m_balanceTable = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    ReportTableModel *m_balance = nullptr;
    std::shared_ptr<std::optional<FlowReport>> m_pending;
    std::optional<FlowReport> m_report;
};

} // namespace parcours::ui
