// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/jobtable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace parcours {

// The printed papers of a Job Table as HTML for QTextDocument (the GUI and the CLI print it
// to PDF or paper): the technical fiche (the handbook's annex: one page with the dates, place,
// officers, participants, modules and means) and an attendance sheet to sign at a meeting.
class JobTablePrint
{
    Q_DECLARE_TR_FUNCTIONS(JobTablePrint)
public:
    static QString technicalFiche(const JobTable &table, const QList<Participant> &participants,
                                  const QList<Meeting> &meetings);
    static QString attendanceSheet(const JobTable &table, const Meeting &meeting, const QList<Participant> &participants);
};

} // namespace parcours
