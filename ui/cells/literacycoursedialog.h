// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "literacy/literacy.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parcours {
class Database;
}

namespace parcours::ui {

class DateEdit;

// A new literacy course, or the change of one: name, where (the centre or a literacy
// partner), language, level, places, schedule, first and last day, note. The rules are
// core's (Literacy::addCourse / updateCourse): a refusal is shown above the form, naming
// the field, and the dialog stays open with what was typed.
class LiteracyCourseDialog : public QDialog
{
    Q_OBJECT
public:
    // A new course starting on `startsOn`.
    LiteracyCourseDialog(Database &db, const QDate &startsOn, QWidget *parent = nullptr);
    // The change of `course` (as read by Literacy::course).
    LiteracyCourseDialog(Database &db, const LiteracyCourse &course, QWidget *parent = nullptr);
    ~LiteracyCourseDialog() override;

    // Asks core to save; closes on success, else shows why and stays open.
    bool submit();
    QString errorText() const;
    qint64 savedId() const { return m_course.id; }
    QString savedName() const { return m_course.name; }
    bool isNew() const { return m_new; }

private:
    void build(const LiteracyCourse &course);
    void showError(const QString &message);

    Database &m_db;
    LiteracyCourse m_course;
    bool m_new = true;
    QLabel *m_error = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_where = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_level = nullptr;
    QSpinBox *m_places = nullptr;
    QLineEdit *m_schedule = nullptr;
    DateEdit *m_starts = nullptr;
    DateEdit *m_ends = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace parcours::ui
