// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registry.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/rowversion.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

const QString kRowColumns = QStringLiteral(
    "d.id, p.id, d.reference, p.last_name, p.first_name, p.national_number, d.income_type, d.opened, d.closed, d.officer");

// The smallest text greater than every text that starts with `prefix`: a prefix search as
// a range, which an index answers in both SQLite and PostgreSQL.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    const QChar last = end.back();
    end.back() = QChar(last.unicode() + 1);
    return end;
}

struct Where
{
    QString sql;
    QVariantList values;
    // The SELECT of the ids of the dossiers the text finds (some maybe more than once), when
    // the text is the only condition: count() then needs no dossier row.
    QString textOnly;
    QVariantList textValues;
};

// The search words as keys (searchKey of each word typed), empty ones dropped.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList keys;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        const QString key = searchKey(word);
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

// How many tokens start with `key`, counted up to a cap: enough to tell a selective word
// from a frequent one ("a" starts 48,000 tokens of 200,000 dossiers) for the price of a
// few thousand index entries at most.
int tokenEstimate(const QSqlDatabase &sql, const QString &key)
{
    QSqlQuery q(sql);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_token WHERE token >= ? AND token < ? LIMIT 4000) AS t"));
    q.addBindValue(key);
    q.addBindValue(prefixEnd(key));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

// The word that drives the search: the one with the fewest tokens.
qsizetype drivingWord(const QSqlDatabase &sql, const QStringList &keys)
{
    qsizetype driver = 0;
    if (keys.size() < 2)
        return driver;
    int fewest = -1;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const int n = tokenEstimate(sql, keys.at(i));
        // Equal estimates (both at the cap): the longer word is the likelier to be rare.
        if (fewest < 0 || n < fewest || (n == fewest && keys.at(i).size() > keys.at(driver).size())) {
            fewest = n;
            driver = i;
        }
    }
    return driver;
}

// The ids of the dossiers the words find, as a SELECT over search_token (schema 0004): each
// word a prefix of the last name, first name, national number or reference key. The driving
// word is one index range; the other words are checked on the rows of that range, which
// carry all four keys, so no dossier or person is read. Several words run together as one
// key ("van den berg" also finds "Vandenberghe") add their range. A dossier found by two of
// its keys comes twice.
QString tokenSet(const QStringList &keys, qsizetype driver, QVariantList &values)
{
    QString set = QStringLiteral("SELECT dossier_id FROM search_token WHERE token >= ? AND token < ?");
    values << keys.at(driver) << prefixEnd(keys.at(driver));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i == driver)
            continue;
        const QString end = prefixEnd(keys.at(i));
        for (int k = 0; k < 4; ++k)
            values << keys.at(i) << end;
        set += QStringLiteral(" AND ((last_key >= ? AND last_key < ?) OR (first_key >= ? AND first_key < ?)"
                              " OR (national_number >= ? AND national_number < ?)"
                              " OR (reference_key >= ? AND reference_key < ?))");
    }
    if (keys.size() > 1) {
        const QString joined = keys.join(QString());
        set += QStringLiteral(" UNION ALL SELECT dossier_id FROM search_token WHERE token >= ? AND token < ?");
        values << joined << prefixEnd(joined);
    }
    return set;
}

Where whereClause(const QSqlDatabase &sql, const Registry::Query &query)
{
    QStringList parts;
    QVariantList values;
    Where where;
    const QStringList keys = searchWords(query.text);
    if (!keys.isEmpty()) {
        const qsizetype driver = drivingWord(sql, keys);
        const QString set = tokenSet(keys, driver, values);
        parts << QStringLiteral("d.id IN (") + set + QLatin1Char(')');
        if (query.state == Registry::StateFilter::All && !query.income) {
            where.textOnly = set;
            where.textValues = values;
        }
    }
    const QString today = query.today.toString(Qt::ISODate);
    if (query.state == Registry::StateFilter::Open) {
        // COALESCE keeps the planner on the sort order's index: with an index range on
        // `closed` it would fetch a third of the register and sort it (170 ms at 200,000).
        parts << QStringLiteral("COALESCE(d.closed, '9999-12-31') >= ?");
        values << today;
    } else if (query.state == Registry::StateFilter::Closed) {
        parts << QStringLiteral("COALESCE(d.closed, '9999-12-31') < ?");
        values << today;
    }
    if (query.income) {
        parts << QStringLiteral("d.income_type = ?");
        values << incomeTypeCode(*query.income);
    }
    where.sql = parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    where.values = values;
    return where;
}

