// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablemodels.h"

#include "domain/dossier.h"
#include "format.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace parcours::ui {

QString rateText(const AttendanceCount &count)
{
    const double rate = count.ratePercent();
    if (rate < 0)
        return QStringLiteral("—");
    return QLocale().toString(rate, 'f', 0) + QStringLiteral(" %");
}

namespace {

bool validRow(const QModelIndex &index, qsizetype rows)
{
    return index.isValid() && index.row() >= 0 && index.row() < rows;
}

} // namespace

// --- JobTableListModel ----------------------------------------------------------------------

void JobTableListModel::setRows(const QList<JobTables::ListRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const JobTables::ListRow *JobTableListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int JobTableListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int JobTableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableListModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_rows.size()))
        return {};
    const JobTables::ListRow &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Title)
        return r.officers.isEmpty() ? r.title : QStringLiteral("%1\n%2").arg(r.title, r.officers);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return r.title;
    case Standing:
        return r.lastDone ? JobTableLabels::stageShort(*r.lastDone) + QStringLiteral(" ✓") : tr("Being planned");
    case Next:
        if (!r.next)
            return tr("Finished");
        return r.nextPlanned.isValid() ? tr("%1 (%2)").arg(JobTableLabels::stageShort(*r.next), formatDate(r.nextPlanned))
                                       : JobTableLabels::stageShort(*r.next);
    case Places:
        return r.waiting > 0 ? tr("%1 / %2 (+%3)").arg(r.members).arg(r.capacity).arg(r.waiting)
                             : tr("%1 / %2").arg(r.members).arg(r.capacity);
    case Officers:
        return r.officers;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Job Table");
    case Standing:
        return tr("Done up to");
    case Next:
        return tr("Next stage");
    case Places:
        return tr("Places (waiting)");
    case Officers:
        return tr("Officers");
    case ColumnCount:
        break;
    }
    return {};
}

// --- ParticipantModel ------------------------------------------------------------------------

void ParticipantModel::setRows(const QList<Participant> &rows, const QHash<qint64, AttendanceCount> &attendance)
{
    beginResetModel();
    m_rows = rows;
    m_attendance = attendance;
    endResetModel();
}

const Participant *ParticipantModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_rows.size()))
        return {};
    const Participant &p = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && p.membership != Membership::Member)
        return QVariant::fromValue(QPalette().brush(QPalette::PlaceholderText));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return p.personName();
    case Reference:
        return p.reference;
    case Status:
        if (p.membership == Membership::Left)
            return tr("Left on %1").arg(formatDate(p.leftOn));
        return JobTableLabels::membership(p.membership);
    case Rules:
        return p.acceptedRules() ? tr("Version %1, %2").arg(p.rulesVersion, formatDate(p.rulesAcceptedOn)) : tr("Not yet");
    case Attendance:
        return p.membership == Membership::Waiting ? QString() : rateText(m_attendance.value(p.id));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Reference:
        return tr("Dossier");
    case Status:
        return tr("Status");
    case Rules:
        return tr("Usage rules accepted");
    case Attendance:
        return tr("Attendance");
    case ColumnCount:
        break;
    }
    return {};
}

// --- AttendanceModel -------------------------------------------------------------------------

void AttendanceModel::setGrid(const QList<Participant> &people, const QList<Meeting> &meetings,
                              const QHash<JobTables::AttendanceKey, Presence> &attendance)
{
    beginResetModel();
    m_people.clear();
    for (const Participant &p : people) {
        if (p.membership != Membership::Waiting)
            m_people.append(p);
    }
    m_meetings = meetings;
    m_attendance = attendance;
    endResetModel();
}

bool AttendanceModel::nextPresence(const QModelIndex &index, qint64 *meetingId, qint64 *participantId,
                                   std::optional<Presence> *next) const
{
    if (!validRow(index, m_people.size()) || index.column() >= m_meetings.size())
        return false;
    *meetingId = m_meetings.at(index.column()).id;
    *participantId = m_people.at(index.row()).id;
    const auto it = m_attendance.constFind({*meetingId, *participantId});
    if (it == m_attendance.cend())
        *next = Presence::Present;
    else if (*it == Presence::Present)
        *next = Presence::Excused;
    else if (*it == Presence::Excused)
        *next = Presence::Absent;
    else
        *next = std::nullopt;
    return true;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size()) + 1;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_people.size()) || index.column() > m_meetings.size())
        return {};
    const Participant &p = m_people.at(index.row());
    if (index.column() == m_meetings.size()) {
        if (role == Qt::DisplayRole) {
            AttendanceCount c;
            for (const Meeting &m : m_meetings) {
                const auto it = m_attendance.constFind({m.id, p.id});
                if (it == m_attendance.cend())
                    continue;
                c.present += *it == Presence::Present ? 1 : 0;
                c.excused += *it == Presence::Excused ? 1 : 0;
                c.absent += *it == Presence::Absent ? 1 : 0;
            }
            return rateText(c);
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const auto it = m_attendance.constFind({m_meetings.at(index.column()).id, p.id});
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (it == m_attendance.cend())
        return {};
    if (role == Qt::DisplayRole)
        return JobTableLabels::presence(*it);
    if (role == Qt::BackgroundRole) {
        switch (*it) {
        case Presence::Present:
            return QColor(0xd9, 0xf2, 0xdc);
        case Presence::Excused:
            return QColor(0xfb, 0xf0, 0xcf);
        case Presence::Absent:
            return QColor(0xf8, 0xd7, 0xd4);
        }
    }
    if (role == Qt::ForegroundRole)
        return QColor(Qt::black); // the pastel backgrounds stay readable in a dark theme too
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_people.size() ? m_people.at(section).personName() : QVariant();
    if (section == m_meetings.size())
        return tr("Rate");
    if (section < 0 || section > m_meetings.size())
        return {};
    const Meeting &m = m_meetings.at(section);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(JobTableLabels::stage(m.module), m.topic);
    return QStringLiteral("%1\n%2").arg(formatDate(m.startsAt.date()), QLocale().toString(m.startsAt.time(), QLocale::ShortFormat));
}

// --- OrientationModel --------------------------------------------------------------------------

void OrientationModel::setRows(const QList<Participant> &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const Participant &p : rows) {
        if (p.membership != Membership::Waiting)
            m_rows.append(p);
    }
    endResetModel();
}

