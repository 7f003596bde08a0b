-- The types and domains of the registry of guideline kinds (src/odi_kinds.h),
-- with values each must accept, for every test under test/reliability/.  The
-- registry is read from the library itself, so this also works on a database
-- where an earlier version of the extension is installed (the upgrade test);
-- a type that is not installed is skipped.
CREATE FUNCTION pg_temp.reliab_registry(
    OUT ord integer, OUT kind text, OUT type_name text, OUT rule text, OUT reader text,
    OUT readable text, OUT schema_field text, OUT schema_pattern text, OUT examples text[])
RETURNS SETOF record AS '$libdir/opendata_id', 'odi_guideline_registry' LANGUAGE C STRICT;
CREATE TABLE reliab_types (
    typ text PRIMARY KEY,
    samples text[] NOT NULL,            -- valid values, as users write them
    bad_hex text[] NOT NULL DEFAULT '{}' -- binary payloads recv must reject
);
INSERT INTO reliab_types (typ, samples) SELECT type_name, examples FROM pg_temp.reliab_registry();
-- the 8-byte packed form of id_phone: country code 0; NSN length 15; empty NSN;
-- area code longer than the number; digits beyond 14; operator code 0840;
-- country code 1023; 911 as an Indonesian short number; 13 digits in
-- Jakarta; a mobile number with a 2-digit area code
UPDATE reliab_types SET bad_hex =
    ARRAY['00099b1811b5045a', '0f899b1811b5047a', '0f80000000000000', '0f8517da02c0001d',
          '0fbffffffffffff2', '0fa63453029cb853', 'ffe51149345a1a63', '0fa96d6f91cc0018',
          '0f899b1811b5096a', '0fa51149345a1a62']
 WHERE typ = 'id_phone';

-- The installed ones, with what the tests need to know about them (a domain
-- has its base type's operator classes).
CREATE VIEW reliab_installed AS
  SELECT r.typ, t.oid::regtype AS regtype, r.samples, r.bad_hex,
         t.typtype = 'd' AS is_domain, t.typsend::regproc AS send_fn,
         t.typlen AS typlen,
         EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
                  WHERE c.opcintype = coalesce(nullif(t.typbasetype, 0), t.oid) AND c.opcdefault AND a.amname = 'btree') AS has_btree,
         EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
                  WHERE c.opcintype = coalesce(nullif(t.typbasetype, 0), t.oid) AND c.opcdefault AND a.amname = 'hash') AS has_hash,
         EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
                  WHERE c.opcintype = coalesce(nullif(t.typbasetype, 0), t.oid) AND c.opcdefault AND a.amname = 'gist') AS has_gist
    FROM (SELECT *, to_regtype(typ) AS oid FROM reliab_types OFFSET 0) r JOIN pg_type t ON t.oid = r.oid;

-- One line per type that is not installed.
CREATE VIEW reliab_skipped AS
  SELECT 'ok - skipped: ' || typ || ' not installed' AS line
    FROM reliab_types WHERE to_regtype(typ) IS NULL;

-- Every row of the tables whose name starts with prefix, one text line each:
-- table, id, the value's text, its send() bytes and the rest of the row.
-- For comparing copies of a database (dump, replication) row by row.
CREATE FUNCTION reliab_rows(prefix text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS tbl, t.typsend::regproc AS send_fn
               FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'v'
                    JOIN pg_type t ON t.oid = a.atttypid
              WHERE c.relkind = 'r' AND c.relname LIKE prefix || '%' ORDER BY c.relname LOOP
        RETURN QUERY EXECUTE format(
            'SELECT %L || ''|'' || id || ''|'' || coalesce(v::text, ''NULL'') || ''|'' || coalesce(encode(%s(v), ''hex''), ''NULL'')
                    || ''|'' || coalesce((SELECT string_agg(coalesce(x.value, ''NULL''), ''|'')
                                            FROM json_each_text(row_to_json(t)) x WHERE x.key NOT IN (''id'', ''v'')), '''')
               FROM %s t ORDER BY id', r.tbl, r.send_fn, r.tbl);
    END LOOP;
END $$;
