// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace parcours::ui {

MessageBar::MessageBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    m_frame = new QFrame;
    m_frame->setObjectName(QStringLiteral("messageFrame"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // paths can be copied
    auto *close = new QPushButton(tr("Dismiss"));
    close->setObjectName(QStringLiteral("messageDismiss"));
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    m_action = new QPushButton;
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (const auto action = m_do)
            action();
    });
    auto *inner = new QHBoxLayout(m_frame);
    inner->setContentsMargins(12, 8, 8, 8);
    inner->addWidget(m_text, 1);
    inner->addWidget(m_action, 0, Qt::AlignTop);
    inner->addWidget(close, 0, Qt::AlignTop);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(9, 9, 9, 0);
    outer->addWidget(m_frame);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_text->setText(text);
    m_do = {};
    m_action->hide();
    const bool warning = kind == Kind::Warning;
    m_frame->setStyleSheet(warning ? QStringLiteral("#messageFrame { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
                                                    " #messageText { color: #3d3000; }")
                                   : QStringLiteral("#messageFrame { background: #e6f0fb; border: 1px solid #9cc0e8; border-radius: 4px; }"
                                                    " #messageText { color: #0b2e52; }"));
    show();
}

void MessageBar::setAction(const QString &label, std::function<void()> action)
{
    m_action->setText(label);
    m_do = std::move(action);
    m_action->setVisible(bool(m_do));
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace parcours::ui
