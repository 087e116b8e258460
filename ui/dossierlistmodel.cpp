// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierlistmodel.h"

#include "format.h"

#include <QGuiApplication>
#include <QPalette>

namespace parcours::ui {

DossierListModel::DossierListModel(QObject *parent) : QAbstractTableModel(parent) { }

void DossierListModel::setRegistry(Registry *registry)
{
    m_registry = registry;
    reload();
}

void DossierListModel::setSource(Registry *registry, const Registry::Query &query)
{
    m_registry = registry;
    setQuery(query);
}

void DossierListModel::setQuery(const Registry::Query &query)
{
    Registry::Query next = query;
    next.sort = m_query.sort; // the header owns the order, the filters own the rest
    next.order = m_query.order;
    m_query = next;
    reload();
}

void DossierListModel::refresh()
{
    m_query.today = QDate::currentDate(); // a program left open overnight: closings may have passed
    reload();
}

void DossierListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_matchCount = 0;
    if (m_registry) {
        m_matchCount = m_registry->count(m_query);
        m_rows = m_registry->search(m_query, 0, kPageSize);
    }
    // Listeners of modelReset (views, QAbstractItemModelTester) may call fetchMore before
    // every one of them has seen the reset; inserting rows then would reach some listeners
    // before the reset does. Views fetch again once their layout is done, so decline here.
    m_notifyingReset = true;
    endResetModel();
    m_notifyingReset = false;
    Q_EMIT matchCountChanged(m_matchCount);
}

qint64 DossierListModel::dossierId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).dossierId : 0;
}

int DossierListModel::rowOfDossier(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).dossierId == id)
            return i;
    return -1;
}

bool DossierListModel::isClosed(const Registry::Row &row) const
{
    return row.closed.isValid() && row.closed < m_query.today;
}

int DossierListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Registry::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Reference:
            return row.reference;
        case Name:
            return QString(row.lastName + QStringLiteral(", ") + row.firstName);
        case NationalNumber:
            return NationalNumber::format(row.nationalNumber);
        case Income:
            return RegisterRules::incomeTypeLabel(row.incomeType);
        case Opened:
            return formatDate(row.opened);
        case Closed:
            return formatDate(row.closed);
        case Officer:
            return row.officer;
        case State:
            return isClosed(row) ? tr("Closed") : tr("Open");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        // Closed dossiers recede so that the open caseload stands out when both are listed.
        // A blend of text and background rather than the disabled colour: still readable
        // (contrast above 4.5:1 on a light or dark palette), just quieter.
        if (isClosed(row)) {
            const QPalette pal = QGuiApplication::palette();
            const QColor text = pal.color(QPalette::Text);
            const QColor base = pal.color(QPalette::Base);
            return QColor((text.red() * 3 + base.red() * 2) / 5, (text.green() * 3 + base.green() * 2) / 5,
                          (text.blue() * 3 + base.blue() * 2) / 5);
        }
        break;
    case DossierIdRole:
        return row.dossierId;
    case PersonIdRole:
        return row.personId;
    default:
        break;
    }
    return {};
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case NationalNumber:
        return tr("National number");
    case Income:
        return tr("Income");
    case Opened:
        return tr("Opened");
    case Closed:
        return tr("Closed");
    case Officer:
        return tr("Officer");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

bool DossierListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_registry && !m_notifyingReset && !m_fetching && m_rows.size() < m_matchCount;
}

void DossierListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Registry::Row> page = m_registry->search(m_query, int(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        // Someone else deleted rows since the count: stop asking rather than loop.
        m_matchCount = int(m_rows.size());
        Q_EMIT matchCountChanged(m_matchCount);
        return;
    }
    // A listener of rowsAboutToBeInserted may ask for more while this page is going in;
    // it must wait, or the same page would be fetched and appended twice.
    m_fetching = true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_fetching = false;
}

Registry::SortKey DossierListModel::sortKeyFor(int column)
{
    switch (Column(column)) {
    case Reference:
        return Registry::SortKey::Reference;
    case NationalNumber:
        return Registry::SortKey::NationalNumber;
    case Income:
        return Registry::SortKey::IncomeType;
    case Opened:
        return Registry::SortKey::Opened;
    case Closed:
    case State: // open dossiers have no closing date: ordering by it groups them
        return Registry::SortKey::Closed;
    case Officer:
        return Registry::SortKey::Officer;
    case Name:
    case ColumnCount:
        break;
    }
    return Registry::SortKey::Name;
}

void DossierListModel::sort(int column, Qt::SortOrder order)
{
    const Registry::SortKey key = sortKeyFor(column);
    if (key == m_query.sort && order == m_query.order)
        return; // the view calls sort() when sorting is switched on: avoid a second query
    m_query.sort = key;
    m_query.order = order;
    reload();
}

} // namespace parcours::ui
