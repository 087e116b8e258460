// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablepage.h"

#include "candidatedialog.h"
#include "dateedit.h"
#include "format.h"
#include "jobtable/freeaccess.h"
#include "jobtable/jobtableprint.h"
#include "jobtablemodels.h"
#include "jobtableprinting.h"
#include "partners/partners.h"
#include "security/permissions.h"
#include "stagestepper.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace parcours::ui {

namespace {

// The "Where next" column: a list of the orientations (and none).
class OrientationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), -1);
        for (Orientation o : kAllOrientations)
            combo->addItem(JobTableLabels::orientation(o), int(o));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(OrientationModel::OrientationRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

// The "At partner" column: none, or one of the active partners (and the one already chosen).
class PartnerDelegate : public QStyledItemDelegate
{
public:
    PartnerDelegate(std::function<QList<Partner>()> partners, QObject *parent)
        : QStyledItemDelegate(parent), m_partners(std::move(partners))
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), qint64(0));
        const qint64 current = index.data(OrientationModel::PartnerRole).toLongLong();
        for (const Partner &p : m_partners()) {
            if (p.active || p.id == current)
                combo->addItem(p.name, p.id);
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(OrientationModel::PartnerRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    std::function<QList<Partner>()> m_partners;
};

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    prepareTableHeader(table->horizontalHeader());
    table->horizontalHeader()->setStretchLastSection(true);
    retranslateModel(table);
    return table;
}

} // namespace

JobTablePage::JobTablePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobTablePage"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("jobTableTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel;
    m_subtitle->setWordWrap(true);
    auto *ficheButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Technical fiche (PDF)…"); });
    ficheButton->setObjectName(QStringLiteral("printFicheButton"));
    connect(ficheButton, &QPushButton::clicked, this, &JobTablePage::askPrintFiche);

    m_stepper = new StageStepper;
    connect(m_stepper, &StageStepper::stageClicked, this, [this](Stage) { m_tabs->setCurrentIndex(FicheTab); });
    m_next = new QLabel;
    m_next->setObjectName(QStringLiteral("jobTableNext"));
    m_next->setWordWrap(true);
    m_doneButton = new QPushButton;
    m_doneButton->setObjectName(QStringLiteral("markDoneButton"));
    connect(m_doneButton, &QPushButton::clicked, this, &JobTablePage::markNextDone);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("jobTableError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_tabs = new QTabWidget;
    for (int tab = FicheTab; tab <= DebriefingTab; ++tab)
        m_tabs->addTab(new QWidget, QString());
    retranslate(m_tabs, [this] {
        const std::array<QString, 5> names = {tr("Fiche and stages"), tr("Participants"), tr("Meetings and attendance"),
                                              tr("Orientation"), tr("Debriefing")};
        for (int tab = FicheTab; tab <= DebriefingTab; ++tab)
            m_tabs->setTabText(tab, names[size_t(tab)]);
    });
    buildFiche(m_tabs->widget(FicheTab));
    buildParticipants(m_tabs->widget(ParticipantsTab));
    buildAttendance(m_tabs->widget(AttendanceTab));
    buildOrientation(m_tabs->widget(OrientationTab));
    buildDebriefing(m_tabs->widget(DebriefingTab));
    retranslate(this, [this] { fitTables(); });

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    head->addWidget(ficheButton, 0, Qt::AlignTop);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_next, 1);
    nextRow->addWidget(m_doneButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_stepper);
    layout->addLayout(nextRow);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    setEnabled(false);
}

JobTablePage::~JobTablePage()
{
    disconnectChildren(this);
}

