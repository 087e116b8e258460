// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnersview.h"

#include "dateedit.h"
#include "format.h"
#include "placementdialog.h"
#include "widgetsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

const QColor kErrorBase(0xfd, 0xec, 0xea);

// A form label's text without its mnemonic and colon, to match "Name: …" in a core message.
QString bareLabel(const QString &label)
{
    QString t = label;
    t.remove(QLatin1Char('&'));
    if (t.endsWith(QLatin1Char(':')))
        t.chop(1);
    return t.trimmed();
}

} // namespace

// --- PartnerListModel ---------------------------------------------------------------------

void PartnerListModel::setRows(QList<Partner> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Partner *PartnerListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PartnerListModel::rowOf(qint64 partnerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == partnerId)
            return i;
    }
    return -1;
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    const Partner *p = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p->name;
        case Kind:
            return Partners::kindLabel(p->kind);
        case Contact:
            return p->contactName;
        case Phone:
            return p->phone;
        case Active:
            return p->active ? tr("Yes") : tr("No");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !p->active)
        return QColor(0x80, 0x80, 0x80);
    return {};
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Contact:
        return tr("Contact");
    case Phone:
        return tr("Phone");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

// --- AgreementListModel -------------------------------------------------------------------

void AgreementListModel::setRows(QList<PartnerAgreement> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AgreementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PartnerAgreement &a = m_rows.at(index.row());
    // The subject is elided in its column (a long Dutch or French one): whole in the tooltip.
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return a.subject;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Subject:
        return a.subject;
    case From:
        return formatDate(a.startsOn);
    case Until:
        return a.endsOn.isValid() ? formatDate(a.endsOn) : tr("until further notice");
    default:
        return {};
    }
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject:
        return tr("Agreement");
    case From:
        return tr("From");
    case Until:
        return tr("Until");
    default:
        return {};
    }
}

// --- PartnersView -------------------------------------------------------------------------

PartnersView::PartnersView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("partnersView"));
    m_model = new PartnerListModel(this);
    m_agreements = new AgreementListModel(this);

    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("partnerKindFilter"));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a switch
    m_showInactive = new QCheckBox;
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_new = new QPushButton;
    m_new->setObjectName(QStringLiteral("newPartner"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindFilter);
    bar->addWidget(m_showInactive);
    bar->addStretch();
    bar->addWidget(m_new);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    prepareTableHeader(m_table->horizontalHeader());
    m_table->horizontalHeader()->setStretchLastSection(true);
    retranslateModel(m_table);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table, 1);

    m_formTitle = new QLabel;
    m_formTitle->setObjectName(QStringLiteral("partnerFormTitle"));
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("partnerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit;
    m_kind = new QComboBox;
    m_contact = new QLineEdit;
    m_phone = new QLineEdit;
    m_email = new QLineEdit;
    m_address = new QLineEdit;
    m_note = new QPlainTextEdit;
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    m_active = new QCheckBox;
    addRow(m_name, "partnerName");
    addRow(m_kind, "partnerKind");
    addRow(m_contact, "partnerContact");
    addRow(m_phone, "partnerPhone");
    addRow(m_email, "partnerEmail");
    addRow(m_address, "partnerAddress");
    addRow(m_note, "partnerNote");
    m_active->setObjectName(QStringLiteral("partnerActive"));
    m_form->addRow(QString(), m_active);
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("savePartner"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);

    m_agreementsTitle = new QLabel;
    m_agreementsTitle->setFont(bold);
    m_agreementTable = new QTableView;
    m_agreementTable->setObjectName(QStringLiteral("agreementTable"));
    m_agreementTable->setModel(m_agreements);
    m_agreementTable->verticalHeader()->hide();
    prepareTableHeader(m_agreementTable->horizontalHeader());
    m_agreementTable->horizontalHeader()->setStretchLastSection(true);
    m_agreementTable->horizontalHeader()->setSectionResizeMode(AgreementListModel::Subject, QHeaderView::Stretch);
    retranslateModel(m_agreementTable); // the directory itself is read again (refresh) on a switch
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("agreementSubject"));
    m_from = new DateEdit;
    m_from->setObjectName(QStringLiteral("agreementFrom"));
    m_until = new DateEdit;
    m_until->setObjectName(QStringLiteral("agreementUntil"));
    m_addAgreement = new QPushButton;
    m_addAgreement->setObjectName(QStringLiteral("addAgreement"));
    // The subject on a line of its own: the dates need their full width to be read.
    auto *agreementRow = new QVBoxLayout;
    auto *agreementDates = new QHBoxLayout;
    agreementDates->addWidget(m_from, 1);
    agreementDates->addWidget(m_until, 1);
    agreementDates->addWidget(m_addAgreement);
    agreementRow->addWidget(m_subject);
    agreementRow->addLayout(agreementDates);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_formTitle);
    rightLayout->addWidget(m_error);
    rightLayout->addLayout(m_form);
    rightLayout->addLayout(saveRow);
    rightLayout->addWidget(m_agreementsTitle);
    rightLayout->addWidget(m_agreementTable, 1);
    rightLayout->addLayout(agreementRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the directory's five columns first; the form needs less
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    retranslateUi();
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &PartnersView::refresh);
    connect(m_showInactive, &QCheckBox::toggled, this, &PartnersView::refresh);
    connect(m_new, &QPushButton::clicked, this, &PartnersView::newPartner);
    connect(m_save, &QPushButton::clicked, this, &PartnersView::save);
    connect(m_addAgreement, &QPushButton::clicked, this, &PartnersView::addAgreement);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartnersView::currentChanged);
    newPartner();
}

