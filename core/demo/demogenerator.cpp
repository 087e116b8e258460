// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/jobtabledemo.h"
#include "demo/article60demo.h"
#include "demo/literacydemo.h"
#include "demo/partnerdemo.h"
#include "demo/balancedemo.h"

#include "demo/names.h"
#include "demo/random.h"
#include "demo/trajectorymodel.h"
#include "domain/dossier.h"
#include "domain/nationalnumber.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/cell.h"

#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <unordered_set>
#include <vector>

namespace parcours {

namespace {

using demo::Origin;
using demo::PlannedPlacement;
using demo::Random;

// ---- planning: people and dossier periods -------------------------------------------------

enum class Language : quint8 { Unknown, Dutch, French, Other };

struct PlannedPerson
{
    qint64 birth = 0; // Julian day
    int serial = 0;
    bool bis = false;
    bool female = false;
    Origin origin = Origin::BelgianFrench;
    Origin firstNameOrigin = Origin::BelgianFrench;
    int last = 0;  // index into names(origin).last
    int first = 0; // index into names(firstNameOrigin).male / .female
    Language language = Language::Unknown;
    int phone = 0;      // 0 = none, else the 8 digits after "04" (mobile 046x–049x)
    int phoneStyle = 0; // 0 "0470 12 34 56", 1 "0470/12.34.56", 2 "+32 470 12 34 56"
    int email = 0;      // 0 = none, else 1 + the domain
    int emailNumber = 0;
    int street = -1; // -1 = no address
    int houseNumber = 0;
    qint64 id = 0; // set when written
};

struct PlannedDossier
{
    qint64 opened = 0;
    qint64 closed = 0; // 0 = open
    int person = 0;
    int officer = 0;
    bool equivalent = false;
    int order = 0; // planning order: the tie-breaker of the sort, for determinism
};

// Brussels OCMW caseloads: mostly French-speaking, many people of Moroccan origin, then
// Belgian, Congolese, Syrian, Romanian and Turkish origins.
constexpr std::array<int, demo::kOriginCount> kOriginWeights = {8, 14, 30, 9, 14, 12, 13};
// Per origin: permille Dutch, French, other; the rest unknown.
constexpr std::array<std::array<int, 3>, demo::kOriginCount> kLanguages = {{
    {920, 60, 0},   // Belgian Dutch
    {30, 950, 0},   // Belgian French
    {200, 720, 60}, // Moroccan
    {200, 550, 230},
    {50, 930, 0},
    {80, 420, 480},
    {100, 300, 580},
}};
// Permille of dossiers on the equivalent income, per origin.
constexpr std::array<int, demo::kOriginCount> kEquivalent = {40, 40, 120, 120, 250, 350, 300};

class Planner
{
public:
    Planner(Random &random, qint64 firstDay, qint64 lastDay) : m_random(random), m_first(firstDay), m_last(lastDay) { }

    void plan(int dossierCount, std::vector<PlannedPerson> &people, std::vector<PlannedDossier> &dossiers)
    {
        dossiers.reserve(size_t(dossierCount));
        people.reserve(size_t(dossierCount));
        while (int(dossiers.size()) < dossierCount) {
            qint64 opened = m_random.between(m_first, m_last);
            const int person = int(people.size());
            people.push_back(makePerson(opened));
            const Origin origin = people.back().origin;
            for (int k = 0; int(dossiers.size()) < dossierCount; ++k) {
                PlannedDossier d;
                d.opened = opened;
                d.person = person;
                d.officer = int(m_random.between(0, demo::officers().size() - 1));
                d.equivalent = m_random.chance(kEquivalent[size_t(origin)]);
                d.order = int(dossiers.size());
                // About one person in eight leaves the income and comes back later.
                bool returns = k < 2 && m_random.chance(130);
                if (returns || m_random.chance(kClosePermille)) {
                    const qint64 closed = opened + m_random.low(45, 2200);
                    if (closed <= m_last)
                        d.closed = closed;
                    else
                        returns = false;
                }
                dossiers.push_back(d);
                if (!returns)
                    break;
                opened = d.closed + m_random.low(60, 900);
                if (opened > m_last)
                    break;
            }
        }
    }

private:
    static constexpr int kClosePermille = 300;

