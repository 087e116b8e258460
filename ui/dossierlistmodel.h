// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registry.h"

#include <QAbstractTableModel>

namespace parcours::ui {

// The dossier list, one row per dossier. The database filters, sorts and pages: the model
// holds only the pages fetched so far (kPageSize rows each) and asks for the next one when
// the view scrolls to the end (canFetchMore/fetchMore). It never reads the whole register
// and must not sit under a QSortFilterProxyModel: sort() and setQuery() re-query instead.
//
// The registry must outlive the model or be replaced with setRegistry() first.
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Name, NationalNumber, Income, Opened, Closed, Officer, State, ColumnCount };
    enum Role { DossierIdRole = Qt::UserRole + 1, PersonIdRole };
    static constexpr int kPageSize = 200;

    explicit DossierListModel(QObject *parent = nullptr);

    void setRegistry(Registry *registry); // nullptr: no database, no rows
    // Both at once, with one query instead of two.
    void setSource(Registry *registry, const Registry::Query &query);
    Registry *registry() const { return m_registry; }

    // Replaces the filter (text, state, income type); keeps the current sort order.
    void setQuery(const Registry::Query &query);
    const Registry::Query &query() const { return m_query; }
    // Reads the first page again, e.g. after a save.
    void refresh();

    // How many dossiers match the query (not how many rows are fetched).
    int matchCount() const { return m_matchCount; }
    qint64 dossierId(int row) const;
    // The row of a dossier among the fetched rows, or -1.
    int rowOfDossier(qint64 dossierId) const;

    static Registry::SortKey sortKeyFor(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After every re-query: the number of matching dossiers changed (or may have).
    void matchCountChanged(int count);

private:
    void reload();
    bool isClosed(const Registry::Row &row) const;

    Registry *m_registry = nullptr;
    Registry::Query m_query;
    QList<Registry::Row> m_rows;
    int m_matchCount = 0;
    bool m_notifyingReset = false;
    bool m_fetching = false;
};

} // namespace parcours::ui
