// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/evaluationdialog.h"

#include "dateedit.h"
#include "format.h"
#include "messagebar.h"
#include "placementdialog.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

EvaluationDialog::EvaluationDialog(Database &db, const Gpmi &contract, const GpmiEvaluation &subject, QWidget *parent)
    : QDialog(parent), m_db(db), m_contract(contract), m_subject(subject)
{
    setObjectName(QStringLiteral("evaluationDialog"));
    setWindowTitle(tr("Evaluation of the GPMI"));
    m_subject.gpmiId = contract.id;

    m_conflictBar = new MessageBar(this);
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("evaluationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    m_date = new DateEdit;
    m_date->setObjectName(QStringLiteral("evaluationDate"));
    m_faceToFace = translated(new QCheckBox, &QCheckBox::setText, [] { return tr("In a face-to-face meeting"); });
    m_faceToFace->setObjectName(QStringLiteral("evaluationFaceToFace"));
    addTranslatedRow(form, [] { return tr("&Date:"); }, m_date);
    form->addRow(QString(), m_faceToFace);
    for (qsizetype i = 0; i < contract.goals.size(); ++i) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("evaluationProgress%1").arg(i + 1));
        m_progress << edit;
        form->addRow(tr("Goal %1: %2").arg(i + 1).arg(contract.goals.at(i).goal.left(40)), edit);
    }
    m_next = new QPlainTextEdit;
    m_next->setObjectName(QStringLiteral("evaluationNextSteps"));
    m_next->setTabChangesFocus(true);
    m_next->setFixedHeight(m_next->fontMetrics().lineSpacing() * 3 + 14);
    addTranslatedRow(form, [] { return tr("&Next steps:"); }, m_next);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (m_subject.id == 0) {
        // A new evaluation: today, in a meeting, by the officer recording it.
        m_subject.date = QDate::currentDate();
        m_subject.faceToFace = true;
        m_subject.officer = db.actor().displayName;
    }
    fillFrom(m_subject);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

EvaluationDialog::~EvaluationDialog()
{
    disconnectChildren(this); // see widgetsupport.h
}

void EvaluationDialog::fillFrom(const GpmiEvaluation &e)
{
    m_date->setDate(e.date);
    m_faceToFace->setChecked(e.faceToFace);
    for (qsizetype i = 0; i < m_progress.size(); ++i)
        m_progress.at(i)->setText(i < e.progress.size() ? e.progress.at(i) : QString());
    m_next->setPlainText(e.nextSteps);
}

bool EvaluationDialog::reload()
{
    if (m_subject.id == 0)
        return false;
    const std::optional<GpmiEvaluation> now = GpmiStore(m_db).evaluation(m_subject.id);
    if (!now) {
        showError(tr("This evaluation no longer exists: somebody removed it. Close the dialog."));
        return false;
    }
    m_subject = *now;
    fillFrom(m_subject);
    m_error->hide();
    m_conflictBar->hide();
    return true;
}

QString EvaluationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EvaluationDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    fitHeight();
}

void EvaluationDialog::fitHeight()
{
    // A wrapped message needs height for the dialog's width; a top-level dialog does not grow
    // for it by itself (as in the placement dialog).
    QLayout *l = layout();
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

bool EvaluationDialog::submit()
{
    m_error->hide();
    if (!m_date->hasValidText()) {
        showError(tr("Type the date of the evaluation as %1.").arg(dateFormat().toLower()));
        m_date->setFocus(Qt::OtherFocusReason);
        return false;
    }
    GpmiEvaluation e = m_subject; // id, GPMI, officer and the row version as loaded
    e.date = m_date->date();
    e.faceToFace = m_faceToFace->isChecked();
    e.progress.clear();
    for (const QLineEdit *edit : std::as_const(m_progress))
        e.progress << edit->text().trimmed();
    e.nextSteps = m_next->toPlainText().trimmed();
    const Result<qint64> saved = GpmiStore(m_db).saveEvaluation(e);
    if (!saved && saved.isConflict()) {
        m_conflictBar->showMessage(withInterfaceDates(saved.error()) + QLatin1Char(' ')
                                   + tr("What you typed stays in the fields until you reload."));
        m_conflictBar->setAction(tr("&Reload"), [this] { reload(); });
        fitHeight();
        return false;
    }
    if (!saved) {
        showError(withInterfaceDates(saved.error())); // the core's refusals say that nothing was saved
        return false;
    }
    m_savedId = saved.value();
    accept();
    return true;
}

} // namespace parcours::ui
