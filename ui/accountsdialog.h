// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/accounts.h"
#include "security/settings.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

// The accounts of the database, for the administrator's table.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { User, Name, RoleColumn, Active, LastLogin, FailedAttempts, ColumnCount };

    explicit AccountsModel(Accounts &accounts, QObject *parent = nullptr);
    void reload();
    const Account &accountAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Accounts &m_accounts;
    QList<Account> m_rows;
};

// The administrator's dialog: accounts (create, deactivate, change the role, reset the
// password), the settings of the database (idle lock, retention period) and retention
// itself (the GUI twin of `parcours-cli retention`). Every rule and permission is the core's;
// a refusal shows its message in the dialog.
//
// The questions it asks (the new account, a new password, "anonymise N people?") go through
// prompts that tests replace.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    struct NewAccount
    {
        QString username;
        QString displayName;
        Role role = Role::Officer;
        QString password;
    };
    using NewAccountPrompt = std::function<std::optional<NewAccount>()>;
    using PasswordPrompt = std::function<std::optional<QString>(const Account &)>;
    using ConfirmPrompt = std::function<bool(const QString &question)>;

    explicit AccountsDialog(Database &db, QWidget *parent = nullptr);

    void setNewAccountPrompt(NewAccountPrompt prompt) { m_newAccountPrompt = std::move(prompt); }
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirmPrompt = std::move(prompt); }

    AccountsModel *model() const { return m_model; }
    QString message() const;
    // Selects the row of `username` in the table.
    void select(const QString &username);

public Q_SLOTS:
    void newAccount();
    void toggleActive();
    void resetPassword();
    void applyRole();
    void applySettings();
    void countRetention();
    void runRetention();

private:
    std::optional<Account> selected() const;
    void updateButtons();
    void say(const QString &text, bool error);
    std::optional<NewAccount> askNewAccount();
    std::optional<QString> askPassword(const Account &account);

    Database &m_db;
    Accounts m_accounts;
    Settings m_settings;
    AccountsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_reset = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_applyRole = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QSpinBox *m_retentionYears = nullptr;
    QLabel *m_cutOff = nullptr;
    QLabel *m_message = nullptr;
    NewAccountPrompt m_newAccountPrompt;
    PasswordPrompt m_passwordPrompt;
    ConfirmPrompt m_confirmPrompt;
};

} // namespace parcours::ui
