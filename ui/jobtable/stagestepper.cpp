// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagestepper.h"

#include "format.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace parcours::ui {

namespace {

constexpr int kDiameter = 26;
constexpr int kTop = 6;

} // namespace

StageStepper::StageStepper(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stageStepper"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StageStepper::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setJobTable(m_table); // the tooltip, and the dates painted in the new format
    QWidget::changeEvent(event);
}

void StageStepper::setJobTable(const JobTable &table)
{
    m_table = table;
    QStringList tip;
    for (Stage s : kAllStages) {
        const StageDates &d = table.stage(s);
        tip << (d.actual.isValid() ? tr("%1. %2: done on %3").arg(int(s)).arg(JobTableLabels::stage(s), formatDate(d.actual))
                : d.planned.isValid() ? tr("%1. %2: planned on %3").arg(int(s)).arg(JobTableLabels::stage(s), formatDate(d.planned))
                                      : QStringLiteral("%1. %2").arg(int(s)).arg(JobTableLabels::stage(s)));
    }
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

QSize StageStepper::sizeHint() const
{
    const QFontMetrics fm(font());
    return {6 * 120, kTop + kDiameter + 8 + 3 * fm.height() + 4};
}

QSize StageStepper::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {6 * 64, kTop + kDiameter + 8 + 3 * fm.height() + 4};
}

QRectF StageStepper::circleRect(int index) const
{
    const qreal slot = qreal(width()) / kStageCount;
    const qreal cx = slot * (index + 0.5);
    return {cx - kDiameter / 2.0, qreal(kTop), qreal(kDiameter), qreal(kDiameter)};
}

void StageStepper::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor done = pal.color(QPalette::Highlight);
    const QColor grey = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::WindowText);
    const std::optional<Stage> next = m_table.next();
    const qreal slot = qreal(width()) / kStageCount;

    // The line behind the circles: coloured up to the last stage done.
    for (int i = 0; i + 1 < kStageCount; ++i) {
        const QRectF a = circleRect(i);
        const QRectF b = circleRect(i + 1);
        const bool reached = m_table.stages[size_t(i + 1)].actual.isValid();
        p.setPen(QPen(reached ? done : grey, 3));
        p.drawLine(QPointF(a.right() + 2, a.center().y()), QPointF(b.left() - 2, b.center().y()));
    }
    const QFontMetrics fm(font());
    for (Stage s : kAllStages) {
        const int i = stageIndex(s);
        const QRectF c = circleRect(i);
        const StageDates &dates = m_table.stage(s);
        const bool isDone = dates.actual.isValid();
        const bool isNext = next == s;
        if (isDone) {
            p.setPen(Qt::NoPen);
            p.setBrush(done);
            p.drawEllipse(c);
            // A check mark: done.
            QPainterPath tick;
            tick.moveTo(c.left() + c.width() * 0.28, c.top() + c.height() * 0.52);
            tick.lineTo(c.left() + c.width() * 0.44, c.top() + c.height() * 0.68);
            tick.lineTo(c.left() + c.width() * 0.72, c.top() + c.height() * 0.34);
            p.setPen(QPen(pal.color(QPalette::HighlightedText), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        } else {
            p.setPen(QPen(isNext ? done : grey, isNext ? 3 : 1.5));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(c.adjusted(1, 1, -1, -1));
            p.setPen(isNext ? done : grey);
            QFont f = font();
            f.setBold(isNext);
            p.setFont(f);
            p.drawText(c, Qt::AlignCenter, QString::number(int(s)));
        }
        QFont label = font();
        label.setBold(isNext);
        p.setFont(label);
        p.setPen(isDone || isNext ? text : pal.color(QPalette::PlaceholderText));
        const QRectF labelRect(slot * i + 2, c.bottom() + 6, slot - 4, fm.height() * 2 + 2);
        p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, JobTableLabels::stageShort(s));
        // The day it took place, or in italics the day it is planned.
        const QString when = isDone ? formatDate(dates.actual) : formatDate(dates.planned);
        QFont small = font();
        small.setItalic(!isDone);
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(slot * i + 2, labelRect.bottom(), slot - 4, fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(when, Qt::ElideRight, int(slot - 4)));
    }
}

void StageStepper::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = int(event->position().x() / (qreal(width()) / kStageCount));
    if (index >= 0 && index < kStageCount)
        Q_EMIT stageClicked(kAllStages[size_t(index)]);
}

} // namespace parcours::ui
