// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportspage.h"

#include "dateedit.h"
#include "format.h"
#include "reports/caseloadreportview.h"
#include "reports/drilldowndialog.h"
#include "reports/durationreportview.h"
#include "reports/evolutionloader.h"
#include "reports/evolutionmodel.h"
#include "reports/flowreportview.h"
#include "storage/database.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_loader = new EvolutionLoader(this);
    m_model = new EvolutionModel(this);

    // The period: the month ends of the last ten years by default.
    const QDate today = QDate::currentDate();
    m_fromEdit = new DateEdit;
    m_fromEdit->setObjectName(QStringLiteral("reportsFrom"));
    m_fromEdit->setDate(QDate(today.year() - 10, today.month(), 1));
    m_toEdit = new DateEdit;
    m_toEdit->setObjectName(QStringLiteral("reportsTo"));
    m_toEdit->setDate(today);
    const int dateWidth = m_fromEdit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48;
    m_fromEdit->setMaximumWidth(dateWidth);
    m_toEdit->setMaximumWidth(dateWidth);
    m_stepCombo = new QComboBox;
    m_stepCombo->setObjectName(QStringLiteral("reportsStep"));
    m_stepCombo->addItem(QString(), int(Evolution::Step::Month));
    m_stepCombo->addItem(QString(), int(Evolution::Step::Quarter));
    m_stepCombo->addItem(QString(), int(Evolution::Step::Year));
    m_stepCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a language switch
    retranslate(m_stepCombo, [this] { // the step chosen stays
        m_stepCombo->setItemText(0, tr("Month"));
        m_stepCombo->setItemText(1, tr("Quarter"));
        m_stepCombo->setItemText(2, tr("Year"));
    });
    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(QStringLiteral("reportsSource"));
    m_sourceCombo->addItem(QString(), int(EvolutionTable::Source::Both));
    m_sourceCombo->addItem(QString(), int(EvolutionTable::Source::Computed));
    m_sourceCombo->addItem(QString(), int(EvolutionTable::Source::Recorded));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a language switch
    retranslate(m_sourceCombo, [this] {
        m_sourceCombo->setItemText(0, tr("Computed and recorded"));
        m_sourceCombo->setItemText(1, tr("Computed only"));
        m_sourceCombo->setItemText(2, tr("Recorded only"));
    });
    m_updateButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("&Update"); });
    m_updateButton->setObjectName(QStringLiteral("reportsUpdate"));

    // A push button with a menu, like Update beside it: its size counts the menu's arrow (a
    // tool button's instant popup drew the arrow over the end of "Exporteren").
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(QStringLiteral("reportsExport"));
    translated(m_exportButton, &QPushButton::setText, [] { return tr("&Export"); });
    auto *exportMenu = new QMenu(m_exportButton);
    QAction *png = exportMenu->addAction(QString(), this, [this] { exportWithDialog(EvolutionReport::Format::Png); });
    QAction *svg = exportMenu->addAction(QString(), this, [this] { exportWithDialog(EvolutionReport::Format::Svg); });
    QAction *pdf = exportMenu->addAction(QString(), this, [this] { exportWithDialog(EvolutionReport::Format::Pdf); });
    QAction *csv = exportMenu->addAction(QString(), this, [this] { exportWithDialog(EvolutionReport::Format::Csv); });
    exportMenu->addSeparator();
    QAction *printAction = exportMenu->addAction(QString(), this, &ReportsPage::print);
    retranslate(exportMenu, [png, svg, pdf, csv, printAction] {
        png->setText(tr("Chart as PNG image…"));
        svg->setText(tr("Chart as SVG drawing…"));
        pdf->setText(tr("PDF report (chart and table)…"));
        csv->setText(tr("Table as CSV…"));
        printAction->setText(tr("&Print…"));
    });
    m_exportButton->setMenu(exportMenu);

    const auto labelled = [](auto text, QWidget *buddy) {
        auto *label = translated(new QLabel, &QLabel::setText, text);
        label->setBuddy(buddy);
        return label;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(labelled([] { return tr("&From:"); }, m_fromEdit));
    bar->addWidget(m_fromEdit);
    bar->addWidget(labelled([] { return tr("&To:"); }, m_toEdit));
    bar->addWidget(m_toEdit);
    bar->addSpacing(12);
    bar->addWidget(labelled([] { return tr("&Step:"); }, m_stepCombo));
    bar->addWidget(m_stepCombo);
    bar->addSpacing(12);
    bar->addWidget(labelled([] { return tr("S&how:"); }, m_sourceCombo));
    bar->addWidget(m_sourceCombo);
    bar->addWidget(m_updateButton);
    bar->addStretch();
    bar->addWidget(m_exportButton);

    // While computing: a busy bar and Cancel (the worker cannot report a fraction: one sweep).
    m_progressRow = new QWidget;
    m_progressRow->setObjectName(QStringLiteral("reportsProgress"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_cancelButton = translated(new QPushButton, &QPushButton::setText, [] { return tr("Cancel"); });
    m_cancelButton->setObjectName(QStringLiteral("reportsCancel"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(translated(new QLabel, &QLabel::setText, [] { return tr("Computing the evolution…"); }));
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();

    // The table tab.
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("evolutionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    prepareTableHeader(m_table->horizontalHeader());
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(headerHeightForLines(m_table->horizontalHeader(), 4)); // "Dossiers (équivalent) revenu d'intégration"
    retranslateModel(m_table);
    retranslate(m_table, [this] { measureColumns(); });
    m_table->setMouseTracking(true); // `entered`: the pointing hand over a count
    m_table->viewport()->installEventFilter(this); // the figures share the width (fitColumns)
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("reportsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    retranslate(m_message, [this] {
        if (m_messageText)
            m_message->setText(m_messageText());
    });
    m_tableStack = new QStackedWidget;
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_message);
    auto *legend = translated(new QLabel, &QLabel::setText, [] {
        return tr("Computed rows count the dossiers open on each day; click a count to list its dossiers. "
                  "Recorded rows (in italics, tinted) are figures as published, kept as they were: "
                  "n.d. (not determined) is not zero.");
    });
    legend->setObjectName(QStringLiteral("reportsLegend"));
    legend->setWordWrap(true);
    auto *tableTab = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableTab);
    tableLayout->addWidget(m_tableStack, 1);
    tableLayout->addWidget(legend);

    // The chart tab.
    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("chartKind"));
    for (const auto kind : {EvolutionChart::Kind::Rates, EvolutionChart::Kind::Cells, EvolutionChart::Kind::Dossiers})
        m_kindCombo->addItem(QString(), int(kind));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again after a language switch
    retranslate(m_kindCombo, [this] { // the kind chosen stays
        for (int i = 0; i < m_kindCombo->count(); ++i)
            m_kindCombo->setItemText(i, EvolutionChart::kindLabel(EvolutionChart::Kind(m_kindCombo->itemData(i).toInt())));
    });
    m_chart = new EvolutionChartView;
    auto *chartTab = new QWidget;
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(labelled([] { return tr("&Chart:"); }, m_kindCombo));
    chartBar->addWidget(m_kindCombo);
    chartBar->addStretch();
    auto *chartLayout = new QVBoxLayout(chartTab);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(tableTab, QString());
    m_tabs->addTab(chartTab, QString());
    retranslate(m_tabs, [this] {
        m_tabs->setTabText(0, tr("Evolution table"));
        m_tabs->setTabText(1, tr("Evolution chart"));
        for (int tab = 2; tab < m_tabs->count(); ++tab) {
            if (const auto title = m_tabTitles.find(m_tabs->widget(tab)); title != m_tabTitles.end() && title->second)
                m_tabs->setTabText(tab, title->second());
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_tabs, 1);

    connect(m_updateButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_stepCombo, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(m_sourceCombo, &QComboBox::activated, this, &ReportsPage::refresh);
    for (DateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QLineEdit::returnPressed, this, &ReportsPage::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setKind(EvolutionChart::Kind(m_kindCombo->currentData().toInt()));
    });
    // A click on a computed count, or Enter / double-click (activated): the same list, once.
    const auto drill = [this](const QModelIndex &index) {
        if (index.data(EvolutionModel::DrillableRole).toBool())
            drillDown(index.row(), index.column());
    };
    connect(m_table, &QTableView::clicked, this, drill);
    connect(m_table, &QTableView::activated, this, drill);
    connect(m_table, &QTableView::entered, this, [this](const QModelIndex &index) {
        m_table->viewport()->setCursor(index.data(EvolutionModel::DrillableRole).toBool() ? Qt::PointingHandCursor
                                                                                        : Qt::ArrowCursor);
    });
    connect(m_loader, &EvolutionLoader::finished, this, [this](const QList<Figures> &rows) {
        setBusy(false);
        showRows(rows);
    });
    connect(m_loader, &EvolutionLoader::failed, this, [this](const QString &message) {
        setBusy(false);
        showMessage([message] { return message; }); // the core's words, in the language of the moment
    });
    connect(m_loader, &EvolutionLoader::cancelled, this, [this] {
        setBusy(false);
        if (m_model->rowCount() == 0)
            showMessage([] { return tr("The computation was cancelled. Choose a period and press Update."); });
    });
    showMessage([] { return tr("No database is open."); });
}

ReportsPage::~ReportsPage()
{
    disconnectChildren(this); // see widgetsupport.h
    m_table->viewport()->removeEventFilter(this);
    m_loader->cancel(); // the loader, a child, waits for its thread when it goes
}

void ReportsPage::setDatabase(Database *db)
{
    m_loader->cancel();
    m_loader->release(); // the worker's connection belongs to the database going away
    m_db = db;
    m_stale = true;
    m_model->setRows({}); // never keep the figures of a database that is going away
    m_chart->setRows({});
    // The flow, duration and caseload reports hold their database: they are made again for
    // the new one (a view being deleted stops and waits for its computation first).
    while (m_tabs->count() > 2) {
        QWidget *old = m_tabs->widget(2);
        m_tabs->removeTab(2);
        delete old;
    }
    if (m_db) {
        addReport([] { return tr("Flows between cells"); }, new FlowReportView(*m_db));
        addReport([] { return tr("Days in each cell"); }, new DurationReportView(*m_db));
        addReport([] { return tr("Caseload"); }, new CaseloadReportView(*m_db));
    }
    if (!m_db)
        showMessage([] { return tr("No database is open."); });
    else if (isVisible())
        compute();
}

void ReportsPage::addReport(const QString &title, QWidget *view)
{
    m_tabs->addTab(view, title);
}

void ReportsPage::addReport(std::function<QString()> title, QWidget *view)
{
    m_tabs->addTab(view, title());
    m_tabTitles[view] = std::move(title);
    connect(view, &QObject::destroyed, this, [this, view] { m_tabTitles.erase(view); });
}

void ReportsPage::measureColumns()
{
    // Each column as wide as the longest word of its title (titles wrap at spaces) or its
    // widest cell, whichever is wider: a date, "recorded", a percentage, a count of six digits.
    // Counts are narrower than percentages, so the long Dutch and French cell names
    // ("Projectfacilitatoren", "Alphabétisation") leave the seed's columns and post-article 60
    // room in a 1280-pixel window without scrolling. Measured again after a language switch:
    // the titles, the words and the digits change.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm(m_table->font());
    const int percentage = fm.horizontalAdvance(QLocale().toString(100.0, 'f', 2) + QStringLiteral(" %"));
    const int count = fm.horizontalAdvance(QLocale().toString(999999));
    for (int c = 0; c < EvolutionModel::ColumnCount; ++c) {
        int cell = count;
        if (c == EvolutionModel::Date)
            cell = fm.horizontalAdvance(formatDate(QDate(2000, 12, 31)));
        else if (c == EvolutionModel::Source)
            cell = std::max(fm.horizontalAdvance(EvolutionModel::sourceLabel(Figures::Source::Recorded)),
                            fm.horizontalAdvance(EvolutionModel::sourceLabel(Figures::Source::Computed)));
        else if (c == EvolutionModel::IntegratedPct || c == EvolutionModel::SpiPct)
            cell = percentage;
        const int width = std::max(cell + 8, headerSectionWidth(header, EvolutionModel::columnTitle(c), true));
        m_naturalWidths[size_t(c)] = width;
        m_table->setColumnWidth(c, width);
    }
    fitColumns();
}

void ReportsPage::setPeriod(const QDate &from, const QDate &to, Evolution::Step step)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    m_stepCombo->setCurrentIndex(m_stepCombo->findData(int(step)));
    m_stale = true;
    if (isVisible())
        compute();
}

void ReportsPage::setSource(EvolutionTable::Source source)
{
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(source)));
    m_stale = true;
    if (isVisible())
        compute();
}

