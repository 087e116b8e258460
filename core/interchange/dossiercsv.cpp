// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/dossiercsv.h"

#include "domain/dossier.h"
#include "domain/nationalnumber.h"
#include "interchange/csvreader.h"
#include "interchange/importaudit.h"
#include "interchange/searchtokens.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "trajectory/isodate.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace parcours {

namespace {

enum Column {
    Reference,
    NationalNumberCol,
    LastName,
    FirstName,
    BirthDate,
    GenderCol,
    Language,
    IncomeTypeCol,
    Opened,
    Closed,
    Officer, // optional from here on
    Phone,
    Email,
    Address,
    ColumnCount
};
constexpr int kRequiredCount = Officer;

const std::array<QLatin1String, ColumnCount> kColumnNames = {
    QLatin1String("reference"),  QLatin1String("national_number"), QLatin1String("last_name"),
    QLatin1String("first_name"), QLatin1String("birth_date"),      QLatin1String("gender"),
    QLatin1String("language"),   QLatin1String("income_type"),     QLatin1String("opened"),
    QLatin1String("closed"),     QLatin1String("officer"),         QLatin1String("phone"),
    QLatin1String("email"),      QLatin1String("address")};

// Joins the parts of a signature: the ASCII unit separator, a control character nobody types.
// (A value holding it could at worst make a changed row look unchanged.)
const QChar kSeparator(0x1f);

// One row of the file, checked and normalised as it will be stored.
struct Row
{
    int line = 0;
    Person person;
    Dossier dossier;
};

// What the register holds for a key, as a signature of the stored values: equal signatures
// mean the row would change nothing.
struct StoredPerson
{
    qint64 id = 0;
    QString signature;
    bool seenInFile = false; // written (or found equal) earlier in this import
    // The search keys as stored (or as this import writes them), UTF-8: the tokens of the
    // person's new dossiers are made of them (insertSearchTokens).
    QByteArray lastKey, firstKey;
    bool fromFile = false; // not in the register: created by this import
};
struct StoredDossier
{
    qint64 id = 0;
    qint64 personId = 0;
    QString signature;
};

// YYYY-MM-DD, or empty for a null date. QDate::toString goes through a printf, which a
// 200,000-row import feels.
QString isoDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1 || y > 9999)
        return d.toString(Qt::ISODate);
    const auto digit = [](int v) { return QChar(u'0' + v); };
    const QChar text[10] = {digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), QLatin1Char('-'),
                            digit(m / 10), digit(m % 10), QLatin1Char('-'), digit(day / 10), digit(day % 10)};
    return QString(text, 10);
}

// The signatures below must equal the ones loadRegister() computes in SQL from the stored values.
QString personSignature(const Person &p)
{
    return p.lastName + kSeparator + p.firstName + kSeparator + isoDate(p.birthDate) + kSeparator + genderCode(p.gender)
        + kSeparator + p.language + kSeparator + p.phone + kSeparator + p.email + kSeparator + p.address;
}

QString dossierSignature(const Dossier &d)
{
    return QString::number(d.personId) + kSeparator + incomeTypeCode(d.incomeType) + kSeparator + isoDate(d.opened)
        + kSeparator + isoDate(d.closed) + kSeparator + d.officer;
}

QString nameKey(const Person &p)
{
    return searchKey(p.lastName) + kSeparator + searchKey(p.firstName);
}

