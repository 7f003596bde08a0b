-- Extension script security, on the installed catalog.

CREATE VIEW reliab_ext_functions AS
  SELECT p.*, p.oid AS fn_oid, l.lanname
    FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid JOIN pg_language l ON l.oid = p.prolang
   WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
     AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opendata_id')
     AND d.deptype = 'e';

CREATE FUNCTION reliab_tap(ok boolean, name text, bad text[] DEFAULT '{}') RETURNS text
LANGUAGE sql AS $$
    SELECT CASE WHEN ok THEN 'ok - ' ELSE 'not ok - ' END || name
           || CASE WHEN ok OR cardinality(bad) = 0 THEN ''
                   ELSE ': ' || array_to_string(bad[1:10], ', ') END
$$;

-- Catalog checks
SELECT reliab_tap(count(*) = 0, 'no SECURITY DEFINER function', array_agg(fn_oid::regprocedure::text))
  FROM reliab_ext_functions WHERE prosecdef;
-- a SQL or PL/pgSQL function resolves names when it runs: it must pin its
-- search_path, or be a SQL-standard body (BEGIN ATOMIC, resolved at creation),
-- or (SQL only) call nothing but schema-qualified functions, with no operator
-- and no cast: every identifier before "(" follows a ".", and no operator
-- character or ":" is left once string literals are removed
CREATE FUNCTION pg_temp.reliab_body_qualified(body text) RETURNS boolean
LANGUAGE sql AS $$
    SELECT b !~ '(^|[^.[:alnum:]_])[[:alpha:]_][[:alnum:]_]*\s*\(' AND b !~ '[-+*/<>=~!@#%^&|`?:]'
      FROM regexp_replace(body, '''[^'']*''', '', 'g') b
$$;
SELECT reliab_tap(NOT pg_temp.reliab_body_qualified('SELECT lower(s)')
                  AND NOT pg_temp.reliab_body_qualified('SELECT pg_catalog.lower(s) || ''x''')
                  AND NOT pg_temp.reliab_body_qualified('SELECT s::text')
                  AND pg_temp.reliab_body_qualified('CALL x.f(a, pg_catalog.g(''(:)''))'),
                  'the qualified-body check flags unqualified calls, operators and casts');
SELECT reliab_tap(count(*) = 0,
                  format('every SQL/PL/pgSQL function (%s) pins search_path, has a BEGIN ATOMIC body or (SQL) only qualified calls',
                         (SELECT count(*) FROM reliab_ext_functions WHERE lanname IN ('sql', 'plpgsql'))),
                  array_agg(fn_oid::regprocedure::text))
  FROM reliab_ext_functions
 WHERE lanname IN ('sql', 'plpgsql') AND prosqlbody IS NULL
   AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search\_path=%')
   AND NOT (lanname = 'sql' AND pg_temp.reliab_body_qualified(prosrc));
-- nothing a trusted extension must not do on the caller's behalf
SELECT reliab_tap(count(*) = 0, 'no function body reads or writes server files or runs programs',
                  array_agg(fn_oid::regprocedure::text))
  FROM reliab_ext_functions
 WHERE lanname NOT IN ('c', 'internal')
   AND prosrc ~* '(pg_read_(binary_)?file|pg_ls_|pg_stat_file|lo_import|lo_export|pg_file_write|\mCOPY\M[^;]*\m(FROM|TO)\M\s*(''|PROGRAM)|dblink|session_authorization|SET\s+ROLE|ALTER\s+SYSTEM)';
SELECT reliab_tap(count(*) = 0, 'every function with an internal argument is STRICT or returns internal',
                  array_agg(fn_oid::regprocedure::text))
  FROM reliab_ext_functions
 WHERE 'internal'::regtype = ANY (proargtypes::oid[]) AND NOT proisstrict
   AND prorettype <> 'internal'::regtype;

