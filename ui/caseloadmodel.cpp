// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloadmodel.h"

#include "cellstyle.h"
#include "domain/dossier.h"
#include "format.h"

#include <QCollator>

#include <algorithm>
#include <limits>
#include <numeric>

namespace parcours::ui {

CaseloadModel::CaseloadModel(QObject *parent) : QAbstractTableModel(parent) { }

void CaseloadModel::setRows(const QList<Trajectory::CaseloadRow> &rows, const QDate &day)
{
    beginResetModel();
    m_source = nullptr;
    m_dayCounts = {};
    m_officerCounts = {};
    m_officers.clear();
    m_all = rows;
    m_day = day;
    m_order.resize(size_t(m_all.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_nameKeys.clear();
    sortOrder();
    refilter();
    endReset();
}

void CaseloadModel::endReset()
{
    // Listeners of modelReset (views, QAbstractItemModelTester) may call fetchMore before
    // every one of them has seen the reset; inserting rows then would reach some listeners
    // before the reset does. Views fetch again once their layout is done, so decline here.
    m_notifyingReset = true;
    endResetModel();
    m_notifyingReset = false;
}

void CaseloadModel::setSource(const Trajectory *trajectory, const QDate &day)
{
    beginResetModel();
    m_source = trajectory;
    m_day = day;
    m_dayCounts = {};
    m_officers.clear();
    if (trajectory) {
        m_dayCounts = trajectory->caseloadCounts(day);
        m_officers = trajectory->caseloadOfficers(day);
    }
    m_officerCounts = trajectory && m_officer ? trajectory->caseloadCounts(day, m_officer) : m_dayCounts;
    reload();
    endReset();
}

void CaseloadModel::setFilter(std::optional<Cell> cell, std::optional<QString> officer)
{
    if (cell == m_cell && officer == m_officer)
        return;
    beginResetModel();
    const bool officerChanged = officer != m_officer;
    m_cell = cell;
    m_officer = std::move(officer);
    if (m_source && officerChanged)
        m_officerCounts = m_officer ? m_source->caseloadCounts(m_day, m_officer) : m_dayCounts;
    if (m_source)
        reload();
    else
        refilter();
    endReset();
}

void CaseloadModel::reload()
{
    m_all.clear();
    m_order.clear();
    m_visible.clear();
    m_nameKeys.clear();
    m_nextCell = 0;
    m_fetchedOfCell = 0;
    if (!m_source)
        return;
    if (m_sortColumn < 0) {
        append(nextPage());
        return;
    }
    loadAllRows();
}

void CaseloadModel::loadAllRows()
{
    const std::array<int, kCellCount> counts = countsPerCell();
    for (const Cell cell : kAllCells) {
        const int expected = counts[size_t(cell)];
        if (expected == 0 || (m_cell && *m_cell != cell))
            continue;
        m_all += m_source->caseloadPage(m_day, cell, m_officer, nullptr, std::numeric_limits<int>::max(), expected);
    }
    m_order.resize(size_t(m_all.size()));
    sortOrder();
    refilter();
}

QList<Trajectory::CaseloadRow> CaseloadModel::nextPage()
{
    QList<Trajectory::CaseloadRow> page;
    const std::array<int, kCellCount> counts = countsPerCell();
    while (m_nextCell < kAllCells.size() && page.size() < kPageSize) {
        const Cell cell = kAllCells[m_nextCell];
        const int expected = m_cell && *m_cell != cell ? 0 : counts[size_t(cell)];
        const int wanted = std::min(kPageSize - int(page.size()), expected - m_fetchedOfCell);
        qsizetype got = 0;
        if (wanted > 0) {
            // Where the previous page of this cell ended.
            const Trajectory::CaseloadRow *after = nullptr;
            if (m_fetchedOfCell > 0)
                after = page.isEmpty() ? &m_all.last() : &page.last();
            const QList<Trajectory::CaseloadRow> rows = m_source->caseloadPage(m_day, cell, m_officer, after, wanted, expected);
            got = rows.size();
            page += rows;
            m_fetchedOfCell += int(got);
        }
        // The cell is done, or has fewer rows than counted (changed since): the next one.
        if (wanted <= 0 || got < wanted) {
            ++m_nextCell;
            m_fetchedOfCell = 0;
        }
    }
    return page;
}

void CaseloadModel::append(const QList<Trajectory::CaseloadRow> &rows)
{
    for (const Trajectory::CaseloadRow &row : rows) {
        m_order.push_back(int(m_all.size()));
        m_visible.push_back(int(m_all.size()));
        m_all.append(row);
    }
}

bool CaseloadModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && paged() && !m_notifyingReset && !m_fetching && m_nextCell < kAllCells.size() && int(m_visible.size()) < matchingRows();
}

void CaseloadModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Trajectory::CaseloadRow> rows = nextPage();
    if (rows.isEmpty())
        return;
    // A listener of rowsAboutToBeInserted may ask for more while this page goes in; it must
    // wait, or the next page would be read from a cursor that is not there yet.
    m_fetching = true;
    const int first = int(m_visible.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    append(rows);
    endInsertRows();
    m_fetching = false;
}

int CaseloadModel::totalOnDay() const
{
    if (!m_source)
        return int(m_all.size());
    int total = 0;
    for (const int n : m_dayCounts)
        total += n;
    return total;
}

int CaseloadModel::matchingRows() const
{
    if (!m_source)
        return int(m_visible.size());
    const std::array<int, kCellCount> counts = countsPerCell();
    int total = 0;
    for (const Cell cell : kAllCells)
        if (!m_cell || *m_cell == cell)
            total += counts[size_t(cell)];
    return total;
}

bool CaseloadModel::officerMatches(const Trajectory::CaseloadRow &row) const
{
    return !m_officer || row.officer == *m_officer;
}

void CaseloadModel::refilter()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (const int i : m_order) {
        const Trajectory::CaseloadRow &row = m_all.at(i);
        if ((!m_cell || row.cell == *m_cell) && officerMatches(row))
            m_visible.push_back(i);
    }
}

QStringList CaseloadModel::officers() const
{
    QStringList list;
    if (m_source)
        list = m_officers;
    else
        for (const Trajectory::CaseloadRow &row : m_all)
            list << row.officer;
    list.removeDuplicates();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), collator);
    return list;
}

