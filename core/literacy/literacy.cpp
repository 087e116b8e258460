// SPDX-License-Identifier: GPL-3.0-or-later
#include "literacy/literacy.h"

#include "partners/partners.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/cell.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

constexpr std::array<QLatin1String, kAllLiteracyLevels.size()> kLevelCodes = {
    QLatin1String("alpha_oral"), QLatin1String("alpha_1"),         QLatin1String("alpha_2"),   QLatin1String("alpha_3"),
    QLatin1String("alpha_4"),    QLatin1String("second_language"), QLatin1String("sufficient")};

QVariant text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The last day an enrolment can cover when it has no end: its course's end, or never.
const QString kNever = QStringLiteral("9999-12-31");

bool isCourseLanguage(const QString &code)
{
    return code == QLatin1String("nl") || code == QLatin1String("fr");
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(StorageMessages::describe(q.lastError()));
}

// "Lastname, Firstname (reference)" of a dossier, for messages.
QString personOf(const QSqlDatabase &sql, qint64 dossierId)
{
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("SELECT p.last_name, p.first_name, d.reference FROM dossier d JOIN person p ON p.id = d.person_id "
                             "WHERE d.id = ?"));
    q.addBindValue(dossierId);
    if (!q.exec() || !q.next())
        return QString::number(dossierId);
    return QStringLiteral("%1, %2 (%3)").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

const QString kCourseSelect = QStringLiteral(
    "SELECT c.id, c.name, c.partner_id, c.language, c.level, c.places, c.schedule, c.starts_on, c.ends_on, c.note, "
    "p.name FROM literacy_course c LEFT JOIN partner p ON p.id = c.partner_id ");

LiteracyCourse courseFrom(const QSqlQuery &q)
{
    LiteracyCourse c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.partnerId = q.value(2).toLongLong();
    c.language = q.value(3).toString();
    c.level = Literacy::levelFromCode(q.value(4).toString()).value_or(LiteracyLevel::Alpha1);
    c.places = q.value(5).toInt();
    c.schedule = q.value(6).toString();
    c.startsOn = dateOf(q.value(7));
    c.endsOn = dateOf(q.value(8));
    c.note = q.value(9).toString();
    c.partnerName = q.value(10).toString();
    return c;
}

