// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/balance.h"

#include "trajectory/isodate.h"

#include <QJsonArray>
#include <QSet>

namespace parcours {

namespace {

template<typename E, size_t N>
QString codeOf(E value, const std::array<E, N> &all, const char *const (&codes)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (all[i] == value)
            return QString::fromLatin1(codes[i]);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> fromCode(const QString &code, const std::array<E, N> &all, const char *const (&codes)[N])
{
    const QString c = code.trimmed().toLower();
    for (size_t i = 0; i < N; ++i) {
        if (c == QLatin1String(codes[i]))
            return all[i];
    }
    return std::nullopt;
}

const char *const kEducationCodes[] = {"unknown", "none", "primary", "lower_secondary", "upper_secondary", "higher_short", "higher_long"};
const char *const kRecognitionCodes[] = {"belgian", "recognised", "pending", "not_recognised"};
const char *const kLevelCodes[] = {"", "a1", "a2", "b1", "b2", "c1", "c2"};
const char *const kObstacleCodes[] = {"health",   "mental_health", "addiction", "criminal_record", "language", "housing",
                                      "childcare", "mobility",     "debts",     "administration",  "other"};
const char *const kStateCodes[] = {"identified", "being_resolved", "resolved"};
constexpr std::array<ProjectJudgement, 3> kAllJudgements = {ProjectJudgement::NotJudged, ProjectJudgement::Feasible,
                                                             ProjectJudgement::NotFeasible};
const char *const kJudgementCodes[] = {"not_judged", "feasible", "not_feasible"};

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list << item.toString();
    return list;
}

QJsonArray obstaclesToJson(const QList<Obstacle> &obstacles, bool sensitive)
{
    QJsonArray a;
    for (const Obstacle &o : obstacles) {
        if (isSensitive(o.kind) != sensitive)
            continue;
        a.append(QJsonObject{{QStringLiteral("kind"), obstacleKindCode(o.kind)},
                             {QStringLiteral("state"), obstacleStateCode(o.state)},
                             {QStringLiteral("note"), o.note}});
    }
    return a;
}

void obstaclesFromJson(const QJsonValue &v, QList<Obstacle> &into)
{
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        const auto kind = obstacleKindFromCode(o.value(QStringLiteral("kind")).toString());
        const auto state = obstacleStateFromCode(o.value(QStringLiteral("state")).toString());
        if (kind && state)
            into.append({*kind, *state, o.value(QStringLiteral("note")).toString()});
    }
}

QString dateText(const QDate &d)
{
    return isodate::toIso(d);
}

} // namespace

const Obstacle *Balance::obstacle(ObstacleKind kind) const
{
    for (const Obstacle &o : obstacles) {
        if (o.kind == kind)
            return &o;
    }
    return nullptr;
}

bool Balance::hasSensitive() const
{
    return std::any_of(obstacles.begin(), obstacles.end(), [](const Obstacle &o) { return isSensitive(o.kind); });
}

QString educationLevelCode(EducationLevel level) { return codeOf(level, kAllEducationLevels, kEducationCodes); }
std::optional<EducationLevel> educationLevelFromCode(const QString &code) { return fromCode(code, kAllEducationLevels, kEducationCodes); }
QString recognitionCode(Recognition r) { return codeOf(r, kAllRecognitions, kRecognitionCodes); }
std::optional<Recognition> recognitionFromCode(const QString &code) { return fromCode(code, kAllRecognitions, kRecognitionCodes); }
QString languageLevelCode(LanguageLevel level) { return codeOf(level, kAllLanguageLevels, kLevelCodes).toUpper(); }
std::optional<LanguageLevel> languageLevelFromCode(const QString &code) { return fromCode(code, kAllLanguageLevels, kLevelCodes); }
QString obstacleKindCode(ObstacleKind kind) { return codeOf(kind, kAllObstacleKinds, kObstacleCodes); }
std::optional<ObstacleKind> obstacleKindFromCode(const QString &code) { return fromCode(code, kAllObstacleKinds, kObstacleCodes); }
QString obstacleStateCode(ObstacleState state) { return codeOf(state, kAllObstacleStates, kStateCodes); }
std::optional<ObstacleState> obstacleStateFromCode(const QString &code) { return fromCode(code, kAllObstacleStates, kStateCodes); }
QString judgementCode(ProjectJudgement j) { return codeOf(j, kAllJudgements, kJudgementCodes); }
std::optional<ProjectJudgement> judgementFromCode(const QString &code) { return fromCode(code, kAllJudgements, kJudgementCodes); }

