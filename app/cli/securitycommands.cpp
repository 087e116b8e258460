// SPDX-License-Identifier: GPL-3.0-or-later
// audit, export person, retention, accounts, account add, account password: who may do
// what, who did what, and the privacy tools.
//
// The command line works on the file directly and acts as "cli:<OS user>" with every right
// (main.cpp): whoever may run it on the file holds everything in it anyway.
#include "cli.h"
#include "common/wholefile.h"

#include "domain/nationalnumber.h"
#include "privacy/retention.h"
#include "privacy/subjectaccess.h"
#include "security/accounts.h"
#include "security/audittrail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QBuffer>
#include <QTextDocument>
#include <QTextStream>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace parcours::cli {

namespace {

// An option's value as a date; `*bad` set (and a null date returned) when it is not one.
QDate dateOption(const Invocation &inv, const QString &option, bool *bad)
{
    if (!inv.has(option))
        return {};
    const QDate d = QDate::fromString(inv.value(option), Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

// Writes a PDF of `html` to `path` atomically, readable by the owner only.
Status writePdf(const QString &html, const QString &title, const QString &path)
{
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Parcours ") + QCoreApplication::applicationVersion());
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body { font-size: 9pt; } h1 { font-size: 15pt; } "
                                                     "h2 { font-size: 12pt; } th { background: #eeeeee; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    file.close();
    if (Status s = WholeFile::write(path, bytes, WholeFile::NewFile::OwnerOnly); !s)
        return Status::failure(Cli::tr("The file %1 could not be written: %2").arg(shownPath(path), s.error()));
    return Status::success();
}

} // namespace

// One line from standard input, without echo on a terminal. For passwords: never an
// argument, which other users could read in the process list.
QString readSecret(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(prompt)
#endif
    char buffer[2048];
    QString line;
    if (std::fgets(buffer, sizeof buffer, stdin)) {
        line = QString::fromLocal8Bit(buffer);
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    std::memset(buffer, 0, sizeof buffer);
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return line;
}

namespace {

// A new password twice on a terminal, once from a pipe. Empty when they differ.
QString readNewPassword()
{
    const QString first = readSecret(Cli::tr("New password: "));
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO) != 0 && readSecret(Cli::tr("Repeat it: ")) != first) {
        printErr(Cli::tr("The two passwords differ; nothing was changed."));
        return {};
    }
#endif
    return first;
}

std::optional<Account> accountNamed(Accounts &accounts, const QString &username)
{
    const QString name = Accounts::normalisedUsername(username);
    for (const Account &a : accounts.list()) {
        if (a.username == name)
            return a;
    }
    return std::nullopt;
}

} // namespace

bool needsGuiApplication(const QStringList &arguments)
{
    // `export person` renders a PDF, which needs fonts: a QGuiApplication (offscreen).
    const qsizetype exportAt = arguments.indexOf(QStringLiteral("export"));
    // `print gpmi|balance` too (balancecommands.cpp).
    return (exportAt >= 0 && arguments.indexOf(QStringLiteral("person"), exportAt + 1) > exportAt)
        || arguments.contains(QStringLiteral("print"));
}

// --- audit ---------------------------------------------------------------------------------

int runAudit(const Invocation &inv)
{
    bool bad = false;
    AuditTrail::Filter filter;
    filter.from = dateOption(inv, QStringLiteral("--from"), &bad);
    filter.to = dateOption(inv, QStringLiteral("--to"), &bad);
    if (bad)
        return usageError(runAudit, Cli::tr("--from and --to take a date YYYY-MM-DD."));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usageError(runAudit, Cli::tr("--from lies after --to."));
    filter.actor = inv.value(QStringLiteral("--actor"));
    filter.entity = inv.value(QStringLiteral("--entity"));
    const QString format = inv.has(QStringLiteral("--format")) ? inv.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("table"))
        return usageError(runAudit, Cli::tr("--format: \"%1\" is not csv or table.").arg(format));

    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    AuditTrail trail(*db);
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printErr(Cli::tr("The standard output cannot be written."));
            return Failure;
        }
        if (Status s = trail.writeCsv(filter, out); !s) {
            printErr(s.error());
            return Failure;
        }
        out.flush();
        return Success;
    }
    // A table for people: local time, one line an entry.
    if (Status s = trail.recordRead(filter); !s) {
        printErr(s.error());
        return Failure;
    }
    QTextStream out(stdout);
    out << Cli::tr("When (local time)").leftJustified(20) << ' ' << Cli::tr("Who").leftJustified(22) << ' '
        << Cli::tr("What").leftJustified(12) << ' ' << Cli::tr("Data").leftJustified(16) << ' ' << Cli::tr("Person").leftJustified(7)
        << ' ' << Cli::tr("Values") << '\n';
    constexpr int kPage = 2000;
    for (int offset = 0;; offset += kPage) {
        const auto page = trail.entries(filter, offset, kPage);
        if (!page.ok()) {
            printErr(page.error());
            return Failure;
        }
        for (const AuditEntry &e : page.value()) {
            const QString data = e.entity + (e.entityId ? QLatin1Char('#') + QString::number(e.entityId) : QString());
            out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).leftJustified(20) << ' '
                << e.actor.leftJustified(22) << ' ' << e.action.leftJustified(12) << ' ' << data.leftJustified(16) << ' '
                << (e.personId ? QString::number(e.personId) : QString()).leftJustified(7) << ' ' << e.details << '\n';
        }
        if (page.value().size() < kPage)
            break;
    }
    out.flush();
    return Success;
}

