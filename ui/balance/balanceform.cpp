// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/balanceform.h"

#include "format.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

// On the name item of a language row: the name as the form showed it (see addLanguageRow).
constexpr int ShownNameRole = Qt::UserRole + 1;

// `headers()` is asked again after a language switch; what is typed in the cells stays.
QTableWidget *makeTable(const std::function<QStringList()> &headers)
{
    auto *t = new QTableWidget(0, int(headers().size()));
    retranslate(t, [t, headers] { t->setHorizontalHeaderLabels(headers()); });
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMinimumHeight(90);
    t->setMaximumHeight(150);
    return t;
}

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QStringList splitList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    }
    return list;
}

// "+ Add" and "Remove" under a table.
QWidget *withButtons(QTableWidget *table, const std::function<void()> &add, QList<QWidget *> &editors)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *addButton = translated(new QPushButton, &QPushButton::setText, [] { return BalanceForm::tr("Add"); });
    auto *removeButton = translated(new QPushButton, &QPushButton::setText, [] { return BalanceForm::tr("Remove"); });
    addButton->setAutoDefault(false);
    removeButton->setAutoDefault(false);
    QObject::connect(addButton, &QPushButton::clicked, table, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    editors << addButton << removeButton << table;
    return box;
}

} // namespace

BalanceForm::BalanceForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("balanceForm"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(educationBox());
    layout->addWidget(experienceBox());
    layout->addWidget(languageBox());
    layout->addWidget(obstacleBox());
    layout->addWidget(projectBox());
    layout->addStretch(1);
}

QWidget *BalanceForm::educationBox()
{
    auto *box = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Education"); });
    auto *form = new QFormLayout(box);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("educationLevel"));
    for (EducationLevel level : kAllEducationLevels)
        m_level->addItem(QString(), int(level));
    retranslateItems(m_level, [](const QVariant &code) {
        const auto level = EducationLevel(code.toInt());
        return level == EducationLevel::Unknown ? tr("(not known)") : BalanceRules::educationLevelLabel(level);
    });
    addTranslatedRow(form, [] { return tr("Highest &level:"); }, m_level);
    m_diplomas = makeTable([] { return QStringList{tr("Diploma"), tr("Country"), tr("Recognised in Belgium")}; });
    m_diplomas->setObjectName(QStringLiteral("diplomaTable"));
    addTranslatedRow(form, [] {
        return tr("Diplomas:");
    }, withButtons(m_diplomas, [this] { addDiplomaRow({}); }, m_editors));
    m_editors << m_level;
    return box;
}

QWidget *BalanceForm::experienceBox()
{
    auto *box = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Work experience and skills"); });
    auto *form = new QFormLayout(box);
    m_experience = makeTable([] { return QStringList{tr("Occupation"), tr("Employer"), tr("From"), tr("To"), tr("Note")}; });
    m_experience->setObjectName(QStringLiteral("experienceTable"));
    addTranslatedRow(form, [] {
        return tr("Experience:");
    }, withButtons(m_experience, [this] { addExperienceRow({}); }, m_editors));
    m_acquired = new QLineEdit;
    m_acquired->setObjectName(QStringLiteral("acquiredSkills"));
    translated(m_acquired, &QLineEdit::setPlaceholderText, [] { return tr("separated by ;"); });
    m_latent = new QLineEdit;
    m_latent->setObjectName(QStringLiteral("latentSkills"));
    translated(m_latent, &QLineEdit::setPlaceholderText, [] { return tr("separated by ;"); });
    addTranslatedRow(form, [] { return tr("&Acquired skills:"); }, m_acquired);
    addTranslatedRow(form, [] { return tr("La&tent skills:"); }, m_latent);
    m_wishes = new QPlainTextEdit;
    m_wishes->setObjectName(QStringLiteral("wishes"));
    m_wishes->setMaximumHeight(60);
    addTranslatedRow(form, [] { return tr("Personal &wishes:"); }, m_wishes);
    m_editors << m_acquired << m_latent << m_wishes;
    return box;
}

