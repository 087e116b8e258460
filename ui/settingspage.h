// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace parcours::ui {

// The Settings area: the preferences of the person at this PC (stored per user with
// QSettings, not in the database). For now the interface language.
//
// Choosing a language takes effect at once: the translators and the default QLocale are
// replaced (core/common/language.h), so dates and numbers follow the language, and Qt sends
// QEvent::LanguageChange to every widget; the views retranslate themselves on it (changeEvent)
// and keep what is typed in them. The choice is read again at the next start (app/gui/main.cpp),
// where --lang still overrides it.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    // The language chosen here: "" for the system's, else "nl", "fr" or "en".
    static QString storedLanguage();

    // What choosing `language` ("", "nl", "fr" or "en") in the list does: stores it and
    // installs it. Returns the language now shown ("nl", "fr" or "en").
    QString chooseLanguage(const QString &language);

Q_SIGNALS:
    // After a switch; `language` is the one now shown ("nl", "fr" or "en").
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLabel *m_languageHeading = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_example = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace parcours::ui
