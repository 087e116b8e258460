// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierlistview.h"

#include "artwork.h"
#include "dossierform.h"
#include "dossierlistmodel.h"
#include "dossierwindow.h"
#include "format.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QLabel *heading(const QString &text, qreal scale)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(const QString &text, bool secondary = false)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    if (secondary) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        label->setPalette(pal);
    }
    return label;
}

// A narrow centred column: short lines read better than text across a 1280 px window.
QWidget *centredColumn(const QList<QWidget *> &widgets)
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    for (QWidget *w : widgets) {
        const bool isButton = qobject_cast<QPushButton *>(w) != nullptr;
        column->addWidget(w, 0, isButton ? Qt::AlignHCenter : Qt::Alignment());
    }
    auto *holder = new QWidget;
    holder->setLayout(column);
    holder->setFixedWidth(440);
    row->addWidget(holder);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);
    return page;
}

} // namespace

DossierListView::DossierListView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dossierListView"));
    m_model = new DossierListModel(this);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);

    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("stateFilter"));
    for (const auto state : {Registry::StateFilter::All, Registry::StateFilter::Open, Registry::StateFilter::Closed})
        m_state->addItem(QString(), int(state));

    m_income = new QComboBox;
    m_income->setObjectName(QStringLiteral("incomeFilter"));
    m_income->addItem(QString(), -1);
    for (IncomeType t : {IncomeType::Leefloon, IncomeType::Equivalent})
        m_income->addItem(QString(), int(t));

    m_editButton = new QPushButton;
    m_editButton->setObjectName(QStringLiteral("openButton"));
    m_newButton = new QPushButton;
    m_newButton->setObjectName(QStringLiteral("newButton"));

    m_filterBar = new QWidget;
    auto *bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_income);
    bar->addSpacing(24);
    bar->addWidget(m_editButton);
    bar->addWidget(m_newButton);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("dossierTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which keeps 200,000 of them cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    setupColumns();
    // The first sort the view asks for is the one the model already has (by name).
    m_table->horizontalHeader()->setSortIndicator(DossierListModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);

    m_emptyPage = buildEmptyState();
    m_noMatchPage = buildNoMatch();
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("dossierStack"));
    m_stack->addWidget(m_tablePage);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_noMatchPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_countLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &DossierListView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DossierListView::applyFilters);
    m_search->installEventFilter(this); // Down moves from the search box into the results
    connect(m_state, &QComboBox::currentIndexChanged, this, &DossierListView::applyFilters);
    connect(m_income, &QComboBox::currentIndexChanged, this, &DossierListView::applyFilters);
    connect(m_newButton, &QPushButton::clicked, this, &DossierListView::newDossier);
    connect(m_editButton, &QPushButton::clicked, this, &DossierListView::openCurrent);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openDossier(m_model->dossierId(index.row()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DossierListView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectAfterReset != 0)
            select(std::exchange(m_selectAfterReset, 0));
        updateState();
    });
    retranslateUi();
    updateState();
}

DossierListView::~DossierListView()
{
    // The children outlive this part of the object; whatever they emit while ~QWidget takes
    // them down (a cleared selection, a last reset) must not reach these slots.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    m_search->removeEventFilter(this);
}

void DossierListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The empty and no-match pages hold no input: made anew in the new language.
        for (QWidget **page : {&m_emptyPage, &m_noMatchPage}) {
            QWidget *fresh = page == &m_emptyPage ? buildEmptyState() : buildNoMatch();
            const bool current = m_stack->currentWidget() == *page;
            m_stack->insertWidget(m_stack->indexOf(*page), fresh);
            m_stack->removeWidget(*page);
            (*page)->deleteLater();
            *page = fresh;
            if (current)
                m_stack->setCurrentWidget(fresh);
        }
        // Headers, dates and numbers are asked of the model at paint time; the column widths
        // follow the dates' new format.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        setupColumns();
        m_table->viewport()->update();
        updateState();
    }
    QWidget::changeEvent(event);
}