void JobTablePage::buildFiche(QWidget *tab)
{
    m_titleEdit = new QLineEdit;
    m_officersEdit = new QLineEdit;
    translated(m_officersEdit, &QLineEdit::setPlaceholderText, [] { return tr("Names, separated by commas"); });
    m_placeEdit = new QLineEdit;
    m_capacityEdit = new QSpinBox;
    m_capacityEdit->setRange(1, 99);
    m_targetEdit = new QLineEdit;
    m_meansEdit = new QPlainTextEdit;
    translated(m_meansEdit, &QPlainTextEdit::setPlaceholderText,
               [] { return tr("Room, computers, telephone, newspapers, job sites…"); });
    m_meansEdit->setMaximumHeight(60);
    const auto label = [](auto text) { return translated(new QLabel, &QLabel::setText, text); };
    auto *form = new QFormLayout;
    form->addRow(label([] { return tr("Title"); }), m_titleEdit);
    form->addRow(label([] { return tr("Officers"); }), m_officersEdit);
    form->addRow(label([] { return tr("Place"); }), m_placeEdit);
    form->addRow(label([] { return tr("Capacity"); }), m_capacityEdit);
    form->addRow(label([] { return tr("Target public"); }), m_targetEdit);
    form->addRow(label([] { return tr("Means"); }), m_meansEdit);

    auto *grid = new QGridLayout;
    grid->addWidget(label([] { return tr("<b>Stage</b>"); }), 0, 0);
    grid->addWidget(label([] { return tr("<b>Planned</b>"); }), 0, 1);
    grid->addWidget(label([] { return tr("<b>Done on</b>"); }), 0, 2);
    grid->addWidget(label([] { return tr("<b>Note</b>"); }), 0, 3);
    for (Stage s : kAllStages) {
        const int i = stageIndex(s);
        grid->addWidget(label([s] { return QStringLiteral("%1. %2").arg(int(s)).arg(JobTableLabels::stage(s)); }), i + 1, 0);
        m_planned[size_t(i)] = new DateEdit;
        m_actual[size_t(i)] = new DateEdit;
        for (DateEdit *edit : {m_planned[size_t(i)], m_actual[size_t(i)]})
            edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")) + 34);
        m_notes[size_t(i)] = new QLineEdit;
        grid->addWidget(m_planned[size_t(i)], i + 1, 1);
        grid->addWidget(m_actual[size_t(i)], i + 1, 2);
        grid->addWidget(m_notes[size_t(i)], i + 1, 3);
    }
    grid->setColumnStretch(3, 1);
    auto *save = translated(new QPushButton, &QPushButton::setText, [] { return tr("Save the fiche"); });
    save->setObjectName(QStringLiteral("saveFicheButton"));
    connect(save, &QPushButton::clicked, this, &JobTablePage::saveFiche);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(save, 0, Qt::AlignRight);
    layout->addStretch(1);
}

void JobTablePage::buildParticipants(QWidget *tab)
{
    m_participants = new ParticipantModel(this);
    m_participantTable = makeTable(m_participants);
    m_participantTable->setObjectName(QStringLiteral("participantTable"));
    auto *add = translated(new QPushButton, &QPushButton::setText, [] { return tr("Add from open dossiers…"); });
    add->setObjectName(QStringLiteral("addParticipantsButton"));
    auto *rules = translated(new QPushButton, &QPushButton::setText, [] { return tr("Usage rules accepted today"); });
    auto *out = translated(new QPushButton, &QPushButton::setText, [] { return tr("Take out of the group"); });
    connect(add, &QPushButton::clicked, this, &JobTablePage::addParticipants);
    connect(rules, &QPushButton::clicked, this, &JobTablePage::acceptRules);
    connect(out, &QPushButton::clicked, this, &JobTablePage::takeOut);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(rules);
    buttons->addWidget(out);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_participantTable, 1);
}