const Participant *OrientationModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrientationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrientationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrientationModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_rows.size()))
        return {};
    const Participant &p = m_rows.at(index.row());
    if (role == OrientationRole)
        return p.orientation ? int(*p.orientation) : -1;
    if (role == PartnerRole)
        return p.orientationPartnerId;
    if (role == Qt::ToolTipRole && (index.column() == Detail || index.column() == Partner))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return p.personName();
    case WhereNext:
        return p.orientation ? JobTableLabels::orientation(*p.orientation) : QString();
    case Detail:
        return p.orientationDetail;
    case Partner:
        return p.orientationPartnerId ? m_partnerNames.value(p.orientationPartnerId) : QString();
    case Note:
        return p.orientationNote;
    case Step:
        if (p.orientationPlacementId != 0)
            return tr("Made");
        return p.orientation == Orientation::Other ? tr("By hand") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrientationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case WhereNext:
        return tr("Where next");
    case Detail:
        return tr("Contract type, training…");
    case Partner:
        return tr("Partner");
    case Note:
        return tr("Note");
    case Step:
        return tr("Trajectory step");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags OrientationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!validRow(index, m_rows.size()))
        return f;
    const bool made = m_rows.at(index.row()).orientationPlacementId != 0;
    if (index.column() == Note || index.column() == Partner || (!made && (index.column() == WhereNext || index.column() == Detail)))
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrientationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!validRow(index, m_rows.size()) || (role != Qt::EditRole && role != OrientationRole && role != PartnerRole))
        return false;
    const Participant &p = m_rows.at(index.row());
    if (index.column() == Partner) {
        Q_EMIT partnerEdited(p.id, value.toLongLong());
        return true;
    }
    std::optional<Orientation> orientation = p.orientation;
    QString detail = p.orientationDetail;
    QString note = p.orientationNote;
    switch (Column(index.column())) {
    case WhereNext: {
        const int v = value.toInt();
        orientation = v < 0 || v >= int(kAllOrientations.size()) ? std::nullopt : std::optional<Orientation>(Orientation(v));
        break;
    }
    case Detail:
        detail = value.toString();
        break;
    case Note:
        note = value.toString();
        break;
    default:
        return false;
    }
    Q_EMIT orientationEdited(p.id, orientation, detail, note);
    return true;
}

// --- CandidateModel ---------------------------------------------------------------------------

void CandidateModel::setRows(const QList<JobTables::Candidate> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const JobTables::Candidate *CandidateModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_rows.size()) || role != Qt::DisplayRole)
        return {};
    const JobTables::Candidate &c = m_rows.at(index.row());
    switch (Column(index.column())) {
    case Name:
        return QString(c.lastName + QStringLiteral(", ") + c.firstName);
    case Reference:
        return c.reference;
    case CellColumn:
        return c.cell ? cellLabel(*c.cell) : QString();
    case Language:
        return RegisterRules::languageLabel(c.language);
    case Officer:
        return c.officer;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Reference:
        return tr("Dossier");
    case CellColumn:
        return tr("Cell today");
    case Language:
        return tr("Language");
    case Officer:
        return tr("Officer");
    case ColumnCount:
        break;
    }
    return {};
}

// --- VisitModel --------------------------------------------------------------------------------

void VisitModel::setRows(const QList<Visit> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Visit *VisitModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VisitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_rows.size()) || role != Qt::DisplayRole)
        return {};
    const Visit &v = m_rows.at(index.row());
    switch (Column(index.column())) {
    case Day:
        return formatDate(v.day);
    case Person:
        return v.dossierId == 0 ? tr("Anonymous") : v.reference;
    case Purpose:
        return FreeAccess::purposeLabel(v.purpose);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VisitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Day:
        return tr("Day");
    case Person:
        return tr("Person");
    case Purpose:
        return tr("Purpose");
    case ColumnCount:
        break;
    }
    return {};
}

// --- MonthCountModel -----------------------------------------------------------------------------

void MonthCountModel::setRows(const QList<FreeAccess::MonthCount> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MonthCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonthCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + kVisitPurposeCount + 3;
}

QVariant MonthCountModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index, m_rows.size()))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    const FreeAccess::MonthCount &m = m_rows.at(index.row());
    const int c = index.column();
    if (c == 0)
        return QLocale().toString(m.month, QStringLiteral("MMMM yyyy"));
    if (c <= kVisitPurposeCount)
        return m.byPurpose[size_t(c - 1)];
    if (c == kVisitPurposeCount + 1)
        return m.known;
    if (c == kVisitPurposeCount + 2)
        return m.anonymous;
    return m.total();
}

QVariant MonthCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Month");
    if (section >= 1 && section <= kVisitPurposeCount)
        return FreeAccess::purposeLabel(kAllVisitPurposes[size_t(section - 1)]);
    if (section == kVisitPurposeCount + 1)
        return tr("Known");
    if (section == kVisitPurposeCount + 2)
        return tr("Anonymous");
    if (section == kVisitPurposeCount + 3)
        return tr("Total");
    return {};
}

} // namespace parcours::ui
