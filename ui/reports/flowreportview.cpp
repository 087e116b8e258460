// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/flowreportview.h"

#include "dateedit.h"
#include "format.h"
#include "reports/reportpickers.h"
#include "reports/reporttablemodel.h"
#include "widgetsupport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>

namespace parcours::ui {

FlowReportView::FlowReportView(Database &db, QWidget *parent) : ReportView(db, parent)
{
    setObjectName(QStringLiteral("flowReportView"));
    m_from = ReportPickers::addDate(controls(), [] { return tr("&From:"); }, QStringLiteral("flowFrom"),
                                    ReportPickers::lastYearStart());
    controls()->addSpacing(8);
    m_to = ReportPickers::addDate(controls(), [] { return tr("&To:"); }, QStringLiteral("flowTo"), ReportPickers::lastYearEnd());
    table()->horizontalHeader()->setStretchLastSection(false);
    m_balance = new ReportTableModel(this);
    m_balanceTable = new QTableView;
    auto *balance = m_balanceTable;
    balance->setObjectName(QStringLiteral("flowBalanceTable"));
    balance->setModel(m_balance);
    balance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    balance->setSelectionBehavior(QAbstractItemView::SelectRows);
    balance->setAlternatingRowColors(true);
    balance->setShowGrid(false);
    balance->setWordWrap(false);
    balance->verticalHeader()->hide();
    balance->verticalHeader()->setDefaultSectionSize(table()->verticalHeader()->defaultSectionSize());
    prepareTableHeader(balance->horizontalHeader());
    balance->horizontalHeader()->setStretchLastSection(false);
    body()->addWidget(balance);
    retranslateUi();
}

void FlowReportView::retranslateUi()
{
    model()->setHeader({tr("From"), tr("To"), tr("People")});
    m_balance->setHeader({tr("Cell"), tr("Entries"), tr("Moved in"), tr("Moved out"), tr("Exits")});
    // The count stays next to the names, whatever the language; the rest of the width stays empty.
    const QFontMetrics fm = table()->fontMetrics();
    int from = fm.horizontalAdvance(tr("Entry (no cell)"));
    int to = 0;
    for (const Cell c : kAllCells) {
        from = std::max(from, fm.horizontalAdvance(cellLabel(c)));
        to = std::max(to, fm.horizontalAdvance(cellLabel(c)));
    }
    for (const Outcome o : kAllOutcomes)
        to = std::max(to, fm.horizontalAdvance(FlowReport::toLabel({Cell::Work, std::nullopt, o, 0})));
    table()->setColumnWidth(From, from + 28);
    table()->setColumnWidth(To, to + 28);
    table()->setColumnWidth(Count, std::max(fm.horizontalAdvance(tr("People")), fm.horizontalAdvance(QStringLiteral("0000000"))) + 28);
    QTableView *balance = m_balanceTable;
    balance->setColumnWidth(BalanceCell, from + 28);
    int balanceWidth = from + 28;
    for (int c = Entries; c < BalanceColumnCount; ++c) {
        const int w = std::max(fm.horizontalAdvance(m_balance->headerData(c, Qt::Horizontal).toString()),
                               fm.horizontalAdvance(QStringLiteral("000000"))) + 28;
        balance->setColumnWidth(c, w);
        balanceWidth += w;
    }
    balance->setMinimumWidth(balanceWidth + 2 * balance->frameWidth() + 4);
    balance->setMaximumWidth(balanceWidth + 2 * balance->frameWidth() + 24);
    if (m_report)
        showReport();
    else
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
    showReport();
}

void FlowReportView::showReport()
{
    QList<QVariantList> rows;
    for (const FlowReport::Flow &f : m_report->flows)
        rows.append({FlowReport::fromLabel(f), FlowReport::toLabel(f), qint64(f.count)});
    model()->setRows(rows);
    QList<QVariantList> cells;
    const auto balance = m_report->balance();
    FlowReport::Balance total;
    for (const Cell c : kAllCells) {
        const FlowReport::Balance &b = balance[size_t(c)];
        cells.append({cellLabel(c), qint64(b.entries), qint64(b.movesIn), qint64(b.movesOut), qint64(b.exits)});
        total.entries += b.entries;
        total.movesIn += b.movesIn;
        total.movesOut += b.movesOut;
        total.exits += b.exits;
    }
    cells.append({tr("All cells"), qint64(total.entries), qint64(total.movesIn), qint64(total.movesOut), qint64(total.exits)});
    m_balance->setRows(cells);
    m_balance->setBoldRows({int(cells.size()) - 1});
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