// What the register holds, read once: one SELECT a row would cost minutes on 200,000 rows.
// The signatures are put together by the database (three values a row instead of ten
// through QVariant); they must match personSignature() and dossierSignature().
// People are held in a vector, found by national number through `personIndex`: the import
// looks each row's person up once and keeps the position (a QHash look-up of a QString key a
// row and a phase was a tenth of the dossier import).
Status loadRegister(QSqlDatabase sql, std::vector<StoredPerson> &people, QHash<QString, qint32> &personIndex,
                    QHash<QString, StoredDossier> &dossiers)
{
    QSqlQuery q(sql);
    q.setForwardOnly(true);
    const auto bindSeparators = [&q](int count) {
        for (int i = 0; i < count; ++i)
            q.addBindValue(QString(kSeparator));
    };
    q.prepare(QStringLiteral("SELECT id, national_number, COALESCE(last_name, '') || ? || COALESCE(first_name, '') || ? || "
                             "COALESCE(birth_date, '') || ? || COALESCE(gender, '') || ? || COALESCE(language, '') || ? || "
                             "COALESCE(phone, '') || ? || COALESCE(email, '') || ? || COALESCE(address, ''), last_key, first_key "
                             "FROM person"));
    bindSeparators(7);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    while (q.next())
    {
        personIndex.insert(q.value(1).toString(), qint32(people.size()));
        people.push_back({q.value(0).toLongLong(), q.value(2).toString(), false, q.value(3).toString().toUtf8(),
                          q.value(4).toString().toUtf8()});
    }

    q.prepare(QStringLiteral("SELECT id, reference, person_id, CAST(person_id AS VARCHAR(20)) || ? || income_type || ? || "
                             "opened || ? || COALESCE(closed, '') || ? || COALESCE(officer, '') FROM dossier"));
    bindSeparators(4);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    while (q.next())
        dossiers.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toString()});
    return Status::success();
}

// The search tokens of the dossiers a bulk import created, ids first to last (schema 0009:
// the insert trigger of schema 0004 skips them while audit_context.bulk_import is set). The
// same rows as that trigger's UNION — a dossier's four keys, a key equal to an earlier one
// once — but for all the new dossiers in one statement, sorted by the token b-tree's key, so
// that SQLite appends instead of inserting 800,000 rows at random places. The ids are
// consecutive (BatchInsert) and written by this transaction alone, which holds the write lock.
// Runs after the people are final, so the keys are those stored.
Status fillSearchTokens(QSqlDatabase sql, qint64 first, qint64 last)
{
    // The ids are numbers this import was given, written into the text: four uses each.
    const QString from = QStringLiteral(" FROM dossier d JOIN person p ON p.id = d.person_id WHERE d.id BETWEEN %1 AND %2")
                             .arg(first)
                             .arg(last);
    const QString keys = QStringLiteral(", d.id, p.last_key, p.first_key, p.national_number, d.reference_key");
    const FileSorting sorting(sql); // the ORDER BY below sorts 800,000 rows for a large file
    QSqlQuery q(sql);
    // %1: SQLite's null-safe IS NOT, PostgreSQL's IS DISTINCT FROM; PostgreSQL also wants the
    // subquery named (t).
    const bool done = q.exec(QString(QStringLiteral("INSERT INTO search_token (token, dossier_id, last_key, first_key, national_number, reference_key) "
                             "SELECT * FROM (SELECT p.last_key AS token") + keys + from
              + QStringLiteral(" UNION ALL SELECT p.first_key") + keys + from + QStringLiteral(" AND p.first_key %1 p.last_key")
              + QStringLiteral(" UNION ALL SELECT p.national_number") + keys + from
              + QStringLiteral(" AND p.national_number %1 p.last_key AND p.national_number %1 p.first_key")
              + QStringLiteral(" UNION ALL SELECT d.reference_key") + keys + from
              + QStringLiteral(" AND d.reference_key %1 p.last_key AND d.reference_key %1 p.first_key "
                               "AND d.reference_key %1 p.national_number) t ORDER BY 1, 2"))
                                 .arg(dialect::notSameAs(sql)));
    if (!done)
        return Status::failure(StorageMessages::describe(q.lastError()));
    return Status::success();
}

} // namespace

QStringList DossierCsv::requiredColumns()
{
    return columnNames(kColumnNames, 0, kRequiredCount);
}

QStringList DossierCsv::optionalColumns()
{
    return columnNames(kColumnNames, kRequiredCount, ColumnCount);
}

namespace {

// The checking half of an import: turns the table into rows, collecting every refusal.
class Checker
{
public:
    // Checked rows are appended to `rows`, refused ones too (nothing is written then).
    Checker(const QString &shown, DossierCsv::ImportReport &report, std::vector<Row> &rows)
        : m_shown(shown), m_report(report), m_rows(rows)
    {
    }

