// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierform.h"

#include "dateedit.h"
#include "format.h"
#include "messagebar.h"
#include "placementdialog.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

const QColor kErrorText(0xb3, 0x26, 0x1e);
const QColor kErrorBase(0xfd, 0xec, 0xea);

QString textOf(const QWidget *w)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return QString::number(combo->currentIndex());
    return {};
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

DossierForm::DossierForm(Registry &registry, QWidget *parent) : QDialog(parent), m_registry(registry)
{
    setObjectName(QStringLiteral("dossierForm"));
    setTitle([] { return tr("New dossier"); });
    setSizeGripEnabled(true);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("formError"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                           " border-radius: 4px; padding: 6px 8px; }"));
    m_banner->hide();
    m_conflictBar = new MessageBar(this);
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));

    // Person
    m_nationalNumber = new QLineEdit;
    translated(m_nationalNumber, &QLineEdit::setPlaceholderText, [] { return tr("YY.MM.DD-SSS.CC"); });
    m_nationalNumber->setMaxLength(20); // 11 digits and a few separators as typed
    m_lastName = new QLineEdit;
    m_firstName = new QLineEdit;
    m_birthDate = new DateEdit;
    translated(m_birthDate, &QWidget::setToolTip, [] { return tr("Leave empty when the birth date is unknown."); });
    m_gender = new QComboBox;
    for (Gender g : {Gender::Unknown, Gender::Female, Gender::Male})
        m_gender->addItem(QString(), int(g));
    retranslateItems(m_gender, [](const QVariant &code) { return RegisterRules::genderLabel(Gender(code.toInt())); });
    m_language = new QComboBox;
    for (const QString &code : {QString(), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("other")})
        m_language->addItem(QString(), code);
    retranslateItems(m_language, [](const QVariant &code) { return RegisterRules::languageLabel(code.toString()); });
    m_phone = new QLineEdit;
    m_email = new QLineEdit;
    m_address = new QLineEdit;
    translated(m_address, &QLineEdit::setPlaceholderText, [] {
        return tr("Street and number, postcode and municipality");
    });

    // Dossier
    m_reference = new QLineEdit;
    m_income = new QComboBox;
    for (IncomeType t : {IncomeType::Leefloon, IncomeType::Equivalent})
        m_income->addItem(QString(), int(t));
    retranslateItems(m_income, [](const QVariant &code) { return RegisterRules::incomeTypeLabel(IncomeType(code.toInt())); });
    m_opened = new DateEdit;
    m_closed = new DateEdit;
    translated(m_closed, &QWidget::setToolTip, [] { return tr("Leave empty while the dossier is open."); });
    m_officer = new QLineEdit;

    auto *personBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Person"); });
    auto *personForm = new QFormLayout(personBox);
    addField(personForm, [] { return tr("&National number:"); }, QStringLiteral("national_number"), m_nationalNumber,
        QStringLiteral("nationalNumberEdit"));
    addField(personForm, [] { return tr("&Last name:"); }, QStringLiteral("last_name"), m_lastName, QStringLiteral("lastNameEdit"));
    addField(personForm, [] { return tr("&First name:"); }, QStringLiteral("first_name"), m_firstName, QStringLiteral("firstNameEdit"));
    addField(personForm, [] { return tr("&Birth date:"); }, QStringLiteral("birth_date"), m_birthDate, QStringLiteral("birthDateEdit"));
    addField(personForm, [] { return tr("&Gender:"); }, QStringLiteral("gender"), m_gender, QStringLiteral("genderCombo"));
    addField(personForm, [] { return tr("Lan&guage:"); }, QStringLiteral("language"), m_language, QStringLiteral("languageCombo"));
    addField(personForm, [] { return tr("&Phone:"); }, QStringLiteral("phone"), m_phone, QStringLiteral("phoneEdit"));
    addField(personForm, [] { return tr("&E-mail:"); }, QStringLiteral("email"), m_email, QStringLiteral("emailEdit"));
    addField(personForm, [] { return tr("A&ddress:"); }, QStringLiteral("address"), m_address, QStringLiteral("addressEdit"));

    auto *dossierBox = translated(new QGroupBox, &QGroupBox::setTitle, [] { return tr("Dossier"); });
    auto *dossierForm = new QFormLayout(dossierBox);
    addField(dossierForm, [] { return tr("&Reference:"); }, QStringLiteral("reference"), m_reference, QStringLiteral("referenceEdit"));
    addField(dossierForm, [] { return tr("&Income:"); }, QStringLiteral("income_type"), m_income, QStringLiteral("incomeTypeCombo"));
    addField(dossierForm, [] { return tr("&Opened on:"); }, QStringLiteral("opened"), m_opened, QStringLiteral("openedEdit"));
    addField(dossierForm, [] { return tr("&Closed on:"); }, QStringLiteral("closed"), m_closed, QStringLiteral("closedEdit"));
    addField(dossierForm, [] { return tr("O&fficer:"); }, QStringLiteral("officer"), m_officer, QStringLiteral("officerEdit"));
    for (QFormLayout *form : {personForm, dossierForm}) {
        // Fields grow with the dialog on every style (macOS's default keeps them narrow).
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &DossierForm::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(personBox, 3);
    columns->addWidget(dossierBox, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_nationalNumber, &QLineEdit::editingFinished, this, &DossierForm::checkNationalNumber);
    connect(m_birthDate, &QLineEdit::editingFinished, this, [this] { checkDate(QStringLiteral("birth_date")); });
    connect(m_opened, &QLineEdit::editingFinished, this, [this] { checkDate(QStringLiteral("opened")); });
    connect(m_closed, &QLineEdit::editingFinished, this, [this] { checkDate(QStringLiteral("closed")); });

    m_dossier.opened = QDate::currentDate(); // most dossiers are recorded the day they open
    fill(m_person, m_dossier);
    resize(sizeHint().expandedTo(QSize(860, 0)));
}