void DossierListView::retranslateUi()
{
    // Also on QEvent::LanguageChange: texts only, so the search and filters stay as they are.
    m_search->setPlaceholderText(tr("Search name, national number or reference"));
    m_state->setItemText(0, tr("Open and closed"));
    m_state->setItemText(1, tr("Open dossiers"));
    m_state->setItemText(2, tr("Closed dossiers"));
    m_state->setToolTip(tr("Show open dossiers, closed dossiers or both"));
    m_income->setItemText(0, tr("All income types"));
    for (int i = 1; i < m_income->count(); ++i)
        m_income->setItemText(i, RegisterRules::incomeTypeLabel(IncomeType(m_income->itemData(i).toInt())));
    m_editButton->setText(tr("&Open"));
    m_editButton->setToolTip(tr("Open the selected dossier with its trajectory (or double-click it)"));
    m_newButton->setText(tr("&New dossier"));
    m_newButton->setShortcut(QKeySequence::New); // after setText: the mnemonic would replace it
    m_newButton->setToolTip(tr("Create a dossier (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
}

QWidget *DossierListView::buildEmptyState()
{
    auto *picture = new QLabel;
    picture->setPixmap(emptyRegisterPixmap(palette(), 96, devicePixelRatio()));
    picture->setAlignment(Qt::AlignHCenter);
    auto *create = new QPushButton(tr("New dossier"));
    create->setObjectName(QStringLiteral("emptyNewButton"));
    create->setDefault(true);
    create->setMinimumWidth(160);
    connect(create, &QPushButton::clicked, this, &DossierListView::newDossier);
    auto *demo = new QPushButton(tr("Fill with demo data…"));
    demo->setObjectName(QStringLiteral("demoDataButton"));
    demo->setToolTip(tr("Invented people, dossiers and trajectories to try Parcours out or for training"));
    demo->setMinimumWidth(160);
    connect(demo, &QPushButton::clicked, this, &DossierListView::demoDataRequested);
    auto *buttons = new QWidget;
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addStretch();
    buttonRow->addWidget(create);
    buttonRow->addWidget(demo);
    buttonRow->addStretch();
    auto *page = centredColumn({
        picture,
        heading(tr("No dossiers yet"), 1.4),
        paragraph(tr("This register is empty. Create the first dossier to start following a person's "
                     "integration trajectory, or fill this database with invented demo data to try Parcours out.")),
        buttons,
        paragraph(tr("Already keep a list in a spreadsheet? Save it as a CSV file and bring it in with "
                     "File\u00a0→\u00a0Import dossiers…"),
                  true),
    });
    page->setObjectName(QStringLiteral("emptyState"));
    return page;
}

QWidget *DossierListView::buildNoMatch()
{
    m_noMatchLabel = heading(QString(), 1.15);
    auto *clear = new QPushButton(tr("Clear search and filters"));
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, this, &DossierListView::clearFilters);
    auto *page = centredColumn({
        m_noMatchLabel,
        paragraph(tr("Check the spelling, type fewer letters, or search by national number or reference.")),
        clear,
    });
    page->setObjectName(QStringLiteral("noMatch"));
    return page;
}

void DossierListView::setupColumns()
{
    // Widths from the font, not from the data: measuring content would read every row.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 28; // cell margins and the header's sort arrow
    const auto w = [&fm, pad](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    QHeaderView *header = m_table->horizontalHeader();
    prepareTableHeader(header);
    header->setSectionResizeMode(DossierListModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    m_table->setColumnWidth(DossierListModel::Reference, w(QStringLiteral("D-2024-000000")));
    m_table->setColumnWidth(DossierListModel::NationalNumber, w(QStringLiteral("00.00.00-000.00")));
    m_table->setColumnWidth(DossierListModel::Income,
                            std::max(w(RegisterRules::incomeTypeLabel(IncomeType::Leefloon)),
                                     w(RegisterRules::incomeTypeLabel(IncomeType::Equivalent))));
    m_table->setColumnWidth(DossierListModel::Opened, w(formatDate(QDate(2000, 12, 31))));
    m_table->setColumnWidth(DossierListModel::Closed, w(formatDate(QDate(2000, 12, 31))));
    m_table->setColumnWidth(DossierListModel::Officer, w(QStringLiteral("Annelies Vandermeulen")));
    m_table->setColumnWidth(DossierListModel::State, std::max(w(tr("Closed")), w(tr("State"))));
}

void DossierListView::setRegistry(Registry *registry)
{
    m_registry = registry;
    m_model->setRegistry(nullptr); // never keep rows of a database that is going away
    if (registry)
        refresh();
    else
        updateState();
}

void DossierListView::refresh()
{
    m_total = m_registry ? m_registry->dossierCount() : 0;
    applyFilters();
    Q_EMIT totalDossiersChanged(m_total);
}

void DossierListView::applyFilters()
{
    m_searchTimer->stop();
    if (!m_registry)
        return;
    Registry::Query query;
    query.text = m_search->text();
    query.state = Registry::StateFilter(m_state->currentData().toInt());
    if (const int income = m_income->currentData().toInt(); income >= 0)
        query.income = IncomeType(income);
    if (m_selectAfterReset == 0) {
        // Keep the selected dossier selected when it still matches.
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            m_selectAfterReset = m_model->dossierId(current.row());
    }
    if (m_model->registry() != m_registry)
        m_model->setSource(m_registry, query);
    else
        m_model->setQuery(query);
}

void DossierListView::clearFilters()
{
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_income->setCurrentIndex(0);
    applyFilters();
}

void DossierListView::focusSearch()
{
    if (m_search->isVisibleTo(this))
        m_search->setFocus(Qt::OtherFocusReason);
}

bool DossierListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        if (m_searchTimer->isActive())
            applyFilters(); // show the results for what is typed, not for what was
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DossierListView::updateState()
{
    const bool hasRegister = m_registry != nullptr;
    const bool empty = hasRegister && m_total == 0;
    const int matches = m_model->matchCount();
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_state->currentIndex() != 0
        || m_income->currentIndex() != 0;

    m_filterBar->setVisible(!empty);
    m_countLabel->setVisible(hasRegister && !empty);
    if (empty) {
        m_stack->setCurrentWidget(m_emptyPage);
    } else if (hasRegister && matches == 0 && filtered) {
        const QString text = m_search->text().trimmed();
        m_noMatchLabel->setText(text.isEmpty() ? tr("No dossier matches these filters.")
                                               : tr("No dossier matches “%1”.").arg(text));
        m_stack->setCurrentWidget(m_noMatchPage);
    } else {
        m_stack->setCurrentWidget(m_tablePage);
    }

    if (!filtered || matches == m_total)
        m_countLabel->setText(m_total == 1 ? tr("1 dossier") : tr("%1 dossiers").arg(formatCount(m_total)));
    else
        m_countLabel->setText(tr("%1 of %2 dossiers").arg(formatCount(matches), formatCount(m_total)));

    m_newButton->setEnabled(hasRegister && !m_readOnly);
    m_editButton->setEnabled(hasRegister && !m_readOnly && m_table->selectionModel()->hasSelection());
}

void DossierListView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void DossierListView::select(qint64 dossierId)
{
    const int row = m_model->rowOfDossier(dossierId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, DossierListModel::Name);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

DossierForm *DossierListView::openForm(DossierForm *form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &DossierForm::saved, this, [this](qint64 dossierId) {
        m_selectAfterReset = dossierId;
        refresh();
    });
    form->open();
    return form;
}

DossierForm *DossierListView::newDossier()
{
    if (!m_registry || m_readOnly)
        return nullptr;
    return openForm(new DossierForm(*m_registry, this));
}

DossierForm *DossierListView::editDossier(qint64 dossierId)
{
    if (!m_registry || m_readOnly || dossierId == 0)
        return nullptr;
    auto *form = new DossierForm(*m_registry, this);
    if (!form->loadDossier(dossierId)) {
        delete form;
        refresh(); // someone else removed it: show the register as it is now
        return nullptr;
    }
    return openForm(form);
}

DossierForm *DossierListView::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? editDossier(m_model->dossierId(current.row())) : nullptr;
}

DossierWindow *DossierListView::openDossier(qint64 dossierId)
{
    if (!m_registry || !m_trajectory || dossierId == 0)
        return nullptr;
    auto *window = new DossierWindow(*m_registry, *m_trajectory, this);
    if (!window->loadDossier(dossierId)) {
        delete window;
        refresh(); // someone else removed it: show the register as it is now
        return nullptr;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &DossierWindow::changed, this, [this](qint64 id) {
        m_selectAfterReset = id;
        refresh();
    });
    Q_EMIT dossierWindowOpened(window);
    window->open();
    return window;
}

DossierWindow *DossierListView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? openDossier(m_model->dossierId(current.row())) : nullptr;
}

} // namespace parcours::ui
