// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/jobtable.h"

#include <QWidget>

namespace parcours::ui {

// Where a Job Table stands among its six stages: a row of numbered circles joined by a line;
// the stages that took place are filled with their date below, the next one is outlined in
// the accent colour with its planned date, the later ones are grey. Clicking a stage emits
// stageClicked (the page then edits it).
class StageStepper : public QWidget
{
    Q_OBJECT
public:
    explicit StageStepper(QWidget *parent = nullptr);

    void setJobTable(const JobTable &table);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stageClicked(Stage stage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF circleRect(int index) const;
    JobTable m_table;
};

} // namespace parcours::ui
