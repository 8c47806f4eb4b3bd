-- A password an administrator sets (a new account, a reset, the configured first administrator) is known to two
-- people: its holder must change it at the next login. Until now every staff password was set that way (nobody could
-- change their own), so every account but the demo accounts is marked.
ALTER TABLE people_staff ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE people_staff SET password_change_required = TRUE WHERE demo = FALSE;
