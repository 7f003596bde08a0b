-- id_time_tz: times of day, guideline 4.4 (G4.4-TIME-1, G4.4-TIME-2, G4.4-TIME-3)
SELECT opcname, amvalidate(oid) FROM pg_opclass
 WHERE opcname IN ('id_time_tz_ops', 'id_time_tz_hash_ops') ORDER BY opcname;

-- what a rejected value reports: SQLSTATE | message | detail | hint
CREATE FUNCTION pg_temp.try_time(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text; hnt text;
BEGIN
    RETURN 'ok: ' || input::id_time_tz::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
        det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
    RETURN st || ' | ' || msg || ' | ' || det || ' | ' || hnt;
END $$;

-- G4.4-TIME-1, G4.4-TIME-2: the right forms; the output keeps what was written
SELECT v AS written, v::id_time_tz AS canonical
  FROM unnest(ARRAY['09:15:10+0700', '09:15:10', '19:15', '09:15+0800', '21:00:00+0900',
                    '00:00', '23:59:59+0900', ' 07:30 ']) WITH ORDINALITY AS t(v, i)
 ORDER BY i;

-- G4.4-TIME-3: the guideline's wrong examples, each saying what to write instead
SELECT v AS written, pg_temp.try_time(v) AS result
  FROM unnest(ARRAY[
    '09.15.10',        -- dots instead of colons
    '09.15',           -- dots instead of colons
    '9:15',            -- one-digit hour
    '09:15 WIB',       -- zone name instead of offset
    '09:15 WITA',
    '21:00 WIT'
  ]) WITH ORDINALITY AS t(v, i) ORDER BY i;

-- G4.4-TIME-3 decision and G4.4-TIME-2: ranges, offsets, form
SELECT v AS written, pg_temp.try_time(v) AS result
  FROM unnest(ARRAY[
    '24:00',           -- hours 00..23
    '23:59:60',        -- no leap seconds
    '12:60',
    '09:15+0730',      -- not an Indonesian offset
    '09:15+0600',
    '09:15-0700',
    '09:15+0000',
    '09:15 +0700',     -- offset right after the time
    '09:15:10+07:00',
    '09:15:10+07',
    '09:15 UTC+7',
    '09:15 PM',
    '09:15 EST',
    '0915',
    '09',
    '09:5',
    '09:15:1',
    '09:15:10.123',
    '09:15.10',
    '09:15+0700 ',
    '09:15+0700x',
    '',
    'noon'
  ]) WITH ORDINALITY AS t(v, i) ORDER BY i;

-- id_time_tz_normalize: the messy forms, NULL when not understood
SELECT v AS written, id_time_tz_normalize(v) AS normalized
  FROM unnest(ARRAY['09.15', '9:15', '09:15 WIB', '09.15.10 WITA', '21:00 WIT',
                    '09:15:10 +07:00', '09:15:10+07', '9.15 wib', 'pukul 09.15 WIB', 'Jam 21:00',
                    '09:15 GMT+08:00', '09:15:10+0700', '09:15 +0730', '24.00', '0915',
                    '09:15 PM', '09:15 WIB +0700', '', 'kemarin']) WITH ORDINALITY AS t(v, i)
 ORDER BY i;
SELECT id_time_tz_normalize(NULL) IS NULL AS null_in;

-- offset and zone
SELECT v, id_time_tz_offset(v) AS "offset", id_time_tz_zone(v) AS zone
  FROM (VALUES ('09:15+0700'::id_time_tz, 1), ('09:15+0800', 2), ('09:15:00+0900', 3), ('09:15', 4)) t(v, i)
 ORDER BY i;

-- casts to time and timetz; a time without offset takes opendata_id.default_offset
SHOW opendata_id.default_offset;
SELECT v, v::time AS as_time, v::timetz AS as_timetz
  FROM (VALUES ('09:15:10+0800'::id_time_tz, 1), ('21:00', 2), ('23:59:59+0900', 3), ('00:00', 4)) t(v, i)
 ORDER BY i;
SET opendata_id.default_offset = '+0900';
SELECT '21:00'::id_time_tz::timetz AS default_wit, '21:00+0800'::id_time_tz::timetz AS written_wins;
-- the setting changes casts, never ordering or equality
SELECT '08:00'::id_time_tz > '08:30+0800'::id_time_tz AS ordered_as_wib,
       id_time_tz_same_instant('08:00', '09:00+0800') AS same_as_wib;
SET opendata_id.default_offset = '+0730';
SET opendata_id.default_offset = 'WIB';
SHOW opendata_id.default_offset;
RESET opendata_id.default_offset;
SELECT '21:00'::id_time_tz::timetz AS default_wib;
SELECT p.proname, p.provolatile FROM pg_proc p
 WHERE p.proname IN ('id_time_tz_to_time', 'id_time_tz_to_timetz', 'id_time_tz_in', 'id_time_tz_normalize')
 ORDER BY p.proname;
SELECT castsource::regtype, casttarget::regtype, castcontext, castmethod FROM pg_cast
 WHERE castsource = 'id_time_tz'::regtype OR casttarget = 'id_time_tz'::regtype
 ORDER BY 1::text, 2::text;
SELECT '09:15:10'::text::id_time_tz::text AS via_text, '09:15+0800'::varchar::id_time_tz::varchar AS via_varchar;

-- equality: same time, offset and precision; same instant is a separate question
SELECT '08:15+0700'::id_time_tz = '09:15+0800'::id_time_tz AS eq_across_zones,
       id_time_tz_same_instant('08:15+0700', '09:15+0800') AS same_instant,
       id_time_tz_same_instant('08:15', '08:15+0700') AS no_offset_is_wib,
       '08:15'::id_time_tz = '08:15+0700'::id_time_tz AS eq_no_offset,
       '08:15'::id_time_tz = '08:15:00'::id_time_tz AS eq_precision,
       id_time_tz_same_instant('08:15', '08:15:00') AS same_instant_precision,
       '08:15'::id_time_tz = ' 08:15'::id_time_tz AS eq_blanks;

-- ordering: by instant (no offset as +0700), then offset as core timetz orders zones, then precision
SELECT v FROM unnest(ARRAY['09:15+0800', '08:15+0700', '10:15+0900', '08:15', '08:15:00',
                           '08:15:00+0700', '23:00', '00:30+0900', '06:59:59+0700', '00:00',
                           '07:00+0800', '12:00+0700', '13:00+0800', '14:00:00+0900'
                          ]::id_time_tz[]) v
 ORDER BY v;

-- the order agrees with core timetz wherever an offset is written
CREATE TABLE tz_times (id serial PRIMARY KEY, t id_time_tz NOT NULL);
INSERT INTO tz_times (t)
  SELECT (to_char(make_time(h, m, 0), 'HH24:MI') || o)::id_time_tz
    FROM generate_series(0, 23) h, generate_series(0, 59, 7) m, unnest(ARRAY['', '+0700', '+0800', '+0900']) o;
INSERT INTO tz_times (t)
  SELECT (to_char(make_time(h, m, s), 'HH24:MI:SS') || o)::id_time_tz
    FROM generate_series(0, 23, 5) h, generate_series(0, 59, 13) m, generate_series(0, 59, 29) s,
         unnest(ARRAY['', '+0700', '+0800', '+0900']) o;
SELECT count(*) AS tz_times FROM tz_times;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE sign(id_time_tz_cmp(a.t, b.t)) <> sign(CASE WHEN a.t::timetz < b.t::timetz THEN -1
                                                                        WHEN a.t::timetz > b.t::timetz THEN 1 ELSE 0 END))
         AS disagree_with_timetz
  FROM tz_times a, tz_times b
 WHERE id_time_tz_offset(a.t) IS NOT NULL AND id_time_tz_offset(b.t) IS NOT NULL AND a.id % 7 = 0 AND b.id % 5 = 0;
