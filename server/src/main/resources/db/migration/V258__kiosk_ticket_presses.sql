-- The kiosk's ticket buttons (docs/adr/0050): each screen's one-time token, claimed by its first press on any node, and
-- the ticket that press took, so that a second press of the same button — sent at the same moment, maybe to another
-- node — answers that ticket instead of taking another. Rows older than a day are removed as new presses come.
CREATE TABLE kiosk_ticket_press (
    token      VARCHAR(36)              PRIMARY KEY,
    ticket_id  VARCHAR(40),
    pressed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kiosk_ticket_press_age ON kiosk_ticket_press (pressed_at);
