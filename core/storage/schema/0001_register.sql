-- SPDX-License-Identifier: GPL-3.0-or-later
-- The register: people and their income dossiers.
-- Dates are ISO text (YYYY-MM-DD). *_key columns hold the search form of a value
-- (lower case, accents and punctuation removed) so that a search is an index range scan.

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    national_number TEXT NOT NULL UNIQUE CHECK (length(national_number) = 11),
    last_name       TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    first_name      TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    birth_date      TEXT,
    gender          TEXT CHECK (gender IN ('M', 'F')),
    language        TEXT CHECK (language IN ('nl', 'fr', 'other')),
    phone           TEXT,
    email           TEXT,
    address         TEXT,
    last_key        TEXT NOT NULL,
    first_key       TEXT NOT NULL
);
CREATE INDEX person_last_key ON person (last_key, first_key);
CREATE INDEX person_first_key ON person (first_key);

CREATE TABLE dossier (
    id            INTEGER PRIMARY KEY,
    reference     TEXT NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
    reference_key TEXT NOT NULL,
    person_id     INTEGER NOT NULL REFERENCES person (id),
    income_type   TEXT NOT NULL CHECK (income_type IN ('leefloon', 'equivalent')),
    opened        TEXT NOT NULL,
    closed        TEXT,
    officer       TEXT,
    CHECK (closed IS NULL OR closed >= opened)
);
CREATE INDEX dossier_person ON dossier (person_id);
CREATE INDEX dossier_reference_key ON dossier (reference_key);
CREATE INDEX dossier_opened ON dossier (opened);
CREATE INDEX dossier_closed ON dossier (closed);
CREATE INDEX dossier_officer ON dossier (officer, reference_key);
CREATE INDEX dossier_income ON dossier (income_type, reference_key);