void JobTablePage::buildAttendance(QWidget *tab)
{
    m_attendance = new AttendanceModel(this);
    m_attendanceTable = new QTableView;
    m_attendanceTable->setObjectName(QStringLiteral("attendanceTable"));
    m_attendanceTable->setModel(m_attendance);
    m_attendanceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendanceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    retranslateModel(m_attendanceTable);
    translated(m_attendanceTable, &QWidget::setToolTip, [] { return tr("Click a cell: present, excused, absent, empty."); });
    connect(m_attendanceTable, &QTableView::clicked, this, &JobTablePage::cycleAttendance);
    m_groupRate = new QLabel;
    m_groupRate->setObjectName(QStringLiteral("groupRateLabel"));
    m_groupRate->setWordWrap(true); // or it sets the page's minimum width

    m_moduleEdit = new QComboBox;
    m_moduleEdit->setObjectName(QStringLiteral("meetingModuleCombo"));
    m_moduleEdit->addItem(QString(), int(Stage::JobSearch));
    m_moduleEdit->addItem(QString(), int(Stage::Interviews));
    // The short names of the stepper, whole ("Zoeken naar werk"), leave the topic room beside
    // them; the full name of the module is the item's tooltip.
    retranslate(m_moduleEdit, [this] { // the module chosen stays
        for (int i = 0; i < m_moduleEdit->count(); ++i) {
            const Stage module = Stage(m_moduleEdit->itemData(i).toInt());
            m_moduleEdit->setItemText(i, JobTableLabels::stageShort(module));
            m_moduleEdit->setItemData(i, JobTableLabels::stage(module), Qt::ToolTipRole);
        }
    });
    m_moduleEdit->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a language switch
    m_meetingDay = new DateEdit;
    m_meetingDay->setDate(QDate::currentDate());
    m_meetingTime = new QTimeEdit(QTime(9, 30));
    m_topicEdit = new QLineEdit;
    translated(m_topicEdit, &QLineEdit::setPlaceholderText, [] { return tr("Topic"); });
    auto *add = translated(new QPushButton, &QPushButton::setText, [] { return tr("Add the meeting"); });
    connect(add, &QPushButton::clicked, this, &JobTablePage::addMeeting);
    auto *remove = translated(new QPushButton, &QPushButton::setText, [] { return tr("Remove the meeting"); });
    connect(remove, &QPushButton::clicked, this, &JobTablePage::removeMeeting);
    auto *sheet = translated(new QPushButton, &QPushButton::setText, [] { return tr("Attendance sheet (PDF)…"); });
    connect(sheet, &QPushButton::clicked, this, &JobTablePage::askPrintSheet);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_moduleEdit);
    addRow->addWidget(m_meetingDay);
    addRow->addWidget(m_meetingTime);
    addRow->addWidget(m_topicEdit, 1);
    addRow->addWidget(add);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_groupRate, 1);
    bottom->addWidget(remove);
    bottom->addWidget(sheet);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(addRow);
    layout->addWidget(m_attendanceTable, 1);
    layout->addLayout(bottom);
}

