// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "databasefiles.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parcours::ui {

namespace {

QLineEdit *lineEdit(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    return label;
}

// "parcours on db.ocmw.local:5432 (anne)"
QString describe(const ServerAddress &a)
{
    return ConnectionDialog::tr("%1 on %2:%3 (%4)").arg(a.database, a.host).arg(a.port).arg(a.user);
}

// The looks at servers run in a pool of their own rather than Qt's global one: a look that was
// abandoned against a silent server keeps its thread until libpq gives up, and must not hold
// up other work queued there. The application owns the pool; its end waits for them.
QThreadPool *probePool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("serverProbes"));
        pool->setMaxThreadCount(8);
        // A thread ends with its look: libpq's OpenSSL frees its per-thread state at thread
        // exit, which then happens at once rather than while the application shuts down
        // (LeakSanitizer saw that state lost when idle threads were only joined at exit).
        pool->setExpiryTimeout(0);
    }
    return pool;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a database"));
    setMinimumWidth(560);

    m_fileChoice = new QRadioButton(tr("This computer (a file)"));
    m_fileChoice->setObjectName(QStringLiteral("connectionFileChoice"));
    m_serverChoice = new QRadioButton(tr("A server (PostgreSQL), shared by several PCs"));
    m_serverChoice->setObjectName(QStringLiteral("connectionServerChoice"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_fileChoice);
    group->addButton(m_serverChoice);

    // A file on this computer.
    auto *filePage = new QWidget;
    m_file = lineEdit("connectionFile");
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("connectionFileBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = DatabaseFiles::chooseExisting(this);
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileForm = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    fileForm->addRow(fileLabel, fileRow);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addLayout(fileForm);
    fileLayout->addWidget(note(tr("For one PC. Keep the file on this PC's own disk: a database file on a network share "
                                  "can be damaged when two PCs write to it. Several officers at once need a server.")));
    fileLayout->addStretch();

    // A database on a server.
    auto *serverPage = new QWidget;
    m_recent = new QComboBox;
    m_recent->setObjectName(QStringLiteral("connectionRecent"));
    m_host = lineEdit("connectionHost");
    m_host->setPlaceholderText(tr("name or IP address, e.g. db.ocmw.local"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = lineEdit("connectionDatabase");
    m_database->setText(QStringLiteral("parcours"));
    m_user = lineEdit("connectionUser");
    m_tls = new QComboBox;
    m_tls->setObjectName(QStringLiteral("connectionTls"));
    m_tls->addItem(tr("Encrypted (require)"), int(ServerAddress::Tls::Require));
    m_tls->addItem(tr("Encrypted, server certificate checked (verify-full)"), int(ServerAddress::Tls::VerifyFull));
    m_tls->addItem(tr("Not encrypted: only for a server on this PC (disable)"), int(ServerAddress::Tls::Disable));
    m_caFile = lineEdit("connectionCaFile");
    m_caFile->setPlaceholderText(tr("optional: the CA certificate that signed the server's"));
    m_caBrowse = new QPushButton(tr("Choose…"));
    m_caBrowse->setObjectName(QStringLiteral("connectionCaBrowse"));
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!chosen.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(chosen));
    });
    m_password = lineEdit("connectionPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_keepPassword = new QCheckBox(tr("Remember the password until Parcours closes"));
    m_keepPassword->setObjectName(QStringLiteral("connectionKeepPassword"));
    m_keepPassword->setToolTip(tr("The password is kept in memory only, for opening this database again before "
                                  "Parcours closes. It is never saved: not in the settings, not on disk."));

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *serverForm = new QFormLayout;
    serverForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_recentLabel = new QLabel(tr("&Recent:"));
    m_recentLabel->setBuddy(m_recent);
    serverForm->addRow(m_recentLabel, m_recent);
    // Rows holding a layout get a label without buddy, which would show its '&': name it.
    auto *hostLabel = new QLabel(tr("&Server:"));
    hostLabel->setBuddy(m_host);
    serverForm->addRow(hostLabel, hostRow);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("&Encryption:"), m_tls);
    auto *caLabel = new QLabel(tr("&CA certificate:"));
    caLabel->setBuddy(m_caFile);
    serverForm->addRow(caLabel, caRow);
    serverForm->addRow(tr("Pass&word:"), m_password);
    serverForm->addRow(QString(), m_keepPassword);
    auto *serverLayout = new QVBoxLayout(serverPage);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addLayout(serverForm);
    serverLayout->addStretch();

    m_pages = new QStackedWidget;
    m_pages->addWidget(filePage);
    m_pages->addWidget(serverPage);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // While the server is looked at: what is going on, and a way not to wait for it.
    m_busy = new QWidget;
    m_busy->setObjectName(QStringLiteral("connectionBusy"));
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0); // no end known: the bar says "working"
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(72);
    m_busyLabel = new QLabel;
    m_busyLabel->setObjectName(QStringLiteral("connectionBusyText"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyLabel->setWordWrap(true);
    m_stopWaiting = new QPushButton(tr("Stop w&aiting"));
    m_stopWaiting->setObjectName(QStringLiteral("connectionStopWaiting"));
    m_stopWaiting->setToolTip(tr("Stops waiting for the server's answer. Nothing was changed on the server."));
    connect(m_stopWaiting, &QPushButton::clicked, this, &ConnectionDialog::stopWaiting);
    auto *busyRow = new QHBoxLayout(m_busy);
    busyRow->setContentsMargins(0, 0, 0, 0);
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_stopWaiting);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox;
    m_test = buttons->addButton(tr("&Test the connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("connectionTest"));
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectionConnect"));
    m_connect->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("connectionCancel"));
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToDatabase);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Where is the register?")));
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_serverChoice);
    layout->addSpacing(6);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_fileChoice, &QRadioButton::toggled, this, [this](bool file) {
        m_pages->setCurrentIndex(file ? 0 : 1);
        m_test->setVisible(!file);
        m_message->hide();
    });
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateTls);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (auto parsed = ServerAddress::parse(m_recent->itemData(index).toString()))
            setServer(parsed.value());
    });

    confirmSetUp = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    fillRecentServers();
    // The last database used, else the most recent server, else this computer.
    const QStringList recent = DatabaseFiles::recent();
    if (!recent.isEmpty())
        setLocation(recent.first());
    else if (m_recent->count() > 0)
        setLocation(m_recent->itemData(0).toString());
    else
        setKind(Kind::File);
    updateTls();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::fillRecentServers()
{
    m_recent->clear();
    for (const QString &url : DatabaseFiles::recentServers()) {
        if (const auto parsed = ServerAddress::parse(url))
            m_recent->addItem(describe(parsed.value()), url);
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentLabel->setVisible(m_recent->count() > 0);
}

ConnectionDialog::Kind ConnectionDialog::kind() const
{
    return m_serverChoice->isChecked() ? Kind::Server : Kind::File;
}

void ConnectionDialog::setKind(Kind kind)
{
    (kind == Kind::File ? m_fileChoice : m_serverChoice)->setChecked(true);
    m_pages->setCurrentIndex(kind == Kind::File ? 0 : 1);
    m_test->setVisible(kind == Kind::Server);
}

void ConnectionDialog::setLocation(const QString &location)
{
    if (Database::isServerUrl(location)) {
        if (const auto parsed = ServerAddress::parse(location)) {
            setServer(parsed.value());
            setKind(Kind::Server);
            return;
        }
    }
    m_file->setText(QDir::toNativeSeparators(location));
    setKind(Kind::File);
}

void ConnectionDialog::setServer(const ServerAddress &a)
{
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_user->setText(a.user);
    // The dialog offers three modes; an address without one (libpq's "prefer") or with a
    // weaker one is shown as the safe choice for where the server is.
    ServerAddress::Tls tls = a.tls;
    if (tls == ServerAddress::Tls::VerifyCa)
        tls = ServerAddress::Tls::VerifyFull;
    else if (tls != ServerAddress::Tls::VerifyFull && tls != ServerAddress::Tls::Require && tls != ServerAddress::Tls::Disable)
        tls = a.isLoopback() ? ServerAddress::Tls::Disable : ServerAddress::Tls::Require;
    m_tls->setCurrentIndex(m_tls->findData(int(tls)));
    m_caFile->setText(QDir::toNativeSeparators(a.caFile));
    m_extra = a.extra;
    m_password->setText(DatabaseFiles::sessionPassword(a.url()));
    m_keepPassword->setChecked(!m_password->text().isEmpty());
    const int recent = m_recent->findData(a.url());
    if (recent >= 0)
        m_recent->setCurrentIndex(recent);
    updateTls();
}

void ConnectionDialog::updateTls()
{
    const bool verify = m_tls->currentData().toInt() == int(ServerAddress::Tls::VerifyFull);
    m_caFile->setEnabled(verify);
    m_caBrowse->setEnabled(verify);
}

QString ConnectionDialog::filePath() const
{
    const QString text = m_file->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

Result<ServerAddress> ConnectionDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.tls = ServerAddress::Tls(m_tls->currentData().toInt());
    if (a.tls == ServerAddress::Tls::VerifyFull)
        a.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    a.extra = m_extra;
    if (Status s = a.validate(); !s)
        return Result<ServerAddress>::failure(s.error());
    return Result<ServerAddress>(a);
}

Status ConnectionDialog::checkFields()
{
    const auto missing = [](QLineEdit *field, const QString &why) {
        field->setFocus();
        return Status::failure(why);
    };
    if (m_host->text().trimmed().isEmpty())
        return missing(m_host, tr("Give the server's name or IP address."));
    if (m_database->text().trimmed().isEmpty())
        return missing(m_database, tr("Give the name of the database on the server."));
    if (m_user->text().trimmed().isEmpty())
        return missing(m_user, tr("Give your user name on the database server."));
    if (const auto a = address(); !a) {
        const ServerAddress::Tls tls = ServerAddress::Tls(m_tls->currentData().toInt());
        (tls == ServerAddress::Tls::VerifyFull && !m_caFile->text().trimmed().isEmpty() ? static_cast<QWidget *>(m_caFile)
         : tls == ServerAddress::Tls::Disable                                            ? static_cast<QWidget *>(m_tls)
                                                                                         : static_cast<QWidget *>(m_host))
            ->setFocus();
        return Status::failure(a.error());
    }
    return Status::success();
}

void ConnectionDialog::showResult(const QString &text, bool good)
{
    m_message->setText(text);
    m_message->setProperty("good", good);
    m_message->setStyleSheet(good ? QStringLiteral("QLabel { background: #e8f5e9; color: #1b4d20; border: 1px solid #a5d6a7;"
                                                   " border-radius: 4px; padding: 6px 8px; }")
                                  : QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                                   " border-radius: 4px; padding: 6px 8px; }"));
    m_message->setVisible(!text.isEmpty());
}

