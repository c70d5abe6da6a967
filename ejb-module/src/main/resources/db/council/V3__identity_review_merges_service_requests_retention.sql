-- Customer records, third version: identity review and merges, service standards and service
-- requests, and the record of what the retention job did. Runs unchanged on H2 (PostgreSQL mode)
-- and PostgreSQL; what differs per database is in db/council-{vendor}.

-- A merge never moves or rewrites anything: the merged record points at the one kept, and the
-- kept resident's view gathers both. Unmerging clears the pointer, so both come back exactly.
ALTER TABLE resident ADD COLUMN merged_into BIGINT REFERENCES resident (id);
CREATE INDEX resident_merged_into_idx ON resident (merged_into);

-- Pairs the matcher could not decide alone, for a member of staff.
CREATE SEQUENCE identity_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE identity_review (
    id            BIGINT        NOT NULL PRIMARY KEY,
    resident_id   BIGINT        NOT NULL REFERENCES resident (id),
    candidate_id  BIGINT        NOT NULL REFERENCES resident (id),
    probability   DOUBLE PRECISION NOT NULL,
    explanation   VARCHAR(4000) NOT NULL,
    raised_by     VARCHAR(100)  NOT NULL,
    raised_at     TIMESTAMP     NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX identity_review_status_idx ON identity_review (status, raised_at);
CREATE INDEX identity_review_resident_idx ON identity_review (resident_id);
CREATE INDEX identity_review_candidate_idx ON identity_review (candidate_id);

CREATE SEQUENCE resident_merge_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resident_merge (
    id              BIGINT       NOT NULL PRIMARY KEY,
    kept_id         BIGINT       NOT NULL REFERENCES resident (id),
    merged_id       BIGINT       NOT NULL REFERENCES resident (id),
    review_id       BIGINT       REFERENCES identity_review (id),
    reason          VARCHAR(500) NOT NULL,
    merged_by       VARCHAR(100) NOT NULL,
    merged_at       TIMESTAMP    NOT NULL,
    unmerge_reason  VARCHAR(500),
    unmerged_by     VARCHAR(100),
    unmerged_at     TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX resident_merge_kept_idx ON resident_merge (kept_id);
CREATE INDEX resident_merge_merged_idx ON resident_merge (merged_id);

-- Published response targets per service (or every service) and channel (or every channel).
CREATE SEQUENCE service_standard_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_standard (
    id            BIGINT       NOT NULL PRIMARY KEY,
    service_id    BIGINT       REFERENCES service (id),
    channel       VARCHAR(20),
    step          VARCHAR(20)  NOT NULL,
    working_days  INTEGER      NOT NULL,
    description   VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

CREATE SEQUENCE service_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_request (
    id                BIGINT        NOT NULL PRIMARY KEY,
    resident_id       BIGINT        NOT NULL REFERENCES resident (id),
    service_id        BIGINT        NOT NULL REFERENCES service (id),
    channel           VARCHAR(20)   NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    received_at       TIMESTAMP     NOT NULL,
    acknowledge_by    DATE,
    fulfil_by         DATE,
    close_by          DATE,
    acknowledged_at   TIMESTAMP,
    fulfilled_at      TIMESTAMP,
    closed_at         TIMESTAMP,
    closing_note      VARCHAR(1000),
    logged_by         VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX service_request_resident_idx ON service_request (resident_id);
CREATE INDEX service_request_open_idx ON service_request (closed_at, service_id);

-- What each run of the retention job did, for the data protection officer.
CREATE SEQUENCE retention_run_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE retention_run (
    id            BIGINT        NOT NULL PRIMARY KEY,
    ran_at        TIMESTAMP     NOT NULL,
    ran_by        VARCHAR(100)  NOT NULL,
    report        VARCHAR(4000) NOT NULL
);