void JobTablePage::buildOrientation(QWidget *tab)
{
    m_orientation = new OrientationModel(this);
    m_orientationTable = makeTable(m_orientation);
    m_orientationTable->setObjectName(QStringLiteral("orientationTable"));
    m_orientationTable->setItemDelegateForColumn(OrientationModel::WhereNext, new OrientationDelegate(m_orientationTable));
    const auto partners = [this] {
        Result<QList<Partner>> list = m_db ? Partners(*m_db).list(true) : Result<QList<Partner>>(QList<Partner>());
        return list ? list.value() : QList<Partner>();
    };
    m_orientationTable->setItemDelegateForColumn(OrientationModel::Partner, new PartnerDelegate(partners, m_orientationTable));
    connect(m_orientation, &OrientationModel::partnerEdited, this, [this](qint64 id, qint64 partnerId) {
        QTimer::singleShot(0, this, [this, id, partnerId] {
            if (m_db)
                apply(JobTables(*m_db).setOrientationPartner(id, partnerId));
        });
    });
    m_orientationTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_orientationTable->horizontalHeader()->setStretchLastSection(false);
    m_orientationTable->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                                | Qt::Alignment(Qt::TextWordWrap));
    m_orientationTable->horizontalHeader()->setSectionResizeMode(OrientationModel::Note, QHeaderView::Stretch);
    connect(m_orientation, &OrientationModel::orientationEdited, this,
            [this](qint64 id, std::optional<Orientation> o, const QString &detail, const QString &note) {
                // After the view has closed its editor: the write reloads (resets) the model.
                QTimer::singleShot(0, this, [this, id, o, detail, note] {
                    if (m_db)
                        apply(JobTables(*m_db).setOrientation(id, o, detail, note));
                });
            });
    auto *steps = translated(new QPushButton, &QPushButton::setText, [] { return tr("Create trajectory steps"); });
    steps->setObjectName(QStringLiteral("createStepsButton"));
    translated(steps, &QWidget::setToolTip, [] {
        return tr("For each person oriented, the matching step in the trajectory on the day of the conclusion: "
                  "a transfer to the cell, or for a job the end of the current placement with outcome job.");
    });
    connect(steps, &QPushButton::clicked, this, &JobTablePage::createSteps);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_orientationTable, 1);
    layout->addWidget(steps, 0, Qt::AlignRight);
}

void JobTablePage::buildDebriefing(QWidget *tab)
{
    m_debriefing = new QPlainTextEdit;
    m_debriefing->setObjectName(QStringLiteral("debriefingEdit"));
    translated(m_debriefing, &QPlainTextEdit::setPlaceholderText, [] {
        return tr("The officers' evaluation of the group: what worked, what to change, the dynamics of the group, the "
                  "means…");
    });
    auto *save = translated(new QPushButton, &QPushButton::setText, [] { return tr("Save the debriefing"); });
    save->setObjectName(QStringLiteral("saveDebriefingButton"));
    connect(save, &QPushButton::clicked, this, &JobTablePage::saveDebriefing);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_debriefing, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
}

void JobTablePage::setDatabase(Database *db)
{
    m_db = db;
    setJobTable(0);
}

void JobTablePage::setJobTable(qint64 id)
{
    m_id = id;
    m_error->hide();
    reload();
}

QString JobTablePage::error() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

QString JobTablePage::nextText() const
{
    return m_next->text();
}

void JobTablePage::reload()
{
    std::optional<JobTable> table;
    if (m_db && m_id != 0)
        table = JobTables(*m_db).jobTable(m_id);
    setEnabled(table.has_value());
    if (!table) {
        m_table = JobTable();
        m_people.clear();
        m_meetings.clear();
        m_group = {};
        showStanding();
        m_stepper->setJobTable(m_table);
        m_participants->setRows({}, {});
        m_attendance->setGrid({}, {}, {});
        m_orientation->setRows({});
        return;
    }
    JobTables tables(*m_db);
    m_table = *table;
    m_people = tables.participants(m_id);
    m_meetings = tables.meetings(m_id);
    const auto attendance = tables.attendance(m_id);
    m_group = tables.groupAttendance(m_id);
    showStanding();
    m_stepper->setJobTable(m_table);

    m_titleEdit->setText(m_table.title);
    m_officersEdit->setText(m_table.officers);
    m_placeEdit->setText(m_table.place);
    m_capacityEdit->setValue(m_table.capacity);
    m_targetEdit->setText(m_table.targetPublic);
    m_meansEdit->setPlainText(m_table.means);
    for (QLineEdit *edit : {m_titleEdit, m_officersEdit, m_placeEdit, m_targetEdit})
        edit->setCursorPosition(0);
    for (Stage s : kAllStages) {
        const size_t i = size_t(stageIndex(s));
        m_planned[i]->setDate(m_table.stage(s).planned);
        m_actual[i]->setDate(m_table.stage(s).actual);
        m_notes[i]->setText(m_table.stage(s).note);
    }
    m_participants->setRows(m_people, tables.attendanceByParticipant(m_id));
    m_attendance->setGrid(m_people, m_meetings, attendance);
    {
        QHash<qint64, QString> names;
        if (const Result<QList<Partner>> partners = Partners(*m_db).list(true)) {
            for (const Partner &p : partners.value())
                names.insert(p.id, p.name);
        }
        m_orientation->setPartnerNames(std::move(names));
    }
    m_orientation->setRows(m_people);
    fitTables();
    m_attendanceTable->resizeRowsToContents();
    if (!m_debriefing->hasFocus())
        m_debriefing->setPlainText(m_table.debriefing);
}

