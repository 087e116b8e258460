// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/jobtablefigures.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class DateEdit;

// The figures of the Job Tables launched in a period, one row a group and a total row, as
// `parcours-cli report jobtable` prints them.
class JobTableFigureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Launched, Concluded, Participants, Waiting, Meetings, Attendance, Job3, Share3, Job6, Share6, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setFigures(const JobTableFigures &figures);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobTableFigureRow> m_rows; // the groups, then the total
};

class JobTableFiguresView : public QWidget
{
    Q_OBJECT
public:
    explicit JobTableFiguresView(QWidget *parent = nullptr);
    ~JobTableFiguresView() override;
    void setDatabase(Database *db);
    void setPeriod(const QDate &from, const QDate &to);
    void refresh();
    JobTableFigureModel *model() const { return m_model; }

private:
    Database *m_db = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    JobTableFigureModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace parcours::ui