DossierForm::~DossierForm()
{
    // ~QDialog hides a visible dialog, and hiding takes the focus from a field, which emits
    // editingFinished: by then this object is only a QDialog, so its slots must not run.
    for (const Field &f : std::as_const(m_fields))
        disconnect(f.input, nullptr, this, nullptr);
}

void DossierForm::setTitle(std::function<QString()> title)
{
    m_title = std::move(title);
    setWindowTitle(m_title());
}

void DossierForm::changeEvent(QEvent *event)
{
    // The title in the new language; the labels and lists retranslate themselves and what is
    // typed stays (field messages keep their language until the field is checked again).
    if (event->type() == QEvent::LanguageChange && m_title)
        setWindowTitle(m_title());
    QDialog::changeEvent(event);
}

void DossierForm::addField(QFormLayout *form, std::function<QString()> label, const QString &name, QWidget *input,
                           const QString &objectName)
{
    input->setObjectName(objectName);
    auto *l = translated(new QLabel, &QLabel::setText, std::move(label));
    l->setBuddy(input);
    form->addRow(l, input);
    // The message gets a row of its own under the input, without a label: the label stays
    // level with its input however long the message is.
    auto *error = new QLabel;
    error->setObjectName(objectName + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, kErrorText);
    error->setPalette(pal);
    form->addRow(static_cast<QWidget *>(nullptr), error);
    form->setRowVisible(error, false);
    m_fields.insert(name, {input, error, form});
    m_fieldOrder << name;
}

void DossierForm::fill(const Person &person, const Dossier &dossier)
{
    m_nationalNumber->setText(person.nationalNumber.isEmpty() ? QString() : NationalNumber::format(person.nationalNumber));
    m_lastName->setText(person.lastName);
    m_firstName->setText(person.firstName);
    m_birthDate->setDate(person.birthDate);
    selectData(m_gender, int(person.gender));
    selectData(m_language, person.language);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_address->setText(person.address);
    m_reference->setText(dossier.reference);
    selectData(m_income, int(dossier.incomeType));
    m_opened->setDate(dossier.opened);
    m_closed->setDate(dossier.closed);
    m_officer->setText(dossier.officer);
    // Show the beginning of long values (addresses, e-mails), not their end.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    clearErrors();
    m_pristine = snapshot();
}

