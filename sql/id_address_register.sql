-- id_address_area_code, id_address_in_register: an address's place in the
-- register of areas (id_wilayah).  The city is matched by name (with or without
-- Kota/Kab., "Jakarta" for the province), the kecamatan and the kelurahan inside
-- it; the area code is the most specific entry every reading lies in.
CREATE TEMP TABLE addr (n serial, note text, a id_address);
INSERT INTO addr (note, a) VALUES
    -- G4.5-ADDR: kelurahan, kecamatan, city
    ('kelurahan in kecamatan in city', 'Jl. Cihampelas No. 161, Cipaganti, Coblong, Kota Bandung 40131'),
    ('another kelurahan of Coblong', 'Jl. Ir. H. Juanda No. 1, Dago, Coblong, Kota Bandung 40135'),
    ('without the kecamatan', 'Jl. Cihampelas No. 161, Cipaganti, Kota Bandung 40131'),
    ('the city without Kota', 'Jl. Cihampelas No. 161, Cipaganti, Bandung 40131'),
    ('the province written', 'Jl. Cihampelas No. 161, Cipaganti, Coblong, Kota Bandung 40131, Jawa Barat'),
    ('Jakarta Pusat', 'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'),
    ('kelurahan and kecamatan of one name', 'Jl. Kebon Sirih No. 22, Gambir, Gambir, Jakarta Pusat 10110'),
    ('Jakarta as the city', 'Jl. Pati No. 1, Menteng, Jakarta 10310'),
    ('Jakarta, another kelurahan', 'Jl. Kebon Sirih No. 22, Kebon Kelapa, Jakarta 10110'),
    ('a complex, RT/RW', 'Kompleks Giri Indah, Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15138, Banten'),
    ('Bandung: the city or the regency', 'Jl. Kopo No. 5, Kopo, Bandung 40225'),
    ('Kota Bandung', 'Jl. Kopo No. 5, Kopo, Kota Bandung 40225'),
    -- not in the register: the code of what does match
    ('kelurahan not in its city', 'Jl. Pati No. 1, Cipaganti, Jakarta Pusat 10310'),
    ('kelurahan not in its kecamatan', 'Jl. Cihampelas No. 161, Cipaganti, Sukajadi, Kota Bandung 40131'),
    ('the regency, not the city', 'Jl. Cihampelas No. 161, Cipaganti, Coblong, Kab. Bandung 40131'),
    ('a city of two regencies, wrong kelurahan', 'Jl. Pati No. 1, Menteng, Bandung 40131');
SELECT n, note, id_address_area_code(a) AS area_code, id_address_in_register(a) AS in_register
  FROM addr ORDER BY n;
-- the type itself refuses a city the register does not know, or one its province does not hold
SELECT v AS written, id_address_is_valid(v) AS valid
  FROM unnest(ARRAY['Jl. Cihampelas No. 161, Cipaganti, Coblong, Kota Bandung 40131, Banten',
                    'Jl. Pati No. 1, Menteng, Kota Antah Berantah 10310']) v;

-- the area code names the written kelurahan when the address is in the register
SELECT a.n, w.code, w.name = id_address_kelurahan(a.a) AS kelurahan_named
  FROM addr a JOIN id_wilayah() w ON w.code = id_address_area_code(a.a)
 WHERE id_address_in_register(a.a) AND w.level = 'village'
 ORDER BY a.n;
-- its city and province, from the register
SELECT a.n, v.name AS kelurahan, d.name AS kecamatan, r.name AS city, p.name AS province
  FROM addr a
  JOIN id_wilayah() v ON v.code = id_address_area_code(a.a) AND v.level = 'village'
  JOIN id_wilayah() d ON d.code = v.parent_code
  JOIN id_wilayah() r ON r.code = d.parent_code
  JOIN id_wilayah() p ON p.code = r.parent_code
 ORDER BY a.n;
-- every area code is a code of the register, valid as id_kode_wilayah
SELECT count(*) AS coded, count(*) FILTER (WHERE id_kode_wilayah_is_valid(id_address_area_code(a))) AS valid
  FROM addr WHERE id_address_area_code(a) IS NOT NULL;

