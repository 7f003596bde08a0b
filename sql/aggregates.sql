-- min and max of id_phone, id_address, id_time_tz and latlong: by each type's
-- btree order, parallel (a combine function), and answered from a btree index
-- (SORTOP), like the built-in ones.

-- the aggregates: state and combine function, sort operator, parallel safety
SELECT p.oid::regprocedure AS aggregate, a.aggtransfn, a.aggcombinefn,
       a.aggsortop::regoperator AS sortop, p.proparallel, p.proisstrict,
       a.aggfinalfn = 0 AS no_final, a.agginitval IS NULL AS no_initval,
       (SELECT format('parallel=%s volatile=%s strict=%s', s.proparallel, s.provolatile, s.proisstrict)
          FROM pg_proc s WHERE s.oid = a.aggtransfn) AS state_function
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
 WHERE p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'opendata_id')
 ORDER BY p.oid::regprocedure::text;

-- the sort operator of each is its type's btree < (min) or > (max)
SELECT p.oid::regprocedure AS aggregate,
       o.amopstrategy = CASE p.proname WHEN 'min' THEN 1 WHEN 'max' THEN 5 END AS btree_strategy_fits
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
  LEFT JOIN pg_amop o ON o.amopopr = a.aggsortop
       AND o.amopmethod = (SELECT oid FROM pg_am WHERE amname = 'btree')
 WHERE p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'opendata_id')
 ORDER BY p.oid::regprocedure::text;

-- small tables: groups, NULLs, equal values written differently
CREATE TABLE agg_phone (grp int, v id_phone);
INSERT INTO agg_phone VALUES
    (1, '021 1234567'), (1, '0812 3456789'), (1, NULL), (1, '+39 815 123456789'),
    (2, '112'), (2, '(021) 12345678'), (2, '+62 21 12345678'),
    (3, NULL), (3, NULL),
    (4, '0812 3456789');
SELECT grp, min(v), max(v), count(v) AS non_null, count(*) AS all_rows
  FROM agg_phone GROUP BY grp ORDER BY grp;
SELECT min(v), max(v) FROM agg_phone;
SELECT min(v), max(v) FROM agg_phone WHERE false;              -- empty: NULL, NULL
SELECT min(v), max(v) FROM agg_phone WHERE v IS NULL;          -- only NULLs: NULL, NULL

CREATE TABLE agg_address (grp int, v id_address);
INSERT INTO agg_address VALUES
    (1, 'Jl. Pati No. 10, Menteng, Jakarta Pusat 10310'),
    (1, 'Jl. Pati No. 9, Menteng, Jakarta Pusat 10310'),
    (1, NULL),
    (1, 'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten'),
    (2, 'Jl. H.R. Rasuna Said Kav. C-22 No. 4, Karet Kuningan, Setiabudi, Jakarta Selatan 12940'),
    (2, 'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'),
    (3, NULL);
SELECT grp, min(v), max(v), count(v) AS non_null
  FROM agg_address GROUP BY grp ORDER BY grp;
SELECT min(v), max(v) FROM agg_address;
SELECT min(v), max(v) FROM agg_address WHERE false;

CREATE TABLE agg_time (grp int, v id_time_tz);
INSERT INTO agg_time VALUES
    (1, '09:15:10+0700'), (1, '19:15'), (1, NULL), (1, '08:15+0700'),
    (2, '09:15+0800'), (2, '21:00:00+0900'), (2, '00:00'),
    (3, NULL);
SELECT grp, min(v), max(v), count(v) AS non_null
  FROM agg_time GROUP BY grp ORDER BY grp;
SELECT min(v), max(v) FROM agg_time;
SELECT min(v), max(v) FROM agg_time WHERE false;

