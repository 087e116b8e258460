// SPDX-License-Identifier: GPL-3.0-or-later
#include "literacyview.h"

#include "dateedit.h"
#include "format.h"
#include "literacy/literacy.h"
#include "literacycoursedialog.h"
#include "literacymodels.h"
#include "registry/registry.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

namespace {

QTableView *tableFor(QAbstractItemModel *model, const char *name)
{
    auto *table = new QTableView;
    table->setObjectName(QString::fromLatin1(name));
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    prepareTableHeader(table->horizontalHeader());
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

void fillLanguages(QComboBox *box)
{
    box->addItem(Literacy::languageLabel(QStringLiteral("fr")), QStringLiteral("fr"));
    box->addItem(Literacy::languageLabel(QStringLiteral("nl")), QStringLiteral("nl"));
}

} // namespace

LiteracyView::LiteracyView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("literacyView"));
    m_ask = [this](const QString &question) {
        return QMessageBox::question(this, tr("Literacy"), question) == QMessageBox::Yes;
    };
    m_runCourseDialog = [](LiteracyCourseDialog &dialog) { return dialog.exec(); };
    m_day = new DateEdit;
    m_day->setObjectName(QStringLiteral("literacyDay"));
    m_day->setDate(QDate::currentDate());
    m_person = new QLineEdit;
    m_person->setObjectName(QStringLiteral("literacyPerson"));
    translated(m_person, &QLineEdit::setPlaceholderText, [] { return tr("Dossier reference"); });
    m_person->setClearButtonEnabled(true);
    m_personName = new QLabel;
    m_personName->setObjectName(QStringLiteral("literacyPersonName"));
    auto *top = new QHBoxLayout;
    top->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Day"); }));
    top->addWidget(m_day);
    top->addSpacing(16);
    top->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Person"); }));
    top->addWidget(m_person);
    top->addWidget(m_personName, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("literacyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Courses.
    m_courses = new CourseModel(this);
    m_courseTable = tableFor(m_courses, "courseTable");
    m_courseTable->horizontalHeader()->setStretchLastSection(false);
    auto *newCourseButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("New course…"); });
    newCourseButton->setObjectName(QStringLiteral("newCourse"));
    auto *editCourseButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Edit course…"); });
    editCourseButton->setObjectName(QStringLiteral("editCourse"));
    auto *enrolButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Enrol the person"); });
    enrolButton->setObjectName(QStringLiteral("enrolPerson"));
    auto *nextButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Enrol the next one waiting"); });
    nextButton->setObjectName(QStringLiteral("enrolNext"));
    connect(newCourseButton, &QPushButton::clicked, this, &LiteracyView::newCourse);
    connect(editCourseButton, &QPushButton::clicked, this, &LiteracyView::editCourse);
    connect(m_courseTable, &QTableView::doubleClicked, this, [this] {
        if (m_db && Permissions::allows(m_db->actor(), Permission::EditRegister))
            editCourse();
    });
    connect(enrolButton, &QPushButton::clicked, this, &LiteracyView::enrolPerson);
    connect(nextButton, &QPushButton::clicked, this, &LiteracyView::enrolNext);
    auto *courseButtons = new QHBoxLayout;
    courseButtons->addWidget(newCourseButton);
    courseButtons->addWidget(editCourseButton);
    courseButtons->addStretch(1);
    courseButtons->addWidget(enrolButton);
    courseButtons->addWidget(nextButton);
    auto *courseBox =
        translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Courses at the centre and at the partners"); });
    auto *courseLayout = new QVBoxLayout(courseBox);
    courseLayout->addWidget(m_courseTable, 1);
    courseLayout->addLayout(courseButtons);

    // The people of the chosen course.
    m_enrolments = new EnrolmentModel(this);
    m_enrolmentTable = tableFor(m_enrolments, "enrolmentTable");
    auto *endButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("End the enrolment on the day"); });
    connect(endButton, &QPushButton::clicked, this, &LiteracyView::endEnrolment);
    m_enrolmentBox = new QGroupBox;
    auto *enrolmentLayout = new QVBoxLayout(m_enrolmentBox);
    enrolmentLayout->addWidget(m_enrolmentTable, 1);
    enrolmentLayout->addWidget(endButton, 0, Qt::AlignRight);

    // Its waiting list.
    m_waiting = new WaitingModel(this);
    m_waitingTable = tableFor(m_waiting, "waitingTable");
    auto *waitButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Put the person on the list"); });
    waitButton->setObjectName(QStringLiteral("addWaiting"));
    auto *withdrawButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Take off the list"); });
    connect(waitButton, &QPushButton::clicked, this, &LiteracyView::addToWaitingList);
    connect(withdrawButton, &QPushButton::clicked, this, &LiteracyView::withdraw);
    m_waitingBox = new QGroupBox;
    auto *waitingLayout = new QVBoxLayout(m_waitingBox);
    waitingLayout->addWidget(m_waitingTable, 1);
    auto *waitingButtons = new QHBoxLayout;
    waitingButtons->addStretch(1);
    waitingButtons->addWidget(waitButton);
    waitingButtons->addWidget(withdrawButton);
    waitingLayout->addLayout(waitingButtons);

    // The person's level tests.
    m_tests = new LevelTestModel(this);
    m_testTable = tableFor(m_tests, "testTable");
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("testLevel"));
    for (LiteracyLevel level : kAllLiteracyLevels)
        m_level->addItem(Literacy::levelLabel(level), int(level));
    retranslateItems(m_level, [this](const QVariant &level) {
        // The description is the tooltip of the item, in the new language too.
        const int i = m_level->findData(level);
        m_level->setItemData(i, Literacy::levelDescription(LiteracyLevel(level.toInt())), Qt::ToolTipRole);
        return Literacy::levelLabel(LiteracyLevel(level.toInt()));
    });
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("testLanguage"));
    fillLanguages(m_language);
    retranslateItems(m_language, [](const QVariant &code) { return Literacy::languageLabel(code.toString()); });
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("testNote"));
    translated(m_note, &QLineEdit::setPlaceholderText, [] { return tr("Note"); });
    auto *recordButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Record the test"); });
    recordButton->setObjectName(QStringLiteral("recordTest"));
    connect(recordButton, &QPushButton::clicked, this, &LiteracyView::recordTest);
    auto *testBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Level tests of the person"); });
    auto *testLayout = new QGridLayout(testBox);
    testLayout->addWidget(m_testTable, 0, 0, 1, 2);
    testLayout->addWidget(m_level, 1, 0);
    testLayout->addWidget(m_language, 1, 1);
    testLayout->addWidget(m_note, 2, 0);
    testLayout->addWidget(recordButton, 2, 1);
    testLayout->setColumnStretch(0, 1);

    m_editButtons = {newCourseButton, editCourseButton, enrolButton, nextButton, endButton, waitButton, withdrawButton, recordButton};

    auto *left = new QVBoxLayout;
    left->addWidget(courseBox, 3);
    left->addWidget(m_enrolmentBox, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(m_waitingBox, 3);
    right->addWidget(testBox, 2);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);

    for (QTableView *table : {m_courseTable, m_enrolmentTable, m_waitingTable, m_testTable})
        retranslateModel(table);
    // The titles and the person's line name what is shown: set again in the new language
    // without reading the lists again (their selections stay).
    retranslate(this, [this] {
        showCourseTitles();
        showPersonCourse();
        fitCourseColumns();
        for (QTableView *table : {m_enrolmentTable, m_waitingTable, m_testTable})
            table->resizeColumnsToContents();
    });
    connect(m_courseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LiteracyView::showCourse);
    connect(m_day, &QLineEdit::editingFinished, this, &LiteracyView::refresh);
    connect(m_person, &QLineEdit::editingFinished, this, &LiteracyView::showPerson);
    setEnabled(false);
}

