// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/jobtables.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QComboBox;
class QTimeEdit;

namespace parcours {
class Database;
}

namespace parcours::ui {

class AttendanceModel;
class DateEdit;
class OrientationModel;
class ParticipantModel;
class StageStepper;

// One Job Table: where it stands (the stepper and what comes next), its fiche and stage
// dates, the participants and waiting list, the meetings with their attendance grid, the
// orientation table and the debriefing. Every change goes through core (JobTables), whose
// refusal is shown above the tabs; the page then reads the group again.
class JobTablePage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { FicheTab, ParticipantsTab, AttendanceTab, OrientationTab, DebriefingTab };

    explicit JobTablePage(QWidget *parent = nullptr);
    ~JobTablePage() override;

    void setDatabase(Database *db); // nullptr while no database is open
    void setJobTable(qint64 id);    // 0 = none
    qint64 jobTableId() const { return m_id; }
    void reload();

    // For tests and the screenshots.
    StageStepper *stepper() const { return m_stepper; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *attendanceTable() const { return m_attendanceTable; }
    AttendanceModel *attendanceModel() const { return m_attendance; }
    ParticipantModel *participantModel() const { return m_participants; }
    OrientationModel *orientationModel() const { return m_orientation; }
    QString error() const;
    QString nextText() const;
    // Click on a cell of the attendance grid: the next presence of the cycle.
    void cycleAttendance(const QModelIndex &index);
    // Writes a PDF of the technical fiche / the attendance sheet of meeting `meetingId`.
    Status printFiche(const QString &path);
    Status printAttendanceSheet(qint64 meetingId, const QString &path);

Q_SIGNALS:
    void changed(); // a write succeeded: the list of groups may show something new

protected:
    // QEvent::LanguageChange (Settings → language): retranslateUi().
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The title, the subtitle, what comes next and the group's attendance, in the current
    // language, from what reload() read.
    void showStanding();
    // The columns of the participants, the attendance grid and the orientation table measured
    // from their texts: after a reload and after a language switch (longer Dutch and French
    // titles and presences).
    void fitTables();
    void fitAttendance();
    void buildFiche(QWidget *tab);
    void buildParticipants(QWidget *tab);
    void buildAttendance(QWidget *tab);
    void buildOrientation(QWidget *tab);
    void buildDebriefing(QWidget *tab);
    // Shows the refusal of `s` (or clears it); on success reloads and emits changed().
    bool apply(const Status &s);
    void saveFiche();
    void markNextDone();
    void addParticipants();
    void acceptRules();
    void takeOut();
    void addMeeting();
    void removeMeeting();
    void createSteps();
    void saveDebriefing();
    void askPrintFiche();
    void askPrintSheet();
    int selectedMeetingColumn() const;

    Database *m_db = nullptr;
    qint64 m_id = 0;
    JobTable m_table;
    QList<Participant> m_people;
    QList<Meeting> m_meetings;
    AttendanceCount m_group;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    StageStepper *m_stepper = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_doneButton = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_officersEdit = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QSpinBox *m_capacityEdit = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QPlainTextEdit *m_meansEdit = nullptr;
    std::array<DateEdit *, kStageCount> m_planned{};
    std::array<DateEdit *, kStageCount> m_actual{};
    std::array<QLineEdit *, kStageCount> m_notes{};

    ParticipantModel *m_participants = nullptr;
    QTableView *m_participantTable = nullptr;

    AttendanceModel *m_attendance = nullptr;
    QTableView *m_attendanceTable = nullptr;
    QLabel *m_groupRate = nullptr;
    QComboBox *m_moduleEdit = nullptr;
    DateEdit *m_meetingDay = nullptr;
    QTimeEdit *m_meetingTime = nullptr;
    QLineEdit *m_topicEdit = nullptr;

    OrientationModel *m_orientation = nullptr;
    QTableView *m_orientationTable = nullptr;

    QPlainTextEdit *m_debriefing = nullptr;
};

} // namespace parcours::ui
