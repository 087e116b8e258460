// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredialog.h"

#include "databasefiles.h"
#include "format.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) { }

void BackupListModel::setBackups(QList<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::sizeText(qint64 bytes)
{
    // Powers of 1024 with the familiar "KB/MB" names: what file managers on the office PCs show.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupInfo &b = m_backups.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Taken:
            return QString(formatDate(b.taken.date()) + QStringLiteral("  ") + b.taken.time().toString(QStringLiteral("HH:mm")));
        case Size:
            return sizeText(b.size);
        case File:
            return QFileInfo(b.path).fileName();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return QDir::toNativeSeparators(b.path);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return b.path;
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Taken:
        return tr("Taken on");
    case Size:
        return tr("Size");
    case File:
        return tr("File");
    default:
        return {};
    }
}

RestoreDialog::RestoreDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));

    auto *intro = new QLabel(tr("Restoring replaces the whole database with the backup you choose. The database as it is "
                                "now is first kept beside it under a name with today's date, so it is not lost. Everyone "
                                "else must close Parcours on this database first."));
    intro->setWordWrap(true);

    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("backupFolderLabel"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *changeFolder = new QPushButton(tr("Change folder…"));
    changeFolder->setObjectName(QStringLiteral("changeFolderButton"));
    connect(changeFolder, &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(changeFolder, 0, Qt::AlignTop);

    m_model = new BackupListModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(220);

    m_empty = new QLabel(tr("There are no backups of this database in this folder yet. Parcours makes one when it opens a "
                            "database and once a day while it runs."));
    m_empty->setObjectName(QStringLiteral("noBackupsLabel"));
    m_empty->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::confirmAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, &RestoreDialog::confirmAndAccept);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(whereRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(720, 440);
    refresh();
}

void RestoreDialog::refresh()
{
    const BackupSet set(m_databasePath);
    m_where->setText(tr("Backups of %1 in %2").arg(QFileInfo(m_databasePath).fileName(), QDir::toNativeSeparators(set.folder())));
    m_model->setBackups(set.list());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_restore->setEnabled(m_table->selectionModel()->hasSelection());
}

void RestoreDialog::chooseFolder()
{
    const QString current = BackupSet::configuredFolder();
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Folder for the automatic backups"),
        current.isEmpty() ? QFileInfo(m_databasePath).absolutePath() : current);
    if (chosen.isEmpty())
        return;
    // Choosing the database's own folder means the default (its "backups" subfolder).
    BackupSet::setConfiguredFolder(QFileInfo(chosen).absoluteFilePath() == QFileInfo(m_databasePath).absolutePath() ? QString() : chosen);
    refresh();
}

QString RestoreDialog::confirmationText(const BackupInfo &backup, const QString &databasePath)
{
    return tr("Replace the database %1 with the backup taken on %2 at %3?\n\nEverything recorded after that moment will "
              "no longer be in the database. The database as it is now is kept beside it, in %4, with today's date in its "
              "name; you can open it with File → Open database.")
        .arg(QFileInfo(databasePath).fileName(), formatDate(backup.taken.date()),
             backup.taken.time().toString(QStringLiteral("HH:mm")),
             QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath()));
}

void RestoreDialog::confirmAndAccept()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const BackupInfo &backup = m_model->backup(rows.first().row());
    bool go = false;
    if (m_confirm) {
        go = m_confirm(backup);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Restore a backup"), confirmationText(backup, m_databasePath),
                        QMessageBox::Cancel, this);
        DatabaseFiles::widen(&box);
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        go = box.clickedButton() == restore;
    }
    if (!go)
        return;
    m_chosen = backup.path;
    accept();
}

} // namespace parcours::ui
