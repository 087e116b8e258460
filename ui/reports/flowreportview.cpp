// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/flowreportview.h"

#include "dateedit.h"
#include "format.h"
#include "reports/reportpickers.h"
#include "reports/reporttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>

namespace parcours::ui {

FlowReportView::FlowReportView(Database &db, QWidget *parent) : ReportView(db, parent)
{
    setObjectName(QStringLiteral("flowReportView"));
    m_from = ReportPickers::addDate(controls(), tr("&From:"), QStringLiteral("flowFrom"), ReportPickers::lastYearStart());
    controls()->addSpacing(8);
    m_to = ReportPickers::addDate(controls(), tr("&To:"), QStringLiteral("flowTo"), ReportPickers::lastYearEnd());
    model()->setHeader({tr("From"), tr("To"), tr("People")});
    table()->horizontalHeader()->setSectionResizeMode(From, QHeaderView::Interactive);
    table()->setColumnWidth(From, table()->fontMetrics().horizontalAdvance(tr("Entry (no cell)")) + 80);
    table()->horizontalHeader()->setSectionResizeMode(To, QHeaderView::Stretch);
    table()->setColumnWidth(Count, table()->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);
    setSummary(tr("Who went from which cell to which other, who entered the trajectory and who left it, and why. "
                  "Choose a period and press Compute."));
}

void FlowReportView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

Result<ReportView::Job> FlowReportView::prepare()
{
    QDate from, to;
    if (QString e = ReportPickers::readDate(m_from, tr("&From:"), from); !e.isEmpty())
        return Result<Job>::failure(e);
    if (QString e = ReportPickers::readDate(m_to, tr("&To:"), to); !e.isEmpty())
        return Result<Job>::failure(e);
    if (from > to)
        return Result<Job>::failure(tr("The period starts on %1, after its end on %2.").arg(formatDate(from), formatDate(to)));
    m_pending = std::make_shared<std::optional<FlowReport>>();
    return Job([pending = m_pending, from, to](Database &db, const ReportProgress &progress) {
        auto r = FlowReport::compute(db, from, to, progress);
        if (!r)
            return Status::failure(r.error());
        *pending = r.take();
        return Status::success();
    });
}

void FlowReportView::present()
{
    m_report = std::move(*m_pending);
    m_pending.reset();
    QList<QVariantList> rows;
    for (const FlowReport::Flow &f : m_report->flows)
        rows.append({FlowReport::fromLabel(f), FlowReport::toLabel(f), qint64(f.count)});
    model()->setRows(rows);
    const QString period = tr("From %1 to %2").arg(formatDate(m_report->from), formatDate(m_report->to));
    if (m_report->flows.isEmpty()) {
        setSummary(tr("<b>%1</b> — no placement started or ended.").arg(period));
        return;
    }
    setSummary(tr("<b>%1</b> — entries into a cell: %2 · moves between cells: %3 · exits: %4")
                   .arg(period, formatCount(m_report->entries()), formatCount(m_report->moves()), formatCount(m_report->exits())));
}

QByteArray FlowReportView::csv() const
{
    return m_report ? m_report->toCsv() : QByteArray();
}

QString FlowReportView::suggestedFileName() const
{
    return m_report ? QStringLiteral("flows-%1-%2.csv").arg(m_report->from.toString(Qt::ISODate), m_report->to.toString(Qt::ISODate))
                    : QStringLiteral("flows.csv");
}

} // namespace parcours::ui
