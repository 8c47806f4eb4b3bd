-- Why a review's clock stands still besides a correction request: expert review, hearing, testing, public notice
-- (《行政许可法》第四十五条).
ALTER TABLE casework_task ADD COLUMN suspension_reason VARCHAR(40) DEFAULT '' NOT NULL;
