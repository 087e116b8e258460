// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registry.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parcours::ui {

class DateEdit;
class MessageBar;

// Creates or edits a person and one of their dossiers. Every rule is the core's: Save asks
// Registry::save, and each refused field gets its message under it, with nothing saved.
// The national number is also checked when the field is left, because a typo there is the
// most common and the most costly one.
//
// Unsaved edits are never lost silently: closing or cancelling a modified form asks
// Save / Discard / Keep editing. Tests answer that question with setDiscardPrompt().
//
// Several officers at once: when somebody else saved the dossier or its person after the form
// was opened, the core refuses the save (a conflict). The form then shows who changed it and
// when in a bar with "Reload", and keeps what the officer typed until they reload — they may
// want to copy a sentence out first; Reload shows the stored values, theirs are gone then.
class DossierForm : public QDialog
{
    Q_OBJECT
public:
    enum class DiscardChoice { Save, Discard, KeepEditing };
    using DiscardPrompt = std::function<DiscardChoice()>;

    explicit DossierForm(Registry &registry, QWidget *parent = nullptr);
    ~DossierForm() override;

    // Fills the form with a stored dossier and its person; false when it no longer exists.
    bool loadDossier(qint64 dossierId);

    // True when a field differs from what was loaded (or from the empty form).
    bool isModified() const;
    // Validates and saves; on refusal shows the reasons and returns false.
    bool save();
    qint64 savedDossierId() const { return m_dossier.id; }

    // Replaces the modal "Discard changes?" question, for tests (cf. KeePassXC's
    // MessageBox hook). An empty function restores the question.
    void setDiscardPrompt(DiscardPrompt prompt) { m_discardPrompt = std::move(prompt); }

    // The message shown under a field ("national_number", "last_name", …), empty if none.
    QString fieldError(const QString &field) const;
    // The bar that reports a save refused because somebody else saved first, with Reload.
    MessageBar *conflictBar() const { return m_conflictBar; }
    // Reads the dossier and its person again as stored, replacing what was typed.
    bool reload();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(qint64 dossierId);

protected:
    // QEvent::LanguageChange: the window's title.
    void changeEvent(QEvent *event) override;

private:
    void setTitle(std::function<QString()> title);
    std::function<QString()> m_title;
    struct Field
    {
        QWidget *input = nullptr;
        QLabel *error = nullptr;      // its own row under the input, hidden while empty
        QFormLayout *form = nullptr;
    };
    void addField(QFormLayout *form, std::function<QString()> label, const QString &name, QWidget *input, const QString &objectName);
    void showErrors(const FieldErrors &errors, const QString &general = {});
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    void growToFit();
    void checkNationalNumber();
    void checkDate(const QString &field);
    DiscardChoice askDiscard();
    QStringList snapshot() const;
    void readInto(Person &person, Dossier &dossier) const;
    void fill(const Person &person, const Dossier &dossier);

    Registry &m_registry;
    Person m_person;
    Dossier m_dossier;
    QStringList m_pristine;
    DiscardPrompt m_discardPrompt;
    QHash<QString, Field> m_fields;
    QStringList m_fieldOrder;

    QLabel *m_banner = nullptr;
    MessageBar *m_conflictBar = nullptr;
    QLineEdit *m_nationalNumber = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    DateEdit *m_birthDate = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_income = nullptr;
    DateEdit *m_opened = nullptr;
    DateEdit *m_closed = nullptr;
    QLineEdit *m_officer = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace parcours::ui
