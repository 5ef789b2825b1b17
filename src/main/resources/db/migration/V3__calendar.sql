-- The working-day calendar (RULES.md §6): listed days off and 调休 make-up working days, and the years
-- whose State Council notice is known. Plain SQL that H2 and PostgreSQL both accept.
--
-- A date may have one row per source: the BUILTIN or IMPORTED day of its year's notice, and a MANUAL
-- override beside it. The override wins while it exists; removing it brings the notice's day back.
-- notice_year is the year whose notice lists the day (元旦 may begin in the last days of December of
-- the year before), so that a year is replaced as a whole when a newer notice is imported.

CREATE TABLE calendar_day (
    cal_date     DATE         NOT NULL,
    source       VARCHAR(10)  NOT NULL,
    off_day      BOOLEAN      NOT NULL,
    day_name     VARCHAR(100),
    notice_year  INT          NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (cal_date, source),
    CONSTRAINT ck_calendar_day_source CHECK (source IN ('BUILTIN', 'IMPORTED', 'MANUAL'))
);

CREATE INDEX ix_calendar_day_notice ON calendar_day (notice_year, source);

CREATE TABLE calendar_year (
    cal_year     INT          PRIMARY KEY,
    source       VARCHAR(10)  NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT ck_calendar_year_source CHECK (source IN ('BUILTIN', 'IMPORTED', 'MANUAL'))
);
