// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/gpmipage.h"

#include "balance/balanceprint.h"
#include "balance/compliance.h"
#include "balance/evaluationdialog.h"
#include "balance/pdfexport.h"
#include "dateedit.h"
#include "format.h"
#include "messagebar.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "trajectory/trajectory.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

GpmiPage::GpmiPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("gpmiPage"));

    m_start = new DateEdit;
    m_start->setObjectName(QStringLiteral("gpmiStart"));
    m_end = new DateEdit;
    m_end->setObjectName(QStringLiteral("gpmiEnd"));
    m_offered = new DateEdit;
    m_offered->setObjectName(QStringLiteral("gpmiOffered"));
    m_signed = new DateEdit;
    m_signed->setObjectName(QStringLiteral("gpmiSigned"));
    m_reflection = new QLabel;
    m_reflection->setObjectName(QStringLiteral("gpmiReflection"));
    connect(m_offered, &QLineEdit::editingFinished, this, &GpmiPage::updateHints);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("gpmiLanguage"));
    m_language->addItem(QString(), QStringLiteral("nl"));
    m_language->addItem(QString(), QStringLiteral("fr"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a language switch
    retranslate(m_language, [this] { // the contract's language chosen stays
        m_language->setItemText(0, tr("Dutch"));
        m_language->setItemText(1, tr("French"));
    });
    m_assisted = new QLineEdit;
    translated(m_assisted, &QLineEdit::setPlaceholderText, [] { return tr("nobody"); });
    m_officer = new QLineEdit;

    auto *period = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Contract"); });
    auto *grid = new QGridLayout(period);
    const auto labelled = [grid](int row, int column, auto text, QWidget *w) {
        auto *label = translated(new QLabel, &QLabel::setText, text);
        label->setBuddy(w);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(w, row, column * 2 + 1);
    };
    labelled(0, 0, [] { return tr("Star&t:"); }, m_start);
    labelled(0, 1, [] { return tr("&End:"); }, m_end);
    labelled(1, 0, [] { return tr("&Offered on:"); }, m_offered);
    labelled(1, 1, [] { return tr("Si&gned on:"); }, m_signed);
    grid->addWidget(m_reflection, 2, 0, 1, 4);
    labelled(3, 0, [] { return tr("&Language:"); }, m_language);
    labelled(3, 1, [] { return tr("Assisted &by:"); }, m_assisted);
    labelled(4, 0, [] { return tr("Social &worker:"); }, m_officer);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *domainsBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Domains and partners"); });
    auto *domainsLayout = new QVBoxLayout(domainsBox);
    auto *domainRow = new QHBoxLayout;
    for (size_t i = 0; i < kAllGpmiDomains.size(); ++i) {
        const GpmiDomain domain = kAllGpmiDomains[i];
        m_domains[i] = translated(new QCheckBox, &QCheckBox::setText, [domain] { return GpmiRules::domainLabel(domain); });
        m_domains[i]->setObjectName(QStringLiteral("domain_") + gpmiDomainCode(kAllGpmiDomains[i]));
        domainRow->addWidget(m_domains[i]);
    }
    domainRow->addStretch(1);
    domainsLayout->addLayout(domainRow);
    auto *partnersForm = new QFormLayout;
    m_partners = new QLineEdit;
    m_partners->setObjectName(QStringLiteral("gpmiPartners"));
    translated(m_partners, &QLineEdit::setPlaceholderText, [] {
        return tr("Actiris; Bruxelles Formation; … (separated by ;)");
    });
    m_planned = new QLineEdit;
    m_planned->setObjectName(QStringLiteral("gpmiPlanned"));
    translated(m_planned, &QLineEdit::setPlaceholderText, [] { return tr("dates separated by ;"); });
    addTranslatedRow(partnersForm, [] { return tr("Partne&rs:"); }, m_partners);
    addTranslatedRow(partnersForm, [] { return tr("Pla&nned evaluations:"); }, m_planned);
    domainsLayout->addLayout(partnersForm);

    auto *goalsBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Goals and commitments"); });
    auto *goalsLayout = new QVBoxLayout(goalsBox);
    m_goals = new QTableWidget(0, 4);
    m_goals->setObjectName(QStringLiteral("gpmiGoals"));
    retranslate(m_goals, [this] { // the goals typed in the table stay
        m_goals->setHorizontalHeaderLabels({tr("Goal"), tr("The person undertakes"), tr("The centre undertakes"), tr("Deadline")});
    });
    m_goals->verticalHeader()->hide();
    m_goals->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_goals->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_goals->setMinimumHeight(110);
    auto *addGoal = translated(new QPushButton, &QPushButton::setText, [] { return tr("Add goal"); });
    addGoal->setAutoDefault(false);
    connect(addGoal, &QPushButton::clicked, this, [this] { addGoalRow({}); });
    auto *removeGoal = translated(new QPushButton, &QPushButton::setText, [] { return tr("Remove goal"); });
    removeGoal->setAutoDefault(false);
    connect(removeGoal, &QPushButton::clicked, this, [this] {
        if (m_goals->currentRow() >= 0)
            m_goals->removeRow(m_goals->currentRow());
    });
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(addGoal);
    goalButtons->addWidget(removeGoal);
    goalButtons->addStretch(1);
    goalsLayout->addWidget(m_goals);
    goalsLayout->addLayout(goalButtons);

    auto *evaluationBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Evaluations"); });
    auto *evaluationLayout = new QVBoxLayout(evaluationBox);
    m_compliance = new QLabel;
    m_compliance->setObjectName(QStringLiteral("gpmiCompliance"));
    m_compliance->setWordWrap(true);
    m_evaluations = new QTableWidget(0, 4);
    m_evaluations->setObjectName(QStringLiteral("gpmiEvaluations"));
    retranslate(m_evaluations, [this] {
        m_evaluations->setHorizontalHeaderLabels({tr("Date"), tr("Face to face"), tr("Progress per goal"), tr("Next steps")});
    });
    m_evaluations->verticalHeader()->hide();
    m_evaluations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evaluations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evaluations->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_evaluations, &QTableWidget::cellDoubleClicked, this, [this] { editCurrentEvaluation(); });
    connect(m_evaluations, &QTableWidget::currentCellChanged, this, &GpmiPage::updateEvaluationButtons);
    m_evaluations->horizontalHeader()->setStretchLastSection(true);
    m_evaluations->setMinimumHeight(90);
    m_addEvaluation = translated(new QPushButton, &QPushButton::setText, [] { return tr("Add e&valuation…"); });
    m_addEvaluation->setObjectName(QStringLiteral("addEvaluationButton"));
    m_addEvaluation->setAutoDefault(false);
    connect(m_addEvaluation, &QPushButton::clicked, this, [this] { evaluationDialog({}); });
    m_editEvaluation = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Change evaluation…"); });
    m_editEvaluation->setObjectName(QStringLiteral("editEvaluationButton"));
    m_editEvaluation->setAutoDefault(false);
    m_editEvaluation->setEnabled(false);
    connect(m_editEvaluation, &QPushButton::clicked, this, &GpmiPage::editCurrentEvaluation);
    evaluationLayout->addWidget(m_compliance);
    evaluationLayout->addWidget(m_evaluations);
    auto *evaluationButtons = new QHBoxLayout;
    evaluationButtons->addWidget(m_addEvaluation);
    evaluationButtons->addWidget(m_editEvaluation);
    evaluationButtons->addStretch(1);
    evaluationLayout->addLayout(evaluationButtons);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(period);
    contentLayout->addWidget(domainsBox);
    contentLayout->addWidget(goalsBox);
    contentLayout->addWidget(evaluationBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("gpmiStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_save = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Save contract"); });
    m_save->setObjectName(QStringLiteral("saveGpmiButton"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveContract().ok())
            showMessage(tr("The GPMI was saved."), false);
    });
    m_print = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Print contract…"); });
    m_print->setObjectName(QStringLiteral("printGpmiButton"));
    m_print->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &GpmiPage::printWithDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    m_conflictBar = new MessageBar(this);
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

