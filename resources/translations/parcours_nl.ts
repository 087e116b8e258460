<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has at most 64 letters a–z, digits, dots, dashes or underscores, and starts with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next attempt with this name is possible in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is not possible right now (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts with this name. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person signed in with an account has a password to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must remain at least one active administrator. Make another account administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database is damaged (no audit context). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellNames</name>
    <message>
        <source>Facil.</source>
        <comment>short for project facilitation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lit.</source>
        <comment>short for literacy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stud.</source>
        <comment>short for studies and training</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <comment>short for the work cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 60</source>
        <comment>short for article 60</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-60</source>
        <comment>short for post-article 60</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H/E</source>
        <comment>short for health / equity</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]   (commands: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours without windows: the same register and rules as the desktop program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --db PATH    the database file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>               only init creates a missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --help       show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --version    show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (bad data, integrity problems, refused file), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --db needs a PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 what? Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database if it does not exist, or bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity; prints &quot;ok&quot; or each problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a complete, verified copy of the database to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dossiers from a CSV file, all rows or none; --dry-run only checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every dossier to a CSV file (UTF-8, comma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import placements (dossier, cell, start, end, officer, outcome) from a CSV file, all rows or none; --dry-run only checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import published evolution figures as recorded snapshots (empty = not determined), all rows or none; --dry-run only checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the evolution table. Computed figures on the days of --at, or on the period ends (month by default) from --from to --to (default: today); without dates, the month ends of the last 12 months. Recorded figures: those recorded on the days of --at or within --from/--to, else all. Default: --source computed --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with invented people, dossiers and trajectories over the ten years up to today (default 2000 dossiers, seed 1; the same seed on the same day gives the same data); creates the file if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the audit trail (who created, changed or looked at what, when), oldest first, from --from to --to (local days, both included); --actor and --entity narrow it. Default: --format csv. Reading the trail is itself recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything held about one person (subject-access request) to DIR as JSON and as a readable PDF; recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise the people whose every dossier closed before D: names, numbers, contacts and free texts erased, the figures unchanged. Cannot be undone; --dry-run only counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts: user name, role, name, last sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account (ROLE: administrator, manager, facilitator, officer, reception); the password is read from standard input and must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of USER (read from standard input) and reactivate the account, e.g. when the only administrator forgot theirs; it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Nothing was created; to start a new one, run: parcours-cli --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to the current schema; a copy of it as it was is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is up to date (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems (%2). Restore the latest backup or ask for help before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused (1 problem); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused (%1 problems); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dossier exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossiers exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;parcours-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parcours-cli [--db PATH] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from lies after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export person needs --out DIR, the folder for the two files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about the person with national number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold personal data: hand them to the person only, and delete them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention needs --closed-before D, the cut-off day (the retention setting gives %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--closed-before takes a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people whose every dossier closed before %2 (%3 dossiers, %4 placements, %5 audit entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would anonymise: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before today still hold these identities; they must expire too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no account yet: the first start of the program asks for the administrator, or use: parcours-cli account add NAME administrator --name &quot;Full Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created (%2); the password must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source: %1 is not computed, recorded or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1 is not csv, table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at gives the days itself: it does not go with --from, --to or --step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step needs --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after today (%2); give --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: %1 is not month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>art60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 end lies between %2 and %3: nothing to compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dossiers and --seed may be given once only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dossiers: %1 is not a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: %1 is not a number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 dossiers of %2 people, %3 placements, up to %4 (seed %5), in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The data contains NUL bytes: it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote of field %2 (a quote inside a quoted field must be doubled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV data is empty: there is not even a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable CSV file. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Parcours database: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Parcours database: it is not a database file at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (it was probably cut off while being copied). It was not opened. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database lies on a network share. SQLite files on network drives can be damaged when two computers write at once; keep it on this computer&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database lies on a network drive (%1). SQLite files on network drives can be damaged when two computers write at once; keep it on this computer&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be opened for checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass its check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist any more. It may have been moved, renamed or be on a drive that is not connected. No new file was created in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program keeps it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Parcours database (it belongs to another program). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). It was not changed. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging; it works, but more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program that is writing to it (waited %2 s). Close the other program or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, but the copy made before upgrading could not be written: %2 It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema %1 (%2): %3. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy made before the upgrade is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2 Nothing was left behind; an earlier file of that name is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new database needs a name that is not used yet; to work in the existing file, use File → Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo dossiers must lie between 1 and 5,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the demo history must be a date between 1990 and 2090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo data was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo data is only written into an empty database, so that invented people are never mixed with real ones. This database already holds %n dossier(s). Create a new database for the demonstration.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierCsv</name>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a missing delimiter or an unclosed quote?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be M, F or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be leefloon or equivalent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same reference is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 gives this national number to %2 %3, this line to %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person&apos;s %1 differs from line %2; the values of line %2 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252. Check that accented letters (é, ë, ç) came out right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier %1 now belongs to the person with national number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2 Nothing was written; an earlier file of that name is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evolution</name>
    <message>
        <source>The evolution needs valid dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds a date that is not of the form YYYY-MM-DD; run a database check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresCsv</name>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same date is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number written with digits only (no thousands separator), or empty when not determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>A national number contains only digits, with spaces, dots or dashes between them; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The national number must have 11 digits; it has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>National number %1 has no valid month: %2 is not 00 to 12 (plus 20 or 40 for a BIS number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of national number %1 are wrong (expected %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digits of national number %1 are wrong (expected %2, or %3 for someone born in %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 contains an impossible birth date: %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 gives a birth date in the future (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 has serial number %2, which is never issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born on %2, not on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born in %2, not on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 belongs to someone born in %2 on day %3 of an unknown month, not on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 belongs to a man, but the person is recorded as a woman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 belongs to a woman, but the person is recorded as a man.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not see the register of people and dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not change dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not see the socio-professional balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not change the socio-professional balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not see reports and figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not export or back up data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not import data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not see the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not use the free-access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not export everything held about a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not anonymise people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementCsv</name>
    <message>
        <source>the column &quot;%1&quot; is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a missing delimiter or an unclosed quote?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2 (a delimiter inside a value that is not quoted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dossier has this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty or one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placement cannot end before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open placement (no end) has no outcome yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same placement (dossier, cell and start) is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placement %1 overlaps the placement %2 on line %3: a dossier is in one cell at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placement %1 overlaps the placement %2 already recorded for dossier %3: a dossier is in one cell at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252. Check that accented letters (é, ë, ç) came out right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2 Nothing was written; an earlier file of that name is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>%1 from %2 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement needs a valid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date of the placement is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement in %1 cannot end on %2, before it starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement in %1 from %2 is still open: it cannot have an outcome (%3) before it has an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement %1 starts before the dossier %2 opened on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement %1 starts after the dossier %2 closed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 closed on %2: the placement %3 must end on or before that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement %1 ends after the dossier %2 closed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement %1 overlaps the placement %2: a dossier is in one cell at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedFigures</name>
    <message>
        <source>Recorded figures need a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 hold a negative count (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterRules</name>
    <message>
        <source>The national number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be nl, fr or other, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier reference must contain letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot close (%1) before it opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The dossier cannot open on %1: its trajectory starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot close on %1: a placement starts on %2. Remove or move that placement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1 already belongs to %2 %3. Open that person&apos;s dossier instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is already used by another dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person no longer exists in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier no longer exists in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The cut-off day is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cut-off day %1 lies in the future: only dossiers that are closed can expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was anonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insertion officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle time before locking lies between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period lies between %1 and %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is being changed by another program or another Parcours window. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; run a check and restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a national number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with the national number %1 is in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number %1. Written on %2 (UTC) by %3, from the Parcours database, for a request of access to personal data (GDPR article 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements in the integration trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who created, changed or looked at this data (audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trajectory</name>
    <message>
        <source>There is no dossier number %1 in the register (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no placement number %1 (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is in no cell on %2, so there is nothing to transfer from: refer it to a cell instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer on %1 must come after the start of the current placement %2: edit that placement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is already in %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to %1 on %2 was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending a placement needs a valid end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement cannot move to another dossier: end it and refer the other dossier instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a dossier needs a valid closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 cannot close on %2, before it opened on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 cannot close on %2: the placement %3 starts later. Remove or move that placement first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrajectoryLabels</name>
    <message>
        <source>Project facilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-article 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health / equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies or training completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Nobody is signed in. Sign in first; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database cannot record who you are, so nothing was saved. Run &quot;parcours-cli check&quot; and restore a backup if it reports problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Integration trajectories for the SPI services of Belgian OCMW / CPAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;. It must exist, unless it is the default database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render each main view with sample data to &lt;dir&gt;/&lt;view&gt;.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AccountsDialog</name>
    <message>
        <source>Accounts and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep identities for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…after a person&apos;s last dossier closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose every dossier closed before %1 (%2 years ago) are anonymised: names, numbers, contacts and notes erased; the figures stay the same. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person must choose a password of their own at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1; they must change it at the next sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2. The change applies from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved. The idle lock applies from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people would be anonymised (%2 dossiers, %3 placements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody&apos;s dossiers all closed before %1: nothing to anonymise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1 people whose every dossier closed before %2? Their names, numbers, contacts and notes are erased for good. Backups made earlier still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people were anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AccountsModel</name>
    <message>
        <source>Yes, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditModel</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadModel</name>
    <message>
        <source>In %1 from %2, planned until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadView</name>
    <message>
        <source>(no officer recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 follows 1 person in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 follows %3 people in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, 1 person is in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 people are in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in a cell on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches these filters on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose a password of your own (at least %1 characters) before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DateEdit</name>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoDataDialog</name>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours will invent people with names heard in Brussels and valid national numbers, ten years of income dossiers and their trajectories through the cells, as a Brussels centre would have them. Use it to try Parcours out, for training sessions and demonstrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this data exists. Keep demo data in a database of its own: real dossiers belong in another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About five placements per dossier. 2,000 dossiers take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of dossiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 demo dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierForm</name>
    <message>
        <source>New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YY.MM.DD-SSS.CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the birth date is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number, postcode and municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while the dossier is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as %1, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierListModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierListView</name>
    <message>
        <source>Search name, national number or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show open dossiers, closed dossiers or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All income types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected dossier with its trajectory (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dossier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented people, dossiers and trajectories to try Parcours out or for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossiers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is empty. Create the first dossier to start following a person&apos;s integration trajectory, or fill this database with invented demo data to try Parcours out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already keep a list in a spreadsheet? Importing it as a CSV file (File&#xa0;→&#xa0;Import) comes with a later version of Parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, type fewer letters, or search by national number or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DossierWindow</name>
    <message>
        <source>Edit &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the person&apos;s and the dossier&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator creates the accounts of the staff and sets the idle lock and the retention period. Choose a password of at least %1 characters; a sentence of several words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin or nlemaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::LoginDialog</name>
    <message>
        <source>Sign in to Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds personal data. Sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked after a time without use. %1, type your password to go on where you left off, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Job Table groups of the Space for Work: composing the group, the modules &quot;Aspects of job search&quot; and &quot;Interviews&quot;, the conclusion and the debriefing, with the technical fiche and the orientation table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evolution of the persons in the integration trajectory: dossiers, persons integrated and per cell on a chosen day, with charts for the annual report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers, cells, partners and the program&apos;s preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded to the current version. A copy of it as it was before is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from recent list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed; nothing was written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added: %1 invented people, %2 dossiers and %3 placements. Nobody in this database exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Integration trajectories for the socio-professional integration services of Belgian OCMW / CPAS.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlaceholderPage</name>
    <message>
        <source>Not available yet in this version of Parcours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlacementDialog</name>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty while the placement runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day in the cell (included). Leave empty while the placement runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the person goes to this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (still running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new placement. Give an end date only when recording one that is already over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type, e.g. open-ended, fixed-term, temporary agency work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma, certificate or attest obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer day D is the first day in the new cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is in no cell on %1: refer it to a cell instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends on %2 with the outcome “%3”; %4 starts on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type the date as %2, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the placement ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlacementModel</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::Session</name>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TimelineBand</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier open, in no cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, ongoing (%2 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dossier open, in no cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrajectoryView</name>
    <message>
        <source>No placements yet. Refer the person to a cell to start the trajectory: most start in project facilitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer to a cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a placement in a cell (or record one that is over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the person to another cell on a day: the current placement ends the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected placement with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected placement (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected placement, e.g. one recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change e&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in &lt;b&gt;%1&lt;/b&gt; since %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no cell: no placement recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no cell today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the placement %1? It disappears from the trajectory and from the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screenshots</name>
    <message>
        <source>Dutch evening course at the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a network drive (\\srv-ocmw\spi\parcours.sqlite). If two people open it at the same time, changes can be lost; keep it on this computer or make sure only one person works in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
