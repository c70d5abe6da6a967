-- The borough's population from the Census baseline an administrator imported (council.census_population),
-- copied whole at each load: the equality report compares the council's customers with it, and the
-- annual report counts Ombudsman decisions per 100,000 residents. Counts of people, never one person.
CREATE TABLE population_baseline (
    census_table   VARCHAR(10)  NOT NULL,
    geography_code VARCHAR(9)   NOT NULL,
    census_label   VARCHAR(300) NOT NULL,
    column_kind    VARCHAR(10)  NOT NULL,                -- TOTAL, SUBTOTAL or CATEGORY
    category       VARCHAR(60),                          -- the questionnaire's answer it counts, if any
    age_from       INTEGER,
    age_to         INTEGER,
    residents      BIGINT       NOT NULL,
    PRIMARY KEY (census_table, geography_code, census_label)
);