QWidget *BalanceForm::languageBox()
{
    auto *box = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Languages (CEFR level)"); });
    auto *layout = new QVBoxLayout(box);
    m_languages = makeTable([] { return QStringList{tr("Language"), tr("Level")}; });
    retranslate(m_languages, [this] {
        // The names of the code rows ("Dutch" → "Néerlandais"), unless typed over.
        for (int row = 0; row < m_languages->rowCount(); ++row) {
            QTableWidgetItem *item = m_languages->item(row, 0);
            const QString code = item ? item->data(Qt::UserRole).toString() : QString();
            if (code.isEmpty() || item->text() != item->data(ShownNameRole).toString())
                continue;
            item->setText(BalanceRules::languageName(code));
            item->setData(ShownNameRole, item->text());
        }
    });
    m_languages->setObjectName(QStringLiteral("languageTable"));
    layout->addWidget(withButtons(m_languages, [this] { addLanguageRow({}); }, m_editors));
    return box;
}

QWidget *BalanceForm::obstacleBox()
{
    auto *box = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Obstacles to integration"); });
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(2, 1);
    m_sensitiveHidden = translated(new QLabel, &QLabel::setText, [] {
        return tr("Health, mental health, addiction and criminal record are hidden: your role may not see them.");
    });
    m_sensitiveHidden->setObjectName(QStringLiteral("sensitiveHidden"));
    m_sensitiveHidden->setWordWrap(true);
    m_sensitiveHidden->hide();
    grid->addWidget(m_sensitiveHidden, 0, 0, 1, 3);
    int row = 1;
    for (size_t i = 0; i < kAllObstacleKinds.size(); ++i) {
        const ObstacleKind kind = kAllObstacleKinds[i];
        ObstacleRow &r = m_obstacles[i];
        r.present = translated(new QCheckBox, &QCheckBox::setText, [kind] {
            return isSensitive(kind) ? tr("%1 (sensitive)").arg(BalanceRules::obstacleKindLabel(kind))
                                     : BalanceRules::obstacleKindLabel(kind);
        });
        r.present->setObjectName(QStringLiteral("obstacle_") + obstacleKindCode(kind));
        if (isSensitive(kind))
            translated(r.present, &QWidget::setToolTip, [] {
                return tr("Special category of data: only facilitators and officers see it, and every reading is recorded.");
            });
        r.state = new QComboBox;
        for (ObstacleState s : kAllObstacleStates)
            r.state->addItem(QString(), int(s));
        retranslateItems(r.state, [](const QVariant &code) { return BalanceRules::obstacleStateLabel(ObstacleState(code.toInt())); });
        r.note = new QLineEdit;
        translated(r.note, &QLineEdit::setPlaceholderText, [] { return tr("how it is being resolved"); });
        r.state->setEnabled(false);
        r.note->setEnabled(false);
        connect(r.present, &QCheckBox::toggled, r.state, &QWidget::setEnabled);
        connect(r.present, &QCheckBox::toggled, r.note, &QWidget::setEnabled);
        grid->addWidget(r.present, row, 0);
        grid->addWidget(r.state, row, 1);
        grid->addWidget(r.note, row, 2);
        ++row;
        m_editors << r.present;
    }
    return box;
}

QWidget *BalanceForm::projectBox()
{
    auto *box = translated(new QGroupBox, &QGroupBox::setTitle, [] {
        return tr("Professional project and orientation");
    });
    auto *form = new QFormLayout(box);
    m_occupation = new QLineEdit;
    m_occupation->setObjectName(QStringLiteral("targetOccupation"));
    m_project = new QPlainTextEdit;
    m_project->setObjectName(QStringLiteral("projectText"));
    m_project->setMaximumHeight(70);
    m_judgement = new QComboBox;
    m_judgement->setObjectName(QStringLiteral("projectJudgement"));
    for (const auto judgement : {ProjectJudgement::NotJudged, ProjectJudgement::Feasible, ProjectJudgement::NotFeasible})
        m_judgement->addItem(QString(), int(judgement));
    retranslateItems(m_judgement, [](const QVariant &code) {
        const auto judgement = ProjectJudgement(code.toInt());
        return judgement == ProjectJudgement::NotJudged ? tr("(not judged yet)") : BalanceRules::judgementLabel(judgement);
    });
    m_orientation = new QComboBox;
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(QString(), QString());
    for (Cell c : {Cell::Work, Cell::Studies, Cell::Literacy, Cell::Article60, Cell::Facilitation, Cell::HealthEquity})
        m_orientation->addItem(QString(), cellCode(c));
    retranslateItems(m_orientation, [](const QVariant &code) {
        const auto cell = cellFromCode(code.toString());
        return cell ? BalanceRules::orientationLabel(*cell) : tr("(no orientation yet)");
    });
    m_orientationNote = new QLineEdit;
    m_orientationNote->setObjectName(QStringLiteral("orientationNote"));
    addTranslatedRow(form, [] { return tr("Target &occupation:"); }, m_occupation);
    addTranslatedRow(form, [] { return tr("&Project:"); }, m_project);
    addTranslatedRow(form, [] { return tr("Realistic and &feasible:"); }, m_judgement);
    addTranslatedRow(form, [] { return tr("O&rientation:"); }, m_orientation);
    addTranslatedRow(form, [] { return tr("Orientation &note:"); }, m_orientationNote);
    m_editors << m_occupation << m_project << m_judgement << m_orientation << m_orientationNote;
    return box;
}