void ReportsPage::setChartKind(EvolutionChart::Kind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

EvolutionTable::Request ReportsPage::request() const
{
    EvolutionTable::Request r;
    r.source = EvolutionTable::Source(m_sourceCombo->currentData().toInt());
    r.from = m_fromEdit->date();
    r.to = m_toEdit->date();
    r.step = Evolution::Step(m_stepCombo->currentData().toInt());
    return r;
}

void ReportsPage::refresh()
{
    m_stale = true;
    compute();
}

void ReportsPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        compute();
}

void ReportsPage::cancel()
{
    m_loader->cancel();
}

bool ReportsPage::busy() const
{
    return m_loader->busy();
}

void ReportsPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Computed when first looked at, not when the window opens (issue 4: no pause).
    if (m_stale && m_db && !m_loader->busy())
        compute();
}

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ReportsPage::fitColumns()
{
    // The room left beyond each column's natural width goes to the figures, evenly.
    int natural = 0;
    for (const int w : m_naturalWidths)
        natural += w;
    const int figures = EvolutionModel::ColumnCount - EvolutionModel::Dossiers;
    const int extra = std::max(0, m_table->viewport()->width() - natural - 2) / figures;
    for (int c = 0; c < EvolutionModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, m_naturalWidths[size_t(c)] + (c >= EvolutionModel::Dossiers ? extra : 0));
}

