-- The working-day calendar (工作日历): each year's holiday arrangement as the State Council publishes it.
-- A year without a row is not published: deadlines in it are counted on weekends only and flagged provisional.
CREATE TABLE calendar_year (
    arrangement_year  INTEGER      NOT NULL PRIMARY KEY,
    notice_title      VARCHAR(200) NOT NULL,
    notice_reference  VARCHAR(100),
    notice_published  DATE,
    status            VARCHAR(20)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT calendar_year_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
);

-- Listed days: holiday days off (weekend days inside a holiday block included) and make-up working days
-- (调休上班). Days not listed follow the week.
CREATE TABLE calendar_day (
    day_date          DATE         NOT NULL PRIMARY KEY,
    arrangement_year  INTEGER      NOT NULL REFERENCES calendar_year (arrangement_year),
    kind              VARCHAR(20)  NOT NULL,
    holiday_name      VARCHAR(50)  NOT NULL,
    CONSTRAINT calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKING_DAY'))
);

CREATE INDEX calendar_day_year ON calendar_day (arrangement_year);

-- Reference data, not demo data: the arrangements for 2025 and 2026 as published.
-- 2025: 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, 2024-11-12
--       https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
-- 2026: notice of 2025-11-04, https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm
--       (its document number is left empty until checked against the official text)
INSERT INTO calendar_year (arrangement_year, notice_title, notice_reference, notice_published, status, version) VALUES
    (2025, '国务院办公厅关于2025年部分节假日安排的通知', '国办发明电〔2024〕12号', DATE '2024-11-12', 'PUBLISHED', 0),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知', NULL, DATE '2025-11-04', 'PUBLISHED', 0);

INSERT INTO calendar_day (day_date, arrangement_year, kind, holiday_name) VALUES
    (DATE '2025-01-01', 2025, 'HOLIDAY', '元旦'),
    (DATE '2025-01-26', 2025, 'MAKE_UP_WORKING_DAY', '春节'),
    (DATE '2025-01-28', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-01-29', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-01-30', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-01-31', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-02-01', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-02-02', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-02-03', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-02-04', 2025, 'HOLIDAY', '春节'),
    (DATE '2025-02-08', 2025, 'MAKE_UP_WORKING_DAY', '春节'),
    (DATE '2025-04-04', 2025, 'HOLIDAY', '清明节'),
    (DATE '2025-04-05', 2025, 'HOLIDAY', '清明节'),
    (DATE '2025-04-06', 2025, 'HOLIDAY', '清明节'),
    (DATE '2025-04-27', 2025, 'MAKE_UP_WORKING_DAY', '劳动节'),
    (DATE '2025-05-01', 2025, 'HOLIDAY', '劳动节'),
    (DATE '2025-05-02', 2025, 'HOLIDAY', '劳动节'),
    (DATE '2025-05-03', 2025, 'HOLIDAY', '劳动节'),
    (DATE '2025-05-04', 2025, 'HOLIDAY', '劳动节'),
    (DATE '2025-05-05', 2025, 'HOLIDAY', '劳动节'),
    (DATE '2025-05-31', 2025, 'HOLIDAY', '端午节'),
    (DATE '2025-06-01', 2025, 'HOLIDAY', '端午节'),
    (DATE '2025-06-02', 2025, 'HOLIDAY', '端午节'),
    (DATE '2025-09-28', 2025, 'MAKE_UP_WORKING_DAY', '国庆节、中秋节'),
    (DATE '2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
    (DATE '2025-10-11', 2025, 'MAKE_UP_WORKING_DAY', '国庆节、中秋节');

INSERT INTO calendar_day (day_date, arrangement_year, kind, holiday_name) VALUES
    (DATE '2026-01-01', 2026, 'HOLIDAY', '元旦'),
    (DATE '2026-01-02', 2026, 'HOLIDAY', '元旦'),
    (DATE '2026-01-03', 2026, 'HOLIDAY', '元旦'),
    (DATE '2026-01-04', 2026, 'MAKE_UP_WORKING_DAY', '元旦'),
    (DATE '2026-02-14', 2026, 'MAKE_UP_WORKING_DAY', '春节'),
    (DATE '2026-02-15', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-16', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-17', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-18', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-19', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-20', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-21', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-22', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-23', 2026, 'HOLIDAY', '春节'),
    (DATE '2026-02-28', 2026, 'MAKE_UP_WORKING_DAY', '春节'),
    (DATE '2026-04-04', 2026, 'HOLIDAY', '清明节'),
    (DATE '2026-04-05', 2026, 'HOLIDAY', '清明节'),
    (DATE '2026-04-06', 2026, 'HOLIDAY', '清明节'),
    (DATE '2026-05-01', 2026, 'HOLIDAY', '劳动节'),
    (DATE '2026-05-02', 2026, 'HOLIDAY', '劳动节'),
    (DATE '2026-05-03', 2026, 'HOLIDAY', '劳动节'),
    (DATE '2026-05-04', 2026, 'HOLIDAY', '劳动节'),
    (DATE '2026-05-05', 2026, 'HOLIDAY', '劳动节'),
    (DATE '2026-05-09', 2026, 'MAKE_UP_WORKING_DAY', '劳动节'),
    (DATE '2026-06-19', 2026, 'HOLIDAY', '端午节'),
    (DATE '2026-06-20', 2026, 'HOLIDAY', '端午节'),
    (DATE '2026-06-21', 2026, 'HOLIDAY', '端午节'),
    (DATE '2026-09-20', 2026, 'MAKE_UP_WORKING_DAY', '国庆节'),
    (DATE '2026-09-25', 2026, 'HOLIDAY', '中秋节'),
    (DATE '2026-09-26', 2026, 'HOLIDAY', '中秋节'),
    (DATE '2026-09-27', 2026, 'HOLIDAY', '中秋节'),
    (DATE '2026-10-01', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-02', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-03', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-04', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-05', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-06', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-07', 2026, 'HOLIDAY', '国庆节'),
    (DATE '2026-10-10', 2026, 'MAKE_UP_WORKING_DAY', '国庆节');
