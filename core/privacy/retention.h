// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

namespace parcours {

class Database;

// Retention: once the centre no longer needs to know who a person was, their identity is
// erased and what they went through stays, so that the statistics do not change.
//
// A person is anonymised when they have at least one dossier and every one of their dossiers
// closed before the cut-off day (the retention setting gives the usual cut-off: today minus
// Settings::retentionYears()). Anonymising, in one transaction:
//   - person: last_name "Anonymised", first_name the row number, national_number the
//     placeholder "X" + the row number on 10 digits ("X0000000123": unique, 11 characters as
//     the column requires, and never a valid national number, so it can never clash with a
//     real one or be found by a search on one); phone, e-mail, address erased; birth date
//     reduced to the year (YYYY-01-01, for age bands); gender and language kept;
//   - dossier: reference replaced by "ANON-" + the dossier's row number (it is the key to
//     the centre's other files); income type, opened, closed and officer kept;
//   - placement: reason, note and outcome detail (free text) erased; cell, dates and
//     outcome kept;
//   - article 60 contract: its note erased; post, dates and end reason kept;
//   - literacy level tests, course enrolments and waiting-list requests: their notes erased;
//     levels, courses and dates kept (the yearly targets count them);
//   - audit trail: the details (old → new values) of every entry about the person replaced
//     by {"redacted":true}; who did what when stays. The triggers allow this change only for
//     people listed in `anonymisation`, which records the run and cannot be undone.
// Deleted content is overwritten in the file (PRAGMA secure_delete) and the write-ahead log
// is truncated afterwards. Backups and copies made earlier still hold the identities: they
// must expire on their own schedule (docs/security.md).
//
// The evolution figures on every day are the same before and after: dossiers, cells,
// dates and outcomes are untouched. Needs the Anonymise permission.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)
public:
    struct Report
    {
        int people = 0;       // anonymised (or, in a dry run, that would be)
        int dossiers = 0;     // their dossiers
        int placements = 0;   // their placements
        int auditEntries = 0; // trail entries whose details were (would be) redacted
    };

    // today − the retention setting (years).
    static QDate defaultCutOff(Database &db, const QDate &today = QDate::currentDate());

    // Anonymises every person whose dossiers all closed before `closedBefore`. A dry run
    // counts and writes nothing.
    static Result<Report> anonymise(Database &db, const QDate &closedBefore, bool dryRun);

    static QString anonymisedLastName() { return QStringLiteral("Anonymised"); }
};

} // namespace parcours
