// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literacy/literacy.h"
#include "targets/targets.h"

#include <QAbstractTableModel>

namespace parcours::ui {

// A table model over a list the view reads from core in one go (a centre has a few dozen
// courses, a few hundred enrolments and requests: nothing to page).
template<typename Row>
class ListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    QList<Row> m_rows;
};

// The courses with their places on the chosen day.
class CourseModel : public ListModel<LiteracyCourse>
{
    Q_OBJECT
public:
    enum Column { Name, Where, Language, Level, Places, Taken, Free, Waiting, Schedule, Period, ColumnCount };
    using ListModel::ListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// The people of one course.
class EnrolmentModel : public ListModel<Enrolment>
{
    Q_OBJECT
public:
    enum Column { Person, Reference, From, Until, ColumnCount };
    using ListModel::ListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// One waiting list, in its order.
class WaitingModel : public ListModel<WaitingEntry>
{
    Q_OBJECT
public:
    enum Column { Position, Person, Reference, RequestedOn, ColumnCount };
    using ListModel::ListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// The level tests of one person, newest first.
class LevelTestModel : public ListModel<LevelTest>
{
    Q_OBJECT
public:
    enum Column { Date, Level, Language, Note, ColumnCount };
    using ListModel::ListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// The targets of a year with their realisation; Progress holds the percentage as a number
// (Qt::UserRole) for the progress bar the view draws.
class TargetModel : public ListModel<TargetRealisation>
{
    Q_OBJECT
public:
    enum Column { Target, Aimed, Realised, Percent, Progress, Note, ColumnCount };
    using ListModel::ListModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace parcours::ui
