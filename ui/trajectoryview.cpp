// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectoryview.h"

#include "format.h"
#include "placementdialog.h"
#include "placementmodel.h"
#include "timelineband.h"
#include "trajectory/trajectory.h"
#include "widgetsupport.h"

#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

TrajectoryView::TrajectoryView(Trajectory &trajectory, QWidget *parent)
    : QWidget(parent), m_trajectory(trajectory), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("trajectoryView"));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("trajectoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.1);
    m_status->setFont(statusFont);

    m_band = new TimelineBand;
    auto *bandFrame = new QFrame;
    bandFrame->setFrameShape(QFrame::StyledPanel);
    bandFrame->setBackgroundRole(QPalette::Base);
    bandFrame->setAutoFillBackground(true);
    auto *bandLayout = new QVBoxLayout(bandFrame);
    bandLayout->setContentsMargins(4, 6, 4, 4);
    bandLayout->addWidget(m_band);

    m_model = new PlacementModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("placementTable"));
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
    setupColumns();

    auto *empty = translated(new QLabel, &QLabel::setText, [] {
        return tr("No placements yet. Refer the person to a cell to start the trajectory: most start "
                  "in project facilitation.");
    });
    empty->setObjectName(QStringLiteral("emptyTrajectory"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    QPalette pal = empty->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    empty->setPalette(pal);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    m_referButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Refer to a cell…"); });
    m_referButton->setObjectName(QStringLiteral("referButton"));
    translated(m_referButton, &QWidget::setToolTip, [] {
        return tr("Start a placement in a cell (or record one that is over)");
    });
    m_transferButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Transfer…"); });
    m_transferButton->setObjectName(QStringLiteral("transferButton"));
    translated(m_transferButton, &QWidget::setToolTip, [] {
        return tr("Move the person to another cell on a day: the current placement ends the day before");
    });
    m_endButton = new QPushButton(tr("E&nd placement…")); // its text follows the selection: updateState()
    m_endButton->setObjectName(QStringLiteral("endButton"));
    translated(m_endButton, &QWidget::setToolTip, [] { return tr("End the selected placement with its outcome"); });
    m_editButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Edit…"); });
    m_editButton->setObjectName(QStringLiteral("editPlacementButton"));
    translated(m_editButton, &QWidget::setToolTip, [] {
        return tr("Change the selected placement (or double-click it)");
    });
    m_removeButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Re&move…"); });
    m_removeButton->setObjectName(QStringLiteral("removePlacementButton"));
    translated(m_removeButton, &QWidget::setToolTip, [] {
        return tr("Remove the selected placement, e.g. one recorded by mistake");
    });

    // Inside a dialog, Return on a table row opens that placement; it must not also press
    // whichever of these buttons a dialog would take as its default.
    for (QPushButton *b : {m_referButton, m_transferButton, m_endButton, m_editButton, m_removeButton})
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_referButton);
    buttons->addWidget(m_transferButton);
    buttons->addWidget(m_endButton);
    buttons->addWidget(m_editButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(bandFrame);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_referButton, &QPushButton::clicked, this, &TrajectoryView::refer);
    connect(m_transferButton, &QPushButton::clicked, this, &TrajectoryView::transfer);
    connect(m_endButton, &QPushButton::clicked, this, &TrajectoryView::endPlacement);
    connect(m_editButton, &QPushButton::clicked, this, &TrajectoryView::editPlacement);
    connect(m_removeButton, &QPushButton::clicked, this, &TrajectoryView::removePlacement);
    connect(m_table, &QTableView::activated, this, [this] { editPlacement(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_band->setSelectedPlacement(selectedPlacementId());
        updateState();
    });
    connect(m_band, &TimelineBand::placementClicked, this, &TrajectoryView::selectPlacement);
    connect(m_band, &TimelineBand::placementActivated, this, [this](qint64 id) {
        selectPlacement(id);
        editPlacement();
    });
    updateState();
}

TrajectoryView::~TrajectoryView()
{
    disconnectChildren(this); // see widgetsupport.h: no signal reaches a half-destroyed object
}

void TrajectoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Texts only: the placement selected stays; the table's cells are asked again.
        updateState();
        setupColumns();
        if (QAbstractItemModel *model = m_table->model(); model && model->columnCount() > 0) {
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
            if (model->rowCount() > 0)
                Q_EMIT model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, model->columnCount() - 1));
        }
    }
    QWidget::changeEvent(event);
}

