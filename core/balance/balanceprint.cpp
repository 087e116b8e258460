// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/balanceprint.h"

#include "domain/nationalnumber.h"

#include <QTranslator>

#include <memory>

namespace parcours {

namespace {

// The program's translation of `language` installed for the time of one document: tr()
// then answers in the person's language. Installed last, it is asked first.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &language)
    {
        QCoreApplication *app = QCoreApplication::instance();
        if (!app || (language != QLatin1String("nl") && language != QLatin1String("fr")))
            return;
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/parcours_") + language + QStringLiteral(".qm")) && !translator->isEmpty()
            && QCoreApplication::installTranslator(translator.get()))
            m_translator = std::move(translator);
    }
    ~DocumentLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"35%\"><b>") + esc(label) + QStringLiteral("</b></td><td>") + esc(value)
         + QStringLiteral("</td></tr>");
}

QString signatures(const QStringList &who)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\"><tr>");
    for (const QString &w : who)
        html += QStringLiteral("<td width=\"%1%\" height=\"90\" valign=\"top\">").arg(100 / std::max<qsizetype>(1, who.size()))
              + esc(w) + QStringLiteral("<br><br><br>") + esc(BalancePrint::tr("Date and signature")) + QStringLiteral("</td>");
    return html + QStringLiteral("</tr></table>");
}

QString personLines(const Person &person, const Dossier &dossier)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row(BalancePrint::tr("Name"), person.lastName + QStringLiteral(", ") + person.firstName);
    if (!person.nationalNumber.isEmpty() && person.nationalNumber.at(0).isDigit())
        html += row(BalancePrint::tr("National number"), NationalNumber::format(person.nationalNumber));
    if (person.birthDate.isValid())
        html += row(BalancePrint::tr("Born on"), day(person.birthDate));
    if (!person.address.isEmpty())
        html += row(BalancePrint::tr("Address"), person.address);
    html += row(BalancePrint::tr("Dossier"), dossier.reference);
    return html + QStringLiteral("</table>");
}

} // namespace

QString BalancePrint::documentLanguage(const Person &person)
{
    return person.language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("fr");
}

QString BalancePrint::balanceHtml(const Person &person, const Dossier &dossier, const BalanceStore::Version &version,
                                  const QString &language)
{
    const DocumentLanguage scope(language);
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>") + esc(tr("Socio-professional balance")) + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") + esc(tr("Version %1 of %2, recorded by %3.")
                                            .arg(version.info.number)
                                            .arg(day(version.info.savedAt.toLocalTime().date()), version.info.authorName))
          + QStringLiteral("</p>");
    html += personLines(person, dossier);
    html += QStringLiteral("<h2>") + esc(tr("Summary")) + QStringLiteral("</h2>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">");
    bool leftOut = version.balance.sensitiveHidden;
    for (const BalanceField &f : BalanceRules::fields(version.balance)) {
        if (f.sensitive) {
            leftOut = true;
            continue;
        }
        html += row(f.label, f.value);
    }
    html += QStringLiteral("</table>");
    if (leftOut)
        html += QStringLiteral("<p><i>") + esc(tr("Health, mental-health, addiction and criminal-record information is kept in "
                                                  "the dossier and not printed."))
              + QStringLiteral("</i></p>");
    html += QStringLiteral("<h2>") + esc(tr("Signatures")) + QStringLiteral("</h2>");
    html += QStringLiteral("<p>") + esc(tr("The person has read this balance and received a copy.")) + QStringLiteral("</p>");
    html += signatures({tr("The person"), tr("The project facilitator")});
    return html + QStringLiteral("</body></html>");
}

