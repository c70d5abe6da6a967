-- Rows of a back-office system's extract files (a housing system's tenancies) are kept by their
-- natural key like events, with a digest of the row's content: a row seen again unchanged (in the
-- next full extract, or the same file dropped twice) is a duplicate; a row whose content differs is
-- applied again. resident_id is the record the row was matched to, so a later version of the row
-- reaches the same person even if the housing system has spelt their name differently.
ALTER TABLE back_office_record ADD COLUMN content_hash VARCHAR(64);
ALTER TABLE back_office_record ADD COLUMN resident_id BIGINT;
ALTER TABLE back_office_record ADD COLUMN versions INTEGER DEFAULT 1 NOT NULL;
