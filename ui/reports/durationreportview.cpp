// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/durationreportview.h"

#include "dateedit.h"
#include "format.h"
#include "reports/reportpickers.h"
#include "widgetsupport.h"
#include "reports/reporttablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>

namespace parcours::ui {

DurationReportView::DurationReportView(Database &db, QWidget *parent) : ReportView(db, parent)
{
    setObjectName(QStringLiteral("durationReportView"));
    m_limit = translated(new QCheckBox, &QCheckBox::setText, [] { return tr("&Ended between"); });
    m_limit->setObjectName(QStringLiteral("durationLimit"));
    m_limit->setChecked(true);
    controls()->addWidget(m_limit);
    m_from = ReportPickers::addDate(controls(), {}, QStringLiteral("durationFrom"), ReportPickers::lastYearStart());
    m_to = ReportPickers::addDate(controls(), [] { return tr("and"); }, QStringLiteral("durationTo"), ReportPickers::lastYearEnd());
    connect(m_limit, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });

    retranslateUi();
}

void DurationReportView::retranslateUi()
{
    model()->setHeader({tr("Cell"), tr("Placements"), tr("Median (days)"), tr("1st quartile"), tr("3rd quartile"),
                        tr("Mean"), tr("Shortest"), tr("Longest")});
    table()->horizontalHeader()->setSectionResizeMode(CellColumn, QHeaderView::Stretch);
    const QFontMetrics fm = table()->fontMetrics();
    for (int c = Placements; c < ColumnCount; ++c)
        table()->setColumnWidth(c, std::max(fm.horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()),
                                            fm.horizontalAdvance(QStringLiteral("000000"))) + 32);
    if (m_report)
        showReport();
    else
        setSummary(tr("How many days people spend in each cell, from the first day to the last, both included. "
                      "Only placements that ended count: how long a running one will last is not known yet."));
}

void DurationReportView::setPeriod(const QDate &from, const QDate &to)
{
    m_limit->setChecked(from.isValid());
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
}

Result<ReportView::Job> DurationReportView::prepare()
{
    QDate from, to;
    if (m_limit->isChecked()) {
        if (QString e = ReportPickers::readDate(m_from, tr("Ended between"), from); !e.isEmpty())
            return Result<Job>::failure(e);
        if (QString e = ReportPickers::readDate(m_to, tr("Ended between"), to); !e.isEmpty())
            return Result<Job>::failure(e);
        if (from > to)
            return Result<Job>::failure(tr("The period starts on %1, after its end on %2.").arg(formatDate(from), formatDate(to)));
    }
    m_pending = std::make_shared<std::optional<DurationReport>>();
    return Job([pending = m_pending, from, to](Database &db, const ReportProgress &progress) {
        auto r = DurationReport::compute(db, from, to, progress);
        if (!r)
            return Status::failure(r.error());
        *pending = r.take();
        return Status::success();
    });
}

void DurationReportView::present()
{
    m_report = std::move(*m_pending);
    m_pending.reset();
    showReport();
}

void DurationReportView::showReport()
{
    QList<QVariantList> rows;
    for (const DurationReport::Row &r : m_report->rows) {
        if (r.count == 0) {
            rows.append({DurationReport::cellText(r), qint64(0), {}, {}, {}, {}, {}, {}});
            continue;
        }
        rows.append({DurationReport::cellText(r), qint64(r.count), r.median, r.firstQuartile, r.thirdQuartile, r.mean,
                     qint64(r.shortest), qint64(r.longest)});
    }
    model()->setRows(rows);
    model()->setBoldRows({int(rows.size()) - 1});
    const QString which = m_report->from.isValid()
        ? tr("Placements that ended from %1 to %2").arg(formatDate(m_report->from), formatDate(m_report->to))
        : tr("Every placement that ended");
    const DurationReport::Row &all = m_report->row(std::nullopt);
    if (all.count == 0)
        setSummary(tr("<b>%1</b> — none.").arg(which));
    else
        setSummary(tr("<b>%1</b> — placements: %2 · median in days: %3. Running placements are not counted.")
                       .arg(which, formatCount(all.count), model()->text(int(rows.size()) - 1, Median)));
}

QByteArray DurationReportView::csv() const
{
    return m_report ? m_report->toCsv() : QByteArray();
}

QString DurationReportView::suggestedFileName() const
{
    if (m_report && m_report->from.isValid())
        return QStringLiteral("durations-%1-%2.csv").arg(m_report->from.toString(Qt::ISODate), m_report->to.toString(Qt::ISODate));
    return QStringLiteral("durations.csv");
}

} // namespace parcours::ui
