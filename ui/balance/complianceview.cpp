// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/complianceview.h"

#include "balance/compliancemodel.h"
#include "dateedit.h"
#include "format.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace parcours::ui {

ComplianceView::ComplianceView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("complianceView"));
    m_model = new ComplianceModel(this);

    auto *title = translated(new QLabel, &QLabel::setText, [] { return tr("GPMI follow-up"); });
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    auto *explanation = translated(new QLabel, &QLabel::setText, [] {
        return tr("Open integration-income dossiers whose GPMI is missing, signed late, short of "
                  "evaluations (3 a year, 2 face to face), or due within 30 days.");
    });
    explanation->setWordWrap(true);

    m_dayEdit = new DateEdit;
    m_dayEdit->setObjectName(QStringLiteral("complianceDay"));
    m_dayEdit->setDate(m_day);
    m_dayEdit->setMaximumWidth(150);
    connect(m_dayEdit, &QLineEdit::editingFinished, this, [this] {
        const QDate d = m_dayEdit->date();
        if (d.isValid() && d != m_day)
            setDay(d);
    });
    auto *dayLabel = translated(new QLabel, &QLabel::setText, [] { return tr("O&n:"); });
    dayLabel->setBuddy(m_dayEdit);

    m_officer = new QComboBox;
    m_officer->setObjectName(QStringLiteral("complianceOfficer"));
    m_officer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_officer->setMinimumContentsLength(16);
    connect(m_officer, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilter);
    auto *officerLabel = translated(new QLabel, &QLabel::setText, [] { return tr("O&fficer:"); });
    officerLabel->setBuddy(m_officer);

    auto *refreshButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Refresh"); });
    refreshButton->setAutoDefault(false);
    connect(refreshButton, &QPushButton::clicked, this, &ComplianceView::refresh);

    auto *bar = new QHBoxLayout;
    bar->addWidget(dayLabel);
    bar->addWidget(m_dayEdit);
    bar->addSpacing(12);
    bar->addWidget(officerLabel);
    bar->addWidget(m_officer);
    bar->addStretch(1);
    bar->addWidget(refreshButton);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    prepareTableHeader(m_table->horizontalHeader());
    retranslateModel(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->dossierId(index.row()))
            Q_EMIT openDossierRequested(id);
    });

    m_empty = translated(new QLabel, &QLabel::setText, [] {
        return tr("Nothing to do: every GPMI that is due is signed and evaluated on time.");
    });
    m_empty->setObjectName(QStringLiteral("complianceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
}

ComplianceView::~ComplianceView()
{
    disconnectChildren(this); // see widgetsupport.h: a day typed but not applied emits editingFinished
}

void ComplianceView::setDatabase(Database *db)
{
    m_db = db;
    refresh();
    if (!m_db)
        return;
    // An officer starts with their own list, when the dossiers name them.
    const Actor &actor = m_db->actor();
    for (int i = 1; i < m_officer->count(); ++i) {
        const QString officer = m_officer->itemData(i).toString();
        if (officer.compare(actor.displayName, Qt::CaseInsensitive) == 0 || officer.compare(actor.name, Qt::CaseInsensitive) == 0) {
            m_officer->setCurrentIndex(i);
            break;
        }
    }
}

void ComplianceView::setDay(const QDate &day)
{
    m_day = day;
    m_dayEdit->setDate(day);
    refresh();
}

void ComplianceView::setOfficer(const QString &officer)
{
    const int i = officer.isEmpty() ? 0 : m_officer->findData(officer);
    if (i >= 0)
        m_officer->setCurrentIndex(i);
}

int ComplianceView::findingCount() const
{
    return m_model->rowCount();
}

void ComplianceView::refresh()
{
    m_all.clear();
    QString error;
    if (m_db) {
        auto rows = Compliance(*m_db).rows(m_day);
        if (rows.ok())
            m_all = rows.take();
        else
            error = rows.error();
    }
    const QString current = m_officer->currentData().toString();
    std::set<QString> officers;
    for (const Compliance::Row &r : std::as_const(m_all)) {
        if (!r.officer.isEmpty())
            officers.insert(r.officer);
    }
    {
        const QSignalBlocker block(m_officer);
        m_officer->clear();
        m_officer->addItem(tr("All officers"), QString());
        for (const QString &o : officers)
            m_officer->addItem(o, o);
        const int i = m_officer->findData(current);
        m_officer->setCurrentIndex(i >= 0 ? i : 0);
    }
    applyFilter();
    if (!error.isEmpty())
        m_summary->setText(error);
}

void ComplianceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The findings' details are written by core in the language of the moment: read them
        // again. The day typed, the officer chosen and the dossier selected stay.
        const QModelIndex current = m_table->currentIndex();
        const qint64 dossier = m_model->dossierId(current.row());
        refresh();
        for (int row = 0; dossier != 0 && row < m_model->rowCount(); ++row) {
            if (m_model->dossierId(row) == dossier) {
                m_table->setCurrentIndex(m_model->index(row, std::max(0, current.column())));
                break;
            }
        }
    }
    QWidget::changeEvent(event);
}

void ComplianceView::applyFilter()
{
    const QString officer = m_officer->currentData().toString();
    QList<Compliance::Row> shown;
    for (const Compliance::Row &r : std::as_const(m_all)) {
        if (officer.isEmpty() || r.officer == officer)
            shown.append(r);
    }
    m_model->setRows(shown);
    m_table->resizeColumnsToContents();
    const int overdue = m_model->overdueCount();
    const int soon = m_model->rowCount() - overdue;
    m_summary->setText(tr("On %1: %2 missing or overdue, %3 due soon or signed late.")
                           .arg(formatDate(m_day), formatCount(overdue), formatCount(soon)));
    m_table->setVisible(!shown.isEmpty());
    m_empty->setVisible(shown.isEmpty());
    Q_EMIT countChanged(int(shown.size()), overdue);
}

} // namespace parcours::ui
