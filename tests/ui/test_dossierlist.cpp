// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierform.h"
#include "dossierlistmodel.h"
#include "dossierlistview.h"
#include "sampledata.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;
using parcours::test::eventually;
using parcours::test::UiDatabase;

namespace {

void addSamples(Registry &registry)
{
    const Status s = addSampleDossiers(registry);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

void addGenerated(Registry &registry, int count)
{
    const Status s = addGeneratedDossiers(registry, count);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data().toString();
    return out;
}

// QAbstractItemModelTester reports through qWarning in Warning mode: collect those so the
// test fails on them instead of scrolling past.
QStringList g_modelWarnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_modelWarnings << message;
}

} // namespace

TEST_CASE("Typing in the search box shows exactly the matching dossier after the pause", "[ui][list]")
{
    UiDatabase t;
    addSamples(*t.registry);
    const int total = t.registry->dossierCount();
    DossierListView view;
    view.setRegistry(t.registry.get());
    view.resize(1000, 600);
    view.show();
    QTableView *table = child<QTableView>(&view, "dossierTable");
    REQUIRE(table->model()->rowCount() == total);
    CHECK(child<QLabel>(&view, "countLabel")->text() == QStringLiteral("%1 dossiers").arg(total));

    auto *search = child<QLineEdit>(&view, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("vandenbr"));
    // Debounced: one query after the typing stops, not one per key.
    CHECK(table->model()->rowCount() == total);
    REQUIRE(eventually([&] { return table->model()->rowCount() == 1; }));
    const QModelIndex name = table->model()->index(0, DossierListModel::Name);
    CHECK(name.data().toString() == QStringLiteral("Vandenbroucke-De Smedt, Annelies"));
    CHECK(child<QLabel>(&view, "countLabel")->text() == QStringLiteral("1 of %1 dossiers").arg(total));

    SECTION("accents and case do not matter")
    {
        search->clear();
        QTest::keyClicks(search, QStringLiteral("BENEDICTE"));
        const auto first = [&] { return table->model()->index(0, DossierListModel::Name).data().toString(); };
        REQUIRE(eventually([&] { return first() == QStringLiteral("Dubois, Bénédicte"); }));
        CHECK(table->model()->rowCount() == 1);
    }
    SECTION("a search without result says so and offers to clear it")
    {
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        REQUIRE(eventually([&] { return table->model()->rowCount() == 0; }));
        CHECK(child<QStackedWidget>(&view, "dossierStack")->currentWidget() == child<QWidget>(&view, "noMatch"));
        QTest::mouseClick(child<QPushButton>(&view, "clearFiltersButton"), Qt::LeftButton);
        CHECK(search->text().isEmpty());
        CHECK(table->model()->rowCount() == total);
    }
}

TEST_CASE("The state and income filters and the header sort query the database", "[ui][list]")
{
    UiDatabase t;
    addSamples(*t.registry);
    DossierListView view;
    view.setRegistry(t.registry.get());
    QTableView *table = child<QTableView>(&view, "dossierTable");
    const QAbstractItemModel &model = *table->model();

    Registry::Query closed;
    closed.state = Registry::StateFilter::Closed;
    auto *state = child<QComboBox>(&view, "stateFilter");
    state->setCurrentIndex(state->findData(int(Registry::StateFilter::Closed)));
    REQUIRE(model.rowCount() == t.registry->count(closed));
    REQUIRE(model.rowCount() > 0);
    for (const QString &s : column(model, DossierListModel::State))
        CHECK(s == QStringLiteral("Closed"));

    auto *income = child<QComboBox>(&view, "incomeFilter");
    income->setCurrentIndex(income->findData(int(IncomeType::Equivalent)));
    closed.income = IncomeType::Equivalent;
    CHECK(model.rowCount() == t.registry->count(closed));
    for (const QString &s : column(model, DossierListModel::Income))
        CHECK(s == RegisterRules::incomeTypeLabel(IncomeType::Equivalent));

    state->setCurrentIndex(0);
    income->setCurrentIndex(0);
    // Clicking a header sorts by that column, in the database: references descending.
    table->sortByColumn(DossierListModel::Reference, Qt::DescendingOrder);
    QStringList refs = column(model, DossierListModel::Reference);
    QStringList expected = refs;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    CHECK(refs == expected);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == DossierListModel::Reference);
}

