// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/audittrail.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

// The audit trail, newest first, loaded a page at a time (the database filters and pages).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Data, Person, Values, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit AuditModel(Database &db, QObject *parent = nullptr);
    // Shows the entries matching `filter` (newestFirst is set by the model). False, with
    // error(), when the trail cannot be read (e.g. the role may not).
    bool setFilter(const AuditTrail::Filter &filter);
    const QString &error() const { return m_error; }
    int total() const { return m_total; }
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    AuditTrail m_trail;
    AuditTrail::Filter m_filter;
    QList<AuditEntry> m_rows;
    int m_total = 0;
    QString m_error;
};

// The administrator's view of the audit trail: filters by date (local days), actor and kind
// of data, a table of entries with the old → new values. Opening it is itself recorded.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Database &db, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QString status() const;

public Q_SLOTS:
    void refresh();

private:
    Database &m_db;
    AuditModel *m_model = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_entity = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace parcours::ui