-- Capture test: hostile look-alikes of what a function body could call, in a
-- schema searched before pg_catalog and the extension's schema.
CREATE SCHEMA evil;
CREATE FUNCTION evil.trap(what text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'captured by evil.%', what;
END $$;
DO $$
DECLARE
    sig text;
    t text;
    op text;
BEGIN
    FOREACH sig IN ARRAY ARRAY[
        'lower(text)', 'upper(text)', 'btrim(text)', 'btrim(text, text)', 'ltrim(text)', 'rtrim(text)',
        'initcap(text)', 'length(text)', 'char_length(text)', 'octet_length(text)', 'md5(text)',
        'quote_ident(text)', 'quote_literal(text)', 'quote_nullable(text)', 'format(text)',
        'format(text, VARIADIC text[])', 'concat(VARIADIC text[])', 'concat_ws(text, VARIADIC text[])',
        'replace(text, text, text)', 'translate(text, text, text)', 'regexp_replace(text, text, text)',
        'regexp_replace(text, text, text, text)', 'regexp_match(text, text)', 'regexp_match(text, text, text)',
        'split_part(text, text, integer)', 'strpos(text, text)', 'substr(text, integer)',
        'substr(text, integer, integer)', 'left(text, integer)', 'right(text, integer)',
        'lpad(text, integer, text)', 'rpad(text, integer, text)', 'repeat(text, integer)',
        'array_to_string(text[], text)', 'string_to_array(text, text)', 'to_number(text, text)',
        'to_char(numeric, text)', 'to_date(text, text)', 'make_date(integer, integer, integer)',
        'abs(integer)', 'round(numeric, integer)', 'to_regtype(text)', 'to_regclass(text)',
        'current_setting(text)', 'set_config(text, text, boolean)', 'pg_typeof(text)',
        'array_length(text[], integer)', 'cardinality(text[])', 'string_agg(text, text)'
    ] LOOP
        CONTINUE WHEN sig = 'string_agg(text, text)';
        EXECUTE format('CREATE FUNCTION evil.%s RETURNS text LANGUAGE sql AS %L', sig,
                       format('SELECT evil.trap(%L)', sig));
    END LOOP;
    -- operators on built-in and on the extension's types
    FOR t IN SELECT unnest(ARRAY['text', 'integer', 'bigint', 'numeric', 'double precision', 'boolean', 'date'])
             UNION ALL SELECT regtype::text FROM reliab_installed
    LOOP
        FOREACH op IN ARRAY ARRAY['=', '<>', '<', '<=', '>', '>=', '||', '~', '~*', '~~', '+', '-', '*', '/'] LOOP
            EXECUTE format('CREATE FUNCTION evil.%I(%s, %s) RETURNS boolean LANGUAGE sql AS %L',
                           'op_' || md5(op || t), t, t, format('SELECT evil.trap(%L) IS NULL', op || ' ' || t));
            EXECUTE format('CREATE OPERATOR evil.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = evil.%I)',
                           op, t, t, 'op_' || md5(op || t));
        END LOOP;
    END LOOP;
END $$;

-- A table for functions that take a relation.
CREATE TABLE reliab_sample_table AS
  SELECT s AS value, i AS id FROM reliab_types, unnest(samples) WITH ORDINALITY AS u(s, i);

-- Calls every function of the extension it can find arguments for, with the
-- hostile search_path; 'captured' if a hostile object ran.
CREATE FUNCTION reliab_call_all(OUT calls int, OUT captured text[]) LANGUAGE plpgsql AS $$
DECLARE
    f record;
    argv text[];
    t oid;
    sample text;
    samples text[];
    msg text;
    stmt text;
    i int;
BEGIN
    calls := 0;
    captured := '{}';
    FOR f IN SELECT fn_oid, proname, proargtypes::oid[] AS args, prokind
               FROM reliab_ext_functions WHERE prokind IN ('f', 'p') ORDER BY proname, fn_oid
    LOOP
        samples := coalesce((SELECT r.samples FROM reliab_types r
                              WHERE f.proname LIKE r.typ || '%' ORDER BY length(r.typ) DESC LIMIT 1),
                            (SELECT array_agg(u.s) FROM reliab_types r, unnest(r.samples) u(s)));
        FOR i IN 1 .. least(cardinality(samples), 3) LOOP
            sample := samples[i];
            argv := '{}';
            FOREACH t IN ARRAY f.args LOOP
                argv := argv || CASE
                    WHEN t IN ('text'::regtype, 'varchar'::regtype, 'cstring'::regtype) THEN quote_literal(sample) || '::' || t::regtype
                    WHEN t IN (SELECT oid FROM pg_type WHERE oid = ANY (SELECT regtype FROM reliab_installed))
                        THEN quote_literal((SELECT r.samples[1] FROM reliab_installed r WHERE r.regtype = t)) || '::' || t::regtype
                    WHEN t = 'text[]'::regtype THEN quote_literal(ARRAY[sample]) || '::text[]'
                    WHEN t IN ('integer'::regtype, 'bigint'::regtype, 'numeric'::regtype, 'double precision'::regtype) THEN '1::' || t::regtype
                    WHEN t = 'boolean'::regtype THEN 'true'
                    WHEN t = 'regclass'::regtype THEN '''reliab_sample_table''::regclass'
                    WHEN t IN ('record'::regtype, 'anyelement'::regtype) THEN '(SELECT r FROM reliab_sample_table r LIMIT 1)'
                    ELSE NULL END;
            END LOOP;
            CONTINUE WHEN array_position(argv, NULL) IS NOT NULL;
            calls := calls + 1;
            IF f.prokind = 'p' THEN
                -- a procedure may create tables: its work is thrown away below
                stmt := format('CALL %s(%s)', f.fn_oid::regproc, array_to_string(argv, ', '));
            ELSIF reliab_returns_set(f.fn_oid) THEN
                stmt := format('SELECT count(*) FROM %s(%s)', f.fn_oid::regproc, array_to_string(argv, ', '));
            ELSE
                stmt := format('SELECT %s(%s)', f.fn_oid::regproc, array_to_string(argv, ', '));
            END IF;
            BEGIN
                -- rolled back with the block, like everything the call did
                SET LOCAL search_path = evil, pg_catalog, public;
                EXECUTE stmt;
                RAISE EXCEPTION 'undo' USING ERRCODE = 'P0003';
            EXCEPTION WHEN others THEN
                GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
                IF msg LIKE '%captured by evil%' THEN
                    captured := captured || (f.fn_oid::regprocedure::text || ' (' || msg || ')');
                END IF;
            END;
        END LOOP;
    END LOOP;
END $$;

CREATE FUNCTION reliab_returns_set(f oid) RETURNS boolean LANGUAGE sql AS
  'SELECT proretset FROM pg_catalog.pg_proc WHERE oid = f';

-- the trap works: an unpinned SQL function is captured, a pinned one is not
CREATE FUNCTION public.reliab_unpinned(s text) RETURNS text LANGUAGE sql AS 'SELECT lower(s)';
CREATE FUNCTION public.reliab_pinned(s text) RETURNS text LANGUAGE sql
    SET search_path = pg_catalog AS 'SELECT lower(s)';
CREATE FUNCTION reliab_control(OUT unpinned text, OUT pinned text) LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        unpinned := public.reliab_unpinned('X');
    EXCEPTION WHEN others THEN
        unpinned := SQLERRM;
    END;
    BEGIN
        pinned := public.reliab_pinned('X');
    EXCEPTION WHEN others THEN
        pinned := SQLERRM;
    END;
END $$ SET search_path = evil, pg_catalog, public;
SELECT reliab_tap(unpinned LIKE 'captured by evil%' AND pinned = 'x',
                  'the hostile schema captures an unpinned SQL function, not a pinned one',
                  ARRAY[unpinned, pinned])
  FROM reliab_control();

SELECT reliab_tap(cardinality(captured) = 0,
                  format('%s calls of the extension''s functions under search_path = evil, pg_catalog: none captured', calls),
                  captured)
  FROM reliab_call_all();

-- self-test: an unpinned SQL function inside the extension is flagged and captured
BEGIN;
ALTER EXTENSION opendata_id ADD FUNCTION public.reliab_unpinned(text);
SELECT reliab_tap(
         EXISTS (SELECT 1 FROM reliab_ext_functions
                  WHERE fn_oid = 'public.reliab_unpinned(text)'::regprocedure AND proconfig IS NULL)
         AND (SELECT captured::text LIKE '%reliab_unpinned%' FROM reliab_call_all()),
         'self-test: an unpinned SQL function added to the extension is flagged and captured');
ROLLBACK;