LiteracyView::~LiteracyView()
{
    disconnectChildren(this);
}

void LiteracyView::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

QString LiteracyView::message() const
{
    return m_message->text();
}

void LiteracyView::say(const QString &text)
{
    m_message->setText(text);
}

qint64 LiteracyView::personDossier(bool quiet)
{
    const QString reference = m_person->text().trimmed();
    if (!m_db || reference.isEmpty()) {
        if (!quiet)
            say(tr("Type the dossier reference of the person first."));
        return 0;
    }
    const auto dossier = Registry(*m_db).dossierByReference(reference);
    if (!dossier) {
        if (!quiet)
            say(tr("There is no dossier with the reference %1.").arg(reference));
        return 0;
    }
    return dossier->id;
}

qint64 LiteracyView::currentCourse() const
{
    const LiteracyCourse *c = m_courses->rowAt(m_courseTable->currentIndex().row());
    return c ? c->id : 0;
}

void LiteracyView::selectCourse(int row)
{
    m_courseTable->selectRow(row);
    showCourse();
}

void LiteracyView::refresh()
{
    const bool allowed = m_db && Permissions::require(*m_db, Permission::ViewRegister);
    setEnabled(allowed);
    if (!allowed) {
        m_courses->setRows({});
        m_enrolments->setRows({});
        m_waiting->setRows({});
        m_tests->setRows({});
        return;
    }
    const bool mayEdit = Permissions::allows(m_db->actor(), Permission::EditRegister);
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setEnabled(mayEdit);
    const qint64 selected = currentCourse();
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    auto courses = Literacy(*m_db).courses(day);
    m_courses->setRows(courses ? courses.value() : QList<LiteracyCourse>());
    fitCourseColumns();
    int row = 0;
    for (int i = 0; i < m_courses->rowCount(); ++i) {
        if (m_courses->rowAt(i)->id == selected)
            row = i;
    }
    if (m_courses->rowCount() > 0)
        m_courseTable->selectRow(row);
    showCourse();
    showPerson();
}

