// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview.h"

#include "format.h"
#include "interchange/importaudit.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return AuditModel::tr("created");
    if (action == QLatin1String("update"))
        return AuditModel::tr("changed");
    if (action == QLatin1String("delete"))
        return AuditModel::tr("deleted");
    if (action == QLatin1String("view"))
        return AuditModel::tr("looked at");
    if (action == QLatin1String("login"))
        return AuditModel::tr("signed in");
    if (action == QLatin1String("login_failed"))
        return AuditModel::tr("failed sign-in");
    if (action == QLatin1String("anonymise"))
        return AuditModel::tr("anonymised");
    if (action == QLatin1String("import"))
        return AuditModel::tr("imported");
    if (action == QLatin1String("copy"))
        return AuditModel::tr("copied from another database");
    if (action == QLatin1String("restore"))
        return AuditModel::tr("restored from a backup");
    return action;
}

} // namespace

// --- AuditModel -------------------------------------------------------------------------------

AuditModel::AuditModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_trail(db) { }

bool AuditModel::setFilter(const AuditTrail::Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.newestFirst = true;
    m_rows.clear();
    m_error.clear();
    m_total = 0;
    Result<int> total = m_trail.count(m_filter);
    if (!total.ok()) {
        m_error = total.error();
    } else {
        m_total = total.value();
        Result<QList<AuditEntry>> page = m_trail.entries(m_filter, 0, kPageSize);
        if (page.ok())
            m_rows = page.value();
        else
            m_error = page.error();
    }
    endResetModel();
    return m_error.isEmpty();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<AuditEntry>> page = m_trail.entries(m_filter, int(m_rows.size()), kPageSize);
    if (!page.ok() || page.value().isEmpty()) {
        m_total = int(m_rows.size()); // nothing more to come
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size() - 1));
    m_rows += page.value();
    endInsertRows();
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When: {
            const QDateTime local = e.at.toLocalTime();
            return QString(formatDate(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm:ss")));
        }
        case Who:
            return e.actor;
        case What:
            return actionLabel(e.action);
        case Data:
            return e.entityId ? QString(e.entity + QStringLiteral(" #") + QString::number(e.entityId)) : e.entity;
        case Person:
            return e.personId ? QVariant(e.personId) : QVariant();
        case Values: // an import is one entry for the whole file: its summary, not its JSON
            return e.action == QLatin1String("import") ? ImportAudit::describe(e.details) : e.details;
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Data:
        return tr("Data");
    case Person:
        return tr("Person");
    case Values:
        return tr("Values (old → new)");
    default:
        return {};
    }
}

// --- AuditView --------------------------------------------------------------------------------

AuditView::AuditView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditView"));
    setWindowTitle(tr("Audit trail"));
    m_model = new AuditModel(db, this);

    m_useDates = new QCheckBox(tr("From"));
    m_useDates->setObjectName(QStringLiteral("auditDates"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateFormat());
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(dateFormat());
    // A date edit with a calendar popup does not count its arrow in its size: the last digit
    // went under it. As wide as the Reports page's dates.
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
    m_actor = new QComboBox;
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    AuditTrail trail(db);
    m_actor->addItem(tr("Everyone"), QString());
    for (const QString &a : trail.actors())
        m_actor->addItem(a, a);
    m_entity->addItem(tr("All data"), QString());
    for (const QString &e : trail.entities())
        m_entity->addItem(e, e);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Who:")));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Data:")));
    filters->addWidget(m_entity);
    filters->addStretch();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    connect(m_useDates, &QCheckBox::toggled, this, &AuditView::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditView::refresh);

    // The trail holds old and new values of person data: reading it is recorded once a view.
    AuditTrail(db).recordRead({});
    refresh();
}

QString AuditView::status() const
{
    return m_status->text();
}

void AuditView::refresh()
{
    AuditTrail::Filter filter;
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.actor = m_actor->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    if (!m_model->setFilter(filter)) {
        m_status->setText(m_model->error());
        return;
    }
    for (int c = AuditModel::When; c < AuditModel::Values; ++c)
        m_table->resizeColumnToContents(c);
    m_status->setText(m_model->total() == 1 ? tr("1 entry") : tr("%1 entries").arg(formatCount(m_model->total())));
}

} // namespace parcours::ui
