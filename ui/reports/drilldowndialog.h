// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/evolution.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QLabel;
class QTableView;

namespace parcours::ui {

// The dossiers behind one count (Evolution::drillDown), handed to the view a few hundred at a
// time: the "dossiers" count of a large centre names a hundred thousand of them.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, LastName, FirstName, ColumnCount };
    explicit DrillDownModel(QObject *parent = nullptr);

    void setRows(const QList<Evolution::DrillRow> &rows);
    int totalRows() const { return int(m_rows.size()); }
    qint64 dossierId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int kBatch = 500;
    QList<Evolution::DrillRow> m_rows;
    int m_shown = 0;
};

// "Work on 31/12/2012: 495 dossiers", with the list; double-clicking one (or Enter) asks to
// open it (openDossierRequested).
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    // `what` names the count (a column title); it is asked again after a language switch,
    // as the dialog stays open beside the Reports page.
    DrillDownDialog(std::function<QString()> what, const QDate &day, const QList<Evolution::DrillRow> &rows,
                    QWidget *parent = nullptr);
    DrillDownModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void openDossierRequested(qint64 dossierId);

private:
    DrillDownModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace parcours::ui
