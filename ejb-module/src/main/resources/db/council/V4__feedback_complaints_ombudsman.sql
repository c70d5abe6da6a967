-- "Have your say": one register of comments, compliments, complaints and satisfaction responses;
-- complaints with the policy version they keep, their stages, clocks, letters, remedies and
-- actions; Ombudsman cases. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE feedback (
    id            BIGINT        NOT NULL PRIMARY KEY,
    kind          VARCHAR(20)   NOT NULL,
    resident_id   BIGINT        NOT NULL REFERENCES resident (id),
    channel       VARCHAR(20)   NOT NULL,
    service_id    BIGINT        REFERENCES service (id),
    contractor    VARCHAR(200),
    summary       VARCHAR(4000) NOT NULL,
    received_at   TIMESTAMP     NOT NULL,
    logged_by     VARCHAR(100)  NOT NULL,
    -- satisfaction responses: good (+1), average (0), poor (-1), with a reason
    rating        INTEGER,
    rating_reason VARCHAR(200),
    about_complaint_id BIGINT,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX feedback_resident_idx ON feedback (resident_id);
CREATE INDEX feedback_kind_received_idx ON feedback (kind, received_at);

CREATE TABLE complaint (
    id                 BIGINT        NOT NULL PRIMARY KEY REFERENCES feedback (id),
    policy_id          VARCHAR(100)  NOT NULL,
    policy_version     INTEGER       NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    ombudsman          VARCHAR(20)   NOT NULL,
    service_request_id BIGINT        REFERENCES service_request (id),
    state              VARCHAR(30)   NOT NULL,
    stage              INTEGER       NOT NULL,
    lead_officer       VARCHAR(100),
    investigator       VARCHAR(100),
    refusal_reason     VARCHAR(40),
    refusal_evidence   VARCHAR(2000),
    lessons_learned    VARCHAR(4000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX complaint_state_idx ON complaint (state, stage);
CREATE INDEX complaint_investigator_idx ON complaint (investigator);

-- A complaint about several services has one lead (feedback.service_id) and these others.
CREATE TABLE complaint_other_service (
    complaint_id  BIGINT NOT NULL REFERENCES complaint (id),
    service_id    BIGINT NOT NULL REFERENCES service (id),
    PRIMARY KEY (complaint_id, service_id)
);

-- Staff the complaint is about: never its investigator.
CREATE TABLE complaint_involved_staff (
    complaint_id  BIGINT       NOT NULL REFERENCES complaint (id),
    username      VARCHAR(100) NOT NULL,
    PRIMARY KEY (complaint_id, username)
);

CREATE SEQUENCE complaint_stage_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_stage (
    id                BIGINT        NOT NULL PRIMARY KEY,
    complaint_id      BIGINT        NOT NULL REFERENCES complaint (id),
    stage             INTEGER       NOT NULL,
    received_on       DATE          NOT NULL,
    escalation_reason VARCHAR(2000),
    acknowledged_at   TIMESTAMP,
    responder         VARCHAR(100),
    responded_at      TIMESTAMP,
    outcome           VARCHAR(20),
    response          VARCHAR(8000),
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (complaint_id, stage)
);

-- Each deadline: started, due, extended, done; breached when the daily job finds it missed.
CREATE SEQUENCE complaint_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_step (
    id               BIGINT        NOT NULL PRIMARY KEY,
    complaint_id     BIGINT        NOT NULL REFERENCES complaint (id),
    stage            INTEGER       NOT NULL,
    step             VARCHAR(40)   NOT NULL,
    started_on       DATE          NOT NULL,
    due_on           DATE          NOT NULL,
    extended_by      INTEGER       NOT NULL DEFAULT 0,
    extension_reason VARCHAR(2000),
    done_at          TIMESTAMP,
    done_on          DATE,
    breached_on      DATE,
    reminded_on      DATE,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX complaint_step_complaint_idx ON complaint_step (complaint_id);
CREATE INDEX complaint_step_running_idx ON complaint_step (done_at, due_on);

CREATE SEQUENCE complaint_remedy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_remedy (
    id            BIGINT        NOT NULL PRIMARY KEY,
    complaint_id  BIGINT        NOT NULL REFERENCES complaint (id),
    stage         INTEGER       NOT NULL,
    type          VARCHAR(20)   NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    amount        NUMERIC(12, 2)
);
CREATE INDEX complaint_remedy_complaint_idx ON complaint_remedy (complaint_id);

CREATE SEQUENCE complaint_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_action (
    id               BIGINT        NOT NULL PRIMARY KEY,
    complaint_id     BIGINT        NOT NULL REFERENCES complaint (id),
    description      VARCHAR(2000) NOT NULL,
    owner            VARCHAR(100)  NOT NULL,
    due_on           DATE          NOT NULL,
    reported_done_on DATE,
    completed_on     DATE,
    evidence         VARCHAR(2000),
    completed_by     VARCHAR(100),
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX complaint_action_complaint_idx ON complaint_action (complaint_id);

CREATE SEQUENCE complaint_letter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_letter (
    id            BIGINT         NOT NULL PRIMARY KEY,
    complaint_id  BIGINT         NOT NULL REFERENCES complaint (id),
    kind          VARCHAR(40)    NOT NULL,
    subject       VARCHAR(300)   NOT NULL,
    body          VARCHAR(12000) NOT NULL,
    produced_at   TIMESTAMP      NOT NULL,
    produced_by   VARCHAR(100)   NOT NULL
);
CREATE INDEX complaint_letter_complaint_idx ON complaint_letter (complaint_id);

-- What happened to the complaint, by whom and why: the workbench's history.
CREATE SEQUENCE complaint_history_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE complaint_history (
    id            BIGINT        NOT NULL PRIMARY KEY,
    complaint_id  BIGINT        NOT NULL REFERENCES complaint (id),
    happened_at   TIMESTAMP     NOT NULL,
    done_by       VARCHAR(100)  NOT NULL,
    what          VARCHAR(40)   NOT NULL,
    stage         INTEGER       NOT NULL,
    note          VARCHAR(2000)
);
CREATE INDEX complaint_history_complaint_idx ON complaint_history (complaint_id);

CREATE TABLE letter_template (
    kind          VARCHAR(40)    NOT NULL PRIMARY KEY,
    subject       VARCHAR(200)   NOT NULL,
    body          VARCHAR(8000)  NOT NULL,
    updated_by    VARCHAR(100)   NOT NULL,
    updated_at    TIMESTAMP      NOT NULL
);

CREATE SEQUENCE ombudsman_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ombudsman_case (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    complaint_id         BIGINT        NOT NULL REFERENCES complaint (id),
    ombudsman            VARCHAR(20)   NOT NULL,
    reference            VARCHAR(20)   NOT NULL,
    stage                VARCHAR(60)   NOT NULL,
    received_on          DATE          NOT NULL,
    decision             VARCHAR(60),
    decided_on           DATE,
    remedied_by_council  BOOLEAN       NOT NULL DEFAULT FALSE,
    findings             VARCHAR(4000),
    recorded_by          VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (ombudsman, reference)
);
CREATE INDEX ombudsman_case_complaint_idx ON ombudsman_case (complaint_id);

-- The Ombudsman's requests for information and its recommendations, each with a due date and
-- what the council did about it.
CREATE SEQUENCE ombudsman_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ombudsman_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES ombudsman_case (id),
    kind          VARCHAR(30)   NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    due_on        DATE          NOT NULL,
    done_on       DATE,
    evidence      VARCHAR(2000),
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ombudsman_item_case_idx ON ombudsman_item (case_id);

-- Reminders go to the member of staff and to their manager.
ALTER TABLE staff_user ADD COLUMN email VARCHAR(200);
ALTER TABLE staff_user ADD COLUMN manager VARCHAR(100);