void LiteracyView::fitCourseColumns()
{
    m_courseTable->resizeColumnsToContents();
    // Long names are elided (the full text is in the tooltip), so that the places stay in view.
    const int wide = m_courseTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    for (int column : {int(CourseModel::Name), int(CourseModel::Where), int(CourseModel::Level)})
        m_courseTable->setColumnWidth(column, std::min(m_courseTable->columnWidth(column), column == CourseModel::Name ? wide : wide * 2 / 3));
}

void LiteracyView::showCourse()
{
    if (!m_db)
        return;
    const LiteracyCourse *c = m_courses->rowAt(m_courseTable->currentIndex().row());
    if (!c) {
        m_enrolments->setRows({});
        m_waiting->setRows({});
        showCourseTitles();
        return;
    }
    Literacy literacy(*m_db);
    auto enrolments = literacy.enrolments(c->id);
    m_enrolments->setRows(enrolments ? enrolments.value() : QList<Enrolment>());
    m_enrolmentTable->resizeColumnsToContents();
    auto waiting = literacy.waitingList(c->language, c->level);
    m_waiting->setRows(waiting ? waiting.value() : QList<WaitingEntry>());
    m_waitingTable->resizeColumnsToContents();
    showCourseTitles();
}

void LiteracyView::showCourseTitles()
{
    const LiteracyCourse *c = m_db ? m_courses->rowAt(m_courseTable->currentIndex().row()) : nullptr;
    if (!c) {
        m_enrolmentBox->setTitle(tr("In the course"));
        m_waitingBox->setTitle(tr("Waiting list"));
        return;
    }
    m_enrolmentBox->setTitle(tr("In the course \"%1\": %2 of %3 places taken")
                                 .arg(c->name, formatCount(c->taken), formatCount(c->places)));
    m_waitingBox->setTitle(tr("Waiting list: %1, %2").arg(Literacy::languageLabel(c->language), Literacy::levelLabel(c->level)));
}

void LiteracyView::showPerson()
{
    const qint64 dossier = personDossier(true);
    m_personShown = dossier != 0;
    if (!dossier) {
        m_tests->setRows({});
        m_personName->clear();
        m_lastCourse.clear();
        return;
    }
    Literacy literacy(*m_db);
    auto tests = literacy.tests(dossier);
    m_tests->setRows(tests ? tests.value() : QList<LevelTest>());
    m_testTable->resizeColumnsToContents();
    auto enrolments = literacy.enrolmentsOf(dossier);
    m_lastCourse = enrolments && !enrolments->isEmpty() ? enrolments->first().courseName : QString();
    showPersonCourse();
}

void LiteracyView::showPersonCourse()
{
    if (!m_personShown)
        return;
    m_personName->setText(m_lastCourse.isEmpty() ? tr("no course yet") : tr("last course: %1").arg(m_lastCourse));
}