TEST_CASE("The dossier list model passes QAbstractItemModelTester while fetching pages", "[ui][model]")
{
    UiDatabase t;
    addGenerated(*t.registry, 450);
    DossierListModel model;
    g_modelWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setRegistry(t.registry.get());
        CHECK(model.rowCount() == DossierListModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 450);
        model.sort(DossierListModel::Opened, Qt::DescendingOrder);
        model.fetchMore({});
        Registry::Query q = model.query();
        q.text = QStringLiteral("peeters");
        model.setQuery(q);
        CHECK(model.rowCount() > 0);
        q.state = Registry::StateFilter::Closed;
        model.setQuery(q);
        model.refresh();
        model.setRegistry(nullptr);
        CHECK(model.rowCount() == 0);
    }
    qInstallMessageHandler(previous);
    INFO(g_modelWarnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_modelWarnings.isEmpty());
}

TEST_CASE("The model loads lazily: one page of rows until more is fetched", "[ui][model]")
{
    UiDatabase t;
    addGenerated(*t.registry, 1000);
    DossierListModel model;
    QSignalSpy counted(&model, &DossierListModel::matchCountChanged);
    model.setRegistry(t.registry.get());

    CHECK(model.matchCount() == 1000); // the count comes from the database …
    CHECK(model.rowCount() == DossierListModel::kPageSize); // … the rows one page at a time
    CHECK(model.canFetchMore({}));
    CHECK(counted.count() == 1);

    model.fetchMore({});
    CHECK(model.rowCount() == 2 * DossierListModel::kPageSize);
    // The second page continues the first in the same order, without repeats.
    CHECK(model.index(DossierListModel::kPageSize - 1, DossierListModel::Name).data().toString()
          < model.index(DossierListModel::kPageSize, DossierListModel::Name).data().toString());

    // A new sort starts again from one page.
    model.sort(DossierListModel::Reference, Qt::AscendingOrder);
    CHECK(model.rowCount() == DossierListModel::kPageSize);
    CHECK(model.index(0, DossierListModel::Reference).data().toString() == QStringLiteral("G-000000"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 1000);
    CHECK(model.index(999, DossierListModel::Reference).data().toString() == QStringLiteral("G-000999"));
}

TEST_CASE("An empty register shows a welcome with a New dossier button", "[ui][list]")
{
    UiDatabase t;
    DossierListView view;
    view.setRegistry(t.registry.get());
    view.show();
    QWidget *empty = child<QWidget>(&view, "emptyState");
    CHECK(empty->isVisible());
    CHECK_FALSE(child<QLineEdit>(&view, "searchEdit")->isVisible());
    auto *button = child<QPushButton>(&view, "emptyNewButton");
    CHECK(button->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);
    auto *form = view.findChild<DossierForm *>();
    REQUIRE(form != nullptr);
    CHECK(form->isVisible());
    form->setDiscardPrompt([] { return DossierForm::DiscardChoice::Discard; });
    form->reject();
}

TEST_CASE("Saving from the list's form refreshes the list and selects the dossier", "[ui][list]")
{
    UiDatabase t;
    addSamples(*t.registry);
    const int before = t.registry->dossierCount();
    DossierListView view;
    view.setRegistry(t.registry.get());
    QSignalSpy totals(&view, &DossierListView::totalDossiersChanged);
    view.show();

    DossierForm *form = view.newDossier();
    REQUIRE(form != nullptr);
    child<QLineEdit>(form, "nationalNumberEdit")->setText(NationalNumber::make(QDate(1975, 5, 5), 501));
    child<QLineEdit>(form, "lastNameEdit")->setText(QStringLiteral("Aerts"));
    child<QLineEdit>(form, "firstNameEdit")->setText(QStringLiteral("Ilse"));
    child<QLineEdit>(form, "referenceEdit")->setText(QStringLiteral("D-2024-9999"));
    REQUIRE(form->save());

    CHECK(view.totalDossiers() == before + 1);
    REQUIRE(totals.count() == 1);
    CHECK(totals.at(0).at(0).toInt() == before + 1);
    QTableView *table = child<QTableView>(&view, "dossierTable");
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(table->model()->index(current.row(), DossierListModel::Name).data().toString() == QStringLiteral("Aerts, Ilse"));
}
