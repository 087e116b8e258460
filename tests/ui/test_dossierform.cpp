// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateedit.h"
#include "dossierform.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;
using parcours::test::showActive;
using parcours::test::UiDatabase;

namespace {

// Types into a field the way an officer does: focus, keys, then Tab to leave it.
void type(QWidget *form, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(form, name);
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

void choose(QWidget *form, const char *name, const QVariant &data)
{
    auto *combo = child<QComboBox>(form, name);
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

qint64 saveDossier(Registry &registry, const QString &reference)
{
    Person p;
    p.lastName = QStringLiteral("Dubois");
    p.firstName = QStringLiteral("Bénédicte");
    p.birthDate = QDate(1979, 4, 12);
    p.gender = Gender::Female;
    p.nationalNumber = NationalNumber::make(p.birthDate, 118);
    Dossier d;
    d.reference = reference;
    d.opened = QDate(2023, 2, 1);
    d.officer = QStringLiteral("Karim Bouzid");
    auto saved = registry.save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved->dossierId;
}

} // namespace

TEST_CASE("A dossier created through the form is stored with the values typed", "[ui][form]")
{
    UiDatabase t;
    DossierForm form(*t.registry);
    showActive(&form);
    QSignalSpy saved(&form, &DossierForm::saved);

    const QString digits = NationalNumber::make(QDate(1996, 8, 17), 37); // odd serial: male
    // Typed without separators: the form writes it as YY.MM.DD-SSS.CC on leaving the field
    // and fills the birth date and gender it carries.
    type(&form, "nationalNumberEdit", digits);
    CHECK(child<QLineEdit>(&form, "nationalNumberEdit")->text() == NationalNumber::format(digits));
    CHECK(child<DateEdit>(&form, "birthDateEdit")->date() == QDate(1996, 8, 17));
    CHECK(child<QComboBox>(&form, "genderCombo")->currentData().toInt() == int(Gender::Male));
    CHECK(form.fieldError(QStringLiteral("national_number")).isEmpty());

    type(&form, "lastNameEdit", QStringLiteral("El Amrani"));
    type(&form, "firstNameEdit", QStringLiteral("Youssef"));
    choose(&form, "languageCombo", QStringLiteral("fr"));
    type(&form, "phoneEdit", QStringLiteral("+32 478 12 34 56"));
    type(&form, "emailEdit", QStringLiteral("youssef.elamrani@example.be"));
    type(&form, "addressEdit", QStringLiteral("Rue de Ribaucourt 54, 1080 Molenbeek"));
    type(&form, "referenceEdit", QStringLiteral("D-2024-0815"));
    choose(&form, "incomeTypeCombo", int(IncomeType::Equivalent));
    type(&form, "openedEdit", QStringLiteral("3.9.2024")); // a variant officers type
    CHECK(child<QLineEdit>(&form, "openedEdit")->text() == QStringLiteral("03/09/2024"));
    type(&form, "officerEdit", QStringLiteral("Nathalie Lemaire"));

    QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);

    INFO(child<QLabel>(&form, "formError")->text().toStdString());
    REQUIRE(saved.count() == 1);
    CHECK(form.result() == QDialog::Accepted);
    CHECK_FALSE(form.isVisible());
    REQUIRE(t.registry->dossierCount() == 1);

    const auto dossier = t.registry->dossierByReference(QStringLiteral("D-2024-0815"));
    REQUIRE(dossier.has_value());
    CHECK(dossier->id == saved.at(0).at(0).toLongLong());
    CHECK(dossier->incomeType == IncomeType::Equivalent);
    CHECK(dossier->opened == QDate(2024, 9, 3));
    CHECK(dossier->closed.isNull());
    CHECK(dossier->officer == QStringLiteral("Nathalie Lemaire"));
    const auto person = t.registry->person(dossier->personId);
    REQUIRE(person.has_value());
    CHECK(person->nationalNumber == digits);
    CHECK(person->lastName == QStringLiteral("El Amrani"));
    CHECK(person->firstName == QStringLiteral("Youssef"));
    CHECK(person->birthDate == QDate(1996, 8, 17));
    CHECK(person->gender == Gender::Male);
    CHECK(person->language == QStringLiteral("fr"));
    CHECK(person->phone == QStringLiteral("+32 478 12 34 56"));
    CHECK(person->email == QStringLiteral("youssef.elamrani@example.be"));
    CHECK(person->address == QStringLiteral("Rue de Ribaucourt 54, 1080 Molenbeek"));
}

TEST_CASE("An invalid national number is shown next to its field and nothing is saved", "[ui][form]")
{
    UiDatabase t;
    saveDossier(*t.registry, QStringLiteral("D-2023-0001"));
    const int before = t.registry->dossierCount();

    DossierForm form(*t.registry);
    showActive(&form);
    QSignalSpy saved(&form, &DossierForm::saved);
    auto *errorLabel = child<QLabel>(&form, "nationalNumberEditError");
    CHECK_FALSE(errorLabel->isVisibleTo(&form));

    QString wrong = NationalNumber::make(QDate(1985, 7, 30), 33);
    wrong.replace(9, 2, wrong.mid(9, 2) == QStringLiteral("00") ? QStringLiteral("01") : QStringLiteral("00"));
    REQUIRE_FALSE(NationalNumber::parse(wrong, nullptr, nullptr));

    SECTION("when the field is left")
    {
        type(&form, "nationalNumberEdit", wrong);
        CHECK(errorLabel->isVisibleTo(&form));
        CHECK_FALSE(errorLabel->text().isEmpty());
        CHECK(errorLabel->text() == form.fieldError(QStringLiteral("national_number")));
        // Correcting it clears the message.
        type(&form, "nationalNumberEdit", NationalNumber::make(QDate(1985, 7, 30), 33));
        CHECK_FALSE(errorLabel->isVisibleTo(&form));
    }
    SECTION("on Save, with every other field valid")
    {
        type(&form, "lastNameEdit", QStringLiteral("Peeters"));
        type(&form, "firstNameEdit", QStringLiteral("Jan"));
        type(&form, "referenceEdit", QStringLiteral("D-2024-0002"));
        auto *edit = child<QLineEdit>(&form, "nationalNumberEdit");
        edit->setText(wrong); // pasted, never left: Save alone must catch it
        QTest::mouseClick(child<QPushButton>(&form, "saveButton"), Qt::LeftButton);

        CHECK(saved.count() == 0);
        CHECK(form.isVisible());
        CHECK(errorLabel->isVisibleTo(&form));
        CHECK_FALSE(form.fieldError(QStringLiteral("national_number")).isEmpty());
        CHECK(child<QLabel>(&form, "formError")->isVisibleTo(&form));
        // Only the wrong field is marked.
        CHECK_FALSE(child<QLabel>(&form, "lastNameEditError")->isVisibleTo(&form));
        CHECK(edit->text() == wrong); // nothing the officer typed is lost
        CHECK(t.registry->dossierCount() == before);
        CHECK_FALSE(t.registry->dossierByReference(QStringLiteral("D-2024-0002")).has_value());
    }
}

TEST_CASE("An unreadable date is refused with a hint, not saved as unknown", "[ui][form]")
{
    UiDatabase t;
    DossierForm form(*t.registry);
    showActive(&form);
    type(&form, "nationalNumberEdit", NationalNumber::make(QDate(1990, 1, 15), 41));
    type(&form, "lastNameEdit", QStringLiteral("Lambert"));
    type(&form, "firstNameEdit", QStringLiteral("Francois")); // QTest::keyClicks takes ASCII only
    type(&form, "referenceEdit", QStringLiteral("D-2024-0003"));
    type(&form, "closedEdit", QStringLiteral("31/02/2024"));
    CHECK(child<QLabel>(&form, "closedEditError")->isVisibleTo(&form));
    CHECK_FALSE(form.save());
    CHECK_FALSE(form.fieldError(QStringLiteral("closed")).isEmpty());
    CHECK(t.registry->dossierCount() == 0);
}

TEST_CASE("Cancelling an edited form asks first and keeps the edits when told to", "[ui][form]")
{
    UiDatabase t;
    const qint64 id = saveDossier(*t.registry, QStringLiteral("D-2023-0042"));
    DossierForm form(*t.registry);
    REQUIRE(form.loadDossier(id));
    showActive(&form);
    CHECK(child<QLineEdit>(&form, "lastNameEdit")->text() == QStringLiteral("Dubois"));
    CHECK_FALSE(form.isModified());

    int asked = 0;
    DossierForm::DiscardChoice answer = DossierForm::DiscardChoice::KeepEditing;
    form.setDiscardPrompt([&] {
        ++asked;
        return answer;
    });

    type(&form, "lastNameEdit", QStringLiteral("Dubois-Lemaire"));
    REQUIRE(form.isModified());

    QTest::mouseClick(child<QPushButton>(&form, "cancelButton"), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(form.isVisible());
    CHECK(child<QLineEdit>(&form, "lastNameEdit")->text() == QStringLiteral("Dubois-Lemaire"));

    // Escape and the window's close button take the same way.
    QTest::keyClick(&form, Qt::Key_Escape);
    CHECK(asked == 2);
    CHECK(form.isVisible());
    CHECK_FALSE(form.close());
    CHECK(asked == 3);
    CHECK(form.isVisible());
    CHECK(t.registry->person(t.registry->dossier(id)->personId)->lastName == QStringLiteral("Dubois"));

    SECTION("Discard closes without saving")
    {
        answer = DossierForm::DiscardChoice::Discard;
        QTest::mouseClick(child<QPushButton>(&form, "cancelButton"), Qt::LeftButton);
        CHECK(asked == 4);
        CHECK_FALSE(form.isVisible());
        CHECK(form.result() == QDialog::Rejected);
        CHECK(t.registry->person(t.registry->dossier(id)->personId)->lastName == QStringLiteral("Dubois"));
    }
    SECTION("Save stores the edits and closes")
    {
        answer = DossierForm::DiscardChoice::Save;
        QTest::mouseClick(child<QPushButton>(&form, "cancelButton"), Qt::LeftButton);
        CHECK_FALSE(form.isVisible());
        CHECK(form.result() == QDialog::Accepted);
        CHECK(t.registry->person(t.registry->dossier(id)->personId)->lastName == QStringLiteral("Dubois-Lemaire"));
        CHECK(t.registry->dossierCount() == 1); // edited in place, not duplicated
    }
}

TEST_CASE("An unchanged form closes without asking", "[ui][form]")
{
    UiDatabase t;
    const qint64 id = saveDossier(*t.registry, QStringLiteral("D-2023-0043"));
    DossierForm form(*t.registry);
    REQUIRE(form.loadDossier(id));
    showActive(&form);
    int asked = 0;
    form.setDiscardPrompt([&] {
        ++asked;
        return DossierForm::DiscardChoice::KeepEditing;
    });
    // Typing and then restoring the text is not a change.
    type(&form, "officerEdit", QStringLiteral("Someone else"));
    type(&form, "officerEdit", QStringLiteral("Karim Bouzid"));
    QTest::mouseClick(child<QPushButton>(&form, "cancelButton"), Qt::LeftButton);
    CHECK(asked == 0);
    CHECK_FALSE(form.isVisible());
}