bool DossierForm::loadDossier(qint64 dossierId)
{
    const std::optional<Dossier> dossier = m_registry.dossier(dossierId);
    if (!dossier)
        return false;
    const std::optional<Person> person = m_registry.person(dossier->personId);
    if (!person)
        return false;
    m_registry.recordView(dossierId, QStringLiteral("dossier form")); // the audit trail says who looked at whose data
    m_person = *person;
    m_dossier = *dossier;
    setTitle([reference = dossier->reference, last = person->lastName, first = person->firstName] {
        return tr("Dossier %1 — %2, %3").arg(reference, last, first);
    });
    fill(m_person, m_dossier);
    m_conflictBar->hide();
    return true;
}

bool DossierForm::reload()
{
    return m_dossier.id != 0 && loadDossier(m_dossier.id);
}

void DossierForm::readInto(Person &person, Dossier &dossier) const
{
    person.nationalNumber = m_nationalNumber->text();
    person.lastName = m_lastName->text();
    person.firstName = m_firstName->text();
    person.birthDate = m_birthDate->date();
    person.gender = Gender(m_gender->currentData().toInt());
    person.language = m_language->currentData().toString();
    person.phone = m_phone->text();
    person.email = m_email->text();
    person.address = m_address->text();
    dossier.reference = m_reference->text();
    dossier.incomeType = IncomeType(m_income->currentData().toInt());
    dossier.opened = m_opened->date();
    dossier.closed = m_closed->date();
    dossier.officer = m_officer->text();
}

QStringList DossierForm::snapshot() const
{
    QStringList values;
    for (const QString &name : m_fieldOrder)
        values << textOf(m_fields.value(name).input);
    return values;
}

bool DossierForm::isModified() const
{
    return snapshot() != m_pristine;
}

QString DossierForm::fieldError(const QString &field) const
{
    const Field f = m_fields.value(field);
    return f.error ? f.error->text() : QString();
}

void DossierForm::setFieldError(const QString &field, const QString &message)
{
    const Field f = m_fields.value(field);
    if (!f.input)
        return;
    f.error->setText(message);
    f.form->setRowVisible(f.error, !message.isEmpty());
    if (!message.isEmpty())
        growToFit();
    // The field itself is tinted as well, so the eye finds it before reading the message.
    if (message.isEmpty()) {
        f.input->setPalette(QPalette());
    } else {
        QPalette pal = f.input->palette();
        pal.setColor(QPalette::Base, kErrorBase);
        pal.setColor(QPalette::Button, kErrorBase);
        f.input->setPalette(pal);
    }
    f.input->setAccessibleDescription(message);
}