std::optional<LiteracyCourse> loadCourse(const QSqlDatabase &sql, qint64 id)
{
    QSqlQuery q(sql);
    q.prepare(kCourseSelect + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return courseFrom(q);
}

const QString kEnrolmentSelect = QStringLiteral(
    "SELECT e.id, e.course_id, e.dossier_id, e.from_date, e.to_date, e.note, d.reference, pe.last_name, pe.first_name, "
    "c.name, pa.name FROM literacy_enrolment e JOIN literacy_course c ON c.id = e.course_id "
    "JOIN dossier d ON d.id = e.dossier_id JOIN person pe ON pe.id = d.person_id "
    "LEFT JOIN partner pa ON pa.id = c.partner_id ");

Enrolment enrolmentFrom(const QSqlQuery &q)
{
    Enrolment e;
    e.id = q.value(0).toLongLong();
    e.courseId = q.value(1).toLongLong();
    e.dossierId = q.value(2).toLongLong();
    e.from = dateOf(q.value(3));
    e.to = dateOf(q.value(4));
    e.note = q.value(5).toString();
    e.reference = q.value(6).toString();
    e.lastName = q.value(7).toString();
    e.firstName = q.value(8).toString();
    e.courseName = q.value(9).toString();
    e.partnerName = q.value(10).toString();
    return e;
}

const QString kWaitingSelect = QStringLiteral(
    "SELECT w.id, w.dossier_id, w.language, w.level, w.requested_on, w.note, w.left_on, w.outcome, w.enrolment_id, "
    "d.reference, p.last_name, p.first_name FROM literacy_waiting w JOIN dossier d ON d.id = w.dossier_id "
    "JOIN person p ON p.id = d.person_id ");

WaitingEntry waitingFrom(const QSqlQuery &q)
{
    WaitingEntry w;
    w.id = q.value(0).toLongLong();
    w.dossierId = q.value(1).toLongLong();
    w.language = q.value(2).toString();
    w.level = Literacy::levelFromCode(q.value(3).toString()).value_or(LiteracyLevel::Alpha1);
    w.requestedOn = dateOf(q.value(4));
    w.note = q.value(5).toString();
    w.leftOn = dateOf(q.value(6));
    const QString outcome = q.value(7).toString();
    w.outcome = outcome == QLatin1String("enrolled")    ? WaitingEntry::Outcome::Enrolled
                : outcome == QLatin1String("withdrawn") ? WaitingEntry::Outcome::Withdrawn
                                                        : WaitingEntry::Outcome::Waiting;
    w.enrolmentId = q.value(8).toLongLong();
    w.reference = q.value(9).toString();
    w.lastName = q.value(10).toString();
    w.firstName = q.value(11).toString();
    return w;
}

// The order of the waiting list: request date, then the order of recording.
const QString kWaitingOrder = QStringLiteral(" ORDER BY w.requested_on, w.id");

// The people in `courseId` at once, at most, on the days of [from, to] (to "9999-12-31" when
// open), leaving out the enrolment `except`. Enrolments are few a course: read them and sweep.
Result<int> mostAtOnce(const QSqlDatabase &sql, qint64 courseId, const QString &from, const QString &to, qint64 except)
{
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("SELECT e.from_date, coalesce(e.to_date, c.ends_on, '9999-12-31') FROM literacy_enrolment e "
                             "JOIN literacy_course c ON c.id = e.course_id WHERE e.course_id = ? AND e.id <> ? "
                             "AND e.from_date <= ? AND coalesce(e.to_date, c.ends_on, '9999-12-31') >= ?"));
    q.addBindValue(courseId);
    q.addBindValue(except);
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return Result<int>::failure(StorageMessages::describe(q.lastError()));
    QList<std::pair<QString, QString>> spans;
    while (q.next())
        spans.append({q.value(0).toString(), q.value(1).toString()});
    // The count only rises where a stay begins: check the first day and every later start.
    QStringList points = {from};
    for (const auto &span : std::as_const(spans)) {
        if (span.first > from)
            points << span.first;
    }
    int most = 0;
    for (const QString &point : std::as_const(points)) {
        const int n = int(std::count_if(spans.cbegin(), spans.cend(),
                                        [&point](const auto &s) { return s.first <= point && point <= s.second; }));
        most = std::max(most, n);
    }
    return most;
}

} // namespace

Literacy::Literacy(Database &db) : m_db(db) { }

QString Literacy::levelCode(LiteracyLevel level)
{
    return QString(kLevelCodes[size_t(level)]);
}

std::optional<LiteracyLevel> Literacy::levelFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (size_t i = 0; i < kLevelCodes.size(); ++i) {
        if (trimmed.compare(kLevelCodes[i], Qt::CaseInsensitive) == 0)
            return LiteracyLevel(i);
    }
    return std::nullopt;
}

QString Literacy::levelLabel(LiteracyLevel level)
{
    switch (level) {
    case LiteracyLevel::AlphaOral:
        return tr("Alpha oral");
    case LiteracyLevel::Alpha1:
        return tr("Alpha 1");
    case LiteracyLevel::Alpha2:
        return tr("Alpha 2");
    case LiteracyLevel::Alpha3:
        return tr("Alpha 3");
    case LiteracyLevel::Alpha4:
        return tr("Alpha 4");
    case LiteracyLevel::SecondLanguage:
        return tr("Foreign language course");
    case LiteracyLevel::Sufficient:
        return tr("Sufficient");
    }
    return {};
}

