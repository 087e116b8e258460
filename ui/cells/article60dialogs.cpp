// SPDX-License-Identifier: GPL-3.0-or-later
#include "article60dialogs.h"

#include "dateedit.h"
#include "format.h"
#include "partners/partners.h"
#include "placementdialog.h"
#include "registry/registry.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours::ui {

// --- Article60Dialog ----------------------------------------------------------------------

Article60Dialog::Article60Dialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setSizeGripEnabled(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("article60Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_error);
    m_layout->addLayout(m_form);
}

Article60Dialog::~Article60Dialog()
{
    disconnectChildren(this);
}

void Article60Dialog::addRow(const QString &label, QWidget *field, const char *objectName)
{
    field->setObjectName(QString::fromLatin1(objectName));
    auto *l = new QLabel(label);
    l->setBuddy(field);
    m_form->addRow(l, field);
}

void Article60Dialog::finish(const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addStretch();
    m_layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QString Article60Dialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void Article60Dialog::showError(const QString &message)
{
    m_error->setText(tr("Nothing was saved. %1").arg(withInterfaceDates(message)));
    m_error->show();
}

// --- PostDialog ---------------------------------------------------------------------------

PostDialog::PostDialog(Database &db, QWidget *parent) : Article60Dialog(db, parent)
{
    setWindowTitle(tr("New article 60 post"));
    m_function = new QLineEdit;
    m_function->setPlaceholderText(tr("e.g. kitchen help, maintenance worker, clerk"));
    m_place = new QLineEdit;
    m_place->setPlaceholderText(tr("The service or the site where the work is done"));
    m_partner = new QComboBox;
    m_partner->addItem(tr("The centre itself"), qint64(0));
    QList<bool> socialEconomy{false};
    if (const Result<QList<Partner>> partners = Partners(db).list()) {
        for (const Partner &p : partners.value()) {
            m_partner->addItem(QStringLiteral("%1 (%2)").arg(p.name, Partners::kindLabel(p.kind)), p.id);
            socialEconomy << (p.kind == PartnerKind::SocialEconomy);
        }
    }
    m_socialEconomy = new QCheckBox(tr("In the social economy"));
    m_schedule = new QComboBox;
    for (const PostSchedule s : {PostSchedule::Full, PostSchedule::Half})
        m_schedule->addItem(Article60::scheduleLabel(s), int(s));
    m_note = new QLineEdit;
    addRow(tr("&Function:"), m_function, "postFunction");
    addRow(tr("&Place:"), m_place, "postPlace");
    addRow(tr("P&artner:"), m_partner, "postPartner");
    m_form->addRow(QString(), m_socialEconomy);
    m_socialEconomy->setObjectName(QStringLiteral("postSocialEconomy"));
    addRow(tr("&Time:"), m_schedule, "postSchedule");
    addRow(tr("&Note:"), m_note, "postNote");
    // A post at a social-economy enterprise is in the social economy, unless the officer says otherwise.
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this, socialEconomy](int i) {
        if (i >= 0 && i < socialEconomy.size())
            m_socialEconomy->setChecked(socialEconomy.at(i));
    });
    finish(tr("&Add post"));
}

bool PostDialog::submit()
{
    Article60Post p;
    p.function = m_function->text();
    p.place = m_place->text();
    p.partnerId = m_partner->currentData().toLongLong();
    p.socialEconomy = m_socialEconomy->isChecked();
    p.schedule = PostSchedule(m_schedule->currentData().toInt());
    p.note = m_note->text();
    const Result<qint64> id = Article60(m_db).addPost(p);
    if (!id) {
        showError(id.error());
        return false;
    }
    m_saved = id.value();
    accept();
    return true;
}

// --- ContractDialog -----------------------------------------------------------------------

