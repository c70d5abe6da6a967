-- PostgreSQL only (H2 has no table partitioning; Flyway reads this location only on PostgreSQL, and
-- its files take point versions, V2_1, so that the next shared migration can still be V3).
-- The contact fact is the one fact of tens of millions of rows: partitioned by the financial year
-- (April to March) of its date, a year's report scans one partition, and a year past retention can
-- be detached and dropped whole. Years outside the ranges made here fall into the default partition.
-- The primary key must include the partition column; the loads delete a contact's facts by
-- contact_id before copying it again, so a contact still has one row.
CREATE TABLE fact_contact_by_year (LIKE fact_contact INCLUDING DEFAULTS) PARTITION BY RANGE (date_key);

DO $$
BEGIN
    FOR y IN 2010..2045 LOOP
        EXECUTE format('CREATE TABLE fact_contact_fy%s PARTITION OF fact_contact_by_year FOR VALUES FROM (%s) TO (%s)',
                       y, y * 10000 + 401, (y + 1) * 10000 + 401);
    END LOOP;
END $$;
CREATE TABLE fact_contact_other_years PARTITION OF fact_contact_by_year DEFAULT;

-- The new table starts empty: contact facts are derived, so rather than copy tens of millions of rows
-- while the server starts, the contact fact's watermark is forgotten and the next load copies every
-- contact again in its restartable chunks.
DROP TABLE fact_contact;
ALTER TABLE fact_contact_by_year RENAME TO fact_contact;
ALTER TABLE fact_contact ADD CONSTRAINT fact_contact_pkey PRIMARY KEY (contact_id, date_key);
CREATE INDEX fact_contact_date_idx ON fact_contact (date_key);
CREATE INDEX fact_contact_resident_idx ON fact_contact (resident_id);
DELETE FROM load_work WHERE fact = 'contact';
DELETE FROM load_watermark WHERE fact = 'contact';

-- A rebuild empties the facts with TRUNCATE (twenty million rows at once, where DELETE takes minutes),
-- so the application's role (db/council-postgresql V9_1) may truncate the warehouse's tables; never
-- its migration history.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'council_app') THEN
        GRANT TRUNCATE ON ALL TABLES IN SCHEMA warehouse TO council_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA warehouse GRANT TRUNCATE ON TABLES TO council_app;
        REVOKE ALL ON flyway_schema_history FROM council_app;
    END IF;
END $$;
