-- Stations' duty rotas (接待值班表) as their publications left them: one row per station that published one, and
-- one row per deputy on duty per day, in the order the clerk listed them. A publication replaces the days of its
-- period; earlier publications stay in the event store only.
CREATE TABLE read.station_duty_rota (
    station_id        VARCHAR(64) NOT NULL,
    last_global_index BIGINT      NOT NULL,
    CONSTRAINT station_duty_rota_pk PRIMARY KEY (station_id)
);

CREATE TABLE read.station_duty_shift (
    station_id VARCHAR(64) NOT NULL REFERENCES read.station_duty_rota (station_id) ON DELETE CASCADE,
    duty_date  DATE        NOT NULL,
    seq        INTEGER     NOT NULL,
    deputy_id  VARCHAR(64) NOT NULL,
    hours      VARCHAR(50) NOT NULL,
    CONSTRAINT station_duty_shift_pk PRIMARY KEY (station_id, duty_date, seq)
);
CREATE INDEX station_duty_shift_deputy_idx ON read.station_duty_shift (deputy_id, duty_date);
