-- Sign-in that cannot be turned against the council: every failed sign-in kept (who was tried,
-- from where, when; never the password), temporary locks that administrators can see and lift,
-- and API tokens for system accounts, kept only as SHA-256 digests.

-- PERSON accounts sign in with a password; SYSTEM accounts (back-office systems, Open311 clients)
-- call the API with tokens, which password guessing can neither find nor lock.
ALTER TABLE staff_user ADD COLUMN kind VARCHAR(10) DEFAULT 'PERSON' NOT NULL;
ALTER TABLE staff_user ADD COLUMN password_changed_at TIMESTAMP;
UPDATE staff_user SET kind = 'SYSTEM' WHERE username IN
    (SELECT username FROM staff_user_role WHERE role_name = 'back-office-system');

CREATE SEQUENCE sign_in_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sign_in_attempt (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    source_address  VARCHAR(64)  NOT NULL,
    attempted_at    TIMESTAMP    NOT NULL,
    mechanism       VARCHAR(10)  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL
);
CREATE INDEX sign_in_attempt_user_idx ON sign_in_attempt (username, attempted_at);
CREATE INDEX sign_in_attempt_time_idx ON sign_in_attempt (attempted_at);

CREATE SEQUENCE sign_in_lock_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sign_in_lock (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    -- NULL: locked from every address (guessing from many places at once)
    source_address  VARCHAR(64),
    locked_at       TIMESTAMP    NOT NULL,
    locked_until    TIMESTAMP    NOT NULL,
    failures        INTEGER      NOT NULL,
    lifted_at       TIMESTAMP,
    lifted_by       VARCHAR(100)
);
CREATE INDEX sign_in_lock_user_idx ON sign_in_lock (username, locked_until);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL REFERENCES staff_user (username),
    label           VARCHAR(200) NOT NULL,
    -- The token's first characters, to tell tokens apart on screen; the rest is never stored.
    shown_prefix    VARCHAR(16)  NOT NULL,
    digest          VARCHAR(64)  NOT NULL UNIQUE,
    created_at      TIMESTAMP    NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    last_used_on    DATE,
    revoked_at      TIMESTAMP,
    revoked_by      VARCHAR(100)
);
CREATE INDEX api_token_user_idx ON api_token (username);