void ConnectionDialog::focusPassword()
{
    if (kind() == Kind::Server && m_password->text().isEmpty())
        m_password->setFocus();
}

void ConnectionDialog::showProblem(const QString &text)
{
    showResult(text, false);
}

QString ConnectionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool ConnectionDialog::isBusy() const
{
    return m_probe != nullptr;
}

void ConnectionDialog::setBusy(const QString &text)
{
    const bool busy = !text.isEmpty();
    m_busyLabel->setText(text);
    m_busy->setVisible(busy);
    if (busy)
        m_message->hide();
    // What the look uses was copied when it started: the fields wait until it ends.
    m_fileChoice->setEnabled(!busy);
    m_serverChoice->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    if (busy)
        m_stopWaiting->setFocus();
}

void ConnectionDialog::testConnection()
{
    startProbe(Intent::Test);
}

void ConnectionDialog::startProbe(Intent intent)
{
    if (m_probe)
        return;
    if (Status s = checkFields(); !s) {
        showResult(s.error(), false);
        return;
    }
    const ServerAddress a = address().value();
    const QString password = m_password->text();
    auto *watcher = new QFutureWatcher<ServerProbe>(this);
    m_probe = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, intent, a, password] {
        m_probe = nullptr;
        watcher->deleteLater();
        probeDone(intent, a, password, watcher->result());
    });
    setBusy(intent == Intent::Test ? tr("Testing the connection…") : tr("Connecting…"));
    // Only copies go to the worker, never the dialog: it may be closed before the worker ends.
    // ServerProbe::run makes, uses and removes its own uniquely named connection there.
    watcher->setFuture(QtConcurrent::run(probePool(), [run = probeServer, a, password] { return run(a, password); }));
}