FieldErrors BalanceRules::check(const Balance &b)
{
    FieldErrors errors;
    for (qsizetype i = 0; i < b.diplomas.size(); ++i) {
        if (b.diplomas.at(i).title.trimmed().isEmpty())
            errors.append({QStringLiteral("diploma.%1.title").arg(i + 1), tr("Diploma %1 has no title.").arg(i + 1)});
    }
    for (qsizetype i = 0; i < b.experience.size(); ++i) {
        const Experience &e = b.experience.at(i);
        if (e.occupation.trimmed().isEmpty())
            errors.append({QStringLiteral("experience.%1.occupation").arg(i + 1),
                           tr("Work experience %1 has no occupation.").arg(i + 1)});
        if (e.from.isValid() && e.to.isValid() && e.to < e.from)
            errors.append({QStringLiteral("experience.%1.to").arg(i + 1),
                           tr("Work experience %1 ends (%2) before it starts (%3).")
                               .arg(i + 1)
                               .arg(dateText(e.to), dateText(e.from))});
    }
    QSet<QString> languages;
    for (qsizetype i = 0; i < b.languages.size(); ++i) {
        const QString name = b.languages.at(i).language.trimmed().toLower();
        if (name.isEmpty())
            errors.append({QStringLiteral("language.%1.language").arg(i + 1), tr("Language %1 has no name.").arg(i + 1)});
        else if (languages.contains(name))
            errors.append({QStringLiteral("language.%1.language").arg(i + 1),
                           tr("%1 is listed twice among the languages.").arg(languageName(b.languages.at(i).language))});
        languages.insert(name);
    }
    QSet<ObstacleKind> kinds;
    for (const Obstacle &o : b.obstacles) {
        const QString key = QStringLiteral("obstacle.%1").arg(obstacleKindCode(o.kind));
        if (kinds.contains(o.kind))
            errors.append({key, tr("The obstacle \"%1\" is listed twice.").arg(obstacleKindLabel(o.kind))});
        kinds.insert(o.kind);
        if (o.kind == ObstacleKind::Other && o.note.trimmed().isEmpty())
            errors.append({key + QStringLiteral(".note"), tr("An obstacle \"Other\" needs a note that says what it is.")});
    }
    if (b.judgement == ProjectJudgement::Feasible && b.targetOccupation.trimmed().isEmpty() && b.projectText.trimmed().isEmpty())
        errors.append({QStringLiteral("project.judgement"),
                       tr("A professional project judged realistic and feasible needs a target occupation or a description.")});
    if (b.orientation == Cell::PostArticle60)
        errors.append({QStringLiteral("orientation"),
                       tr("Post-article 60 guidance follows an article 60 contract; it is not an orientation of the balance.")});
    return errors;
}

