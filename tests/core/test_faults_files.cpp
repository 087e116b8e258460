// SPDX-License-Identifier: GPL-3.0-or-later
// Export targets that fail in the middle of the write ([faults]): a full disk, a folder that
// cannot be written, a folder that vanished, a parent that is a file. parcours-cli writes
// (CSV export, chart PNG/SVG/PDF, CSV to standard output); whatever fails, no partial file
// is left and an earlier file of that name is untouched.
//
// How each case is made (we run as root in CI, where permissions stop nothing):
// - full disk: the child process gets RLIMIT_FSIZE (a file may not grow past N bytes; the
//   kernel refuses the write with EFBIG, as it refuses one on a full device with ENOSPC);
//   standard output sent to /dev/full is a real full device;
// - read-only folder: `chattr +i` (immutable, which stops root too), when the file system
//   supports it; otherwise the case is skipped with a warning;
// - vanished folder, parent that is a file: made as such.
#include "clisupport.h"
#include "faultsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace parcours;
using namespace parcours::test;

namespace {

// parcours-cli in `cli`'s folder, each file it writes limited to `maxFileBytes` (0: no limit),
// its standard output sent to `stdoutFile` when given.
CliOutcome runLimited(const CliRunner &cli, const QStringList &arguments, qint64 maxFileBytes,
                      const QString &stdoutFile = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), cli.file(QStringLiteral(".")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), cli.file(QStringLiteral("data-home")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(cli.file(QStringLiteral(".")));
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
#ifdef Q_OS_UNIX
    if (maxFileBytes > 0) {
        process.setChildProcessModifier([maxFileBytes] {
            // Past the limit a write fails (EFBIG) instead of killing the process (SIGXFSZ).
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
#endif
    process.start(qEnvironmentVariable("PARCOURS_CLI"), QStringList{QStringLiteral("--db"), cli.db()} + arguments);
    REQUIRE(process.waitForStarted(30000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    CliOutcome o;
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

// Every name in `dir` other than `expected` (temporary files a failed write left behind).
QStringList leftovers(const QString &dir, const QStringList &expected)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        names.removeAll(name);
    return names;
}

// `chattr +i` on a folder for the lifetime of this object; active() false when unsupported.
class Immutable
{
public:
    explicit Immutable(QString dir) : m_dir(std::move(dir))
    {
        const QString chattr = QStandardPaths::findExecutable(QStringLiteral("chattr"));
        m_active = !chattr.isEmpty() && QProcess::execute(chattr, {QStringLiteral("+i"), m_dir}) == 0;
        if (m_active) { // some file systems accept the flag but do not enforce it
            QFile probe(QDir(m_dir).filePath(QStringLiteral("probe")));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                release();
            }
        }
    }
    ~Immutable() { release(); }
    bool active() const { return m_active; }
    void release()
    {
        if (m_active)
            QProcess::execute(QStandardPaths::findExecutable(QStringLiteral("chattr")), {QStringLiteral("-i"), m_dir});
        m_active = false;
    }

private:
    QString m_dir;
    bool m_active = false;
};

} // namespace

TEST_CASE("A dossier export that fails mid-write leaves no partial file and the earlier one untouched", "[faults][cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    writeFile(cli.file(QStringLiteral("rows.csv")), dossierCsv(2000, 0));
    cli.ok({QStringLiteral("import"), QStringLiteral("dossiers"), cli.file(QStringLiteral("rows.csv"))});
    const QString outDir = cli.file(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(outDir));
    const QString out = QDir(outDir).filePath(QStringLiteral("dossiers.csv"));
    const QByteArray earlier("reference,national_number\nD-EARLIER,85073003328\n");
    writeFile(out, earlier);
    const FileState before = fileState(cli.db());

    SECTION("the disk fills up after 48 KiB of a 200 KiB file")
    {
        const CliOutcome o = runLimited(cli, {QStringLiteral("export"), QStringLiteral("dossiers"), out}, 48 * 1024);
        INFO(o.describe());
        CHECK(o.exitCode == 1);
        CHECK(o.err.contains(QStringLiteral("could not be written")));
        CHECK(o.err.contains(QStringLiteral("the disk may be full")));
        CHECK(o.err.contains(QStringLiteral("an earlier file of that name is untouched")));
        // Unlimited, the same export is over three times the size: the limit was met mid-write.
        const CliOutcome full = runLimited(cli, {QStringLiteral("export"), QStringLiteral("dossiers"), cli.file(QStringLiteral("whole.csv"))}, 0);
        REQUIRE(full.exitCode == 0);
        CHECK(QFileInfo(cli.file(QStringLiteral("whole.csv"))).size() > 3 * 48 * 1024);
    }
    SECTION("the folder vanished")
    {
        REQUIRE(QDir(outDir).removeRecursively());
        const CliOutcome o = runLimited(cli, {QStringLiteral("export"), QStringLiteral("dossiers"), out}, 0);
        INFO(o.describe());
        CHECK(o.exitCode == 1);
        CHECK(o.err.contains(QStringLiteral("could not be written")));
        CHECK_FALSE(QFileInfo::exists(outDir));
        return;
    }
    SECTION("the parent is a file, not a folder")
    {
        const QString blocked = QDir(outDir).filePath(QStringLiteral("not-a-folder"));
        writeFile(blocked, "x");
        const CliOutcome o = runLimited(cli, {QStringLiteral("export"), QStringLiteral("dossiers"), blocked + QStringLiteral("/dossiers.csv")}, 0);
        INFO(o.describe());
        CHECK(o.exitCode == 1);
        CHECK(readFile(blocked) == QByteArray("x"));
        CHECK(leftovers(outDir, {QStringLiteral("dossiers.csv"), QStringLiteral("not-a-folder")}).isEmpty());
        QFile::remove(blocked);
    }
    SECTION("the folder is read-only (immutable)")
    {
        Immutable readOnly(outDir);
        if (!readOnly.active()) {
            WARN("chattr +i is not available or not enforced here: the read-only folder was not tested");
            return;
        }
        const CliOutcome o = runLimited(cli, {QStringLiteral("export"), QStringLiteral("dossiers"), out}, 0);
        readOnly.release();
        INFO(o.describe());
        CHECK(o.exitCode == 1);
        CHECK(o.err.contains(QStringLiteral("could not be written")));
    }
    CHECK(readFile(out) == earlier);
    CHECK(leftovers(outDir, {QStringLiteral("dossiers.csv")}).isEmpty());
    // Exporting never changes the data (an export may be recorded in the audit trail).
    const FileState after = fileState(cli.db());
    CHECK(after.integrity == QStringLiteral("ok"));
    CHECK(after.rows.value(QStringLiteral("dossier")) == before.rows.value(QStringLiteral("dossier")));
    CHECK(after.checksum.value(QStringLiteral("dossier")) == before.checksum.value(QStringLiteral("dossier")));
}

TEST_CASE("A chart that cannot be written whole leaves no partial file and the earlier one untouched", "[faults][cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    // Ten years of month ends: an SVG or PDF of some 100 KiB (vector: the size follows the
    // points, not the pixels); the PNG at 3000 × 2000 pixels is about 55 KiB.
    for (const char *suffix : {"png", "svg", "pdf"}) {
        QStringList size = {QStringLiteral("--from"), QStringLiteral("2015-01-31"), QStringLiteral("--to"), QStringLiteral("2024-12-31")};
        if (qstrcmp(suffix, "png") == 0)
            size << QStringLiteral("--width") << QStringLiteral("3000") << QStringLiteral("--height") << QStringLiteral("2000");
        const QString outDir = cli.file(QStringLiteral("charts-") + QLatin1String(suffix));
        REQUIRE(QDir().mkpath(outDir));
        const QString name = QStringLiteral("evolution.%1").arg(QLatin1String(suffix));
        const QString out = QDir(outDir).filePath(name);
        INFO(name.toStdString());
        // How large the whole file is, written without limit elsewhere.
        const QString whole = cli.file(QStringLiteral("whole.") + QLatin1String(suffix));
        const CliOutcome full = runLimited(cli, QStringList{QStringLiteral("chart"), QStringLiteral("evolution"), QStringLiteral("--out"), whole} + size, 0);
        INFO(full.describe());
        REQUIRE(full.exitCode == 0);
        const qint64 wholeSize = QFileInfo(whole).size();
        const QByteArray earlier("an earlier chart");
        writeFile(out, earlier);

        // The disk fills up half-way through the file (never below what opening the database
        // itself needs: its shared-memory index is 32 KiB).
        const qint64 limit = std::max<qint64>(wholeSize / 2, 40 * 1024);
        if (limit < wholeSize) {
            const CliOutcome o = runLimited(cli, QStringList{QStringLiteral("chart"), QStringLiteral("evolution"), QStringLiteral("--out"), out} + size, limit);
            INFO(o.describe() << "\nwhole file " << wholeSize << " bytes, limit " << limit);
            CHECK(o.exitCode == 1);
            CHECK(o.err.contains(QStringLiteral("could not be written")));
            CHECK(o.err.contains(QStringLiteral("the disk may be full")));
        } else {
            WARN("the whole " << suffix << " is only " << wholeSize << " bytes: the full-disk case was not reached");
        }
        CHECK(readFile(out) == earlier);
        CHECK(leftovers(outDir, {name}).isEmpty());

        // The folder vanished.
        const QString gone = cli.file(QStringLiteral("gone/") + name);
        const CliOutcome o = runLimited(cli, QStringList{QStringLiteral("chart"), QStringLiteral("evolution"), QStringLiteral("--out"), gone} + size, 0);
        CHECK(o.exitCode == 1);
        CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("gone"))));
    }
}

TEST_CASE("Output to a full device is reported, not taken for success", "[faults][cli]")
{
    if (!CliRunner::available())
        return;
    if (!QFileInfo(QStringLiteral("/dev/full")).exists()) {
        WARN("/dev/full does not exist here: skipped");
        return;
    }
    CliRunner cli;
    cli.init();
    writeFile(cli.file(QStringLiteral("rows.csv")), dossierCsv(50, 0));
    cli.ok({QStringLiteral("import"), QStringLiteral("dossiers"), cli.file(QStringLiteral("rows.csv"))});
    const CliOutcome o = runLimited(cli, {QStringLiteral("evolution"), QStringLiteral("--from"), QStringLiteral("2020-01-31"),
                                          QStringLiteral("--to"), QStringLiteral("2024-12-31")},
                                    0, QStringLiteral("/dev/full"));
    INFO(o.describe());
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QStringLiteral("could not be written completely")));
}
