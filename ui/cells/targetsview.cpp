// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetsview.h"

#include "format.h"
#include "literacymodels.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

namespace {

// Draws the realisation as a progress bar (capped at 100 %, the text says the real figure).
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex());
        const QVariant value = index.data(Qt::UserRole);
        if (!value.isValid())
            return;
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = std::clamp(int(value.toDouble()), 0, 100);
        bar.textVisible = false;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(160, 0));
    }
};

} // namespace

TargetsView::TargetsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("targetsView"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("targetYear"));
    m_year->setRange(1990, 2100);
    m_year->setGroupSeparatorShown(false);
    m_year->setValue(QDate::currentDate().year());
    connect(m_year, &QSpinBox::valueChanged, this, &TargetsView::refresh);
    m_period = new QLabel;
    m_period->setObjectName(QStringLiteral("targetPeriod"));
    auto *top = new QHBoxLayout;
    top->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Year"); }));
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_period, 1);

    m_model = new TargetModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(TargetModel::Progress, new ProgressDelegate(m_table));
    prepareTableHeader(m_table->horizontalHeader());
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    connect(m_table, &QTableView::doubleClicked, this, &TargetsView::editTarget);
    retranslateModel(m_table);

    auto *add = translated(new QPushButton, &QPushButton::setText, [] { return tr("Add a target…"); });
    auto *change = translated(new QPushButton, &QPushButton::setText, [] { return tr("Change…"); });
    auto *remove = translated(new QPushButton, &QPushButton::setText, [] { return tr("Remove"); });
    connect(add, &QPushButton::clicked, this, &TargetsView::addTarget);
    connect(change, &QPushButton::clicked, this, &TargetsView::editTarget);
    connect(remove, &QPushButton::clicked, this, &TargetsView::removeTarget);
    m_editButtons = {add, change, remove};
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addWidget(remove);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("targetMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setEnabled(false);
    // The period line is set again from the rows shown: the year chosen and the selected
    // target stay.
    retranslate(this, [this] {
        showPeriod();
        m_table->resizeColumnsToContents();
    });
}

TargetsView::~TargetsView()
{
    disconnectChildren(this);
}

void TargetsView::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void TargetsView::setYear(int year)
{
    m_year->setValue(year); // refreshes
}

void TargetsView::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

QString TargetsView::message() const
{
    return m_message->text();
}

void TargetsView::refresh()
{
    const bool allowed = m_db && Permissions::require(*m_db, Permission::ViewReports);
    setEnabled(allowed);
    if (!allowed) {
        m_model->setRows({});
        m_period->clear();
        return;
    }
    const bool mayEdit = Permissions::allows(m_db->actor(), Permission::SetTargets);
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setVisible(mayEdit);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto rows = Targets(*m_db).realisation(m_year->value(), today);
    if (!rows) {
        m_model->setRows({});
        m_message->setText(rows.error());
        return;
    }
    m_model->setRows(rows.value());
    m_table->resizeColumnsToContents();
    showPeriod();
}

void TargetsView::showPeriod()
{
    if (!m_db || !Permissions::allows(m_db->actor(), Permission::ViewReports)) {
        m_period->clear();
        return;
    }
    const int year = m_year->value();
    const TargetRealisation *first = m_model->rowAt(0);
    if (!first)
        m_period->setText(tr("No targets for %1 yet.").arg(year));
    else if (!first->to.isValid())
        m_period->setText(tr("%1 has not begun: nothing is realised yet.").arg(year));
    else
        m_period->setText(tr("Realised from %1 to %2.").arg(formatDate(first->from), formatDate(first->to)));
}

Status TargetsView::save(const YearlyTarget &target)
{
    if (!m_db)
        return Status::failure(QString());
    Targets targets(*m_db);
    Status s = Status::success();
    if (target.id)
        s = targets.update(target);
    else if (const auto id = targets.add(target); !id)
        s = Status::failure(id.error());
    m_message->setText(s ? tr("The target is saved.") : s.error());
    refresh();
    return s;
}

void TargetsView::addTarget()
{
    edit(std::nullopt);
}

void TargetsView::editTarget()
{
    const TargetRealisation *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r) {
        m_message->setText(tr("Choose the target to change."));
        return;
    }
    edit(r->target);
}

void TargetsView::removeTarget()
{
    const TargetRealisation *r = m_model->rowAt(m_table->currentIndex().row());
    if (!m_db || !r)
        return;
    const Status s = Targets(*m_db).remove(r->target.id);
    m_message->setText(s ? tr("The target is removed.") : s.error());
    refresh();
}

void TargetsView::edit(std::optional<YearlyTarget> existing)
{
    if (!m_db)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(existing ? tr("Change the target") : tr("New yearly target"));
    auto *cell = new QComboBox;
    for (Cell c : kAllCells)
        cell->addItem(cellLabel(c), int(c));
    auto *measure = new QComboBox;
    for (TargetMeasure m : kAllTargetMeasures)
        measure->addItem(Targets::measureLabel(m), int(m));
    auto *aim = new QSpinBox;
    aim->setRange(-1000000, 1000000);
    aim->setGroupSeparatorShown(false);
    auto *note = new QLineEdit;
    auto *error = new QLabel;
    error->setWordWrap(true);
    YearlyTarget target = existing.value_or(YearlyTarget{});
    if (!existing) {
        target.year = m_year->value();
        target.cell = Cell::Article60;
    }
    cell->setCurrentIndex(int(target.cell));
    measure->setCurrentIndex(int(target.measure));
    aim->setValue(target.target);
    note->setText(target.note);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Year"), new QLabel(QString::number(target.year)));
    form->addRow(tr("Cell"), cell);
    form->addRow(tr("Measure"), measure);
    form->addRow(tr("Target"), aim);
    form->addRow(tr("Note"), note);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        target.cell = Cell(cell->currentData().toInt());
        target.measure = TargetMeasure(measure->currentData().toInt());
        target.target = aim->value();
        target.note = note->text();
        const Status s = save(target);
        if (!s) {
            error->setText(s.error());
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

} // namespace parcours::ui