void GpmiPage::setDossier(const Person &person, const Dossier &dossier)
{
    m_person = person;
    m_dossier = dossier;
    const bool mayEdit = Permissions::allows(m_db.actor(), Permission::EditRegister);
    m_save->setEnabled(mayEdit);
    m_addEvaluation->setEnabled(mayEdit);
    m_status->hide();
    m_conflictBar->hide();
    reload();
}

void GpmiPage::reload()
{
    GpmiStore store(m_db);
    const std::optional<Gpmi> gpmi = store.gpmiOf(m_dossier.id);
    if (gpmi) {
        setContract(*gpmi);
    } else {
        Gpmi draft;
        draft.dossierId = m_dossier.id;
        draft.start = QDate::currentDate();
        draft.language = BalancePrint::documentLanguage(m_person);
        draft.officer = m_dossier.officer;
        setContract(draft);
    }
    showFollowUp();
}

void GpmiPage::showFollowUp()
{
    // The stored contract's evaluations and what is missing: read-only, so shown again as they
    // are after a language switch without touching the contract being edited above.
    GpmiStore store(m_db);
    const std::optional<Gpmi> gpmi = store.gpmiOf(m_dossier.id);
    m_evaluations->setRowCount(0);
    m_shownEvaluations.clear();
    Compliance::Facts facts;
    facts.opened = m_dossier.opened;
    facts.birthDate = m_person.birthDate;
    facts.signedOn = gpmi ? gpmi->signed_ : QDate();
    facts.gpmiEnd = gpmi ? gpmi->end : QDate();
    const QDate today = QDate::currentDate();
    for (const Placement &p : Trajectory(m_db).placements(m_dossier.id)) {
        if (p.cell != Cell::HealthEquity)
            continue;
        if (p.covers(today))
            facts.exemptOnDay = true;
        else if (p.end.isValid() && p.end < today && (!facts.lastExemptionEnd.isValid() || p.end > facts.lastExemptionEnd))
            facts.lastExemptionEnd = p.end;
    }
    if (gpmi) {
        for (const GpmiEvaluation &e : store.evaluations(gpmi->id)) {
            const int row = m_evaluations->rowCount();
            m_evaluations->insertRow(row);
            m_evaluations->setItem(row, 0, new QTableWidgetItem(formatDate(e.date)));
            m_evaluations->setItem(row, 1, new QTableWidgetItem(e.faceToFace ? tr("yes") : tr("no")));
            QStringList progress;
            for (qsizetype i = 0; i < e.progress.size(); ++i) {
                if (!e.progress.at(i).isEmpty())
                    progress << tr("%1: %2").arg(i + 1).arg(e.progress.at(i));
            }
            m_evaluations->setItem(row, 2, new QTableWidgetItem(progress.join(QStringLiteral("; "))));
            m_evaluations->setItem(row, 3, new QTableWidgetItem(e.nextSteps));
            facts.evaluations.append({e.date, e.faceToFace});
            m_shownEvaluations.append(e);
        }
    }
    m_evaluations->resizeColumnsToContents();
    updateEvaluationButtons();
    m_print->setEnabled(gpmi.has_value());
    m_addEvaluation->setEnabled(gpmi && gpmi->isSigned() && Permissions::allows(m_db.actor(), Permission::EditRegister));

    QStringList lines;
    if (m_dossier.incomeType != IncomeType::Leefloon)
        lines << tr("Equivalent income: a GPMI is possible but not mandatory.");
    else if (facts.exemptOnDay)
        lines << tr("Exempted for health or equity reasons today: no GPMI obligation.");
    else if (!Compliance::required(facts.opened, facts.birthDate))
        lines << tr("Opened before the GPMI became mandatory for everybody (1 November 2016).");
    else {
        const QList<Compliance::Finding> findings = Compliance::assess(facts, today);
        if (findings.isEmpty())
            lines << tr("In order today.");
        for (const Compliance::Finding &f : findings)
            lines << Compliance::stateLabel(f.state) + QStringLiteral(": ") + f.detail;
    }
    m_compliance->setText(lines.join(QLatin1Char('\n')));
}

