// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiles.h"

#include "connectiondialog.h"
#include "restoredialog.h"
#include "storage/backupset.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace parcours::ui {

namespace {

const QString kRecentKey = QStringLiteral("database/recent");
// Set once the default database has been opened: from then on it holds someone's data and
// must not be recreated empty if it disappears.
const QString kDefaultUsedKey = QStringLiteral("database/defaultUsed");
const QString kServersKey = QStringLiteral("database/recentServers");

// Passwords the user asked to keep until the program ends: memory only.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString fileFilter()
{
    return DatabaseFiles::tr("Parcours databases (*.sqlite *.parcours);;All files (*)");
}

QString startDirectory()
{
    for (const QString &recent : DatabaseFiles::recent())
        if (!Database::isServerUrl(recent))
            return QFileInfo(recent).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString DatabaseFiles::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("parcours.sqlite"));
}

QStringList DatabaseFiles::recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

QString DatabaseFiles::normalized(const QString &location)
{
    return Database::isServerUrl(location) ? location : QFileInfo(location).absoluteFilePath();
}

bool DatabaseFiles::isRecent(const QString &location)
{
    return recent().contains(normalized(location));
}

QStringList DatabaseFiles::recentServers()
{
    return QSettings().value(kServersKey).toStringList();
}

QString DatabaseFiles::sessionPassword(const QString &url)
{
    return sessionPasswords().value(url);
}

void DatabaseFiles::keepSessionPassword(const QString &url, const QString &password)
{
    if (password.isEmpty())
        sessionPasswords().remove(url);
    else
        sessionPasswords().insert(url, password);
}

void DatabaseFiles::remember(const QString &path)
{
    const QString absolute = normalized(path);
    const auto prepend = [&absolute](QStringList list) {
        list.removeAll(absolute);
        list.prepend(absolute);
        while (list.size() > kMaxRecent)
            list.removeLast();
        return list;
    };
    QSettings settings;
    settings.setValue(kRecentKey, prepend(recent()));
    // Servers have their own list too: a dozen files opened since must not push them out.
    if (Database::isServerUrl(absolute))
        settings.setValue(kServersKey, prepend(recentServers()));
    if (absolute == QFileInfo(defaultPath()).absoluteFilePath())
        settings.setValue(kDefaultUsedKey, true);
}

void DatabaseFiles::forget(const QString &path)
{
    QStringList list = recent();
    list.removeAll(normalized(path));
    QSettings().setValue(kRecentKey, list);
}

void DatabaseFiles::clearRecent()
{
    QSettings().remove(kRecentKey);
}

Database::Mode DatabaseFiles::startupMode(const QString &path)
{
    const bool isDefault = QFileInfo(path).absoluteFilePath() == QFileInfo(defaultPath()).absoluteFilePath();
    const bool usedBefore = QSettings().value(kDefaultUsedKey, false).toBool();
    return isDefault && !usedBefore ? Database::Mode::CreateIfMissing : Database::Mode::MustExist;
}

Result<std::unique_ptr<Database>> DatabaseFiles::open(const QString &path, Database::Mode mode)
{
    if (Database::isServerUrl(path)) {
        // Never asks: a password is typed in the connection dialog (File → Connect…, Open
        // recent, start-up), the one place that says what a refusal means.
        return Database::open(path, {mode, 5000, {}, sessionPassword(path)});
    }
    if (mode == Database::Mode::CreateIfMissing) {
        // The default location's folder does not exist on a fresh account.
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return Result<std::unique_ptr<Database>>::failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    }
    return Database::open(path, {mode, 5000});
}

QString DatabaseFiles::chooseExisting(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open database"), startDirectory(), fileFilter());
}

QString DatabaseFiles::chooseNew(QWidget *parent)
{
    QString start = QDir(startDirectory()).filePath(tr("parcours") + QStringLiteral(".sqlite"));
    for (;;) {
        QString path = QFileDialog::getSaveFileName(parent, tr("New database"), start, fileFilter(), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".sqlite");
        if (!QFileInfo::exists(path))
            return path;
        QMessageBox::warning(parent, tr("New database"),
                             tr("%1 already exists. A new database needs a name that is not used yet; "
                                "to work in the existing file, use File → Open database.")
                                 .arg(QDir::toNativeSeparators(path)));
        start = path;
    }
}