    PlannedPerson makePerson(qint64 opened)
    {
        PlannedPerson p;
        p.origin = Origin(m_random.weighted(kOriginWeights));
        p.firstNameOrigin = p.origin;
        // Children of the second generation often carry a French first name.
        if ((p.origin == Origin::Moroccan || p.origin == Origin::Turkish) && m_random.chance(60))
            p.firstNameOrigin = Origin::BelgianFrench;
        p.female = m_random.chance(540);
        const demo::NamePool &lastPool = demo::names(p.origin);
        const demo::NamePool &firstPool = demo::names(p.firstNameOrigin);
        p.last = m_random.frequent(lastPool.last.size());
        p.first = m_random.frequent(p.female ? firstPool.female.size() : firstPool.male.size());

        // Age at the opening of the first dossier: mostly young adults.
        constexpr std::array<int, 5> ageWeights = {30, 30, 20, 14, 6};
        constexpr std::array<int, 6> ageBounds = {18, 25, 35, 45, 55, 65};
        const int bucket = m_random.weighted(ageWeights);
        const int age = int(m_random.between(ageBounds[size_t(bucket)], ageBounds[size_t(bucket) + 1] - 1));
        const int openYear = QDate::fromJulianDay(opened).year();
        int lo = std::max(1958, openYear - 64);
        int hi = std::min(2006, openYear - 18);
        if (lo > hi) { // a history far from today: keep the ages, leave the 1958–2006 span
            lo = openYear - 64;
            hi = openYear - 18;
        }
        const int year = std::clamp(openYear - age, lo, hi);

        const bool foreign = p.origin == Origin::Congolese || p.origin == Origin::Romanian || p.origin == Origin::Syrian;
        p.bis = m_random.chance(foreign ? 60 : p.origin == Origin::BelgianDutch || p.origin == Origin::BelgianFrench ? 0 : 10);
        // A unique national number: another serial, and after a while another day.
        for (int attempt = 0;; ++attempt) {
            if (attempt % 64 == 0)
                p.birth = m_random.between(QDate(year, 1, 1).toJulianDay(), QDate(year, 12, 31).toJulianDay());
            p.serial = p.female ? int(2 * m_random.between(1, 499)) : int(2 * m_random.between(0, 498) + 1);
            const quint64 key = (quint64(p.birth) << 12) | (quint64(p.serial) << 1) | (p.bis ? 1 : 0);
            if (m_numbers.insert(key).second)
                break;
        }

        const auto &languages = kLanguages[size_t(p.origin)];
        const int l = int(m_random.between(0, 999));
        p.language = l < languages[0]                                  ? Language::Dutch
            : l < languages[0] + languages[1]                          ? Language::French
            : l < languages[0] + languages[1] + languages[2]           ? Language::Other
            : m_random.chance(300)                                     ? Language::French
                                                                       : Language::Unknown;
        if (m_random.chance(650)) {
            p.phone = int(m_random.between(60, 99) * 1'000'000 + m_random.between(0, 999'999));
            p.phoneStyle = m_random.weighted(std::array<int, 3>{60, 15, 25});
        }
        if (m_random.chance(350)) {
            p.email = int(m_random.between(1, 3));
            p.emailNumber = m_random.chance(400) ? int(m_random.between(1, 99)) : 0;
        }
        if (m_random.chance(930)) {
            p.street = m_random.frequent(demo::streets().size());
            p.houseNumber = int(m_random.low(1, 260));
        }
        return p;
    }

    Random &m_random;
    qint64 m_first;
    qint64 m_last;
    std::unordered_set<quint64> m_numbers; // membership only: its order never matters
};

// ---- writing -------------------------------------------------------------------------------

const QVariant &nullText()
{
    static const QVariant value{QMetaType(QMetaType::QString)};
    return value;
}

// "Yılmaz" → "ylmaz" would do for an e-mail address, but "yilmaz" is what people write.
QString asciiKey(const QString &text)
{
    QString key = searchKey(text);
    key.replace(QChar(0x0131), QLatin1Char('i')); // dotless i has no decomposition
    key.removeIf([](QChar c) { return c.unicode() >= 0x80; });
    return key;
}

// The ISO text of the days of the history, made once: millions of dates are written.
class DayTexts
{
public:
    DayTexts(qint64 first, qint64 last) : m_first(first)
    {
        m_texts.reserve(size_t(last - first + 1));
        for (qint64 d = first; d <= last; ++d)
            m_texts.push_back(QDate::fromJulianDay(d).toString(Qt::ISODate));
    }
    QString operator()(qint64 day) const
    {
        const qint64 i = day - m_first;
        return i >= 0 && i < qint64(m_texts.size()) ? m_texts[size_t(i)] : QDate::fromJulianDay(day).toString(Qt::ISODate);
    }

private:
    qint64 m_first;
    std::vector<QString> m_texts;
};

QString phoneText(const PlannedPerson &p)
{
    const int a = p.phone / 1'000'000, b = p.phone / 10'000 % 100, c = p.phone / 100 % 100, d = p.phone % 100;
    switch (p.phoneStyle) {
    case 1:
        return QString::asprintf("04%02d/%02d.%02d.%02d", a, b, c, d);
    case 2:
        return QString::asprintf("+32 4%02d %02d %02d %02d", a, b, c, d);
    default:
        return QString::asprintf("04%02d %02d %02d %02d", a, b, c, d);
    }
}

// Rows buffered and written kRows at a time by one multi-row INSERT … VALUES (…), (…): it
// divides the Qt driver's cost per statement (about 13 % of the generation's CPU time).
class BatchInsert
{
public:
    static constexpr int kRows = 64;

    BatchInsert(const QSqlDatabase &db, QString head, int columns) : m_many(db), m_one(db), m_head(std::move(head)), m_columns(columns) { }

    bool prepare()
    {
        const QStringList marks(m_columns, QStringLiteral("?"));
        const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        const QStringList rows(kRows, row);
        return prepared(m_many, m_head + QStringLiteral(" VALUES ") + rows.join(QLatin1Char(',')))
            && prepared(m_one, m_head + QStringLiteral(" VALUES ") + row);
    }

    void add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(int(row.size()) == m_columns);
        for (const QVariant &v : row)
            m_values.append(v);
    }
    qsizetype pending() const { return m_values.size() / m_columns; }

    bool flush()
    {
        const qsizetype rows = pending();
        qsizetype row = 0;
        for (; row + kRows <= rows; row += kRows) {
            if (!run(m_many, row, kRows))
                return false;
        }
        for (; row < rows; ++row) {
            if (!run(m_one, row, 1))
                return false;
        }
        m_values.clear();
        return true;
    }
    const QSqlError &error() const { return m_error; }

private:
    bool prepared(QSqlQuery &q, const QString &text)
    {
        if (q.prepare(text))
            return true;
        m_error = q.lastError();
        return false;
    }
    bool run(QSqlQuery &q, qsizetype firstRow, int rows)
    {
        const qsizetype base = firstRow * m_columns;
        for (int i = 0; i < rows * m_columns; ++i)
            q.bindValue(i, m_values.at(base + i));
        if (q.exec())
            return true;
        m_error = q.lastError();
        return false;
    }

    QSqlQuery m_many;
    QSqlQuery m_one;
    QString m_head;
    int m_columns;
    QVariantList m_values;
    QSqlError m_error;
};

// Turns planned people, dossiers and simulated trajectories into rows.
class Writer
{
public:
    Writer(const QSqlDatabase &db, qint64 firstDay, qint64 lastDay)
        : m_people(db, QStringLiteral("INSERT INTO person (id, national_number, last_name, first_name, birth_date, gender, "
                                      "language, phone, email, address, last_key, first_key)"), 12)
        , m_dossiers(db, QStringLiteral("INSERT INTO dossier (id, reference, reference_key, person_id, income_type, opened, "
                                        "closed, officer)"), 8)
        , m_placements(db, QStringLiteral("INSERT INTO placement (id, dossier_id, cell, start_date, end_date, officer, reason, "
                                          "outcome, outcome_detail, note)"), 10)
        , m_day(firstDay - 1, lastDay + 800)
    {
        // The search keys of every name, computed once.
        for (int o = 0; o < demo::kOriginCount; ++o) {
            const demo::NamePool &pool = demo::names(Origin(o));
            for (int list = 0; list < 3; ++list) {
                for (const QString &name : list == 0 ? pool.last : list == 1 ? pool.male : pool.female)
                    m_keys[size_t(o)][size_t(list)] << searchKey(name);
            }
        }
        for (Cell c : kAllCells)
            m_cellCodes[size_t(c)] = cellCode(c);
        for (Outcome o : kAllOutcomes)
            m_outcomeCodes[size_t(o)] = outcomeCode(o);
    }