    // Finds the columns; false (with errors) when a required one is missing.
    bool mapHeader(const QStringList &header)
    {
        // Rows must reach the last named column; a spreadsheet's trailing empty columns do not count.
        m_width = int(header.size());
        while (m_width > 0 && header.at(m_width - 1).trimmed().isEmpty())
            --m_width;
        const HeaderMatch match = matchHeader(header, kColumnNames, kRequiredCount);
        std::copy(match.index.begin(), match.index.end(), m_index.begin());
        for (const QString &name : match.unknown)
            m_report.warnings << fileMessage(DossierCsv::tr("the column \"%1\" is not known and was ignored.").arg(name));
        for (const QString &name : match.repeated)
            m_report.errors << fileMessage(DossierCsv::tr("the column \"%1\" appears twice in the header.").arg(name));
        for (const QString &name : match.missing)
            m_report.errors << fileMessage(DossierCsv::tr("the required column \"%1\" is missing from the header.").arg(name));
        return m_report.errors.isEmpty();
    }

    // Room for `rows` rows in the duplicate checks' tables: no rehash while they fill.
    void reserve(qsizetype rows)
    {
        m_references.reserve(rows);
        m_people.reserve(rows);
    }

    // Checks one row; returns false (and reports) when it is refused.
    bool check(const QStringList &fields, int line)
    {
        Row &row = m_rows.emplace_back();
        m_problems.clear();
        m_line = line;
        if (fields.size() < m_width) {
            m_report.errors << lineMessage(DossierCsv::tr("the row has %1 fields where the header has %2 (a missing "
                                                          "delimiter or an unclosed quote?).").arg(fields.size()).arg(m_width));
            return false;
        }
        for (qsizetype i = m_width; i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty()) {
                m_report.errors << lineMessage(DossierCsv::tr("the row has %1 fields where the header has %2 (a delimiter "
                                                              "inside a value that is not quoted?).").arg(fields.size()).arg(m_width));
                return false;
            }
        }
        m_fields = &fields;
        row.line = line;
        Person &p = row.person;
        Dossier &d = row.dossier;
        p.nationalNumber = value(NationalNumberCol);
        p.lastName = value(LastName);
        p.firstName = value(FirstName);
        p.birthDate = date(BirthDate);
        p.language = value(Language).toLower();
        p.phone = value(Phone);
        p.email = value(Email);
        p.address = value(Address);
        if (const auto gender = genderFromCode(value(GenderCol)))
            p.gender = *gender;
        else
            refuse(GenderCol, DossierCsv::tr("must be M, F or empty."));
        d.reference = value(Reference);
        if (const auto income = incomeTypeFromCode(value(IncomeTypeCol)))
            d.incomeType = *income;
        else
            refuse(IncomeTypeCol, DossierCsv::tr("must be leefloon or equivalent."));
        d.opened = date(Opened);
        d.closed = date(Closed);
        d.officer = value(Officer);

        FieldErrors rules = RegisterRules::checkPerson(p);
        rules += RegisterRules::checkDossier(d);
        for (const FieldError &e : std::as_const(rules)) {
            const auto known = std::find(kColumnNames.begin(), kColumnNames.end(), e.field);
            const int column = known == kColumnNames.end() ? -1 : int(std::distance(kColumnNames.begin(), known));
            if (column >= 0 && m_refused.contains(column))
                continue; // already said why, in the file's own terms
            refuse(column, e.message, e.field);
        }
        checkDuplicates(row, m_rows.size() - 1);

        m_fields = nullptr;
        m_refused.clear();
        if (m_problems.isEmpty())
            return true;
        m_report.errors << lineMessage(m_problems.join(QLatin1String("; ")));
        return false;
    }

private:
    QString fileMessage(const QString &reason) const { return parcours::fileMessage(m_shown, reason); }
    QString lineMessage(const QString &reason) const { return parcours::lineMessage(m_shown, m_line, reason); }

    QString raw(int column) const
    {
        const int i = m_index[column];
        return i < 0 || i >= m_fields->size() ? QString() : m_fields->at(i);
    }
    QString value(int column) const { return raw(column).trimmed(); }