void GpmiPage::setContract(const Gpmi &g)
{
    m_gpmiId = g.id;
    m_gpmiVersion = g.rowVersion;
    m_start->setDate(g.start);
    m_end->setDate(g.end);
    m_offered->setDate(g.offered);
    m_signed->setDate(g.signed_);
    m_language->setCurrentIndex(std::max(0, m_language->findData(g.language)));
    m_assisted->setText(g.assistedBy);
    m_officer->setText(g.officer);
    for (size_t i = 0; i < kAllGpmiDomains.size(); ++i)
        m_domains[i]->setChecked(g.domains.contains(kAllGpmiDomains[i]));
    m_partners->setText(g.partners.join(QStringLiteral("; ")));
    QStringList planned;
    for (const QDate &d : g.plannedEvaluations)
        planned << formatDate(d);
    m_planned->setText(planned.join(QStringLiteral("; ")));
    m_goals->setRowCount(0);
    for (const GpmiGoal &goal : g.goals)
        addGoalRow(goal);
    m_goals->resizeRowsToContents();
    updateHints();
}

Gpmi GpmiPage::contract() const
{
    Gpmi g;
    g.id = m_gpmiId;
    g.rowVersion = m_gpmiVersion;
    g.dossierId = m_dossier.id;
    g.start = m_start->date();
    g.end = m_end->date();
    g.offered = m_offered->date();
    g.signed_ = m_signed->date();
    g.language = m_language->currentData().toString();
    g.assistedBy = m_assisted->text().trimmed();
    g.officer = m_officer->text().trimmed();
    for (size_t i = 0; i < kAllGpmiDomains.size(); ++i) {
        if (m_domains[i]->isChecked())
            g.domains.append(kAllGpmiDomains[i]);
    }
    for (const QString &p : m_partners->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            g.partners << p.trimmed();
    }
    for (const QString &p : m_planned->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            g.plannedEvaluations << parseDate(p.trimmed());
    }
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        GpmiGoal goal{cellText(m_goals, row, 0), cellText(m_goals, row, 1), cellText(m_goals, row, 2), parseDate(cellText(m_goals, row, 3))};
        if (!goal.goal.isEmpty() || !goal.personCommitment.isEmpty() || !goal.centreCommitment.isEmpty())
            g.goals.append(goal);
    }
    return g;
}

