// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/literacydemo.h"

#include "literacy/literacy.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace parcours {

namespace {

Status failed(const QSqlQuery &q)
{
    return Status::failure(StorageMessages::describe(q.lastError()));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct DemoCourse
{
    const char *name;
    const char *partner; // nullptr: at the centre
    const char *language;
    LiteracyLevel level;
    int places;
    const char *schedule;
};

// Names and schedules in the language of the course, as the providers write them.
constexpr DemoCourse kCourses[] = {
    {"Alpha oral — matin", "Lire et Écrire Bruxelles", "fr", LiteracyLevel::AlphaOral, 15, "lun., mar., jeu. 9h–12h"},
    {"Alpha 1 — Borne", "Lire et Écrire Bruxelles", "fr", LiteracyLevel::Alpha1, 12, "lun. au jeu. 9h–12h"},
    {"Alpha 2 — après-midi", "Collectif Alpha", "fr", LiteracyLevel::Alpha2, 12, "lun., mer., jeu. 13h30–16h30"},
    {"Alpha 3 — soir", "Collectif Alpha", "fr", LiteracyLevel::Alpha3, 10, "mar., jeu. 18h–21h"},
    {"Alfa NT2 — beginners", "CVO Brussel — Basiseducatie", "nl", LiteracyLevel::Alpha1, 12, "ma, di, do 9u–12u"},
    {"Alfa 2 Nederlands", "CVO Brussel — Basiseducatie", "nl", LiteracyLevel::Alpha2, 12, "ma tot do 13u–16u"},
    {"Alpha 1 au CPAS", nullptr, "fr", LiteracyLevel::Alpha1, 8, "mar., ven. 9h–12h"},
    {"FLE — Espace Emploi", nullptr, "fr", LiteracyLevel::SecondLanguage, 14, "lun., mer. 9h–12h"},
    {"Alpha 4 — vers la formation", nullptr, "fr", LiteracyLevel::Alpha4, 10, "mer., ven. 13h–16h"},
};

// The level of a demo test from the dossier's id (the same at every test of a dossier): about 10 % alpha oral, 30 % alpha 1,
// 20 % alpha 2, 15 % alpha 3, 10 % alpha 4, 15 % a foreign-language course.
const char *const kLevelCase = "CASE (pl.dossier_id * 7) % 20 WHEN 0 THEN 'alpha_oral' WHEN 1 THEN 'alpha_oral' "
                               "WHEN 2 THEN 'alpha_1' WHEN 3 THEN 'alpha_1' WHEN 4 THEN 'alpha_1' WHEN 5 THEN 'alpha_1' "
                               "WHEN 6 THEN 'alpha_1' WHEN 7 THEN 'alpha_1' WHEN 8 THEN 'alpha_2' WHEN 9 THEN 'alpha_2' "
                               "WHEN 10 THEN 'alpha_2' WHEN 11 THEN 'alpha_2' WHEN 12 THEN 'alpha_3' WHEN 13 THEN 'alpha_3' "
                               "WHEN 14 THEN 'alpha_3' WHEN 15 THEN 'alpha_4' WHEN 16 THEN 'alpha_4' "
                               "ELSE 'second_language' END";

int scalar(QSqlQuery &q, const QString &sql, const QVariantList &values, bool *ok)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        *ok = false;
        return 0;
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

// A target of about `value`, rounded to a number a manager would write down.
int roundTarget(double value)
{
    if (value < 20)
        return std::max(1, int(std::lround(value)));
    return int(std::lround(value / 5.0)) * 5;
}

} // namespace

Status LiteracyDemo::generate(Database &db, const QDate &until)
{
    QSqlDatabase sql = db.sql();
    QSqlQuery q(sql);
    // Level tests: one on the first day of every literacy placement up to `until`.
    if (!q.exec(QStringLiteral("INSERT INTO literacy_test (dossier_id, test_date, level, language) "
                               "SELECT pl.dossier_id, pl.start_date, %1, CASE WHEN pe.language = 'nl' THEN 'nl' ELSE 'fr' END "
                               "FROM placement pl JOIN dossier d ON d.id = pl.dossier_id JOIN person pe ON pe.id = d.person_id "
                               "WHERE pl.cell = 'literacy' AND pl.start_date <= '%2' ORDER BY pl.start_date, pl.id")
                    .arg(QString::fromLatin1(kLevelCase), iso(until))))
        return failed(q);

    // The courses of the school year that holds `until`.
    const int schoolYear = until.month() >= 9 ? until.year() : until.year() - 1;
    const QDate starts(schoolYear, 9, 1);
    const QDate ends(schoolYear + 1, 6, 30);
    struct Course
    {
        qint64 id;
        QString language;
        QString level;
        int places;
    };
    QList<Course> courses;
    for (const DemoCourse &c : kCourses) {
        QVariant partner(QMetaType(QMetaType::LongLong));
        if (c.partner) {
            q.prepare(QStringLiteral("SELECT id FROM partner WHERE name = ?"));
            q.addBindValue(QString::fromUtf8(c.partner));
            if (!q.exec())
                return failed(q);
            if (q.next())
                partner = q.value(0);
            q.finish();
        }
        q.prepare(QStringLiteral("INSERT INTO literacy_course (name, partner_id, language, level, places, schedule, starts_on, "
                                 "ends_on) VALUES (?,?,?,?,?,?,?,?)")
                  + dialect::returningId(sql));
        q.addBindValue(QString::fromUtf8(c.name));
        q.addBindValue(partner);
        q.addBindValue(QString::fromLatin1(c.language));
        q.addBindValue(Literacy::levelCode(c.level));
        q.addBindValue(c.places);
        q.addBindValue(QString::fromUtf8(c.schedule));
        q.addBindValue(iso(starts));
        q.addBindValue(iso(ends));
        if (!q.exec())
            return failed(q);
        courses.append({dialect::insertedId(q), QString::fromLatin1(c.language), Literacy::levelCode(c.level), c.places});
    }

    // People in the literacy cell on `until`, by their test (the latest one), oldest first: the
    // first ones of each language and level take the places, a dozen more wait. Read at most a
    // few thousand rows, whatever the size of the demo.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT pl.dossier_id, pl.start_date, t.language, t.level FROM placement pl "
        "JOIN dossier d ON d.id = pl.dossier_id "
        "JOIN literacy_test t ON t.dossier_id = pl.dossier_id AND t.test_date = pl.start_date "
        "WHERE pl.cell = 'literacy' AND pl.start_date <= ? AND (pl.end_date IS NULL OR pl.end_date >= ?) "
        "AND (d.closed IS NULL OR d.closed >= ?) ORDER BY pl.start_date, pl.id LIMIT 4000"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(iso(until));
    if (!q.exec())
        return failed(q);
    struct Candidate
    {
        qint64 dossierId;
        QDate since;
        QString key; // language + level
    };
    QList<Candidate> candidates;
    while (q.next())
        candidates.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                           q.value(2).toString() + QLatin1Char('/') + q.value(3).toString()});
    q.finish();
    q.setForwardOnly(false);

    QHash<QString, int> waiting;
    QList<int> taken(courses.size(), 0);
    for (const Candidate &c : std::as_const(candidates)) {
        int chosen = -1;
        for (qsizetype i = 0; i < courses.size(); ++i) {
            const Course &course = courses.at(i);
            // Two places of every course stay free for the next requests, but the second
            // course is filled: a full course, with its waiting list.
            const int room = i == 1 ? course.places : course.places - 2;
            if (course.language + QLatin1Char('/') + course.level == c.key && taken.at(i) < room) {
                chosen = int(i);
                break;
            }
        }
        if (chosen >= 0) {
            const QDate from = std::max(starts, c.since);
            if (from > ends)
                continue;
            q.prepare(QStringLiteral("INSERT INTO literacy_enrolment (course_id, dossier_id, from_date) VALUES (?,?,?)"));
            q.addBindValue(courses.at(chosen).id);
            q.addBindValue(c.dossierId);
            q.addBindValue(iso(from));
            if (!q.exec())
                return failed(q);
            ++taken[chosen];
            continue;
        }
        int &n = waiting[c.key];
        const QStringList key = c.key.split(QLatin1Char('/'));
        if (n >= 12 || key.value(1) == QLatin1String("sufficient"))
            continue;
        ++n;
        q.prepare(QStringLiteral("INSERT INTO literacy_waiting (dossier_id, language, level, requested_on) VALUES (?,?,?,?)"));
        q.addBindValue(c.dossierId);
        q.addBindValue(key.value(0));
        q.addBindValue(key.value(1));
        q.addBindValue(iso(c.since));
        if (!q.exec())
            return failed(q);
    }

    // Yearly targets, scaled from the seed by the open dossiers (Molenbeek: about 5,400).
    bool ok = true;
    const int open = scalar(q, QStringLiteral("SELECT count(*) FROM dossier WHERE opened <= ? AND (closed IS NULL OR closed >= ?)"),
                            {iso(until), iso(until)}, &ok);
    if (!ok)
        return failed(q);
    const double scale = double(std::max(open, 1)) / 5400.0;
    for (int year = until.year() - 3; year <= until.year(); ++year) {
        // Work: a tenth more placements than the year before.
        const int workBefore = scalar(q, QStringLiteral("SELECT count(*) FROM placement WHERE cell = 'work' AND start_date >= ? "
                                                        "AND start_date <= ?"),
                                      {iso(QDate(year - 1, 1, 1)), iso(QDate(year - 1, 12, 31))}, &ok);
        if (!ok)
            return failed(q);
        const struct
        {
            const char *cell;
            const char *measure;
            int target;
            const char *note;
        } targets[] = {
            {"literacy", "literacy_tests", roundTarget(850 * scale), "850 in Molenbeek (seed), scaled"},
            {"studies", "net_change", roundTarget(50 * scale), "50 more in Molenbeek (seed), scaled"},
            {"work", "placements_started", roundTarget(workBefore * 1.1), nullptr},
            {"article60", "placements_started", roundTarget(400 * scale), "400 in Molenbeek (seed), scaled"},
        };
        for (const auto &t : targets) {
            q.prepare(QStringLiteral("INSERT INTO yearly_target (year, cell, measure, target, note) VALUES (?,?,?,?,?)"));
            q.addBindValue(year);
            q.addBindValue(QString::fromLatin1(t.cell));
            q.addBindValue(QString::fromLatin1(t.measure));
            q.addBindValue(t.target);
            q.addBindValue(t.note ? QVariant(QString::fromLatin1(t.note)) : QVariant(QMetaType(QMetaType::QString)));
            if (!q.exec())
                return failed(q);
        }
    }
    return Status::success();
}

} // namespace parcours