ContractDialog::ContractDialog(Database &db, const QString &officer, qint64 postId, QWidget *parent)
    : Article60Dialog(db, parent), m_officer(officer)
{
    setWindowTitle(tr("New article 60 contract"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name or dossier reference"));
    m_search->setClearButtonEnabled(true);
    m_people = new QListWidget;
    m_people->setObjectName(QStringLiteral("contractPeople"));
    m_people->setFixedHeight(m_people->fontMetrics().lineSpacing() * 6 + 8);
    m_post = new QComboBox;
    if (const Result<QList<PostOccupancy>> board = Article60(db).occupancy(QDate::currentDate())) {
        for (const PostOccupancy &o : board.value()) {
            if (!o.post.active)
                continue;
            m_posts << o.post;
            const QString label = QStringLiteral("%1 — %2 (%3)").arg(o.post.function, o.post.place,
                                                                    Article60::scheduleLabel(o.post.schedule));
            m_post->addItem(o.filled() ? tr("%1, held until %2").arg(label, formatDate(o.contract->end())) : label, o.post.id);
        }
    }
    m_post->setCurrentIndex(postId ? m_post->findData(postId) : (m_post->count() ? 0 : -1));
    m_start = new DateEdit;
    m_start->setDate(QDate::currentDate());
    m_days = new QSpinBox;
    m_days->setRange(0, Article60::kMaxDaysNeeded);
    m_days->setValue(312);
    m_days->setToolTip(tr("The days of work the person needs to open their unemployment rights, as the officer "
                          "established them."));
    m_plannedEnd = new QLabel;
    m_plannedEnd->setObjectName(QStringLiteral("contractPlannedEnd"));
    m_plannedEnd->setWordWrap(true);
    m_note = new QLineEdit;
    addRow(tr("&Person:"), m_search, "contractSearch");
    m_form->addRow(QString(), m_people);
    addRow(tr("P&ost:"), m_post, "contractPost");
    addRow(tr("&Start:"), m_start, "contractStart");
    addRow(tr("&Days needed:"), m_days, "contractDays");
    m_form->addRow(tr("Planned end:"), m_plannedEnd);
    addRow(tr("&Note:"), m_note, "contractNote");
    connect(m_search, &QLineEdit::textChanged, this, &ContractDialog::search);
    connect(m_post, &QComboBox::currentIndexChanged, this, &ContractDialog::updatePlannedEnd);
    connect(m_start, &QLineEdit::textChanged, this, &ContractDialog::updatePlannedEnd);
    connect(m_days, &QSpinBox::valueChanged, this, &ContractDialog::updatePlannedEnd);
    finish(tr("&Add contract"));
    resize(width(), std::max(height(), 460));
    updatePlannedEnd();
}

void ContractDialog::search()
{
    m_people->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    Registry::Query query;
    query.text = text;
    query.state = Registry::StateFilter::Open;
    for (const Registry::Row &row : Registry(m_db).search(query, 0, 30)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1, %2 — %3").arg(row.lastName, row.firstName, row.reference));
        item->setData(Qt::UserRole, row.dossierId);
        m_people->addItem(item);
    }
    if (m_people->count() == 1)
        m_people->setCurrentRow(0);
}

QString ContractDialog::plannedEndText() const
{
    return m_plannedEnd->text();
}

void ContractDialog::updatePlannedEnd()
{
    const qsizetype i = m_post->currentIndex();
    const QDate start = m_start->date();
    if (i < 0 || i >= m_posts.size() || !start.isValid() || m_days->value() <= 0) {
        m_plannedEnd->setText(tr("Choose the post, the start and the days needed."));
        return;
    }
    const PostSchedule schedule = m_posts.at(i).schedule;
    const QDate end = Article60::plannedEnd(start, m_days->value(), schedule);
    m_plannedEnd->setText(tr("%1 — the days needed counted in six-day weeks as the unemployment rules do (half time: "
                             "three days a week), in whole weeks from the start.")
                              .arg(formatDate(end)));
}

bool ContractDialog::submit()
{
    if (!m_start->hasValidText()) {
        showError(tr("Start: type the date as %1.").arg(dateFormat().toLower()));
        return false;
    }
    Article60Contract c;
    if (const QListWidgetItem *item = m_people->currentItem())
        c.dossierId = item->data(Qt::UserRole).toLongLong();
    c.postId = m_post->currentData().toLongLong();
    c.start = m_start->date();
    c.daysNeeded = m_days->value();
    c.note = m_note->text();
    const Result<qint64> id = Article60(m_db).addContract(c, m_officer);
    if (!id) {
        showError(id.error());
        return false;
    }
    m_saved = id.value();
    accept();
    return true;
}

// --- EndContractDialog --------------------------------------------------------------------

EndContractDialog::EndContractDialog(Database &db, const Article60Contract &contract, QWidget *parent)
    : Article60Dialog(db, parent), m_contract(contract)
{
    setWindowTitle(tr("End article 60 contract"));
    auto *who = new QLabel(QStringLiteral("<b>%1</b> — %2<br>%3")
                               .arg(contract.reference.toHtmlEscaped(), contract.personName.toHtmlEscaped(),
                                    tr("%1, from %2, planned until %3")
                                        .arg(contract.postLabel, formatDate(contract.start), formatDate(contract.plannedEnd))
                                        .toHtmlEscaped()));
    who->setWordWrap(true);
    m_layout->insertWidget(0, who);
    m_end = new DateEdit;
    m_end->setDate(contract.ended() ? contract.actualEnd : std::min(contract.plannedEnd, std::max(QDate::currentDate(), contract.start)));
    m_reason = new QComboBox;
    for (const ContractEndReason r : kAllContractEndReasons)
        m_reason->addItem(Article60::endReasonLabel(r), int(r));
    addRow(tr("&Last day:"), m_end, "contractEnd");
    addRow(tr("&Reason:"), m_reason, "contractEndReason");
    finish(tr("&End contract"));
}

bool EndContractDialog::submit()
{
    if (!m_end->hasValidText() || !m_end->date().isValid()) {
        showError(tr("Last day: type the date as %1.").arg(dateFormat().toLower()));
        return false;
    }
    if (const Status s = Article60(m_db).endContract(m_contract.id, m_end->date(), ContractEndReason(m_reason->currentData().toInt()));
        !s) {
        showError(s.error());
        return false;
    }
    accept();
    return true;
}

} // namespace parcours::ui