PartnersView::~PartnersView()
{
    disconnectChildren(this);
}

QLabel *PartnersView::addRow(QWidget *field, const char *objectName)
{
    field->setObjectName(QString::fromLatin1(objectName));
    auto *label = new QLabel;
    label->setBuddy(field);
    m_form->addRow(label, field);
    m_labels << label;
    return label;
}

void PartnersView::retranslateUi()
{
    const QVariant kind = m_kindFilter->currentData();
    {
        const QSignalBlocker block(m_kindFilter);
        m_kindFilter->clear();
        m_kindFilter->addItem(tr("Every kind"));
        for (const PartnerKind k : kAllPartnerKinds)
            m_kindFilter->addItem(Partners::kindLabel(k), int(k));
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
    }
    const QVariant chosenKind = m_kind->currentData();
    m_kind->clear();
    for (const PartnerKind k : kAllPartnerKinds)
        m_kind->addItem(Partners::kindLabel(k), int(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosenKind)));
    m_showInactive->setText(tr("Show inactive partners"));
    m_new->setText(tr("&New partner"));
    const QStringList labels = {tr("&Name:"), tr("&Kind:"), tr("&Contact person:"), tr("&Phone:"), tr("&E-mail:"),
                                tr("&Address:"), tr("N&ote:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_active->setText(tr("Active (offered in the choice lists)"));
    m_save->setText(tr("&Save partner"));
    m_formTitle->setText(m_current == 0 ? tr("New partner") : tr("Partner"));
    m_agreementsTitle->setText(tr("Agreements"));
    m_subject->setPlaceholderText(tr("What the agreement covers"));
    m_from->setToolTip(tr("First day of the agreement"));
    m_until->setToolTip(tr("Last day (empty: until further notice)"));
    m_addAgreement->setText(tr("Add &agreement"));
}

void PartnersView::changeEvent(QEvent *event)
{
    // Not refresh(): the directory's texts follow through retranslateModel, and reading it
    // again would scroll the chosen partner out of sight.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void PartnersView::setDatabase(Database *db)
{
    m_db = db;
    newPartner();
    refresh();
}

void PartnersView::refresh()
{
    if (!m_db) {
        m_model->setRows({});
        return;
    }
    std::optional<PartnerKind> kind;
    if (m_kindFilter->currentIndex() > 0)
        kind = PartnerKind(m_kindFilter->currentData().toInt());
    const Result<QList<Partner>> list = Partners(*m_db).list(m_showInactive->isChecked(), kind);
    m_model->setRows(list ? list.value() : QList<Partner>());
    fitColumns();
    if (const int row = m_model->rowOf(m_current); row >= 0)
        m_table->selectRow(row);
}

void PartnersView::fitColumns()
{
    m_table->resizeColumnsToContents();
    // A long name ("Commune d'Anderlecht — services techniques") must not push the phone away.
    m_table->setColumnWidth(PartnerListModel::Name, std::min(m_table->columnWidth(PartnerListModel::Name), 260));
}

void PartnersView::currentChanged()
{
    const Partner *p = m_model->rowAt(m_table->currentIndex().row());
    if (p && p->id != m_current)
        showPartner(*p);
}

void PartnersView::newPartner()
{
    showPartner(Partner());
    // No current row either, so that choosing any partner afterwards shows it.
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_name->setFocus(Qt::OtherFocusReason);
}

void PartnersView::showPartner(const Partner &partner)
{
    clearError();
    m_current = partner.id;
    m_name->setText(partner.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(partner.kind))));
    m_contact->setText(partner.contactName);
    m_phone->setText(partner.phone);
    m_email->setText(partner.email);
    m_address->setText(partner.address);
    m_note->setPlainText(partner.note);
    m_active->setChecked(partner.active);
    m_formTitle->setText(m_current == 0 ? tr("New partner") : tr("Partner"));
    const bool stored = m_current != 0 && m_db;
    m_subject->setEnabled(stored);
    m_from->setEnabled(stored);
    m_until->setEnabled(stored);
    m_addAgreement->setEnabled(stored);
    const Result<QList<PartnerAgreement>> agreements =
        stored ? Partners(*m_db).agreements(m_current) : Result<QList<PartnerAgreement>>(QList<PartnerAgreement>());
    m_agreements->setRows(agreements ? agreements.value() : QList<PartnerAgreement>());
}

