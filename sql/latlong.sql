-- latlong: coordinates, guideline 4.5 (G4.5-LAT, G4.5-LON, G4.5-PREC)
SELECT opcname, amvalidate(oid) FROM pg_opclass
 WHERE opcname IN ('latlong_ops', 'latlong_hash_ops', 'latlong_gist_ops') ORDER BY opcname;

-- what a rejected value reports: SQLSTATE | message | detail | hint
CREATE FUNCTION pg_temp.try_sql(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text; hnt text; r text := 'done';
BEGIN
    IF q ~* '^\s*select' THEN
        EXECUTE q INTO r;
    ELSE
        EXECUTE q;
    END IF;
    RETURN 'ok: ' || r;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
        det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
    RETURN concat_ws(' | ', st, msg, nullif(det, ''), nullif(hnt, ''));
END $$;
CREATE FUNCTION pg_temp.try_latlong(input text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.try_sql(format('SELECT %L::latlong::text', input)) $$;

-- G4.5-PREC: the guideline's examples; at least 4 decimals, every given digit kept
SELECT v AS written, v::latlong AS canonical
  FROM unnest(ARRAY['30.0000, 110.0000', '-15.6821828, -62.6821828', '30, 110',
                    '-15.6821828, 110.0000', '30.0000, -62.6821828',
                    '-6.2, 106.8', '-6.1754,106.8272', '(-6.1754,106.8272)', ' ( -6.1754 , 106.8272 ) ',
                    '+6.1, +95.3', '-0, -0.0', '90, 180', '-90, -180', '-6.175400, 106.82720',
                    '1.123456789012345, 106.123456789012345']) v;

-- G4.5-LAT, G4.5-LON: wrong values, with what the error says
SELECT v AS written, pg_temp.try_latlong(v) AS result
  FROM unnest(ARRAY[
    '106.8272, -6.1754',        -- swapped: the hint asks (G4.5-LAT)
    '140.7181, -2.5337',        -- Jayapura swapped
    '-91, 0',                   -- "0, -91" would be valid: the hint asks too
    '100, 100',                 -- swapping does not help: 100 cannot be a latitude
    '0, 180.0000001',           -- longitude out of range (G4.5-LON)
    '0, -181',
    '200, 300',                 -- both
    '90.000000000000001, 0',    -- just above the pole
    '1.1234567890123456, 0',    -- 16 decimals cannot be kept (G4.5-PREC)
    '',
    '-6.1754',
    '-6.1754,',
    ', 106.8',
    '-6.1754 106.8272',         -- no comma
    '-6,1754, 106,8272',        -- decimal commas are for latlong_normalize
    '-6.1754; 106.8272',
    '6.1754 S, 106.8272 E',
    '-6., 106.8',
    '.5, 106.8',
    '(-6.2, 106.8',
    '-6.2, 106.8)',
    '1e1, 2',
    '-6.2°, 106.8°',
    'NaN, 0',
    '-6.2, 106.8, 0'
  ]) v;

-- the input function's own error, as a user sees it
SELECT '106.8272, -6.1754'::latlong;
SELECT 'lat -6.2'::latlong;

-- canonical form: reading the output back gives an equal value and the same text
CREATE TABLE ll_written_forms (v text);
INSERT INTO ll_written_forms VALUES ('30, 110'), ('30.00, 110.0'), ('30.0000, 110.0000'), ('30.000000, 110.0000'),
  ('-15.6821828, -62.6821828'), ('-6.2, 106.8'), ('(-6.2,106.8)'), ('-6.20000, 106.8000'), ('0, 0'), ('-0.0, 0'),
  ('89.999999999999999, -179.999999999999999');
SELECT v, v::latlong AS canonical,
       v::latlong::text::latlong = v::latlong AS same_value,
       v::latlong::text = v::latlong::text::latlong::text AS same_text
  FROM ll_written_forms ORDER BY v;

-- equality is by position, the number of decimals is not compared (documented);
-- order is latitude, then longitude; hash agrees with equality
SELECT '30, 110'::latlong = '30.0000, 110.000000'::latlong AS precision_ignored,
       '-6.2, 106.8'::latlong = '-6.2000001, 106.8'::latlong AS different_positions,
       latlong_hash('30, 110') = latlong_hash('30.0000, 110.000000') AS same_hash,
       latlong_hash_extended('30, 110', 7) = latlong_hash_extended('30.00000, 110', 7) AS same_hash_extended,
       latlong_hash('-6.2, 106.8') = latlong_hash('-6.2, 106.9') AS hash_differs;
SELECT v FROM (VALUES ('-6.2, 106.8'::latlong), ('-6.2, -106.8'), ('6.2, 106.8'), ('-90, 0'), ('90, -180'),
                      ('-6.2, 106.80001'), ('0, 0'), ('-6.20000001, 179')) t(v)
 ORDER BY v;
SELECT count(DISTINCT v::latlong) AS distinct_positions FROM ll_written_forms WHERE v LIKE '30%' OR v LIKE '-6.2%' OR v LIKE '(-6.2%';

-- constructor, accessors, point casts (x = longitude, y = latitude)
SELECT latlong(-6.1754, 106.8272) AS ctor, latlong(30, 110) AS whole, latlong(0.1 + 0.2, -0.0) AS rounded,
       latitude('-6.1754, 106.8272') AS lat, longitude('-6.1754, 106.8272') AS lon,
       latitude('-15.6821828, -62.6821828') = -15.6821828::float8 AS exact_double;
SELECT '-6.1754, 106.8272'::latlong::point AS to_point, point(106.8272, -6.1754)::latlong AS from_point,
       point(106.8272, -6.1754)::latlong::point ~= point(106.8272, -6.1754) AS round_trip;
SELECT q, pg_temp.try_sql(q) FROM unnest(ARRAY[
    'SELECT latlong(106.8272, -6.1754)::text',             -- swapped
    'SELECT latlong(0, 200)::text',
    'SELECT latlong(''NaN'', 0)::text',
    'SELECT latlong(''Infinity'', 0)::text',
    'SELECT point(-6.1754, 106.8272)::latlong::text'         -- x must be the longitude
  ]) q;

-- real coordinates of Indonesian cities and islands (and neighbours)
CREATE TABLE ll_places (name text PRIMARY KEY, pos latlong NOT NULL);
INSERT INTO ll_places VALUES
  ('Jakarta (Monas)', '-6.1754, 106.8272'), ('Surabaya (Tugu Pahlawan)', '-7.2458, 112.7378'),
  ('Bandung (Gedung Sate)', '-6.9025, 107.6188'), ('Medan', '3.5952, 98.6722'),
  ('Makassar', '-5.1477, 119.4327'), ('Semarang', '-6.9667, 110.4167'),
  ('Yogyakarta', '-7.7956, 110.3695'), ('Denpasar', '-8.6705, 115.2126'),
  ('Palembang', '-2.9761, 104.7754'), ('Pontianak', '-0.0263, 109.3425'),
  ('Balikpapan', '-1.2379, 116.8529'), ('Manado', '1.4748, 124.8421'),
  ('Ambon', '-3.6954, 128.1814'), ('Kupang', '-10.1772, 123.6070'),
  ('Jayapura', '-2.5337, 140.7181'), ('Merauke', '-8.4991, 140.4049'),
  ('Sabang (Pulau Weh)', '5.8946, 95.3192'), ('Pulau Rote (Nemberala)', '-10.8333, 122.8167'),
  ('Pulau Miangas', '5.5667, 126.5833'), ('Banda Aceh', '5.5483, 95.3238'),
  ('Mataram (Lombok)', '-8.5833, 116.1167'), ('Ternate', '0.7833, 127.3667'),
  ('Singapore', '1.3521, 103.8198'), ('Kuala Lumpur', '3.1390, 101.6869'),
  ('Dili', '-8.5569, 125.5603'), ('Manila', '14.5995, 120.9842'),
  ('Darwin', '-12.4634, 130.8456'), ('Port Moresby', '-9.4438, 147.1803');
-- latlong_in_indonesia is a bounding box: Singapore, Kuala Lumpur and Dili are inside it
SELECT name, pos, latlong_in_indonesia(pos) AS in_box FROM ll_places ORDER BY pos;

-- distances: haversine on the mean sphere.  Reference: Monas (6 10 31.4 S, 106 49 37.9 E)
-- to Tugu Pahlawan (7 14 45 S, 112 44 16 E) is 664.1 km on the WGS 84 ellipsoid
-- (Vincenty's inverse formula, computed outside this project); the sphere may be off
-- by up to 0.5 % from the ellipsoid.
SELECT round((pos <-> '-7.2458, 112.7378')::numeric / 1000, 1) AS km,
       abs(latlong_distance(pos, '-7.2458, 112.7378') / 664108 - 1) < 0.005 AS within_half_percent
  FROM ll_places WHERE name = 'Jakarta (Monas)';
-- more pairs against Vincenty on WGS 84 (metres, computed outside this project)
SELECT a, b, round(latlong_distance(pa.pos, pb.pos)) AS metres, ref,
       abs(latlong_distance(pa.pos, pb.pos) / ref - 1) < 0.005 AS within_half_percent
  FROM (VALUES ('Jakarta (Monas)', 'Medan', 1410319), ('Jakarta (Monas)', 'Makassar', 1401009),
               ('Jakarta (Monas)', 'Jayapura', 3782426), ('Sabang (Pulau Weh)', 'Merauke', 5251287),
               ('Jakarta (Monas)', 'Denpasar', 965854)) r(a, b, ref)
  JOIN ll_places pa ON pa.name = a JOIN ll_places pb ON pb.name = b
 ORDER BY a, b;

-- an independent implementation: contrib/earthdistance (3-D chord, radius 6378168 m)
CREATE EXTENSION cube;
CREATE EXTENSION earthdistance;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE abs(latlong_distance(a.pos, b.pos) * 6378168 / 6371008.8
                                  - earth_distance(ll_to_earth(latitude(a.pos), longitude(a.pos)),
                                                   ll_to_earth(latitude(b.pos), longitude(b.pos))))
                              > 1e-6 * latlong_distance(a.pos, b.pos) + 1e-3) AS disagreements
  FROM ll_places a, ll_places b;
SELECT round(latlong_distance('0, 179.9', '0, -179.9')::numeric, 6) = round(latlong_distance('0, -0.1', '0, 0.1')::numeric, 6) AS across_antimeridian,
       latlong_distance('90, 0', '90, 123') < 1e-6 AS pole_is_one_point,
       round(latlong_distance('0, 0', '0, 180')) = round(pi() * 6371008.8) AS antipodes,
       '-6.2, 106.8'::latlong <-> '-6.3, 106.9' = '-6.3, 106.9'::latlong <-> '-6.2, 106.8' AS symmetric;

-- box containment: x = longitude, y = latitude, edges included
SELECT name FROM ll_places WHERE pos <@ box(point(105, -9), point(116, -5)) ORDER BY name;
SELECT box(point(105, -9), point(116, -5)) @> '-6.1754, 106.8272'::latlong AS box_holds,
       '-9, 105'::latlong <@ box(point(105, -9), point(116, -5)) AS on_corner,
       latlong_circle_box('-6.2, 106.8', -1) AS negative_radius;
-- the circle's box: rounded outwards to 4 decimals for display
CREATE FUNCTION pg_temp.box_text(b box) RETURNS text LANGUAGE sql AS $$
    SELECT format('lat %s..%s, lon %s..%s', floor((b[1])[1] * 1e4) / 1e4, ceil((b[0])[1] * 1e4) / 1e4,
                  floor((b[1])[0] * 1e4) / 1e4, ceil((b[0])[0] * 1e4) / 1e4) $$;
SELECT c, metres, pg_temp.box_text(latlong_circle_box(c, metres))
  FROM (VALUES ('-6.2, 106.8'::latlong, 10000::float8), ('-6.2, 106.8', 1000000), ('60, 10', 100000),
               ('89.99, 0', 10000), ('-89.95, 0', 10000), ('0, 179.99', 10000), ('0, -179.99', 10000),
               ('0, 0', 'Infinity'), ('0, 0', 'NaN'), ('0, 0', 20100000)) t(c, metres)
 ORDER BY c, metres;
SELECT name FROM ll_places WHERE latlong_within(pos, '-6.2, 106.8', 200000) ORDER BY name;

-- binary COPY out and back in
CREATE TABLE ll_places_back (pos latlong);
COPY (SELECT pos FROM ll_places ORDER BY name) TO '/tmp/odi_latlong.bin' (FORMAT binary);
COPY ll_places_back FROM '/tmp/odi_latlong.bin' (FORMAT binary);
SELECT (SELECT count(*) FROM ll_places_back) AS copied,
       (SELECT count(*) FROM (SELECT pos::text FROM ll_places EXCEPT ALL SELECT pos::text FROM ll_places_back) d) AS lost;
-- the binary format is pinned: per coordinate degrees * 10^15 * 16 + decimals, 8 bytes big-endian
SELECT encode(latlong_send('-6.1754, 106.8272'), 'hex') AS send_monas,
       encode(latlong_send('30, -62.6821828'), 'hex') AS send_guideline;
CREATE FUNCTION pg_temp.copy_binary(q text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.try_sql(format('COPY (%s) TO %L (FORMAT binary)', q, '/tmp/odi_latlong_bad.bin'))
           || ', then ' || pg_temp.try_sql('COPY ll_places_back FROM ''/tmp/odi_latlong_bad.bin'' (FORMAT binary)') $$;
-- a uuid is 16 raw bytes on the wire: any bit pattern
SELECT q, pg_temp.copy_binary(q) FROM unnest(ARRAY[
    'SELECT 1::bigint',                                                -- 8 bytes, not 16
    'SELECT ''00000000-0000-0000-0000-000000000000''::uuid',            -- 0 decimals
    'SELECT ''ffffffff-ffff-ffff-ffff-ffffffffffff''::uuid',            -- -1: -10^-15 degree, 15 decimals: valid
    -- latitude 90 + 10^-4 with 4 decimals
    'SELECT ''13fbe9d3-63fe-8004-0000-000000000004''::uuid',
    -- 1 unit (10^-15 degree) but only 4 decimals
    'SELECT ''00000000-0000-0014-0000-000000000004''::uuid',
    -- the canonical value of -6.1754, 106.8272
    'SELECT encode(latlong_send(''-6.1754, 106.8272''), ''hex'')::uuid'
  ]) q;
SELECT pos FROM ll_places_back WHERE pos NOT IN (SELECT pos FROM ll_places);
SELECT count(*) AS places_back_rows FROM ll_places_back;

-- the validator never raises and agrees with the input function
SELECT setseed(0.1754);
CREATE TABLE ll_junk AS
  SELECT g, (SELECT string_agg(substr(' 0123456789+-.,()°x', 1 + floor(random() * 19)::int, 1), '')
               FROM generate_series(1, 1 + (g % 23)) WHERE g > 0) AS s
    FROM generate_series(1, 3000) g;
INSERT INTO ll_junk VALUES (0, NULL), (-1, ''), (-2, repeat('9', 10000)), (-3, '-' || repeat('0', 5000) || '1, 2'),
                        (-4, '1.' || repeat('0', 5000) || ', 2');
INSERT INTO ll_junk
  SELECT -10 - row_number() OVER (), overlay(pos::text PLACING substr(' 0123456789+-.,()°x', 1 + floor(random() * 19)::int, 1)
                                           FROM 1 + floor(random() * length(pos::text))::int FOR 1)
    FROM ll_places, generate_series(1, 20)
  UNION ALL
  SELECT -5000 - row_number() OVER (), left(pos::text, k) FROM ll_places, generate_series(1, 20) k;
SELECT count(*) AS strings,
       count(*) FILTER (WHERE latlong_is_valid(s)) AS valid,
       count(*) FILTER (WHERE latlong_is_valid(s) IS NULL) AS null_results,
       count(*) FILTER (WHERE latlong_is_valid(s) <> (pg_temp.try_latlong(s) LIKE 'ok: %')) AS disagreements
  FROM ll_junk;
-- the normaliser never raises, and what it returns is canonical
SELECT count(*) FILTER (WHERE latlong_normalize(s) IS NOT NULL) AS normalized,
       count(*) FILTER (WHERE latlong_normalize(s)::text::latlong::text <> latlong_normalize(s)::text) AS unstable
  FROM ll_junk;
SELECT latlong_is_valid(NULL) AS null_in, latlong_is_valid('-6.1754, 106.8272') AS good,
       latlong_is_valid('106.8272, -6.1754') AS swapped;

-- latlong_normalize: messy real-world input, NULL when not understood with confidence
SELECT v AS written, latlong_normalize(v) AS normalized
  FROM unnest(ARRAY['-6,1754; 106,8272', '6.1754 S, 106.8272 E', '6°10''31.4"S 106°49''37.9"E',
                    '03°19''03.44" N 097°07''41.73" E', '106.8272 E, 6.1754 S', '6.1754 LS, 106.8272 BT',
                    '6° 10′ 31.4″ S, 106° 49′ 37.9″ E', '6°10.523''S 106°49.632''E', '-6.1754°, 106.8272°',
                    '-6.1754 106.8272', '-6,1754 106,8272', '(-6.1754, 106.8272)', '8°30''S 140°24''BT',
                    '-6,1754, 106,8272', '106.8272, -6.1754', '-6.1754 S, 106.8272 E', '6.1754 S, 106.8272 S',
                    '6°60''0"S 106°0''0"E', '-6.1754', 'Monas', '', '1.2.3, 4']) v;

-- GiST: nearest neighbours and circles, against sequential scans, on 10,000 points
-- spread over the globe, clustered around Indonesia, the poles and the antimeridian
SELECT setseed(0.6371);
CREATE TABLE ll_pts (id int PRIMARY KEY, pos latlong NOT NULL);
INSERT INTO ll_pts
  SELECT g, latlong(round((CASE WHEN g <= 3000 THEN degrees(asin(2 * random() - 1))
                                WHEN g <= 5000 THEN -11 + 17 * random()
                                WHEN g <= 6500 THEN 90 - 5 * random()
                                WHEN g <= 7500 THEN -90 + 3 * random()
                                ELSE 80 * random() - 40 END)::numeric, 1 + g % 7)::float8,
                    round((CASE WHEN g <= 3000 THEN 360 * random() - 180
                                WHEN g <= 5000 THEN 95 + 46 * random()
                                WHEN g <= 7500 THEN 360 * random() - 180
                                WHEN g <= 8800 THEN 180 - 2 * random()
                                ELSE -180 + 2 * random() END)::numeric, 1 + g % 6)::float8)
    FROM generate_series(1, 9980) g;
-- exactly on the poles and on both sides of the antimeridian
INSERT INTO ll_pts VALUES (9981, '90, 0'), (9982, '90, 77'), (9983, '-90, -180'), (9984, '-90, 180'),
  (9985, '0, 180'), (9986, '0, -180'), (9987, '45, 180'), (9988, '-45, -180'), (9989, '89.9999, 179.9999'),
  (9990, '-89.9999, -179.9999'), (9991, '0.0001, 179.9999'), (9992, '-0.0001, -179.9999'),
  (9993, '-6.1754, 106.8272'), (9994, '-6.1754, 106.8272'), (9995, '-6.17540, 106.82720'),
  (9996, '70, 179.5'), (9997, '70, -179.5'), (9998, '-70, 179.5'), (9999, '-70, -179.5'), (10000, '1, 1');
SELECT count(*) AS points, count(*) FILTER (WHERE abs(latitude(pos)) > 85) AS near_poles,
       count(*) FILTER (WHERE abs(longitude(pos)) > 178) AS near_antimeridian FROM ll_pts;
CREATE INDEX pts_pos ON ll_pts USING gist (pos);
ANALYZE ll_pts;

SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM ll_pts ORDER BY pos <-> '-6.2, 106.8' LIMIT 10;
SELECT id, pos, round((pos <-> '-6.2, 106.8')::numeric, 3) AS metres FROM ll_pts ORDER BY pos <-> '-6.2, 106.8' LIMIT 5;
RESET enable_bitmapscan;
RESET enable_seqscan;

CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text; plan text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        plan := plan || line || E'\n';
    END LOOP;
    RETURN plan;
END $$;
-- the k nearest, in order, with their distances, by whatever plan the settings allow
CREATE FUNCTION pg_temp.knn(q latlong, k int, OUT d float8[], OUT ids int[]) LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT array_agg(d ORDER BY n), array_agg(id ORDER BY n) FROM (SELECT id, pos <-> %L AS d,
                    row_number() OVER () AS n FROM (SELECT id, pos FROM ll_pts ORDER BY pos <-> %L LIMIT %s) s) t', q, q, k)
      INTO d, ids;
END $$;
-- k nearest by the index and by a sort must agree: the same distances in the same order,
-- and the same points except where the last distance is tied
CREATE FUNCTION pg_temp.knn_check(q latlong, k int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    plan text;
    idx_d float8[]; seq_d float8[]; idx_ids int[]; seq_ids int[];
BEGIN
    PERFORM set_config('enable_seqscan', 'off', true);
    PERFORM set_config('enable_indexscan', 'on', true);
    plan := pg_temp.plan_of(format('SELECT id FROM ll_pts ORDER BY pos <-> %L LIMIT %s', q, k));
    IF plan NOT LIKE '%Index Scan using pts_pos%' THEN
        RETURN 'index not used: ' || plan;
    END IF;
    SELECT * INTO idx_d, idx_ids FROM pg_temp.knn(q, k);
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_indexscan', 'off', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    plan := pg_temp.plan_of(format('SELECT id FROM ll_pts ORDER BY pos <-> %L LIMIT %s', q, k));
    IF plan LIKE '%Index%' THEN
        RETURN 'sequential plan used an index';
    END IF;
    SELECT * INTO seq_d, seq_ids FROM pg_temp.knn(q, k);
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_indexscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'on', true);
    IF idx_d IS DISTINCT FROM seq_d THEN
        RETURN 'distances differ';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(idx_ids, idx_d) u(id, d)
                WHERE d < idx_d[k] AND id <> ALL (seq_ids)) THEN
        RETURN 'points differ';
    END IF;
    RETURN format('same %s, nearest %s m, farthest %s m', cardinality(idx_d), round(idx_d[1]::numeric), round(idx_d[k]::numeric));
END $$;
SELECT q, pg_temp.knn_check(q, 50) AS k50
  FROM unnest(ARRAY['-6.2, 106.8', '0, 179.9', '0.5, -179.95', '-0.5, 180', '89.99, 45', '-89.9, -120',
                    '85, 180', '-90, 0', '90, 0', '45, -180', '10, 0', '-35.28, 149.13', '70, 179.99',
                    '-70, -179.99']::latlong[]) q;
-- the whole table in distance order, for three points
SELECT q, pg_temp.knn_check(q, 10000) AS all_points
  FROM unnest(ARRAY['-6.2, 106.8', '0, 179.9', '89.5, -170']::latlong[]) q;

-- latlong_within inlines to "p <@ box AND distance <= metres": the box uses the index
CREATE FUNCTION pg_temp.explain(q text) RETURNS SETOF text LANGUAGE sql AS $$
    SELECT regexp_split_to_table(rtrim(regexp_replace(pg_temp.plan_of(q), '''\([^'']*\)''::box', '''<box>''::box', 'g'),
                                       E'\n'), E'\n') $$;
SET enable_seqscan = off;
SELECT pg_temp.explain('SELECT id FROM ll_pts WHERE latlong_within(pos, ''-6.2, 106.8'', 50000)');
RESET enable_seqscan;
CREATE FUNCTION pg_temp.within_check(c latlong, metres float8) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    idx int[]; seq int[]; direct int[];
BEGIN
    PERFORM set_config('enable_seqscan', 'off', true);
    EXECUTE 'SELECT array_agg(id ORDER BY id) FROM ll_pts WHERE latlong_within(pos, $1, $2)' INTO idx USING c, metres;
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_indexscan', 'off', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    EXECUTE 'SELECT array_agg(id ORDER BY id) FROM ll_pts WHERE latlong_within(pos, $1, $2)' INTO seq USING c, metres;
    EXECUTE 'SELECT array_agg(id ORDER BY id) FROM ll_pts WHERE latlong_distance(pos, $1) <= $2' INTO direct USING c, metres;
    PERFORM set_config('enable_indexscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'on', true);
    IF idx IS DISTINCT FROM seq OR idx IS DISTINCT FROM direct THEN
        RETURN format('differ: index %s, seq %s, distance %s', cardinality(idx), cardinality(seq), cardinality(direct));
    END IF;
    RETURN format('same %s', coalesce(cardinality(idx), 0));
END $$;
SELECT c, metres, pg_temp.within_check(c, metres) AS result
  FROM (VALUES ('-6.2, 106.8'::latlong, 50000::float8), ('-6.2, 106.8', 500000), ('0, 179.9', 300000),
               ('0, -180', 200000), ('89.9, 0', 500000), ('-89, 10', 300000), ('88, 100', 400000),
               ('45, -180', 1000000), ('0, 0', 20000000), ('10, 20', 0), ('-6.1754, 106.8272', 0),
               ('10, 20', -5), ('10, 20', 'Infinity'), ('10, 20', 'NaN')) t(c, metres)
 ORDER BY c, metres;

-- box searches use the index and agree with the sequential scan
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ll_pts WHERE pos <@ box(point(95, -11), point(141, 6));
SELECT count(*) FROM ll_pts WHERE pos <@ box(point(95, -11), point(141, 6));
SELECT count(*) FROM ll_pts WHERE box(point(170, 60), point(180, 90)) @> pos;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM ll_pts WHERE pos <@ box(point(95, -11), point(141, 6));
SELECT count(*) FROM ll_pts WHERE box(point(170, 60), point(180, 90)) @> pos;
RESET enable_indexscan;
RESET enable_bitmapscan;

-- btree and hash indexes; hash join and a unique column
CREATE INDEX pts_pos_btree ON ll_pts (pos);
CREATE INDEX pts_pos_hash ON ll_pts USING hash (pos);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM ll_pts WHERE pos = '-6.1754, 106.8272' ORDER BY id;
SELECT id FROM ll_pts WHERE pos = '-6.1754, 106.8272' ORDER BY id;
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ll_pts a JOIN ll_places b ON a.pos = b.pos;
SELECT count(*) FROM ll_pts a JOIN ll_places b ON a.pos = b.pos;
RESET enable_mergejoin;
RESET enable_nestloop;
SELECT count(*) AS rows, count(DISTINCT pos) AS positions FROM ll_pts;
CREATE TABLE ll_facility (pos latlong UNIQUE);
INSERT INTO ll_facility VALUES ('-6.2, 106.8');
INSERT INTO ll_facility VALUES ('-6.2000, 106.80000');

-- the README's example: the nearest health centres
CREATE TABLE puskesmas (nama text, lokasi latlong);
INSERT INTO puskesmas VALUES ('Puskesmas Menteng', '-6.1963, 106.8323'), ('Puskesmas Gambir', '-6.1702, 106.8156'),
  ('Puskesmas Tanah Abang', '-6.2031, 106.8129'), ('Puskesmas Senen', '-6.1788, 106.8447'),
  ('Puskesmas Kebayoran Baru', '-6.2437, 106.7997');
CREATE INDEX ON puskesmas USING gist (lokasi);
SELECT nama, round((lokasi <-> '-6.1754, 106.8272')::numeric / 1000, 2) AS km
  FROM puskesmas ORDER BY lokasi <-> '-6.1754, 106.8272' LIMIT 3;

-- casts
SELECT '-6.1754, 106.8272'::text::latlong::text AS via_text, '30, 110'::varchar::latlong::varchar AS via_varchar;

DROP EXTENSION earthdistance;
DROP EXTENSION cube;
DROP TABLE ll_places, ll_places_back, ll_written_forms, ll_junk, ll_pts, ll_facility, puskesmas;
