// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → language, seen from the Cells area: after a switch the Partners, Article 60,
// Literacy and Targets tabs speak the new language (labels, buttons, headers, cell texts,
// combo items), the percentages follow its locale, and nothing typed, chosen, filtered or
// selected is lost. The switch goes through the Settings page, as the user makes it.
//
// The expected texts are read from the installed translators (QCoreApplication::translate),
// so the test holds before and after the Dutch and French entries of these views reach the
// .ts files. So that a label that does not follow a switch still fails, a test translator
// that marks every text ("[T] …") is installed over the shipped ones once: every text
// checked must then carry the mark.
#include "uitestsupport.h"

#include "article60/article60.h"
#include "cells/article60models.h"
#include "cells/article60view.h"
#include "cells/cellsarea.h"
#include "cells/literacymodels.h"
#include "cells/literacyview.h"
#include "cells/partnersview.h"
#include "cells/targetsview.h"
#include "dateedit.h"
#include "domain/nationalnumber.h"
#include "literacy/literacy.h"
#include "partners/partners.h"
#include "settingspage.h"
#include "targets/targets.h"
#include "trajectory/trajectory.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;

namespace {

// Restores the language the other tests expect however a test ends.
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

// What the user does in Settings: picks the language in the list.
void switchLanguage(const QString &code)
{
    SettingsPage settings;
    auto *combo = child<QComboBox>(&settings, "interfaceLanguageCombo");
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCoreApplication::processEvents();
}

// A translation for every text of every context: "[T] " and the source.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("[T] ") + QString::fromUtf8(source) : QString();
    }
    bool isEmpty() const override { return false; }
};

// The text of the installed translation, in the context lupdate gives a class's tr().
QString tr(const QMetaObject &context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context.className(), source, nullptr, n);
}

QString marked(const char *source)
{
    return QStringLiteral("[T] ") + QString::fromUtf8(source);
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString header(const QTableView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal).toString();
}

// The column is wide enough for its header's new text (the views measure again after a
// switch: a longer Dutch or French title is not clipped).
bool fitsHeader(const QTableView *view, int column)
{
    const QString text = header(view, column);
    const int width = view->horizontalHeader()->fontMetrics().horizontalAdvance(text);
    INFO("column " << column << " \"" << text.toStdString() << "\" " << view->columnWidth(column) << " < " << width);
    return view->columnWidth(column) >= width;
}

QString cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

