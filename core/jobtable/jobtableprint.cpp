// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtable/jobtableprint.h"

#include <QLocale>

namespace parcours {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// dd/MM/yyyy: the papers are read in Brussels, whatever the machine's locale.
QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

} // namespace

QString JobTablePrint::technicalFiche(const JobTable &t, const QList<Participant> &participants, const QList<Meeting> &meetings)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Job Table: technical fiche")));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(t.title));
    h += QStringLiteral("<table cellpadding='3' width='100%'>");
    const auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width='25%'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    row(tr("Officers"), t.officers);
    row(tr("Place"), t.place);
    row(tr("Capacity"), tr("%1 participants").arg(t.capacity));
    row(tr("Target public"), t.targetPublic);
    row(tr("Means"), t.means);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>").arg(esc(tr("Stages")));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Stage")), esc(tr("Planned")), esc(tr("Done on")), esc(tr("Note")));
    for (Stage s : kAllStages) {
        const StageDates &d = t.stage(s);
        h += QStringLiteral("<tr><td>%1. %2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(int(s)).arg(esc(JobTableLabels::stage(s)), day(d.planned), day(d.actual), esc(d.note));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>").arg(esc(tr("Meetings of the modules")));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>").arg(esc(tr("Date and time")), esc(tr("Module")), esc(tr("Topic")));
    for (const Meeting &m : meetings)
        h += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td></tr>")
                 .arg(day(m.startsAt.date()), m.startsAt.time().toString(QStringLiteral("HH:mm")), esc(JobTableLabels::stage(m.module)),
                      esc(m.topic));
    if (meetings.isEmpty())
        h += QStringLiteral("<tr><td colspan='3'>%1</td></tr>").arg(esc(tr("No meeting planned yet.")));
    h += QStringLiteral("</table>");

    int members = 0;
    QStringList names;
    QStringList waiting;
    for (const Participant &p : participants) {
        if (p.membership == Membership::Member) {
            ++members;
            names << esc(p.personName()) + QStringLiteral(" (") + esc(p.reference) + QLatin1Char(')');
        } else if (p.membership == Membership::Waiting) {
            waiting << esc(p.personName());
        }
    }
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Participants (%1 of %2 places)").arg(members).arg(t.capacity)));
    h += QStringLiteral("<p>%1</p>").arg(names.isEmpty() ? esc(tr("Nobody yet.")) : names.join(QStringLiteral("; ")));
    if (!waiting.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Waiting list:")), waiting.join(QStringLiteral("; ")));
    h += QStringLiteral("</body></html>");
    return h;
}

QString JobTablePrint::attendanceSheet(const JobTable &t, const Meeting &m, const QList<Participant> &participants)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Attendance sheet")));
    h += QStringLiteral("<p><b>%1</b><br>%2<br>%3 %4, %5</p>")
             .arg(esc(t.title), esc(JobTableLabels::stage(m.module)) + (m.topic.isEmpty() ? QString() : QStringLiteral(": ") + esc(m.topic)),
                  day(m.startsAt.date()), m.startsAt.time().toString(QStringLiteral("HH:mm")), esc(t.place));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='8' width='100%'>");
    h += QStringLiteral("<tr><th width='5%'>#</th><th width='35%'>%1</th><th width='20%'>%2</th><th>%3</th></tr>")
             .arg(esc(tr("Name")), esc(tr("Dossier")), esc(tr("Signature")));
    int n = 0;
    for (const Participant &p : participants) {
        if (p.membership != Membership::Member)
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>&nbsp;</td></tr>").arg(++n).arg(esc(p.personName()), esc(p.reference));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Officers:")), esc(t.officers));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace parcours
