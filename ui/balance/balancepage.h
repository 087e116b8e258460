// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "balance/balancestore.h"
#include "domain/dossier.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace parcours {
class Database;
}

namespace parcours::ui {

class BalanceForm;
class CompareDialog;

// The balance tab of the dossier window: the versions on the left (newest first), the form on
// the right. "Save as new version" adds a version (never overwrites one), "Compare" puts two
// versions side by side, "Refer to the orientation" makes the orientation the dossier's
// referral in the trajectory, "Print" writes the summary as a PDF in the person's language.
class BalancePage : public QWidget
{
    Q_OBJECT
public:
    explicit BalancePage(Database &db, QWidget *parent = nullptr);

    // Shows the dossier's balance. Read when the page is first shown, not before: reading
    // the sensitive obstacles is recorded in the audit trail, and opening a dossier on its
    // trajectory is not looking at its balance.
    void setDossier(const Person &person, const Dossier &dossier);

    BalanceForm *form() const { return m_form; }
    QListWidget *versionList() const { return m_versions; }
    QLabel *statusLabel() const { return m_status; }

    // The actions behind the buttons, without dialogs (tests, screenshots).
    Result<int> saveVersion();
    // Shows version `number` in the form (read from the store).
    void showVersion(int number);
    // Opens the side-by-side comparison of versions a and b (non-modal); null on failure.
    CompareDialog *compare(int a, int b);
    Result<qint64> referToOrientation(const QDate &day);
    Status printSummary(const QString &pdfPath);

Q_SIGNALS:
    // A referral changed the trajectory.
    void trajectoryChanged();

protected:
    void showEvent(QShowEvent *event) override;
    // QEvent::LanguageChange: the version list and the line above the form in the new language.
    void changeEvent(QEvent *event) override;

private:
    static QString versionText(const BalanceStore::VersionInfo &info);
    void setShowing(std::function<QString()> text);
    std::function<QString()> m_showingText;
    void reload(int select = 0);
    void showMessage(const QString &text, bool error);
    void compareSelected();
    void referWithDialog();
    void printWithDialog();

    Database &m_db;
    bool m_loaded = false; // the versions of m_dossier were read
    Person m_person;
    Dossier m_dossier;
    QListWidget *m_versions = nullptr;
    BalanceForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_showing = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_refer = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace parcours::ui
