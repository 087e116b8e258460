// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtablearea.h"

#include "freeaccessview.h"
#include "jobtable/jobtables.h"
#include "jobtablefiguresview.h"
#include "jobtablemodels.h"
#include "jobtablepage.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QHeaderView>

#include <algorithm>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

// The list's rows grow with their wrapped text (a title or the next stage on two lines) and keep
// the breathing room of the one-line rows elsewhere.
class PaddedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

JobTableArea::JobTableArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobTableArea"));
    m_list = new JobTableListModel(this);
    m_listView = new QTableView;
    m_listView->setObjectName(QStringLiteral("jobTableList"));
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->verticalHeader()->hide();
    prepareTableHeader(m_listView->horizontalHeader());
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 10);
    retranslateModel(m_listView);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobTableArea::currentChanged);
    m_newButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("New Job Table…"); });
    m_newButton->setObjectName(QStringLiteral("newJobTableButton"));
    connect(m_newButton, &QPushButton::clicked, this, &JobTableArea::askNew);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_newButton, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_error);
    leftLayout->addWidget(m_listView, 1);

    m_page = new JobTablePage;
    connect(m_page, &JobTablePage::changed, this, [this] {
        const qint64 id = m_page->jobTableId();
        const QSignalBlocker blocker(m_listView->selectionModel());
        m_list->setRows(m_db ? JobTables(*m_db).list() : QList<JobTables::ListRow>());
        fitList();
        m_listView->selectRow(m_list->rowOf(id));
    });
    m_empty = translated(new QLabel, &QLabel::setText, [] {
        return tr("Choose a Job Table in the list, or create one with \"New Job Table…\".\n\nA Job Table "
                  "leads a group through six stages: composing the group, the launch, the modules \"Aspects "
                  "of job search\" and \"Interviews\", the conclusion with the orientation table, and the "
                  "debriefing.");
    });
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_groupStack = new QStackedWidget;
    m_groupStack->addWidget(m_empty);
    m_groupStack->addWidget(m_page);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_groupStack);
    // The list as narrow as its columns allow (fitList), the group's page and its attendance
    // grid the rest: the page is where the work is done.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1, 1000});
    // Narrow beside the group's page: where the group stands in detail and its officers are on
    // the page. The titles and the next stage wrap onto a second line rather than be elided,
    // and the titles of the header wrap at spaces ("Places (en attente)").
    m_listView->setColumnHidden(JobTableListModel::Officers, true);
    m_listView->setColumnHidden(JobTableListModel::Standing, true);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listView->setWordWrap(true);
    m_listView->setItemDelegate(new PaddedRowDelegate(m_listView));
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                                        | Qt::Alignment(Qt::TextWordWrap));
    m_listView->horizontalHeader()->setStretchLastSection(false);
    m_listView->horizontalHeader()->setSectionResizeMode(JobTableListModel::Title, QHeaderView::Stretch);
    m_listView->horizontalHeader()->setSectionResizeMode(JobTableListModel::Next, QHeaderView::Fixed);
    m_listView->horizontalHeader()->setSectionResizeMode(JobTableListModel::Places, QHeaderView::Fixed);
    retranslate(m_listView, [this] { fitList(); });

    m_freeAccess = new FreeAccessView;
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, QString());
    m_tabs->addTab(m_freeAccess, QString());
    m_figures = new JobTableFiguresView;
    m_tabs->addTab(m_figures, QString());
    retranslate(m_tabs, [this] {
        m_tabs->setTabText(0, tr("Groups"));
        m_tabs->setTabText(1, tr("Free access"));
        m_tabs->setTabText(2, tr("Figures"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

JobTableArea::~JobTableArea()
{
    disconnectChildren(this);
}

void JobTableArea::setDatabase(Database *db)
{
    m_db = db;
    m_page->setDatabase(db);
    m_freeAccess->setDatabase(db);
    m_figures->setDatabase(db);
    refresh();
}

void JobTableArea::refresh()
{
    const bool register_ = m_db && Permissions::require(*m_db, Permission::ViewRegister);
    const bool edit = m_db && Permissions::require(*m_db, Permission::EditRegister);
    m_tabs->setTabEnabled(0, register_);
    m_tabs->setTabEnabled(2, m_db && Permissions::require(*m_db, Permission::ViewReports));
    if (!register_ && m_db)
        m_tabs->setCurrentIndex(1);
    m_newButton->setEnabled(edit);
    const qint64 current = m_page->jobTableId();
    m_list->setRows(register_ ? JobTables(*m_db).list() : QList<JobTables::ListRow>());
    fitList();
    const int row = m_list->rowOf(current);
    if (row >= 0) {
        m_listView->selectRow(row);
        m_page->reload();
    } else {
        m_page->setJobTable(0);
        m_groupStack->setCurrentWidget(m_empty);
    }
    m_freeAccess->refresh();
    m_figures->refresh();
}

namespace {

// The narrowest width at which `text` takes at most two lines when wrapped at spaces.
int twoLineWidth(const QFontMetrics &fm, const QString &text)
{
    int best = fm.horizontalAdvance(text);
    for (qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0; space = text.indexOf(QLatin1Char(' '), space + 1))
        best = std::min(best, std::max(fm.horizontalAdvance(text.left(space)), fm.horizontalAdvance(text.mid(space + 1))));
    return best;
}

} // namespace

void JobTableArea::fitList()
{
    // Sized from the font and the texts shown, so the longer Dutch and French titles and
    // stages fit: the next stage on at most two lines ("Gesprekken" over its date), the places
    // on one, each header title whole (wrapped at spaces); the group's title takes the rest and
    // wraps, never narrower than the header's word or about twenty characters.
    QHeaderView *header = m_listView->horizontalHeader();
    const QFontMetrics fm(m_listView->font());
    const int cellMargin = 2 * (m_listView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_listView) + 1) + 2;
    const auto title = [this](int column) { return m_list->headerData(column, Qt::Horizontal).toString(); };
    int next = headerSectionWidth(header, title(JobTableListModel::Next), true);
    int places = headerSectionWidth(header, title(JobTableListModel::Places), true);
    for (int row = 0; row < m_list->rowCount(); ++row) {
        next = std::max(next, twoLineWidth(fm, m_list->index(row, JobTableListModel::Next).data().toString()) + cellMargin);
        places = std::max(places, fm.horizontalAdvance(m_list->index(row, JobTableListModel::Places).data().toString()) + cellMargin);
    }
    const int titleMin = std::max(headerSectionWidth(header, title(JobTableListModel::Title), true),
                                  20 * fm.averageCharWidth() + cellMargin);
    m_listView->setColumnWidth(JobTableListModel::Next, next);
    m_listView->setColumnWidth(JobTableListModel::Places, places);
    // Room for the vertical scroll bar, so the title keeps its width when the list is long.
    m_listView->setMinimumWidth(titleMin + next + places + 2 * m_listView->frameWidth()
                                + m_listView->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_listView));
    header->setMinimumHeight(std::max({wrappedHeaderHeight(header, title(JobTableListModel::Title), titleMin),
                                       wrappedHeaderHeight(header, title(JobTableListModel::Next), next),
                                       wrappedHeaderHeight(header, title(JobTableListModel::Places), places)}));
}

void JobTableArea::openJobTable(qint64 id)
{
    const int row = m_list->rowOf(id);
    if (row >= 0)
        m_listView->selectRow(row);
}

void JobTableArea::currentChanged()
{
    const auto *row = m_list->rowAt(m_listView->currentIndex().row());
    m_page->setJobTable(row ? row->id : 0);
    m_groupStack->setCurrentWidget(row ? static_cast<QWidget *>(m_page) : m_empty);
}

void JobTableArea::createJobTable(const QString &title)
{
    if (!m_db)
        return;
    JobTable t;
    t.title = title;
    t.officers = m_db->actor().displayName;
    const auto created = JobTables(*m_db).create(t);
    m_error->setVisible(!created.ok());
    if (!created) {
        m_error->setText(created.error());
        return;
    }
    refresh();
    openJobTable(created.value());
}

void JobTableArea::askNew()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Job Table"), tr("Title of the group:"), QLineEdit::Normal,
                                                tr("Job Table %1").arg(QDate::currentDate().toString(QStringLiteral("MM/yyyy"))), &ok);
    if (ok)
        createJobTable(title);
}

void JobTableArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace parcours::ui
