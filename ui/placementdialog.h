// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/placement.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace parcours {
class Trajectory;
}

namespace parcours::ui {

class DateEdit;
class MessageBar;

// Core messages write days as ISO dates ("2024-03-01"); the interface shows dd/MM/yyyy.
// Rewrites every real ISO date in `message` to the interface format.
QString withInterfaceDates(const QString &message);

// One change to a dossier's trajectory: refer it to a cell, transfer it to another cell on a
// day, end a placement, or edit one. Every rule is the core's (Trajectory): when the core
// refuses (an overlap, a day outside the dossier's period…), its message is shown above the
// fields, nothing is saved, and the dialog stays open with what the officer typed.
// When somebody else saved the placement after the dialog opened (End, Edit), the core
// refuses as a conflict: a bar says who and when, with "Reload", which shows the stored
// placement in the fields; until then what the officer typed stays.
class PlacementDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Refer, Transfer, End, Edit };

    // What the dialog needs to know of the dossier.
    struct Context
    {
        DossierPeriod dossier;
        QString personName;
        QList<Placement> placements; // the trajectory as it is, for explanations only
        QString defaultOfficer;      // proposed for a new placement
        QStringList officers;        // offered while typing
        QDate today = QDate::currentDate();
    };

    // `subject`: the placement to end or edit; for a transfer, the placement it starts from
    // (may be empty: the day decides). Ignored for Refer.
    PlacementDialog(Trajectory &trajectory, Mode mode, const Context &context, const Placement &subject = {},
                    QWidget *parent = nullptr);
    ~PlacementDialog() override;

    Mode mode() const { return m_mode; }
    // Checks what was typed, asks the core, and closes on success. On refusal shows why and
    // returns false; nothing is written then.
    bool submit();
    // The message shown above the fields, empty when none.
    QString errorText() const;
    qint64 savedPlacementId() const { return m_savedId; }
    // The bar of a conflict (see above), hidden when none.
    MessageBar *conflictBar() const { return m_conflictBar; }
    // End, Edit: reads the placement again as stored and shows it in the fields and heading.
    bool reload();

Q_SIGNALS:
    void saved(qint64 placementId);

private:
    void addRow(const QString &label, QWidget *field, const QString &objectName);
    void showError(const QString &message, QWidget *field = nullptr);
    void clearError();
    void updateOutcomeState();
    void updateTransferNote();
    void fitHeight();
    void fillFrom(const Placement &p);
    void updateHeading();
    std::optional<QDate> readDate(DateEdit *edit, bool required, const QString &what);

    Trajectory &m_trajectory;
    Mode m_mode;
    Context m_context;
    Placement m_subject;
    qint64 m_savedId = 0;

    QLabel *m_contextLabel = nullptr;
    QLabel *m_error = nullptr;
    MessageBar *m_conflictBar = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_cell = nullptr;
    DateEdit *m_start = nullptr;
    DateEdit *m_end = nullptr;
    QLineEdit *m_officer = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_detail = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_partner = nullptr; // where it takes place (Refer, Edit)
    QLabel *m_transferNote = nullptr;
    QPushButton *m_ok = nullptr;
    QList<QWidget *> m_tinted;
};

} // namespace parcours::ui
