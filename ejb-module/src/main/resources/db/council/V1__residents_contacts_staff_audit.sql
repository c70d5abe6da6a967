-- Operational schema, first version: residents, contacts, staff sign-in, audit trail and the
-- quarantine of rejected incoming records. Written to run unchanged on H2 (PostgreSQL mode)
-- and PostgreSQL. EclipseLink reads a sequence value as the end of a block of allocationSize
-- ids, so each sequence starts at its increment.

CREATE SEQUENCE resident_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resident (
    id              BIGINT       NOT NULL PRIMARY KEY,
    forename        VARCHAR(100) NOT NULL,
    surname         VARCHAR(100) NOT NULL,
    date_of_birth   DATE         NOT NULL,
    postcode        VARCHAR(8)   NOT NULL,
    registered_at   TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX resident_surname_idx ON resident (surname, forename);
CREATE INDEX resident_postcode_idx ON resident (postcode);

CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    resident_id           BIGINT       NOT NULL REFERENCES resident (id),
    channel               VARCHAR(20)  NOT NULL,
    contact_type          VARCHAR(20)  NOT NULL,
    started_at            TIMESTAMP    NOT NULL,
    reason                VARCHAR(200) NOT NULL,
    resolved_first_point  BOOLEAN      NOT NULL,
    handled_by            VARCHAR(100) NOT NULL
);
CREATE INDEX contact_resident_idx ON contact (resident_id, started_at);

CREATE TABLE staff_user (
    username       VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
CREATE TABLE staff_user_role (
    username   VARCHAR(100) NOT NULL REFERENCES staff_user (username),
    role_name  VARCHAR(50)  NOT NULL,
    PRIMARY KEY (username, role_name)
);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP    NOT NULL,
    username      VARCHAR(100) NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    subject_type  VARCHAR(50)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    purpose       VARCHAR(200) NOT NULL
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, occurred_at);

CREATE SEQUENCE rejected_record_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE rejected_record (
    id           BIGINT          NOT NULL PRIMARY KEY,
    source       VARCHAR(100)    NOT NULL,
    received_at  TIMESTAMP       NOT NULL,
    payload      VARCHAR(1000000) NOT NULL,
    reason       VARCHAR(4000)   NOT NULL,
    status       VARCHAR(20)     NOT NULL,
    resolved_at  TIMESTAMP,
    resolved_by  VARCHAR(100),
    version      BIGINT          NOT NULL DEFAULT 0
);
CREATE INDEX rejected_record_status_idx ON rejected_record (status, received_at);
