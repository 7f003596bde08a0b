-- Pathological input and statement cancel.

CREATE FUNCTION reliab_text_functions() RETURNS SETOF regprocedure LANGUAGE sql AS $$
    SELECT p.oid::regprocedure
      FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
     WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
       AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opendata_id')
       AND p.prokind = 'f' AND p.proargtypes = '25'::oidvector
     ORDER BY 1::text
$$;

-- Runs stmt; returns (elapsed seconds, SQLSTATE or 'done').
CREATE FUNCTION reliab_timed(stmt text, OUT seconds numeric, OUT outcome text)
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
BEGIN
    BEGIN
        EXECUTE stmt;
        outcome := 'done';
    EXCEPTION WHEN others THEN
        outcome := SQLSTATE;
    END;
    seconds := round(extract(epoch FROM clock_timestamp() - t0)::numeric, 2);
END $$;

CREATE TABLE reliab_hostile (name text, s text);
INSERT INTO reliab_hostile VALUES
  ('a*50000!', repeat('a', 50000) || '!'), ('(a.)*30000@', repeat('a.', 30000) || '@'),
  ('1*100000', repeat('1', 100000)), ('http:// (a.)*30000', 'http://' || repeat('a.', 30000)),
  ('@*10000', repeat('@', 10000)), ('(*30000', repeat('(', 30000)), ('Jl. *20000', repeat('Jl. ', 20000)),
  ('0*1000000', repeat('0', 1000000)), ('-*50000x', repeat('-', 50000) || 'x'),
  ('(1 )*50000', repeat('1 ', 50000)), ('(a@)*20000', repeat('a@', 20000)),
  ('( No. 1,)*10000', repeat(' No. 1,', 10000)), ('(Rp 1.)*20000', repeat('Rp 1.', 20000)),
  ('(Selasa, )*10000', repeat('Selasa, ', 10000)), ('(9.)*30000', repeat('9.', 30000) || 'x'),
  ('(a-)*30000.com', repeat('a-', 30000) || '.com'), ('(09:)*30000', repeat('09:', 30000));

-- Every one-text-argument function, every hostile input: a result or a clean
-- error, in under a second.
SELECT CASE WHEN count(*) FILTER (WHERE bad) = 0 THEN 'ok' ELSE 'not ok' END
       || format(' - %s functions x %s pathological inputs: each ends with a result or a clean error in under 1 s (slowest %s s)',
                 count(DISTINCT fn), count(DISTINCT name), max(seconds))
       || coalesce(': ' || string_agg(format('%s on %s: %s after %s s', fn, name, outcome, seconds), '; ')
                    FILTER (WHERE bad), '')
  FROM (SELECT fn, h.name, t.*,
               t.seconds >= 1 OR t.outcome LIKE 'XX%' OR t.outcome LIKE '58%' OR t.outcome = '57014' AS bad
          FROM reliab_text_functions() fn, reliab_hostile h,
               LATERAL reliab_timed(format('SELECT %s(%L)', fn::regproc, h.s)) t) x;

-- Statements for the cancel checks, run by the script with statement_timeout:
-- expect "cancel" (57014, promptly) or "either" (finishes or 57014, promptly).
CREATE TABLE reliab_huge AS SELECT repeat('0812 3456 ', 4000000) AS s;
CREATE TABLE reliab_wide AS SELECT g AS id, g AS a, g AS b, g AS c, g AS d FROM generate_series(1, 300000) g;
CREATE VIEW reliab_cancel_statements AS
  SELECT 'cancel' AS expect, fn::regproc || ' over 100 million rows' AS name,
         format('SELECT count(*) FROM generate_series(1, 100000000) g WHERE %s(''021 '' || g) IS NULL', fn::regproc) AS stmt
    FROM reliab_text_functions() fn WHERE fn::text LIKE '%\_is\_valid(text)'
  UNION ALL
  SELECT 'either', fn::regproc || ' on one 40 MB value', format('SELECT %s(s) IS NULL FROM reliab_huge', fn::regproc)
    FROM reliab_text_functions() fn
  UNION ALL
  SELECT 'cancel', 'melt over 100 million rows',
         'SELECT count(*) FROM generate_series(1, 100000000) g CROSS JOIN LATERAL melt(ROW(g, g, g, g)) m'
   WHERE to_regprocedure('melt(record, text[], boolean)') IS NOT NULL
  UNION ALL
  SELECT 'either', 'melt_into of 300,000 rows', 'CALL melt_into(''reliab_wide'', ''reliab_wide_long'', ''{id}'')'
   WHERE to_regprocedure('melt_into(regclass, text, text[], text, text)') IS NOT NULL;
SELECT 'ok - skipped: cancel melt not installed' WHERE to_regprocedure('melt(record, text[], boolean)') IS NULL;
SELECT 'ok - skipped: cancel melt_into not installed'
 WHERE to_regprocedure('melt_into(regclass, text, text[], text, text)') IS NULL;
