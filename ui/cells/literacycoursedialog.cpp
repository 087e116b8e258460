// SPDX-License-Identifier: GPL-3.0-or-later
#include "literacycoursedialog.h"

#include "dateedit.h"
#include "partners/partners.h"
#include "placementdialog.h"
#include "widgetsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours::ui {

LiteracyCourseDialog::LiteracyCourseDialog(Database &db, const QDate &startsOn, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    LiteracyCourse course;
    course.startsOn = startsOn;
    build(course);
}

LiteracyCourseDialog::LiteracyCourseDialog(Database &db, const LiteracyCourse &course, QWidget *parent)
    : QDialog(parent), m_db(db), m_course(course), m_new(false)
{
    build(course);
}

LiteracyCourseDialog::~LiteracyCourseDialog()
{
    disconnectChildren(this);
}

void LiteracyCourseDialog::build(const LiteracyCourse &course)
{
    setObjectName(QStringLiteral("literacyCourseDialog"));
    setWindowTitle(m_new ? tr("New literacy course") : tr("Edit the course \"%1\"").arg(course.name));
    setSizeGripEnabled(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("courseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1410; border: 1px solid #e6a9a3;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_name = new QLineEdit(course.name);
    m_name->setPlaceholderText(tr("e.g. Alpha 2 mornings, FLE A1 evenings"));
    m_where = new QComboBox;
    m_where->addItem(tr("At the centre"), qint64(0));
    // The active literacy partners; a course already at a partner that has stopped keeps it.
    if (const auto partners = Partners(m_db).list(true, PartnerKind::Literacy)) {
        for (const Partner &p : partners.value()) {
            if (p.active || p.id == course.partnerId)
                m_where->addItem(p.name, p.id);
        }
    }
    if (course.partnerId != 0 && m_where->findData(course.partnerId) < 0)
        m_where->addItem(course.partnerName, course.partnerId); // no longer a literacy partner: core says so
    m_where->setCurrentIndex(std::max(0, int(m_where->findData(course.partnerId))));
    m_language = new QComboBox;
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("nl")})
        m_language->addItem(Literacy::languageLabel(code), code);
    m_language->setCurrentIndex(std::max(0, int(m_language->findData(course.language))));
    m_level = new QComboBox;
    for (LiteracyLevel l : kCourseLevels) {
        m_level->addItem(Literacy::levelLabel(l), int(l));
        m_level->setItemData(m_level->count() - 1, Literacy::levelDescription(l), Qt::ToolTipRole);
    }
    m_level->setCurrentIndex(std::max(0, int(m_level->findData(int(course.level)))));
    m_places = new QSpinBox;
    // Core says why a number is refused; the box lets every number through to it.
    m_places->setRange(0, 9999);
    m_places->setValue(course.places);
    m_schedule = new QLineEdit(course.schedule);
    m_schedule->setPlaceholderText(tr("e.g. Mon, Tue, Thu 9:00–12:00"));
    m_starts = new DateEdit;
    m_starts->setDate(course.startsOn);
    m_ends = new DateEdit;
    m_ends->setDate(course.endsOn);
    m_ends->setPlaceholderText(tr("empty: until further notice"));
    m_note = new QLineEdit(course.note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [form](const QString &label, QWidget *field, const char *name) {
        field->setObjectName(QString::fromLatin1(name));
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Name:"), m_name, "courseName");
    addRow(tr("&Where:"), m_where, "courseWhere");
    addRow(tr("&Language:"), m_language, "courseLanguage");
    addRow(tr("Le&vel:"), m_level, "courseLevel");
    addRow(tr("&Places:"), m_places, "coursePlaces");
    addRow(tr("&Schedule:"), m_schedule, "courseSchedule");
    addRow(tr("S&tarts on:"), m_starts, "courseStarts");
    addRow(tr("&Ends on:"), m_ends, "courseEnds");
    addRow(tr("N&ote:"), m_note, "courseNote");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString LiteracyCourseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LiteracyCourseDialog::showError(const QString &message)
{
    m_error->setText(tr("Nothing was saved. %1").arg(withInterfaceDates(message)));
    m_error->show();
}

bool LiteracyCourseDialog::submit()
{
    // A date that cannot be read would otherwise count as "no date" (for the end: "until
    // further notice"), which is not what was typed.
    if (!m_starts->hasValidText()) {
        showError(tr("Starts on: \"%1\" is not a date (day/month/year).").arg(m_starts->text()));
        return false;
    }
    if (!m_ends->hasValidText()) {
        showError(tr("Ends on: \"%1\" is not a date (day/month/year).").arg(m_ends->text()));
        return false;
    }
    LiteracyCourse c = m_course;
    c.name = m_name->text();
    c.partnerId = m_where->currentData().toLongLong();
    c.language = m_language->currentData().toString();
    c.level = LiteracyLevel(m_level->currentData().toInt());
    c.places = m_places->value();
    c.schedule = m_schedule->text();
    c.startsOn = m_starts->date();
    c.endsOn = m_ends->date();
    c.note = m_note->text();
    Literacy literacy(m_db);
    if (m_new) {
        const Result<qint64> id = literacy.addCourse(c);
        if (!id) {
            showError(id.error());
            return false;
        }
        c.id = id.value();
    } else if (const Status saved = literacy.updateCourse(c); !saved) {
        showError(saved.error());
        return false;
    }
    c.name = c.name.trimmed();
    m_course = c;
    accept();
    return true;
}

} // namespace parcours::ui