    // Dates are strictly YYYY-MM-DD: 03/04/2021 means different days to different people.
    QDate date(int column)
    {
        const QString text = value(column);
        if (text.isEmpty())
            return {};
        if (const auto day = isodate::julianDayFromIso(text)) // the usual case, without QDate's parser
            return QDate::fromJulianDay(*day);
        bool shape = text.size() == 10;
        for (qsizetype i = 0; shape && i < text.size(); ++i)
            shape = (i == 4 || i == 7) ? text.at(i) == QLatin1Char('-') : text.at(i).isDigit() && text.at(i).unicode() < 0x80;
        const QDate parsed = shape ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!parsed.isValid())
            refuse(column, DossierCsv::tr("is not a date of the form YYYY-MM-DD."));
        return parsed;
    }

    // field "value": why
    void refuse(int column, const QString &why, const QString &fieldName = {})
    {
        const QString field = column >= 0 ? QString(kColumnNames[column]) : fieldName;
        m_problems << QStringLiteral("%1 \"%2\": %3").arg(field, column >= 0 ? value(column) : QString(), why);
        if (column >= 0)
            m_refused.insert(column);
    }

    void checkDuplicates(const Row &row, size_t index)
    {
        if (!m_refused.contains(Reference)) {
            const auto seen = m_references.constFind(row.dossier.reference);
            if (seen != m_references.constEnd())
                refuse(Reference, DossierCsv::tr("the same reference is already on line %1.").arg(*seen));
            else
                m_references.insert(row.dossier.reference, row.line);
        }
        if (m_refused.contains(NationalNumberCol) || m_refused.contains(LastName) || m_refused.contains(FirstName))
            return;
        const auto seen = m_people.constFind(row.person.nationalNumber);
        if (seen == m_people.constEnd()) {
            m_people.insert(row.person.nationalNumber, {row.line, index});
            return;
        }
        const Person &first = m_rows.at(seen->index).person;
        if (nameKey(first) != nameKey(row.person)) {
            refuse(NationalNumberCol, DossierCsv::tr("line %1 gives this national number to %2 %3, this line to %4 %5.")
                                          .arg(seen->line)
                                          .arg(first.firstName, first.lastName, row.person.firstName, row.person.lastName));
            return;
        }
        QStringList differing;
        const auto differs = [&](int column, bool different) {
            if (different)
                differing << kColumnNames[column];
        };
        differs(LastName, first.lastName != row.person.lastName);
        differs(FirstName, first.firstName != row.person.firstName);
        differs(Language, first.language != row.person.language);
        differs(Phone, first.phone != row.person.phone);
        differs(Email, first.email != row.person.email);
        differs(Address, first.address != row.person.address);
        if (!differing.isEmpty())
            m_report.warnings << lineMessage(DossierCsv::tr("this person's %1 differs from line %2; the values of line %2 "
                                                            "are used.").arg(differing.join(QLatin1String(", "))).arg(seen->line));
    }

    struct FirstSeen
    {
        int line;
        size_t index; // in m_rows
    };

    QString m_shown;
    DossierCsv::ImportReport &m_report;
    std::vector<Row> &m_rows;
    std::array<int, ColumnCount> m_index{};
    int m_width = 0;
    int m_line = 0;
    const QStringList *m_fields = nullptr;
    QStringList m_problems;
    QSet<int> m_refused;
    QHash<QString, int> m_references;
    QHash<QString, FirstSeen> m_people;
};

} // namespace