QString BalancePrint::gpmiHtml(const Person &person, const Dossier &dossier, const Gpmi &gpmi,
                               const QList<GpmiEvaluation> &evaluations, const QString &language)
{
    const DocumentLanguage scope(language);
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>") + esc(tr("Individualised social integration project (GPMI)")) + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") + esc(tr("Agreement between the public centre for social welfare and the person below, "
                                           "under the law of 26 May 2002 on the right to social integration."))
          + QStringLiteral("</p>");
    html += personLines(person, dossier);

    html += QStringLiteral("<h2>") + esc(tr("Period and reflection")) + QStringLiteral("</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Start"), day(gpmi.start));
    html += row(tr("End"), gpmi.end.isValid() ? day(gpmi.end) : tr("while the integration income is granted"));
    html += row(tr("Draft handed over on"), day(gpmi.offered));
    if (gpmi.offered.isValid())
        html += row(tr("Reflection period"), tr("%1 working days: signing from %2 on")
                                                 .arg(GpmiRules::kReflectionWorkingDays)
                                                 .arg(day(GpmiRules::firstSigningDay(gpmi.offered))));
    html += row(tr("Assisted by"), gpmi.assistedBy.isEmpty() ? tr("nobody") : gpmi.assistedBy);
    html += row(tr("Social worker"), gpmi.officer);
    html += QStringLiteral("</table>");

    QStringList domains;
    for (GpmiDomain d : gpmi.domains)
        domains << GpmiRules::domainLabel(d);
    html += QStringLiteral("<h2>") + esc(tr("Domains and partners")) + QStringLiteral("</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Domains"), domains.join(QStringLiteral(", ")));
    html += row(tr("Partners"), gpmi.partners.isEmpty() ? tr("none") : gpmi.partners.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + esc(tr("Goals and commitments")) + QStringLiteral("</h2>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr><th>#</th><th>")
          + esc(tr("Goal")) + QStringLiteral("</th><th>") + esc(tr("The person undertakes")) + QStringLiteral("</th><th>")
          + esc(tr("The centre undertakes")) + QStringLiteral("</th><th>") + esc(tr("Deadline")) + QStringLiteral("</th></tr>");
    for (qsizetype i = 0; i < gpmi.goals.size(); ++i) {
        const GpmiGoal &g = gpmi.goals.at(i);
        html += QStringLiteral("<tr><td>%1</td><td>").arg(i + 1) + esc(g.goal) + QStringLiteral("</td><td>") + esc(g.personCommitment)
              + QStringLiteral("</td><td>") + esc(g.centreCommitment) + QStringLiteral("</td><td>") + day(g.deadline)
              + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + esc(tr("Evaluation")) + QStringLiteral("</h2><p>")
          + esc(tr("The project is evaluated at least 3 times a year, at least twice in a face-to-face meeting."));
    if (!gpmi.plannedEvaluations.isEmpty()) {
        QStringList planned;
        for (const QDate &d : gpmi.plannedEvaluations)
            planned << day(d);
        html += QLatin1Char(' ') + esc(tr("Planned: %1.").arg(planned.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</p>");
    if (!evaluations.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>") + esc(tr("Date"))
              + QStringLiteral("</th><th>") + esc(tr("Face to face")) + QStringLiteral("</th><th>") + esc(tr("Next steps"))
              + QStringLiteral("</th></tr>");
        for (const GpmiEvaluation &e : evaluations)
            html += QStringLiteral("<tr><td>") + day(e.date) + QStringLiteral("</td><td>") + esc(e.faceToFace ? tr("yes") : tr("no"))
                  + QStringLiteral("</td><td>") + esc(e.nextSteps) + QStringLiteral("</td></tr>");
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>") + esc(tr("Signatures")) + QStringLiteral("</h2><p>")
          + esc(tr("Signed in two copies, one for each party, on %1.").arg(gpmi.isSigned() ? day(gpmi.signed_) : QStringLiteral("____/____/________")))
          + QStringLiteral("</p>");
    html += signatures({tr("The person"), tr("The social worker"), tr("For the centre")});
    return html + QStringLiteral("</body></html>");
}

} // namespace parcours
