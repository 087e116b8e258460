// SPDX-License-Identifier: GPL-3.0-or-later
// The longer Dutch and French texts fit where earlier screenshot reviews found them squeezed:
// in the main window at the screenshot size (1280 × 800), each title of the evolution table's
// header, of the Job Table list's and of the attendance grid's is shown whole (measured with
// the header's font and wrapping as the style draws it), the evolution table needs no
// horizontal scrolling, no cell of the Job Table list or the attendance grid is elided, the
// module of a new meeting is readable whole in its box, and the orientation table's titles are
// whole. In English, Dutch and French.
#include "uitestsupport.h"

#include "domain/nationalnumber.h"
#include "interchange/figurescsv.h"
#include "jobtable/jobtablearea.h"
#include "jobtable/jobtablemodels.h"
#include "jobtable/jobtablepage.h"
#include "jobtable/jobtables.h"
#include "mainwindow.h"
#include "reports/evolutionmodel.h"
#include "reports/reportspage.h"
#include "settingspage.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;

namespace {

const QSize kScreenshotSize(1280, 800); // app/gui/screenshots.cpp

// Restores the language the other tests expect (the machine's, with the C locale).
struct LanguageGuard
{
    QLocale locale;
    ~LanguageGuard()
    {
        SettingsPage page;
        page.chooseLanguage(QString());
        QSettings().remove(QStringLiteral("language"));
        QLocale::setDefault(locale);
        QCoreApplication::processEvents();
    }
};

void useLanguage(const QString &code)
{
    SettingsPage settings;
    settings.chooseLanguage(code);
    QCoreApplication::processEvents(); // QEvent::LanguageChange reaches the windows
    QTest::qWait(100);                 // and the layouts settle
}

QString fixture(const QString &relative)
{
    QString dir = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (dir.isEmpty())
        dir = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    return QDir(dir).filePath(relative);
}

// The horizontal header's titles that the style cannot draw whole in their sections: the label
// is the section less the header margin on each side (QStyle::SE_HeaderLabel), wrapped at
// spaces when the header's alignment asks for it.
QStringList clippedTitles(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    const QFontMetrics fm(header->font());
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int wrap = header->defaultAlignment() & Qt::TextWordWrap ? int(Qt::TextWordWrap) : 0;
    QStringList clipped;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = view->model()->headerData(section, Qt::Horizontal).toString();
        const QRect label(0, 0, header->sectionSize(section) - 2 * margin, header->height() - 2 * margin);
        const QRect needed = fm.boundingRect(QRect(0, 0, label.width(), 10000), wrap, text);
        if (needed.width() > label.width() || needed.height() > label.height())
            clipped << QStringLiteral("\"%1\" needs %2×%3, has %4×%5")
                           .arg(text)
                           .arg(needed.width())
                           .arg(needed.height())
                           .arg(label.width())
                           .arg(label.height());
    }
    return clipped;
}

// The cells whose text the delegate would elide: the text is drawn in the cell less a margin
// on each side (QCommonStyle's item view text), wrapped at spaces when the view wraps.
QStringList elidedCells(const QTableView *view)
{
    const QFontMetrics fm(view->font());
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int wrap = view->wordWrap() ? int(Qt::TextWordWrap) : 0;
    QStringList elided;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            const QString text = model->index(row, column).data().toString();
            const QRect cell = view->visualRect(model->index(row, column)).adjusted(margin, 0, -margin, 0);
            const QRect needed = fm.boundingRect(QRect(0, 0, cell.width(), 10000), wrap, text);
            if (needed.width() > cell.width() || needed.height() > cell.height())
                elided << QStringLiteral("row %1 \"%2\" needs %3×%4, has %5×%6")
                              .arg(row)
                              .arg(text)
                              .arg(needed.width())
                              .arg(needed.height())
                              .arg(cell.width())
                              .arg(cell.height());
        }
    }
    return elided;
}

// The room a combo box gives its current text.
int comboTextRoom(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = combo->currentText();
    return combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
}

Person person(int i)
{
    static const char *const names[][2] = {{"Vandenbroucke", "Ségolène"}, {"Bouzid", "Mustapha"}, {"Lambrechts", "Stijn"},
                                           {"Mukendi", "Exaucé"},         {"Polat", "Julien"},     {"Vermeulen", "Pieter"}};
    Person p;
    p.lastName = QString::fromUtf8(names[i][0]);
    p.firstName = QString::fromUtf8(names[i][1]);
    p.birthDate = QDate(1975, 3, 1 + i);
    p.nationalNumber = NationalNumber::make(p.birthDate, 31);
    return p;
}