QJsonObject BalanceRules::toJson(const Balance &b)
{
    QJsonArray diplomas;
    for (const Diploma &d : b.diplomas)
        diplomas.append(QJsonObject{{QStringLiteral("title"), d.title.trimmed()},
                                    {QStringLiteral("country"), d.country.trimmed()},
                                    {QStringLiteral("recognition"), recognitionCode(d.recognition)}});
    QJsonArray experience;
    for (const Experience &e : b.experience)
        experience.append(QJsonObject{{QStringLiteral("occupation"), e.occupation.trimmed()},
                                      {QStringLiteral("employer"), e.employer.trimmed()},
                                      {QStringLiteral("from"), dateText(e.from)},
                                      {QStringLiteral("to"), dateText(e.to)},
                                      {QStringLiteral("note"), e.note.trimmed()}});
    QJsonArray languages;
    for (const LanguageSkill &l : b.languages)
        languages.append(QJsonObject{{QStringLiteral("language"), l.language.trimmed()},
                                     {QStringLiteral("level"), languageLevelCode(l.level)}});
    return QJsonObject{
        {QStringLiteral("education_level"), educationLevelCode(b.educationLevel)},
        {QStringLiteral("diplomas"), diplomas},
        {QStringLiteral("experience"), experience},
        {QStringLiteral("acquired_skills"), stringArray(b.acquiredSkills)},
        {QStringLiteral("latent_skills"), stringArray(b.latentSkills)},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("wishes"), b.wishes.trimmed()},
        {QStringLiteral("obstacles"), obstaclesToJson(b.obstacles, false)},
        {QStringLiteral("target_occupation"), b.targetOccupation.trimmed()},
        {QStringLiteral("project"), b.projectText.trimmed()},
        {QStringLiteral("judgement"), judgementCode(b.judgement)},
        {QStringLiteral("orientation"), b.orientation ? cellCode(*b.orientation) : QString()},
        {QStringLiteral("orientation_note"), b.orientationNote.trimmed()},
    };
}

QJsonObject BalanceRules::sensitiveToJson(const Balance &b)
{
    const QJsonArray obstacles = obstaclesToJson(b.obstacles, true);
    return obstacles.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("obstacles"), obstacles}};
}

Balance BalanceRules::fromJson(const QJsonObject &g, const QJsonObject &sensitive)
{
    Balance b;
    b.educationLevel = educationLevelFromCode(g.value(QStringLiteral("education_level")).toString()).value_or(EducationLevel::Unknown);
    for (const QJsonValue &v : g.value(QStringLiteral("diplomas")).toArray()) {
        const QJsonObject o = v.toObject();
        b.diplomas.append({o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("country")).toString(),
                           recognitionFromCode(o.value(QStringLiteral("recognition")).toString()).value_or(Recognition::Belgian)});
    }
    for (const QJsonValue &v : g.value(QStringLiteral("experience")).toArray()) {
        const QJsonObject o = v.toObject();
        b.experience.append({o.value(QStringLiteral("occupation")).toString(), o.value(QStringLiteral("employer")).toString(),
                             isodate::dateFromIso(o.value(QStringLiteral("from")).toString()),
                             isodate::dateFromIso(o.value(QStringLiteral("to")).toString()),
                             o.value(QStringLiteral("note")).toString()});
    }
    b.acquiredSkills = stringList(g.value(QStringLiteral("acquired_skills")));
    b.latentSkills = stringList(g.value(QStringLiteral("latent_skills")));
    for (const QJsonValue &v : g.value(QStringLiteral("languages")).toArray()) {
        const QJsonObject o = v.toObject();
        b.languages.append({o.value(QStringLiteral("language")).toString(),
                            languageLevelFromCode(o.value(QStringLiteral("level")).toString()).value_or(LanguageLevel::NotAssessed)});
    }
    b.wishes = g.value(QStringLiteral("wishes")).toString();
    obstaclesFromJson(sensitive.value(QStringLiteral("obstacles")), b.obstacles);
    obstaclesFromJson(g.value(QStringLiteral("obstacles")), b.obstacles);
    std::stable_sort(b.obstacles.begin(), b.obstacles.end(),
                     [](const Obstacle &x, const Obstacle &y) { return int(x.kind) < int(y.kind); });
    b.targetOccupation = g.value(QStringLiteral("target_occupation")).toString();
    b.projectText = g.value(QStringLiteral("project")).toString();
    b.judgement = judgementFromCode(g.value(QStringLiteral("judgement")).toString()).value_or(ProjectJudgement::NotJudged);
    const QString orientation = g.value(QStringLiteral("orientation")).toString();
    if (!orientation.isEmpty())
        b.orientation = cellFromCode(orientation);
    b.orientationNote = g.value(QStringLiteral("orientation_note")).toString();
    return b;
}

