-- Answering calls and webchats: a published target in seconds ("Calls answered within 15 seconds"),
-- and on each call or webchat how long the resident waited and the target that applied when it was
-- logged (so that a later change of standard does not rewrite past performance).
ALTER TABLE service_standard ADD COLUMN answer_seconds INTEGER;
ALTER TABLE contact ADD COLUMN answered_after_seconds INTEGER;
ALTER TABLE contact ADD COLUMN answer_target_seconds INTEGER;
CREATE INDEX contact_started_idx ON contact (started_at);
