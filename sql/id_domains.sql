-- The guideline's domains over text: id_number (4.2), id_bool (4.3), id_day, id_month,
-- id_year, id_date (4.4), id_email (4.7), id_url (4.8), and id_kode_wilayah (the
-- Kemendagri area code of the register of areas, not a rule of the guideline)
SET datestyle = 'ISO, YMD';

-- what a rejected value reports: SQLSTATE | message
CREATE FUNCTION pg_temp.try_domain(input text, domain_name text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; result text;
BEGIN
    EXECUTE format('SELECT %L::%s::text', input, domain_name) INTO result;
    RETURN 'ok: ' || result;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN st || ' | ' || msg;
END $$;

-- every example of the guideline: rule, domain, value, whether it is right
CREATE TABLE dom_examples (i serial, rule text, domain_name text, v text, want boolean);
INSERT INTO dom_examples (rule, domain_name, v, want) VALUES
  ('G4.2-NUM-3', 'id_number', '125', true),
  ('G4.2-NUM-3', 'id_number', '100000', true),
  ('G4.2-NUM-3', 'id_number', '-100000', true),
  ('G4.2-NUM-3', 'id_number', '123.45', true),
  ('G4.2-NUM-3', 'id_number', '0.000012345', true),
  ('G4.2-NUM-1', 'id_number', '+42', true),
  ('G4.2-NUM-3', 'id_number', '10.000.000', false),
  ('G4.2-NUM-3', 'id_number', 'Rp10.000.000,00', false),
  ('G4.2-NUM-3', 'id_number', '2.5%', false),
  ('G4.2-NUM-2', 'id_number', '123,45', false),
  ('G4.2-NUM-1', 'id_number', '1e5', false),
  ('G4.2-NUM-1', 'id_number', '.5', false),
  ('G4.2-NUM-1', 'id_number', '5.', false),
  ('G4.2-NUM-1', 'id_number', ' 5', false),
  ('G4.2-NUM-1', 'id_number', '', false),
  ('G4.3-BOOL', 'id_bool', '1', true),
  ('G4.3-BOOL', 'id_bool', '0', true),
  ('G4.3-BOOL', 'id_bool', 'ya', true),
  ('G4.3-BOOL', 'id_bool', 'tidak', true),
  ('G4.3-BOOL', 'id_bool', 'Ya', false),
  ('G4.3-BOOL', 'id_bool', 'true', false),
  ('G4.3-BOOL', 'id_bool', 'y', false),
  ('G4.3-BOOL', 'id_bool', '', false),
  ('G4.4-DAY', 'id_day', '01', true),
  ('G4.4-DAY', 'id_day', '31', true),
  ('G4.4-DAY', 'id_day', '022', false),
  ('G4.4-DAY', 'id_day', '32', false),
  ('G4.4-DAY', 'id_day', '00', false),
  ('G4.4-DAY', 'id_day', '1', false),
  ('G4.4-MONTH', 'id_month', '01', true),
  ('G4.4-MONTH', 'id_month', '12', true),
  ('G4.4-MONTH', 'id_month', '13', false),
  ('G4.4-MONTH', 'id_month', 'Februari', false),
  ('G4.4-MONTH', 'id_month', 'Feb', false),
  ('G4.4-MONTH', 'id_month', '2', false),
  ('G4.4-YEAR', 'id_year', '-0001', true),
  ('G4.4-YEAR', 'id_year', '0354', true),
  ('G4.4-YEAR', 'id_year', '1999', true),
  ('G4.4-YEAR', 'id_year', '0000', true),
  ('G4.4-YEAR', 'id_year', '354', false),
  ('G4.4-YEAR', 'id_year', '''99', false),
  ('G4.4-YEAR', 'id_year', '-0000', false),
  ('G4.4-YEAR', 'id_year', '10000', false),
  ('G4.4-DATE', 'id_date', '2014-01-01', true),
  ('G4.4-DATE', 'id_date', '1999-12-31', true),
  ('G4.4-DATE', 'id_date', '1999-12', true),
  ('G4.4-DATE', 'id_date', '2016-02-29', true),
  ('G4.4-DATE', 'id_date', '2000-02-29', true),
  ('G4.4-DATE', 'id_date', '-0001-12-31', true),
  ('G4.4-DATE', 'id_date', '-0001-02-29', true),
  ('G4.4-DATE', 'id_date', '2014-1-1', false),
  ('G4.4-DATE', 'id_date', '01-01-2014', false),
  ('G4.4-DATE', 'id_date', '31 Desember 1999', false),
  ('G4.4-DATE', 'id_date', '2014-02-30', false),
  ('G4.4-DATE', 'id_date', '2015-02-29', false),
  ('G4.4-DATE', 'id_date', '1900-02-29', false),
  ('G4.4-DATE', 'id_date', '0000-01', false),
  ('G4.4-DATE', 'id_date', '2014-13', false),
  ('G4.4-DATE', 'id_date', '2014', false),
  ('G4.4-DATE', 'id_date', '2014/01/01', false),
  ('G4.7-EMAIL', 'id_email', 'namalokal@example.com', true),
  ('G4.7-EMAIL', 'id_email', 'nama.lokal@example.com', true),
  ('G4.7-EMAIL', 'id_email', 'humas+data@jakarta.go.id', true),
  ('G4.7-EMAIL', 'id_email', 'nama@xn--mller-kva.de', true),
  ('G4.7-EMAIL', 'id_email', 'namalokalsaja', false),
  ('G4.7-EMAIL', 'id_email', 'nama.lokall.example.com', false),
  ('G4.7-EMAIL', 'id_email', 'nama.lokal(at)example.com', false),
  ('G4.7-EMAIL', 'id_email', 'nama(dot)lokal(at)example(dot)com', false),
  ('G4.7-EMAIL', 'id_email', 'nama@localhost', false),
  ('G4.7-EMAIL', 'id_email', 'nama@müller.de', false),
  ('G4.7-EMAIL', 'id_email', 'a@b@example.com', false),
  ('G4.7-EMAIL', 'id_email', 'nama..lokal@example.com', false),
  ('G4.7-EMAIL', 'id_email', '"nama lokal"@example.com', false),
  ('G4.8-URL', 'id_url', 'http://example.com', true),
  ('G4.8-URL', 'id_url', 'https://example.com/data/01/2013/dataset.csv', true),
  ('G4.8-URL', 'id_url', 'https://data.jakarta.go.id:8443/dataset?id=12#ringkasan', true),
  ('G4.8-URL', 'id_url', 'http://xn--bcher-kva.de/', true),
  ('G4.8-URL', 'id_url', 'http://[2001:db8::1]/data.csv', true),
  ('G4.8-URL', 'id_url', 'http://192.168.1.10/data.csv', true),
  ('G4.8-URL', 'id_url', 'example.com', false),
  ('G4.8-URL', 'id_url', '/example.com/data/01/2013/dataset.csv', false),
  ('G4.8-URL', 'id_url', 'http://', false),
  ('G4.8-URL', 'id_url', 'ftp://example.com', false),
  ('G4.8-URL', 'id_url', 'http://localhost/', false),
  ('G4.8-URL', 'id_url', 'http://bücher.de/', false),
  ('G4.8-URL', 'id_url', 'http://example.com/data set.csv', false),
  ('G4.8-URL', 'id_url', 'http://user:pw@example.com/', false),
  ('G4.8-URL', 'id_url', 'http://example.com:99999/', false),
  -- province, regency or city, kecamatan, kelurahan or desa, in the register
  ('Kemendagri', 'id_kode_wilayah', '31', true),
  ('Kemendagri', 'id_kode_wilayah', '31.71', true),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01', true),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01.1001', true),
  ('Kemendagri', 'id_kode_wilayah', '32.73.02.1004', true),
  ('Kemendagri', 'id_kode_wilayah', '91.71.03.2004', true),
  -- in the format, not in the register (94.71 was Kota Jayapura's code before 2022)
  ('Kemendagri', 'id_kode_wilayah', '31.99', false),
  ('Kemendagri', 'id_kode_wilayah', '10', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01.1007', false),
  ('Kemendagri', 'id_kode_wilayah', '94.71.03.2005', false),
  ('Kemendagri', 'id_kode_wilayah', '3171', false),
  ('Kemendagri', 'id_kode_wilayah', '3171011001', false),
  ('Kemendagri', 'id_kode_wilayah', '31.7.01', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.1', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01.101', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01.10010', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01.0000', false),
  ('Kemendagri', 'id_kode_wilayah', '31.00', false),
  ('Kemendagri', 'id_kode_wilayah', '09', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.', false),
  ('Kemendagri', 'id_kode_wilayah', '31-71-01', false),
  ('Kemendagri', 'id_kode_wilayah', ' 31.71', false),
  ('Kemendagri', 'id_kode_wilayah', '31.71.01.1001.5', false),
  ('Kemendagri', 'id_kode_wilayah', '', false);

-- the validator and the domain agree with the guideline on every example;
-- a rejected value is a CHECK violation (23514) of the domain's constraint
CREATE FUNCTION pg_temp.valid(validator regprocedure, v text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    ok boolean;
BEGIN
    EXECUTE format('SELECT %s($1)', validator::regproc) INTO ok USING v;
    RETURN ok;
END $$;
SELECT rule, domain_name, v, pg_temp.valid(g.validator, v) AS is_valid,
       pg_temp.try_domain(v, domain_name) AS as_domain, guideline_error(v, g.kind) AS error
  FROM dom_examples JOIN guideline_types() g ON g.type_name = domain_name::regtype ORDER BY i;
SELECT count(*) AS examples,
       count(*) FILTER (WHERE (pg_temp.try_domain(v, domain_name) LIKE 'ok: %') <> want) AS wrong
  FROM dom_examples;

-- domains in a table: the text is kept as written
CREATE TABLE dom_kegiatan (
    tanggal id_date, hari id_day, bulan id_month, tahun id_year, selesai id_bool,
    biaya id_number, kontak id_email, tautan id_url);
INSERT INTO dom_kegiatan VALUES
  ('2014-11-28', '28', '11', '2014', 'ya', '1200000.00', 'data@jakarta.go.id', 'https://data.jakarta.go.id/'),
  ('1999-12', '01', '12', '-0001', '0', '-0.5', 'nama.lokal@example.com', 'http://example.com');
INSERT INTO dom_kegiatan (tanggal) VALUES ('2015-02-29');
INSERT INTO dom_kegiatan (biaya) VALUES ('Rp10.000.000,00');
INSERT INTO dom_kegiatan (kontak) VALUES ('nama@localhost');
UPDATE dom_kegiatan SET tautan = 'ftp://example.com';
SELECT * FROM dom_kegiatan ORDER BY tanggal;
SELECT pg_typeof(tanggal) AS tanggal_type, pg_typeof(tanggal::text) AS base FROM dom_kegiatan LIMIT 1;
SELECT typname, typbasetype::regtype, (SELECT count(*) FROM pg_constraint c WHERE c.contypid = t.oid) AS checks
  FROM guideline_types() g JOIN pg_type t ON t.oid = g.type_name
 WHERE t.typtype = 'd'
 ORDER BY typname;

-- id_date_to_date: the first day for YYYY-MM, leap years, years before the common era
SELECT v, id_date_to_date(v) AS as_date
  FROM unnest(ARRAY['2014-01-01', '1999-12', '2016-02-29', '2000-02', '-0001-12-31', '-0001-02-29',
                    '-0044-03-15', '0001-01-01', '9999-12-31']::id_date[]) WITH ORDINALITY AS t(v, i)
 ORDER BY i;
SELECT id_date_to_date('-0001-12-31') + 1 = '0001-01-01'::date AS no_year_zero;
-- a valid id_date that a PostgreSQL date cannot hold
SELECT id_date_to_date('-9999-01-01');
SELECT id_date_to_date('-4714-11-24') AS first_pg_date;
SELECT id_date_to_date('-4714-11-23');
-- plain text goes through the domain's CHECK on the way in
SELECT id_date_to_date('2015-02-29'::text);
SELECT id_date_to_date('2014-02-30');

-- id_bool_to_boolean
SELECT v, id_bool_to_boolean(v) AS as_boolean
  FROM unnest(ARRAY['1', '0', 'ya', 'tidak']::id_bool[]) WITH ORDINALITY AS t(v, i) ORDER BY i;
SELECT id_bool_to_boolean('true');

-- id_number_to_numeric: every written digit kept
SELECT v, id_number_to_numeric(v) AS as_numeric
  FROM unnest(ARRAY['125', '-100000', '+42', '123.45', '0.000012345', '007',
                    '123456789012345678901234567890.000000000000000000001']::id_number[])
       WITH ORDINALITY AS t(v, i) ORDER BY i;
SELECT sum(id_number_to_numeric(biaya)) AS total FROM dom_kegiatan;
SELECT id_number_to_numeric('10.000.000');

-- NULL in, NULL out; the domains accept NULL
SELECT id_date_is_valid(NULL) IS NULL AS v1, id_email_is_valid(NULL) IS NULL AS v2,
       id_date_to_date(NULL) IS NULL AS c1, id_bool_to_boolean(NULL) IS NULL AS c2,
       id_number_to_numeric(NULL) IS NULL AS c3, NULL::id_url IS NULL AS d1;

-- the validators never raise, on random and near-miss strings
SELECT setseed(0.2014);
CREATE TABLE dom_junk AS
  SELECT g, (SELECT string_agg(substr('0123456789-.:/@ahtpsx%+,é', 1 + floor(random() * 25)::int, 1), '')
               FROM generate_series(1, 1 + (g % 40)) WHERE g > 0) AS s
    FROM generate_series(1, 3000) g;
INSERT INTO dom_junk VALUES (0, NULL), (-1, ''), (-2, repeat('9', 100000)), (-3, 'a@' || repeat('b.', 200) || 'id'),
                            (-4, 'http://' || repeat('x', 70) || '.id/'), (-5, repeat('.', 1000));
INSERT INTO dom_junk
  SELECT -10 - row_number() OVER (), overlay(v PLACING substr('0123456789-.:/@ahtpsx%+,é', 1 + floor(random() * 25)::int, 1)
                                              FROM 1 + floor(random() * length(v))::int FOR 1)
    FROM dom_examples, generate_series(1, 5) WHERE v <> '';
SELECT count(*) AS strings,
       count(*) FILTER (WHERE id_number_is_valid(s)) AS numbers,
       count(*) FILTER (WHERE id_bool_is_valid(s)) AS bools,
       count(*) FILTER (WHERE id_day_is_valid(s)) AS days,
       count(*) FILTER (WHERE id_month_is_valid(s)) AS months,
       count(*) FILTER (WHERE id_year_is_valid(s)) AS years,
       count(*) FILTER (WHERE id_date_is_valid(s)) AS dates,
       count(*) FILTER (WHERE id_email_is_valid(s)) AS emails,
       count(*) FILTER (WHERE id_url_is_valid(s)) AS urls,
       count(*) FILTER (WHERE id_kode_wilayah_is_valid(s)) AS area_codes
  FROM dom_junk;
-- every valid id_number converts; every valid id_date within PostgreSQL's range converts
SELECT count(*) FILTER (WHERE id_number_is_valid(s) AND id_number_to_numeric(s)::text IS NULL) AS bad_numbers,
       count(*) FILTER (WHERE id_date_is_valid(s) AND left(s, 1) <> '-' AND id_date_to_date(s) IS NULL) AS bad_dates,
       count(*) FILTER (WHERE id_number_is_valid(s) AND id_number_to_numeric(s) <> s::numeric) AS numeric_disagrees
  FROM dom_junk;
