-- The hall (ADR 0040): appointments by counter type and slot, the day's tickets and their calling.

-- one row a slot that has had a booking: its row lock lines up the bookings of the slot (capacity held under it)
CREATE TABLE hall_slot_booking (
    counter_type VARCHAR(8) NOT NULL,
    service_day DATE NOT NULL,
    slot_minute INT NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (counter_type, service_day, slot_minute)
);

CREATE TABLE hall_appointment (
    id VARCHAR(36) PRIMARY KEY,
    reference VARCHAR(12) NOT NULL UNIQUE,
    account VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    counter_type VARCHAR(8) NOT NULL,
    service_day DATE NOT NULL,
    slot_minute INT NOT NULL,
    slot_end_minute INT NOT NULL,
    subject VARCHAR(64),
    status VARCHAR(16) NOT NULL,
    booked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ticket_id VARCHAR(36),
    CONSTRAINT hall_appointment_once UNIQUE (account, idempotency_key)
);
CREATE INDEX hall_appointment_slot ON hall_appointment (counter_type, service_day, slot_minute, status);
CREATE INDEX hall_appointment_account ON hall_appointment (account, service_day);
CREATE INDEX hall_appointment_due ON hall_appointment (status, service_day);

-- a day's ticket numbers per counter type (A001…)
CREATE TABLE hall_ticket_sequence (
    counter_type VARCHAR(8) NOT NULL,
    service_day DATE NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (counter_type, service_day)
);

CREATE TABLE hall_ticket (
    id VARCHAR(36) PRIMARY KEY,
    service_day DATE NOT NULL,
    counter_type VARCHAR(8) NOT NULL,
    number VARCHAR(16) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    account VARCHAR(100),
    appointment_id VARCHAR(36),
    slot_minute INT,
    status VARCHAR(16) NOT NULL,
    taken_at TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    transferred_from VARCHAR(8),
    called_at TIMESTAMP WITH TIME ZONE,
    called_by VARCHAR(100),
    counter_number VARCHAR(16),
    recalls INT DEFAULT 0 NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    case_number VARCHAR(40),
    version INT DEFAULT 0 NOT NULL,
    CONSTRAINT hall_ticket_number UNIQUE (service_day, number)
);
CREATE INDEX hall_ticket_queue ON hall_ticket (service_day, counter_type, status);
CREATE INDEX hall_ticket_counter ON hall_ticket (service_day, counter_number, status);
