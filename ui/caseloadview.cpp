// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloadview.h"

#include "caseloadmodel.h"
#include "cellstyle.h"
#include "dateedit.h"
#include "format.h"
#include "trajectory/trajectory.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

// The officer combo's data: invalid = every officer, a string (maybe empty) = that officer.
std::optional<QString> officerOf(const QVariant &data)
{
    return data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt;
}

QString officerText(const QString &officer)
{
    return officer.isEmpty() ? CaseloadView::tr("(no officer recorded)") : officer;
}

} // namespace

CaseloadView::CaseloadView(QWidget *parent) : QWidget(parent), m_day(QDate::currentDate())
{
    setObjectName(QStringLiteral("caseloadView"));
    m_model = new CaseloadModel(this);

    m_dayEdit = new DateEdit;
    m_dayEdit->setObjectName(QStringLiteral("caseloadDay"));
    m_dayEdit->setDate(m_day);
    m_dayEdit->setMaximumWidth(m_dayEdit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    m_todayButton = new QPushButton;
    m_todayButton->setObjectName(QStringLiteral("caseloadTodayButton"));

    m_cellFilter = new QComboBox;
    m_cellFilter->setObjectName(QStringLiteral("caseloadCellFilter"));
    m_cellFilter->addItem(QString(), -1);
    for (const Cell cell : kAllCells)
        m_cellFilter->addItem(cellIcon(cell), QString(), int(cell));
    m_officerFilter = new QComboBox;
    m_officerFilter->setObjectName(QStringLiteral("caseloadOfficerFilter"));
    m_officerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_officerFilter->setMinimumContentsLength(18);
    m_officerFilter->addItem(QString());

    m_dayLabel = new QLabel;
    m_dayLabel->setBuddy(m_dayEdit);
    m_cellLabel = new QLabel;
    m_cellLabel->setBuddy(m_cellFilter);
    m_officerLabel = new QLabel;
    m_officerLabel->setBuddy(m_officerFilter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dayLabel);
    bar->addWidget(m_dayEdit);
    bar->addWidget(m_todayButton);
    bar->addSpacing(24);
    bar->addWidget(m_cellLabel);
    bar->addWidget(m_cellFilter);
    bar->addSpacing(12);
    bar->addWidget(m_officerLabel);
    bar->addWidget(m_officerFilter);
    bar->addStretch();

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("caseloadSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSortingEnabled(true);
    // No indicator at first: the rows come in the core's order (cell, then name).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setupColumns();

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("caseloadEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette pal = m_empty->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_empty->setPalette(pal);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_dayEdit, &QLineEdit::editingFinished, this, [this] {
        if (const QDate d = m_dayEdit->date(); d.isValid())
            setDay(d);
    });
    connect(m_todayButton, &QPushButton::clicked, this, [this] { setDay(QDate::currentDate()); });
    connect(m_cellFilter, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilters);
    connect(m_officerFilter, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->dossierId(index.row()))
            Q_EMIT openDossierRequested(id);
    });
    retranslateUi();
    updateSummary();
}

void CaseloadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Headers, cells and dates are asked of the model at paint time.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        setupColumns();
        m_table->viewport()->update();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void CaseloadView::retranslateUi()
{
    // Texts only: the day and the filters chosen stay.
    m_dayLabel->setText(tr("&Day:"));
    m_cellLabel->setText(tr("&Cell:"));
    m_officerLabel->setText(tr("O&fficer:"));
    m_todayButton->setText(tr("T&oday"));
    m_cellFilter->setItemText(0, tr("All cells"));
    for (int i = 1; i < m_cellFilter->count(); ++i)
        m_cellFilter->setItemText(i, cellLabel(Cell(m_cellFilter->itemData(i).toInt())));
    m_officerFilter->setItemText(0, tr("All officers"));
    for (int i = 1; i < m_officerFilter->count(); ++i)
        m_officerFilter->setItemText(i, officerText(m_officerFilter->itemData(i).toString()));
}

CaseloadView::~CaseloadView()
{
    disconnectChildren(this); // see widgetsupport.h: no signal reaches a half-destroyed object
}

void CaseloadView::setupColumns()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const auto w = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    QHeaderView *header = m_table->horizontalHeader();
    prepareTableHeader(header);
    header->setSectionResizeMode(CaseloadModel::Name, QHeaderView::Stretch);
    int cellWidth = w(tr("Cell"));
    for (const Cell cell : kAllCells)
        cellWidth = std::max(cellWidth, w(cellLabel(cell)) + 22);
    m_table->setColumnWidth(CaseloadModel::Reference, w(QStringLiteral("D-2024-000000")));
    m_table->setColumnWidth(CaseloadModel::CellColumn, cellWidth);
    m_table->setColumnWidth(CaseloadModel::Since, std::max(w(formatDate(QDate(2000, 12, 31))), w(tr("Since"))));
    m_table->setColumnWidth(CaseloadModel::Days, w(tr("Days in the cell")));
    m_table->setColumnWidth(CaseloadModel::Officer, w(QStringLiteral("Annelies Vandermeulen")));
}

