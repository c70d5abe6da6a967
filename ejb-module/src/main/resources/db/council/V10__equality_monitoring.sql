-- Equality monitoring answers: special category data (UK GDPR art. 9), kept apart from the resident's
-- profile so that nothing reading the profile can reach them. One row per questionnaire answered;
-- the newest is the resident's answers (replaced_at empty), earlier ones are history for the
-- subject access export until retention erases them. A NULL answer is a question not asked;
-- PREFER_NOT_TO_SAY is an answer. Recorded only with consent stated.
CREATE SEQUENCE equality_questionnaire_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE equality_questionnaire (
    id                          BIGINT       NOT NULL PRIMARY KEY,
    resident_id                 BIGINT       NOT NULL REFERENCES resident (id),
    answered_on                 DATE         NOT NULL,
    channel                     VARCHAR(20)  NOT NULL,
    consent_stated              BOOLEAN      NOT NULL CHECK (consent_stated),
    recorded_by                 VARCHAR(100) NOT NULL,
    recorded_at                 TIMESTAMP    NOT NULL,
    replaced_at                 TIMESTAMP,
    ethnic_group                VARCHAR(40),
    sex                         VARCHAR(20),
    gender_identity             VARCHAR(40),
    gender_identity_write_in    VARCHAR(100),
    sexual_orientation          VARCHAR(30),
    sexual_orientation_write_in VARCHAR(100),
    religion                    VARCHAR(20),
    religion_write_in           VARCHAR(100),
    long_term_condition         VARCHAR(20),
    day_to_day_limitation       VARCHAR(20),
    legal_partnership_status    VARCHAR(40),
    pregnancy_or_maternity      VARCHAR(20),
    unpaid_carer                VARCHAR(20)
);
CREATE INDEX equality_questionnaire_resident_idx ON equality_questionnaire (resident_id);
CREATE INDEX equality_questionnaire_recorded_idx ON equality_questionnaire (recorded_at);

-- A resident's withdrawal of consent: the answers are erased and this row says when and by whom,
-- holding no answer, so the warehouse's next load removes them from the reports too.
CREATE SEQUENCE equality_consent_withdrawal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE equality_consent_withdrawal (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    resident_id           BIGINT       NOT NULL REFERENCES resident (id),
    withdrawn_at          TIMESTAMP    NOT NULL,
    recorded_by           VARCHAR(100) NOT NULL,
    questionnaires_erased INTEGER      NOT NULL
);
CREATE INDEX equality_consent_withdrawal_resident_idx ON equality_consent_withdrawal (resident_id);

-- The borough's population by characteristic, from the Census 2021 tables ONS publishes for each
-- local authority: the baseline the equality report compares the council's customers with. Counts
-- of people, never about one person. One row per category of each table, as ONS words it.
CREATE SEQUENCE census_population_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE census_population (
    id             BIGINT       NOT NULL PRIMARY KEY,
    census_table   VARCHAR(10)  NOT NULL,
    geography_code VARCHAR(9)   NOT NULL,
    geography_name VARCHAR(200) NOT NULL,
    census_label   VARCHAR(300) NOT NULL,
    column_kind    VARCHAR(10)  NOT NULL,
    category       VARCHAR(60),
    age_from       INTEGER,
    age_to         INTEGER,
    residents      BIGINT       NOT NULL CHECK (residents >= 0),
    imported_at    TIMESTAMP    NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    CONSTRAINT census_population_once UNIQUE (census_table, geography_code, census_label)
);
