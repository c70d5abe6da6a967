-- Every record a back-office feed has applied, by its natural key (the feed and the sending system's
-- own id for the record), so that a record seen again (a redelivered message, a row in a second
-- file) is counted as a duplicate and changes nothing. It holds no personal data: keys and counts.
CREATE SEQUENCE back_office_record_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE back_office_record (
    id               BIGINT       NOT NULL PRIMARY KEY,
    feed             VARCHAR(30)  NOT NULL,
    record_key       VARCHAR(120) NOT NULL,
    record_type      VARCHAR(40)  NOT NULL,
    occurred_at      TIMESTAMP    NOT NULL,
    applied_at       TIMESTAMP    NOT NULL,
    residents        INTEGER      NOT NULL,
    duplicates       INTEGER      NOT NULL DEFAULT 0,
    last_duplicate_at TIMESTAMP,
    CONSTRAINT back_office_record_key UNIQUE (feed, record_key)
);
CREATE INDEX back_office_record_applied_idx ON back_office_record (feed, applied_at);