void JobTablePage::fitTables()
{
    // The orientation table's titles wrap at spaces ("Type de contrat, / formation…") so the
    // columns stay as narrow as their cells and the note keeps room to be read. The detail and
    // the partner are as wide as their one-line title or cells up to 140 pixels (their tooltips
    // show it all), a longer title then on two lines.
    QHeaderView *header = m_orientationTable->horizontalHeader();
    int headerHeight = 0;
    for (int column : {int(OrientationModel::Name), int(OrientationModel::WhereNext), int(OrientationModel::Detail),
                       int(OrientationModel::Partner), int(OrientationModel::Step)}) {
        // (public on QAbstractItemView, protected on QTableView)
        int cells = static_cast<const QAbstractItemView *>(m_orientationTable)->sizeHintForColumn(column);
        const QString title = m_orientation->headerData(column, Qt::Horizontal).toString();
        if (column == OrientationModel::Detail || column == OrientationModel::Partner) // room to type in
            cells = std::min(std::max(cells, headerSectionWidth(header, title)), 140);
        const int width = std::max(cells, headerSectionWidth(header, title, true));
        m_orientationTable->setColumnWidth(column, width);
        headerHeight = std::max(headerHeight, wrappedHeaderHeight(header, title, width));
    }
    header->setMinimumHeight(headerHeight);
    m_participantTable->resizeColumnsToContents();
    fitAttendance();
}

void JobTablePage::fitAttendance()
{
    // Every meeting's column as wide as its day and hour and the longest presence of the
    // language ("Verontschuldigd"), the rate's as its title and "100 %": measured from the
    // font, again after a language switch, so no cell is elided and no title clipped.
    QHeaderView *header = m_attendanceTable->horizontalHeader();
    const QFontMetrics fm(m_attendanceTable->font());
    const int cellMargin = 2 * (m_attendanceTable->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_attendanceTable) + 1) + 2;
    int presence = 0;
    for (Presence p : {Presence::Present, Presence::Excused, Presence::Absent})
        presence = std::max(presence, fm.horizontalAdvance(JobTableLabels::presence(p)) + cellMargin);
    const int meetings = m_attendance->meetingColumnCount();
    for (int column = 0; column < meetings; ++column)
        m_attendanceTable->setColumnWidth(
            column, std::max(presence, headerSectionWidth(header, m_attendance->headerData(column, Qt::Horizontal).toString())));
    m_attendanceTable->setColumnWidth(
        meetings, std::max(fm.horizontalAdvance(QLocale().toString(100) + QStringLiteral(" %")) + cellMargin,
                           headerSectionWidth(header, m_attendance->headerData(meetings, Qt::Horizontal).toString())));
}