QString Literacy::levelDescription(LiteracyLevel level)
{
    switch (level) {
    case LiteracyLevel::AlphaOral:
        return tr("first learns to speak the course language");
    case LiteracyLevel::Alpha1:
        return tr("does not read or write yet");
    case LiteracyLevel::Alpha2:
        return tr("reads and writes words and short sentences");
    case LiteracyLevel::Alpha3:
        return tr("reads and writes short, simple texts");
    case LiteracyLevel::Alpha4:
        return tr("reads and writes everyday texts; prepares for a training");
    case LiteracyLevel::SecondLanguage:
        return tr("reads and writes another language; learns French or Dutch (FLE / NT2)");
    case LiteracyLevel::Sufficient:
        return tr("no literacy course needed");
    }
    return {};
}

QString Literacy::languageLabel(const QString &code)
{
    if (code == QLatin1String("nl"))
        return tr("Dutch");
    if (code == QLatin1String("fr"))
        return tr("French");
    return code;
}

// --- level tests -------------------------------------------------------------------------------

Result<qint64> Literacy::recordTest(const LevelTest &test)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (!test.date.isValid())
        return R::failure(tr("Date: the day of the level test is missing."));
    if (test.date > QDate::currentDate())
        return R::failure(tr("Date: the level test of %1 lies in the future; record it once it has been taken.")
                              .arg(iso(test.date)));
    if (!test.language.isEmpty() && !isCourseLanguage(test.language))
        return R::failure(tr("Language: \"%1\" is not nl or fr.").arg(test.language));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT opened FROM dossier WHERE id = ?"));
    q.addBindValue(test.dossierId);
    if (!q.exec())
        return R::failure(failed(q).error());
    if (!q.next())
        return R::failure(tr("There is no dossier number %1.").arg(test.dossierId));
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO literacy_test (dossier_id, test_date, level, language, note) VALUES (?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(test.dossierId);
    q.addBindValue(iso(test.date));
    q.addBindValue(levelCode(test.level));
    q.addBindValue(text(test.language));
    q.addBindValue(text(test.note));
    if (!q.exec())
        return R::failure(failed(q).error());
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Result<QList<LevelTest>> Literacy::tests(qint64 dossierId) const
{
    using R = Result<QList<LevelTest>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, dossier_id, test_date, level, language, note FROM literacy_test WHERE dossier_id = ? "
                             "ORDER BY test_date DESC, id DESC"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return R::failure(failed(q).error());
    QList<LevelTest> list;
    while (q.next()) {
        LevelTest t;
        t.id = q.value(0).toLongLong();
        t.dossierId = q.value(1).toLongLong();
        t.date = dateOf(q.value(2));
        t.level = levelFromCode(q.value(3).toString()).value_or(LiteracyLevel::Alpha1);
        t.language = q.value(4).toString();
        t.note = q.value(5).toString();
        list.append(t);
    }
    return list;
}

// --- courses -----------------------------------------------------------------------------------

namespace {

Status validateCourse(Database &db, const LiteracyCourse &c)
{
    if (c.name.trimmed().isEmpty())
        return Status::failure(Literacy::tr("Name: a course needs a name."));
    if (!isCourseLanguage(c.language))
        return Status::failure(Literacy::tr("Language: a course is given in Dutch (nl) or French (fr), not \"%1\".").arg(c.language));
    if (c.level == LiteracyLevel::Sufficient)
        return Status::failure(Literacy::tr("Level: \"%1\" is a test result, not the level of a course.")
                                   .arg(Literacy::levelLabel(c.level)));
    if (c.places < 1 || c.places > 999)
        return Status::failure(Literacy::tr("Places: a course has from 1 to 999 places, not %1.").arg(c.places));
    if (!c.startsOn.isValid())
        return Status::failure(Literacy::tr("Start: the first day of the course is missing."));
    if (c.endsOn.isValid() && c.endsOn < c.startsOn)
        return Status::failure(Literacy::tr("End: the course cannot end (%1) before it starts (%2).").arg(iso(c.endsOn), iso(c.startsOn)));
    if (c.partnerId != 0) {
        Result<Partner> partner = Partners(db).get(c.partnerId);
        if (!partner)
            return Status::failure(partner.error());
        if (partner->kind != PartnerKind::Literacy)
            return Status::failure(Literacy::tr("Partner: %1 is not a literacy partner (it is listed as \"%2\").")
                                       .arg(partner->name, Partners::kindLabel(partner->kind)));
    }
    return Status::success();
}

} // namespace

Result<qint64> Literacy::addCourse(const LiteracyCourse &course)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    if (Status valid = validateCourse(m_db, course); !valid)
        return R::failure(valid.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO literacy_course (name, partner_id, language, level, places, schedule, starts_on, "
                             "ends_on, note) VALUES (?,?,?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(course.name.trimmed());
    q.addBindValue(course.partnerId != 0 ? QVariant(course.partnerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(course.language);
    q.addBindValue(levelCode(course.level));
    q.addBindValue(course.places);
    q.addBindValue(text(course.schedule));
    q.addBindValue(iso(course.startsOn));
    q.addBindValue(day(course.endsOn));
    q.addBindValue(text(course.note));
    if (!q.exec())
        return R::failure(failed(q).error());
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Literacy::updateCourse(const LiteracyCourse &course)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    if (Status valid = validateCourse(m_db, course); !valid)
        return valid;
    // An officer enrolling while another changes the course: enrolments lock the course row
    // first too, so the checks below see every enrolment committed before this change, and
    // an enrolment after it sees the new places and dates.
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("literacy_course"), course.id); !s)
        return s;
    const auto stored = loadCourse(m_db.sql(), course.id);
    if (!stored)
        return Status::failure(tr("There is no course number %1.").arg(course.id));
    // The enrolments stay inside the course's period: moving its dates past one of them would
    // leave a person in a course that does not run then.
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT dossier_id, from_date FROM literacy_enrolment WHERE course_id = ? AND from_date < ? "
                                 "ORDER BY from_date, id LIMIT 1"));
        q.addBindValue(course.id);
        q.addBindValue(iso(course.startsOn));
        if (!q.exec())
            return failed(q);
        if (q.next())
            return Status::failure(tr("Start: %1 is in the course from %2; the course cannot start later, on %3. Change that "
                                      "enrolment first.")
                                       .arg(personOf(m_db.sql(), q.value(0).toLongLong()), q.value(1).toString(),
                                            iso(course.startsOn)));
    }
    if (course.endsOn.isValid()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT dossier_id, coalesce(to_date, from_date) AS last_day FROM literacy_enrolment "
                                 "WHERE course_id = ? AND coalesce(to_date, from_date) > ? ORDER BY last_day DESC, id LIMIT 1"));
        q.addBindValue(course.id);
        q.addBindValue(iso(course.endsOn));
        if (!q.exec())
            return failed(q);
        if (q.next())
            return Status::failure(tr("End: %1 is in the course until %2; the course cannot end earlier, on %3. End that "
                                      "enrolment first.")
                                       .arg(personOf(m_db.sql(), q.value(0).toLongLong()), q.value(1).toString(),
                                            iso(course.endsOn)));
    }
    // Fewer places than people already in it at once would make the course over-full.
    const QString end = course.endsOn.isValid() ? iso(course.endsOn) : kNever;
    Result<int> most = mostAtOnce(m_db.sql(), course.id, iso(course.startsOn), end, 0);
    if (!most)
        return Status::failure(most.error());
    if (most.value() > course.places)
        return Status::failure(tr("Places: %1 people follow the course \"%2\" at the same time, so it needs at least %1 places.")
                                   .arg(most.value())
                                   .arg(stored->name));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE literacy_course SET name = ?, partner_id = ?, language = ?, level = ?, places = ?, "
                             "schedule = ?, starts_on = ?, ends_on = ?, note = ? WHERE id = ?"));
    q.addBindValue(course.name.trimmed());
    q.addBindValue(course.partnerId != 0 ? QVariant(course.partnerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(course.language);
    q.addBindValue(levelCode(course.level));
    q.addBindValue(course.places);
    q.addBindValue(text(course.schedule));
    q.addBindValue(iso(course.startsOn));
    q.addBindValue(day(course.endsOn));
    q.addBindValue(text(course.note));
    q.addBindValue(course.id);
    if (!q.exec())
        return failed(q);
    return tx.commit();
}

Result<LiteracyCourse> Literacy::course(qint64 id) const
{
    using R = Result<LiteracyCourse>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    const auto c = loadCourse(m_db.sql(), id);
    if (!c)
        return R::failure(tr("There is no course number %1.").arg(id));
    return *c;
}

Result<QList<LiteracyCourse>> Literacy::courses(const QDate &onDay) const
{
    using R = Result<QList<LiteracyCourse>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    const QString d = iso(onDay);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // `taken` on the day clamped into the course's period; `waiting` for its language and level.
    q.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.partner_id, c.language, c.level, c.places, c.schedule, c.starts_on, c.ends_on, c.note, p.name, "
        "(SELECT count(*) FROM literacy_enrolment e WHERE e.course_id = c.id "
        " AND e.from_date <= k.day AND coalesce(e.to_date, c.ends_on, '9999-12-31') >= k.day), "
        "(SELECT count(*) FROM literacy_waiting w WHERE w.language = c.language AND w.level = c.level AND w.left_on IS NULL), "
        "CASE WHEN c.starts_on <= ? AND coalesce(c.ends_on, '9999-12-31') >= ? THEN 0 "
        "     WHEN c.starts_on > ? THEN 1 ELSE 2 END AS running "
        "FROM literacy_course c LEFT JOIN partner p ON p.id = c.partner_id "
        "JOIN (SELECT id, CASE WHEN starts_on > ? THEN starts_on WHEN ends_on IS NOT NULL AND ends_on < ? THEN ends_on "
        "      ELSE ? END AS day FROM literacy_course) k ON k.id = c.id "
        "ORDER BY running, c.language, c.level, lower(c.name), c.id"));
    for (int i = 0; i < 6; ++i)
        q.addBindValue(d);
    if (!q.exec())
        return R::failure(failed(q).error());
    QList<LiteracyCourse> list;
    while (q.next()) {
        LiteracyCourse c = courseFrom(q);
        c.taken = q.value(11).toInt();
        c.waiting = q.value(12).toInt();
        list.append(c);
    }
    return list;
}