void CaseloadView::setTrajectory(Trajectory *trajectory)
{
    m_trajectory = trajectory;
    m_stale = true;
    // Never keep the people of a database that is going away; read the new one when shown.
    m_model->setRows({}, m_day);
    if (isVisible())
        load();
    else
        updateSummary();
}

void CaseloadView::setDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_dayEdit->setDate(day);
    if (day == m_day && !m_stale)
        return;
    m_day = day;
    load();
}

void CaseloadView::setCellFilter(std::optional<Cell> cell)
{
    m_cellFilter->setCurrentIndex(m_cellFilter->findData(cell ? int(*cell) : -1));
}

void CaseloadView::setOfficerFilter(const std::optional<QString> &officer)
{
    if (!officer) {
        m_officerFilter->setCurrentIndex(0);
        return;
    }
    int i = m_officerFilter->findData(*officer);
    if (i < 0) {
        m_officerFilter->addItem(officerText(*officer), *officer);
        i = m_officerFilter->count() - 1;
    }
    m_officerFilter->setCurrentIndex(i);
}

void CaseloadView::refresh()
{
    if (isVisible())
        load();
    else
        m_stale = true;
}

void CaseloadView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Placements may have changed in a dossier since the page was last shown.
    load();
}

void CaseloadView::load()
{
    m_stale = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const qint64 keep = m_model->dossierId(m_table->currentIndex().row());
    // The counts of the day and the first page; the view fetches more as it scrolls.
    m_model->setSource(m_trajectory, m_day);
    rebuildOfficers();
    applyFilters();
    if (keep != 0) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->dossierId(r) == keep) {
                m_table->selectRow(r);
                break;
            }
        }
    }
    QApplication::restoreOverrideCursor();
}

void CaseloadView::rebuildOfficers()
{
    const std::optional<QString> current = officerOf(m_officerFilter->currentData());
    const QSignalBlocker blocker(m_officerFilter);
    m_officerFilter->clear();
    m_officerFilter->addItem(tr("All officers"));
    for (const QString &officer : m_model->officers())
        m_officerFilter->addItem(officerText(officer), officer);
    // A chosen officer stays chosen on a day they follow nobody: the table is then empty.
    setOfficerFilter(current);
}

void CaseloadView::applyFilters()
{
    const int cell = m_cellFilter->currentData().toInt();
    m_model->setFilter(cell >= 0 ? std::optional<Cell>(Cell(cell)) : std::nullopt, officerOf(m_officerFilter->currentData()));
    updateSummary();
}

QString CaseloadView::summary() const
{
    return m_summary->text();
}

void CaseloadView::updateSummary()
{
    if (!m_trajectory) {
        m_summary->clear();
        m_empty->setText(tr("No database is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const std::array<int, kCellCount> counts = m_model->countsPerCell();
    int total = 0;
    for (const int n : counts)
        total += n;
    const std::optional<QString> officer = m_model->officerFilter();
    const std::optional<Cell> cell = m_model->cellFilter();
    const QString day = formatDate(m_day);
    QString head;
    if (officer)
        head = total == 1 ? tr("On %1, %2 follows 1 person in a cell").arg(day, officerText(*officer).toHtmlEscaped())
                          : tr("On %1, %2 follows %3 people in a cell").arg(day, officerText(*officer).toHtmlEscaped(), formatCount(total));
    else
        head = total == 1 ? tr("On %1, 1 person is in a cell").arg(day)
                          : tr("On %1, %2 people are in a cell").arg(day, formatCount(total));
    QStringList parts;
    for (const Cell c : kAllCells) {
        // No break inside "Health / equity 46": a count stays with its cell.
        QString part = QStringLiteral("%1\u00a0%2").arg(cellLabel(c).toHtmlEscaped().replace(QLatin1Char(' '), QChar(0xa0)),
                                                      formatCount(counts[size_t(c)]));
        if (cell && *cell == c)
            part = QStringLiteral("<b>%1</b>").arg(part);
        parts << part;
    }
    m_summary->setText(QStringLiteral("<b>%1:</b><br>%2").arg(head, parts.join(QStringLiteral(" · "))));

    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
    } else {
        if (m_model->totalOnDay() == 0)
            m_empty->setText(tr("Nobody is in a cell on %1.").arg(day));
        else
            m_empty->setText(tr("Nobody matches these filters on %1.").arg(day));
        m_stack->setCurrentWidget(m_empty);
    }
}

} // namespace parcours::ui
