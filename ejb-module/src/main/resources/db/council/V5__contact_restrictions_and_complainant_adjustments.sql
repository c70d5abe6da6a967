-- Decisions that a complainant's conduct is unreasonable or persistent, with the restrictions on
-- contact, the letter sent and the reviews; and reasonable adjustments agreed with a complainant
-- (Complaint Handling Code 5.6), each with its review date.

CREATE SEQUENCE contact_restriction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact_restriction (
    id             BIGINT         NOT NULL PRIMARY KEY,
    resident_id    BIGINT         NOT NULL REFERENCES resident (id),
    behaviours     VARCHAR(300)   NOT NULL,
    decision       VARCHAR(4000)  NOT NULL,
    restrictions   VARCHAR(2000)  NOT NULL,
    decided_by     VARCHAR(100)   NOT NULL,
    decided_on     DATE           NOT NULL,
    review_on      DATE           NOT NULL,
    lifted_on      DATE,
    letter_subject VARCHAR(300)   NOT NULL,
    letter_body    VARCHAR(12000) NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX contact_restriction_resident_idx ON contact_restriction (resident_id);

CREATE SEQUENCE restriction_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE restriction_review (
    id              BIGINT        NOT NULL PRIMARY KEY,
    restriction_id  BIGINT        NOT NULL REFERENCES contact_restriction (id),
    reviewed_on     DATE          NOT NULL,
    reviewed_by     VARCHAR(100)  NOT NULL,
    lifted          BOOLEAN       NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    next_review_on  DATE
);
CREATE INDEX restriction_review_restriction_idx ON restriction_review (restriction_id);

CREATE SEQUENCE complaint_adjustment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_adjustment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    complaint_id  BIGINT        NOT NULL REFERENCES complaint (id),
    adjustment    VARCHAR(2000) NOT NULL,
    agreed_by     VARCHAR(100)  NOT NULL,
    agreed_on     DATE          NOT NULL,
    review_on     DATE          NOT NULL,
    reviewed_on   DATE,
    review_note   VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX complaint_adjustment_complaint_idx ON complaint_adjustment (complaint_id);