// --- enrolments --------------------------------------------------------------------------------

Result<QList<Enrolment>> Literacy::enrolmentsWhere(const QString &whereOrder, qint64 id) const
{
    using R = Result<QList<Enrolment>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kEnrolmentSelect + whereOrder);
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(failed(q).error());
    QList<Enrolment> list;
    while (q.next())
        list.append(enrolmentFrom(q));
    return list;
}

Result<QList<Enrolment>> Literacy::enrolments(qint64 courseId) const
{
    return enrolmentsWhere(QStringLiteral("WHERE e.course_id = ? ORDER BY e.from_date, pe.last_key, pe.first_key, e.id"),
                           courseId);
}

Result<QList<Enrolment>> Literacy::enrolmentsOf(qint64 dossierId) const
{
    return enrolmentsWhere(QStringLiteral("WHERE e.dossier_id = ? ORDER BY e.from_date DESC, e.id DESC"), dossierId);
}

Status Literacy::checkIn(const Enrolment &e, const LiteracyCourse &course, Refusal *refusal) const
{
    const QSqlDatabase sql = m_db.sql();
    Refusal ignored = Refusal::None;
    Refusal &why = refusal ? *refusal : ignored;
    why = Refusal::Other;
    if (!e.from.isValid())
        return Status::failure(tr("From: the first day in the course is missing."));
    if (e.to.isValid() && e.to < e.from)
        return Status::failure(tr("Until: the enrolment cannot end (%1) before it starts (%2).").arg(iso(e.to), iso(e.from)));
    const QDate last = e.to.isValid() ? e.to : course.endsOn;
    if (e.from < course.startsOn || (course.endsOn.isValid() && (e.from > course.endsOn || last > course.endsOn)))
        return Status::failure(tr("The course \"%1\" runs from %2 to %3: an enrolment from %4 lies outside it.")
                                   .arg(course.name, iso(course.startsOn),
                                        course.endsOn.isValid() ? iso(course.endsOn) : tr("further notice"), iso(e.from)));
    const QString person = personOf(sql, e.dossierId);
    {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT opened, closed FROM dossier WHERE id = ?"));
        q.addBindValue(e.dossierId);
        if (!q.exec())
            return failed(q);
        if (!q.next())
            return Status::failure(tr("There is no dossier number %1.").arg(e.dossierId));
        const QDate opened = dateOf(q.value(0));
        const QDate closed = dateOf(q.value(1));
        if (e.from < opened || (closed.isValid() && e.from > closed))
            return Status::failure(tr("The dossier of %1 is not open on %2.").arg(person, iso(e.from)));
    }
    const QString from = iso(e.from);
    const QString to = last.isValid() ? iso(last) : kNever;
    // One course at a time, wherever it is given.
    {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral(
            "SELECT c.name, p.name, e.from_date, coalesce(e.to_date, c.ends_on) FROM literacy_enrolment e "
            "JOIN literacy_course c ON c.id = e.course_id LEFT JOIN partner p ON p.id = c.partner_id "
            "WHERE e.dossier_id = ? AND e.id <> ? AND e.from_date <= ? AND coalesce(e.to_date, c.ends_on, '9999-12-31') >= ? "
            "ORDER BY e.from_date LIMIT 1"));
        q.addBindValue(e.dossierId);
        q.addBindValue(e.id);
        q.addBindValue(to);
        q.addBindValue(from);
        if (!q.exec())
            return failed(q);
        if (q.next()) {
            const QString where = q.value(1).isNull() ? tr("at the centre") : tr("at %1").arg(q.value(1).toString());
            const QString until = q.value(3).isNull() ? tr("further notice") : q.value(3).toString();
            why = Refusal::AlreadyEnrolled;
            return Status::failure(tr("%1 already attends the course \"%2\" %3 from %4 to %5. A person follows one literacy "
                                      "course at a time, at the centre or at a partner: end that enrolment first.")
                                       .arg(person, q.value(0).toString(), where, q.value(2).toString(), until));
        }
    }
    Result<int> most = mostAtOnce(sql, course.id, from, to, e.id);
    if (!most)
        return Status::failure(most.error());
    if (most.value() >= course.places) {
        why = Refusal::Full;
        return Status::failure(tr("The course \"%1\" is full: all its %n place(s) are taken during this period. Put %2 on "
                                  "the waiting list.", nullptr, course.places)
                                   .arg(course.name, person));
    }
    why = Refusal::None;
    return Status::success();
}

