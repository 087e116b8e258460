// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/gpmi.h"
#include "common/result.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace parcours {
class Database;
}

namespace parcours::ui {

class DateEdit;
class MessageBar;

// The GPMI tab of the dossier window: the contract (period, offer and signature with the
// reflection period, language, domains, partners, goals with both sides' commitments and
// deadlines, planned evaluations), its evaluations, what the compliance rules say about this
// dossier today, and the contract printed as a PDF with places to sign.
class GpmiPage : public QWidget
{
    Q_OBJECT
public:
    explicit GpmiPage(Database &db, QWidget *parent = nullptr);

    void setDossier(const Person &person, const Dossier &dossier);

    // The contract as the form shows it (id and dossier set).
    Gpmi contract() const;
    void setContract(const Gpmi &gpmi);
    Result<qint64> saveContract();
    Result<qint64> addEvaluation(const GpmiEvaluation &evaluation);
    // The evaluations shown in evaluationTable(), row by row, as they were read (with their
    // row versions: a change made in the dialog over somebody else's later one is refused).
    const QList<GpmiEvaluation> &shownEvaluations() const { return m_shownEvaluations; }
    Status printContract(const QString &pdfPath);

    QTableWidget *goalTable() const { return m_goals; }
    QTableWidget *evaluationTable() const { return m_evaluations; }
    QLabel *statusLabel() const { return m_status; }
    // Shown when somebody else saved the contract after it was loaded here, with "Reload".
    MessageBar *conflictBar() const { return m_conflictBar; }
    QLabel *complianceLabel() const { return m_compliance; }

protected:
    // QEvent::LanguageChange: the hints and the evaluations are shown again in the new language.
    void changeEvent(QEvent *event) override;

private:
    void showFollowUp();
    void reload();
    void updateHints();
    void showMessage(const QString &text, bool error);
    void addGoalRow(const GpmiGoal &goal);
    // Records a new evaluation (subject.id 0) or changes one, in an EvaluationDialog.
    void evaluationDialog(const GpmiEvaluation &subject);
    void editCurrentEvaluation();
    void updateEvaluationButtons();
    void printWithDialog();

    Database &m_db;
    Person m_person;
    Dossier m_dossier;
    qint64 m_gpmiId = 0;
    int m_gpmiVersion = 0; // as read: a save over somebody else's later amendment is refused
    DateEdit *m_start = nullptr;
    DateEdit *m_end = nullptr;
    DateEdit *m_offered = nullptr;
    DateEdit *m_signed = nullptr;
    QLabel *m_reflection = nullptr;
    MessageBar *m_conflictBar = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_assisted = nullptr;
    QLineEdit *m_officer = nullptr;
    std::array<QCheckBox *, kAllGpmiDomains.size()> m_domains{};
    QLineEdit *m_partners = nullptr;
    QLineEdit *m_planned = nullptr;
    QTableWidget *m_goals = nullptr;
    QTableWidget *m_evaluations = nullptr;
    QList<GpmiEvaluation> m_shownEvaluations;
    QLabel *m_status = nullptr;
    QLabel *m_compliance = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_addEvaluation = nullptr;
    QPushButton *m_editEvaluation = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace parcours::ui