void BalanceForm::addDiplomaRow(const Diploma &d)
{
    const int row = m_diplomas->rowCount();
    m_diplomas->insertRow(row);
    m_diplomas->setItem(row, 0, new QTableWidgetItem(d.title));
    m_diplomas->setItem(row, 1, new QTableWidgetItem(d.country));
    auto *recognition = new QComboBox;
    for (Recognition r : kAllRecognitions)
        recognition->addItem(QString(), int(r));
    retranslateItems(recognition, [](const QVariant &code) { return BalanceRules::recognitionLabel(Recognition(code.toInt())); });
    recognition->setCurrentIndex(recognition->findData(int(d.recognition)));
    m_diplomas->setCellWidget(row, 2, recognition);
}

void BalanceForm::addExperienceRow(const Experience &e)
{
    const int row = m_experience->rowCount();
    m_experience->insertRow(row);
    m_experience->setItem(row, 0, new QTableWidgetItem(e.occupation));
    m_experience->setItem(row, 1, new QTableWidgetItem(e.employer));
    m_experience->setItem(row, 2, new QTableWidgetItem(formatDate(e.from)));
    m_experience->setItem(row, 3, new QTableWidgetItem(formatDate(e.to)));
    m_experience->setItem(row, 4, new QTableWidgetItem(e.note));
}

void BalanceForm::addLanguageRow(const LanguageSkill &l)
{
    const int row = m_languages->rowCount();
    m_languages->insertRow(row);
    auto *name = new QTableWidgetItem(BalanceRules::languageName(l.language));
    name->setData(Qt::UserRole, l.language); // "nl"/"fr" stay codes whatever the interface language
    name->setData(ShownNameRole, name->text()); // to tell the name shown from one typed over it
    m_languages->setItem(row, 0, name);
    auto *level = new QComboBox;
    for (LanguageLevel v : kAllLanguageLevels)
        level->addItem(QString(), int(v));
    retranslateItems(level, [](const QVariant &code) { return BalanceRules::languageLevelLabel(LanguageLevel(code.toInt())); });
    level->setCurrentIndex(level->findData(int(l.level)));
    m_languages->setCellWidget(row, 1, level);
}

