// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementdialog.h"

#include "cellstyle.h"
#include "dateedit.h"
#include "format.h"
#include "messagebar.h"
#include "partners/partners.h"
#include "trajectory/isodate.h"
#include "trajectory/trajectory.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

const QColor kErrorBase(0xfd, 0xec, 0xea);

void selectData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace

QString withInterfaceDates(const QString &message)
{
    static const QRegularExpression iso(QStringLiteral("(?<![\\w-])(\\d{4}-\\d{2}-\\d{2})(?![\\w-])"));
    QString out;
    qsizetype last = 0;
    auto it = iso.globalMatch(message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate day = isodate::dateFromIso(m.capturedView(1));
        if (!day.isValid())
            continue;
        out += message.mid(last, m.capturedStart(1) - last) + formatDate(day);
        last = m.capturedEnd(1);
    }
    out += message.mid(last);
    return out;
}

PlacementDialog::PlacementDialog(Trajectory &trajectory, Mode mode, const Context &context, const Placement &subject,
                                 QWidget *parent)
    : QDialog(parent), m_trajectory(trajectory), m_mode(mode), m_context(context), m_subject(subject)
{
    setObjectName(QStringLiteral("placementDialog"));
    setSizeGripEnabled(true);

    m_contextLabel = new QLabel;
    m_contextLabel->setObjectName(QStringLiteral("placementContext"));
    m_contextLabel->setWordWrap(true);
    m_contextLabel->setTextFormat(Qt::RichText);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("placementError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();
    m_conflictBar = new MessageBar(this);
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    const Placement *current = subject.id != 0 ? &m_subject : nullptr;

    // Fields, in the order of the form; each mode uses some of them.
    if (mode != Mode::End) {
        m_cell = new QComboBox;
        for (const Cell cell : kAllCells)
            m_cell->addItem(cellIcon(cell), cellLabel(cell), int(cell));
        m_cell->setPlaceholderText(tr("Choose a cell"));
        m_cell->setCurrentIndex(-1);
        addRow(mode == Mode::Transfer ? tr("&New cell:") : tr("&Cell:"), m_cell, QStringLiteral("cellCombo"));
    }
    if (mode != Mode::End) {
        m_start = new DateEdit;
        addRow(mode == Mode::Transfer ? tr("&Transfer on:") : tr("&From:"), m_start, QStringLiteral("startEdit"));
    }
    if (mode != Mode::Transfer) {
        m_end = new DateEdit;
        if (mode != Mode::End) {
            m_end->setPlaceholderText(tr("empty while the placement runs"));
            m_end->setToolTip(tr("The last day in the cell (included). Leave empty while the placement runs."));
        }
        addRow(mode == Mode::End ? tr("&Last day:") : tr("&Until:"), m_end, QStringLiteral("endEdit"));
    }
    if (mode != Mode::End) {
        m_officer = new QLineEdit;
        auto *completer = new QCompleter(context.officers, m_officer);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_officer->setCompleter(completer);
        addRow(tr("&Officer:"), m_officer, QStringLiteral("officerEdit"));
        m_reason = new QLineEdit;
        m_reason->setPlaceholderText(tr("Why the person goes to this cell"));
        addRow(tr("&Reason for referral:"), m_reason, QStringLiteral("reasonEdit"));
    }
    if (mode != Mode::Transfer) {
        m_outcome = new QComboBox;
        if (mode != Mode::End)
            m_outcome->addItem(tr("— (still running)"), -1);
        for (const Outcome outcome : kAllOutcomes)
            m_outcome->addItem(outcomeLabel(outcome), int(outcome));
        m_outcome->setPlaceholderText(tr("Choose how it ended"));
        m_outcome->setCurrentIndex(mode == Mode::End ? -1 : 0);
        addRow(tr("O&utcome:"), m_outcome, QStringLiteral("outcomeCombo"));
        m_detail = new QLineEdit;
        addRow(tr("&Detail:"), m_detail, QStringLiteral("outcomeDetailEdit"));
        connect(m_outcome, &QComboBox::currentIndexChanged, this, &PlacementDialog::updateOutcomeState);
        connect(m_end, &QLineEdit::textChanged, this, &PlacementDialog::updateOutcomeState);
    }
    if (mode == Mode::Refer || mode == Mode::Edit) {
        // The partner where the step takes place: the active ones, and the placement's own
        // even when it has become inactive since.
        m_partner = new QComboBox;
        m_partner->addItem(tr("— (none)"), qint64(0));
        if (const Result<QList<Partner>> partners = Partners(trajectory.database()).list(true)) {
            for (const Partner &p : partners.value()) {
                if (p.active || p.id == subject.partnerId)
                    m_partner->addItem(QStringLiteral("%1 (%2)").arg(p.name, Partners::kindLabel(p.kind)), p.id);
            }
        }
        m_partner->setCurrentIndex(std::max(0, m_partner->findData(mode == Mode::Edit ? subject.partnerId : qint64(0))));
        addRow(tr("&Partner:"), m_partner, QStringLiteral("partnerCombo"));
        m_note = new QPlainTextEdit;
        m_note->setTabChangesFocus(true);
        m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
        addRow(tr("&Note:"), m_note, QStringLiteral("noteEdit"));
    }

    QString okText;
    switch (mode) {
    case Mode::Refer:
        setWindowTitle(tr("Refer to a cell"));
        okText = tr("&Refer");
        // Most trajectories start in project facilitation; later referrals need a choice.
        if (context.placements.isEmpty())
            selectData(m_cell, int(Cell::Facilitation));
        m_start->setDate(context.today);
        m_officer->setText(context.defaultOfficer);
        break;
    case Mode::Transfer:
        setWindowTitle(tr("Transfer to another cell"));
        okText = tr("&Transfer");
        m_start->setDate(current && current->start >= context.today ? current->start.addDays(1) : context.today);
        m_officer->setText(current && !current->officer.isEmpty() ? current->officer : context.defaultOfficer);
        m_transferNote = new QLabel;
        m_transferNote->setObjectName(QStringLiteral("transferNote"));
        m_transferNote->setWordWrap(true);
        connect(m_start, &QLineEdit::textChanged, this, &PlacementDialog::updateTransferNote);
        connect(m_cell, &QComboBox::currentIndexChanged, this, &PlacementDialog::updateTransferNote);
        break;
    case Mode::End:
        setWindowTitle(tr("End placement"));
        okText = tr("&End placement");
        fillFrom(m_subject);
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit placement"));
        okText = tr("&Save");
        fillFrom(m_subject);
        break;
    }
    updateHeading();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(QStringLiteral("saveButton"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_contextLabel);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    if (m_transferNote)
        layout->addWidget(m_transferNote);
    layout->addStretch();
    layout->addWidget(buttons);

    updateOutcomeState();
    updateTransferNote();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

PlacementDialog::~PlacementDialog()
{
    disconnectChildren(this); // see widgetsupport.h: no signal reaches a half-destroyed object
}

void PlacementDialog::updateHeading()
{
    // Built from m_subject, so that after a reload the heading says what the fields say.
    const QString heading = QStringLiteral("<b>%1</b> — %2")
                                .arg(m_context.dossier.reference.toHtmlEscaped(), m_context.personName.toHtmlEscaped());
    const auto describe = [](const Placement &p) {
        return p.isOpen() ? tr("%1 since %2").arg(cellLabel(p.cell), formatDate(p.start))
                          : tr("%1 from %2 to %3").arg(cellLabel(p.cell), formatDate(p.start), formatDate(p.end));
    };
    switch (m_mode) {
    case Mode::Refer:
        m_contextLabel->setText(heading + QStringLiteral("<br>")
                                + tr("A new placement. Give an end date only when recording one that is already over."));
        break;
    case Mode::Transfer:
        m_contextLabel->setText(heading + (m_subject.id != 0 ? QStringLiteral("<br>") + tr("Now: %1.").arg(describe(m_subject).toHtmlEscaped())
                                                             : QString()));
        break;
    case Mode::End:
        m_contextLabel->setText(heading + QStringLiteral("<br>") + describe(m_subject).toHtmlEscaped());
        break;
    case Mode::Edit:
        m_contextLabel->setText(heading);
        break;
    }
}

void PlacementDialog::fillFrom(const Placement &p)
{
    if (m_mode == Mode::End) {
        // A planned end (article 60 contracts) is the likely answer; else today, never
        // before the start.
        m_end->setDate(!p.isOpen() ? p.end : std::max(m_context.today, p.start));
        if (p.outcome)
            selectData(m_outcome, int(*p.outcome));
        m_detail->setText(p.outcomeDetail);
        return;
    }
    selectData(m_cell, int(p.cell));
    m_start->setDate(p.start);
    m_end->setDate(p.end);
    m_officer->setText(p.officer);
    m_reason->setText(p.reason);
    selectData(m_outcome, p.outcome ? int(*p.outcome) : -1);
    m_detail->setText(p.outcomeDetail);
    m_note->setPlainText(p.note);
    if (m_partner)
        m_partner->setCurrentIndex(std::max(0, m_partner->findData(p.partnerId)));
}

bool PlacementDialog::reload()
{
    if (m_subject.id == 0)
        return false;
    const std::optional<Placement> now = m_trajectory.placement(m_subject.id);
    if (!now) {
        showError(tr("This placement no longer exists: somebody removed it. Close the dialog."));
        return false;
    }
    m_subject = *now;
    fillFrom(m_subject);
    updateHeading();
    clearError();
    m_conflictBar->hide();
    return true;
}

void PlacementDialog::addRow(const QString &label, QWidget *field, const QString &objectName)
{
    field->setObjectName(objectName);
    auto *l = new QLabel(label);
    l->setBuddy(field);
    m_form->addRow(l, field);
}

void PlacementDialog::updateOutcomeState()
{
    if (!m_outcome)
        return;
    // An outcome belongs to a placement that has ended: without an end date it stays empty.
    const bool ended = m_mode == Mode::End || !m_end->text().trimmed().isEmpty();
    m_outcome->setEnabled(ended);
    if (!ended && m_outcome->currentData().toInt() != -1)
        selectData(m_outcome, -1);
    const int outcome = m_outcome->currentData().toInt();
    const bool hasOutcome = ended && m_outcome->currentIndex() >= 0 && outcome >= 0;
    m_detail->setEnabled(hasOutcome);
    switch (hasOutcome ? Outcome(outcome) : Outcome::Other) {
    case Outcome::Job:
        m_detail->setPlaceholderText(tr("Contract type, e.g. open-ended, fixed-term, temporary agency work"));
        break;
    case Outcome::TrainingCompleted:
        m_detail->setPlaceholderText(tr("Diploma, certificate or attest obtained"));
        break;
    default:
        m_detail->setPlaceholderText(hasOutcome ? tr("Details (optional)") : QString());
        break;
    }
}

void PlacementDialog::updateTransferNote()
{
    if (!m_transferNote)
        return;
    const QDate day = m_start->date();
    if (!day.isValid()) {
        m_transferNote->setText(tr("The transfer day D is the first day in the new cell."));
        return;
    }
    const auto from = std::find_if(m_context.placements.cbegin(), m_context.placements.cend(),
                                   [&day](const Placement &p) { return p.covers(day); });
    const QString to = m_cell->currentIndex() >= 0 ? cellLabel(Cell(m_cell->currentData().toInt())) : tr("the new cell");
    if (from == m_context.placements.cend())
        m_transferNote->setText(tr("The dossier is in no cell on %1: refer it to a cell instead.").arg(formatDate(day)));
    else
        m_transferNote->setText(tr("%1 ends on %2 with the outcome “%3”; %4 starts on %5.")
                                    .arg(cellLabel(from->cell), formatDate(day.addDays(-1)), outcomeLabel(Outcome::MovedCell),
                                         to, formatDate(day)));
}

QString PlacementDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PlacementDialog::clearError()
{
    m_error->clear();
    m_error->hide();
    for (QWidget *w : std::as_const(m_tinted))
        w->setPalette(QPalette());
    m_tinted.clear();
}

void PlacementDialog::showError(const QString &message, QWidget *field)
{
    clearError();
    m_error->setText(message);
    m_error->show();
    m_error->setAccessibleDescription(message);
    if (field) {
        QPalette pal = field->palette();
        pal.setColor(QPalette::Base, kErrorBase);
        pal.setColor(QPalette::Button, kErrorBase);
        field->setPalette(pal);
        m_tinted << field;
        field->setFocus(Qt::OtherFocusReason);
    }
    fitHeight();
}

void PlacementDialog::fitHeight()
{
    // A wrapped message needs height for the dialog's width; a top-level dialog does not grow
    // for it by itself.
    QLayout *l = layout();
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

std::optional<QDate> PlacementDialog::readDate(DateEdit *edit, bool required, const QString &what)
{
    if (!edit->hasValidText()) {
        showError(tr("%1: type the date as %2, for example %3.").arg(what, dateFormat().toLower(), formatDate(QDate(2024, 3, 5))),
                  edit);
        return std::nullopt;
    }
    const QDate d = edit->date();
    if (required && !d.isValid()) {
        showError(tr("%1: a date is needed.").arg(what), edit);
        return std::nullopt;
    }
    return d;
}

bool PlacementDialog::submit()
{
    clearError();
    if (m_cell && m_cell->currentIndex() < 0) {
        showError(tr("Choose the cell."), m_cell);
        return false;
    }
    const Cell cell = m_cell ? Cell(m_cell->currentData().toInt()) : m_subject.cell;
    QDate start;
    QDate end;
    if (m_start) {
        const auto d = readDate(m_start, true, m_mode == Mode::Transfer ? tr("Transfer day") : tr("Start"));
        if (!d)
            return false;
        start = *d;
    }
    if (m_end) {
        const auto d = readDate(m_end, m_mode == Mode::End, m_mode == Mode::End ? tr("Last day") : tr("Until"));
        if (!d)
            return false;
        end = *d;
    }
    std::optional<Outcome> outcome;
    if (m_outcome && m_outcome->isEnabled()) {
        if (m_outcome->currentIndex() < 0) {
            showError(tr("Choose how the placement ended."), m_outcome);
            return false;
        }
        if (const int o = m_outcome->currentData().toInt(); o >= 0)
            outcome = Outcome(o);
    }
    const QString detail = m_detail && m_detail->isEnabled() ? m_detail->text() : QString();

    // What the dialog edits, written over `p` (Refer and Edit show all these fields).
    const auto withFields = [&](Placement p) {
        p.cell = cell;
        p.start = start;
        p.end = end;
        p.officer = m_officer->text();
        p.reason = m_reason->text();
        p.outcome = outcome;
        p.outcomeDetail = detail;
        p.note = m_note->toPlainText();
        p.partnerId = m_partner->currentData().toLongLong();
        return p;
    };

    Result<qint64> result = qint64(0);
    switch (m_mode) {
    case Mode::Refer: {
        Placement p;
        p.dossierId = m_context.dossier.id;
        result = m_trajectory.add(withFields(p));
        break;
    }
    case Mode::Transfer:
        result = m_trajectory.transfer(m_context.dossier.id, cell, start, m_officer->text(), m_reason->text());
        break;
    case Mode::End: {
        const Status s = m_trajectory.endPlacement(m_subject.id, end, outcome.value_or(Outcome::Other), detail,
                                                   m_subject.rowVersion);
        result = s ? Result<qint64>(m_subject.id) : Result<qint64>(s);
        break;
    }
    case Mode::Edit: {
        const Status s = m_trajectory.update(withFields(m_subject));
        result = s ? Result<qint64>(m_subject.id) : Result<qint64>(s);
        break;
    }
    }
    if (!result && result.isConflict()) {
        m_conflictBar->showMessage(withInterfaceDates(result.error()) + QLatin1Char(' ')
                                   + tr("What you typed stays in the fields until you reload."));
        m_conflictBar->setAction(tr("&Reload"), [this] { reload(); });
        fitHeight();
        return false;
    }
    if (!result) {
        showError(tr("Nothing was saved. %1").arg(withInterfaceDates(result.error())));
        return false;
    }
    m_savedId = *result;
    Q_EMIT saved(m_savedId);
    accept();
    return true;
}

} // namespace parcours::ui