DossierCsv::ImportReport DossierCsv::importFile(Database &db, const QString &path, bool dryRun,
                                                std::function<void(int, int)> progress)
{
    const ImportHeap heap; // first, so that it goes last, after every string of the file
    ImportReport report;
    const QString shown = QDir::toNativeSeparators(path);
    // The file as UTF-8 records; each row becomes text only while it is checked.
    std::optional<CsvRecords> read = readRecordsForImport(db, path, report);
    if (!read)
        return report;
    CsvRecords table = std::move(*read);
    read.reset();
    const QByteArray sha256 = table.sha256;
    if (table.decodedAsWindows1252)
        report.warnings << fileMessage(shown, tr("the file is not UTF-8; it was read as Windows-1252. Check that accented "
                                                 "letters (é, ë, ç) came out right."));

    std::vector<Row> rows;
    Checker checker(shown, report, rows);
    if (!checker.mapHeader(table.header))
        return report;

    report.rows = int(table.rowCount()); // the reader leaves blank records out
    ImportProgress tick(progress, dryRun ? report.rows : 2 * report.rows);

    rows.reserve(size_t(report.rows));
    checker.reserve(report.rows);
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        checker.check(table.row(i), table.lineNumbers[size_t(i)]);
        tick.advance();
    }
    table = CsvRecords();
    if (!report.ok())
        return report;

    QSqlDatabase sql = db.sql();
    // Before the transaction, and gone after it (storage/deferredindexes.h).
    const BulkWrite bulk(sql, !dryRun && report.rows >= kLargeImportRows);
    std::optional<Transaction> tx;
    if (!dryRun) {
        // One audit entry for the whole file instead of one a created row (docs/security.md).
        tx.emplace(sql, Transaction::Audit::BulkImport);
        if (!tx->active()) {
            report.errors << fileMessage(shown, tr("nothing was imported: %1").arg(tx->error()));
            return report;
        }
    }
    // A large file writes far more pages than the default cache holds (LargeCache).
    const LargeCache cache(sql, report.rows >= kLargeImportRows ? kLargeImportCacheMb : 0);

    // What the register holds, read once: one SELECT a row would cost minutes on 200,000 rows.
    std::vector<StoredPerson> people;
    QHash<QString, qint32> personIndex;
    QHash<QString, StoredDossier> dossiers;
    if (Status loaded = loadRegister(sql, people, personIndex, dossiers); !loaded) {
        report.errors << fileMessage(shown, loaded.error());
        return report;
    }

    ImportAudit audit;
    // New people and dossiers go in through multi-row INSERTs; the few updates one by one.
    const QStringList personColumns = {QStringLiteral("national_number"), QStringLiteral("last_name"),
                                       QStringLiteral("first_name"), QStringLiteral("birth_date"), QStringLiteral("gender"),
                                       QStringLiteral("language"), QStringLiteral("phone"), QStringLiteral("email"),
                                       QStringLiteral("address"), QStringLiteral("last_key"), QStringLiteral("first_key")};
    const QStringList dossierColumns = {QStringLiteral("reference"), QStringLiteral("reference_key"),
                                        QStringLiteral("person_id"), QStringLiteral("income_type"), QStringLiteral("opened"),
                                        QStringLiteral("closed"), QStringLiteral("officer")};
    BatchInsert insertPerson(sql, QStringLiteral("person"), personColumns);
    BatchInsert insertDossier(sql, QStringLiteral("dossier"), dossierColumns);
    std::optional<Statement> updatePerson, updateDossier;
    if (!dryRun) {
        updatePerson.emplace(sql, QStringLiteral("UPDATE person SET last_name = ?, first_name = ?, birth_date = ?, "
                                                 "gender = ?, language = ?, phone = ?, email = ?, address = ?, "
                                                 "last_key = ?, first_key = ? WHERE id = ?"));
        updateDossier.emplace(sql, QStringLiteral("UPDATE dossier SET person_id = ?, income_type = ?, opened = ?, "
                                                  "closed = ?, officer = ? WHERE id = ?"));
        for (const Statement *st : {&*updatePerson, &*updateDossier}) {
            if (!st->ok()) {
                report.errors << fileMessage(shown, tr("nothing was imported: %1").arg(StorageMessages::describe(st->error())));
                return report;
            }
        }
    }

    const auto failed = [&](int line, const QSqlError &error) {
        report.errors << lineMessage(shown, line, tr("nothing was imported: %1").arg(StorageMessages::describe(error)));
        report.created = report.updated = report.unchanged = 0;
        return report; // the transaction guard rolls back
    };

    // The secondary indexes of person and dossier are built once at the end when the file
    // brings at least as many new rows as the table holds (storage/deferredindexes.h). The
    // unique keys (national number, reference) stay: they are rules. Person updates need
    // dossier_person (their search-token trigger), so the dossier's indexes go only after them.
    // Each row's person (a position in `people`, new ones added) and stored dossier (or null).
    personIndex.reserve(personIndex.size() + qsizetype(rows.size()));
    std::vector<qint32> personOf(rows.size());
    std::vector<const StoredDossier *> storedOf(rows.size(), nullptr); // `dossiers` does not change any more
    const qint64 peopleStored = qint64(people.size());
    qint64 dossiersComing = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Person &p = rows[i].person;
        auto known = personIndex.constFind(p.nationalNumber);
        if (known == personIndex.constEnd()) {
            known = personIndex.insert(p.nationalNumber, qint32(people.size()));
            StoredPerson &added = people.emplace_back();
            added.fromFile = true;
        }
        personOf[i] = *known;
        const auto stored = dossiers.constFind(rows[i].dossier.reference);
        if (stored != dossiers.constEnd())
            storedOf[i] = &*stored;
        else
            ++dossiersComing;
    }
    const qint64 peopleComing = qint64(people.size()) - peopleStored;
    const bool defer = !dryRun;
    DeferredIndexes personIndexes(sql, QStringLiteral("person"),
                                  defer ? QStringList{QStringLiteral("person_last_key"), QStringLiteral("person_first_key")}
                                        : QStringList(),
                                  peopleComing);
    const auto fileFailed = [&](const QString &why) {
        report.errors << fileMessage(shown, tr("nothing was imported: %1").arg(why));
        report.created = report.updated = report.unchanged = 0;
        return report; // the transaction guard rolls back
    };
    if (!personIndexes.error().isEmpty())
        return fileFailed(personIndexes.error());
    // The insert triggers skip the rows of a bulk import anyway (storage/deferredindexes.h);
    // the search tokens are written below.
    std::optional<DeferredTriggers> triggers;
    if (!dryRun) {
        triggers.emplace(sql, QStringList{QStringLiteral("person_audit_insert"), QStringLiteral("dossier_audit_insert"),
                                          QStringLiteral("search_token_dossier_insert")});
        if (!triggers->error().isEmpty())
            return fileFailed(triggers->error());
    }

    // First the people: a new person is written (in batches) before the dossiers that need their id.
    std::vector<char> personChanged(rows.size(), 0);
    std::vector<int> newPeopleLines; // the line of each new person, in the order written
    std::vector<qint32> newPeople;   // their positions in `people`, same order
    qint64 plannedId = 0;            // stands in for the ids a dry run does not create
    std::vector<size_t> newPeopleRows; // the row that brings each new person
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const Person &p = row.person;
        StoredPerson *person = &people[size_t(personOf[i])];
        if (person->fromFile) {
            if (person->seenInFile)
                continue; // a person met again in this file keeps the values of their first row
            // No signature: a person first met in this file is never compared again (seenInFile).
            person->seenInFile = true;
            person->id = --plannedId;
            personChanged[i] = 1;
            if (!dryRun)
                newPeopleRows.push_back(i);
        } else if (!person->seenInFile) {
            person->seenInFile = true;
            const QString signature = personSignature(p);
            if (person->signature != signature) {
                if (!dryRun) {
                    updatePerson->bindText(0, p.lastName);
                    updatePerson->bindText(1, p.firstName);
                    updatePerson->bindText(2, isoDate(p.birthDate), true);
                    updatePerson->bindText(3, genderCode(p.gender), true);
                    int k = 4;
                    for (const QString *text : {&p.language, &p.phone, &p.email, &p.address})
                        updatePerson->bindText(k++, *text, true);
                    const QString lastKey = searchKey(p.lastName), firstKey = searchKey(p.firstName);
                    updatePerson->bindText(8, lastKey);
                    updatePerson->bindText(9, firstKey);
                    person->lastKey = lastKey.toUtf8();
                    person->firstKey = firstKey.toUtf8();
                    updatePerson->bindInteger(10, person->id);
                    if (!updatePerson->exec())
                        return failed(row.line, updatePerson->error());
                }
                person->signature = signature;
                personChanged[i] = 1;
            }
        } // a person met again in this file keeps the values of their first row
    }
    // The new people are written in the order of their national number: its unique index then
    // grows at its end instead of taking each number at a random place (40 % of writing them).
    std::sort(newPeopleRows.begin(), newPeopleRows.end(), [&rows](size_t a, size_t b) {
        return rows[a].person.nationalNumber < rows[b].person.nationalNumber;
    });
    for (const size_t i : newPeopleRows) {
        const Person &p = rows[i].person;
        StoredPerson *person = &people[size_t(personOf[i])];
        const QString lastKey = searchKey(p.lastName), firstKey = searchKey(p.firstName);
        person->lastKey = lastKey.toUtf8();
        person->firstKey = firstKey.toUtf8();
        for (const QString *text : {&p.nationalNumber, &p.lastName, &p.firstName})
            insertPerson.addText(*text);
        insertPerson.addText(isoDate(p.birthDate), true);
        insertPerson.addText(genderCode(p.gender), true);
        for (const QString *text : {&p.language, &p.phone, &p.email, &p.address})
            insertPerson.addText(*text, true);
        insertPerson.addText(lastKey);
        insertPerson.addText(firstKey);
        newPeople.push_back(personOf[i]);
        newPeopleLines.push_back(rows[i].line);
        if (!insertPerson.endRow())
            return failed(newPeopleLines[size_t(insertPerson.failedRow())], insertPerson.error());
    }
    if (!dryRun) {
        if (!insertPerson.flush())
            return failed(newPeopleLines[size_t(insertPerson.failedRow())], insertPerson.error());
        const std::vector<qint64> &ids = insertPerson.ids();
        for (size_t k = 0; k < ids.size(); ++k) {
            people[size_t(newPeople[k])].id = ids[k];
            audit.addCreated(QStringLiteral("person"), ids[k]);
        }
    }

    DeferredIndexes dossierIndexes(sql, QStringLiteral("dossier"),
                                   defer ? QStringList{QStringLiteral("dossier_person"), QStringLiteral("dossier_reference_key"),
                                                       QStringLiteral("dossier_opened"), QStringLiteral("dossier_closed"),
                                                       QStringLiteral("dossier_officer"), QStringLiteral("dossier_income")}
                                         : QStringList(),
                                   dossiersComing);
    if (!dossierIndexes.error().isEmpty())
        return fileFailed(dossierIndexes.error());

    // Then the dossiers, in file order.
    std::vector<int> newDossierLines;
    std::vector<DossierKeys> newDossierKeys; // SQLite: the keys of their search tokens
    const bool tokensHere = !dialect::isPostgres(sql);
    for (size_t i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        Dossier &d = row.dossier;
        const StoredPerson &person = people[size_t(personOf[i])];
        d.personId = person.id;
        const StoredDossier *stored = storedOf[i];
        if (!stored) {
            if (!dryRun) {
                const QString referenceKey = searchKey(d.reference);
                if (tokensHere) {
                    newDossierKeys.push_back({0, person.lastKey, person.firstKey, row.person.nationalNumber.toUtf8(),
                                              referenceKey.toUtf8()});
                }
                insertDossier.addText(d.reference);
                insertDossier.addText(referenceKey);
                insertDossier.addInteger(d.personId);
                insertDossier.addText(incomeTypeCode(d.incomeType));
                insertDossier.addText(isoDate(d.opened), true);
                insertDossier.addText(isoDate(d.closed), true);
                insertDossier.addText(d.officer, true);
                newDossierLines.push_back(row.line);
                if (!insertDossier.endRow())
                    return failed(newDossierLines[size_t(insertDossier.failedRow())], insertDossier.error());
            }
            ++report.created;
        } else if (stored->signature != dossierSignature(d)) {
            if (stored->personId != d.personId)
                report.warnings << lineMessage(shown, row.line,
                                               tr("the dossier %1 now belongs to the person with national number %2.")
                                                   .arg(d.reference, NationalNumber::format(row.person.nationalNumber)));
            if (!dryRun) {
                updateDossier->bindInteger(0, d.personId);
                updateDossier->bindText(1, incomeTypeCode(d.incomeType));
                updateDossier->bindText(2, isoDate(d.opened), true);
                updateDossier->bindText(3, isoDate(d.closed), true);
                updateDossier->bindText(4, d.officer, true);
                updateDossier->bindInteger(5, stored->id);
                if (!updateDossier->exec())
                    return failed(row.line, updateDossier->error());
            }
            ++report.updated;
        } else if (personChanged[i]) {
            ++report.updated;
        } else {
            ++report.unchanged;
        }
        tick.advance();
    }
    if (!dryRun) {
        if (!insertDossier.flush())
            return failed(newDossierLines[size_t(insertDossier.failedRow())], insertDossier.error());
        const std::vector<qint64> &ids = insertDossier.ids();
        for (const qint64 id : ids)
            audit.addCreated(QStringLiteral("dossier"), id);
        if (!ids.empty()) {
            // Four tokens a dossier, in the order of their primary key (schema 0014: no other index).
            if (tokensHere) {
                for (size_t k = 0; k < ids.size(); ++k)
                    newDossierKeys[k].id = ids[k];
            }
            if (Status s = tokensHere ? insertSearchTokens(sql, newDossierKeys)
                                      : fillSearchTokens(sql, *std::min_element(ids.begin(), ids.end()),
                                                         *std::max_element(ids.begin(), ids.end()));
                !s)
                return fileFailed(s.error());
        }
        for (DeferredIndexes *indexes : {&dossierIndexes, &personIndexes}) {
            if (Status s = indexes->restore(); !s)
                return fileFailed(s.error());
        }
        if (Status s = triggers->restore(); !s)
            return fileFailed(s.error());
    }

    if (tx) {
        if (report.created == 0 && report.updated == 0)
            return report; // nothing to write, and nothing to record: the guard rolls back
        audit.file = shown;
        audit.sha256 = QString::fromLatin1(sha256);
        audit.rows = report.rows;
        audit.created = report.created;
        audit.updated = report.updated;
        audit.unchanged = report.unchanged;
        Status s = tx->recordImport(QStringLiteral("dossier"), audit.toJson());
        if (s)
            s = tx->commit();
        if (!s) {
            report.errors << fileMessage(shown, tr("nothing was imported: %1").arg(s.error()));
            report.created = report.updated = report.unchanged = 0;
        }
    }
    return report;
}