CREATE TABLE agg_latlong (grp int, v latlong);
INSERT INTO agg_latlong VALUES
    (1, '-6.1754, 106.8272'), (1, '30.0000, 110.0000'), (1, NULL), (1, '-15.6821828, -62.6821828'),
    (2, '-6.1754, 106.8273'), (2, '-6.1754, 106.8271'), (2, '-6.17540, 106.82720'),
    (3, NULL);
SELECT grp, min(v), max(v), count(v) AS non_null
  FROM agg_latlong GROUP BY grp ORDER BY grp;
SELECT min(v), max(v) FROM agg_latlong;
SELECT min(v), max(v) FROM agg_latlong WHERE false;

-- of two equal values the first one read is kept, with its own spelling
SELECT min(v ORDER BY ord)::text, max(v ORDER BY ord)::text
  FROM (VALUES (1, '-6.17540, 106.82720'::latlong), (2, '-6.1754, 106.8272')) t(ord, v);
SELECT id_phone_smaller('021 1234567', '0812 3456789'), id_phone_larger('021 1234567', '0812 3456789'),
       id_time_tz_smaller('08:00', '07:59:59'), id_time_tz_larger('08:00', '07:59:59'),
       latlong_smaller('-6.1754, 106.8272', '-6.17540, 106.82720')::text AS equal_smaller,
       latlong_larger('-6.17540, 106.82720', '-6.1754, 106.8272')::text AS equal_larger,
       id_address_smaller('Jl. Pati No. 10, Menteng, Jakarta Pusat 10310',
                          'Jl. Pati No. 9, Menteng, Jakarta Pusat 10310') AS numeric_aware;

-- larger tables: every answer equals the ORDER BY ... LIMIT 1 answer, by a
-- sequential scan, in parallel, and from an index
CREATE TABLE agg_big (i int, phone id_phone, address id_address, t id_time_tz, pos latlong);
INSERT INTO agg_big
SELECT i,
       (CASE i % 3 WHEN 0 THEN '021 ' || (1000000 + (i * 7919) % 8999999)
                   WHEN 1 THEN '0812 ' || (1000000 + (i * 104729) % 8999999)
                   ELSE '+39 815 ' || (100000 + (i * 13) % 899999) END)::id_phone,
       format('Jl. %s No. %s, Menteng, Jakarta Pusat %s',
              (ARRAY['Pati', 'Dukuh', 'Sabang', 'Cikini'])[1 + i % 4], 1 + (i * 31) % 500,
              (ARRAY['10310', '10330', '12940'])[1 + i % 3])::id_address,
       format('%s:%s%s', lpad(((i * 7) % 24)::text, 2, '0'), lpad(((i * 11) % 60)::text, 2, '0'),
              (ARRAY['', '+0700', '+0800', '+0900'])[1 + i % 4])::id_time_tz,
       format('%s, %s', round(-11 + ((i * 7919) % 17000) / 1000.0, 4), round(95 + ((i * 104729) % 46000) / 1000.0, 4))::latlong
  FROM generate_series(1, 20000) i;
INSERT INTO agg_big VALUES (0, NULL, NULL, NULL, NULL);
VACUUM ANALYZE agg_big;