QString orderClause(const Registry::Query &query)
{
    QStringList keys;
    switch (query.sort) {
    case Registry::SortKey::Name:
        // p.id before d.id lets SQLite walk person_last_key in order and stop after a page.
        keys = {QStringLiteral("p.last_key"), QStringLiteral("p.first_key"), QStringLiteral("p.id")};
        break;
    case Registry::SortKey::NationalNumber:
        keys = {QStringLiteral("p.national_number")};
        break;
    case Registry::SortKey::Reference:
        keys = {QStringLiteral("d.reference_key")};
        break;
    case Registry::SortKey::IncomeType:
        keys = {QStringLiteral("d.income_type"), QStringLiteral("d.reference_key")};
        break;
    case Registry::SortKey::Opened:
        keys = {QStringLiteral("d.opened")};
        break;
    case Registry::SortKey::Closed:
        keys = {QStringLiteral("d.closed")};
        break;
    case Registry::SortKey::Officer:
        keys = {QStringLiteral("d.officer"), QStringLiteral("d.reference_key")};
        break;
    }
    keys << QStringLiteral("d.id");
    const QString direction = query.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    for (QString &k : keys)
        k += direction;
    return QStringLiteral(" ORDER BY ") + keys.join(QLatin1String(", "));
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textValue(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.nationalNumber = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.firstName = q.value(3).toString();
    p.birthDate = dateOf(q.value(4));
    p.gender = genderFromCode(q.value(5).toString()).value_or(Gender::Unknown);
    p.language = q.value(6).toString();
    p.phone = q.value(7).toString();
    p.email = q.value(8).toString();
    p.address = q.value(9).toString();
    p.rowVersion = q.value(10).toInt();
    return p;
}

Dossier dossierFrom(const QSqlQuery &q)
{
    Dossier d;
    d.id = q.value(0).toLongLong();
    d.reference = q.value(1).toString();
    d.personId = q.value(2).toLongLong();
    d.incomeType = incomeTypeFromCode(q.value(3).toString()).value_or(IncomeType::Leefloon);
    d.opened = dateOf(q.value(4));
    d.closed = dateOf(q.value(5));
    d.officer = q.value(6).toString();
    d.rowVersion = q.value(7).toInt();
    return d;
}

const QString kPersonColumns = QStringLiteral(
    "SELECT id, national_number, last_name, first_name, birth_date, gender, language, phone, email, address, row_version "
    "FROM person ");
const QString kDossierColumns = QStringLiteral(
    "SELECT id, reference, person_id, income_type, opened, closed, officer, row_version FROM dossier ");

// Whether a save would change nothing of the stored record.
bool sameContent(const Person &a, const Person &b)
{
    return a.nationalNumber == b.nationalNumber && a.lastName == b.lastName && a.firstName == b.firstName
        && a.birthDate == b.birthDate && a.gender == b.gender && a.language == b.language && a.phone == b.phone
        && a.email == b.email && a.address == b.address;
}

bool sameContent(const Dossier &a, const Dossier &b)
{
    return a.reference == b.reference && a.personId == b.personId && a.incomeType == b.incomeType && a.opened == b.opened
        && a.closed == b.closed && a.officer == b.officer;
}

} // namespace

Registry::Registry(Database &db) : m_db(db) { }

bool Registry::mayView() const
{
    return Permissions::allows(m_db.actor(), Permission::ViewRegister);
}

QList<Registry::Row> Registry::search(const Query &query, int offset, int limit) const
{
    if (!mayView())
        return {};
    const Where where = whereClause(m_db.sql(), query);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM dossier d JOIN person p ON p.id = d.person_id")
              + where.sql + orderClause(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, where.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        Row r;
        r.dossierId = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.reference = q.value(2).toString();
        r.lastName = q.value(3).toString();
        r.firstName = q.value(4).toString();
        r.nationalNumber = q.value(5).toString();
        r.incomeType = incomeTypeFromCode(q.value(6).toString()).value_or(IncomeType::Leefloon);
        r.opened = dateOf(q.value(7));
        r.closed = dateOf(q.value(8));
        r.officer = q.value(9).toString();
        rows.append(r);
    }
    return rows;
}