std::array<int, kCellCount> CaseloadModel::countsPerCell() const
{
    std::array<int, kCellCount> counts{};
    if (m_source)
        return m_officerCounts;
    for (const Trajectory::CaseloadRow &row : m_all) {
        if (officerMatches(row))
            ++counts[size_t(row.cell)];
    }
    return counts;
}

const Trajectory::CaseloadRow *CaseloadModel::rowAt(int row) const
{
    return row >= 0 && size_t(row) < m_visible.size() ? &m_all.at(m_visible[size_t(row)]) : nullptr;
}

qint64 CaseloadModel::dossierId(int row) const
{
    const Trajectory::CaseloadRow *r = rowAt(row);
    return r ? r->dossierId : 0;
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trajectory::CaseloadRow &row = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Reference:
            return row.reference;
        case Name:
            return row.personName();
        case CellColumn:
            return cellLabel(row.cell);
        case Since:
            return formatDate(row.since);
        case Days:
            return formatCount(row.days);
        case Officer:
            return row.officer;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Since || index.column() == Days) {
            return row.until.isValid() ? tr("In %1 from %2, planned until %3").arg(cellLabel(row.cell), formatDate(row.since), formatDate(row.until))
                                       : tr("In %1 since %2").arg(cellLabel(row.cell), formatDate(row.since));
        }
        if (index.column() == Name)
            return row.personName();
        break;
    case Qt::DecorationRole:
        if (index.column() == CellColumn)
            return cellIcon(row.cell);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Days)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case DossierIdRole:
        return row.dossierId;
    case PlacementIdRole:
        return row.placementId;
    case CellRole:
        return int(row.cell);
    default:
        break;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case CellColumn:
        return tr("Cell");
    case Since:
        return tr("Since");
    case Days:
        return tr("Days in the cell");
    case Officer:
        return tr("Officer");
    case ColumnCount:
        break;
    }
    return {};
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    if (m_source) {
        // Sorted by a column: every row of the filters, read once; the core's order pages.
        beginResetModel();
        m_sortColumn = column;
        m_sortOrder = order;
        reload();
        endReset();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &i : before)
        sourceRows << (size_t(i.row()) < m_visible.size() ? m_visible[size_t(i.row())] : -1);
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder();
    refilter();
    // Persistent indexes (the view's selection and current row) follow their rows.
    std::vector<int> position(size_t(m_all.size()), -1);
    for (size_t r = 0; r < m_visible.size(); ++r)
        position[size_t(m_visible[r])] = int(r);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int source = sourceRows.at(k);
        const int row = source >= 0 ? position[size_t(source)] : -1;
        after << (row >= 0 ? index(row, before.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CaseloadModel::sortOrder()
{
    // The core's order (cell, then name) is the index order: every comparison falls back to it.
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0)
        return;
    if (m_sortColumn == Name && m_nameKeys.size() != size_t(m_all.size())) {
        m_nameKeys.clear();
        m_nameKeys.reserve(size_t(m_all.size()));
        for (const Trajectory::CaseloadRow &row : std::as_const(m_all))
            m_nameKeys.push_back(searchKey(row.lastName) + QChar(1) + searchKey(row.firstName));
    }
    const auto less = [this](int a, int b) {
        const Trajectory::CaseloadRow &x = m_all.at(a);
        const Trajectory::CaseloadRow &y = m_all.at(b);
        int c = 0;
        switch (Column(m_sortColumn)) {
        case Reference:
            c = x.reference.compare(y.reference);
            break;
        case Name:
            c = m_nameKeys[size_t(a)].compare(m_nameKeys[size_t(b)]);
            break;
        case CellColumn:
            c = int(x.cell) - int(y.cell);
            break;
        case Since:
            c = x.since < y.since ? -1 : (y.since < x.since ? 1 : 0);
            break;
        case Days:
            c = x.days - y.days;
            break;
        case Officer:
            c = x.officer.compare(y.officer, Qt::CaseInsensitive);
            break;
        case ColumnCount:
            break;
        }
        return c != 0 ? c < 0 : a < b;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_order.begin(), m_order.end(), less);
    else
        std::sort(m_order.begin(), m_order.end(), [&less](int a, int b) { return less(b, a); });
}

} // namespace parcours::ui
