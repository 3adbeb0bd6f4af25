-- Citizens' QR intake: which deputy or station a printed QR token leads to, the receipt codes citizens follow
-- their petitions with, and the per-address request counters of the public endpoints.

-- The current QR token of every station and deputy, kept by QrCodeOwners in the transaction of the event that
-- issues it. A reissued token is replaced, so the old one finds nothing. station_id is the deputy's current
-- station (the station's own id for a station), for the printable sheet of one station.
CREATE TABLE qr_code (
    owner_id   VARCHAR(64)  NOT NULL,
    owner_kind VARCHAR(10)  NOT NULL,
    token      VARCHAR(64)  NOT NULL,
    station_id VARCHAR(64),
    CONSTRAINT qr_code_pk PRIMARY KEY (owner_id),
    CONSTRAINT qr_code_token_uk UNIQUE (token),
    CONSTRAINT qr_code_owner_kind_ck CHECK (owner_kind IN ('STATION', 'DEPUTY'))
);
CREATE INDEX qr_code_station_ix ON qr_code (station_id);

-- Stations and deputies registered before this migration: their latest token and station from their events.
INSERT INTO qr_code (owner_id, owner_kind, token, station_id)
SELECT DISTINCT ON (aggregate_identifier)
       aggregate_identifier,
       CASE WHEN payload_type LIKE 'cn.luzhi.events.station.%' THEN 'STATION' ELSE 'DEPUTY' END,
       convert_from(payload, 'UTF8')::jsonb ->> 'qrToken',
       CASE WHEN payload_type LIKE 'cn.luzhi.events.station.%' THEN aggregate_identifier END
  FROM domain_event_entry
 WHERE payload_type IN ('cn.luzhi.events.station.StationOpened', 'cn.luzhi.events.station.StationQrCodeReissued',
                        'cn.luzhi.events.deputy.DeputyRegistered', 'cn.luzhi.events.deputy.DeputyQrCodeReissued')
 ORDER BY aggregate_identifier, sequence_number DESC;

UPDATE qr_code q
   SET station_id = latest.station_id
  FROM (SELECT DISTINCT ON (aggregate_identifier)
               aggregate_identifier,
               COALESCE(convert_from(payload, 'UTF8')::jsonb ->> 'toStationId',
                        convert_from(payload, 'UTF8')::jsonb ->> 'stationId') AS station_id
          FROM domain_event_entry
         WHERE payload_type IN ('cn.luzhi.events.deputy.DeputyRegistered', 'cn.luzhi.events.deputy.DeputyTransferred')
         ORDER BY aggregate_identifier, sequence_number DESC) latest
 WHERE q.owner_id = latest.aggregate_identifier;

-- A citizen's receipt code (回执码) for one petition. Only its SHA-256 is kept: the code itself is shown once to
-- the citizen and is never stored, logged or put in an event.
CREATE TABLE intake_receipt (
    code_sha256 CHAR(64)    NOT NULL,
    petition_id VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT intake_receipt_pk PRIMARY KEY (code_sha256),
    CONSTRAINT intake_receipt_petition_uk UNIQUE (petition_id)
);

-- Requests to /api/public/** per client address, route class and fixed time window, counted with one upsert so
-- that every node sees the same count.
CREATE TABLE public_rate_limit (
    client_address VARCHAR(64) NOT NULL,
    route_class    VARCHAR(20) NOT NULL,
    window_start   TIMESTAMPTZ NOT NULL,
    hits           INTEGER     NOT NULL,
    CONSTRAINT public_rate_limit_pk PRIMARY KEY (client_address, route_class, window_start)
);
CREATE INDEX public_rate_limit_window_ix ON public_rate_limit (window_start);