QList<BalanceField> BalanceRules::fields(const Balance &b)
{
    QList<BalanceField> f;
    const auto add = [&f](const QString &key, const QString &label, const QString &value, bool sensitive = false) {
        if (!value.trimmed().isEmpty())
            f.append({key, label, value.trimmed(), sensitive});
    };
    add(QStringLiteral("education.level"), tr("Highest level of education"), educationLevelLabel(b.educationLevel));
    for (qsizetype i = 0; i < b.diplomas.size(); ++i) {
        const Diploma &d = b.diplomas.at(i);
        const QString key = QStringLiteral("diploma.%1.").arg(i + 1);
        add(key + QStringLiteral("title"), tr("Diploma %1").arg(i + 1), d.title);
        add(key + QStringLiteral("country"), tr("Diploma %1: country").arg(i + 1), d.country);
        add(key + QStringLiteral("recognition"), tr("Diploma %1: recognised in Belgium").arg(i + 1), recognitionLabel(d.recognition));
    }
    for (qsizetype i = 0; i < b.experience.size(); ++i) {
        const Experience &e = b.experience.at(i);
        const QString key = QStringLiteral("experience.%1.").arg(i + 1);
        add(key + QStringLiteral("occupation"), tr("Work experience %1").arg(i + 1), e.occupation);
        add(key + QStringLiteral("employer"), tr("Work experience %1: employer").arg(i + 1), e.employer);
        QString period;
        if (e.from.isValid() || e.to.isValid())
            period = tr("%1 to %2").arg(e.from.isValid() ? dateText(e.from) : QStringLiteral("…"),
                                        e.to.isValid() ? dateText(e.to) : QStringLiteral("…"));
        add(key + QStringLiteral("period"), tr("Work experience %1: period").arg(i + 1), period);
        add(key + QStringLiteral("note"), tr("Work experience %1: note").arg(i + 1), e.note);
    }
    add(QStringLiteral("skills.acquired"), tr("Acquired skills"), b.acquiredSkills.join(QLatin1String("; ")));
    add(QStringLiteral("skills.latent"), tr("Latent skills"), b.latentSkills.join(QLatin1String("; ")));
    for (const LanguageSkill &l : b.languages)
        add(QStringLiteral("language.") + l.language.trimmed().toLower(), tr("Language: %1").arg(languageName(l.language)),
            languageLevelLabel(l.level));
    add(QStringLiteral("wishes"), tr("Personal wishes"), b.wishes);
    for (const Obstacle &o : b.obstacles) {
        const QString key = QStringLiteral("obstacle.") + obstacleKindCode(o.kind);
        add(key + QStringLiteral(".state"), tr("Obstacle: %1").arg(obstacleKindLabel(o.kind)), obstacleStateLabel(o.state),
            isSensitive(o.kind));
        add(key + QStringLiteral(".note"), tr("Obstacle: %1, note").arg(obstacleKindLabel(o.kind)), o.note, isSensitive(o.kind));
    }
    add(QStringLiteral("project.occupation"), tr("Target occupation"), b.targetOccupation);
    add(QStringLiteral("project.text"), tr("Professional project"), b.projectText);
    add(QStringLiteral("project.judgement"), tr("Realistic and feasible"), judgementLabel(b.judgement));
    add(QStringLiteral("orientation"), tr("Orientation"), orientationLabel(b.orientation));
    add(QStringLiteral("orientation.note"), tr("Orientation: note"), b.orientationNote);
    return f;
}