// --- export person ---------------------------------------------------------------------------

int runExportPerson(const Invocation &inv)
{
    const QString number = inv.arguments.at(0);
    const QString dir = inv.value(QStringLiteral("--out"));
    if (dir.isEmpty())
        return usageError(runExportPerson, Cli::tr("export person needs --out DIR, the folder for the two files."));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir)) {
            printErr(Cli::tr("The folder %1 cannot be created.").arg(shownPath(dir)));
            return Failure;
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    } else if (!QFileInfo(dir).isDir()) {
        printErr(Cli::tr("%1 is not a folder.").arg(shownPath(dir)));
        return Failure;
    }
    auto report = SubjectAccess::collect(*db, number);
    if (!report.ok()) {
        printErr(report.error());
        return Failure;
    }
    const QString stem = QDir(dir).filePath(SubjectAccess::fileStem(report.value()));
    if (Status s = SubjectAccess::writeJson(report.value(), stem + QStringLiteral(".json")); !s) {
        printErr(s.error());
        return Failure;
    }
    const QString title = Cli::tr("Data held about the person with national number %1").arg(NationalNumber::format(
        report.value().value(QStringLiteral("person")).toObject().value(QStringLiteral("national_number")).toString()));
    if (Status s = writePdf(SubjectAccess::toHtml(report.value()), title, stem + QStringLiteral(".pdf")); !s) {
        printErr(s.error());
        return Failure;
    }
    printOut(shownPath(stem + QStringLiteral(".json")));
    printOut(shownPath(stem + QStringLiteral(".pdf")));
    printErr(Cli::tr("These files hold personal data: hand them to the person only, and delete them afterwards."));
    return Success;
}

// --- retention ---------------------------------------------------------------------------------

