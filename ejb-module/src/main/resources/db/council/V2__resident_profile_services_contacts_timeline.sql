-- Customer records, second version: the resident's full profile, the service catalogue, the
-- complete contact record and the single customer view's timeline. Runs unchanged on H2
-- (PostgreSQL mode) and PostgreSQL.

-- The resident's current BS 7666 address and identifiers, and what the adviser must know at once.
ALTER TABLE resident ADD COLUMN middle_names VARCHAR(100);
ALTER TABLE resident ADD COLUMN saon VARCHAR(100);
ALTER TABLE resident ADD COLUMN paon VARCHAR(100);
ALTER TABLE resident ADD COLUMN street VARCHAR(100);
ALTER TABLE resident ADD COLUMN locality VARCHAR(100);
ALTER TABLE resident ADD COLUMN town VARCHAR(100);
ALTER TABLE resident ADD COLUMN uprn BIGINT;
ALTER TABLE resident ADD COLUMN ni_number VARCHAR(9);
ALTER TABLE resident ADD COLUMN preferred_language VARCHAR(50);
ALTER TABLE resident ADD COLUMN interpreter_needed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE resident ADD COLUMN reasonable_adjustments VARCHAR(1000);
-- Search keys, kept by the application: Double Metaphone of the surname and of the forename's
-- usual form (Bill -> William), so that spellings that sound alike find each other by index.
ALTER TABLE resident ADD COLUMN surname_key VARCHAR(8);
ALTER TABLE resident ADD COLUMN forename_key VARCHAR(8);
CREATE INDEX resident_surname_key_idx ON resident (surname_key, forename_key);
CREATE INDEX resident_forename_key_idx ON resident (forename_key);
CREATE INDEX resident_dob_idx ON resident (date_of_birth);
CREATE INDEX resident_uprn_idx ON resident (uprn);
CREATE INDEX resident_ni_idx ON resident (ni_number);

CREATE TABLE resident_previous_name (
    resident_id  BIGINT       NOT NULL REFERENCES resident (id),
    forename     VARCHAR(100) NOT NULL,
    surname      VARCHAR(100) NOT NULL,
    surname_key  VARCHAR(8)   NOT NULL,
    used_until   DATE
);
CREATE INDEX resident_previous_name_idx ON resident_previous_name (resident_id);
CREATE INDEX resident_previous_name_key_idx ON resident_previous_name (surname_key);

CREATE TABLE resident_phone (
    resident_id  BIGINT      NOT NULL REFERENCES resident (id),
    phone        VARCHAR(20) NOT NULL,
    PRIMARY KEY (resident_id, phone)
);
CREATE INDEX resident_phone_idx ON resident_phone (phone);

CREATE TABLE resident_email (
    resident_id  BIGINT       NOT NULL REFERENCES resident (id),
    email        VARCHAR(254) NOT NULL,
    PRIMARY KEY (resident_id, email)
);
CREATE INDEX resident_email_idx ON resident_email (email);

-- Earlier addresses, kept when the resident moves (the matcher and the SAR export read them).
CREATE TABLE resident_address_history (
    resident_id  BIGINT       NOT NULL REFERENCES resident (id),
    saon         VARCHAR(100),
    paon         VARCHAR(100),
    street       VARCHAR(100),
    locality     VARCHAR(100),
    town         VARCHAR(100),
    postcode     VARCHAR(8)   NOT NULL,
    uprn         BIGINT,
    moved_out_on DATE         NOT NULL
);
CREATE INDEX resident_address_history_idx ON resident_address_history (resident_id);

CREATE TABLE resident_communication_need (
    resident_id  BIGINT      NOT NULL REFERENCES resident (id),
    need         VARCHAR(30) NOT NULL,
    PRIMARY KEY (resident_id, need)
);

CREATE TABLE resident_vulnerability (
    resident_id  BIGINT       NOT NULL REFERENCES resident (id),
    flag         VARCHAR(40)  NOT NULL,
    note         VARCHAR(500),
    recorded_on  DATE         NOT NULL,
    PRIMARY KEY (resident_id, flag)
);

-- The keys other systems know the resident by (housing tenancy, benefits claim, council tax).
CREATE TABLE resident_reference (
    resident_id  BIGINT      NOT NULL REFERENCES resident (id),
    system_name  VARCHAR(30) NOT NULL,
    reference    VARCHAR(50) NOT NULL,
    PRIMARY KEY (resident_id, system_name, reference)
);
CREATE INDEX resident_reference_idx ON resident_reference (reference, system_name);

-- The A-Z service catalogue: LGSL services (public identifiers) and the council's own.
CREATE SEQUENCE service_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service (
    id        BIGINT       NOT NULL PRIMARY KEY,
    lgsl_id   INTEGER      UNIQUE,
    name      VARCHAR(200) NOT NULL,
    local     BOOLEAN      NOT NULL,
    active    BOOLEAN      NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX service_name_idx ON service (name);

-- The complete contact record (DOMAIN.md "Per contact").
ALTER TABLE contact ADD COLUMN service_id BIGINT REFERENCES service (id);
ALTER TABLE contact ADD COLUMN outcome VARCHAR(200);
ALTER TABLE contact ADD COLUMN avoidable BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE contact ADD COLUMN avoidable_reason VARCHAR(40);
ALTER TABLE contact ADD COLUMN ended_at TIMESTAMP;

-- The single customer view: one row per thing that happened to a resident, written by whichever
-- capability owns the thing (contacts now; complaints, feedback and back-office feeds later). The
-- kind is open text so that a new capability adds entries without a change here.
CREATE SEQUENCE timeline_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE timeline_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    resident_id  BIGINT       NOT NULL REFERENCES resident (id),
    occurred_at  TIMESTAMP    NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    service_id   BIGINT       REFERENCES service (id),
    summary      VARCHAR(300) NOT NULL,
    source_type  VARCHAR(40)  NOT NULL,
    source_id    BIGINT       NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL
);
CREATE INDEX timeline_entry_resident_idx ON timeline_entry (resident_id, occurred_at DESC, id DESC);
CREATE INDEX timeline_entry_source_idx ON timeline_entry (source_type, source_id);