QList<FieldComparison> BalanceRules::compare(const Balance &older, const Balance &newer)
{
    const QList<BalanceField> before = fields(older);
    const QList<BalanceField> after = fields(newer);
    QList<FieldComparison> rows;
    QSet<QString> seen;
    qsizetype next = 0; // the next field of `before` not yet placed
    const auto placeBefore = [&](qsizetype upTo) {
        for (; next < upTo; ++next) {
            const BalanceField &f = before.at(next);
            if (seen.contains(f.key))
                continue;
            seen.insert(f.key);
            rows.append({f.key, f.label, f.value, QString(), true, f.sensitive});
        }
    };
    for (const BalanceField &f : after) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before.at(i).key == f.key) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            placeBefore(at); // fields removed since, that stood before this one
            next = std::max(next, at + 1);
        }
        seen.insert(f.key);
        const QString old = at >= 0 ? before.at(at).value : QString();
        rows.append({f.key, f.label, old, f.value, old != f.value, f.sensitive || (at >= 0 && before.at(at).sensitive)});
    }
    placeBefore(before.size());
    return rows;
}

QString BalanceRules::educationLevelLabel(EducationLevel level)
{
    switch (level) {
    case EducationLevel::Unknown: return {};
    case EducationLevel::None: return tr("No schooling");
    case EducationLevel::Primary: return tr("Primary school");
    case EducationLevel::LowerSecondary: return tr("Lower secondary");
    case EducationLevel::UpperSecondary: return tr("Upper secondary");
    case EducationLevel::HigherShort: return tr("Higher education (bachelor)");
    case EducationLevel::HigherLong: return tr("Higher education (master, university)");
    }
    return {};
}

QString BalanceRules::recognitionLabel(Recognition r)
{
    switch (r) {
    case Recognition::Belgian: return tr("Obtained in Belgium");
    case Recognition::Recognised: return tr("Recognised in Belgium");
    case Recognition::Pending: return tr("Recognition asked for");
    case Recognition::NotRecognised: return tr("Not recognised in Belgium");
    }
    return {};
}

QString BalanceRules::languageLevelLabel(LanguageLevel level)
{
    return level == LanguageLevel::NotAssessed ? tr("not assessed") : languageLevelCode(level);
}

QString BalanceRules::languageName(const QString &language)
{
    const QString code = language.trimmed().toLower();
    if (code == QLatin1String("nl"))
        return tr("Dutch");
    if (code == QLatin1String("fr"))
        return tr("French");
    return language.trimmed();
}

QString BalanceRules::obstacleKindLabel(ObstacleKind kind)
{
    switch (kind) {
    case ObstacleKind::Health: return tr("Health");
    case ObstacleKind::MentalHealth: return tr("Mental health");
    case ObstacleKind::Addiction: return tr("Addiction");
    case ObstacleKind::CriminalRecord: return tr("Criminal record");
    case ObstacleKind::Language: return tr("Language");
    case ObstacleKind::Housing: return tr("Housing");
    case ObstacleKind::Childcare: return tr("Childcare");
    case ObstacleKind::Mobility: return tr("Mobility");
    case ObstacleKind::Debts: return tr("Debts");
    case ObstacleKind::Administration: return tr("Administration");
    case ObstacleKind::Other: return tr("Other");
    }
    return {};
}

QString BalanceRules::obstacleStateLabel(ObstacleState state)
{
    switch (state) {
    case ObstacleState::Identified: return tr("Identified");
    case ObstacleState::BeingResolved: return tr("Being resolved");
    case ObstacleState::Resolved: return tr("Resolved");
    }
    return {};
}

QString BalanceRules::judgementLabel(ProjectJudgement j)
{
    switch (j) {
    case ProjectJudgement::NotJudged: return {};
    case ProjectJudgement::Feasible: return tr("Yes: realistic and feasible");
    case ProjectJudgement::NotFeasible: return tr("No: not realistic or not feasible yet");
    }
    return {};
}

QString BalanceRules::orientationLabel(const std::optional<Cell> &cell)
{
    if (!cell)
        return {};
    if (*cell == Cell::HealthEquity)
        return tr("Exemption for health or equity reasons");
    return cellLabel(*cell);
}

} // namespace parcours
