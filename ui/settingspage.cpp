// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "common/language.h"
#include "format.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

// The QSettings key, shared with app/gui/main.cpp through storedLanguage().
constexpr auto LanguageKey = "language";

QLabel *boldLabel(qreal scale)
{
    auto *label = new QLabel;
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

// Each language is named in its own words, whatever the interface speaks: someone who landed
// in a language they do not read still finds theirs.
QString endonym(const QString &code)
{
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_heading = boldLabel(1.4);
    m_languageHeading = boldLabel(1.1);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("interfaceLanguageCombo"));
    m_language->addItem(QString(), QString());
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")})
        m_language->addItem(endonym(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    m_languageLabel = new QLabel;
    m_languageLabel->setBuddy(m_language);

    m_example = new QLabel;
    m_example->setObjectName(QStringLiteral("languageExample"));
    m_note = new QLabel;
    m_note->setWordWrap(true);
    QPalette pal = m_note->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_note->setPalette(pal);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_example);

    auto *column = new QWidget;
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_heading);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_languageHeading);
    columnLayout->addLayout(form);
    columnLayout->addWidget(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->addWidget(column);
    layout->addStretch();

    connect(m_language, &QComboBox::activated, this,
            [this](int index) { chooseLanguage(m_language->itemData(index).toString()); });
    retranslateUi();
}

QString SettingsPage::storedLanguage()
{
    const QString stored = QSettings().value(QLatin1String(LanguageKey)).toString();
    return supportedLanguages().contains(stored) ? stored : QString();
}

QString SettingsPage::chooseLanguage(const QString &language)
{
    const QString choice = supportedLanguages().contains(language) ? language : QString();
    QSettings settings;
    if (choice.isEmpty())
        settings.remove(QLatin1String(LanguageKey));
    else
        settings.setValue(QLatin1String(LanguageKey), choice);
    {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(choice)));
    }
    // Replaces the translators and the default QLocale; Qt then posts LanguageChange to every
    // window, and each view retranslates itself (see changeEvent here and in the views).
    const QString installed = installTranslators(*QCoreApplication::instance(), choice);
    Q_EMIT languageChanged(installed);
    return installed;
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_heading->setText(tr("Settings"));
    m_languageHeading->setText(tr("Interface language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default (%1)").arg(endonym(resolveLanguage(QString()))));
    m_language->setToolTip(tr("The language of menus, windows, dates and numbers, and of exported charts and "
                              "documents. Stored for you on this computer."));
    m_example->setText(tr("Dates and numbers: %1, %2 %, %3 dossiers")
                           .arg(formatDate(QDate(2013, 12, 31)), QLocale().toString(70.75, 'f', 2), formatCount(5131)));
    m_note->setText(tr("The change applies at once, in the open dossier windows too, without losing what you are "
                       "typing."));
}

} // namespace parcours::ui
