// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

// A stay of a dossier in one cell, from start to end (both days included), or open.
struct Placement
{
    qint64 id = 0; // 0 = not stored yet
    qint64 dossierId = 0;
    Cell cell = Cell::Facilitation;
    QDate start;
    QDate end; // null = open (still running)
    QString officer;
    QString reason;                 // why the person was referred to this cell
    std::optional<Outcome> outcome; // why it ended; always empty while open
    QString outcomeDetail;          // contract type, diploma, certificate…
    QString note;
    qint64 partnerId = 0; // where it takes place (partners/partners.h); 0 = no partner recorded
    // The stored row's version when it was read (storage/rowversion.h): Trajectory::update and
    // endPlacement refuse to write over a change saved since. 0: no check wanted.
    int rowVersion = 0;

    bool isOpen() const { return end.isNull(); }
    bool covers(const QDate &day) const { return start <= day && (end.isNull() || day <= end); }
};

// What the placement rules need to know of the dossier.
struct DossierPeriod
{
    qint64 id = 0;
    QString reference;
    QDate opened;
    QDate closed; // null = open
};

// The rules that protect a dossier's trajectory. Each function returns an empty string when
// the rule holds, else a translated sentence naming the cells and dates involved.
class PlacementRules
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRules)
public:
    // Dates present and valid, start ≤ end, no outcome while open.
    static QString checkOwn(const Placement &p);
    // Inside the dossier's open period: start ≥ opened; when the dossier is closed, start and
    // end ≤ closed and not open.
    static QString checkInside(const Placement &p, const DossierPeriod &dossier);
    // Two placements of one dossier share at least one day (ends inclusive).
    static bool overlap(const Placement &a, const Placement &b);
    static QString overlapMessage(const Placement &p, const Placement &other);

    // Every rule for placements[index] against the dossier and every other element of the
    // list (the state of the dossier's trajectory after the change). First failure wins.
    static QString check(const QList<Placement> &placements, qsizetype index, const DossierPeriod &dossier);

    // "Literacy from 2021-03-01 to 2021-06-30", "Work from 2022-01-10 (open)".
    static QString describe(const Placement &p);
};

} // namespace parcours