    bool prepare() { return m_people.prepare() && m_dossiers.prepare() && m_placements.prepare(); }

    void person(PlannedPerson &p)
    {
        p.id = ++m_personCount;
        const demo::NamePool &lastPool = demo::names(p.origin);
        const demo::NamePool &firstPool = demo::names(p.firstNameOrigin);
        const QString &lastName = lastPool.last[p.last];
        const QString &firstName = p.female ? firstPool.female[p.first] : firstPool.male[p.first];
        QVariant email = nullText();
        if (p.email) {
            QString local = asciiKey(firstName) + QLatin1Char('.') + asciiKey(lastName);
            if (p.emailNumber)
                local += QString::number(p.emailNumber);
            email = QString(local + QLatin1Char('@') + m_domains[size_t(p.email - 1)]);
        }
        QVariant address = nullText();
        if (p.street >= 0) {
            const demo::Street &s = demo::streets()[p.street];
            address = p.language == Language::Dutch
                ? QString(s.nl + QLatin1Char(' ') + QString::number(p.houseNumber) + QLatin1String(", 1080 Sint-Jans-Molenbeek"))
                : QString(s.fr + QLatin1Char(' ') + QString::number(p.houseNumber) + QLatin1String(", 1080 Molenbeek-Saint-Jean"));
        }
        m_people.add({p.id, NationalNumber::make(QDate::fromJulianDay(p.birth), p.serial, p.bis), lastName, firstName,
                      m_day(p.birth), p.female ? m_female : m_male,
                      p.language == Language::Unknown ? nullText() : QVariant(m_languageCodes[size_t(p.language)]),
                      p.phone ? QVariant(phoneText(p)) : nullText(), email, address, m_keys[size_t(p.origin)][0][p.last],
                      m_keys[size_t(p.firstNameOrigin)][p.female ? 2 : 1][p.first]});
    }

