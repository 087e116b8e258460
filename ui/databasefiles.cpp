// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiles.h"

#include "restoredialog.h"
#include "storage/backupset.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLocale>
#include <QInputDialog>
#include <QLineEdit>
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

QString fileFilter()
{
    return DatabaseFiles::tr("Parcours databases (*.sqlite *.parcours);;All files (*)");
}

QString startDirectory()
{
    const QStringList recent = DatabaseFiles::recent();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
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

void DatabaseFiles::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recent();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings settings;
    settings.setValue(kRecentKey, list);
    if (absolute == QFileInfo(defaultPath()).absoluteFilePath())
        settings.setValue(kDefaultUsedKey, true);
}

void DatabaseFiles::forget(const QString &path)
{
    QStringList list = recent();
    list.removeAll(QFileInfo(path).absoluteFilePath());
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
        Database::Options options{mode, 5000, {}};
        // The password of a server, when the environment and ~/.pgpass did not have it.
        options.askPassword = [](const QString &url) {
            return QInputDialog::getText(nullptr, tr("Database server"), tr("Password for %1:").arg(url),
                                         QLineEdit::Password);
        };
        return Database::open(path, options);
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
    const Result<BackupSet::Restored> restored = BackupSet::restore(latest->path, path);
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
