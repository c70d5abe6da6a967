-- What administrators enter for the annual complaints report (reports module, assessment package):
-- the council's self-assessment against each section of the Complaint Handling Code, and the averages for
-- similar authorities from the Ombudsman's annual review letter. Both are kept per financial year and
-- never overwritten: each change is a new version, the report prints the latest, the history stays.
CREATE TABLE code_self_assessment (
    financial_year VARCHAR(7)    NOT NULL,             -- 2025-26
    code_section   INTEGER       NOT NULL,             -- the Code's section number, 1 to 9
    version        INTEGER       NOT NULL,
    compliance     VARCHAR(20)   NOT NULL,             -- COMPLIES, PARTLY, DOES_NOT_COMPLY
    explanation    VARCHAR(4000) NOT NULL,             -- how the council meets it, or what it will do and by when
    evidence       VARCHAR(4000) NOT NULL,             -- where the evidence is: policies, training records, reports
    recorded_at    TIMESTAMP     NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    PRIMARY KEY (financial_year, code_section, version)
);

CREATE TABLE ombudsman_averages (
    financial_year     VARCHAR(7)    NOT NULL,
    version            INTEGER       NOT NULL,
    authority_type     VARCHAR(40)   NOT NULL,         -- the similar authorities the letter compares with
    upheld_rate        DECIMAL(5, 1),                  -- per cent of investigations
    upheld_per_100k    DECIMAL(7, 2),                  -- upheld decisions per 100,000 residents
    compliance_rate    DECIMAL(5, 1),                  -- per cent of recommendations complied with
    remedied_rate      DECIMAL(5, 1),                  -- per cent of upheld cases remedied by the council first
    source             VARCHAR(400)  NOT NULL,         -- the letter: its date or address
    recorded_at        TIMESTAMP     NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    PRIMARY KEY (financial_year, version)
);