int Registry::count(const Query &query) const
{
    if (!mayView())
        return 0;
    const Where where = whereClause(m_db.sql(), query);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!where.textOnly.isEmpty()) {
        // Only the text: the search index counts its dossiers without reading them.
        q.prepare(QStringLiteral("SELECT count(DISTINCT dossier_id) FROM (") + where.textOnly + QStringLiteral(") AS found"));
        bindAll(q, where.textValues);
    } else {
        // Every condition reads dossier columns only (the text is a sub-query), and every
        // dossier has its person: the count needs no join.
        q.prepare(QStringLiteral("SELECT count(*) FROM dossier d") + where.sql);
        bindAll(q, where.values);
    }
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Registry::dossierCount() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM dossier")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Person> Registry::person(qint64 id) const
{
    if (!mayView())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kPersonColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return personFrom(q);
    return std::nullopt;
}

std::optional<Person> Registry::personByNationalNumber(const QString &digits) const
{
    if (!mayView())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kPersonColumns + QStringLiteral("WHERE national_number = ?"));
    q.addBindValue(digits);
    if (q.exec() && q.next())
        return personFrom(q);
    return std::nullopt;
}

std::optional<Dossier> Registry::dossier(qint64 id) const
{
    if (!mayView())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kDossierColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return dossierFrom(q);
    return std::nullopt;
}

std::optional<Dossier> Registry::dossierByReference(const QString &reference) const
{
    if (!mayView())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kDossierColumns + QStringLiteral("WHERE reference = ?"));
    q.addBindValue(reference.trimmed());
    if (q.exec() && q.next())
        return dossierFrom(q);
    return std::nullopt;
}

QList<Dossier> Registry::dossiersOf(qint64 personId) const
{
    QList<Dossier> list;
    if (!mayView())
        return list;
    QSqlQuery q(m_db.sql());
    q.prepare(kDossierColumns + QStringLiteral("WHERE person_id = ? ORDER BY opened, id"));
    q.addBindValue(personId);
    if (q.exec())
        while (q.next())
            list.append(dossierFrom(q));
    return list;
}

FieldErrors Registry::checkPeriodAgainstPlacements(const Dossier &dossier) const
{
    // The trajectory lies inside the dossier's open period: a new opening date may not pass
    // the first placement, a closing date may not come before the start of the last one (a
    // placement that runs past the closing date is ended on it when saving).
    FieldErrors problems;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT min(start_date), max(start_date) FROM placement WHERE dossier_id = ?"));
    q.addBindValue(dossier.id);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return problems;
    const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    if (dossier.opened > first)
        problems.append({QStringLiteral("opened"), tr("The dossier cannot open on %1: its trajectory starts on %2.")
                                                       .arg(dossier.opened.toString(Qt::ISODate), first.toString(Qt::ISODate))});
    if (dossier.closed.isValid() && dossier.closed < last)
        problems.append({QStringLiteral("closed"), tr("The dossier cannot close on %1: a placement starts on %2. Remove or "
                                                      "move that placement first.")
                                                       .arg(dossier.closed.toString(Qt::ISODate), last.toString(Qt::ISODate))});
    return problems;
}

Status Registry::recordView(qint64 dossierId, const QString &what)
{
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return allowed;
    const std::optional<Dossier> d = dossier(dossierId);
    if (!d)
        return Status::failure(tr("This dossier no longer exists in the register."));
    return AuditTrail(m_db).recordView(d->personId, what, QStringLiteral("dossier"), dossierId);
}