Status Literacy::check(const Enrolment &enrolment, Refusal *refusal) const
{
    if (refusal)
        *refusal = Refusal::Other;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    const auto course = loadCourse(m_db.sql(), enrolment.courseId);
    if (!course)
        return Status::failure(tr("There is no course number %1.").arg(enrolment.courseId));
    return checkIn(enrolment, *course, refusal);
}

QStringList Literacy::warnings(const Enrolment &e) const
{
    QStringList list;
    if (!Permissions::require(m_db, Permission::ViewRegister) || !e.from.isValid())
        return list;
    const auto course = loadCourse(m_db.sql(), e.courseId);
    if (!course)
        return list;
    const QDate last = e.to.isValid() ? e.to : course->endsOn;
    QSqlQuery q(m_db.sql());
    // In the literacy cell at some time during the enrolment: now, or from a later day of it.
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM placement WHERE dossier_id = ? AND cell = 'literacy' "
                             "AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)), "
                             "(SELECT cell FROM placement WHERE dossier_id = ? AND start_date <= ? "
                             " AND (end_date IS NULL OR end_date >= ?))"));
    q.addBindValue(e.dossierId);
    q.addBindValue(last.isValid() ? iso(last) : kNever);
    q.addBindValue(iso(e.from));
    q.addBindValue(e.dossierId);
    q.addBindValue(iso(e.from));
    q.addBindValue(iso(e.from));
    if (!q.exec() || !q.next() || q.value(0).toBool())
        return list;
    const auto cell = q.value(1).isNull() ? std::nullopt : cellFromCode(q.value(1).toString());
    const QString now = cell ? cellLabel(*cell) : tr("in no cell");
    list << tr("%1 has no step in the literacy cell during this enrolment (on %2: %3). Refer the person to the literacy "
               "cell in the trajectory if the course is part of it.")
                .arg(personOf(m_db.sql(), e.dossierId), iso(e.from), now);
    return list;
}