QPushButton *button(const QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

bool hasLabel(const QWidget *parent, const QString &text)
{
    for (QLabel *label : parent->findChildren<QLabel *>())
        if (label->text() == text)
            return true;
    return false;
}

QLabel *labelOf(const QWidget *parent, const QWidget *field)
{
    for (QLabel *label : parent->findChildren<QLabel *>())
        if (label->buddy() == field)
            return label;
    return nullptr;
}

QGroupBox *box(const QWidget *parent, const QWidget *inside)
{
    for (QWidget *w = inside->parentWidget(); w && w != parent; w = w->parentWidget())
        if (auto *b = qobject_cast<QGroupBox *>(w))
            return b;
    return nullptr;
}

qint64 addDossier(parcours::test::UiDatabase &f, const QString &reference, const QString &lastName, int n)
{
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Sara");
    p.birthDate = QDate(1982, 1, 1).addDays(n);
    p.nationalNumber = NationalNumber::make(p.birthDate, 7);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = d("2020-01-01");
    auto saved = f.registry->save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

// Demo-like content for the four tabs.
struct CellsData
{
    qint64 literacyPartner = 0;
    QString borne = QStringLiteral("Alpha 1 — Borne");

    explicit CellsData(parcours::test::UiDatabase &f)
    {
        Partners partners(*f.db);
        Partner lee;
        lee.name = QStringLiteral("Lire et Écrire Bruxelles");
        lee.kind = PartnerKind::Literacy;
        literacyPartner = partners.add(lee).value();
        Partner employer;
        employer.name = QStringLiteral("Brasserie Cantillon");
        employer.kind = PartnerKind::Employer;
        REQUIRE(partners.add(employer));
        PartnerAgreement agreement;
        agreement.partnerId = literacyPartner;
        agreement.subject = QStringLiteral("Alpha courses");
        agreement.startsOn = d("2024-01-01");
        REQUIRE(partners.addAgreement(agreement));

        Article60 a60(*f.db);
        Article60Post cook;
        cook.function = QStringLiteral("Cook");
        cook.place = QStringLiteral("Kitchen");
        const qint64 cookId = a60.addPost(cook).value();
        Article60Post clerk;
        clerk.function = QStringLiteral("Clerk");
        clerk.place = QStringLiteral("Reception");
        REQUIRE(a60.addPost(clerk));
        Article60Contract c;
        c.dossierId = addDossier(f, QStringLiteral("UI-A60"), QStringLiteral("Amrani"), 1);
        c.postId = cookId;
        c.start = d("2024-05-06");
        c.daysNeeded = 60; // ends 2024-07-14
        REQUIRE(a60.addContract(c));

        Literacy literacy(*f.db);
        LiteracyCourse course;
        course.name = borne;
        course.partnerId = literacyPartner;
        course.places = 3;
        course.startsOn = d("2024-01-08");
        course.endsOn = d("2024-06-28");
        const qint64 borneId = literacy.addCourse(course).value();
        LiteracyCourse centre = course;
        centre.name = QStringLiteral("Alpha 1 au CPAS");
        centre.partnerId = 0;
        REQUIRE(literacy.addCourse(centre));
        Enrolment e;
        e.courseId = borneId;
        e.dossierId = addDossier(f, QStringLiteral("LIT-1"), QStringLiteral("Bakker"), 2);
        e.from = d("2024-01-08");
        REQUIRE(literacy.enrol(e));

        Trajectory trajectory(*f.db);
        for (int i = 0; i < 2; ++i)
            REQUIRE(trajectory.refer(addDossier(f, QStringLiteral("TG-%1").arg(i), QStringLiteral("Post%1").arg(i), 10 + i),
                                     Cell::Article60, d("2021-03-01"), {}, {}));
        YearlyTarget target;
        target.year = 2021;
        target.cell = Cell::Article60;
        target.target = 4;
        REQUIRE(Targets(*f.db).add(target));
    }
};

} // namespace

TEST_CASE("The Cells tabs retranslate in place and keep what is typed, chosen and selected", "[ui][i18n][cells]")
{
    const LanguageGuard guard;
    parcours::test::UiDatabase f;
    const CellsData data(f);

    CellsArea area;
    area.resize(1280, 800);
    auto *partners = area.findChild<PartnersView *>();
    auto *a60 = area.findChild<Article60View *>();
    auto *literacy = area.findChild<LiteracyView *>();
    auto *targets = area.findChild<TargetsView *>();
    REQUIRE(partners);
    REQUIRE(a60);
    REQUIRE(literacy);
    REQUIRE(targets);
    literacy->dayField()->setDate(d("2024-02-01"));
    targets->setToday(d("2022-01-15"));
    targets->setYear(2021);
    area.setDatabase(f.db.get());
    a60->setDay(d("2024-06-01"));
    parcours::test::showActive(&area);

    // Partners: the literacy partners only, with the inactive ones; the partner chosen and its
    // name being changed, unsaved.
    auto *kindFilter = child<QComboBox>(partners, "partnerKindFilter");
    kindFilter->setCurrentIndex(kindFilter->findData(int(PartnerKind::Literacy)));
    child<QCheckBox>(partners, "showInactive")->setChecked(true);
    REQUIRE(partners->model()->rowCount() == 1);
    partners->table()->selectRow(0);
    auto *name = child<QLineEdit>(partners, "partnerName");
    REQUIRE(name->text() == QStringLiteral("Lire et Écrire Bruxelles"));
    name->setText(QStringLiteral("Lire et Écrire Bruxelles (nouveau nom)"));
    auto *subject = child<QLineEdit>(partners, "agreementSubject");
    subject->setText(QStringLiteral("Oral courses"));
    REQUIRE(partners->agreementModel()->rowCount() == 1);

    // Article 60: the contracts ending within 60 days, the ending contract chosen.
    a60->setWindowDays(60);
    REQUIRE(a60->endingModel()->rowCount() == 1);
    a60->endingTable()->selectRow(0);
    REQUIRE(child<QPushButton>(a60, "endContract")->isEnabled());

    // Literacy: the course and the enrolment chosen, the person typed, a note begun.
    int borneRow = -1;
    for (int row = 0; row < literacy->courseModel()->rowCount(); ++row)
        if (literacy->courseModel()->rowAt(row)->name == data.borne)
            borneRow = row;
    REQUIRE(borneRow >= 0);
    literacy->selectCourse(borneRow);
    REQUIRE(literacy->enrolmentModel()->rowCount() == 1);
    literacy->enrolmentTable()->selectRow(0);
    literacy->personField()->setText(QStringLiteral("LIT-1"));
    Q_EMIT literacy->personField()->editingFinished();
    literacy->levelField()->setCurrentIndex(int(LiteracyLevel::Alpha2));
    child<QComboBox>(literacy, "testLanguage")->setCurrentIndex(1);
    auto *note = child<QLineEdit>(literacy, "testNote");
    note->setText(QStringLiteral("reads short words"));

    // Targets: 2021, its only target chosen; the percentage in the untranslated C form.
    REQUIRE(targets->model()->rowCount() == 1);
    targets->table()->selectRow(0);
    CHECK(cell(targets->table(), 0, TargetModel::Percent) == QStringLiteral("50.00 %"));

    const auto nothingLost = [&] {
        CHECK(kindFilter->currentData().toInt() == int(PartnerKind::Literacy));
        CHECK(child<QCheckBox>(partners, "showInactive")->isChecked());
        CHECK(partners->table()->selectionModel()->isRowSelected(0, {}));
        CHECK(name->text() == QStringLiteral("Lire et Écrire Bruxelles (nouveau nom)"));
        CHECK(child<QComboBox>(partners, "partnerKind")->currentData().toInt() == int(PartnerKind::Literacy));
        CHECK(subject->text() == QStringLiteral("Oral courses"));
        CHECK(partners->agreementModel()->rowCount() == 1);

        CHECK(child<QComboBox>(a60, "endingWindow")->currentData().toInt() == 60);
        CHECK(a60->endingTable()->selectionModel()->isRowSelected(0, {}));
        CHECK(a60->day() == d("2024-06-01"));
        CHECK(child<QPushButton>(a60, "endContract")->isEnabled());

        CHECK(child<QTableView>(literacy, "courseTable")->selectionModel()->isRowSelected(borneRow, {}));
        CHECK(literacy->enrolmentTable()->selectionModel()->isRowSelected(0, {}));
        CHECK(literacy->personField()->text() == QStringLiteral("LIT-1"));
        CHECK(literacy->levelField()->currentData().toInt() == int(LiteracyLevel::Alpha2));
        CHECK(child<QComboBox>(literacy, "testLanguage")->currentIndex() == 1);
        CHECK(note->text() == QStringLiteral("reads short words"));
        CHECK(literacy->dayField()->date() == d("2024-02-01"));

        CHECK(targets->yearField()->value() == 2021);
        CHECK(targets->table()->selectionModel()->isRowSelected(0, {}));
    };

    // Nederlands: the texts are those of the installed translation, the percentage Dutch.
    switchLanguage(QStringLiteral("nl"));
    CHECK(header(partners->table(), PartnerListModel::Kind) == tr(PartnerListModel::staticMetaObject, "Kind"));
    CHECK(labelOf(partners, name)->text() == tr(PartnersView::staticMetaObject, "&Name:"));
    CHECK(header(a60->boardTable(), PostBoardModel::HeldBy) == tr(PostBoardModel::staticMetaObject, "Held by"));
    CHECK(child<QComboBox>(a60, "endingWindow")->currentText() == tr(Article60View::staticMetaObject, "within %n days", 60));
    CHECK(header(literacy->enrolmentTable(), EnrolmentModel::Until) == tr(EnrolmentModel::staticMetaObject, "Until"));
    CHECK(header(targets->table(), TargetModel::Aimed) == tr(TargetModel::staticMetaObject, "Aimed at"));
    CHECK(cell(targets->table(), 0, TargetModel::Percent) == QStringLiteral("50,00 %"));
    nothingLost();

    // A translation for every text: each one checked must show it.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents();

    // The area's tabs.
    for (int i = 0; i < area.tabs()->count(); ++i)
        CHECK(area.tabs()->tabText(i).startsWith(QStringLiteral("[T] ")));

    // Partners: headers, cell texts, the filter's and the form's kinds, labels, buttons.
    CHECK(header(partners->table(), PartnerListModel::Name) == marked("Name"));
    CHECK(header(partners->table(), PartnerListModel::Active) == marked("Active"));
    CHECK(cell(partners->table(), 0, PartnerListModel::Kind) == marked("Literacy"));
    CHECK(cell(partners->table(), 0, PartnerListModel::Active) == marked("Yes"));
    CHECK(kindFilter->itemText(0) == marked("Every kind"));
    CHECK(kindFilter->currentText() == marked("Literacy"));
    CHECK(child<QComboBox>(partners, "partnerKind")->currentText() == marked("Literacy"));
    CHECK(child<QCheckBox>(partners, "showInactive")->text() == marked("Show inactive partners"));
    CHECK(labelOf(partners, name)->text() == marked("&Name:"));
    CHECK(labelOf(partners, child<QLineEdit>(partners, "partnerContact"))->text() == marked("&Contact person:"));
    CHECK(child<QLabel>(partners, "partnerFormTitle")->text() == marked("Partner"));
    CHECK(child<QPushButton>(partners, "savePartner")->text() == marked("&Save partner"));
    CHECK(subject->placeholderText() == marked("What the agreement covers"));
    const QTableView *agreements = child<QTableView>(partners, "agreementTable");
    CHECK(header(agreements, AgreementListModel::Subject) == marked("Agreement"));
    CHECK(cell(agreements, 0, AgreementListModel::Until) == marked("until further notice"));

    // Article 60: the board's and the ending list's headers and texts, the window, the bar.
    CHECK(header(a60->boardTable(), PostBoardModel::Status) == marked("Status"));
    CHECK(header(a60->boardTable(), PostBoardModel::SocialEconomy) == marked("Social economy"));
    QStringList statuses;
    for (int row = 0; row < a60->boardTable()->model()->rowCount(); ++row)
        statuses << cell(a60->boardTable(), row, PostBoardModel::Status);
    CHECK(statuses.contains(marked("Vacant")));
    CHECK(statuses.contains(marked("Filled")));
    CHECK(header(a60->endingTable(), EndingContractModel::DaysLeft) == marked("Days left"));
    CHECK(child<QComboBox>(a60, "endingWindow")->currentText() == QStringLiteral("[T] within 60 days"));
    CHECK(child<QComboBox>(a60, "endingWindow")->itemText(0) == QStringLiteral("[T] within 30 days"));
    CHECK(child<QLabel>(a60, "article60Summary")->text() == QStringLiteral("[T] 2 posts: 1 filled, 1 vacant."));
    CHECK(child<QPushButton>(a60, "newPost")->text() == marked("New &post…"));
    CHECK(hasLabel(a60, marked("&On:")));
    CHECK(hasLabel(a60, marked("Contracts ending")));

    // Literacy: headers, cells, the group boxes, labels, buttons, the level and language items.
    const QTableView *courses = child<QTableView>(literacy, "courseTable");
    CHECK(header(courses, CourseModel::Name) == marked("Course"));
    CHECK(header(courses, CourseModel::Waiting) == marked("Waiting"));
    QStringList places;
    for (int row = 0; row < courses->model()->rowCount(); ++row)
        places << cell(courses, row, CourseModel::Where);
    CHECK(places.contains(marked("At the centre")));
    CHECK(cell(courses, 0, CourseModel::Language) == marked("French"));
    CHECK(header(literacy->enrolmentTable(), EnrolmentModel::Person) == marked("Person"));
    CHECK(cell(literacy->enrolmentTable(), 0, EnrolmentModel::Until) == marked("end of the course"));
    CHECK(header(child<QTableView>(literacy, "waitingTable"), WaitingModel::RequestedOn) == marked("Requested on"));
    CHECK(header(child<QTableView>(literacy, "testTable"), LevelTestModel::Date) == marked("Date"));
    CHECK(hasLabel(literacy, marked("Day")));
    CHECK(hasLabel(literacy, marked("Person")));
    CHECK(literacy->personField()->placeholderText() == marked("Dossier reference"));
    CHECK(note->placeholderText() == marked("Note"));
    CHECK(child<QPushButton>(literacy, "recordTest")->text() == marked("Record the test"));
    CHECK(child<QPushButton>(literacy, "enrolNext")->text() == marked("Enrol the next one waiting"));
    CHECK(box(literacy, courses)->title() == marked("Courses at the centre and at the partners"));
    CHECK(box(literacy, literacy->enrolmentTable())->title().startsWith(QStringLiteral("[T] In the course \"")));
    CHECK(box(literacy, child<QTableView>(literacy, "waitingTable"))
              ->title()
              .startsWith(QStringLiteral("[T] Waiting list: [T] French, [T] ")));
    CHECK(box(literacy, literacy->levelField())->title() == marked("Level tests of the person"));
    CHECK(child<QLabel>(literacy, "literacyPersonName")->text().startsWith(QStringLiteral("[T] last course: ")));
    CHECK(literacy->levelField()->currentText() == Literacy::levelLabel(LiteracyLevel::Alpha2));
    CHECK(literacy->levelField()->currentText().startsWith(QStringLiteral("[T] ")));
    const QString levelTip = literacy->levelField()->itemData(literacy->levelField()->currentIndex(), Qt::ToolTipRole).toString();
    CHECK(levelTip.startsWith(QStringLiteral("[T] "))); // the level's description
    CHECK(child<QComboBox>(literacy, "testLanguage")->currentText() == marked("Dutch"));

    // Targets: headers, the period line, the label and the buttons.
    CHECK(header(targets->table(), TargetModel::Target) == marked("Target"));
    CHECK(header(targets->table(), TargetModel::Progress) == marked("Progress"));
    CHECK(cell(targets->table(), 0, TargetModel::Target).startsWith(QStringLiteral("[T] ")));
    CHECK(child<QLabel>(targets, "targetPeriod")->text().startsWith(QStringLiteral("[T] Realised from ")));
    CHECK(hasLabel(targets, marked("Year")));
    CHECK(button(targets, marked("Add a target…")) != nullptr);

    // The columns were measured again for the longer titles.
    CHECK(fitsHeader(partners->table(), PartnerListModel::Phone));
    CHECK(fitsHeader(a60->endingTable(), EndingContractModel::Reference));
    CHECK(fitsHeader(a60->boardTable(), PostBoardModel::Place));
    CHECK(fitsHeader(courses, CourseModel::Places));
    CHECK(fitsHeader(child<QTableView>(literacy, "waitingTable"), WaitingModel::Position));
    CHECK(fitsHeader(child<QTableView>(literacy, "testTable"), LevelTestModel::Date));
    CHECK(fitsHeader(targets->table(), TargetModel::Aimed));
    nothingLost();

    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();

    // Français: the installed French texts, the French percentage; still nothing lost.
    switchLanguage(QStringLiteral("fr"));
    CHECK(QLocale().language() == QLocale::French);
    CHECK(header(partners->table(), PartnerListModel::Contact) == tr(PartnerListModel::staticMetaObject, "Contact"));
    CHECK(kindFilter->itemText(0) == tr(PartnersView::staticMetaObject, "Every kind"));
    CHECK(kindFilter->currentText() == Partners::kindLabel(PartnerKind::Literacy));
    CHECK(header(a60->endingTable(), EndingContractModel::DaysLeft) == tr(EndingContractModel::staticMetaObject, "Days left"));
    CHECK(child<QComboBox>(a60, "endingWindow")->currentText() == tr(Article60View::staticMetaObject, "within %n days", 60));
    CHECK(header(child<QTableView>(literacy, "courseTable"), CourseModel::Name) == tr(CourseModel::staticMetaObject, "Course"));
    CHECK(hasLabel(targets, tr(TargetsView::staticMetaObject, "Year")));
    CHECK(cell(targets->table(), 0, TargetModel::Percent) == QStringLiteral("50,00 %"));
    nothingLost();
}
