// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/balancepage.h"

#include "balance/balanceform.h"
#include "balance/balanceprint.h"
#include "balance/balancestore.h"
#include "balance/comparedialog.h"
#include "balance/pdfexport.h"
#include "dateedit.h"
#include "format.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace parcours::ui {

BalancePage::BalancePage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("balancePage"));
    m_versions = new QListWidget;
    m_versions->setObjectName(QStringLiteral("balanceVersions"));
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setMinimumWidth(220);
    connect(m_versions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { showVersion(item->data(Qt::UserRole).toInt()); });

    m_compare = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Compare…"); });
    m_compare->setObjectName(QStringLiteral("compareButton"));
    translated(m_compare, &QWidget::setToolTip, [] {
        return tr("Select two versions, or one to compare it with the version before it");
    });
    m_compare->setAutoDefault(false);
    connect(m_compare, &QPushButton::clicked, this, &BalancePage::compareSelected);

    auto *left = new QVBoxLayout;
    left->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Versions (double-click to show):"); }));
    left->addWidget(m_versions, 1);
    left->addWidget(m_compare);

    m_form = new BalanceForm;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_showing = new QLabel;
    m_showing->setObjectName(QStringLiteral("balanceShowing"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("balanceStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_save = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Save as new version"); });
    m_save->setObjectName(QStringLiteral("saveBalanceButton"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        auto saved = saveVersion();
        if (saved.ok())
            showMessage(tr("Saved as version %1.").arg(saved.value()), false);
    });
    m_refer = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Refer to the orientation…"); });
    m_refer->setObjectName(QStringLiteral("referButton"));
    translated(m_refer, &QWidget::setToolTip, [] {
        return tr("Make the orientation of the latest version the dossier's next step in the trajectory");
    });
    m_refer->setAutoDefault(false);
    connect(m_refer, &QPushButton::clicked, this, &BalancePage::referWithDialog);
    m_print = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Print summary…"); });
    m_print->setObjectName(QStringLiteral("printBalanceButton"));
    m_print->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &BalancePage::printWithDialog);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_refer);
    buttons->addStretch(1);
    buttons->addWidget(m_print);

    auto *right = new QVBoxLayout;
    right->addWidget(m_showing);
    right->addWidget(m_status);
    right->addWidget(scroll, 1);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);
}

void BalancePage::setDossier(const Person &person, const Dossier &dossier)
{
    m_person = person;
    m_dossier = dossier;
    const bool mayEdit = Permissions::allows(m_db.actor(), Permission::EditSensitive);
    m_save->setEnabled(mayEdit);
    m_refer->setEnabled(Permissions::allows(m_db.actor(), Permission::EditRegister));
    m_form->setReadOnly(!mayEdit);
    m_status->hide();
    m_loaded = false;
    if (isVisible())
        reload();
}

void BalancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_dossier.id != 0)
        reload();
}

void BalancePage::reload(int select)
{
    m_loaded = true;
    const QList<BalanceStore::VersionInfo> versions = BalanceStore(m_db).versions(m_dossier.id);
    m_versions->clear();
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        auto *item = new QListWidgetItem(versionText(*it), m_versions);
        item->setData(Qt::UserRole, it->number);
    }
    m_compare->setEnabled(versions.size() >= 2);
    m_print->setEnabled(!versions.isEmpty());
    if (versions.isEmpty()) {
        m_form->setBalance({});
        setShowing([] { return tr("No balance yet: fill in the form and save the first version."); });
        return;
    }
    showVersion(select > 0 ? select : versions.last().number);
}

QString BalancePage::versionText(const BalanceStore::VersionInfo &info)
{
    return tr("Version %1 — %2\n%3").arg(info.number).arg(formatDate(info.savedAt.toLocalTime().date()), info.authorName);
}

void BalancePage::setShowing(std::function<QString()> text)
{
    m_showingText = std::move(text);
    m_showing->setText(m_showingText());
}

void BalancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_loaded) {
        // Texts only: the versions listed (and selected) and the form being edited stay.
        const QList<BalanceStore::VersionInfo> versions = BalanceStore(m_db).versions(m_dossier.id);
        for (int i = 0; i < m_versions->count(); ++i) {
            QListWidgetItem *item = m_versions->item(i);
            for (const BalanceStore::VersionInfo &info : versions) {
                if (info.number == item->data(Qt::UserRole).toInt())
                    item->setText(versionText(info));
            }
        }
        if (m_showingText)
            m_showing->setText(m_showingText());
    }
    QWidget::changeEvent(event);
}

