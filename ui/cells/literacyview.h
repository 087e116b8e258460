// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class CourseModel;
class DateEdit;
class EnrolmentModel;
class LiteracyCourseDialog;
class LevelTestModel;
class WaitingModel;

// The literacy cell's tab: the courses with their places on a day, the people of the chosen
// course, the waiting list of its language and level in order (enrol the next one when a
// place frees), and the level tests of a person. The person is the dossier whose reference
// is typed at the top; the day is the one the places are counted on and every action dates.
// A refusal from core (already in another course, course full…) is shown as it is; a full
// course offers the waiting list, an enrolment outside the literacy cell asks first.
class LiteracyView : public QWidget
{
    Q_OBJECT
public:
    explicit LiteracyView(QWidget *parent = nullptr);
    ~LiteracyView() override;

    void setDatabase(Database *db);
    void refresh();

    // The question asked before an enrolment with a warning, or to offer the waiting list
    // (true = yes). A message box by default; tests answer it themselves.
    void setAsk(std::function<bool(const QString &)> ask) { m_ask = std::move(ask); }
    // Shows the course dialog and returns its result (QDialog::exec by default); tests fill
    // it and submit instead.
    void setCourseDialogRunner(std::function<int(LiteracyCourseDialog &)> run) { m_runCourseDialog = std::move(run); }

    // The actions of the buttons, for tests and the screenshots.
    void enrolPerson();
    void enrolNext();
    void endEnrolment();
    void addToWaitingList();
    void withdraw();
    void recordTest();
    void selectCourse(int row);
    void newCourse();
    void editCourse(); // the chosen course

    QLineEdit *personField() const { return m_person; }
    DateEdit *dayField() const { return m_day; }
    QComboBox *levelField() const { return m_level; }
    CourseModel *courseModel() const { return m_courses; }
    EnrolmentModel *enrolmentModel() const { return m_enrolments; }
    WaitingModel *waitingModel() const { return m_waiting; }
    LevelTestModel *testModel() const { return m_tests; }
    QTableView *enrolmentTable() const { return m_enrolmentTable; }
    QString message() const;

private:
    qint64 personDossier(bool quiet = false);
    qint64 currentCourse() const;
    void showCourse();
    void showPerson();
    void fitCourseColumns();
    void showCourseTitles(); // the titles of the course's boxes, in the current language
    void showPersonCourse(); // "last course: …" beside the person
    void say(const QString &text);
    void showSavedCourse(qint64 id, const QString &text); // selects it, says `text` and what may follow

    Database *m_db = nullptr;
    std::function<bool(const QString &)> m_ask;
    std::function<int(LiteracyCourseDialog &)> m_runCourseDialog;
    DateEdit *m_day = nullptr;
    QLineEdit *m_person = nullptr;
    QLabel *m_personName = nullptr;
    bool m_personShown = false; // a dossier matches the reference typed
    QString m_lastCourse;
    QLabel *m_message = nullptr;
    CourseModel *m_courses = nullptr;
    QTableView *m_courseTable = nullptr;
    EnrolmentModel *m_enrolments = nullptr;
    QTableView *m_enrolmentTable = nullptr;
    QGroupBox *m_enrolmentBox = nullptr;
    WaitingModel *m_waiting = nullptr;
    QTableView *m_waitingTable = nullptr;
    QGroupBox *m_waitingBox = nullptr;
    LevelTestModel *m_tests = nullptr;
    QTableView *m_testTable = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_note = nullptr;
    QList<QPushButton *> m_editButtons;
};

} // namespace parcours::ui