void LiteracyView::enrolPerson()
{
    const qint64 dossier = personDossier();
    const qint64 course = currentCourse();
    if (!dossier || !course) {
        if (dossier)
            say(tr("Choose a course first."));
        return;
    }
    Literacy literacy(*m_db);
    Enrolment e;
    e.courseId = course;
    e.dossierId = dossier;
    e.from = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    Literacy::Refusal refusal = Literacy::Refusal::None;
    if (Status ok = literacy.check(e, &refusal); !ok) {
        // A full course: the way in is the waiting list of its language and level.
        if (refusal == Literacy::Refusal::Full
            && m_ask(ok.error() + QStringLiteral("\n\n") + tr("Put the person on the waiting list now?"))) {
            addToWaitingList();
            return;
        }
        say(ok.error());
        return;
    }
    const QStringList warnings = literacy.warnings(e);
    if (!warnings.isEmpty() && !m_ask(warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Enrol anyway?"))) {
        say(tr("Not enrolled."));
        return;
    }
    const auto id = literacy.enrol(e);
    say(id ? tr("Enrolled from %1.").arg(formatDate(e.from)) : id.error());
    refresh();
}

void LiteracyView::enrolNext()
{
    const qint64 course = currentCourse();
    if (!m_db || !course)
        return;
    Literacy literacy(*m_db);
    auto next = literacy.nextWaiting(course);
    if (!next || !next->has_value()) {
        say(next ? tr("Nobody is waiting for this course's language and level.") : next.error());
        return;
    }
    const QDate from = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const auto id = literacy.enrolNext(course, from);
    const QString who = (*next)->lastName + QStringLiteral(", ") + (*next)->firstName;
    say(id ? tr("%1 (first on the waiting list) is enrolled from %2.").arg(who, formatDate(from)) : id.error());
    refresh();
}

void LiteracyView::endEnrolment()
{
    const Enrolment *e = m_enrolments->rowAt(m_enrolmentTable->currentIndex().row());
    if (!m_db || !e) {
        say(tr("Choose the enrolment to end in the course's list."));
        return;
    }
    const QDate to = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const Status s = Literacy(*m_db).endEnrolment(e->id, to);
    say(s ? tr("The enrolment ends on %1; the place is free from the next day.").arg(formatDate(to)) : s.error());
    refresh();
}

void LiteracyView::addToWaitingList()
{
    const qint64 dossier = personDossier();
    const LiteracyCourse *c = m_courses->rowAt(m_courseTable->currentIndex().row());
    if (!dossier || !c)
        return;
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const auto id = Literacy(*m_db).addToWaitingList(dossier, c->language, c->level, day);
    say(id ? tr("On the waiting list (%1, %2) from %3.")
                 .arg(Literacy::languageLabel(c->language), Literacy::levelLabel(c->level), formatDate(day))
           : id.error());
    refresh();
}

void LiteracyView::withdraw()
{
    const WaitingEntry *w = m_waiting->rowAt(m_waitingTable->currentIndex().row());
    if (!m_db || !w)
        return;
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const Status s = Literacy(*m_db).withdraw(w->id, day);
    say(s ? tr("%1 is no longer on the waiting list.").arg(w->lastName) : s.error());
    refresh();
}

void LiteracyView::recordTest()
{
    const qint64 dossier = personDossier();
    if (!dossier)
        return;
    LevelTest t;
    t.dossierId = dossier;
    t.date = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    t.level = LiteracyLevel(m_level->currentData().toInt());
    t.language = m_language->currentData().toString();
    t.note = m_note->text();
    const auto id = Literacy(*m_db).recordTest(t);
    say(id ? tr("Level test of %1 recorded: %2.").arg(formatDate(t.date), Literacy::levelLabel(t.level)) : id.error());
    if (id)
        m_note->clear();
    showPerson();
}

void LiteracyView::newCourse()
{
    if (!m_db)
        return;
    LiteracyCourseDialog dialog(*m_db, m_day->date().isValid() ? m_day->date() : QDate::currentDate(), this);
    if (m_runCourseDialog(dialog) != QDialog::Accepted)
        return;
    showSavedCourse(dialog.savedId(), tr("The course \"%1\" is added.").arg(dialog.savedName()));
}

void LiteracyView::editCourse()
{
    const qint64 id = currentCourse();
    if (!m_db || !id) {
        say(tr("Choose a course first."));
        return;
    }
    // As stored now, not as listed: another officer may have changed it since.
    const Result<LiteracyCourse> course = Literacy(*m_db).course(id);
    if (!course) {
        say(course.error());
        return;
    }
    LiteracyCourseDialog dialog(*m_db, course.value(), this);
    if (m_runCourseDialog(dialog) != QDialog::Accepted)
        return;
    showSavedCourse(id, tr("The course \"%1\" is saved.").arg(dialog.savedName()));
}

void LiteracyView::showSavedCourse(qint64 id, const QString &text)
{
    refresh();
    for (int row = 0; row < m_courses->rowCount(); ++row) {
        if (m_courses->rowAt(row)->id == id)
            selectCourse(row);
    }
    // More places do not enrol anybody by themselves: say when the next one waiting can come in.
    const LiteracyCourse *c = m_courses->rowAt(m_courseTable->currentIndex().row());
    if (c && c->id == id && c->free() > 0 && c->waiting > 0)
        say(text + QLatin1Char(' ')
            + tr("%n place(s) free on the day and people waiting: \"Enrol the next one waiting\" takes the first.", nullptr,
                 c->free()));
    else
        say(text);
}

} // namespace parcours::ui