std::unique_ptr<Database> DatabaseFiles::openAtStartup(QString path, Database::Mode mode)
{
    if (Database::isServerUrl(path)) {
        // Without asking first: the environment, ~/.pgpass or the server itself may let
        // the user in. Otherwise the dialog, filled in, says why and takes the password.
        Result<std::unique_ptr<Database>> opened = Database::open(path, {Database::Mode::MustExist, 5000});
        if (opened)
            return opened.take();
        ConnectionDialog dialog;
        dialog.setLocation(path);
        const ServerProbe::Outcome cause = ServerProbe::classify(opened.error());
        if (cause == ServerProbe::Outcome::PasswordNeeded || cause == ServerProbe::Outcome::WrongPassword)
            dialog.showProblem(tr("Type your password for the database server."));
        else
            dialog.showProblem(opened.error());
        dialog.focusPassword();
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        return dialog.takeDatabase();
    }
    for (;;) {
        Result<std::unique_ptr<Database>> opened = open(path, mode);
        if (opened)
            return opened.take();

        const FailureBox failure = failureBox(path, opened.error());
        QMessageBox &box = *failure.box;
        for (;;) {
            box.exec();
            QString chosen;
            if (box.clickedButton() == failure.openOther) {
                chosen = chooseExisting(nullptr);
                mode = Database::Mode::MustExist;
            } else if (failure.restoreLatest && box.clickedButton() == failure.restoreLatest) {
                if (restoreLatest(path))
                    break; // open the restored file
                continue;
            } else if (box.clickedButton() == failure.create) {
                chosen = chooseNew(nullptr);
                mode = Database::Mode::CreateIfMissing;
            } else {
                return nullptr;
            }
            if (!chosen.isEmpty()) {
                path = chosen;
                break; // try the new choice; a cancelled file dialog asks again
            }
        }
    }
}

bool DatabaseFiles::restoreLatest(const QString &path, QWidget *parent)
{
    const std::optional<BackupInfo> latest = BackupSet(path).latest();
    if (!latest)
        return false;
    QMessageBox confirm(QMessageBox::Warning, tr("Restore the latest backup"),
                        RestoreDialog::confirmationText(*latest, path), QMessageBox::Cancel, parent);
    widen(&confirm);
    QPushButton *go = confirm.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return false;
    // Nobody can sign in to a file that does not open: the restored trail names the
    // operating-system account that chose to restore it, before anyone signed in.
    const QString osUser = Actor::cli().name.section(QLatin1Char(':'), 1);
    const Result<BackupSet::Restored> restored =
        BackupSet::restore(latest->path, path, Actor::system(QStringLiteral("restore-at-start (%1)").arg(osUser)));
    if (!restored) {
        QMessageBox box(QMessageBox::Warning, tr("Restore the latest backup"), tr("The backup was not restored."),
                        QMessageBox::Ok, parent);
        box.setInformativeText(restored.error());
        widen(&box);
        box.exec();
        return false;
    }
    QMessageBox done(QMessageBox::Information, tr("Restore the latest backup"),
                     tr("The database was restored from the backup of %1.").arg(QLocale().toString(latest->taken, QLocale::ShortFormat)),
                     QMessageBox::Ok, parent);
    done.setInformativeText(tr("The damaged file is kept at %1.").arg(QDir::toNativeSeparators(restored.value().keptAside)));
    widen(&done);
    done.exec();
    return true;
}

QString DatabaseFiles::describeFailure(const QString &path, const QString &error)
{
    const QString native = QDir::toNativeSeparators(path);
    if (error.contains(native) || error.contains(path))
        return error;
    return error + QStringLiteral("\n\n") + tr("File: %1").arg(native);
}

void DatabaseFiles::widen(QMessageBox *box)
{
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(480, 0, QSizePolicy::Minimum, QSizePolicy::Minimum), grid->rowCount(), 0, 1,
                      grid->columnCount());
}

DatabaseFiles::FailureBox DatabaseFiles::failureBox(const QString &path, const QString &error)
{
    // The core's message says what is wrong; the box only offers ways forward.
    FailureBox f;
    f.box = std::make_unique<QMessageBox>(QMessageBox::Warning, tr("Parcours"), tr("The database could not be opened."));
    f.box->setInformativeText(describeFailure(path, error));
    widen(f.box.get());
    f.openOther = f.box->addButton(tr("Open other…"), QMessageBox::AcceptRole);
    f.create = f.box->addButton(tr("New database…"), QMessageBox::AcceptRole);
    // A damaged file with a backup: offer the backup (another folder's backups are found
    // through File → Restore… once a database is open, or parcours-cli restore).
    if (QFileInfo(path).isFile() && BackupSet(path).latest())
        f.restoreLatest = f.box->addButton(tr("Restore the latest backup…"), QMessageBox::AcceptRole);
    f.quit = f.box->addButton(tr("Quit"), QMessageBox::RejectRole);
    f.box->setDefaultButton(f.openOther);
    f.box->setEscapeButton(f.quit);
    return f;
}

} // namespace parcours::ui
