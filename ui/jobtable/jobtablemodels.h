// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/freeaccess.h"
#include "jobtable/jobtables.h"

#include <QAbstractTableModel>

namespace parcours::ui {

// The small tables of the Job Table area. Each holds what core returned for one group (a few
// dozen rows at most: a group has up to 99 places) and is refilled after every change.

// The Job Tables: title, where each stands, what comes next, places taken.
class JobTableListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Standing, Next, Places, Officers, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<JobTables::ListRow> &rows);
    const JobTables::ListRow *rowAt(int row) const;
    int rowOf(qint64 id) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobTables::ListRow> m_rows;
};

// Members, waiting list, those who left: with the usage rules and attendance.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Reference, Status, Rules, Attendance, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Participant> &rows, const QHash<qint64, AttendanceCount> &attendance);
    const Participant *rowAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Participant> m_rows;
    QHash<qint64, AttendanceCount> m_attendance;
};

// The attendance grid: a row per person of the group (members and those who left), a column
// per meeting, then the person's rate. A click on a cell cycles present → excused → absent →
// empty (cyclePresence); the view does the click, the page writes through core.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setGrid(const QList<Participant> &people, const QList<Meeting> &meetings,
                 const QHash<JobTables::AttendanceKey, Presence> &attendance);
    // The presence after the one at `index` in the cycle (nullopt = empty); meeting and
    // participant ids through the out-parameters. False for the rate column.
    bool nextPresence(const QModelIndex &index, qint64 *meetingId, qint64 *participantId, std::optional<Presence> *next) const;
    int meetingColumnCount() const { return int(m_meetings.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Participant> m_people;
    QList<Meeting> m_meetings;
    QHash<JobTables::AttendanceKey, Presence> m_attendance;
};

// The orientation table: where each person goes next, the detail and the note are edited in
// place (setData emits orientationEdited; the page writes through core and refills).
class OrientationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, WhereNext, Detail, Partner, Note, Step, ColumnCount };
    enum Role { OrientationRole = Qt::UserRole + 1, PartnerRole }; // Orientation as int (-1 = none); partner id
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Participant> &rows); // waiting list left out
    // The names shown in the Partner column, by partner id.
    void setPartnerNames(QHash<qint64, QString> names) { m_partnerNames = std::move(names); }
    const Participant *rowAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void orientationEdited(qint64 participantId, std::optional<Orientation> orientation, const QString &detail,
                           const QString &note);
    void partnerEdited(qint64 participantId, qint64 partnerId); // 0 = none

private:
    QList<Participant> m_rows;
    QHash<qint64, QString> m_partnerNames;
};

// Open dossiers to add to a group.
class CandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Reference, CellColumn, Language, Officer, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<JobTables::Candidate> &rows);
    const JobTables::Candidate *rowAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobTables::Candidate> m_rows;
};

// Free-access visits (a day or a few), newest first.
class VisitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Person, Purpose, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Visit> &rows);
    const Visit *rowAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Visit> m_rows;
};

// Free-access visits per month: a column per purpose, known, anonymous, total.
class MonthCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<FreeAccess::MonthCount> &rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FreeAccess::MonthCount> m_rows;
};

// "75 %" or "—" when nothing is recorded.
QString rateText(const AttendanceCount &count);

} // namespace parcours::ui
