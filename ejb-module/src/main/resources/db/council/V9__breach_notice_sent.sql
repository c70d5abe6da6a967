-- A missed deadline (breached_on) and the e-mail telling the officer of it are separate facts: the
-- breach is recorded when the daily check finds it, the notice only once the mail server accepts it,
-- so a notice that failed to send is tried again at the next run. Breaches recorded before this
-- migration were told (or given up on) at the time.
ALTER TABLE complaint_step ADD COLUMN breach_notified_on DATE;
UPDATE complaint_step SET breach_notified_on = breached_on WHERE breached_on IS NOT NULL;