Status DossierCsv::exportFile(Database &db, const QString &path)
{
    if (Status allowed = Permissions::require(db, Permission::ExportData); !allowed)
        return allowed;
    const QString shown = QDir::toNativeSeparators(path);
    const auto failure = [&shown](const QString &why) {
        return Status::failure(tr("The file %1 could not be written: %2 Nothing was written; an earlier file of that "
                                  "name is untouched.").arg(shown, why));
    };
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString() + QLatin1Char('.'));
    // National numbers and addresses: readable by the owner only, like the database. A file
    // that is replaced keeps the permissions it had.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT d.reference, p.national_number, p.last_name, p.first_name, p.birth_date, p.gender, "
                               "p.language, d.income_type, d.opened, d.closed, d.officer, p.phone, p.email, p.address "
                               "FROM dossier d JOIN person p ON p.id = d.person_id ORDER BY d.reference"))) {
        file.cancelWriting();
        return failure(StorageMessages::describe(q.lastError()));
    }

    const QChar comma(QLatin1Char(','));
    QStringList header;
    for (const QLatin1String name : kColumnNames)
        header << name;
    QByteArray buffer = CsvReader::formatRow(header, comma);
    QStringList fields;
    while (q.next()) {
        fields.clear();
        for (int c = 0; c < ColumnCount; ++c)
            fields << q.value(c).toString();
        buffer += CsvReader::formatRow(fields, comma);
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return failure(tr("the disk may be full (%1).").arg(file.errorString()));
            buffer.clear();
        }
    }
    if (q.lastError().isValid()) {
        file.cancelWriting();
        return failure(StorageMessages::describe(q.lastError()));
    }
    if (file.write(buffer) != buffer.size() || !file.commit())
        return failure(tr("the disk may be full (%1).").arg(file.errorString()));
    return Status::success();
}

} // namespace parcours
