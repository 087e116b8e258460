// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"

#include <QList>
#include <QString>
#include <QStringList>

// The word lists behind the demo data (DemoGenerator): names as they occur in the caseload of
// a Brussels OCMW / CPAS, streets of Molenbeek, officers, and the short texts officers type
// into a placement. Invented people only: every combination is synthetic.
namespace parcours::demo {

// Where a name comes from. Each pool lists its most frequent names first (the generator
// draws with a bias towards the front, as real name frequencies are).
enum class Origin {
    BelgianDutch,
    BelgianFrench,
    Moroccan,
    Turkish,
    Congolese,
    Romanian,
    Syrian,
};
inline constexpr int kOriginCount = 7;

struct NamePool
{
    QStringList last;
    QStringList male;
    QStringList female;
};
const NamePool &names(Origin origin);

// About twenty insertion officers, project facilitators and social workers.
const QStringList &officers();

// A street of Molenbeek in both languages ("Chaussée de Gand" / "Gentsesteenweg").
struct Street
{
    QString fr;
    QString nl;
};
const QList<Street> &streets();

// A text in both languages; the generator picks the person's language (fr for "other").
struct Bilingual
{
    QString fr;
    QString nl;
    const QString &in(bool dutch) const { return dutch ? nl : fr; }
};

// Why a person was referred to a cell (placement.reason).
const QList<Bilingual> &referralReasons(Cell cell);
// Contract types for outcome "job", diplomas and certificates for "training_completed".
const QList<Bilingual> &contractTypes();
const QList<Bilingual> &qualifications();
// The occasional note on a placement.
const QList<Bilingual> &notes();

} // namespace parcours::demo
