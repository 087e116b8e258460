// SPDX-License-Identifier: GPL-3.0-or-later
#include "article60view.h"

#include "article60dialogs.h"
#include "article60models.h"
#include "dateedit.h"
#include "format.h"
#include "placementdialog.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *name)
{
    auto *table = new QTableView;
    table->setObjectName(QString::fromLatin1(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    prepareTableHeader(table->horizontalHeader());
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

Article60View::Article60View(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("article60View"));
    m_board = new PostBoardModel(this);
    m_boardSort = new QSortFilterProxyModel(this);
    m_boardSort->setSourceModel(m_board);
    m_boardSort->setSortRole(PostBoardModel::SortRole);
    m_ending = new EndingContractModel(this);

    m_dayLabel = new QLabel;
    m_day = new DateEdit;
    m_day->setObjectName(QStringLiteral("article60Day"));
    m_day->setDate(QDate::currentDate());
    m_day->setMaximumWidth(150);
    m_dayLabel->setBuddy(m_day);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("article60Summary"));
    m_newPost = new QPushButton;
    m_newPost->setObjectName(QStringLiteral("newPost"));
    m_newContract = new QPushButton;
    m_newContract->setObjectName(QStringLiteral("newContract"));
    m_endContract = new QPushButton;
    m_endContract->setObjectName(QStringLiteral("endContract"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_newPost);
    bar->addWidget(m_newContract);
    bar->addWidget(m_endContract);

    m_boardTable = makeTable(m_boardSort, "postBoard");
    m_boardTable->setSortingEnabled(true);
    m_boardTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the core's order: vacant first

    m_endingTitle = new QLabel;
    QFont bold = m_endingTitle->font();
    bold.setBold(true);
    m_endingTitle->setFont(bold);
    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("endingWindow"));
    m_endingTable = makeTable(m_ending, "endingContracts");
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "binnen 90 dagen", "dans les 90 jours"
    retranslateModel(m_boardTable);
    retranslateModel(m_endingTable);
    auto *endingBar = new QHBoxLayout;
    endingBar->addWidget(m_endingTitle);
    endingBar->addWidget(m_window);
    endingBar->addStretch();
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(endingBar);
    bottomLayout->addWidget(m_endingTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_boardTable);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("article60Status"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Post-article-60 guidance"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    retranslateUi();
    m_window->setCurrentIndex(2);
    connect(m_day, &QLineEdit::editingFinished, this, &Article60View::refresh);
    connect(m_window, &QComboBox::currentIndexChanged, this, &Article60View::refresh);
    connect(m_newPost, &QPushButton::clicked, this, &Article60View::newPost);
    connect(m_newContract, &QPushButton::clicked, this, &Article60View::newContract);
    connect(m_endContract, &QPushButton::clicked, this, &Article60View::endChosenContract);
    connect(m_boardTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_boardTable->selectionModel()->hasSelection())
            m_endingTable->clearSelection();
        updateButtons();
    });
    connect(m_endingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_endingTable->selectionModel()->hasSelection())
            m_boardTable->clearSelection();
        updateButtons();
    });
    updateButtons();
}

Article60View::~Article60View()
{
    disconnectChildren(this);
}

void Article60View::retranslateUi()
{
    m_dayLabel->setText(tr("&On:"));
    m_newPost->setText(tr("New &post…"));
    m_newContract->setText(tr("New &contract…"));
    m_endContract->setText(tr("&End contract…"));
    m_endingTitle->setText(tr("Contracts ending"));
    const int window = m_window->currentIndex();
    {
        const QSignalBlocker block(m_window);
        m_window->clear();
        for (const int days : {30, 60, 90})
            m_window->addItem(tr("within %n days", nullptr, days), days);
        m_window->setCurrentIndex(window);
    }
}

