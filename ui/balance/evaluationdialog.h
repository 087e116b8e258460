// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/gpmi.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parcours {
class Database;
}

namespace parcours::ui {

class DateEdit;
class MessageBar;

// One evaluation of a GPMI: recorded (subject.id 0) or changed. The rules are the core's
// (GpmiStore::saveEvaluation): a refusal is shown above the fields, nothing is saved and the
// dialog stays open with what the officer typed. When somebody else saved the same evaluation
// after the dialog opened, the core refuses as a conflict: a bar says who and when, with
// "Reload", which shows the stored evaluation in the fields (as the placement dialog does).
class EvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    // `contract`: the GPMI the evaluation belongs to (its goals name the progress fields).
    EvaluationDialog(Database &db, const Gpmi &contract, const GpmiEvaluation &subject, QWidget *parent = nullptr);
    ~EvaluationDialog() override;

    // Asks the core to save what was typed and closes on success. On refusal shows why and
    // returns false; nothing is written then.
    bool submit();
    // Reads the evaluation again as stored and shows it in the fields.
    bool reload();

    qint64 savedId() const { return m_savedId; }
    const GpmiEvaluation &subject() const { return m_subject; }
    QString errorText() const;
    // The bar of a conflict (see above), hidden when none.
    MessageBar *conflictBar() const { return m_conflictBar; }

private:
    void fillFrom(const GpmiEvaluation &e);
    void showError(const QString &message);
    void fitHeight();

    Database &m_db;
    Gpmi m_contract;
    GpmiEvaluation m_subject;
    qint64 m_savedId = 0;

    MessageBar *m_conflictBar = nullptr;
    QLabel *m_error = nullptr;
    DateEdit *m_date = nullptr;
    QCheckBox *m_faceToFace = nullptr;
    QList<QLineEdit *> m_progress;
    QPlainTextEdit *m_next = nullptr;
};

} // namespace parcours::ui
