// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/balancestore.h"
#include "balance/gpmi.h"
#include "domain/dossier.h"

#include <QCoreApplication>

namespace parcours {

// The printed documents of the balance and the GPMI, as HTML for QTextDocument (the program
// turns it into a PDF or prints it; core has no painting). Written in `language` ("nl" or
// "fr": the person's), whatever the interface language: the person reads and signs it.
class BalancePrint
{
    Q_DECLARE_TR_FUNCTIONS(BalancePrint)
public:
    // The language of a person's documents: theirs when Dutch or French, else French (the
    // majority language of the Brussels centres; the officer can choose otherwise).
    static QString documentLanguage(const Person &person);

    // The summary of one version of the balance, with places to sign for the person and the
    // facilitator. Sensitive obstacles (health, mental health, addiction, criminal record)
    // are never printed: the sheet leaves the centre's systems.
    static QString balanceHtml(const Person &person, const Dossier &dossier, const BalanceStore::Version &version,
                               const QString &language);
    // The contract: parties, period, reflection period, domains, partners, goals with both
    // sides' commitments and deadlines, planned evaluations, and places to sign.
    static QString gpmiHtml(const Person &person, const Dossier &dossier, const Gpmi &gpmi,
                            const QList<GpmiEvaluation> &evaluations, const QString &language);
};

} // namespace parcours