-- a CHECK constraint: only addresses the register knows
\set VERBOSITY terse
CREATE TEMP TABLE puskesmas (nama text, alamat id_address CHECK (id_address_in_register(alamat)));
INSERT INTO puskesmas VALUES ('Puskesmas Kecamatan Menteng', 'Jl. Pegangsaan Barat No. 14, Menteng, Jakarta Pusat 10320');
INSERT INTO puskesmas VALUES ('Puskesmas Kecamatan Coblong', 'Jl. Sangkuriang No. 2, Dago, Coblong, Kota Bandung 40135');
INSERT INTO puskesmas VALUES ('Puskesmas Salah', 'Jl. Pegangsaan Barat No. 14, Dago, Jakarta Pusat 10320');
UPDATE puskesmas SET alamat = 'Jl. Sangkuriang No. 2, Dago, Coblong, Kab. Bandung 40135'
 WHERE nama = 'Puskesmas Kecamatan Coblong';
INSERT INTO puskesmas VALUES ('Puskesmas tanpa alamat', NULL);
\set VERBOSITY default
SELECT nama, id_address_area_code(alamat) FROM puskesmas ORDER BY nama;

-- NULL gives NULL
SELECT id_address_area_code(NULL) IS NULL AS area_code, id_address_in_register(NULL) IS NULL AS in_register;

-- the functions: IMMUTABLE, STRICT, PARALLEL SAFE, with a comment
SELECT p.oid::regprocedure, p.prorettype::regtype, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc p
 WHERE p.oid IN ('id_address_area_code(id_address)'::regprocedure, 'id_address_in_register(id_address)'::regprocedure)
 ORDER BY 1::text;

-- conformance_report: for an address column, how many conforming values the
-- register has, when it lacks some (in the suggestion, after what fixes the column)
CREATE TABLE alamat_puskesmas (nama text, alamat text, alamat_baku id_address);
INSERT INTO alamat_puskesmas VALUES
    ('Menteng', 'Jl. Pegangsaan Barat No. 14, Menteng, Jakarta Pusat 10320',
                'Jl. Pegangsaan Barat No. 14, Menteng, Jakarta Pusat 10320'),
    ('Gambir', 'Jl. Tanah Abang I No. 5, Petojo Selatan, Gambir, Jakarta Pusat 10160',
               'Jl. Tanah Abang I No. 5, Petojo Selatan, Gambir, Jakarta Pusat 10160'),
    ('Coblong', 'Jl. Sangkuriang No. 2, Dago, Coblong, Kota Bandung 40135',
                'Jl. Sangkuriang No. 2, Dago, Coblong, Kota Bandung 40135'),
    ('Salah kota', 'Jl. Sangkuriang No. 2, Dago, Jakarta Pusat 40135',
                   'Jl. Sangkuriang No. 2, Dago, Jakarta Pusat 40135'),
    ('Tanpa nomor', 'Jl. Dukuh 3, Cibodas, Tangerang 15138', NULL);
SELECT column_name, guideline_type, total, conforming, nonconforming, suggestion
  FROM conformance_report('alamat_puskesmas') WITH ORDINALITY r ORDER BY r.ordinality;
-- the query in the note finds the conforming value the register lacks
DO $$
DECLARE
    r record;
    found bigint;
BEGIN
    FOR r IN SELECT column_name, substring(suggestion FROM 'check the others: (.*)$') AS q
               FROM conformance_report('alamat_puskesmas') WHERE suggestion LIKE '%register%'
              ORDER BY column_name LOOP
        EXECUTE 'SELECT count(*) FROM (' || r.q || ') q' INTO found;
        RAISE NOTICE '%: % value(s) to check', r.column_name, found;
    END LOOP;
END $$;
-- the note is a comment after the SQL: the suggestion still runs
DELETE FROM alamat_puskesmas WHERE nama = 'Tanpa nomor';
SELECT column_name, suggestion FROM conformance_report('alamat_puskesmas') WHERE column_name = 'alamat';
DO $$ BEGIN EXECUTE (SELECT suggestion FROM conformance_report('alamat_puskesmas') WHERE column_name = 'alamat'); END $$;
SELECT pg_typeof(alamat) FROM alamat_puskesmas LIMIT 1;
-- once every conforming address is in the register, there is no note
UPDATE alamat_puskesmas SET alamat = 'Jl. Sangkuriang No. 2, Dago, Coblong, Kota Bandung 40135',
                            alamat_baku = 'Jl. Sangkuriang No. 2, Dago, Coblong, Kota Bandung 40135'
 WHERE nama = 'Salah kota';
SELECT column_name, conforming, suggestion
  FROM conformance_report('alamat_puskesmas') WITH ORDINALITY r ORDER BY r.ordinality;
DROP TABLE alamat_puskesmas;
