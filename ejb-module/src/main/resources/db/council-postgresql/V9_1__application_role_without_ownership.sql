-- The application's own role: it reads and writes rows and owns nothing, so it can neither change
-- the audit trail (no UPDATE, DELETE or TRUNCATE on audit_event, and the trigger besides) nor switch
-- the trigger off (only the owner may alter the table). Migrations run as the owner (SchemaOwner).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'council_app') THEN
        CREATE ROLE council_app NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA council TO council_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA council TO council_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA council TO council_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA council GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO council_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA council GRANT USAGE, SELECT ON SEQUENCES TO council_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM council_app;
REVOKE ALL ON flyway_schema_history FROM council_app;

-- The warehouse schema has its own history and may be migrated before or after this: its tables now
-- and those its migrations make later are the application's to load and read.
CREATE SCHEMA IF NOT EXISTS warehouse;
GRANT USAGE ON SCHEMA warehouse TO council_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA warehouse TO council_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA warehouse TO council_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA warehouse GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO council_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA warehouse GRANT USAGE, SELECT ON SEQUENCES TO council_app;

-- The login the application runs as (council.db.user) joins the role, unless it is the owner itself.
DO $$
BEGIN
    IF '${applicationLogin}' <> '' AND '${applicationLogin}' <> current_user
            AND EXISTS (SELECT FROM pg_roles WHERE rolname = '${applicationLogin}') THEN
        EXECUTE format('GRANT council_app TO %I', '${applicationLogin}');
    END IF;
END
$$;
