// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablefiguresview.h"

#include "dateedit.h"
#include "format.h"
#include "jobtablemodels.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QString share(const JobTableOutcome &o)
{
    const double p = o.sharePercent();
    return p < 0 ? QStringLiteral("—") : QLocale().toString(p, 'f', 1) + QStringLiteral(" %");
}

} // namespace

void JobTableFigureModel::setFigures(const JobTableFigures &figures)
{
    beginResetModel();
    m_rows = figures.rows;
    m_rows.append(figures.total);
    endResetModel();
}

int JobTableFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableFigureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobTableFigureRow &r = m_rows.at(index.row());
    const bool total = index.row() == m_rows.size() - 1;
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Participants)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return total ? tr("Total") : r.title;
    case Launched:
        return formatDate(r.launched);
    case Concluded:
        return formatDate(r.concluded);
    case Participants:
        return r.participants;
    case Waiting:
        return r.waiting;
    case Meetings:
        return r.meetings;
    case Attendance:
        return rateText(r.attendance);
    case Job3:
        return r.after3.measured == 0 ? QStringLiteral("—")
                                      : tr("%1 + %2 of %3").arg(r.after3.job).arg(r.after3.training).arg(r.after3.measured);
    case Share3:
        return share(r.after3);
    case Job6:
        return r.after6.measured == 0 ? QStringLiteral("—")
                                      : tr("%1 + %2 of %3").arg(r.after6.job).arg(r.after6.training).arg(r.after6.measured);
    case Share6:
        return share(r.after6);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == Job3 || section == Job6))
        return tr("Participants with a job + with a training, of those measured");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Job Table");
    case Launched:
        return tr("Launched");
    case Concluded:
        return tr("Concluded");
    case Participants:
        return tr("Participants");
    case Waiting:
        return tr("Waiting");
    case Meetings:
        return tr("Meetings");
    case Attendance:
        return tr("Attendance");
    case Job3:
        return tr("After 3 months");
    case Share3:
        return tr("Share");
    case Job6:
        return tr("After 6 months");
    case Share6:
        return tr("Share");
    case ColumnCount:
        break;
    }
    return {};
}

JobTableFiguresView::JobTableFiguresView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobTableFigures"));
    m_from = new DateEdit;
    m_to = new DateEdit;
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year() - 1, 1, 1));
    m_to->setDate(today);
    auto *show = translated(new QPushButton, &QPushButton::setText, [] { return tr("Show"); });
    connect(show, &QPushButton::clicked, this, &JobTableFiguresView::refresh);
    m_model = new JobTableFigureModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    prepareTableHeader(m_table->horizontalHeader());
    retranslateModel(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note = translated(new QLabel, &QLabel::setText, [] {
        return tr("Groups launched in the period. Outcomes, read from the trajectory, for the participants of "
                  "concluded groups once 3 or 6 months have passed: a job (a placement ended with outcome job "
                  "since the conclusion, or article 60 on that day) or a training (studies and training on that "
                  "day, or a training completed since the conclusion).");
    });
    m_note->setWordWrap(true);
    auto *period = new QHBoxLayout;
    period->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Launched from"); }));
    period->addWidget(m_from);
    period->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("to"); }));
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

JobTableFiguresView::~JobTableFiguresView()
{
    disconnectChildren(this);
}

void JobTableFiguresView::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void JobTableFiguresView::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void JobTableFiguresView::refresh()
{
    JobTableFigures empty;
    if (!m_db) {
        m_model->setFigures(empty);
        return;
    }
    const auto figures = JobTableReport::compute(*m_db, m_from->date(), m_to->date());
    setEnabled(figures.ok() || m_from->date() > m_to->date());
    m_model->setFigures(figures.ok() ? figures.value() : empty);
    m_table->resizeColumnsToContents();
}

} // namespace parcours::ui
