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
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
template<typename T>
class QFutureWatcher;

namespace parcours::ui {

// File → Connect to a database…, and the start-up question when the last used server cannot
// be reached without a password: where the register is, "This computer (a file)" or "A
// server (PostgreSQL)". For a server: host, port, database, user, encryption (libpq's
// sslmode: require, verify-full with an optional CA file, or disable for a server on this
// PC), and the password, which is never written to the settings (at most kept in memory
// until Parcours closes). "Test the connection" says what is wrong in the user's words,
// changing nothing; Connect opens the database (and, after asking, sets up an empty one).
// Recent servers (without passwords) come from DatabaseFiles and are offered first.
//
// Both look at the server first (ServerProbe::run) on a worker thread: a server that does not
// answer takes up to libpq's connect_timeout (10 s unless the address sets one), and the
// window must go on repainting meanwhile. While it looks, the fields and both buttons are
// disabled and a line says so, with "Stop waiting": that abandons the result (the worker ends
// on its own when libpq gives up; nothing of the dialog is touched by it, so closing the dialog
// meanwhile is safe too). The database itself is then opened on this thread, because a
// QSqlDatabase connection belongs to the thread that made it (Qt 6.4 cannot move one).
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

    // For a server without a password yet, the password field takes the focus (Open recent,
    // start-up): the rest is filled in.
    void focusPassword();
    // Shows a message under the fields (start-up: why the remembered server did not open).
    void showProblem(const QString &text);
    QString message() const;

    // The opened database after Connect succeeded (the dialog was accepted), else nullptr.
    std::unique_ptr<Database> takeDatabase();

    // Asked before an empty server database is set up; true to go on. Tests replace it.
    std::function<bool(const QString &question)> confirmSetUp;
    // How the server is looked at: ServerProbe::run, called on a worker thread with copies of
    // the address and password, so it must not touch the dialog. The screenshots replace it.
    std::function<ServerProbe(const ServerAddress &address, const QString &password)> probeServer = &ServerProbe::run;

    // True while the server is being looked at (after Test or Connect) and no result is shown.
    bool isBusy() const;
    // Closing (Cancel, Escape, accept) abandons a look under way, as Stop waiting does.
    void done(int result) override;

public Q_SLOTS:
    // Checks the fields (a wrong one is said at once), then looks at the server without
    // changing anything, off this thread; shows what was found when it arrives.
    void testConnection();
    // Opens the file, or looks at the server as testConnection() does and then opens it;
    // accepts on success, otherwise says why.
    void connectToDatabase();
    // "Stop waiting": forgets the look under way; its result will not be shown.
    void stopWaiting();

Q_SIGNALS:
    // A look at the server ended and its message is shown (not emitted for an abandoned one).
    void probeFinished(const parcours::ServerProbe &probe);

private:
    enum class Intent { Test, Connect };
    void startProbe(Intent intent);
    void probeDone(Intent intent, const ServerAddress &address, const QString &password, const ServerProbe &probe);
    void openServer(const ServerAddress &address, const QString &password, const ServerProbe &probe);
    void setBusy(const QString &text);

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
    QWidget *m_busy = nullptr; // "Testing the connection…" with Stop waiting
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_stopWaiting = nullptr;
    QProgressBar *m_busyBar = nullptr;
    // The look under way; deleted (and so never heard from) when abandoned.
    QFutureWatcher<ServerProbe> *m_probe = nullptr;
    std::unique_ptr<Database> m_db;
    QList<QPair<QString, QString>> m_extra; // libpq settings of a URL that have no field, kept
};

} // namespace parcours::ui
