// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/placement.h"

namespace parcours {

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

QString PlacementRules::describe(const Placement &p)
{
    if (p.isOpen())
        return tr("%1 from %2 (open)").arg(cellLabel(p.cell), iso(p.start));
    return tr("%1 from %2 to %3").arg(cellLabel(p.cell), iso(p.start), iso(p.end));
}

QString PlacementRules::checkOwn(const Placement &p)
{
    if (!p.start.isValid())
        return tr("A placement needs a valid start date.");
    if (!p.end.isNull() && !p.end.isValid())
        return tr("The end date of the placement is not a valid date.");
    if (!p.isOpen() && p.end < p.start)
        return tr("The placement in %1 cannot end on %2, before it starts on %3.").arg(cellLabel(p.cell), iso(p.end), iso(p.start));
    if (p.isOpen() && p.outcome)
        return tr("The placement in %1 from %2 is still open: it cannot have an outcome (%3) before it has an end date.")
            .arg(cellLabel(p.cell), iso(p.start), outcomeLabel(*p.outcome));
    return {};
}

QString PlacementRules::checkInside(const Placement &p, const DossierPeriod &dossier)
{
    if (dossier.opened.isValid() && p.start < dossier.opened)
        return tr("The placement %1 starts before the dossier %2 opened on %3.").arg(describe(p), dossier.reference, iso(dossier.opened));
    if (dossier.closed.isValid()) {
        if (p.start > dossier.closed)
            return tr("The placement %1 starts after the dossier %2 closed on %3.").arg(describe(p), dossier.reference, iso(dossier.closed));
        if (p.isOpen())
            return tr("The dossier %1 closed on %2: the placement %3 must end on or before that day.")
                .arg(dossier.reference, iso(dossier.closed), describe(p));
        if (p.end > dossier.closed)
            return tr("The placement %1 ends after the dossier %2 closed on %3.").arg(describe(p), dossier.reference, iso(dossier.closed));
    }
    return {};
}

bool PlacementRules::overlap(const Placement &a, const Placement &b)
{
    const bool aBeforeB = !a.isOpen() && a.end < b.start;
    const bool bBeforeA = !b.isOpen() && b.end < a.start;
    return !aBeforeB && !bBeforeA;
}

QString PlacementRules::overlapMessage(const Placement &p, const Placement &other)
{
    return tr("The placement %1 overlaps the placement %2: a dossier is in one cell at a time.").arg(describe(p), describe(other));
}

QString PlacementRules::check(const QList<Placement> &placements, qsizetype index, const DossierPeriod &dossier)
{
    const Placement &p = placements.at(index);
    if (QString own = checkOwn(p); !own.isEmpty())
        return own;
    if (QString inside = checkInside(p, dossier); !inside.isEmpty())
        return inside;
    for (qsizetype i = 0; i < placements.size(); ++i) {
        if (i != index && overlap(p, placements.at(i)))
            return overlapMessage(p, placements.at(i));
    }
    return {};
}

} // namespace parcours
