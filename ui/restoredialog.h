// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backupset.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace parcours::ui {

// The automatic backups of one database, newest first: when, how big, which file.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Taken, Size, File, ColumnCount };

    explicit BackupListModel(QObject *parent = nullptr);
    void setBackups(QList<BackupInfo> backups);
    const BackupInfo &backup(int row) const { return m_backups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sizeText(qint64 bytes); // "1.4 MB" in the user's locale

private:
    QList<BackupInfo> m_backups;
};

// File → Restore…: the list of automatic backups of the open database, where they live
// (the administrator may choose another folder), and Restore… with a clear confirmation.
// The dialog only chooses; MainWindow::restoreFrom() does the work.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The backup to put in place, once the dialog was accepted.
    QString chosenBackup() const { return m_chosen; }

    // Replaces the confirmation question (tests, screenshots); it receives the backup and
    // the name the current file will be kept under, and returns whether to go on.
    using Confirmation = std::function<bool(const BackupInfo &backup)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    QTableView *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }
    BackupListModel *model() const { return m_model; }
    void refresh();

    // The question asked before restoring, for showing it elsewhere (screenshots).
    static QString confirmationText(const BackupInfo &backup, const QString &databasePath);

private:
    void chooseFolder();
    void confirmAndAccept();

    QString m_databasePath;
    QString m_chosen;
    Confirmation m_confirm;
    BackupListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace parcours::ui