// Two groups with the long titles of the demo centre; the second one launched, in its module
// "Aspects of job search" with five meetings where some were excused, the interviews planned.
qint64 groupsOfTheDemo(test::UiDatabase &f)
{
    const QDate today = QDate::currentDate();
    JobTables tables(*f.db);
    JobTable planned;
    planned.title = QStringLiteral("Job Table young adults");
    planned.stage(Stage::Composing).planned = today.addDays(30);
    REQUIRE(tables.create(planned).ok());
    JobTable t;
    t.title = QStringLiteral("Job Table Molenbeek-Centre");
    t.capacity = 12;
    t.stage(Stage::Interviews).planned = today.addDays(15);
    const qint64 id = tables.create(t).value();
    QList<qint64> participants;
    for (int i = 0; i < 6; ++i) {
        Dossier dossier;
        dossier.reference = QStringLiteral("LAY-%1").arg(i);
        dossier.opened = QDate(2020, 1, 1);
        const qint64 dossierId = f.registry->save(person(i), dossier).value().dossierId;
        participants << tables.addParticipant(id, dossierId, today.addDays(-60)).value();
        REQUIRE(tables.acceptRules(participants.last(), QStringLiteral("2024-1"), today.addDays(-60)).ok());
    }
    REQUIRE(tables.setStage(id, Stage::Composing, {{}, today.addDays(-50), {}}).ok());
    REQUIRE(tables.setStage(id, Stage::Launch, {{}, today.addDays(-40), {}}).ok());
    for (int m = 0; m < 5; ++m) {
        const qint64 meeting =
            tables.addMeeting({0, id, Stage::JobSearch, QDateTime(today.addDays(-35 + 7 * m), QTime(m % 2 ? 13 : 9, 30)),
                               QStringLiteral("Topic %1").arg(m)})
                .value();
        for (int p = 0; p < participants.size(); ++p) {
            const Presence presence = (p + m) % 4 == 1 ? Presence::Excused : (p + m) % 4 == 3 ? Presence::Absent : Presence::Present;
            REQUIRE(tables.setAttendance(meeting, participants.at(p), presence).ok());
        }
    }
    return id;
}

} // namespace

TEST_CASE("The evolution table shows its titles whole without scrolling in English, Dutch and French", "[ui][layout][reports]")
{
    const LanguageGuard guard;
    test::UiDatabase data;
    REQUIRE(FiguresCsv::importFile(*data.db, fixture(QStringLiteral("seed-evolution-figures.csv"))).ok());
    MainWindow window;
    window.setDatabase(std::move(data.db), false);
    window.resize(kScreenshotSize);
    window.show();
    ReportsPage *page = window.reportsPage();
    page->setPeriod(QDate(2009, 1, 1), QDate(2013, 6, 30), Evolution::Step::Quarter);
    page->setSource(EvolutionTable::Source::Both);
    window.showPage(MainWindow::Page::Reports);
    REQUIRE(test::eventually([page] { return !page->busy() && page->model()->rowCount() > 0; }, 30000));
    QTableView *table = page->table();

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")}) {
        useLanguage(language);
        INFO("language " << language.toStdString());
        CHECK(clippedTitles(table) == QStringList());
        // Every column in view: the last percentage is not behind a scroll bar.
        CHECK(table->horizontalHeader()->length() <= table->viewport()->width());
        CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    }
}

TEST_CASE("The Job Table list and the attendance grid show titles, cells and the module whole in English, Dutch and French",
          "[ui][layout][jobtable]")
{
    const LanguageGuard guard;
    test::UiDatabase data;
    const qint64 id = groupsOfTheDemo(data);
    MainWindow window;
    window.setDatabase(std::move(data.db), false);
    window.resize(kScreenshotSize);
    window.show();
    window.showPage(MainWindow::Page::JobTable);
    JobTableArea *area = window.jobTableArea();
    area->refresh();
    REQUIRE(area->listModel()->rowCount() == 2);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr")}) {
        useLanguage(language);
        INFO("language " << language.toStdString());
        // The list with no group open, then beside the page of the launched group.
        area->listView()->clearSelection();
        area->openJobTable(id);
        QTest::qWait(50);
        CHECK(clippedTitles(area->listView()) == QStringList());
        CHECK(elidedCells(area->listView()) == QStringList());

        JobTablePage *page = area->page();
        page->tabs()->setCurrentIndex(JobTablePage::AttendanceTab);
        QTest::qWait(50);
        auto *grid = test::child<QTableView>(page, "attendanceTable");
        REQUIRE(grid->model()->columnCount() == 6); // five meetings and the rate
        CHECK(clippedTitles(grid) == QStringList());
        CHECK(elidedCells(grid) == QStringList()); // "Verontschuldigd"
        auto *module = test::child<QComboBox>(page, "meetingModuleCombo");
        for (int item = 0; item < module->count(); ++item) {
            module->setCurrentIndex(item);
            INFO("module " << module->currentText().toStdString());
            CHECK(comboTextRoom(module) >= module->fontMetrics().horizontalAdvance(module->currentText()));
        }
        // The orientation table's titles ("Soort contract, opleiding…").
        page->tabs()->setCurrentIndex(JobTablePage::OrientationTab);
        QTest::qWait(50);
        CHECK(clippedTitles(test::child<QTableView>(page, "orientationTable")) == QStringList());
        page->tabs()->setCurrentIndex(JobTablePage::FicheTab);
    }
}
