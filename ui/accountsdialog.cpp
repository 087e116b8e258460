// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsdialog.h"

#include "format.h"
#include "privacy/retention.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

// --- AccountsModel ----------------------------------------------------------------------------

AccountsModel::AccountsModel(Accounts &accounts, QObject *parent) : QAbstractTableModel(parent), m_accounts(accounts)
{
    reload();
}

void AccountsModel::reload()
{
    beginResetModel();
    m_rows = m_accounts.list();
    endResetModel();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Account &a = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case User:
            return a.username;
        case Name:
            return a.displayName;
        case RoleColumn:
            return RoleNames::label(a.role);
        case Active:
            return a.active ? (a.mustChangePassword ? tr("Yes, must change password") : tr("Yes")) : tr("No");
        case LastLogin:
            return a.lastLoginAt.isValid() ? QString(formatDate(a.lastLoginAt.toLocalTime().date()) + QLatin1Char(' ')
                                                     + a.lastLoginAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                                           : tr("Never");
        case FailedAttempts:
            return a.failedAttempts;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !a.active)
        return QColor(Qt::gray);
    if (role == Qt::UserRole)
        return a.id;
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User:
        return tr("User name");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Active:
        return tr("Active");
    case LastLogin:
        return tr("Last sign-in");
    case FailedAttempts:
        return tr("Failed sign-ins");
    default:
        return {};
    }
}

// --- AccountsDialog ---------------------------------------------------------------------------

AccountsDialog::AccountsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_accounts(db), m_settings(db)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts and settings"));
    setSizeGripEnabled(true);
    resize(760, 460);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    // Accounts
    m_model = new AccountsModel(m_accounts, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *create = new QPushButton(tr("New account…"));
    create->setObjectName(QStringLiteral("accountsNew"));
    m_active = new QPushButton(tr("Deactivate"));
    m_active->setObjectName(QStringLiteral("accountsActive"));
    m_reset = new QPushButton(tr("Reset password…"));
    m_reset->setObjectName(QStringLiteral("accountsReset"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("accountsRole"));
    for (Role r : allRoles())
        m_role->addItem(RoleNames::label(r), int(r));
    m_applyRole = new QPushButton(tr("Change role"));
    m_applyRole->setObjectName(QStringLiteral("accountsApplyRole"));
    connect(create, &QPushButton::clicked, this, &AccountsDialog::newAccount);
    connect(m_active, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_applyRole, &QPushButton::clicked, this, &AccountsDialog::applyRole);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    m_table->resizeColumnsToContents();

    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(create);
    accountButtons->addWidget(m_active);
    accountButtons->addWidget(m_reset);
    accountButtons->addStretch();
    accountButtons->addWidget(m_role);
    accountButtons->addWidget(m_applyRole);
    auto *accountsPage = new QWidget;
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    accountsLayout->addWidget(m_table);
    accountsLayout->addLayout(accountButtons);

    // Settings and retention
    m_idleMinutes = new QSpinBox;
    m_idleMinutes->setObjectName(QStringLiteral("settingsIdleMinutes"));
    m_idleMinutes->setRange(Settings::kMinIdleLockMinutes, Settings::kMaxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(m_settings.idleLockMinutes());
    m_retentionYears = new QSpinBox;
    m_retentionYears->setObjectName(QStringLiteral("settingsRetentionYears"));
    m_retentionYears->setRange(Settings::kMinRetentionYears, Settings::kMaxRetentionYears);
    m_retentionYears->setSuffix(tr(" years"));
    m_retentionYears->setValue(m_settings.retentionYears());
    auto *apply = new QPushButton(tr("Save settings"));
    apply->setObjectName(QStringLiteral("settingsApply"));
    connect(apply, &QPushButton::clicked, this, &AccountsDialog::applySettings);
    auto *settingsBox = new QGroupBox(tr("Settings of this database"));
    auto *settingsForm = new QFormLayout(settingsBox);
    settingsForm->addRow(tr("Lock the window after"), m_idleMinutes);
    settingsForm->addRow(tr("Keep identities for"), m_retentionYears);
    settingsForm->addRow(new QLabel(tr("…after a person's last dossier closed.")));
    settingsForm->addRow(QString(), apply);

    m_cutOff = new QLabel;
    m_cutOff->setObjectName(QStringLiteral("retentionCutOff"));
    m_cutOff->setWordWrap(true);
    auto *count = new QPushButton(tr("Count"));
    count->setObjectName(QStringLiteral("retentionCount"));
    auto *run = new QPushButton(tr("Anonymise…"));
    run->setObjectName(QStringLiteral("retentionRun"));
    connect(count, &QPushButton::clicked, this, &AccountsDialog::countRetention);
    connect(run, &QPushButton::clicked, this, &AccountsDialog::runRetention);
    auto *retentionBox = new QGroupBox(tr("Retention"));
    auto *retentionLayout = new QVBoxLayout(retentionBox);
    retentionLayout->addWidget(m_cutOff);
    auto *retentionButtons = new QHBoxLayout;
    retentionButtons->addWidget(count);
    retentionButtons->addWidget(run);
    retentionButtons->addStretch();
    retentionLayout->addLayout(retentionButtons);

    auto *settingsPage = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->addWidget(settingsBox);
    settingsLayout->addWidget(retentionBox);
    settingsLayout->addStretch();

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("accountsTabs"));
    tabs->addTab(accountsPage, tr("Accounts"));
    tabs->addTab(settingsPage, tr("Settings and retention"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_message);
    layout->addWidget(close);
    updateButtons();
}

QString AccountsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AccountsDialog::say(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid "
                                                    "#e6a9a3; border-radius: 4px; padding: 6px 8px; }")
                                   : QStringLiteral("QLabel { background: #e8f3ea; color: #14401d; border: 1px solid "
                                                    "#a9d3b1; border-radius: 4px; padding: 6px 8px; }"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AccountsDialog::select(const QString &username)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->accountAt(row).username == username) {
            m_table->selectRow(row);
            return;
        }
    }
}