void BalanceForm::setBalance(const Balance &b)
{
    m_level->setCurrentIndex(m_level->findData(int(b.educationLevel)));
    m_diplomas->setRowCount(0);
    for (const Diploma &d : b.diplomas)
        addDiplomaRow(d);
    m_experience->setRowCount(0);
    for (const Experience &e : b.experience)
        addExperienceRow(e);
    m_acquired->setText(b.acquiredSkills.join(QStringLiteral("; ")));
    m_latent->setText(b.latentSkills.join(QStringLiteral("; ")));
    m_languages->setRowCount(0);
    // Dutch and French always have a row: Brussels works in both.
    QList<LanguageSkill> languages = b.languages;
    for (const char *code : {"fr", "nl"}) {
        const QString c = QString::fromLatin1(code);
        if (std::none_of(languages.begin(), languages.end(), [&c](const LanguageSkill &l) { return l.language.toLower() == c; }))
            languages.prepend({c, LanguageLevel::NotAssessed});
    }
    for (const LanguageSkill &l : languages)
        addLanguageRow(l);
    m_wishes->setPlainText(b.wishes);
    m_hidden = b.sensitiveHidden;
    m_sensitiveHidden->setVisible(m_hidden);
    for (size_t i = 0; i < kAllObstacleKinds.size(); ++i) {
        const ObstacleKind kind = kAllObstacleKinds[i];
        const Obstacle *o = b.obstacle(kind);
        ObstacleRow &r = m_obstacles[i];
        r.present->setChecked(o != nullptr);
        r.state->setCurrentIndex(o ? r.state->findData(int(o->state)) : 0);
        r.note->setText(o ? o->note : QString());
        r.present->setVisible(!(m_hidden && isSensitive(kind)));
        r.state->setVisible(!(m_hidden && isSensitive(kind)));
        r.note->setVisible(!(m_hidden && isSensitive(kind)));
    }
    m_occupation->setText(b.targetOccupation);
    m_project->setPlainText(b.projectText);
    m_judgement->setCurrentIndex(m_judgement->findData(int(b.judgement)));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(b.orientation ? cellCode(*b.orientation) : QString())));
    m_orientationNote->setText(b.orientationNote);
}

Balance BalanceForm::balance() const
{
    Balance b;
    b.educationLevel = EducationLevel(m_level->currentData().toInt());
    for (int row = 0; row < m_diplomas->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_diplomas->cellWidget(row, 2));
        Diploma d{cellText(m_diplomas, row, 0), cellText(m_diplomas, row, 1),
                  combo ? Recognition(combo->currentData().toInt()) : Recognition::Belgian};
        if (!d.title.isEmpty() || !d.country.isEmpty())
            b.diplomas.append(d);
    }
    for (int row = 0; row < m_experience->rowCount(); ++row) {
        Experience e{cellText(m_experience, row, 0), cellText(m_experience, row, 1), parseDate(cellText(m_experience, row, 2)),
                     parseDate(cellText(m_experience, row, 3)), cellText(m_experience, row, 4)};
        if (!e.occupation.isEmpty() || !e.employer.isEmpty() || !e.note.isEmpty())
            b.experience.append(e);
    }
    b.acquiredSkills = splitList(m_acquired->text());
    b.latentSkills = splitList(m_latent->text());
    for (int row = 0; row < m_languages->rowCount(); ++row) {
        const QTableWidgetItem *item = m_languages->item(row, 0);
        if (!item)
            continue;
        const auto *combo = qobject_cast<QComboBox *>(m_languages->cellWidget(row, 1));
        const LanguageLevel level = combo ? LanguageLevel(combo->currentData().toInt()) : LanguageLevel::NotAssessed;
        const QString code = item->data(Qt::UserRole).toString();
        // A code row keeps its code unless the name was typed over.
        const QString language = !code.isEmpty() && item->text() == item->data(ShownNameRole).toString() ? code : item->text().trimmed();
        if (language.isEmpty())
            continue;
        // Dutch and French without a level are the rows the form always shows, not data.
        if ((language == QLatin1String("nl") || language == QLatin1String("fr")) && level == LanguageLevel::NotAssessed)
            continue;
        b.languages.append({language, level});
    }
    b.wishes = m_wishes->toPlainText().trimmed();
    for (size_t i = 0; i < kAllObstacleKinds.size(); ++i) {
        const ObstacleRow &r = m_obstacles[i];
        if (r.present->isChecked())
            b.obstacles.append({kAllObstacleKinds[i], ObstacleState(r.state->currentData().toInt()), r.note->text().trimmed()});
    }
    b.targetOccupation = m_occupation->text().trimmed();
    b.projectText = m_project->toPlainText().trimmed();
    b.judgement = ProjectJudgement(m_judgement->currentData().toInt());
    const QString orientation = m_orientation->currentData().toString();
    if (!orientation.isEmpty())
        b.orientation = cellFromCode(orientation);
    b.orientationNote = m_orientationNote->text().trimmed();
    b.sensitiveHidden = m_hidden;
    return b;
}

void BalanceForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(!readOnly);
    for (const ObstacleRow &r : m_obstacles) {
        r.state->setEnabled(!readOnly && r.present->isChecked());
        r.note->setEnabled(!readOnly && r.present->isChecked());
    }
}

} // namespace parcours::ui