-- = agrees with the order, hash agrees with =
SELECT count(*) FILTER (WHERE (a.t = b.t) <> (id_time_tz_cmp(a.t, b.t) = 0)) AS eq_vs_cmp,
       count(*) FILTER (WHERE (a.t < b.t) <> (id_time_tz_cmp(a.t, b.t) < 0)) AS lt_vs_cmp,
       count(*) FILTER (WHERE a.t = b.t AND id_time_tz_hash(a.t) <> id_time_tz_hash(b.t)) AS hash_vs_eq,
       count(*) FILTER (WHERE a.t = b.t AND id_time_tz_hash_extended(a.t, 7) <> id_time_tz_hash_extended(b.t, 7)) AS xhash_vs_eq,
       count(*) FILTER (WHERE (a.t = b.t) <> (a.t::text = b.t::text)) AS eq_vs_text
  FROM tz_times a, tz_times b WHERE a.id % 3 = 0 AND b.id % 4 = 0;
-- round trip: the text is stable, the value unchanged
SELECT count(*) FILTER (WHERE t::text::id_time_tz <> t) AS value_changed,
       count(*) FILTER (WHERE t::text <> t::text::id_time_tz::text) AS text_changed,
       count(*) FILTER (WHERE NOT id_time_tz_is_valid(t::text)) AS invalid
  FROM tz_times;

