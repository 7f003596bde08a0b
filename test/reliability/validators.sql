-- Validators: every *_is_valid(text) of the extension over
-- 100,000 random strings never raises and never returns NULL.

SELECT setseed(0.4626);

CREATE FUNCTION reliab_random_char() RETURNS text LANGUAGE sql AS $$
    SELECT (ARRAY['0', '1', '5', '9', ' ', '-', '.', ',', ':', '/', '+', '(', ')', '@', 'a',
                  'Z', 'é', '٣', '０', E'\t', E'\n', chr(160), '°', '"', '''', ';', '#', 'x',
                  '%', '?', '=', '\', '0', '2', '7'])[1 + floor(random() * 35)::int]
$$;

-- One to three random edits of s.
CREATE FUNCTION reliab_mutate(s text, other text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    k int;
    pos int;
BEGIN
    FOR k IN 1 .. 1 + floor(random() * 3)::int LOOP
        pos := 1 + floor(random() * (length(s) + 1))::int;
        CASE floor(random() * 8)::int
            WHEN 0 THEN s := overlay(s PLACING reliab_random_char() FROM pos FOR 1);
            WHEN 1 THEN s := overlay(s PLACING reliab_random_char() FROM pos FOR 0);
            WHEN 2 THEN s := overlay(s PLACING '' FROM pos FOR 1);
            WHEN 3 THEN s := left(s, pos - 1);
            WHEN 4 THEN s := overlay(s PLACING substr(s, pos, 1 + floor(random() * 4)::int) FROM pos FOR 0);
            WHEN 5 THEN s := overlay(s PLACING substr(s, pos + 1, 1) || substr(s, pos, 1) FROM pos FOR 2);
            WHEN 6 THEN s := CASE WHEN random() < 0.5 THEN upper(s) ELSE lower(s) END;
            ELSE s := CASE WHEN random() < 0.5 THEN s || other ELSE other || ', ' || s END;
        END CASE;
    END LOOP;
    RETURN s;
END $$;

CREATE TABLE reliab_strings (id serial PRIMARY KEY, kind text NOT NULL, s text NOT NULL);

-- very long strings
INSERT INTO reliab_strings (kind, s)
  SELECT 'long', v FROM unnest(ARRAY[
    repeat('9', 1000000), repeat('a', 1000000), repeat(' ', 100000), repeat('(', 100000),
    repeat('1 ', 500000), repeat('é', 300000), repeat('0', 65536), repeat('-', 100000) || '021',
    repeat('021 123456789', 20000), '+62 ' || repeat('8', 100000),
    'Jl. ' || repeat('a', 200000) || ' No. 1, Menteng, Jakarta Pusat 10310',
    'Jl. Pati No. ' || repeat('1', 100000) || ', Menteng, Jakarta Pusat 10310',
    repeat('Jl. Pati No. 1, ', 20000) || 'Jakarta Pusat 10310',
    repeat('a.', 100000) || '@example.com', repeat('a', 100000) || '@' || repeat('b.', 100000) || 'com',
    'http://' || repeat('a', 300000) || '.com', 'https://example.com/' || repeat('%2', 100000),
    repeat('1', 100000) || ':00', '09:15:10+' || repeat('0', 100000),
    repeat('9', 1000) || '.' || repeat('9', 1000) || ', 1', '-6.' || repeat('1', 100000) || ', 106.8'
  ]) v;
-- printable and control ASCII
INSERT INTO reliab_strings (kind, s)
  SELECT 'ascii', (SELECT coalesce(string_agg(chr(1 + floor(random() * 126)::int), ''), '')
                     FROM generate_series(1, (g % 41)) WHERE g > 0)
    FROM generate_series(1, 25000) g;
-- any Unicode scalar value, from every plane
INSERT INTO reliab_strings (kind, s)
  SELECT 'utf-8', (SELECT string_agg(chr(CASE floor(random() * 4)::int
                                          WHEN 0 THEN 1 + floor(random() * 127)::int
                                          WHEN 1 THEN 128 + floor(random() * 1920)::int
                                          WHEN 2 THEN 57344 + floor(random() * 8192)::int
                                          ELSE 65536 + floor(random() * 1048576)::int END), '')
                     FROM generate_series(1, 1 + (g % 20)) WHERE g > 0)
    FROM generate_series(1, 15000) g;
-- the characters the samples are written with, shuffled
INSERT INTO reliab_strings (kind, s)
  SELECT 'alphabet', (SELECT string_agg(substr(a.chars, x * 0 + 1 + floor(random() * length(a.chars))::int, 1), '')
                        FROM generate_series(1, 1 + (g % 30)) x WHERE g > 0)
    FROM generate_series(1, 15000) g,
         (SELECT string_agg(DISTINCT c, '') AS chars
            FROM reliab_types, unnest(samples) s, regexp_split_to_table(s, '') c) a;
-- the samples of every type (valid or near-miss for each validator)
INSERT INTO reliab_strings (kind, s)
  SELECT 'sample', s FROM reliab_types, unnest(samples) s;
-- near misses: the samples with one to three edits
INSERT INTO reliab_strings (kind, s)
  SELECT 'near miss', reliab_mutate(a.s, b.s)
    FROM (SELECT s, row_number() OVER () AS i FROM reliab_types, unnest(samples) s) a,
         LATERAL (SELECT s FROM reliab_types, unnest(samples) s
                   ORDER BY random() + a.i * 0 LIMIT 1) b,
         generate_series(1, (100000 - (SELECT count(*) FROM reliab_strings))
                            / (SELECT count(*) FROM reliab_types, unnest(samples)) + 1) g;
DELETE FROM reliab_strings WHERE id > (SELECT min(id) FROM reliab_strings) + 99999;

CREATE FUNCTION reliab_castable(s text, t regtype) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT %L::%s', s, t);
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

CREATE FUNCTION reliab_validators() RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    fn regprocedure;
    ty text;
    n bigint;
    n_strings bigint;
    n_true bigint;
    n_null bigint;
    n_disagree bigint;
    t0 timestamptz;
    r record;
    st text;
    msg text;
BEGIN
    SELECT count(*) INTO n_strings FROM reliab_strings;
    RETURN NEXT format('# %s strings: %s', n_strings,
                       (SELECT string_agg(kind || ' ' || c, ', ' ORDER BY kind)
                          FROM (SELECT kind, count(*) c FROM reliab_strings GROUP BY kind) k));
    -- api.md: every type has a validator
    FOR ty IN SELECT typ FROM reliab_types ORDER BY typ LOOP
        IF to_regtype(ty) IS NULL THEN
            RETURN NEXT 'ok - skipped: validator of ' || ty || ' not installed';
        ELSIF to_regprocedure(ty || '_is_valid(text)') IS NULL THEN
            RETURN NEXT 'not ok - ' || ty || ' has no ' || ty || '_is_valid(text)';
        END IF;
    END LOOP;
    FOR fn, ty IN
        SELECT p.oid::regprocedure, t.typ
          FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
               LEFT JOIN reliab_types t ON p.proname = t.typ || '_is_valid'
         WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
           AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opendata_id')
           AND p.proname LIKE '%\_is\_valid' AND p.proargtypes = '25'::oidvector
         ORDER BY p.proname
    LOOP
        t0 := clock_timestamp();
        BEGIN
            EXECUTE format('SELECT count(*) FILTER (WHERE %1$s(s)), count(*) FILTER (WHERE %1$s(s) IS NULL) FROM reliab_strings',
                           fn::regproc)
                INTO n_true, n_null;
            RETURN NEXT format('%sok - %s over %s random strings: never raises, %s true, %s NULL',
                               CASE WHEN n_null > 0 THEN 'not ' ELSE '' END, fn, n_strings, n_true, n_null);
            RETURN NEXT format('# %s: %s s', fn, round(extract(epoch FROM clock_timestamp() - t0), 2));
        EXCEPTION WHEN others THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
            FOR r IN SELECT id, kind, s FROM reliab_strings ORDER BY id LOOP
                BEGIN
                    EXECUTE format('SELECT %s($1)', fn::regproc) USING r.s;
                EXCEPTION WHEN others THEN
                    EXIT;
                END;
            END LOOP;
            RETURN NEXT format('not ok - %s raised %s (%s) on %s string %L', fn, st, msg, r.kind, left(r.s, 60));
        END;
        EXECUTE format('SELECT %s(NULL)', fn::regproc) INTO n_true;
        RETURN NEXT format('%sok - %s(NULL) is NULL', CASE WHEN n_true IS NULL THEN '' ELSE 'not ' END, fn::regproc);
        CONTINUE WHEN ty IS NULL;
        -- the validator is the type's input function without the error
        EXECUTE format('SELECT count(*) FILTER (WHERE NOT %s(s)) FROM unnest($1) s', fn::regproc)
            INTO n USING (SELECT samples FROM reliab_types WHERE typ = ty);
        RETURN NEXT format('%sok - %s accepts the %s samples of %s%s', CASE WHEN n = 0 THEN '' ELSE 'not ' END,
                           fn, (SELECT cardinality(samples) FROM reliab_types WHERE typ = ty), ty,
                           CASE WHEN n = 0 THEN '' ELSE format(' (%s rejected)', n) END);
        EXECUTE format('SELECT count(*) FROM (SELECT s FROM reliab_strings WHERE kind IN (''sample'', ''near miss'') ORDER BY id LIMIT 4000) x
                         WHERE %s(s) IS DISTINCT FROM reliab_castable(s, %L)', fn::regproc, ty)
            INTO n_disagree;
        RETURN NEXT format('%sok - %s agrees with the input of %s on 4000 near misses%s',
                           CASE WHEN n_disagree = 0 THEN '' ELSE 'not ' END, fn, ty,
                           CASE WHEN n_disagree = 0 THEN '' ELSE format(' (%s disagreements)', n_disagree) END);
    END LOOP;
END $$;
SELECT reliab_validators();