void TrajectoryView::setupColumns()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const auto w = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    QHeaderView *header = m_table->horizontalHeader();
    prepareTableHeader(header);
    header->setSectionResizeMode(PlacementModel::OutcomeColumn, QHeaderView::Stretch);
    int cellWidth = 0;
    for (const Cell cell : kAllCells)
        cellWidth = std::max(cellWidth, w(cellLabel(cell)) + 22); // and the swatch
    m_table->setColumnWidth(PlacementModel::CellColumn, cellWidth);
    const int dateWidth = std::max(w(formatDate(QDate(2000, 12, 31))), w(tr("ongoing")));
    m_table->setColumnWidth(PlacementModel::From, dateWidth);
    m_table->setColumnWidth(PlacementModel::To, dateWidth);
    m_table->setColumnWidth(PlacementModel::Days, std::max(w(QStringLiteral("0,000")), w(tr("Days"))));
    m_table->setColumnWidth(PlacementModel::Officer, w(QStringLiteral("Annelies Van Achter")));
}

void TrajectoryView::setDossier(const DossierPeriod &dossier, const QString &personName, const QString &dossierOfficer)
{
    m_dossier = dossier;
    m_personName = personName;
    m_dossierOfficer = dossierOfficer;
    m_table->clearSelection();
    reload();
}

void TrajectoryView::setToday(const QDate &today)
{
    m_today = today;
    m_band->setToday(today);
    m_model->setToday(today);
    updateState();
}

void TrajectoryView::reload()
{
    const qint64 keep = selectedPlacementId();
    const QList<Placement> placements = m_dossier.id != 0 ? m_trajectory.placements(m_dossier.id) : QList<Placement>();
    m_model->setPlacements(placements);
    m_band->setTrajectory(placements, m_dossier.opened, m_dossier.closed);
    m_stack->setCurrentIndex(placements.isEmpty() ? 1 : 0);
    // Keep the selection; else select the placement running today, else the latest one.
    qint64 select = m_model->rowOf(keep) >= 0 ? keep : 0;
    if (select == 0) {
        if (const Placement *now = currentPlacement())
            select = now->id;
        else if (!placements.isEmpty())
            select = m_model->placements().last().id;
    }
    selectPlacement(select);
    updateState();
}

qint64 TrajectoryView::selectedPlacementId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Placement *p = m_model->placementAt(rows.first().row());
    return p ? p->id : 0;
}