Result<Registry::Saved> Registry::save(Person person, Dossier dossier, FieldErrors *errors)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return Result<Saved>::failure(allowed.error());
    FieldErrors problems = RegisterRules::checkPerson(person);
    problems += RegisterRules::checkDossier(dossier);

    Transaction tx(m_db.sql());
    if (!tx.active())
        return Result<Saved>::failure(tx.error());
    // Several officers at once: wait for whoever is changing this dossier (its trajectory
    // too: closing ends placements), then refuse to write over what was saved since the form
    // read the dossier and its person.
    if (dossier.id != 0) {
        if (Status locked = dialect::lockForUpdate(m_db.sql(), QStringLiteral("dossier"), dossier.id); !locked)
            return Result<Saved>::failure(locked.error());
    }
    if (Status fresh = checkVersions(person, dossier); !fresh)
        return Result<Saved>(fresh);

    if (!person.nationalNumber.isEmpty()) {
        if (const auto other = personByNationalNumber(person.nationalNumber); other && other->id != person.id)
            problems.append({QStringLiteral("national_number"),
                             tr("National number %1 already belongs to %2 %3. Open that person's dossier instead.")
                                 .arg(NationalNumber::format(person.nationalNumber), other->firstName, other->lastName)});
    }
    if (!dossier.reference.isEmpty()) {
        if (const auto other = dossierByReference(dossier.reference); other && other->id != dossier.id)
            problems.append({QStringLiteral("reference"), tr("The reference %1 is already used by another dossier.").arg(dossier.reference)});
    }
    if (person.id != 0 && !this->person(person.id))
        problems.append({QStringLiteral("national_number"), tr("This person no longer exists in the register.")});
    if (person.id != 0) {
        // Retention erased who this was; writing an identity back would undo it.
        QSqlQuery anonymised(m_db.sql());
        anonymised.prepare(QStringLiteral("SELECT 1 FROM anonymisation WHERE person_id = ?"));
        anonymised.addBindValue(person.id);
        if (anonymised.exec() && anonymised.next())
            problems.append({QStringLiteral("national_number"),
                             tr("This person was anonymised by retention and can no longer be changed. Register the "
                                "person again if they come back.")});
    }
    if (dossier.id != 0 && !this->dossier(dossier.id))
        problems.append({QStringLiteral("reference"), tr("This dossier no longer exists in the register.")});
    if (dossier.id != 0 && dossier.opened.isValid())
        problems += checkPeriodAgainstPlacements(dossier);
    if (!problems.isEmpty()) {
        if (errors)
            *errors = problems;
        QStringList lines;
        for (const FieldError &e : std::as_const(problems))
            lines << e.message;
        return Result<Saved>::failure(lines.join(QLatin1Char('\n')));
    }

    const auto failed = [&](const QSqlQuery &q) { return Result<Saved>::failure(StorageMessages::describe(q.lastError())); };

    // A record the form did not change is not written: its version stays, so another
    // officer's form open on it is not refused for nothing.
    const std::optional<Person> storedPerson = person.id != 0 ? this->person(person.id) : std::nullopt;
    const std::optional<Dossier> storedDossier = dossier.id != 0 ? this->dossier(dossier.id) : std::nullopt;
    const bool personSame = storedPerson && sameContent(*storedPerson, person);
    Dossier asWritten = dossier;
    asWritten.personId = person.id; // the dossier is written with its person's id
    const bool dossierSame = storedDossier && person.id != 0 && sameContent(*storedDossier, asWritten);

    QSqlQuery p(m_db.sql());
    if (personSame) {
        // nothing to write
    } else if (person.id == 0)
        p.prepare(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, birth_date, gender, language, "
                                 "phone, email, address, last_key, first_key) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    else
        p.prepare(QStringLiteral("UPDATE person SET national_number = ?, last_name = ?, first_name = ?, birth_date = ?, "
                                 "gender = ?, language = ?, phone = ?, email = ?, address = ?, last_key = ?, first_key = ?, "
                                 "row_version = row_version + 1 WHERE id = ?")
                  + (person.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    for (const QVariant &v : {QVariant(person.nationalNumber), QVariant(person.lastName), QVariant(person.firstName),
                              dateValue(person.birthDate), textValue(genderCode(person.gender)), textValue(person.language),
                              textValue(person.phone), textValue(person.email), textValue(person.address),
                              QVariant(searchKey(person.lastName)), QVariant(searchKey(person.firstName))})
        p.addBindValue(v);
    if (person.id != 0) {
        p.addBindValue(person.id);
        if (person.rowVersion > 0)
            p.addBindValue(person.rowVersion);
    }
    if (!personSame && !p.exec())
        return failed(p);
    if (!personSame && person.id != 0 && p.numRowsAffected() == 0) // saved by somebody else since checkVersions()
        return Result<Saved>(personConflict(person.id));
    if (person.id == 0)
        person.id = dialect::insertedId(p);

    QSqlQuery d(m_db.sql());
    if (dossierSame) {
        // nothing to write
    } else if (dossier.id == 0)
        d.prepare(QStringLiteral("INSERT INTO dossier (reference, reference_key, person_id, income_type, opened, closed, officer) "
                                 "VALUES (?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    else
        d.prepare(QStringLiteral("UPDATE dossier SET reference = ?, reference_key = ?, person_id = ?, income_type = ?, "
                                 "opened = ?, closed = ?, officer = ?, row_version = row_version + 1 WHERE id = ?")
                  + (dossier.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    for (const QVariant &v : {QVariant(dossier.reference), QVariant(searchKey(dossier.reference)), QVariant(person.id),
                              QVariant(incomeTypeCode(dossier.incomeType)), dateValue(dossier.opened),
                              dateValue(dossier.closed), textValue(dossier.officer)})
        d.addBindValue(v);
    if (dossier.id != 0) {
        d.addBindValue(dossier.id);
        if (dossier.rowVersion > 0)
            d.addBindValue(dossier.rowVersion);
    }
    if (!dossierSame && !d.exec())
        return failed(d);
    if (!dossierSame && dossier.id != 0 && d.numRowsAffected() == 0)
        return Result<Saved>(dossierConflict(dossier.id));
    if (dossier.id == 0)
        dossier.id = dialect::insertedId(d);

    // Closing a dossier ends its trajectory on the same day, in the same transaction.
    if (dossier.closed.isValid()) {
        QSqlQuery end(m_db.sql());
        end.prepare(QStringLiteral("UPDATE placement SET end_date = ?, outcome = COALESCE(outcome, 'income_ended') "
                                   "WHERE dossier_id = ? AND (end_date IS NULL OR end_date > ?)"));
        end.addBindValue(dossier.closed.toString(Qt::ISODate));
        end.addBindValue(dossier.id);
        end.addBindValue(dossier.closed.toString(Qt::ISODate));
        if (!end.exec())
            return failed(end);
    }

    Saved saved{person.id, dossier.id, RowVersion::stored(m_db.sql(), QStringLiteral("person"), person.id),
                RowVersion::stored(m_db.sql(), QStringLiteral("dossier"), dossier.id)};
    if (Status s = tx.commit(); !s)
        return Result<Saved>::failure(s.error());
    return saved;
}

Status Registry::checkVersions(const Person &person, const Dossier &dossier) const
{
    // The dossier first: its reference is what the officer has in front of them.
    if (dossier.id != 0 && dossier.rowVersion > 0) {
        const int stored = RowVersion::stored(m_db.sql(), QStringLiteral("dossier"), dossier.id);
        if (stored != 0 && stored != dossier.rowVersion)
            return dossierConflict(dossier.id);
    }
    if (person.id != 0 && person.rowVersion > 0) {
        const int stored = RowVersion::stored(m_db.sql(), QStringLiteral("person"), person.id);
        if (stored != 0 && stored != person.rowVersion)
            return personConflict(person.id);
    }
    return Status::success();
}

Status Registry::personConflict(qint64 personId) const
{
    const std::optional<Person> now = person(personId);
    const QString what = now ? tr("The person %1 %2").arg(now->firstName, now->lastName) : tr("The person");
    return RowVersion::conflict(m_db.sql(), what, QStringLiteral("person"), personId, personId);
}

Status Registry::dossierConflict(qint64 dossierId) const
{
    const std::optional<Dossier> now = dossier(dossierId);
    const QString what = now ? tr("Dossier %1").arg(now->reference) : tr("The dossier");
    return RowVersion::conflict(m_db.sql(), what, QStringLiteral("dossier"), dossierId, now ? now->personId : 0);
}

} // namespace parcours
