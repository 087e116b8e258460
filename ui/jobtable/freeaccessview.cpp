// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeaccessview.h"

#include "dateedit.h"
#include "format.h"
#include "jobtablemodels.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

FreeAccessView::FreeAccessView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("freeAccessView"));
    m_day = new DateEdit;
    m_day->setObjectName(QStringLiteral("visitDay"));
    m_day->setDate(QDate::currentDate());
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("visitReference"));
    translated(m_reference, &QLineEdit::setPlaceholderText, [] { return tr("Anonymous (or type the dossier reference)"); });
    m_reference->setClearButtonEnabled(true);
    auto *recordBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Record a visit"); });
    auto *recordLayout = new QVBoxLayout(recordBox);
    auto *who = new QHBoxLayout;
    who->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Day"); }));
    who->addWidget(m_day);
    who->addSpacing(12);
    who->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Person"); }));
    who->addWidget(m_reference, 1);
    recordLayout->addLayout(who);
    auto *buttons = new QHBoxLayout;
    for (VisitPurpose p : kAllVisitPurposes) {
        auto *button = translated(new QPushButton, &QPushButton::setText, [p] { return FreeAccess::purposeLabel(p); });
        button->setObjectName(QStringLiteral("purpose_") + visitPurposeCode(p));
        button->setMinimumHeight(40);
        translated(button, &QWidget::setToolTip, [] { return tr("Records the visit at once"); });
        connect(button, &QPushButton::clicked, this, [this, p] { record(p); });
        buttons->addWidget(button);
        m_purposeButtons << button;
    }
    recordLayout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);
    recordLayout->addWidget(m_message);

    m_visits = new VisitModel(this);
    m_visitTable = new QTableView;
    m_visitTable->setModel(m_visits);
    m_visitTable->verticalHeader()->hide();
    m_visitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    prepareTableHeader(m_visitTable->horizontalHeader());
    retranslateModel(m_visitTable);
    m_visitTable->horizontalHeader()->setStretchLastSection(true);
    m_visitTable->setColumnHidden(VisitModel::Day, true); // the day is the one chosen above
    m_visitTable->verticalHeader()->setDefaultSectionSize(m_visitTable->fontMetrics().height() + 8);
    auto *remove = translated(new QPushButton, &QPushButton::setText, [] { return tr("Remove the visit"); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const Visit *v = m_visits->rowAt(m_visitTable->currentIndex().row());
        if (!m_db || !v)
            return;
        const Status s = FreeAccess(*m_db).remove(v->id);
        m_message->setText(s ? tr("The visit was removed.") : s.error());
        refresh();
    });
    auto *dayBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Visits of the day"); });
    auto *dayLayout = new QVBoxLayout(dayBox);
    dayLayout->addWidget(m_visitTable, 1);
    dayLayout->addWidget(remove, 0, Qt::AlignRight);

    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    connect(m_year, &QSpinBox::valueChanged, this, &FreeAccessView::refresh);
    m_months = new MonthCountModel(this);
    m_monthTable = new QTableView;
    m_monthTable->setObjectName(QStringLiteral("monthCountTable"));
    m_monthTable->setModel(m_months);
    m_monthTable->verticalHeader()->hide();
    prepareTableHeader(m_monthTable->horizontalHeader());
    retranslateModel(m_monthTable);
    m_monthTable->verticalHeader()->setDefaultSectionSize(m_monthTable->fontMetrics().height() + 8);
    auto *monthBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Visits per month"); });
    auto *monthLayout = new QVBoxLayout(monthBox);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Year"); }));
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    monthLayout->addLayout(yearRow);
    monthLayout->addWidget(m_monthTable, 1);

    m_rules = new QLabel;
    m_rules->setObjectName(QStringLiteral("rulesInForce"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retranslate(m_rules, [this] { showRules(); });
    m_rulesVersion = new QLineEdit;
    translated(m_rulesVersion, &QLineEdit::setPlaceholderText, [] { return tr("Version"); });
    m_rulesFrom = new DateEdit;
    m_rulesFrom->setDate(QDate::currentDate());
    m_rulesBody = new QPlainTextEdit;
    translated(m_rulesBody, &QPlainTextEdit::setPlaceholderText, [] { return tr("The text of the usage rules"); });
    m_rulesBody->setMaximumHeight(80);
    auto *saveRules = translated(new QPushButton, &QPushButton::setText, [] { return tr("Put this version in force"); });
    connect(saveRules, &QPushButton::clicked, this, &FreeAccessView::saveRules);
    m_rulesEditor = new QWidget;
    auto *editor = new QGridLayout(m_rulesEditor);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addWidget(m_rulesVersion, 0, 0);
    editor->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("in force from"); }), 0, 1);
    editor->addWidget(m_rulesFrom, 0, 2);
    editor->addWidget(saveRules, 0, 3);
    editor->addWidget(m_rulesBody, 1, 0, 1, 4);
    m_rulesEditor->hide();
    m_newRules = translated(new QPushButton, &QPushButton::setText, [] { return tr("New version of the rules…"); });
    m_newRules->setCheckable(true);
    connect(m_newRules, &QPushButton::toggled, m_rulesEditor, &QWidget::setVisible);
    auto *rulesBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Usage rules of the Space for Work"); });
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rules, 1);
    rulesRow->addWidget(m_newRules, 0, Qt::AlignTop);
    rulesLayout->addLayout(rulesRow);
    rulesLayout->addWidget(m_rulesEditor);

    auto *lower = new QHBoxLayout;
    lower->addWidget(dayBox, 2);
    lower->addWidget(monthBox, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(recordBox);
    layout->addLayout(lower, 1);
    layout->addWidget(rulesBox);

    connect(m_day, &QLineEdit::editingFinished, this, &FreeAccessView::refresh);
    setEnabled(false);
}