QWidget *PartnersView::fieldNamedIn(const QString &message) const
{
    const qsizetype colon = message.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return nullptr;
    const QString named = message.left(colon).trimmed();
    for (QLabel *label : m_labels) {
        if (bareLabel(label->text()).compare(named, Qt::CaseInsensitive) == 0)
            return label->buddy();
    }
    return nullptr;
}

bool PartnersView::save()
{
    clearError();
    if (!m_db)
        return false;
    Partner p;
    p.id = m_current;
    p.name = m_name->text();
    p.kind = PartnerKind(m_kind->currentData().toInt());
    p.contactName = m_contact->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->text();
    p.note = m_note->toPlainText();
    p.active = m_active->isChecked();
    Partners partners(*m_db);
    qint64 id = p.id;
    if (p.id == 0) {
        const Result<qint64> added = partners.add(p);
        if (!added) {
            showError(added.error(), fieldNamedIn(added.error()));
            return false;
        }
        id = added.value();
    } else if (const Status s = partners.update(p); !s) {
        showError(s.error(), fieldNamedIn(s.error()));
        return false;
    }
    m_current = id;
    if (!p.active)
        m_showInactive->setChecked(true); // keep the partner just made inactive in sight
    refresh();
    if (const Result<Partner> stored = partners.get(id))
        showPartner(stored.value());
    return true;
}

bool PartnersView::addAgreement()
{
    clearError();
    if (!m_db || m_current == 0)
        return false;
    if (!m_from->hasValidText() || !m_until->hasValidText()) {
        showError(tr("Agreement: type the dates as %1.").arg(dateFormat().toLower()), m_from->hasValidText() ? m_until : m_from);
        return false;
    }
    PartnerAgreement a;
    a.partnerId = m_current;
    a.subject = m_subject->text();
    a.startsOn = m_from->date();
    a.endsOn = m_until->date();
    Partners partners(*m_db);
    const Result<qint64> added = partners.addAgreement(a);
    if (!added) {
        showError(withInterfaceDates(added.error()));
        return false;
    }
    m_subject->clear();
    m_from->setDate({});
    m_until->setDate({});
    const Result<QList<PartnerAgreement>> agreements = partners.agreements(m_current);
    m_agreements->setRows(agreements ? agreements.value() : QList<PartnerAgreement>());
    return true;
}

QString PartnersView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PartnersView::showError(const QString &message, QWidget *field)
{
    clearError();
    m_error->setText(message);
    m_error->show();
    if (field) {
        QPalette pal = field->palette();
        pal.setColor(QPalette::Base, kErrorBase);
        field->setPalette(pal);
        m_tinted << field;
        field->setFocus(Qt::OtherFocusReason);
    }
}

void PartnersView::clearError()
{
    m_error->clear();
    m_error->hide();
    for (QWidget *w : std::as_const(m_tinted))
        w->setPalette(QPalette());
    m_tinted.clear();
}

} // namespace parcours::ui
