// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/caseloadreport.h"
#include "reports/reportview.h"

#include <memory>
#include <optional>

class QComboBox;

namespace parcours::ui {

class DateEdit;

// The caseload on a day (CaseloadReport), by cell, by officer, or as a grid of officers ×
// cells with totals. Export CSV writes the chosen breakdown, as parcours-cli report caseload
// --by does.
class CaseloadReportView : public ReportView
{
    Q_OBJECT
public:
    explicit CaseloadReportView(Database &db, QWidget *parent = nullptr);

    void setDay(const QDate &day);
    void setBy(CaseloadReport::By by);
    const std::optional<CaseloadReport> &report() const { return m_report; }

protected:
    Result<Job> prepare() override;
    void present() override;
    void retranslateUi() override;
    QByteArray csv() const override;
    QString suggestedFileName() const override;

private:
    void fill(); // the table for the report and the breakdown chosen
    CaseloadReport::By by() const;

    DateEdit *m_day = nullptr;
    QComboBox *m_by = nullptr;
    std::shared_ptr<std::optional<CaseloadReport>> m_pending;
    std::optional<CaseloadReport> m_report;
};

} // namespace parcours::ui
