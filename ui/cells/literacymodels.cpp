// SPDX-License-Identifier: GPL-3.0-or-later
#include "literacymodels.h"

#include "format.h"

#include <QLocale>

namespace parcours::ui {

namespace {

QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QString personName(const QString &last, const QString &first)
{
    return first.isEmpty() ? last : last + QStringLiteral(", ") + first;
}

} // namespace

int CourseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseModel::data(const QModelIndex &index, int role) const
{
    const LiteracyCourse *c = rowAt(index.row());
    if (!c)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Places && index.column() <= Waiting)
        return numberAlignment();
    if (role == Qt::ToolTipRole && index.column() == Level)
        return Literacy::levelDescription(c->level);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return c->note.isEmpty() ? c->name : c->name + QLatin1Char('\n') + c->note;
    if (role == Qt::ToolTipRole && index.column() == Where)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c->name;
    case Where:
        return c->partnerId == 0 ? tr("At the centre") : c->partnerName;
    case Language:
        return Literacy::languageLabel(c->language);
    case Level:
        return Literacy::levelLabel(c->level);
    case Schedule:
        return c->schedule;
    case Period:
        return c->endsOn.isValid() ? tr("%1 – %2").arg(formatDate(c->startsOn), formatDate(c->endsOn))
                                   : tr("from %1").arg(formatDate(c->startsOn));
    case Places:
        return c->places;
    case Taken:
        return c->taken;
    case Free:
        return c->free();
    case Waiting:
        return c->waiting;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Course");
    case Where:
        return tr("Where");
    case Language:
        return tr("Language");
    case Level:
        return tr("Level");
    case Schedule:
        return tr("Schedule");
    case Period:
        return tr("Period");
    case Places:
        return tr("Places");
    case Taken:
        return tr("Taken");
    case Free:
        return tr("Free");
    case Waiting:
        return tr("Waiting");
    case ColumnCount:
        break;
    }
    return {};
}

int EnrolmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrolmentModel::data(const QModelIndex &index, int role) const
{
    const Enrolment *e = rowAt(index.row());
    if (!e || role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Person:
        return personName(e->lastName, e->firstName);
    case Reference:
        return e->reference;
    case From:
        return formatDate(e->from);
    case Until:
        return e->to.isValid() ? formatDate(e->to) : tr("end of the course");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EnrolmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Dossier");
    case From:
        return tr("From");
    case Until:
        return tr("Until");
    case ColumnCount:
        break;
    }
    return {};
}

int WaitingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingModel::data(const QModelIndex &index, int role) const
{
    const WaitingEntry *w = rowAt(index.row());
    if (!w)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Position)
        return numberAlignment();
    if (role == Qt::ToolTipRole && !w->note.isEmpty())
        return w->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Position:
        return w->position;
    case Person:
        return personName(w->lastName, w->firstName);
    case Reference:
        return w->reference;
    case RequestedOn:
        return formatDate(w->requestedOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WaitingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Position:
        return tr("#");
    case Person:
        return tr("Person");
    case Reference:
        return tr("Dossier");
    case RequestedOn:
        return tr("Requested on");
    case ColumnCount:
        break;
    }
    return {};
}

int LevelTestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelTestModel::data(const QModelIndex &index, int role) const
{
    const LevelTest *t = rowAt(index.row());
    if (!t)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Level)
        return Literacy::levelDescription(t->level);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return formatDate(t->date);
    case Level:
        return Literacy::levelLabel(t->level);
    case Language:
        return Literacy::languageLabel(t->language);
    case Note:
        return t->note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LevelTestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Level:
        return tr("Level");
    case Language:
        return tr("Language");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

int TargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetModel::data(const QModelIndex &index, int role) const
{
    const TargetRealisation *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Aimed && index.column() <= Percent)
        return numberAlignment();
    if (role == Qt::UserRole && index.column() == Progress)
        return r->percent ? QVariant(*r->percent) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Target:
        return Targets::describe(r->target);
    case Aimed:
        return r->target.target;
    case Realised:
        return r->realised;
    case Percent:
        // In the interface's locale ("50,00 %" in Dutch and French), like the other views.
        return r->percent ? QLocale().toString(*r->percent, 'f', 2) + QStringLiteral(" %") : QStringLiteral("—");
    case Progress:
        return {};
    case Note:
        return r->target.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Target:
        return tr("Target");
    case Aimed:
        return tr("Aimed at");
    case Realised:
        return tr("Realised");
    case Percent:
        return tr("%");
    case Progress:
        return tr("Progress");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace parcours::ui
