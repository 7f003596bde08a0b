-- The types and domains of api.md, with values each must accept (from the
-- guideline's right examples), for every test under test/reliability/.
-- A type that is not installed is skipped.  A new type needs one row here.
CREATE TABLE reliab_types (
    typ text PRIMARY KEY,
    samples text[] NOT NULL,            -- valid values, as users write them
    bad_hex text[] NOT NULL DEFAULT '{}' -- binary payloads recv must reject
);
INSERT INTO reliab_types VALUES
  -- G4.6-PHONE-2, -3, -4
  ('id_phone', ARRAY['021 123456789', '0815 123456789', '(021) 123456789', '+39 815 123456789',
                     '0039 21 123456789', '112', '0804 123 4567', '0800 1500000', '(0361) 223344',
                     '+1 415 555 2671'],
   -- the 8-byte packed form: country code 0; NSN length 15; empty NSN; area
   -- code longer than the number; digits beyond 14; operator code 0840;
   -- country code 1023; 911 as an Indonesian short number; 13 digits in
   -- Jakarta; a mobile number with a 2-digit area code
   ARRAY['00099b1811b5045a', '0f899b1811b5047a', '0f80000000000000', '0f8517da02c0001d',
         '0fbffffffffffff2', '0fa63453029cb853', 'ffe51149345a1a63', '0fa96d6f91cc0018',
         '0f899b1811b5096a', '0fa51149345a1a62']),
  -- G4.5-ADDR-5
  ('id_address', ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310',
                       'Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138',
                       'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten',
                       'Jl. Kebon Sirih No. 22, Gambir, Gambir, Jakarta Pusat 10110'], '{}'),
  -- G4.4-TIME-1, -2
  ('id_time_tz', ARRAY['19:15', '09:15:10+0700', '08:15+0700', '09:15+0800', '21:00:00+0900',
                       '00:00', '23:59:59'], '{}'),
  -- G4.5-LAT, -LON, -PREC
  ('latlong', ARRAY['-6.1754, 106.8272', '30.0000, 110.0000', '-15.6821828, -62.6821828',
                    '0, 0', '-90, 180', '89.99999999, -179.5'], '{}'),
  ('id_day', ARRAY['01', '15', '31'], '{}'),                                  -- G4.4-DAY
  ('id_month', ARRAY['01', '09', '12'], '{}'),                                -- G4.4-MONTH
  ('id_year', ARRAY['2014', '0000', '9999', '-0001'], '{}'),                  -- G4.4-YEAR
  ('id_date', ARRAY['2014-01-01', '1999-12-31', '1999-12', '2016-02-29'], '{}'), -- G4.4-DATE
  ('id_bool', ARRAY['1', '0', 'ya', 'tidak'], '{}'),                          -- G4.3-BOOL
  ('id_number', ARRAY['125', '100000', '-100000', '123.45', '0.000012345'], '{}'), -- G4.2-NUM-3
  ('id_email', ARRAY['namalokal@example.com', 'nama.lokal@example.com'], '{}'),   -- G4.7-EMAIL
  ('id_url', ARRAY['http://example.com', 'https://example.com/data/01/2013/dataset.csv'], '{}'); -- G4.8-URL

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