void TrajectoryView::selectPlacement(qint64 placementId)
{
    const int row = m_model->rowOf(placementId);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

const Placement *TrajectoryView::selected() const
{
    const qint64 id = selectedPlacementId();
    const int row = m_model->rowOf(id);
    return id != 0 ? m_model->placementAt(row) : nullptr;
}

const Placement *TrajectoryView::currentPlacement() const
{
    for (const Placement &p : m_model->placements()) {
        if (p.covers(m_today))
            return &p;
    }
    return nullptr;
}

void TrajectoryView::updateState()
{
    const bool hasDossier = m_dossier.id != 0;
    const Placement *sel = selected();
    const Placement *now = currentPlacement();
    m_referButton->setEnabled(hasDossier);
    m_transferButton->setEnabled(hasDossier && (now || (sel && sel->isOpen())));
    m_endButton->setEnabled(sel != nullptr);
    m_endButton->setText(sel && !sel->isOpen() ? tr("Change e&nd…") : tr("E&nd placement…"));
    m_editButton->setEnabled(sel != nullptr);
    m_removeButton->setEnabled(sel != nullptr);

    QString status;
    if (!hasDossier)
        status.clear();
    else if (m_dossier.closed.isValid() && m_dossier.closed < m_today)
        status = tr("Dossier closed on %1.").arg(formatDate(m_dossier.closed)).toHtmlEscaped();
    else if (now)
        status = tr("Today in <b>%1</b> since %2 (%3).")
                     .arg(cellLabel(now->cell).toHtmlEscaped(), formatDate(now->start),
                          now->start.daysTo(m_today) == 1 ? tr("1 day") : tr("%1 days").arg(formatCount(now->start.daysTo(m_today))));
    else if (m_model->rowCount() == 0)
        status = tr("In no cell: no placement recorded yet.");
    else
        status = tr("In no cell today.");
    m_status->setText(status);
}

PlacementDialog *TrajectoryView::openDialog(int mode, const Placement &subject)
{
    PlacementDialog::Context context;
    context.dossier = m_dossier;
    context.personName = m_personName;
    context.placements = m_model->placements();
    context.defaultOfficer = m_dossierOfficer;
    context.today = m_today;
    QStringList officers;
    if (!m_dossierOfficer.isEmpty())
        officers << m_dossierOfficer;
    for (const Placement &p : context.placements) {
        if (!p.officer.isEmpty())
            officers << p.officer;
    }
    officers.removeDuplicates();
    officers.sort(Qt::CaseInsensitive);
    context.officers = officers;
    // The officer of the latest placement follows the person; propose them first.
    if (!context.placements.isEmpty() && !context.placements.last().officer.isEmpty())
        context.defaultOfficer = context.placements.last().officer;

    auto *dialog = new PlacementDialog(m_trajectory, PlacementDialog::Mode(mode), context, subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlacementDialog::saved, this, [this](qint64 id) {
        reload();
        selectPlacement(id);
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

PlacementDialog *TrajectoryView::refer()
{
    if (m_dossier.id == 0)
        return nullptr;
    return openDialog(int(PlacementDialog::Mode::Refer), {});
}

PlacementDialog *TrajectoryView::transfer()
{
    if (m_dossier.id == 0)
        return nullptr;
    const Placement *from = currentPlacement();
    if (!from) {
        const Placement *sel = selected();
        from = sel && sel->isOpen() ? sel : nullptr;
    }
    return openDialog(int(PlacementDialog::Mode::Transfer), from ? *from : Placement());
}

PlacementDialog *TrajectoryView::endPlacement()
{
    const Placement *sel = selected();
    return sel ? openDialog(int(PlacementDialog::Mode::End), *sel) : nullptr;
}

PlacementDialog *TrajectoryView::editPlacement()
{
    const Placement *sel = selected();
    return sel ? openDialog(int(PlacementDialog::Mode::Edit), *sel) : nullptr;
}

bool TrajectoryView::removePlacement()
{
    const Placement *sel = selected();
    if (!sel)
        return false;
    const QString what = sel->isOpen() ? tr("%1 from %2 (ongoing)").arg(cellLabel(sel->cell), formatDate(sel->start))
                                       : tr("%1 from %2 to %3").arg(cellLabel(sel->cell), formatDate(sel->start), formatDate(sel->end));
    const QString question = tr("Remove the placement %1? It disappears from the trajectory and from the figures.").arg(what);
    bool yes = false;
    if (m_confirm) {
        yes = m_confirm(question);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Remove placement"), question, QMessageBox::NoButton, this);
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        yes = box.clickedButton() == remove;
    }
    if (!yes)
        return false;
    if (const Status s = m_trajectory.remove(sel->id); !s) {
        QMessageBox::warning(this, tr("Remove placement"), withInterfaceDates(s.error()));
        return false;
    }
    m_table->clearSelection();
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace parcours::ui