void ConnectionDialog::stopWaiting()
{
    if (!m_probe)
        return;
    // Deleting the watcher disconnects it: the worker's result goes nowhere.
    delete m_probe;
    m_probe = nullptr;
    setBusy(QString());
    if (isVisible())
        m_test->setFocus(); // the Stop button that had it is hidden now
}

void ConnectionDialog::done(int result)
{
    stopWaiting(); // a closed dialog neither shows a late answer nor opens a database
    QDialog::done(result);
}

void ConnectionDialog::probeDone(Intent intent, const ServerAddress &a, const QString &password, const ServerProbe &probe)
{
    setBusy(QString());
    showResult(probe.message(a), probe.canOpen() || probe.outcome == ServerProbe::Outcome::Empty);
    m_test->setFocus();
    Q_EMIT probeFinished(probe);
    if (intent == Intent::Connect)
        openServer(a, password, probe);
}

void ConnectionDialog::connectToDatabase()
{
    if (kind() == Kind::File) {
        const QString path = filePath();
        if (path.isEmpty()) {
            m_file->setFocus();
            showResult(tr("Choose the database file."), false);
            return;
        }
        Result<std::unique_ptr<Database>> opened = DatabaseFiles::open(path, Database::Mode::MustExist);
        if (!opened) {
            showResult(DatabaseFiles::describeFailure(path, opened.error()), false);
            return;
        }
        m_db = opened.take();
        accept();
        return;
    }
    // Look first, so that the message names the cause and an empty database is set up only
    // when the user says so; openServer() follows when the look ends.
    startProbe(Intent::Connect);
}

void ConnectionDialog::openServer(const ServerAddress &a, const QString &password, const ServerProbe &probe)
{
    Database::Mode mode = Database::Mode::MustExist;
    if (probe.outcome == ServerProbe::Outcome::Empty) {
        if (!confirmSetUp(tr("The database %1 on %2 is empty. Set it up as a new Parcours register?\n\nThe first person "
                             "to sign in becomes its administrator.")
                              .arg(a.database, a.host)))
            return;
        mode = Database::Mode::CreateIfMissing;
    } else if (!probe.canOpen()) {
        return; // the message says why
    }
    // On this thread: the connection is the window's from now on. The server has just
    // answered, so this waits seconds at most (and the setup of an empty one).
    Database::Options options{mode, 5000, {}, password};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> opened = Database::open(a.url(), options);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showResult(opened.error(), false);
        return;
    }
    if (m_keepPassword->isChecked() && !password.isEmpty())
        DatabaseFiles::keepSessionPassword(opened.value()->path(), password);
    else
        DatabaseFiles::keepSessionPassword(opened.value()->path(), QString());
    m_db = opened.take();
    accept();
}

std::unique_ptr<Database> ConnectionDialog::takeDatabase()
{
    return std::move(m_db);
}

} // namespace parcours::ui