    // Dossiers come in the order of opening; the reference counts within the year.
    qint64 dossier(const PlannedDossier &d, const PlannedPerson &p)
    {
        const int openedYear = QDate::fromJulianDay(d.opened).year();
        if (openedYear != m_year) {
            m_year = openedYear;
            m_sequence = 0;
        }
        const QString reference = QStringLiteral("D-%1-%2").arg(m_year).arg(++m_sequence, 6, 10, QLatin1Char('0'));
        const qint64 id = ++m_dossierCount;
        m_dossiers.add({id, reference, searchKey(reference), p.id, d.equivalent ? m_equivalent : m_leefloon, m_day(d.opened),
                        d.closed ? QVariant(m_day(d.closed)) : nullText(), demo::officers()[d.officer]});
        return id;
    }

    void placement(Random &r, qint64 dossierId, const PlannedPlacement &pl, bool dutch)
    {
        // The officers of each cell's team (indexes into demo::officers()).
        constexpr std::array<std::pair<int, int>, kCellCount> teams = {{{0, 5}, {5, 3}, {8, 3}, {11, 4}, {15, 3}, {18, 1}, {19, 1}}};
        const auto [teamStart, teamSize] = teams[size_t(pl.cell)];
        const QList<demo::Bilingual> &reasons = demo::referralReasons(pl.cell);
        QVariant detail = nullText();
        if (pl.outcome == int(Outcome::Job))
            detail = demo::contractTypes()[r.frequent(demo::contractTypes().size())].in(dutch);
        else if (pl.outcome == int(Outcome::TrainingCompleted))
            detail = demo::qualifications()[r.frequent(demo::qualifications().size())].in(dutch);
        const QString &officer = demo::officers()[teamStart + int(r.between(0, teamSize - 1))];
        const QString &reason = reasons[r.frequent(reasons.size())].in(dutch);
        const QVariant note = r.chance(40) ? QVariant(demo::notes()[r.frequent(demo::notes().size())].in(dutch)) : nullText();
        m_placements.add({++m_placementCount, dossierId, m_cellCodes[size_t(pl.cell)], m_day(pl.start),
                          pl.end ? QVariant(m_day(pl.end)) : nullText(), officer, reason,
                          pl.outcome >= 0 ? QVariant(m_outcomeCodes[size_t(pl.outcome)]) : nullText(), detail, note});
    }

