// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"

#include <QDialog>

#include <optional>

class QSpinBox;
class QWidget;

namespace parcours {
class Database;
}

namespace parcours::ui {

// Asks how many invented dossiers to create in an empty database, and says what they are.
class DemoDataDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultDossiers = 2000;
    explicit DemoDataDialog(QWidget *parent = nullptr);
    int dossiers() const;
    void setDossiers(int count);

    // Shows the dialog; the number chosen, or nullopt when cancelled.
    static std::optional<int> ask(QWidget *parent);

private:
    QSpinBox *m_count = nullptr;
};

// Runs DemoGenerator on `db` with a window-modal progress dialog on `parent`. The window
// keeps repainting (events are processed between steps); Cancel stops the generator, which
// then writes nothing. Returns the generator's status.
Status generateDemoData(QWidget *parent, Database &db, int dossiers, DemoGenerator::Summary *summary = nullptr);

} // namespace parcours::ui
