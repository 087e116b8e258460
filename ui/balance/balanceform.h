// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/balance.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace parcours::ui {

// The structured form of one socio-professional balance: education and diplomas, work
// experience, skills, languages (CEFR), wishes, obstacles with their state, the professional
// project and the orientation. It edits a Balance value; saving is the page's business
// (BalancePage), rules are the core's (BalanceRules).
class BalanceForm : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceForm(QWidget *parent = nullptr);

    void setBalance(const Balance &balance);
    Balance balance() const;
    void setReadOnly(bool readOnly);

private:
    struct ObstacleRow
    {
        QCheckBox *present = nullptr;
        QComboBox *state = nullptr;
        QLineEdit *note = nullptr;
    };
    QWidget *educationBox();
    QWidget *experienceBox();
    QWidget *languageBox();
    QWidget *obstacleBox();
    QWidget *projectBox();
    void addDiplomaRow(const Diploma &d);
    void addExperienceRow(const Experience &e);
    void addLanguageRow(const LanguageSkill &l);

    QComboBox *m_level = nullptr;
    QTableWidget *m_diplomas = nullptr;
    QTableWidget *m_experience = nullptr;
    QLineEdit *m_acquired = nullptr;
    QLineEdit *m_latent = nullptr;
    QTableWidget *m_languages = nullptr;
    QPlainTextEdit *m_wishes = nullptr;
    std::array<ObstacleRow, kAllObstacleKinds.size()> m_obstacles;
    QLabel *m_sensitiveHidden = nullptr;
    QLineEdit *m_occupation = nullptr;
    QPlainTextEdit *m_project = nullptr;
    QComboBox *m_judgement = nullptr;
    QComboBox *m_orientation = nullptr;
    QLineEdit *m_orientationNote = nullptr;
    QList<QWidget *> m_editors; // everything setReadOnly() switches
    bool m_hidden = false;
};

} // namespace parcours::ui
