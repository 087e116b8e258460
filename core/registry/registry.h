// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/dossier.h"

#include <QCoreApplication>

#include <optional>

namespace parcours {

class Database;

// The dossier register: people, their dossiers, the search behind the dossier list.
// Every write validates first (RegisterRules) and happens in one transaction.
// Permissions (security/permissions.h) of the Database's actor: reading needs ViewRegister
// (without it searches find nothing and lookups return nullopt), save() needs EditRegister
// and otherwise fails with the reason. dossierCount() is a figure, not person data.
class Registry
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
public:
    explicit Registry(Database &db);

    enum class StateFilter { All, Open, Closed };
    enum class SortKey { Name, NationalNumber, Reference, IncomeType, Opened, Closed, Officer };

    struct Query
    {
        QString text; // search box: each word a prefix of name, national number or reference
        StateFilter state = StateFilter::All;
        std::optional<IncomeType> income;
        SortKey sort = SortKey::Name;
        Qt::SortOrder order = Qt::AscendingOrder;
        QDate today = QDate::currentDate(); // decides open/closed
    };

    struct Row
    {
        qint64 dossierId = 0;
        qint64 personId = 0;
        QString reference;
        QString lastName;
        QString firstName;
        QString nationalNumber;
        IncomeType incomeType = IncomeType::Leefloon;
        QDate opened;
        QDate closed;
        QString officer;
    };

    // One page of the dossier list, in the query's order. The database filters, sorts and
    // pages: never the whole register in memory.
    QList<Row> search(const Query &query, int offset, int limit) const;
    int count(const Query &query) const;

    std::optional<Person> person(qint64 id) const;
    std::optional<Person> personByNationalNumber(const QString &digits) const;
    std::optional<Dossier> dossier(qint64 id) const;
    std::optional<Dossier> dossierByReference(const QString &reference) const;
    QList<Dossier> dossiersOf(qint64 personId) const;

    // Saves a person and one of their dossiers together, as the dossier form does: creates
    // or updates both in one transaction. A new person whose national number is already
    // registered is refused (open that person's dossier instead). On success the ids are set.
    struct Saved
    {
        qint64 personId = 0;
        qint64 dossierId = 0;
        int personVersion = 0;  // the stored row versions after the save
        int dossierVersion = 0;
    };
    // On refusal, `errors` (if given) receives the field-by-field reasons.
    // Several officers at once: when person.rowVersion or dossier.rowVersion (as read) is no
    // longer the stored one, somebody else saved since; the save is refused as a conflict
    // (Result::isConflict) naming who changed what and when, and nothing is written.
    Result<Saved> save(Person person, Dossier dossier, FieldErrors *errors = nullptr);

    int dossierCount() const;

    // Records in the audit trail that the current actor opened the dossier `dossierId` (and so
    // its person's data): call it when a dossier is shown, e.g. "dossier form". Needs
    // ViewRegister.
    Status recordView(qint64 dossierId, const QString &what);

private:
    bool mayView() const;
    FieldErrors checkPeriodAgainstPlacements(const Dossier &dossier) const;
    Status checkVersions(const Person &person, const Dossier &dossier) const;
    Status personConflict(qint64 personId) const;
    Status dossierConflict(qint64 dossierId) const;
    Database &m_db;
};

} // namespace parcours
