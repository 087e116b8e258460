// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace parcours::ui {

// File → Connect to a database…, and the start-up question when the last used server cannot
// be reached without a password: where the register is, "This computer (a file)" or "A
// server (PostgreSQL)". For a server: host, port, database, user, encryption (libpq's
// sslmode: require, verify-full with an optional CA file, or disable for a server on this
// PC), and the password, which is never written to the settings (at most kept in memory
// until Parcours closes). "Test the connection" says what is wrong in the user's words,
// changing nothing; Connect opens the database (and, after asking, sets up an empty one).
// Recent servers (without passwords) come from DatabaseFiles and are offered first.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    enum class Kind { File, Server };
    Kind kind() const;
    void setKind(Kind kind);
    // Fills the fields from a file path or a server URL (the last used one, a recent one).
    void setLocation(const QString &location);
    void setServer(const ServerAddress &address);
    // The address the server fields make, or which field is wrong and why.
    Result<ServerAddress> address() const;
    QString filePath() const;

    // Shows a message under the fields (start-up: why the remembered server did not open).
    void showProblem(const QString &text);
    QString message() const;

    // The opened database after Connect succeeded (the dialog was accepted), else nullptr.
    std::unique_ptr<Database> takeDatabase();

    // Asked before an empty server database is set up; true to go on. Tests replace it.
    std::function<bool(const QString &question)> confirmSetUp;

public Q_SLOTS:
    // Connects without changing anything and shows what was found; returns it.
    ServerProbe testConnection();
    // Opens the file or the server database; accepts on success, otherwise says why.
    void connectToDatabase();

private:
    void fillRecentServers();
    void updateTls();
    void showResult(const QString &text, bool good);
    // The fields' own checks, before the core's (ServerAddress::validate); focuses the field.
    Status checkFields();

    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_recent = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keepPassword = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    std::unique_ptr<Database> m_db;
    QList<QPair<QString, QString>> m_extra; // libpq settings of a URL that have no field, kept
};

} // namespace parcours::ui