-- a plan, without what differs between majors ("InitPlan 1 (returns $0)" on 15)
CREATE FUNCTION pg_temp.plan(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        RETURN NEXT regexp_replace(line, ' \(returns \$\d+\)', '');
    END LOOP;
END $$;

-- the ORDER BY ... LIMIT 1 answers, by a sort
CREATE TEMP TABLE agg_expected AS
SELECT (SELECT phone FROM agg_big WHERE phone IS NOT NULL ORDER BY phone LIMIT 1) AS min_phone,
       (SELECT phone FROM agg_big WHERE phone IS NOT NULL ORDER BY phone DESC LIMIT 1) AS max_phone,
       (SELECT address FROM agg_big WHERE address IS NOT NULL ORDER BY address LIMIT 1) AS min_address,
       (SELECT address FROM agg_big WHERE address IS NOT NULL ORDER BY address DESC LIMIT 1) AS max_address,
       (SELECT t FROM agg_big WHERE t IS NOT NULL ORDER BY t LIMIT 1) AS min_t,
       (SELECT t FROM agg_big WHERE t IS NOT NULL ORDER BY t DESC LIMIT 1) AS max_t,
       (SELECT pos FROM agg_big WHERE pos IS NOT NULL ORDER BY pos LIMIT 1) AS min_pos,
       (SELECT pos FROM agg_big WHERE pos IS NOT NULL ORDER BY pos DESC LIMIT 1) AS max_pos;
SELECT * FROM agg_expected;

CREATE VIEW agg_answers AS
SELECT min(phone) AS min_phone, max(phone) AS max_phone, min(address) AS min_address,
       max(address) AS max_address, min(t) AS min_t, max(t) AS max_t, min(pos) AS min_pos,
       max(pos) AS max_pos
  FROM agg_big;
CREATE FUNCTION pg_temp.answers_fit() RETURNS text LANGUAGE sql AS $$
    SELECT concat_ws(' ', 'phone', (a.min_phone = e.min_phone AND a.max_phone = e.max_phone) IS TRUE,
                     'address', (a.min_address = e.min_address AND a.max_address = e.max_address) IS TRUE,
                     'time', (a.min_t = e.min_t AND a.max_t = e.max_t) IS TRUE,
                     'latlong', (a.min_pos = e.min_pos AND a.max_pos = e.max_pos) IS TRUE)
      FROM agg_answers a, agg_expected e $$;

-- serial
SET max_parallel_workers_per_gather = 0;
SELECT * FROM pg_temp.plan('SELECT * FROM agg_answers');
SELECT pg_temp.answers_fit() AS serial;

-- parallel: partial aggregates in the workers, combined by the leader
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SELECT * FROM pg_temp.plan('SELECT * FROM agg_answers');
SELECT pg_temp.answers_fit() AS parallel;
SELECT g, (min_phone = (SELECT phone FROM agg_big WHERE i % 4 = g AND phone IS NOT NULL ORDER BY phone LIMIT 1)) IS TRUE AS min_fits,
       (max_pos = (SELECT pos FROM agg_big WHERE i % 4 = g AND pos IS NOT NULL ORDER BY pos DESC LIMIT 1)) IS TRUE AS max_fits
  FROM (SELECT i % 4 AS g, min(phone) AS min_phone, max(pos) AS max_pos FROM agg_big GROUP BY 1) s
 ORDER BY g;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- from btree indexes: min and max become an index scan for the first row
-- (an InitPlan with a Limit), the ORDER BY ... LIMIT 1 the sort operator names
CREATE INDEX agg_big_phone ON agg_big (phone);
CREATE INDEX agg_big_address ON agg_big (address);
CREATE INDEX agg_big_t ON agg_big (t);
CREATE INDEX agg_big_pos ON agg_big (pos);
VACUUM ANALYZE agg_big;
SELECT * FROM pg_temp.plan('SELECT min(phone) FROM agg_big');
SELECT * FROM pg_temp.plan('SELECT max(pos) FROM agg_big');
SELECT * FROM pg_temp.plan('SELECT min(address), max(t) FROM agg_big');
SELECT pg_temp.answers_fit() AS from_indexes;
SELECT min(phone), max(phone), min(t), max(t) FROM agg_big;
SELECT min(address), max(address), min(pos), max(pos) FROM agg_big;
-- a descending index serves both too
DROP INDEX agg_big_pos;
CREATE INDEX agg_big_pos_desc ON agg_big (pos DESC);
SELECT * FROM pg_temp.plan('SELECT min(pos), max(pos) FROM agg_big');
SELECT pg_temp.answers_fit() AS from_a_descending_index;

DROP VIEW agg_answers;
DROP TABLE agg_phone, agg_address, agg_time, agg_latlong, agg_big;