void JobTablePage::showStanding()
{
    if (m_table.id == 0) {
        m_title->setText(tr("No Job Table chosen"));
        m_subtitle->clear();
        m_next->clear();
        m_doneButton->hide();
        m_groupRate->clear();
        return;
    }
    int members = 0;
    int waiting = 0;
    for (const Participant &p : std::as_const(m_people)) {
        members += p.membership == Membership::Member ? 1 : 0;
        waiting += p.membership == Membership::Waiting ? 1 : 0;
    }
    m_title->setText(m_table.title);
    QStringList sub;
    if (!m_table.officers.isEmpty())
        sub << m_table.officers;
    if (!m_table.place.isEmpty())
        sub << m_table.place;
    sub << tr("%1 of %2 places taken").arg(members).arg(m_table.capacity);
    if (waiting > 0)
        sub << tr("%n on the waiting list", nullptr, waiting);
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));

    const auto last = m_table.lastDone();
    const auto next = m_table.next();
    QString text;
    if (last)
        text = tr("Done: %1 on %2.").arg(JobTableLabels::stage(*last), formatDate(m_table.stage(*last).actual));
    else
        text = tr("Nothing done yet.");
    if (next) {
        const QDate planned = m_table.stage(*next).planned;
        text += QLatin1Char(' ')
            + (planned.isValid() ? tr("Next: %1, planned on %2.").arg(JobTableLabels::stage(*next), formatDate(planned))
                                 : tr("Next: %1.").arg(JobTableLabels::stage(*next)));
        m_doneButton->setText(tr("Done today: %1").arg(JobTableLabels::stageShort(*next)));
        m_doneButton->show();
    } else {
        text += QLatin1Char(' ') + tr("All six stages are done.");
        m_doneButton->hide();
    }
    m_next->setText(text);
    m_groupRate->setText(tr("Attendance of the group: %1 (%2 present, %3 excused, %4 absent)")
                             .arg(rateText(m_group)).arg(m_group.present).arg(m_group.excused).arg(m_group.absent));
}

void JobTablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JobTablePage::retranslateUi()
{
    // Texts only, from what is held: the fields, the fiche and the debriefing being typed, the
    // tab and the cell chosen stay as they are (the fixed labels retranslate themselves,
    // see translated() in the builders). A refusal shown keeps its language until the next.
    showStanding();
}