CREATE INDEX tz_times_t ON tz_times (t);
CREATE INDEX tz_times_t_hash ON tz_times USING hash (t);
ANALYZE tz_times;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM tz_times WHERE t = '08:14+0800';
SELECT count(*) FROM tz_times WHERE t = '08:14+0800';
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT t FROM tz_times WHERE t >= '09:00+0800' ORDER BY t LIMIT 5;
SELECT t FROM tz_times WHERE t >= '09:00+0800' ORDER BY t LIMIT 5;
SELECT count(*) FROM tz_times WHERE t BETWEEN '08:00' AND '09:00';
RESET enable_bitmapscan;
RESET enable_seqscan;
SELECT count(*) FROM tz_times WHERE t BETWEEN '08:00' AND '09:00';

-- hash join and hash aggregate
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM tz_times a JOIN tz_times b ON a.t = b.t;
SELECT count(*) FROM tz_times a JOIN tz_times b ON a.t = b.t;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT t, count(*) FROM tz_times GROUP BY t;
SELECT count(*) AS groups, max(n) FROM (SELECT t, count(*) AS n FROM tz_times GROUP BY t) g;
RESET enable_sort;
SELECT count(DISTINCT t) FROM tz_times;

-- hash partitioning uses the extended hash
CREATE TABLE tz_times_part (t id_time_tz) PARTITION BY HASH (t);
CREATE TABLE tz_times_part_0 PARTITION OF tz_times_part FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE tz_times_part_1 PARTITION OF tz_times_part FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO tz_times_part SELECT t FROM tz_times;
SELECT (SELECT count(*) FROM tz_times_part_0) > 0 AND (SELECT count(*) FROM tz_times_part_1) > 0 AS both_used,
       (SELECT count(*) FROM tz_times_part) AS total;

-- a unique column: the same instant written in two zones is two values
CREATE TABLE tz_jadwal (t id_time_tz UNIQUE);
INSERT INTO tz_jadwal VALUES ('08:15+0700'), ('09:15+0800');
INSERT INTO tz_jadwal VALUES ('08:15+0700');

-- binary COPY out and back in
COPY (SELECT t FROM tz_times ORDER BY id) TO '/tmp/odi_time_tz.bin' (FORMAT binary);
CREATE TABLE tz_times_back (t id_time_tz);
COPY tz_times_back FROM '/tmp/odi_time_tz.bin' (FORMAT binary);
SELECT (SELECT count(*) FROM tz_times_back) AS copied,
       (SELECT count(*) FROM (SELECT t::text FROM tz_times EXCEPT ALL SELECT t::text FROM tz_times_back) d) AS lost;
-- the binary format is pinned: seconds << 3 | offset code << 1 | has seconds
SELECT encode(id_time_tz_send('09:15:10+0700'), 'hex') AS wib_seconds,
       encode(id_time_tz_send('09:15'), 'hex') AS no_offset,
       encode(id_time_tz_send('23:59:59+0900'), 'hex') AS wit_last;
SELECT encode(id_time_tz_send('09:15:10+0700'), 'hex')
       = lpad(to_hex(((9 * 3600 + 15 * 60 + 10) << 3) | (1 << 1) | 1), 8, '0') AS wib_bits,
       encode(id_time_tz_send('09:15'), 'hex') = lpad(to_hex((9 * 3600 + 15 * 60) << 3), 8, '0') AS plain_bits,
       encode(id_time_tz_send('23:59:59+0900'), 'hex') = lpad(to_hex((86399 << 3) | (3 << 1) | 1), 8, '0') AS wit_bits;