Result<qint64> Literacy::enrolIn(const Enrolment &e)
{
    using R = Result<qint64>;
    // Several officers at once: the course's places and the person's one course at a time are
    // checked on what the other writers committed (the course first, then the dossier: the
    // order every writer locks in, so none waits for the other in a circle).
    if (Status s = lockCourseAndDossier(e.courseId, e.dossierId); !s)
        return R::failure(s.error());
    const auto course = loadCourse(m_db.sql(), e.courseId);
    if (!course)
        return R::failure(tr("There is no course number %1.").arg(e.courseId));
    Enrolment fresh = e;
    fresh.id = 0;
    if (Status ok = checkIn(fresh, *course); !ok)
        return R::failure(ok.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO literacy_enrolment (course_id, dossier_id, from_date, to_date, note) VALUES (?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(e.courseId);
    q.addBindValue(e.dossierId);
    q.addBindValue(iso(e.from));
    q.addBindValue(day(e.to));
    q.addBindValue(text(e.note));
    if (!q.exec())
        return R::failure(failed(q).error());
    const qint64 id = dialect::insertedId(q);
    // The place is found: off the waiting list of the course's language and level.
    q.prepare(QStringLiteral("UPDATE literacy_waiting SET left_on = ?, outcome = 'enrolled', enrolment_id = ? "
                             "WHERE dossier_id = ? AND language = ? AND level = ? AND left_on IS NULL"));
    q.addBindValue(iso(e.from));
    q.addBindValue(id);
    q.addBindValue(e.dossierId);
    q.addBindValue(course->language);
    q.addBindValue(levelCode(course->level));
    if (!q.exec())
        return R::failure(failed(q).error());
    return id;
}

Status Literacy::lockCourseAndDossier(qint64 courseId, qint64 dossierId) const
{
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("literacy_course"), courseId); !s)
        return s;
    return dialect::lockForUpdate(m_db.sql(), QStringLiteral("dossier"), dossierId);
}