    // Writes what is buffered, people before their dossiers before their placements (the
    // foreign keys are checked row by row). Flushing often keeps the buffers small.
    bool flushIfFull() { return m_placements.pending() < 4096 || flush(); }
    bool flush() { return m_people.flush() && m_dossiers.flush() && m_placements.flush(); }
    QSqlError error() const
    {
        for (const BatchInsert *b : {&m_people, &m_dossiers, &m_placements}) {
            if (b->error().isValid())
                return b->error();
        }
        return {};
    }

    int people() const { return int(m_personCount); }
    int placements() const { return int(m_placementCount); }

private:
    BatchInsert m_people;
    BatchInsert m_dossiers;
    BatchInsert m_placements;
    DayTexts m_day;
    std::array<std::array<QStringList, 3>, demo::kOriginCount> m_keys;
    std::array<QString, kCellCount> m_cellCodes;
    std::array<QString, kOutcomeCount> m_outcomeCodes;
    const std::array<QString, 4> m_languageCodes = {QString(), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("other")};
    const std::array<QString, 3> m_domains = {QStringLiteral("example.com"), QStringLiteral("example.net"),
                                              QStringLiteral("example.org")};
    const QString m_male = QStringLiteral("M");
    const QString m_female = QStringLiteral("F");
    const QString m_leefloon = incomeTypeCode(IncomeType::Leefloon);
    const QString m_equivalent = incomeTypeCode(IncomeType::Equivalent);
    qint64 m_personCount = 0;
    qint64 m_dossierCount = 0;
    qint64 m_placementCount = 0;
    int m_year = 0;
    int m_sequence = 0;
};

} // namespace

Status DemoGenerator::generate(Database &db, const Options &options, const Progress &progress, Summary *summary)
{
    if (options.dossiers < 1 || options.dossiers > 5'000'000)
        return Status::failure(tr("The number of demo dossiers must lie between 1 and 5,000,000."));
    if (!options.until.isValid() || options.until.year() < 1990 || options.until.year() > 2090)
        return Status::failure(tr("The last day of the demo history must be a date between 1990 and 2090."));
    const auto notWritten = [](const QString &why) { return Status::failure(tr("No demo data was written: %1").arg(why)); };
    const auto cancelled = [] { return Status::failure(tr("The demo data was cancelled; nothing was written.")); };

    // Hundreds of thousands of people at once: a bulk import, for whoever may import.
    if (Status allowed = Permissions::require(db, Permission::ImportData); !allowed)
        return allowed;

    // Two connection settings for the bulk write, restored afterwards (SQLite only; a server
    // is not asked):
    // - a page cache that holds the indexes being filled: names and national numbers arrive in
    //   random order, and the default 2 MB cache spills and rereads pages;
    // - statement journals in memory: every INSERT fires an audit trigger, so SQLite keeps a
    //   statement journal, by default in a temporary file (200,000 dossiers: 31 s → 21 s).
    QSqlDatabase sql = db.sql();
    QSqlQuery pragma(sql);
    const auto current = [&pragma](const QString &name) {
        const QVariant v = pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next() ? pragma.value(0) : QVariant();
        pragma.finish();
        return v;
    };
    const QVariant cacheSize = db.isServer() ? QVariant() : current(QStringLiteral("cache_size"));
    const QVariant tempStore = db.isServer() ? QVariant() : current(QStringLiteral("temp_store"));
    if (cacheSize.isValid())
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (tempStore.isValid())
        pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto restore = qScopeGuard([&] { // after the transaction below has ended
        if (cacheSize.isValid())
            pragma.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(cacheSize.toLongLong()));
        if (tempStore.isValid())
            pragma.exec(QStringLiteral("PRAGMA temp_store = ") + QString::number(tempStore.toInt()));
    });