Result<qint64> GpmiPage::saveContract()
{
    auto id = GpmiStore(m_db).save(contract());
    if (!id.ok() && id.isConflict()) {
        // Somebody else amended the contract since it was loaded: nothing was written. What
        // the officer typed stays on screen until they choose to reload.
        m_status->hide();
        m_conflictBar->showMessage(id.error() + QLatin1Char(' ') + tr("What you typed stays in the contract until you reload."));
        m_conflictBar->setAction(tr("&Reload"), [this] {
            m_conflictBar->hide();
            reload();
        });
        return id;
    }
    if (!id.ok()) {
        showMessage(id.error(), true);
        return id;
    }
    m_conflictBar->hide();
    reload();
    return id;
}

Result<qint64> GpmiPage::addEvaluation(const GpmiEvaluation &evaluation)
{
    GpmiEvaluation e = evaluation;
    e.gpmiId = m_gpmiId;
    auto id = GpmiStore(m_db).saveEvaluation(e);
    if (!id.ok()) {
        showMessage(id.error(), true);
        return id;
    }
    reload();
    showMessage(tr("The evaluation of %1 was recorded.").arg(formatDate(e.date)), false);
    return id;
}

void GpmiPage::evaluationDialog(const GpmiEvaluation &subject)
{
    // The stored contract's goals name the progress fields (the form may hold unsaved ones).
    const std::optional<Gpmi> stored = GpmiStore(m_db).gpmiOf(m_dossier.id);
    if (!stored)
        return;
    EvaluationDialog dialog(m_db, *stored, subject, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Only the follow-up is read again: what is being typed in the contract above stays.
    showFollowUp();
    const std::optional<GpmiEvaluation> saved = GpmiStore(m_db).evaluation(dialog.savedId());
    const QString day = formatDate(saved ? saved->date : subject.date);
    showMessage(subject.id == 0 ? tr("The evaluation of %1 was recorded.").arg(day) : tr("The evaluation of %1 was changed.").arg(day),
                false);
}

void GpmiPage::editCurrentEvaluation()
{
    const int row = m_evaluations->currentRow();
    if (row < 0 || row >= m_shownEvaluations.size() || !Permissions::allows(m_db.actor(), Permission::EditRegister))
        return;
    evaluationDialog(m_shownEvaluations.at(row));
}

void GpmiPage::updateEvaluationButtons()
{
    const int row = m_evaluations->currentRow();
    m_editEvaluation->setEnabled(row >= 0 && row < m_shownEvaluations.size()
                                 && Permissions::allows(m_db.actor(), Permission::EditRegister));
}

Status GpmiPage::printContract(const QString &pdfPath)
{
    GpmiStore store(m_db);
    const std::optional<Gpmi> g = store.gpmiOf(m_dossier.id);
    if (!g)
        return Status::failure(tr("This dossier has no GPMI yet: save the contract first."));
    const QString language = g->language.isEmpty() ? BalancePrint::documentLanguage(m_person) : g->language;
    return PdfExport::write(BalancePrint::gpmiHtml(m_person, m_dossier, *g, store.evaluations(g->id), language),
                            tr("GPMI %1").arg(m_dossier.reference), pdfPath);
}

void GpmiPage::printWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the GPMI contract as PDF"),
                                                      tr("gpmi-%1.pdf").arg(m_dossier.reference), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printContract(path); !s)
        showMessage(s.error(), true);
    else
        showMessage(tr("The contract was written to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void GpmiPage::addGoalRow(const GpmiGoal &goal)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    m_goals->setItem(row, 0, new QTableWidgetItem(goal.goal));
    m_goals->setItem(row, 1, new QTableWidgetItem(goal.personCommitment));
    m_goals->setItem(row, 2, new QTableWidgetItem(goal.centreCommitment));
    m_goals->setItem(row, 3, new QTableWidgetItem(formatDate(goal.deadline)));
}

void GpmiPage::updateHints()
{
    const QDate offered = m_offered->date();
    m_reflection->setText(offered.isValid() ? tr("Reflection period: %1 working days, so it can be signed from %2 on.")
                                                  .arg(GpmiRules::kReflectionWorkingDays)
                                                  .arg(formatDate(GpmiRules::firstSigningDay(offered)))
                                            : tr("The person has %1 working days to reflect after the draft is handed over.")
                                                  .arg(GpmiRules::kReflectionWorkingDays));
}

void GpmiPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_dossier.id != 0) {
        // Texts only: the contract, the goals and the dates being typed stay as they are.
        updateHints();
        showFollowUp();
    }
    QWidget::changeEvent(event);
}

void GpmiPage::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b01e1e;") : QString());
    m_status->show();
}

} // namespace parcours::ui