std::optional<Account> AccountsDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->accountAt(rows.first().row());
}

void AccountsDialog::updateButtons()
{
    const std::optional<Account> a = selected();
    m_active->setEnabled(a.has_value());
    m_reset->setEnabled(a.has_value());
    m_applyRole->setEnabled(a.has_value());
    m_active->setText(a && !a->active ? tr("Activate") : tr("Deactivate"));
    if (a)
        m_role->setCurrentIndex(m_role->findData(int(a->role)));
    const QDate cutOff = Retention::defaultCutOff(m_db);
    m_cutOff->setText(tr("People whose every dossier closed before %1 (%2 years ago) are anonymised: names, numbers, "
                         "contacts and notes erased; the figures stay the same. This cannot be undone.")
                          .arg(formatDate(cutOff))
                          .arg(m_settings.retentionYears()));
}

std::optional<AccountsDialog::NewAccount> AccountsDialog::askNewAccount()
{
    if (m_newAccountPrompt)
        return m_newAccountPrompt();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New account"));
    auto *user = new QLineEdit;
    user->setMaxLength(64);
    auto *name = new QLineEdit;
    auto *role = new QComboBox;
    for (Role r : allRoles())
        role->addItem(RoleNames::label(r), int(r));
    role->setCurrentIndex(role->findData(int(Role::Officer)));
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit;
    repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), user);
    form->addRow(tr("Full name:"), name);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("First password:"), password);
    form->addRow(tr("Repeat it:"), repeat);
    auto *note = new QLabel(tr("The person must choose a password of their own at the first sign-in."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    while (dialog.exec() == QDialog::Accepted) {
        if (password->text() != repeat->text()) {
            QMessageBox::warning(&dialog, tr("New account"), tr("The two passwords differ."));
            continue;
        }
        return NewAccount{user->text(), name->text(), Role(role->currentData().toInt()), password->text()};
    }
    return std::nullopt;
}

std::optional<QString> AccountsDialog::askPassword(const Account &account)
{
    if (m_passwordPrompt)
        return m_passwordPrompt(account);
    bool ok = false;
    const QString first = QInputDialog::getText(this, tr("Reset password"),
                                                tr("A new password for %1; they must change it at the next sign-in:")
                                                    .arg(account.displayName),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    const QString second = QInputDialog::getText(this, tr("Reset password"), tr("Repeat it:"), QLineEdit::Password,
                                                 QString(), &ok);
    if (!ok)
        return std::nullopt;
    if (first != second) {
        say(tr("The two passwords differ; nothing was changed."), true);
        return std::nullopt;
    }
    return first;
}

void AccountsDialog::newAccount()
{
    const std::optional<NewAccount> a = askNewAccount();
    if (!a)
        return;
    Result<qint64> created = m_accounts.create(a->username, a->displayName, a->role, a->password);
    if (!created.ok())
        return say(created.error(), true);
    m_model->reload();
    select(Accounts::normalisedUsername(a->username));
    say(tr("The account %1 was created.").arg(Accounts::normalisedUsername(a->username)), false);
}

void AccountsDialog::toggleActive()
{
    const std::optional<Account> a = selected();
    if (!a)
        return;
    if (Status s = m_accounts.setActive(a->id, !a->active); !s)
        return say(s.error(), true);
    m_model->reload();
    select(a->username);
    say(a->active ? tr("%1 can no longer sign in.").arg(a->username) : tr("%1 can sign in again.").arg(a->username), false);
}

void AccountsDialog::resetPassword()
{
    const std::optional<Account> a = selected();
    if (!a)
        return;
    const std::optional<QString> password = askPassword(*a);
    if (!password)
        return;
    if (Status s = m_accounts.resetPassword(a->id, *password); !s)
        return say(s.error(), true);
    m_model->reload();
    select(a->username);
    say(tr("The password of %1 was reset; they must change it at the next sign-in.").arg(a->username), false);
}

void AccountsDialog::applyRole()
{
    const std::optional<Account> a = selected();
    if (!a)
        return;
    const Role role = Role(m_role->currentData().toInt());
    if (Status s = m_accounts.setRole(a->id, role); !s)
        return say(s.error(), true);
    m_model->reload();
    select(a->username);
    say(tr("%1 is now %2. The change applies from their next sign-in.").arg(a->username, RoleNames::label(role)), false);
}

void AccountsDialog::applySettings()
{
    if (Status s = m_settings.setIdleLockMinutes(m_idleMinutes->value()); !s)
        return say(s.error(), true);
    if (Status s = m_settings.setRetentionYears(m_retentionYears->value()); !s)
        return say(s.error(), true);
    updateButtons();
    say(tr("The settings were saved. The idle lock applies from the next sign-in."), false);
}

void AccountsDialog::countRetention()
{
    Result<Retention::Report> r = Retention::anonymise(m_db, Retention::defaultCutOff(m_db), true);
    if (!r.ok())
        return say(r.error(), true);
    say(tr("%1 people would be anonymised (%2 dossiers, %3 placements).")
            .arg(r.value().people)
            .arg(r.value().dossiers)
            .arg(r.value().placements),
        false);
}

void AccountsDialog::runRetention()
{
    const QDate cutOff = Retention::defaultCutOff(m_db);
    Result<Retention::Report> dry = Retention::anonymise(m_db, cutOff, true);
    if (!dry.ok())
        return say(dry.error(), true);
    if (dry.value().people == 0)
        return say(tr("Nobody's dossiers all closed before %1: nothing to anonymise.").arg(formatDate(cutOff)), false);
    const QString question = tr("Anonymise %1 people whose every dossier closed before %2? Their names, numbers, "
                                "contacts and notes are erased for good. Backups made earlier still hold them.")
                                 .arg(dry.value().people)
                                 .arg(formatDate(cutOff));
    const bool yes = m_confirmPrompt ? m_confirmPrompt(question)
                                     : QMessageBox::question(this, tr("Retention"), question,
                                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                                           == QMessageBox::Yes;
    if (!yes)
        return;
    Result<Retention::Report> r = Retention::anonymise(m_db, cutOff, false);
    if (!r.ok())
        return say(r.error(), true);
    say(tr("%1 people were anonymised.").arg(r.value().people), false);
}

} // namespace parcours::ui
