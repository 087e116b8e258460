// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article60/article60.h"

#include <QAbstractTableModel>

namespace parcours::ui {

// The occupancy board: one row a post, vacant or held by whom until when.
class PostBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Function, Place, Partner, SocialEconomy, Schedule, HeldBy, Until, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PostOccupancy> rows);
    const PostOccupancy *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sort keys: dates and flags sort as such, not as their text.
    static constexpr int SortRole = Qt::UserRole + 1;

private:
    QList<PostOccupancy> m_rows;
};

// The contracts ending soon: person, reference, post, start, end, days left.
class EndingContractModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Person, Reference, Post, Start, End, DaysLeft, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Article60Contract> rows, const QDate &on);
    const Article60Contract *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Article60Contract> m_rows;
    QDate m_on;
};

} // namespace parcours::ui
