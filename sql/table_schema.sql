-- table_schema (issue 9): Frictionless Table Schema of a table.
CREATE TABLE puskesmas (
    id serial PRIMARY KEY,
    nama varchar(80) NOT NULL UNIQUE,
    telepon id_phone,
    buka_24_jam boolean,
    jumlah_dokter integer,
    anggaran numeric(14,2),
    catatan text,
    dihapus text,
    diperbarui date
);
ALTER TABLE puskesmas DROP COLUMN dihapus;
COMMENT ON COLUMN puskesmas.telepon IS 'nomor telepon (pedoman 4.6)';

SELECT jsonb_set(table_schema('puskesmas'), '{fields,2,constraints,pattern}', '"(below)"') = '{
  "fields": [
    {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true}},
    {"name": "nama", "type": "string", "constraints": {"required": true, "unique": true, "maxLength": 80}},
    {"name": "telepon", "type": "string", "description": "nomor telepon (pedoman 4.6)",
     "constraints": {"pattern": "(below)"}},
    {"name": "buka_24_jam", "type": "boolean", "trueValues": ["t"], "falseValues": ["f"]},
    {"name": "jumlah_dokter", "type": "integer"},
    {"name": "anggaran", "type": "number", "decimalChar": ".", "bareNumber": true},
    {"name": "catatan", "type": "string"},
    {"name": "diperbarui", "type": "date"}
  ],
  "primaryKey": ["id"],
  "missingValues": [""]
}'::jsonb AS as_expected;
-- the telephone pattern: the area codes and country codes are id_phone's own
\pset format unaligned
SELECT table_schema('puskesmas') #>> '{fields,2,constraints,pattern}' AS phone_pattern;
\pset format aligned
SELECT jsonb_pretty(jsonb_set(table_schema('puskesmas'), '{fields,2,constraints,pattern}', '"(above)"'));

-- a composite primary key; a table without columns; NULL
CREATE TABLE stok (bulan text, barang text, jumlah bigint NOT NULL, PRIMARY KEY (bulan, barang));
SELECT table_schema('stok');
CREATE TABLE kosong ();
SELECT table_schema('kosong');
SELECT table_schema(NULL) IS NULL AS null_in_null_out;

