-- The working-day calendar as administrators keep it: days the council itself is closed, and bank
-- holidays imported from a newer GOV.UK file, replacing the shipped ones for the years it covers.
-- (Not a column called "day": H2 reserves the word.)

CREATE TABLE council_closure (
    closed_on  DATE          NOT NULL PRIMARY KEY,
    reason     VARCHAR(200)  NOT NULL,
    added_by   VARCHAR(100)  NOT NULL,
    added_at   TIMESTAMP     NOT NULL
);

CREATE TABLE imported_bank_holiday (
    nation       VARCHAR(30)   NOT NULL,
    holiday_on   DATE          NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    imported_by  VARCHAR(100)  NOT NULL,
    imported_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (nation, holiday_on)
);
CREATE INDEX imported_bank_holiday_nation_idx ON imported_bank_holiday (nation);
