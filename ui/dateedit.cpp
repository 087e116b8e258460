// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateedit.h"

#include "artwork.h"
#include "format.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QMenu>
#include <QWidgetAction>

namespace parcours::ui {

DateEdit::DateEdit(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(false);
    m_pick = addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    retranslateUi();
    connect(m_pick, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::reformat);
}

void DateEdit::retranslateUi()
{
    // The format as people of each language write it: dd/mm/jjjj, jj/mm/aaaa, dd/mm/yyyy.
    setPlaceholderText(dateFormat() == QLatin1String("dd/MM/yyyy") ? tr("dd/mm/yyyy", "date placeholder: day/month/year")
                                                                    : dateFormat().toLower());
    m_pick->setToolTip(tr("Choose from a calendar"));
}

void DateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reformat(); // a date already typed is shown in the new language's format, same day
    }
    QLineEdit::changeEvent(event);
}

QDate DateEdit::date() const
{
    return parseDate(text());
}

void DateEdit::setDate(const QDate &date)
{
    setText(formatDate(date));
}

bool DateEdit::hasValidText() const
{
    bool ok = false;
    parseDate(text(), &ok);
    return ok;
}

void DateEdit::reformat()
{
    // Only a readable date is rewritten: an unreadable one stays as typed so the officer can
    // see and correct it.
    bool ok = false;
    const QDate d = parseDate(text(), &ok);
    if (ok && d.isValid() && text() != formatDate(d))
        setText(formatDate(d));
}

void DateEdit::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    if (const QDate d = date(); d.isValid())
        calendar->setSelectedDate(d);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate picked) {
        setDate(picked);
        Q_EMIT editingFinished(); // the form validates on leaving the field; picking is leaving
        menu.close();
    });
    menu.exec(mapToGlobal(QPoint(width() - menu.sizeHint().width(), height())));
}

} // namespace parcours::ui
