// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the views and dialogs share.
#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QComboBox;
class QVariant;
class QFormLayout;
class QLabel;
class QHeaderView;
class QObject;
class QWidget;

namespace parcours::ui {

// For a widget's destructor: ~QWidget deletes the children after the derived part of the
// object is gone; a field that loses the focus then emits editingFinished (a combo, a
// selection model: their own signals), which must not reach the slots of a half-destroyed
// object. Disconnects every child of `receiver` from it.
void disconnectChildren(QObject *receiver);

// The look of a table's column header across the program: left-aligned titles, columns the
// user can resize, no highlighted section for the current cell.
void prepareTableHeader(QHeaderView *header);

// The width a section of `header` needs to show `text` whole in the header's font, with the
// style's margins: one line (each line of a "\n" title), or, when `wrapped` (the header's
// alignment has Qt::TextWordWrap), the longest word. Dutch and French titles are longer than
// the English ones: a view sizes its columns from these, not from pixel constants.
int headerSectionWidth(const QHeaderView *header, const QString &text, bool wrapped = false);

// The height `header` needs to show `lines` lines of its text, with the style's margins.
int headerHeightForLines(const QHeaderView *header, int lines);

// The height `header` needs to show `text` wrapped at spaces (Qt::TextWordWrap) in a section
// `sectionWidth` wide, with the style's margins.
int wrappedHeaderHeight(const QHeaderView *header, const QString &text, int sectionWidth);

// Calls `apply` now, and again after each switch of the interface language (Settings): Qt
// sends QEvent::LanguageChange to every widget and on to its children, and `apply` runs on
// the one that reaches `owner`. For the texts a view sets where it builds its widgets, so a
// switch changes the texts without rebuilding anything: what is typed, chosen or selected
// stays. `owner` is a widget (other objects do not pass the event on); the watcher is its
// child and goes with it.
void retranslate(QWidget *owner, std::function<void()> apply);

// After each language switch, the header and cells of `view`'s model are asked again (the
// models call tr() and format dates and numbers in data() and headerData()): the view's
// selection, current cell and scroll position stay.
void retranslateModel(QAbstractItemView *view);

// QFormLayout::addRow(text, field) with a label that follows the language: `text()` now and
// after each switch. The label is the field's buddy, as addRow makes it. Returns the label.
QLabel *addTranslatedRow(QFormLayout *form, std::function<QString()> text, QWidget *field);

// The items of `combo` named by `label(item data)` now and after each language switch; the
// item chosen stays chosen.
void retranslateItems(QComboBox *combo, std::function<QString(const QVariant &data)> label);

// `widget` with its text (`setter`: &QLabel::setText, &QLineEdit::setPlaceholderText,
// &QWidget::setToolTip…) set from `text` now and after each language switch. `text` is
// evaluated again each time, so it must call tr() itself:
//   layout->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("&Day:"); }));
template<typename Widget, typename Class, typename Text>
Widget *translated(Widget *widget, void (Class::*setter)(const QString &), Text text)
{
    retranslate(widget, [widget, setter, text] { (widget->*setter)(text()); });
    return widget;
}

} // namespace parcours::ui