-- G4.6-PHONE-4: the pattern accepts the canonical form of every kind of number and
-- rejects the other variants (anchored: ^(...)$)
SELECT input, id_phone_normalize(input)::text AS canonical,
       id_phone_normalize(input)::text ~ (table_schema('puskesmas') #>> '{fields,2,constraints,pattern}') AS matches
  FROM (VALUES ('021 12345678'), ('(0274) 512345'), ('0815-1234-56789'), ('0812 3456 7890'),
               ('0800 1500000'), ('0804 123 4567'), ('112'), ('+62 61 4567890'),
               ('0039 21 123456789'), ('+39 815 123456789'), ('+14155552671'),
               ('+1 415 555 2671'), ('+65 6123 4567')) v(input)
 ORDER BY input;
SELECT variant,
       variant ~ (table_schema('puskesmas') #>> '{fields,2,constraints,pattern}') AS matches
  FROM (VALUES ('(021) 12345678'), ('0815-1234-56789'), ('+62 21 12345678'), ('02112345678'),
               ('021  123456789')) v(variant)
 ORDER BY variant;

-- every guideline type installed: a column of it gets its kind's field
DO $$
DECLARE
    cols text;
BEGIN
    SELECT string_agg(format('%I %s', kind, type_name), ', ' ORDER BY kind) INTO cols
      FROM guideline_types();
    EXECUTE format('CREATE TABLE schema_semua_jenis (%s)', cols);
END $$;
CREATE TEMP TABLE field AS
SELECT f ->> 'name' AS kind, f AS field, f #>> '{constraints,pattern}' AS pattern
  FROM jsonb_array_elements(table_schema('schema_semua_jenis') -> 'fields') f;
SELECT kind, field - 'name' - 'constraints' AS field, pattern IS NOT NULL AS has_pattern
  FROM field ORDER BY kind;
-- each pattern is anchored, so that a validator that searches (tableschema-js) or wraps
-- it in ^...$ (frictionless-py) reads it as the spec does: the whole value must match
\pset format unaligned
SELECT kind, pattern FROM field WHERE pattern IS NOT NULL AND kind <> 'phone' ORDER BY kind;
\pset format aligned
SELECT kind FROM field WHERE pattern !~ '^\^\(.*\)\$$';
WITH sample(kind, value) AS (VALUES
    ('bool', '1'), ('bool', 'tidak'), ('day', '01'), ('day', '31'), ('month', '12'),
    ('year', '2014'), ('date', '2014-09-02'), ('date', '1999-12'), ('time', '09:15'),
    ('time', '09:15:10+0700'), ('latlong', '-6.1754, 106.8272'), ('phone', '021 12345678'),
    ('phone', '0815 123456789'), ('email', 'nama.lokal@example.com'),
    ('url', 'https://example.com/data/01/2013/dataset.csv'), ('number', '-123.45')
), checked AS (
    SELECT s.kind, s.value, f.pattern, s.value ~ f.pattern AS pattern_ok
      FROM sample s JOIN field f USING (kind) JOIN guideline_types() g USING (kind)
)
SELECT count(*) > 0 AS some_checked,
       bool_and(pattern_ok OR pattern IS NULL) AS patterns_accept_samples
  FROM checked;

-- Each pattern accepts exactly what its type prints.  Values of every form near the
-- canonical one; a row below is a value the pattern and the type disagree on.
-- day, month: every two digits, and others
SELECT k, v FROM (VALUES ('day'), ('month')) k(k) JOIN field f ON f.kind = k,
     LATERAL (SELECT lpad(i::text, 2, '0') FROM generate_series(0, 99) i
              UNION ALL VALUES ('0'), ('1'), ('001'), ('01 '), (' 01'), (''), ('ab'), ('Jan'), ('-1')) v(v)
 WHERE (v ~ pattern) IS DISTINCT FROM CASE k WHEN 'day' THEN id_day_is_valid(v) ELSE id_month_is_valid(v) END;
-- kode_wilayah: codes of one to four parts, each part right, short, long or zero.
-- The pattern checks the format; the validator also the register of areas, which
-- no pattern holds: the pattern and the register together are the validator.
WITH part(n, v) AS (
    SELECT 1, unnest('{00,01,09,10,31,99,1,100,a1}'::text[]) UNION ALL
    SELECT 2, unnest('{00,01,71,99,7,100}'::text[]) UNION ALL
    SELECT 3, unnest('{00,01,10,1,010}'::text[]) UNION ALL
    SELECT 4, unnest('{0000,0001,1001,2005,9999,101,10010}'::text[])
), code(v) AS (
    SELECT a.v FROM part a WHERE a.n = 1
    UNION ALL SELECT a.v || '.' || b.v FROM part a, part b WHERE a.n = 1 AND b.n = 2
    UNION ALL SELECT a.v || '.' || b.v || '.' || c.v FROM part a, part b, part c
               WHERE a.n = 1 AND b.n = 2 AND c.n = 3
    UNION ALL SELECT a.v || '.' || b.v || '.' || c.v || '.' || d.v FROM part a, part b, part c, part d
               WHERE a.n = 1 AND b.n = 2 AND c.n = 3 AND d.n = 4
    UNION ALL VALUES ('31.71.'), ('31..71'), ('.31'), ('31.71.01.1001.1'), ('31-71'), ('')
)
SELECT count(*) AS codes, count(*) FILTER (WHERE v ~ pattern) AS pattern_accepts,
       count(*) FILTER (WHERE id_kode_wilayah_is_valid(v)) AS valid,
       count(*) FILTER (WHERE (v ~ pattern AND EXISTS (SELECT 1 FROM id_wilayah() w WHERE w.code = v))
                              IS DISTINCT FROM id_kode_wilayah_is_valid(v)) AS disagreeing
  FROM field, code WHERE kind = 'kode_wilayah';
-- year: every year -9999 to 9999
SELECT v FROM field, LATERAL (SELECT CASE WHEN y < 0 THEN '-' ELSE '' END || lpad(abs(y)::text, 4, '0')
                                FROM generate_series(-9999, 9999) y
                              UNION ALL VALUES ('-0000'), ('0000'), ('99999'), ('123'), ('+2014'), ('2014 '),
                                               ('''14'), ('-12345')) v(v)
 WHERE kind = 'year' AND (v ~ pattern) IS DISTINCT FROM id_year_is_valid(v);
-- date: February 28th to 30th, a month, December 31st of every year -9999 to 9999, and
-- every month 00-13 and day 00-32 of years around leap rules (-0001 is the year 0)
WITH y(y) AS (SELECT CASE WHEN y < 0 THEN '-' ELSE '' END || lpad(abs(y)::text, 4, '0')
                FROM generate_series(-9999, 9999) y),
v(v) AS (
    SELECT y || s FROM y, (VALUES ('-02-29'), ('-02-28'), ('-02-30'), ('-01'), ('-12-31')) s(s)
    UNION ALL
    SELECT y || '-' || lpad(m::text, 2, '0') || d
      FROM unnest('{-0401,-0101,-0005,-0004,-0001,0001,0004,0100,0400,1900,2000,2023,2024,9999}'::text[]) y,
           generate_series(0, 13) m,
           LATERAL (SELECT '-' || lpad(d::text, 2, '0') FROM generate_series(0, 32) d UNION ALL VALUES ('')) d(d)
    UNION ALL VALUES ('0000-01'), ('-0000-01-01'), ('2014-1-1'), ('2014/01/01'), ('2014'), ('14-01-01'),
                     ('2014-01-01T00:00'), ('2014-01-01 ')
)
SELECT v FROM field, v WHERE kind = 'date' AND (v ~ pattern) IS DISTINCT FROM id_date_is_valid(v);
-- time: every hour 00-24 and minute 00-60, with seconds and offsets
SELECT v FROM field, LATERAL (
    SELECT lpad(h::text, 2, '0') || ':' || lpad(m::text, 2, '0') || s || o
      FROM generate_series(0, 24) h, generate_series(0, 60) m, unnest('{"",":00",":59",":60"}'::text[]) s,
           unnest('{"",+0700,+0800,+0900,+0600,+1000,+07:00," +0700",+07,WIB}'::text[]) o
    UNION ALL VALUES ('9:15'), ('09.15'), ('0915'), ('09:15:10.5'), ('')) v(v)
 WHERE kind = 'time' AND (v ~ pattern) IS DISTINCT FROM id_time_tz_is_valid(v);
-- latlong (whose input reads more forms than it prints): the pattern accepts only values
-- latlong reads, and every value as latlong prints it
WITH lat(l) AS (SELECT unnest('{0.0000,-0.0000,6.1754,-6.1754,-6.17540,-6.1,-6.175,89.9999,90.0000,-90.0000,90.000000000000000,90.0000000000000000,90.0001,-90.00001,91.0000,100.0000,06.1754,6.123456789012345,6.1234567890123456,+6.1754,.5000}'::text[])),
     lon(l) AS (SELECT unnest('{0.0000,106.8272,-106.8272,179.9999,180.0000,-180.000000000000000,180.0001,181.0000,1000.0000,99.9999,-9.5000,106.827212345678901,106.8272123456789012,0106.8272,106}'::text[])),
     v(v) AS (SELECT lat.l || sep || lon.l FROM lat, lon, unnest('{", ", ",", "  ,"}'::text[]) sep)
SELECT count(*) FILTER (WHERE latlong_is_valid(v) AND v::latlong::text = v) AS canonical,
       count(*) FILTER (WHERE v ~ pattern) AS matching,
       count(*) FILTER (WHERE (v ~ pattern AND NOT latlong_is_valid(v))
                           OR (latlong_is_valid(v) AND NOT v ~ pattern AND v::latlong::text = v)) AS disagreeing
  FROM field, v WHERE kind = 'latlong';
-- telephone: 0 and every 2- and 3-digit code with 3 to 10 digits after it, every 3-digit
-- number, + and every country code with 3 to 15 digits, whole or split after 1, 3, 7 or 8;
-- the pattern accepts exactly what the type prints, but for foreign numbers of a length
-- their country lacks, or starting with a 0 there (left to the type)
WITH v(v) AS (
    SELECT '0' || c || ' ' || left('9876543210', k) FROM generate_series(10, 999) c, generate_series(3, 10) k
    UNION ALL
    SELECT c::text FROM generate_series(100, 199) c
    UNION ALL
    SELECT '+' || c || ' ' || CASE WHEN a = 0 THEN left('01234567890123456', k)
                                   ELSE left('01234567890123456', a) || ' ' || substr('01234567890123456', a + 1, k - a) END
      FROM generate_series(1, 999) c, unnest('{3,4,5,10,11,12,13,14,15}'::int[]) k, unnest('{0,1,3,7,8}'::int[]) a
     WHERE a < k
    UNION ALL VALUES ('021 1234567'), ('(021) 1234567'), ('021-1234567'), ('+62 21 1234567'), ('0062 21 1234567'),
                     ('021  1234567'), (' 021 1234567'), ('112 '), ('0812 34567890')
), w AS (
    SELECT v, CASE WHEN id_phone_is_valid(v) THEN v::id_phone::text = v ELSE false END AS canonical,
           -- the pattern leaves each country's lengths, and a leading 0, to the type
           coalesce(guideline_error(v, 'phone') ~ '^(numbers with the country code|no number of the country code)', false) AS foreign_gap
      FROM v
)
SELECT count(*) FILTER (WHERE canonical) AS canonical, count(*) FILTER (WHERE v ~ pattern) AS matching,
       count(*) FILTER (WHERE (v ~ pattern) <> canonical AND NOT foreign_gap) AS disagreeing,
       count(*) FILTER (WHERE v ~ pattern AND foreign_gap) AS left_to_the_type,
       count(*) FILTER (WHERE NOT v ~ pattern AND canonical) AS printed_but_refused
  FROM field, w WHERE kind = 'phone';
-- email and URL: the value as written; lengths (a label of 64 characters, a local name
-- of 65) are left to the formats "email" and "uri", as are the groups of an IPv6 address
SELECT v, id_email_is_valid(v) AS valid, v ~ pattern AS pattern_ok
  FROM field, unnest(ARRAY['nama.lokal@example.com', 'dinkes@jakarta.go.id', 'a!#$%&''*+/=?^_`{|}~-@example.com',
    'x@a.b', 'x@example.c0m', 'x@1-2.3-4', 'x@xn--p1ai.xn--p1ai', 'nama.lokal(at)example.com', 'nama.lokalexample.com',
    'a..b@example.com', '.a@example.com', 'a.@example.com', 'a@b@example.com', '"a"@example.com', 'ñ@example.com',
    'a@example', 'a@example.123', 'a@-example.com', 'a@example-.com', 'a@[1.2.3.4]', 'a@example..com',
    'a@example.com.', 'a b@example.com', 'a@exa_mple.com', '@example.com', 'a@', ' a@example.com',
    repeat('a', 65) || '@example.com', 'a@' || repeat('b', 64) || '.com']) v
 WHERE kind = 'email';
SELECT v, id_url_is_valid(v) AS valid, v ~ pattern AS pattern_ok
  FROM field, unnest(ARRAY['https://example.com/data/01/2013/dataset.csv', 'http://data.jakarta.go.id',
    'HTTPS://Data.Jakarta.go.id/?q=a&b=1#x', 'https://example.com:8080/a', 'https://example.com:080',
    'https://example.com:65535', 'https://example.com:65536', 'https://example.com:0', 'https://example.com:',
    'https://10.0.0.1/x', 'https://256.0.0.1/', 'https://01.2.3.4/', 'https://[::1]:8080/', 'https://[2001:db8::1]/',
    'https://[:::]/', 'https://example.com/a%20b', 'https://example.com/a%2', 'https://example.com/a b',
    'https://example.com/ä', 'https://example.com/a#b#c', 'https://example.com#frag', 'https://example.com?q',
    'ftp://example.com', 'example.com', '//example.com', 'https://user:pw@example.com', 'https://localhost/',
    'https://example', 'https://example.com./', 'https:/example.com', 'https://-a.com', 'https://example.com/a[b]',
    'https://example.com/{x}', 'https://example.com/a|b', ' https://example.com',
    'https://a.' || repeat('b', 64) || '.com']) v
 WHERE kind = 'url';
