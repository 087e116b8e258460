// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;

namespace parcours::ui {

// A date typed as text, because in the register a date may be unknown (birth date) or not
// there yet (closing date), which QDateEdit cannot show. Accepts dd/MM/yyyy and the usual
// variants (see parseDate), shows the date in the interface format when the field is left,
// and offers a calendar from the button at its end. Empty means "no date".
class DateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    // The date typed, or a null date when the field is empty or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    // True when the text is empty or a date; false when it cannot be read as one.
    bool hasValidText() const;

protected:
    // QEvent::LanguageChange: the placeholder and the date follow the new language's format.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reformat();
    void showCalendar();

    QAction *m_pick = nullptr;
};

} // namespace parcours::ui