void BalancePage::showVersion(int number)
{
    auto v = BalanceStore(m_db).version(m_dossier.id, number);
    if (!v.ok()) {
        showMessage(v.error(), true);
        return;
    }
    m_form->setBalance(v->balance);
    const int latest = m_versions->count() > 0 ? m_versions->item(0)->data(Qt::UserRole).toInt() : 0;
    setShowing([number, latest, info = v->info] {
        return number == latest ? tr("Version %1 (the latest), %2 by %3.")
                                      .arg(number)
                                      .arg(formatDate(info.savedAt.toLocalTime().date()), info.authorName)
                                : tr("Version %1 of %2 by %3. Saving it makes it the latest version again.")
                                      .arg(number)
                                      .arg(formatDate(info.savedAt.toLocalTime().date()), info.authorName);
    });
    for (int i = 0; i < m_versions->count(); ++i) {
        QListWidgetItem *item = m_versions->item(i);
        QFont f = item->font();
        f.setBold(item->data(Qt::UserRole).toInt() == number);
        item->setFont(f);
    }
}

Result<int> BalancePage::saveVersion()
{
    // The form is empty until the page was shown: never save that over a stored balance.
    if (!m_loaded && !BalanceStore(m_db).versions(m_dossier.id).isEmpty())
        return Result<int>::failure(tr("The balance was not read yet; open the Balance tab first."));
    FieldErrors errors;
    auto saved = BalanceStore(m_db).save(m_dossier.id, m_form->balance(), &errors);
    if (!saved.ok()) {
        showMessage(saved.error(), true);
        return saved;
    }
    reload();
    return saved;
}

CompareDialog *BalancePage::compare(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    auto rows = BalanceStore(m_db).compare(m_dossier.id, a, b);
    if (!rows.ok()) {
        showMessage(rows.error(), true);
        return nullptr;
    }
    auto *dialog = new CompareDialog(tr("Version %1").arg(a), tr("Version %1").arg(b), rows.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void BalancePage::compareSelected()
{
    QList<int> numbers;
    for (const QListWidgetItem *item : m_versions->selectedItems())
        numbers << item->data(Qt::UserRole).toInt();
    std::sort(numbers.begin(), numbers.end());
    if (numbers.size() >= 2)
        compare(numbers.first(), numbers.last());
    else if (numbers.size() == 1 && numbers.first() > 1)
        compare(numbers.first() - 1, numbers.first());
    else if (m_versions->count() >= 2)
        compare(m_versions->item(1)->data(Qt::UserRole).toInt(), m_versions->item(0)->data(Qt::UserRole).toInt());
}

Result<qint64> BalancePage::referToOrientation(const QDate &day)
{
    const QString officer = m_db.actor().displayName.isEmpty() ? m_dossier.officer : m_db.actor().displayName;
    auto id = BalanceStore(m_db).referToOrientation(m_dossier.id, 0, day, officer);
    if (!id.ok()) {
        showMessage(id.error(), true);
        return id;
    }
    showMessage(tr("The dossier was referred on %1; the trajectory shows the new step.").arg(formatDate(day)), false);
    Q_EMIT trajectoryChanged();
    return id;
}

void BalancePage::referWithDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Refer to the orientation"));
    auto *day = new DateEdit;
    day->setDate(QDate::currentDate());
    auto *form = new QFormLayout(&dialog);
    auto *text = translated(new QLabel, &QLabel::setText, [] {
        return tr("The orientation of the latest version becomes the dossier's referral from this day on. "
                  "A step that is running then ends the day before.");
    });
    text->setWordWrap(true);
    form->addRow(text);
    addTranslatedRow(form, [] { return tr("&From:"); }, day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && day->date().isValid())
        referToOrientation(day->date());
}

Status BalancePage::printSummary(const QString &pdfPath)
{
    auto v = BalanceStore(m_db).version(m_dossier.id, 0);
    if (!v.ok())
        return Status::failure(v.error());
    const QString html = BalancePrint::balanceHtml(m_person, m_dossier, v.value(), BalancePrint::documentLanguage(m_person));
    return PdfExport::write(html, tr("Balance %1").arg(m_dossier.reference), pdfPath);
}

void BalancePage::printWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the balance summary as PDF"),
                                                      tr("balance-%1.pdf").arg(m_dossier.reference), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printSummary(path); !s)
        showMessage(s.error(), true);
    else
        showMessage(tr("The summary was written to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void BalancePage::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b01e1e;") : QString());
    m_status->show();
}

} // namespace parcours::ui
