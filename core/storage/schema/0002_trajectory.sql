-- SPDX-License-Identifier: GPL-3.0-or-later
-- The integration trajectory: placements of dossiers in the cells of the SPI service, and
-- the evolution figures published before Parcours was used.
-- Dates are ISO text (YYYY-MM-DD); a placement's end_date is inclusive, NULL while open.
-- start_date/end_date/snapshot_date rather than start/end/date: those are reserved words in
-- SQL (and start/end in PostgreSQL).
-- The rules that span rows (no overlap between placements of a dossier, placements inside
-- the dossier's open period) are enforced by core (core/trajectory), not by triggers, so
-- that every back end gives the same messages.

CREATE TABLE placement (
    id             INTEGER PRIMARY KEY,
    dossier_id     INTEGER NOT NULL REFERENCES dossier (id),
    -- The code lists are OR chains rather than IN (…): SQLite 3.40 checks an IN list about a
    -- microsecond a row more slowly, which doubled the time to import a million placements.
    cell           TEXT NOT NULL CHECK (cell = 'facilitation' OR cell = 'literacy' OR cell = 'studies'
                                        OR cell = 'work' OR cell = 'article60' OR cell = 'post_article60'
                                        OR cell = 'health_equity'),
    start_date     TEXT NOT NULL CHECK (length(start_date) = 10),
    end_date       TEXT CHECK (end_date IS NULL OR length(end_date) = 10),
    officer        TEXT,
    reason         TEXT,
    outcome        TEXT CHECK (outcome IS NULL OR outcome = 'job' OR outcome = 'training_completed'
                                OR outcome = 'moved_cell' OR outcome = 'dropped_out' OR outcome = 'sanction'
                                OR outcome = 'moved_away' OR outcome = 'income_ended' OR outcome = 'other'),
    outcome_detail TEXT,
    note           TEXT,
    -- What the evolution engine reads of a million placements at once, packed by the database
    -- into one integer: cell number (the order of enum Cell) × 10^16 + start × 10^8 + end, the
    -- dates as yyyymmdd numbers and 99999999 for an open end. A driver hands an integer over
    -- several times faster than two dates and a code as text. Derived by the database itself,
    -- so no writer can get it wrong; standard SQL (SQLite 3.31+, PostgreSQL 12+).
    span_key       BIGINT GENERATED ALWAYS AS (
                       (CASE cell WHEN 'facilitation' THEN 0 WHEN 'literacy' THEN 1 WHEN 'studies' THEN 2
                                  WHEN 'work' THEN 3 WHEN 'article60' THEN 4 WHEN 'post_article60' THEN 5
                                  WHEN 'health_equity' THEN 6 END) * 10000000000000000
                       + CAST(replace(start_date, '-', '') AS BIGINT) * 100000000
                       + coalesce(CAST(replace(end_date, '-', '') AS BIGINT), 99999999)) STORED,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (end_date IS NOT NULL OR outcome IS NULL)
);
-- Placements never overlap, so a dossier has at most one placement starting on a given day:
-- the index is unique as a last line of defence, and serves the timeline of a dossier.
CREATE UNIQUE INDEX placement_dossier_start ON placement (dossier_id, start_date);

-- One published snapshot of the evolution table. A NULL count is "not determined" (the
-- figure was not published), never zero. Counts are kept exactly as published; percentages
-- are derived from them when shown.
CREATE TABLE recorded_figures (
    snapshot_date  TEXT PRIMARY KEY CHECK (length(snapshot_date) = 10),
    dossiers       INTEGER CHECK (dossiers >= 0),
    integrated     INTEGER CHECK (integrated >= 0),
    health_equity  INTEGER CHECK (health_equity >= 0),
    facilitation   INTEGER CHECK (facilitation >= 0),
    literacy       INTEGER CHECK (literacy >= 0),
    studies        INTEGER CHECK (studies >= 0),
    work           INTEGER CHECK (work >= 0),
    article60      INTEGER CHECK (article60 >= 0),
    post_article60 INTEGER CHECK (post_article60 >= 0),
    source_note    TEXT
);
