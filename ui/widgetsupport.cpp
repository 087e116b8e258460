// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetsupport.h"

#include <QAbstractItemView>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QHeaderView>
#include <QObject>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace parcours::ui {

namespace {

// Receives QEvent::LanguageChange as a child of the widget it serves (QWidget::event passes
// the event on to every child object, widgets or not).
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QObject *owner, std::function<void()> apply) : QObject(owner), m_apply(std::move(apply))
    {
        setObjectName(QStringLiteral("languageWatcher"));
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_apply();
        return QObject::event(event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

void disconnectChildren(QObject *receiver)
{
    for (QObject *child : receiver->findChildren<QObject *>())
        QObject::disconnect(child, nullptr, receiver, nullptr);
}

void prepareTableHeader(QHeaderView *header)
{
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
}

int headerSectionWidth(const QHeaderView *header, const QString &text, bool wrapped)
{
    const QFontMetrics fm(header->font());
    int width = 0;
    const QStringList parts = wrapped ? text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                                      : text.split(QLatin1Char('\n'));
    for (const QString &part : parts)
        width = std::max(width, fm.horizontalAdvance(part));
    // The label is drawn inside the section less a margin on each side (QStyle::SE_HeaderLabel);
    // one pixel more for the line between sections.
    return width + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 1;
}

int headerHeightForLines(const QHeaderView *header, int lines)
{
    const QFontMetrics fm(header->font());
    return lines * fm.lineSpacing() + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
}

int wrappedHeaderHeight(const QHeaderView *header, const QString &text, int sectionWidth)
{
    const QFontMetrics fm(header->font());
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QRect label(0, 0, std::max(1, sectionWidth - 2 * margin), 10000);
    return fm.boundingRect(label, Qt::TextWordWrap, text).height() + 2 * margin + 2;
}

} // namespace parcours::ui

namespace parcours::ui {

void retranslate(QWidget *owner, std::function<void()> apply)
{
    apply();
    new LanguageWatcher(owner, std::move(apply));
}

void retranslateModel(QAbstractItemView *view)
{
    const auto refresh = [view] {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (columns > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0)
            Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
        if (rows > 0 && columns > 0)
            Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
    };
    // Not at once: the model has only just been set, nothing is shown in another language yet.
    new LanguageWatcher(view, refresh);
}

QLabel *addTranslatedRow(QFormLayout *form, std::function<QString()> text, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
    retranslate(label, [label, text = std::move(text)] { label->setText(text()); });
    return label;
}

void retranslateItems(QComboBox *combo, std::function<QString(const QVariant &data)> label)
{
    // Measured again with the new names (the default measures only when first shown).
    if (combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow)
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    retranslate(combo, [combo, label = std::move(label)] {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, label(combo->itemData(i)));
    });
}

} // namespace parcours::ui
