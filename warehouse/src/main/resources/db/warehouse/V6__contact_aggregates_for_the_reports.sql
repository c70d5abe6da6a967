-- Contacts counted in advance for the committee reports. At borough scale a quarter holds over a
-- million contact facts and a year four and a half million: grouping them for each of the reports'
-- tables took 7 seconds for the quarterly report and two minutes for the equality report. The loads
-- keep these two small tables, year by year, so a report reads thousands of rows instead. Derived
-- only from the facts and the resident dimension: a year's rows can always be counted again.

-- Contacts per day and every measure the quarterly report groups them by.
CREATE TABLE agg_contact_day (
    date_key             INTEGER  NOT NULL,
    channel_key          INTEGER  NOT NULL,
    contact_type_key     INTEGER  NOT NULL,
    resolved_first_point BOOLEAN  NOT NULL,
    avoidable            BOOLEAN  NOT NULL,
    avoidable_reason_key INTEGER,
    wait_recorded        BOOLEAN  NOT NULL,                 -- the answering target was recorded (calls, webchats)
    answered_in_target   BOOLEAN  NOT NULL,
    contacts             BIGINT   NOT NULL
);
CREATE INDEX agg_contact_day_date_idx ON agg_contact_day (date_key);

-- The people who contacted the council in a financial year (after merges, each once), by their
-- equality profile, the age band of their first contact of the year and the channels they used (1 or 0).
CREATE TABLE agg_people_year (
    financial_year       VARCHAR(7) NOT NULL,
    equality_profile_key INTEGER    NOT NULL,
    first_age_band_key   INTEGER,
    telephone            SMALLINT   NOT NULL,
    web                  SMALLINT   NOT NULL,
    email                SMALLINT   NOT NULL,
    face_to_face         SMALLINT   NOT NULL,
    other_channel        SMALLINT   NOT NULL,
    people               BIGINT     NOT NULL
);
CREATE INDEX agg_people_year_year_idx ON agg_people_year (financial_year);

-- The financial years whose aggregates a load must count again: noted in the same transaction as the
-- contact facts or resident records that changed them, cleared with the recount, so that a load that
-- dies in between recounts them next time.
CREATE TABLE aggregate_recount (
    financial_year VARCHAR(7) NOT NULL PRIMARY KEY
);

-- Every year already loaded is counted by the next load.
INSERT INTO aggregate_recount (financial_year)
    SELECT DISTINCT d.financial_year FROM dim_date d
    WHERE d.date_key BETWEEN (SELECT MIN(date_key) FROM fact_contact) AND (SELECT MAX(date_key) FROM fact_contact);
