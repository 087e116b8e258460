// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/caseloadreportview.h"

#include "dateedit.h"
#include "format.h"
#include "reports/reportpickers.h"
#include "widgetsupport.h"
#include "reports/reporttablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace parcours::ui {

CaseloadReportView::CaseloadReportView(Database &db, QWidget *parent) : ReportView(db, parent)
{
    setObjectName(QStringLiteral("caseloadReportView"));
    m_day = ReportPickers::addDate(controls(), [] { return tr("&Day:"); }, QStringLiteral("caseloadReportDay"),
                                   QDate::currentDate());
    controls()->addSpacing(8);
    m_by = new QComboBox;
    m_by->setObjectName(QStringLiteral("caseloadReportBy"));
    m_by->addItem(QString(), int(CaseloadReport::By::Cell));
    m_by->addItem(QString(), int(CaseloadReport::By::Officer));
    m_by->addItem(QString(), int(CaseloadReport::By::Both));
    m_by->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a language switch
    retranslate(m_by, [this] { // the breakdown chosen stays
        m_by->setItemText(0, tr("Per cell"));
        m_by->setItemText(1, tr("Per officer"));
        m_by->setItemText(2, tr("Per officer and cell"));
    });
    m_by->setCurrentIndex(2);
    auto *byLabel = translated(new QLabel, &QLabel::setText, [] { return tr("&Show:"); });
    byLabel->setBuddy(m_by);
    controls()->addWidget(byLabel);
    controls()->addWidget(m_by);
    // Changing the breakdown redraws what was computed; no need to read the database again.
    connect(m_by, &QComboBox::currentIndexChanged, this, &CaseloadReportView::fill);
    retranslateUi();
}

void CaseloadReportView::retranslateUi()
{
    fill();
    if (!m_report) {
        setSummary(tr("How many people each cell and each officer follow on a day: placements running that day in "
                      "dossiers open that day. Choose a day and press Compute."));
        return;
    }
    const int officers = int(std::count_if(m_report->officers.cbegin(), m_report->officers.cend(),
                                           [](const CaseloadReport::OfficerRow &o) { return !o.officer.isEmpty(); }));
    setSummary(tr("<b>On %1</b> — people in a cell: %2 · officers: %3")
                   .arg(formatDate(m_report->day), formatCount(m_report->total), formatCount(officers)));
}

void CaseloadReportView::setDay(const QDate &day)
{
    m_day->setDate(day);
}

void CaseloadReportView::setBy(CaseloadReport::By by)
{
    m_by->setCurrentIndex(m_by->findData(int(by)));
}

CaseloadReport::By CaseloadReportView::by() const
{
    return CaseloadReport::By(m_by->currentData().toInt());
}

Result<ReportView::Job> CaseloadReportView::prepare()
{
    QDate day;
    if (QString e = ReportPickers::readDate(m_day, tr("&Day:"), day); !e.isEmpty())
        return Result<Job>::failure(e);
    m_pending = std::make_shared<std::optional<CaseloadReport>>();
    return Job([pending = m_pending, day](Database &db, const ReportProgress &progress) {
        auto r = CaseloadReport::compute(db, day, progress);
        if (!r)
            return Status::failure(r.error());
        *pending = r.take();
        return Status::success();
    });
}

void CaseloadReportView::present()
{
    m_report = std::move(*m_pending);
    m_pending.reset();
    retranslateUi(); // the table and the summary of the new report
}

void CaseloadReportView::fill()
{
    const QFontMetrics fm = table()->fontMetrics();
    QHeaderView *header = table()->horizontalHeader();
    QList<QVariantList> rows;
    QStringList columns;
    switch (by()) {
    case CaseloadReport::By::Cell:
        columns = {tr("Cell"), tr("People")};
        if (m_report) {
            for (const Cell c : kAllCells)
                rows.append({cellLabel(c), qint64(m_report->cells[size_t(c)])});
            rows.append({tr("All cells"), qint64(m_report->total)});
        }
        break;
    case CaseloadReport::By::Officer:
        columns = {tr("Officer"), tr("People")};
        if (m_report) {
            for (const CaseloadReport::OfficerRow &o : m_report->officers)
                rows.append({CaseloadReport::officerText(o.officer), qint64(o.total)});
            rows.append({tr("All officers"), qint64(m_report->total)});
        }
        break;
    case CaseloadReport::By::Both:
        columns = {tr("Officer")};
        for (const Cell c : kAllCells)
            columns << cellLabel(c);
        columns << tr("Total");
        if (m_report) {
            for (const CaseloadReport::OfficerRow &o : m_report->officers) {
                QVariantList row = {CaseloadReport::officerText(o.officer)};
                // Most officers work in one cell: blanks instead of a wall of zeros.
                for (const Cell c : kAllCells)
                    row << (o.cells[size_t(c)] > 0 ? QVariant(qint64(o.cells[size_t(c)])) : QVariant(QString()));
                row << qint64(o.total);
                rows.append(row);
            }
            QVariantList total = {tr("All officers")};
            for (const Cell c : kAllCells)
                total << qint64(m_report->cells[size_t(c)]);
            total << qint64(m_report->total);
            rows.append(total);
        }
        break;
    }
    model()->setHeader(columns);
    model()->setRows(rows);
    if (!rows.isEmpty())
        model()->setBoldRows({int(rows.size()) - 1});
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    table()->setColumnWidth(0, std::max(fm.horizontalAdvance(QStringLiteral("Annelies Vandermeulen")),
                                        fm.horizontalAdvance(CaseloadReport::officerText(QString()))) + 28);
    // The numbers stay next to the names; what is left of the width stays empty.
    header->setStretchLastSection(false);
    for (int c = 1; c < columns.size(); ++c) {
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        table()->setColumnWidth(c, std::max(fm.horizontalAdvance(columns.at(c)), fm.horizontalAdvance(QStringLiteral("00000"))) + 28);
    }
}

QByteArray CaseloadReportView::csv() const
{
    return m_report ? m_report->toCsv(by()) : QByteArray();
}

QString CaseloadReportView::suggestedFileName() const
{
    return QStringLiteral("caseload-%1-%2.csv")
        .arg(m_report ? m_report->day.toString(Qt::ISODate) : QString(), CaseloadReport::byCode(by()));
}

} // namespace parcours::ui
