// SPDX-License-Identifier: GPL-3.0-or-later
// Building small, known trajectories for the trajectory and caseload tests.
#pragma once

#include "trajectory/trajectory.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>

namespace parcours::test {

// A person with one dossier; `serial` keeps national numbers unique (odd: a man, even: a woman).
inline qint64 addDossier(Registry &registry, const QString &last, const QString &first, const QString &reference,
                         const QDate &opened, const QDate &closed = {}, int serial = 101, const QString &officer = {})
{
    Person p;
    p.lastName = last;
    p.firstName = first;
    p.birthDate = QDate(1980, 1, 1).addDays(serial);
    p.gender = serial % 2 ? Gender::Male : Gender::Female;
    p.nationalNumber = NationalNumber::make(p.birthDate, serial);
    Dossier d;
    d.reference = reference;
    d.opened = opened;
    d.closed = closed;
    d.officer = officer;
    auto saved = registry.save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved->dossierId;
}

inline qint64 addPlacement(Trajectory &trajectory, qint64 dossierId, Cell cell, const QDate &start, const QDate &end = {},
                           const QString &officer = {}, std::optional<Outcome> outcome = {})
{
    Placement p;
    p.dossierId = dossierId;
    p.cell = cell;
    p.start = start;
    p.end = end;
    p.officer = officer;
    p.outcome = end.isValid() ? outcome.value_or(Outcome::Other) : outcome;
    auto id = trajectory.add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline DossierPeriod periodOf(Registry &registry, qint64 dossierId)
{
    const std::optional<Dossier> d = registry.dossier(dossierId);
    REQUIRE(d.has_value());
    return {d->id, d->reference, d->opened, d->closed};
}

// QAbstractItemModelTester in Warning mode reports through qWarning: collect those messages
// while a ModelCheck lives, so that the test fails on them instead of scrolling past.
class ModelCheck
{
public:
    explicit ModelCheck(QAbstractItemModel *model)
        : m_previous(qInstallMessageHandler(&ModelCheck::collect)),
          m_tester(model, QAbstractItemModelTester::FailureReportingMode::Warning)
    {
        warnings().clear();
    }
    ~ModelCheck() { qInstallMessageHandler(m_previous); }
    static QStringList &warnings()
    {
        static QStringList list;
        return list;
    }

private:
    static void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        // The tester's failures start with "FAIL!"; the offscreen platform's notes do not count.
        if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("FAIL!")))
            warnings() << message;
    }
    QtMessageHandler m_previous;
    QAbstractItemModelTester m_tester;
};

} // namespace parcours::test