void Article60View::changeEvent(QEvent *event)
{
    // Not refresh(): reading the board again would lose the selected post or contract. The
    // tables' texts follow through retranslateModel; here the bar, the summary and the order.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showSummary();
        if (m_boardSort->sortColumn() >= 0)
            m_boardSort->invalidate(); // sorted by a text that is now in another language
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void Article60View::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void Article60View::setDay(const QDate &day)
{
    m_day->setDate(day);
    refresh();
}

QDate Article60View::day() const
{
    return m_day->date().isValid() ? m_day->date() : QDate::currentDate();
}

void Article60View::setWindowDays(int days)
{
    m_window->setCurrentIndex(std::max(0, m_window->findData(days)));
}

QString Article60View::statusText() const
{
    return m_status->text();
}

void Article60View::refresh()
{
    if (!m_db) {
        m_board->setRows({});
        m_ending->setRows({}, day());
        m_summary->clear();
        updateButtons();
        return;
    }
    Article60 a60(*m_db);
    const QDate on = day();
    const Result<QList<PostOccupancy>> board = a60.occupancy(on);
    m_board->setRows(board ? board.value() : QList<PostOccupancy>());
    const Result<QList<Article60Contract>> ending = a60.endingWithin(on, m_window->currentData().toInt());
    m_ending->setRows(ending ? ending.value() : QList<Article60Contract>(), on);
    showSummary();
    if (!board)
        m_status->setText(board.error());
    fitColumns();
    updateButtons();
}

void Article60View::fitColumns()
{
    m_boardTable->resizeColumnsToContents();
    m_endingTable->resizeColumnsToContents();
    // Long functions, places and partner names are elided (whole in the tooltip), so that who
    // holds the post and until when stay in view beside the longer Dutch and French titles.
    const int wide = m_boardTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22;
    for (const int column : {int(PostBoardModel::Function), int(PostBoardModel::Place), int(PostBoardModel::Partner)})
        m_boardTable->setColumnWidth(column, std::min(m_boardTable->columnWidth(column), wide));
    m_endingTable->setColumnWidth(EndingContractModel::Post,
                                  std::min(m_endingTable->columnWidth(EndingContractModel::Post), wide * 3 / 2));
}

void Article60View::showSummary()
{
    if (!m_db) {
        m_summary->clear();
        return;
    }
    int filled = 0;
    for (int i = 0; i < m_board->rowCount(); ++i)
        filled += m_board->rowAt(i)->filled() ? 1 : 0;
    const int vacant = m_board->rowCount() - filled;
    m_summary->setText(m_board->rowCount() == 0 ? tr("No article 60 posts yet: add the first one with “New post”.")
                                                : tr("%1 posts: %2 filled, %3 vacant.")
                                                      .arg(formatCount(m_board->rowCount()), formatCount(filled),
                                                           formatCount(vacant)));
}

std::optional<Article60Contract> Article60View::chosenContract() const
{
    if (const QModelIndexList rows = m_endingTable->selectionModel()->selectedRows(); !rows.isEmpty()) {
        if (const Article60Contract *c = m_ending->rowAt(rows.first().row()))
            return *c;
    }
    if (const QModelIndexList rows = m_boardTable->selectionModel()->selectedRows(); !rows.isEmpty()) {
        const PostOccupancy *o = m_board->rowAt(m_boardSort->mapToSource(rows.first()).row());
        if (o && o->filled())
            return *o->contract;
    }
    return std::nullopt;
}

void Article60View::updateButtons()
{
    m_newPost->setEnabled(m_db != nullptr);
    m_newContract->setEnabled(m_db != nullptr && m_board->rowCount() > 0);
    m_endContract->setEnabled(m_db != nullptr && chosenContract().has_value());
}

void Article60View::newPost()
{
    if (!m_db)
        return;
    PostDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_status->setText(tr("The post was added."));
        refresh();
    }
}

void Article60View::newContract()
{
    if (!m_db)
        return;
    qint64 postId = 0;
    if (const QModelIndexList rows = m_boardTable->selectionModel()->selectedRows(); !rows.isEmpty()) {
        if (const PostOccupancy *o = m_board->rowAt(m_boardSort->mapToSource(rows.first()).row()))
            postId = o->post.id;
    }
    ContractDialog dialog(*m_db, m_db->actor().displayName, postId, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_status->setText(tr("The contract was added, with the article 60 placement over its period."));
        refresh();
    }
}

void Article60View::endChosenContract()
{
    const std::optional<Article60Contract> c = chosenContract();
    if (!m_db || !c)
        return;
    EndContractDialog dialog(*m_db, *c, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    offerPostArticle60(c->id);
}

qint64 Article60View::offerPostArticle60(qint64 contractId)
{
    if (!m_db)
        return 0;
    Article60 a60(*m_db);
    Result<PostArticle60Proposal> proposal = a60.proposePostArticle60(contractId);
    if (!proposal) {
        m_status->setText(tr("The contract ended. %1").arg(withInterfaceDates(proposal.error())));
        return 0;
    }
    const QString question = tr("The contract of %1 ended. Parcours proposes three months of post-article-60 guidance "
                                "(Cel Post-Artikel 60 / Cellule post-article 60) from %2 to %3.\n\nCreate this placement?")
                                 .arg(proposal->reference, formatDate(proposal->start), formatDate(proposal->end));
    if (!m_confirm || !m_confirm(question)) {
        m_status->setText(tr("The contract ended; no post-article-60 placement was created."));
        return 0;
    }
    const Result<qint64> created = a60.acceptProposal(proposal.value(), m_db->actor().displayName);
    if (!created) {
        m_status->setText(tr("The post-article-60 placement was not created: %1").arg(withInterfaceDates(created.error())));
        return 0;
    }
    m_status->setText(tr("The post-article-60 placement of %1 runs from %2 to %3.")
                          .arg(proposal->reference, formatDate(proposal->start), formatDate(proposal->end)));
    refresh();
    return created.value();
}

} // namespace parcours::ui
