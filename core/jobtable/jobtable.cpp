// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtable/jobtable.h"

namespace parcours {

namespace {

constexpr std::array<QLatin1String, 3> kMembershipCodes = {QLatin1String("member"), QLatin1String("waiting"),
                                                           QLatin1String("left")};
constexpr std::array<QLatin1String, 3> kPresenceCodes = {QLatin1String("present"), QLatin1String("excused"),
                                                         QLatin1String("absent")};
constexpr std::array<QLatin1String, 7> kOrientationCodes = {
    QLatin1String("job"),      QLatin1String("training"), QLatin1String("work_followup"), QLatin1String("literacy"),
    QLatin1String("studies"),  QLatin1String("article60"), QLatin1String("other")};

template<typename Enum, size_t N>
std::optional<Enum> fromCode(const std::array<QLatin1String, N> &codes, QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (size_t i = 0; i < N; ++i) {
        if (trimmed.compare(codes[i], Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

std::optional<Cell> orientationCell(Orientation o)
{
    switch (o) {
    case Orientation::Training:
    case Orientation::Studies:
        return Cell::Studies; // the cell "Studies and training" follows both
    case Orientation::WorkFollowUp:
        return Cell::Work;
    case Orientation::Literacy:
        return Cell::Literacy;
    case Orientation::Article60:
        return Cell::Article60;
    case Orientation::Job:
    case Orientation::Other:
        break;
    }
    return std::nullopt;
}

QString membershipCode(Membership m) { return QString(kMembershipCodes[size_t(m)]); }
QString presenceCode(Presence p) { return QString(kPresenceCodes[size_t(p)]); }
QString orientationCode(Orientation o) { return QString(kOrientationCodes[size_t(o)]); }
std::optional<Membership> membershipFromCode(QStringView code) { return fromCode<Membership>(kMembershipCodes, code); }
std::optional<Presence> presenceFromCode(QStringView code) { return fromCode<Presence>(kPresenceCodes, code); }
std::optional<Orientation> orientationFromCode(QStringView code) { return fromCode<Orientation>(kOrientationCodes, code); }

std::optional<Stage> JobTable::lastDone() const
{
    std::optional<Stage> last;
    for (Stage s : kAllStages) {
        if (stage(s).actual.isValid())
            last = s;
    }
    return last;
}

std::optional<Stage> JobTable::next() const
{
    for (Stage s : kAllStages) {
        if (!stage(s).actual.isValid())
            return s;
    }
    return std::nullopt;
}

QString JobTableRules::check(const JobTable &t)
{
    if (t.title.trimmed().isEmpty())
        return tr("A Job Table needs a title.");
    if (t.capacity < 1 || t.capacity > 99)
        return tr("The capacity of a Job Table must lie between 1 and 99 participants, not %1.").arg(t.capacity);
    const StageDates *previousActual = nullptr;
    Stage previousActualStage = Stage::Composing;
    const StageDates *previousPlanned = nullptr;
    Stage previousPlannedStage = Stage::Composing;
    bool gap = false; // an earlier stage has no actual date
    Stage gapStage = Stage::Composing;
    for (Stage s : kAllStages) {
        const StageDates &d = t.stage(s);
        if (d.actual.isValid()) {
            if (gap)
                return tr("\"%1\" cannot have taken place on %2 while \"%3\" has not: the stages follow each other in order.")
                    .arg(JobTableLabels::stage(s), iso(d.actual), JobTableLabels::stage(gapStage));
            if (previousActual && d.actual < previousActual->actual)
                return tr("\"%1\" on %2 cannot come before \"%3\" on %4: the stages follow each other in order.")
                    .arg(JobTableLabels::stage(s), iso(d.actual), JobTableLabels::stage(previousActualStage),
                         iso(previousActual->actual));
            previousActual = &d;
            previousActualStage = s;
        } else if (!gap) {
            gap = true;
            gapStage = s;
        }
        if (d.planned.isValid()) {
            if (previousPlanned && d.planned < previousPlanned->planned)
                return tr("\"%1\" is planned on %2, before \"%3\" planned on %4: plan the stages in order.")
                    .arg(JobTableLabels::stage(s), iso(d.planned), JobTableLabels::stage(previousPlannedStage),
                         iso(previousPlanned->planned));
            previousPlanned = &d;
            previousPlannedStage = s;
        }
    }
    return {};
}

QString JobTableLabels::stage(Stage s)
{
    switch (s) {
    case Stage::Composing:
        return tr("Composing the group");
    case Stage::Launch:
        return tr("Launch");
    case Stage::JobSearch:
        return tr("Module \"Aspects of job search\"");
    case Stage::Interviews:
        return tr("Module \"Interviews\"");
    case Stage::Conclusion:
        return tr("Conclusion");
    case Stage::Debriefing:
        return tr("Debriefing");
    }
    return {};
}

QString JobTableLabels::stageShort(Stage s)
{
    switch (s) {
    case Stage::Composing:
        return tr("Group");
    case Stage::Launch:
        return tr("Launch");
    case Stage::JobSearch:
        return tr("Job search");
    case Stage::Interviews:
        return tr("Interviews");
    case Stage::Conclusion:
        return tr("Conclusion");
    case Stage::Debriefing:
        return tr("Debriefing");
    }
    return {};
}

QString JobTableLabels::membership(Membership m)
{
    switch (m) {
    case Membership::Member:
        return tr("In the group");
    case Membership::Waiting:
        return tr("Waiting list");
    case Membership::Left:
        return tr("Left");
    }
    return {};
}

QString JobTableLabels::presence(Presence p)
{
    switch (p) {
    case Presence::Present:
        return tr("Present");
    case Presence::Excused:
        return tr("Excused");
    case Presence::Absent:
        return tr("Absent");
    }
    return {};
}

QString JobTableLabels::orientation(Orientation o)
{
    switch (o) {
    case Orientation::Job:
        return tr("Job");
    case Orientation::Training:
        return tr("Training");
    case Orientation::WorkFollowUp:
        return tr("Follow-up in the Work cell");
    case Orientation::Literacy:
        return tr("Literacy");
    case Orientation::Studies:
        return tr("Studies");
    case Orientation::Article60:
        return tr("Article 60");
    case Orientation::Other:
        return tr("Other");
    }
    return {};
}

} // namespace parcours
