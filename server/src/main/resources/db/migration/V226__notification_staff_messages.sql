-- Messages to staff go through the same outbox, addressed by login name (staff have no phone on record).
ALTER TABLE notification_message ADD COLUMN staff_username VARCHAR(32);
ALTER TABLE notification_message ALTER COLUMN phone_encrypted DROP NOT NULL;