void DossierForm::growToFit()
{
    // Wrapped messages need height for the dialog's width; a top-level dialog does not grow
    // for that by itself, and the messages would be squeezed into one clipped line.
    QLayout *l = layout();
    if (!l)
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void DossierForm::clearErrors()
{
    for (const QString &name : std::as_const(m_fieldOrder))
        setFieldError(name, {});
    m_banner->hide();
}

void DossierForm::showErrors(const FieldErrors &errors, const QString &general)
{
    clearErrors();
    QHash<QString, QStringList> byField;
    QStringList other;
    if (!general.isEmpty())
        other << general;
    for (const FieldError &e : errors) {
        if (m_fields.contains(e.field))
            byField[e.field] << e.message;
        else
            other << e.message;
    }
    QWidget *first = nullptr;
    for (const QString &name : std::as_const(m_fieldOrder)) {
        if (!byField.contains(name))
            continue;
        setFieldError(name, byField.value(name).join(QLatin1Char('\n')));
        if (!first)
            first = m_fields.value(name).input;
    }
    QStringList banner;
    if (!byField.isEmpty())
        banner << tr("Nothing was saved: please correct the marked fields.");
    banner << other;
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setVisible(!banner.isEmpty());
    growToFit();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void DossierForm::checkNationalNumber()
{
    const QString typed = m_nationalNumber->text().trimmed();
    if (typed.isEmpty()) {
        setFieldError(QStringLiteral("national_number"), {}); // "required" waits for Save
        return;
    }
    QString digits;
    QString why;
    if (!NationalNumber::parse(typed, &digits, &why)) {
        setFieldError(QStringLiteral("national_number"), why);
        return;
    }
    m_nationalNumber->setText(NationalNumber::format(digits));
    // The number carries the birth date and the gender: fill what is still empty, so the
    // officer types less and the two cannot disagree by a typo. Filled fields are not touched.
    if (m_birthDate->text().trimmed().isEmpty())
        if (const std::optional<QDate> birth = NationalNumber::birthDate(digits))
            m_birthDate->setDate(*birth);
    if (Gender(m_gender->currentData().toInt()) == Gender::Unknown)
        selectData(m_gender, int(NationalNumber::gender(digits)));
    setFieldError(QStringLiteral("national_number"),
                  NationalNumber::checkAgreement(digits, m_birthDate->date(), Gender(m_gender->currentData().toInt())));
}

void DossierForm::checkDate(const QString &field)
{
    const auto *edit = qobject_cast<DateEdit *>(m_fields.value(field).input);
    if (!edit)
        return;
    setFieldError(field, edit->hasValidText() ? QString()
                                              : tr("Type the date as %1, for example %2.")
                                                    .arg(dateFormat().toLower(), formatDate(QDate(1987, 3, 5))));
}

bool DossierForm::save()
{
    Person person = m_person;
    Dossier dossier = m_dossier;
    readInto(person, dossier);

    // A date that cannot be read reaches the core as "no date"; say what is wrong with the
    // text instead, and let the core judge the other fields in the same pass.
    FieldErrors unreadable;
    const QString dateHint = tr("Type the date as %1, for example %2.").arg(dateFormat().toLower(), formatDate(QDate(1987, 3, 5)));
    for (const QString &name : {QStringLiteral("birth_date"), QStringLiteral("opened"), QStringLiteral("closed")})
        if (!qobject_cast<DateEdit *>(m_fields.value(name).input)->hasValidText())
            unreadable.append({name, dateHint});
    if (!unreadable.isEmpty()) {
        FieldErrors errors = unreadable;
        Person p = person;
        Dossier d = dossier;
        const FieldErrors rules = RegisterRules::checkPerson(p) + RegisterRules::checkDossier(d);
        for (const FieldError &e : rules)
            if (std::none_of(unreadable.begin(), unreadable.end(), [&e](const FieldError &u) { return u.field == e.field; }))
                errors.append(e);
        showErrors(errors);
        return false;
    }

    FieldErrors errors;
    Result<Registry::Saved> result = m_registry.save(person, dossier, &errors);
    if (!result && result.isConflict()) {
        clearErrors();
        m_conflictBar->showMessage(withInterfaceDates(result.error()) + QLatin1Char(' ')
                                   + tr("What you typed stays in the form until you reload."));
        m_conflictBar->setAction(tr("&Reload"), [this] { reload(); });
        growToFit();
        return false;
    }
    if (!result) {
        showErrors(errors, errors.isEmpty() ? result.error() : QString());
        return false;
    }
    m_person.id = result->personId;
    m_dossier.id = result->dossierId;
    m_person.rowVersion = result->personVersion;
    m_dossier.rowVersion = result->dossierVersion;
    m_conflictBar->hide();
    m_pristine = snapshot();
    clearErrors();
    Q_EMIT saved(m_dossier.id);
    accept();
    return true;
}

DossierForm::DiscardChoice DossierForm::askDiscard()
{
    if (m_discardPrompt)
        return m_discardPrompt();
    QMessageBox box(QMessageBox::Question, tr("Discard changes?"),
                    tr("This dossier has changes that are not saved yet."), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Save them, discard them, or go back to the form."));
    QPushButton *saveButton = box.addButton(QMessageBox::Save);
    QPushButton *discardButton = box.addButton(QMessageBox::Discard);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == saveButton)
        return DiscardChoice::Save;
    if (box.clickedButton() == discardButton)
        return DiscardChoice::Discard;
    return DiscardChoice::KeepEditing;
}

void DossierForm::reject()
{
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    switch (askDiscard()) {
    case DiscardChoice::Save:
        save(); // closes on success; stays open and shows why otherwise
        break;
    case DiscardChoice::Discard:
        QDialog::reject();
        break;
    case DiscardChoice::KeepEditing:
        break;
    }
}

} // namespace parcours::ui