int runRetention(const Invocation &inv)
{
    const bool dryRun = inv.has(QStringLiteral("--dry-run"));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    if (!inv.has(QStringLiteral("--closed-before")))
        return usageError(runRetention, Cli::tr("retention needs --closed-before D, the cut-off day (the retention "
                                                "setting gives %1).")
                                            .arg(Retention::defaultCutOff(*db).toString(Qt::ISODate)));
    bool bad = false;
    const QDate cutOff = dateOption(inv, QStringLiteral("--closed-before"), &bad);
    if (bad)
        return usageError(runRetention, Cli::tr("--closed-before takes a date YYYY-MM-DD."));
    auto report = Retention::anonymise(*db, cutOff, dryRun);
    if (!report.ok()) {
        printErr(report.error());
        return Failure;
    }
    const Retention::Report &r = report.value();
    const QString counts = Cli::tr("%1 people whose every dossier closed before %2 (%3 dossiers, %4 placements, %5 "
                                   "audit entries)")
                               .arg(r.people)
                               .arg(cutOff.toString(Qt::ISODate))
                               .arg(r.dossiers)
                               .arg(r.placements)
                               .arg(r.auditEntries);
    printOut(dryRun ? Cli::tr("Dry run, nothing was written. Would anonymise: %1.").arg(counts)
                    : Cli::tr("Anonymised: %1.").arg(counts));
    if (!dryRun && r.people > 0)
        printErr(Cli::tr("Backups made before today still hold these identities; they must expire too."));
    return Success;
}

// --- accounts ------------------------------------------------------------------------------------

int runAccounts(const Invocation &inv)
{
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    Accounts accounts(*db);
    const QList<Account> list = accounts.list();
    if (list.isEmpty()) {
        printErr(Cli::tr("This database has no account yet: the first start of the program asks for the "
                         "administrator, or use: parcours-cli account add NAME administrator --name \"Full Name\""));
        return Success;
    }
    for (const Account &a : list) {
        QStringList notes;
        if (!a.active)
            notes << Cli::tr("inactive");
        if (a.mustChangePassword)
            notes << Cli::tr("must change password");
        if (a.failedAttempts > 0)
            notes << Cli::tr("%1 failed sign-ins").arg(a.failedAttempts);
        printOut(QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(a.username.leftJustified(20), roleCode(a.role).leftJustified(13), a.displayName.leftJustified(28),
                          a.lastLoginAt.isValid() ? a.lastLoginAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : Cli::tr("never").leftJustified(16),
                          notes.join(QLatin1String(", "))));
    }
    return Success;
}

int runAccountAdd(const Invocation &inv)
{
    const QString username = inv.arguments.at(0);
    const auto role = roleFromCode(inv.arguments.at(1));
    if (!role) {
        QStringList codes;
        for (Role r : allRoles())
            codes << roleCode(r);
        return usageError(runAccountAdd, Cli::tr("the role is one of %1.").arg(codes.join(QLatin1String(", "))));
    }
    const QString displayName = inv.has(QStringLiteral("--name")) ? inv.value(QStringLiteral("--name")) : username;
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const QString password = readNewPassword();
    if (password.isEmpty())
        return Failure;
    Accounts accounts(*db);
    auto id = accounts.create(username, displayName, *role, password);
    if (!id.ok()) {
        printErr(id.error());
        return Failure;
    }
    printOut(Cli::tr("Account %1 created (%2); the password must be changed at the first sign-in.")
                 .arg(Accounts::normalisedUsername(username), RoleNames::label(*role)));
    return Success;
}

int runAccountPassword(const Invocation &inv)
{
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    Accounts accounts(*db);
    const auto account = accountNamed(accounts, inv.arguments.at(0));
    if (!account) {
        printErr(Cli::tr("No account is called %1.").arg(Accounts::normalisedUsername(inv.arguments.at(0))));
        return Failure;
    }
    const QString password = readNewPassword();
    if (password.isEmpty())
        return Failure;
    if (Status s = accounts.resetPassword(account->id, password); !s) {
        printErr(s.error());
        return Failure;
    }
    if (!account->active) {
        if (Status s = accounts.setActive(account->id, true); !s) {
            printErr(s.error());
            return Failure;
        }
    }
    printOut(Cli::tr("The password of %1 was reset; it must be changed at the next sign-in.").arg(account->username));
    return Success;
}

} // namespace parcours::cli