-- hostile binary input: 22P03, nothing stored
CREATE FUNCTION pg_temp.copy_binary(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text;
BEGIN
    EXECUTE format('COPY (%s) TO %L (FORMAT binary)', q, '/tmp/odi_time_tz_bad.bin');
    COPY tz_times_back FROM '/tmp/odi_time_tz_bad.bin' (FORMAT binary);
    RETURN 'stored';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN st || ' | ' || msg || ' | ' || det;
END $$;
SELECT q, pg_temp.copy_binary(q) FROM unnest(ARRAY[
    'SELECT (86400 << 3)::integer',         -- second 86400
    'SELECT (-1)::integer',                 -- every bit set
    'SELECT (1 << 20)::integer',            -- a bit above the fields
    'SELECT ((9 * 3600 + 15 * 60 + 10) << 3)::integer', -- seconds in an HH:MM value
    'SELECT 0::bigint',                     -- 8 bytes
    'SELECT 0::smallint',                   -- 2 bytes
    'SELECT (((9 * 3600 + 15 * 60 + 10) << 3) | 3)::integer' -- 09:15:10+0700 itself is stored
  ]) WITH ORDINALITY AS t(q, i) ORDER BY i;
SELECT t FROM tz_times_back WHERE t = '09:15:10+0700';

-- the validator never raises, and agrees with the input function
SELECT setseed(0.4404);
CREATE TABLE tz_junk AS
  SELECT g, (SELECT string_agg(substr('0123456789:.+ WIBTA-é', 1 + floor(random() * 21)::int, 1), '')
               FROM generate_series(1, 1 + (g % 15)) WHERE g > 0) AS s
    FROM generate_series(1, 3000) g;
INSERT INTO tz_junk VALUES (0, NULL), (-1, ''), (-2, repeat('9', 10000)), (-3, '09:15' || repeat(' ', 1000) || '+0700');
INSERT INTO tz_junk
  SELECT -10 - row_number() OVER (), overlay(t::text PLACING substr('0123456789:.+ WIBTA-é', 1 + floor(random() * 21)::int, 1)
                                              FROM 1 + floor(random() * length(t::text))::int FOR 1)
    FROM tz_times WHERE id % 3 = 0;
SELECT count(*) AS strings,
       count(*) FILTER (WHERE id_time_tz_is_valid(s)) AS valid,
       count(*) FILTER (WHERE id_time_tz_is_valid(s) IS NULL) AS null_results,
       count(*) FILTER (WHERE id_time_tz_is_valid(s) <> (pg_temp.try_time(s) LIKE 'ok: %')) AS disagreements,
       count(*) FILTER (WHERE id_time_tz_is_valid(s) AND id_time_tz_normalize(s) IS DISTINCT FROM s::id_time_tz) AS normalize_changes_valid
  FROM tz_junk;
SELECT id_time_tz_is_valid(NULL) AS null_in, id_time_tz_is_valid('09:15:10+0700') AS good,
       id_time_tz_is_valid('09.15.10') AS bad;

-- the setting's value memory belongs to the GUC machinery, which frees it on
-- every change (PostgreSQL 16+ with guc_free: a malloc'd value crashed the
-- server here); SET, SET, RESET, SET LOCAL and a placeholder set before the
-- library loads, then the backend still answers (at the end: \c drops
-- the temporary functions above)
LOAD 'opendata_id';
SET opendata_id.default_offset = '+0900';
SET opendata_id.default_offset = '+0800';
SELECT '21:00'::id_time_tz::timetz AS default_wita;
RESET opendata_id.default_offset;
BEGIN;
SET LOCAL opendata_id.default_offset = '+0900';
SELECT '21:00'::id_time_tz::timetz AS local_wit;
ROLLBACK;
SELECT '21:00'::id_time_tz::timetz AS back_to_wib;
\c
SET opendata_id.default_offset = '+0800';
SELECT '21:00'::id_time_tz::timetz AS placeholder_wita;
SET opendata_id.default_offset = '+0900';
RESET opendata_id.default_offset;
SHOW opendata_id.default_offset;