FreeAccessView::~FreeAccessView()
{
    disconnectChildren(this);
}

void FreeAccessView::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

QPushButton *FreeAccessView::purposeButton(VisitPurpose purpose) const
{
    return m_purposeButtons.value(int(purpose));
}

QString FreeAccessView::message() const
{
    return m_message->text();
}

void FreeAccessView::record(VisitPurpose purpose)
{
    if (!m_db)
        return;
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    const QString reference = m_reference->text().trimmed();
    const auto recorded = FreeAccess(*m_db).record(day, purpose, reference);
    if (!recorded) {
        m_message->setText(recorded.error());
        return;
    }
    m_message->setText(tr("Recorded: %1, %2, %3.")
                           .arg(FreeAccess::purposeLabel(purpose), reference.isEmpty() ? tr("anonymous") : reference,
                                formatDate(day)));
    m_reference->clear(); // the next visitor is anonymous again
    refresh();
}

void FreeAccessView::saveRules()
{
    if (!m_db)
        return;
    const Status s = FreeAccess(*m_db).setRules({m_rulesVersion->text(), m_rulesFrom->date(), m_rulesBody->toPlainText()});
    m_message->setText(s ? tr("The usage rules %1 are saved.").arg(m_rulesVersion->text().trimmed()) : s.error());
    if (s)
        m_newRules->setChecked(false);
    refresh();
}

void FreeAccessView::showRules()
{
    if (!m_rulesRead) {
        m_rules->clear();
        return;
    }
    m_rules->setText(m_inForce ? tr("<b>In force: version %1, since %2.</b> %3")
                                     .arg(m_inForce->version.toHtmlEscaped(), formatDate(m_inForce->inForceFrom),
                                          m_inForce->body.toHtmlEscaped())
                               : tr("No usage rules are recorded yet."));
}

void FreeAccessView::refresh()
{
    const bool allowed = m_db && Permissions::require(*m_db, Permission::FreeAccessLog);
    setEnabled(allowed);
    if (!allowed) {
        m_visits->setRows({});
        m_months->setRows({});
        m_rulesRead = false;
        showRules();
        return;
    }
    FreeAccess access(*m_db);
    const QDate day = m_day->date().isValid() ? m_day->date() : QDate::currentDate();
    m_visits->setRows(access.visits(day, day));
    const int year = m_year->value();
    m_months->setRows(access.monthlyCounts(QDate(year, 1, 1), QDate(year, 12, 31)));
    m_monthTable->resizeColumnsToContents();
    m_inForce = access.rulesInForce();
    m_rulesRead = true;
    showRules();
    const bool mayEdit = Permissions::require(*m_db, Permission::EditRegister).ok();
    m_newRules->setVisible(mayEdit);
    if (!mayEdit)
        m_newRules->setChecked(false);
}

} // namespace parcours::ui