Result<qint64> Literacy::enrol(const Enrolment &enrolment)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    Result<qint64> id = enrolIn(enrolment);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Literacy::endEnrolment(qint64 enrolmentId, const QDate &to)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT from_date FROM literacy_enrolment WHERE id = ?"));
    q.addBindValue(enrolmentId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(tr("There is no enrolment number %1.").arg(enrolmentId));
    const QDate from = dateOf(q.value(0));
    q.finish();
    if (!to.isValid() || to < from)
        return Status::failure(tr("Until: the enrolment starts on %1; it cannot end before.").arg(iso(from)));
    q.prepare(QStringLiteral("UPDATE literacy_enrolment SET to_date = ? WHERE id = ?"));
    q.addBindValue(iso(to));
    q.addBindValue(enrolmentId);
    if (!q.exec())
        return failed(q);
    return tx.commit();
}

// --- waiting list ------------------------------------------------------------------------------

Result<qint64> Literacy::addToWaitingList(qint64 dossierId, const QString &language, LiteracyLevel level,
                                          const QDate &requestedOn, const QString &note)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (!isCourseLanguage(language))
        return R::failure(tr("Language: a course is given in Dutch (nl) or French (fr), not \"%1\".").arg(language));
    if (level == LiteracyLevel::Sufficient)
        return R::failure(tr("Level: \"%1\" is a test result, not the level of a course.").arg(levelLabel(level)));
    if (!requestedOn.isValid())
        return R::failure(tr("Requested on: the day of the request is missing."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM dossier WHERE id = ?"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return R::failure(failed(q).error());
    if (!q.next())
        return R::failure(tr("There is no dossier number %1.").arg(dossierId));
    q.finish();
    q.prepare(QStringLiteral("SELECT language, level, requested_on FROM literacy_waiting WHERE dossier_id = ? AND left_on IS NULL"));
    q.addBindValue(dossierId);
    if (!q.exec())
        return R::failure(failed(q).error());
    if (q.next()) {
        const QString list = languageLabel(q.value(0).toString()) + QLatin1Char(' ')
            + levelLabel(levelFromCode(q.value(1).toString()).value_or(LiteracyLevel::Alpha1));
        return R::failure(tr("%1 is already on the waiting list (%2) since %3.")
                              .arg(personOf(m_db.sql(), dossierId), list, q.value(2).toString()));
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO literacy_waiting (dossier_id, language, level, requested_on, note) VALUES (?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(dossierId);
    q.addBindValue(language);
    q.addBindValue(levelCode(level));
    q.addBindValue(iso(requestedOn));
    q.addBindValue(text(note));
    if (!q.exec())
        return R::failure(failed(q).error());
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Result<QList<WaitingEntry>> Literacy::waitingList(const QString &language, LiteracyLevel level) const
{
    using R = Result<QList<WaitingEntry>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kWaitingSelect + QStringLiteral("WHERE w.language = ? AND w.level = ? AND w.left_on IS NULL") + kWaitingOrder);
    q.addBindValue(language);
    q.addBindValue(levelCode(level));
    if (!q.exec())
        return R::failure(failed(q).error());
    QList<WaitingEntry> list;
    while (q.next()) {
        WaitingEntry w = waitingFrom(q);
        w.position = int(list.size()) + 1;
        list.append(w);
    }
    return list;
}

Result<std::optional<WaitingEntry>> Literacy::nextWaiting(qint64 courseId) const
{
    using R = Result<std::optional<WaitingEntry>>;
    Result<LiteracyCourse> c = course(courseId);
    if (!c)
        return R::failure(c.error());
    Result<QList<WaitingEntry>> list = waitingList(c->language, c->level);
    if (!list)
        return R::failure(list.error());
    if (list->isEmpty())
        return std::optional<WaitingEntry>();
    return std::optional<WaitingEntry>(list->first());
}

Result<qint64> Literacy::enrolNext(qint64 courseId, const QDate &from)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    // Two officers taking the next person at once take two people, not the same one twice.
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("literacy_course"), courseId); !s)
        return R::failure(s.error());
    Result<std::optional<WaitingEntry>> next = nextWaiting(courseId);
    if (!next)
        return R::failure(next.error());
    if (!next->has_value())
        return R::failure(tr("Nobody is waiting for a place in this course's language and level."));
    Enrolment e;
    e.courseId = courseId;
    e.dossierId = (*next)->dossierId;
    e.from = from;
    Result<qint64> id = enrolIn(e);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Literacy::withdraw(qint64 waitingId, const QDate &on)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (!on.isValid())
        return Status::failure(tr("The day the person leaves the waiting list is missing."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE literacy_waiting SET left_on = ?, outcome = 'withdrawn' WHERE id = ? AND left_on IS NULL"));
    q.addBindValue(iso(on));
    q.addBindValue(waitingId);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("This request is no longer on the waiting list."));
    return tx.commit();
}

} // namespace parcours