    Transaction tx(sql);
    if (!tx.active())
        return notWritten(tx.error());
    {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM dossier), EXISTS (SELECT 1 FROM person), "
                                   "EXISTS (SELECT 1 FROM placement)"))
            || !q.next())
            return notWritten(StorageMessages::describe(q.lastError()));
        const int dossiers = q.value(0).toInt();
        if (dossiers > 0 || q.value(1).toBool() || q.value(2).toBool())
            return Status::failure(tr("Demo data is only written into an empty database, so that invented people are never "
                                      "mixed with real ones. This database already holds %n dossier(s). Create a new "
                                      "database for the demonstration.", nullptr, dossiers));
    }

    const qint64 last = options.until.toJulianDay();
    const qint64 first = options.until.addYears(-10).toJulianDay() + 1;
    Random planRandom(options.seed);
    std::vector<PlannedPerson> people;
    std::vector<PlannedDossier> dossiers;
    Planner(planRandom, first, last).plan(options.dossiers, people, dossiers);
    // Written in the order of opening: ids and reference numbers grow with time, as in a
    // real register.
    std::sort(dossiers.begin(), dossiers.end(), [](const PlannedDossier &a, const PlannedDossier &b) {
        return a.opened != b.opened ? a.opened < b.opened : a.order < b.order;
    });

    Writer writer(sql, first, last);
    if (!writer.prepare())
        return notWritten(StorageMessages::describe(writer.error()));
    Random pathRandom(quint64(options.seed) ^ 0x9e3779b97f4a7c15ULL);
    std::vector<PlannedPlacement> path;
    const int total = int(dossiers.size());
    const int step = std::max(1, total / 100);
    if (progress && !progress(0, total))
        return cancelled();
    for (int i = 0; i < total; ++i) {
        const PlannedDossier &d = dossiers[size_t(i)];
        PlannedPerson &p = people[size_t(d.person)];
        if (p.id == 0)
            writer.person(p);
        const qint64 dossierId = writer.dossier(d, p);
        demo::simulateTrajectory(pathRandom, d.opened, d.closed, last, path);
        for (const PlannedPlacement &placement : path)
            writer.placement(pathRandom, dossierId, placement, p.language == Language::Dutch);
        if (!writer.flushIfFull())
            return notWritten(StorageMessages::describe(writer.error()));
        if (progress && ((i + 1) % step == 0 || i + 1 == total)) {
            if (!writer.flush())
                return notWritten(StorageMessages::describe(writer.error()));
            if (!progress(i + 1, total))
                return cancelled();
        }
    }
    if (!writer.flush())
        return notWritten(StorageMessages::describe(writer.error()));
    if (Status s = dialect::followExplicitIds(sql, {QStringLiteral("person"), QStringLiteral("dossier"), QStringLiteral("placement")}); !s)
        return notWritten(s.error());
    if (Status s = PartnerDemo::generate(db, options.until); !s)
        return notWritten(s.error());
    if (Status s = Article60Demo::generate(db, options.until); !s)
        return notWritten(s.error());
    if (Status s = LiteracyDemo::generate(db, options.until); !s)
        return notWritten(s.error());
    int jobTablePlacements = 0;
    if (Status s = JobTableDemo::generate(db, options.until, options.seed, &jobTablePlacements); !s)
        return notWritten(s.error());
    if (Status s = demo::writeBalanceDemo(sql, options.until, options.seed); !s)
        return notWritten(s.error());
    if (Status s = tx.commit(); !s)
        return notWritten(s.error());
    db.refreshStatistics(); // so that the first search after the demo already uses its indexes
    if (summary)
        *summary = {writer.people(), total, writer.placements() + jobTablePlacements};
    return Status::success();
}

} // namespace parcours