void ReportsPage::compute()
{
    if (!m_db)
        return;
    const EvolutionTable::Request r = request();
    if (!r.from.isValid() || !r.to.isValid()) {
        showMessage([] { return tr("Type the first and the last day of the period (dd/mm/yyyy)."); });
        return;
    }
    if (r.from > r.to) {
        showMessage([r] { return tr("The period starts on %1, after its end on %2.").arg(formatDate(r.from), formatDate(r.to)); });
        return;
    }
    m_stale = false;
    m_shown = r;
    setBusy(true);
    m_loader->start(*m_db, r);
}

void ReportsPage::setBusy(bool busy)
{
    m_progressRow->setVisible(busy);
    m_exportButton->setEnabled(!busy && m_model->rowCount() > 0);
}

void ReportsPage::showRows(const QList<Figures> &rows)
{
    m_model->setRows(rows);
    m_chart->setRows(rows);
    if (rows.isEmpty()) {
        showMessage([shown = m_shown] {
            return tr("No figures between %1 and %2: no period end falls in it and nothing was recorded there.")
                .arg(formatDate(shown.from), formatDate(shown.to));
        });
        return;
    }
    m_tableStack->setCurrentWidget(m_table);
    m_exportButton->setEnabled(true);
}

void ReportsPage::showMessage(std::function<QString()> text)
{
    m_messageText = std::move(text);
    m_message->setText(m_messageText());
    m_tableStack->setCurrentWidget(m_message);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

EvolutionReport ReportsPage::report() const
{
    EvolutionReport r;
    r.rows = m_model->rows();
    r.kind = m_chart->kind();
    r.period = EvolutionReport::describePeriod(m_shown);
    return r;
}

Status ReportsPage::exportTo(const QString &path, const QSize &size)
{
    const auto format = EvolutionReport::formatOfPath(path);
    if (!format)
        return Status::failure(tr("Choose a file ending in .png, .svg, .pdf or .csv."));
    return report().save(*format, path, size);
}

void ReportsPage::exportWithDialog(EvolutionReport::Format format)
{
    QString filter, suffix;
    switch (format) {
    case EvolutionReport::Format::Png:
        filter = tr("PNG images (*.png)");
        suffix = QStringLiteral("png");
        break;
    case EvolutionReport::Format::Svg:
        filter = tr("SVG drawings (*.svg)");
        suffix = QStringLiteral("svg");
        break;
    case EvolutionReport::Format::Pdf:
        filter = tr("PDF documents (*.pdf)");
        suffix = QStringLiteral("pdf");
        break;
    case EvolutionReport::Format::Csv:
        filter = tr("CSV files (*.csv)");
        suffix = QStringLiteral("csv");
        break;
    }
    const QString base = format == EvolutionReport::Format::Csv || format == EvolutionReport::Format::Pdf
        ? QStringLiteral("evolution")
        : QStringLiteral("evolution-") + EvolutionChart::kindCode(m_chart->kind());
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + base
        + QLatin1Char('.') + suffix;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the evolution"), suggested, filter);
    if (path.isEmpty())
        return;
    if (EvolutionReport::formatOfPath(path) != format)
        path += QLatin1Char('.') + suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = report().save(format, path);
    QApplication::restoreOverrideCursor();
    if (!status)
        QMessageBox::warning(this, tr("Export the evolution"), status.error());
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::ScreenResolution); // ~96 dpi: the chart's fonts keep their size
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(report().effectiveTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    if (!painter.isActive()) {
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be started."));
        return;
    }
    report().paint(printer, painter);
}

DrillDownDialog *ReportsPage::drillDown(int row, int column)
{
    const Figures *f = m_model->rowAt(row);
    const auto figure = EvolutionModel::figureColumn(column);
    if (!m_db || !f || !figure || f->source != Figures::Source::Computed)
        return nullptr;
    if (m_drillDown && m_drillDown->isVisible() && m_drillDownKey == std::pair(f->date, column)) {
        m_drillDown->raise(); // the click and the double-click of one gesture: one window
        m_drillDown->activateWindow();
        return m_drillDown;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows = Evolution::drillDown(*m_db, f->date, *figure);
    QApplication::restoreOverrideCursor();
    if (!rows) {
        QMessageBox::information(this, tr("Reports"), rows.error());
        return nullptr;
    }
    auto *dialog = new DrillDownDialog([column] { return EvolutionModel::columnTitle(column); }, f->date, rows.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::openDossierRequested, this, &ReportsPage::openDossierRequested);
    m_drillDown = dialog;
    m_drillDownKey = {f->date, column};
    dialog->show();
    return dialog;
}

} // namespace parcours::ui