bool JobTablePage::apply(const Status &s)
{
    if (!s) {
        m_error->setText(s.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_error->clear();
    reload();
    Q_EMIT changed();
    return true;
}

void JobTablePage::saveFiche()
{
    if (!m_db)
        return;
    JobTable t = m_table;
    t.title = m_titleEdit->text();
    t.officers = m_officersEdit->text();
    t.place = m_placeEdit->text();
    t.capacity = m_capacityEdit->value();
    t.targetPublic = m_targetEdit->text();
    t.means = m_meansEdit->toPlainText();
    for (Stage s : kAllStages) {
        const size_t i = size_t(stageIndex(s));
        for (DateEdit *edit : {m_planned[i], m_actual[i]}) {
            if (!edit->hasValidText()) {
                apply(Status::failure(tr("The date of \"%1\" cannot be read: type it as %2.")
                                          .arg(JobTableLabels::stage(s), dateFormat())));
                return;
            }
        }
        t.stage(s) = {m_planned[i]->date(), m_actual[i]->date(), m_notes[i]->text()};
    }
    apply(JobTables(*m_db).update(t));
}

void JobTablePage::markNextDone()
{
    const auto next = m_table.next();
    if (!m_db || !next)
        return;
    StageDates d = m_table.stage(*next);
    d.actual = QDate::currentDate();
    apply(JobTables(*m_db).setStage(m_id, *next, d));
}

void JobTablePage::addParticipants()
{
    if (!m_db || m_id == 0)
        return;
    CandidateDialog dialog(*m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    JobTables tables(*m_db);
    for (const qint64 dossier : dialog.chosen()) {
        const auto added = tables.addParticipant(m_id, dossier, QDate::currentDate());
        if (!apply(added.ok() ? Status::success() : Status::failure(added.error())))
            return;
    }
}

void JobTablePage::acceptRules()
{
    const Participant *p = m_participants->rowAt(m_participantTable->currentIndex().row());
    if (!m_db || !p)
        return;
    const auto rules = FreeAccess(*m_db).rulesInForce();
    if (!rules) {
        apply(Status::failure(tr("No usage rules are in force today: record them first under Free access.")));
        return;
    }
    apply(JobTables(*m_db).acceptRules(p->id, rules->version, QDate::currentDate()));
}

void JobTablePage::takeOut()
{
    const Participant *p = m_participants->rowAt(m_participantTable->currentIndex().row());
    if (!m_db || !p)
        return;
    apply(JobTables(*m_db).removeParticipant(p->id, QDate::currentDate()));
}

void JobTablePage::addMeeting()
{
    if (!m_db || m_id == 0)
        return;
    Meeting m;
    m.jobTableId = m_id;
    m.module = Stage(m_moduleEdit->currentData().toInt());
    m.startsAt = QDateTime(m_meetingDay->date(), m_meetingTime->time());
    m.topic = m_topicEdit->text();
    const auto added = JobTables(*m_db).addMeeting(m);
    if (apply(added.ok() ? Status::success() : Status::failure(added.error())))
        m_topicEdit->clear();
}

int JobTablePage::selectedMeetingColumn() const
{
    const int column = m_attendanceTable->currentIndex().column();
    return column >= 0 && column < m_meetings.size() ? column : -1;
}

void JobTablePage::removeMeeting()
{
    const int column = selectedMeetingColumn();
    if (!m_db || column < 0)
        return;
    apply(JobTables(*m_db).removeMeeting(m_meetings.at(column).id));
}

void JobTablePage::cycleAttendance(const QModelIndex &index)
{
    qint64 meeting = 0;
    qint64 participant = 0;
    std::optional<Presence> next;
    if (!m_db || !m_attendance->nextPresence(index, &meeting, &participant, &next))
        return;
    apply(JobTables(*m_db).setAttendance(meeting, participant, next));
    m_attendanceTable->setCurrentIndex(m_attendance->index(index.row(), index.column()));
}

void JobTablePage::createSteps()
{
    if (!m_db || m_id == 0)
        return;
    const QString officer = m_db->actor().displayName;
    const auto report = JobTables(*m_db).createTrajectorySteps(m_id, officer);
    if (!report) {
        apply(Status::failure(report.error()));
        return;
    }
    apply(Status::success());
    m_next->setText(m_next->text() + QLatin1Char(' ')
                    + tr("Trajectory steps: %1 made, %2 already in the cell, %3 to choose by hand.")
                          .arg(report.value().created).arg(report.value().kept).arg(report.value().skipped));
}

void JobTablePage::saveDebriefing()
{
    if (!m_db)
        return;
    JobTable t = m_table;
    t.debriefing = m_debriefing->toPlainText();
    apply(JobTables(*m_db).update(t));
}

Status JobTablePage::printFiche(const QString &path)
{
    return printHtmlToPdf(JobTablePrint::technicalFiche(m_table, m_people, m_meetings), m_table.title, path);
}

Status JobTablePage::printAttendanceSheet(qint64 meetingId, const QString &path)
{
    for (const Meeting &m : std::as_const(m_meetings)) {
        if (m.id == meetingId)
            return printHtmlToPdf(JobTablePrint::attendanceSheet(m_table, m, m_people), m_table.title, path);
    }
    return Status::failure(tr("There is no such meeting in this Job Table."));
}

void JobTablePage::askPrintFiche()
{
    if (m_id == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Technical fiche"), m_table.title + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printFiche(path); !s)
        apply(s);
}

void JobTablePage::askPrintSheet()
{
    const int column = selectedMeetingColumn();
    if (column < 0) {
        apply(Status::failure(tr("Choose a meeting first: click a cell in its column.")));
        return;
    }
    const Meeting &m = m_meetings.at(column);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Attendance sheet"), m_table.title + QLatin1Char(' ') + m.startsAt.date().toString(Qt::ISODate) + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printAttendanceSheet(m.id, path); !s)
        apply(s);
}

} // namespace parcours::ui
