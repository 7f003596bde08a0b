-- id_address_from_parts: an address from the split columns of government lists
-- (alamat, rt, rw, kelurahan, kecamatan, kota, kode_pos), in the order of
-- G4.5-ADDR-1, read by the type's parser; id_address_from_parts_error says
-- which part is missing or wrong.  G4.5-ADDR-1 .. -4.
\pset null NULL

-- Street parts as published in the puskesmas and hospital list of the Jakarta
-- health office (hackjak2017's mst_puskesmas, the "alamat" column), with the
-- other columns as a split list holds them: all caps, labels, "-" and empty
-- cells, RT/RW in any writing.  Kelurahan, kecamatan, city and postal code are
-- the register's and the post's for the puskesmas's kecamatan.
CREATE TEMP TABLE puskesmas (
    nama text, alamat text, rt text, rw text, kelurahan text, kecamatan text,
    kota text, kode_pos text);
INSERT INTO puskesmas VALUES
    ('PUSKESMAS KECAMATAN TANAH ABANG', 'Jl. KH Mas Mansyur  No. 30', NULL, NULL,
     'Kebon Kacang', 'Tanah Abang', 'Jakarta Pusat', '10240'),
    ('PUSKESMAS KECAMATAN KEBAYORAN BARU', 'Jl. Iskandarsyah Raya No. 105', '-', '-',
     'MELAWAI', 'KEBAYORAN BARU', 'KOTA ADM. JAKARTA SELATAN', '12160'),
    ('PUSKESMAS KECAMATAN TAMANSARI', 'Jl. Madu No.10', '003', '03',
     'Mangga Besar', 'Taman Sari', 'Jakarta Barat', ' 11180 '),
    ('PUSKESMAS KECAMATAN KEMAYORAN', 'Jl. Serdang Baru I No. 1', 'RT 006', 'RW 05',
     'Kel. Serdang', 'Kec. Kemayoran', 'Jakarta Pusat', '10650'),
    ('PUSKESMAS KECAMATAN CEMPAKA PUTIH', 'Jl. Rawasari Selatan Nomor 1', '', '',
     'Cempaka Putih Timur', '', 'Jakarta Pusat', '10510'),
    ('PUSKESMAS KECAMATAN PADEMANGAN', 'Jl. Budi Mulia Nomor 11', 'Rt.2', NULL,
     'Pademangan Barat', NULL, 'Jakarta Utara', '14420'),
    ('PUSKESMAS KECAMATAN KELAPA GADING', 'JL. GADANG NOMOR 1', '0', '0',
     'PEGANGSAAN DUA', 'KELAPA GADING', 'JAKARTA UTARA', '14250'),
    ('Satya Negara', 'Jl. Agung Utara Raya Blok A No. 1', '2', '11',
     'Sunter Agung', 'Tanjung Priok', 'Jakarta Utara', '14350'),
    -- refused: the building number, the city or the postal code is missing or wrong
    ('PUSKESMAS KECAMATAN JAGAKARSA', 'Jl. M. Khafi', NULL, NULL,
     'Jagakarsa', 'Jagakarsa', 'Jakarta Selatan', '12620'),
    ('PUSKESMAS KECAMATAN PESANGGRAHAN', 'Jl. Cenek I/1', NULL, NULL,
     'Pesanggrahan', 'Pesanggrahan', '-', '12320'),
    ('PUSKESMAS KECAMATAN GAMBIR', 'Jl. Tanah Abang I No. 10', NULL, NULL,
     'Petojo Selatan', 'Gambir', 'Jakarta Pusat', '1016'),
    ('PUSKESMAS KECAMATAN SENEN', 'Jl. Kramat VII No. 1', 'tujuh', NULL,
     'Kramat', 'Senen', 'Jakarta Pusat', '10450'),
    ('PUSKESMAS KECAMATAN MATRAMAN', 'Jl. Kebon Kelapa Raya No.29', NULL, NULL,
     'Utan Kayu Utara', 'Matraman', 'Jakarta Tengah', '13120'),
    ('PUSKESMAS KECAMATAN KOJA', 'Jl. Wayang Permai Nomor 39', NULL, NULL,
     NULL, 'Koja', 'Jakarta Utara', '14260'),
    ('PUSKESMAS KECAMATAN JOHAR BARU', 'Jalan Tanah Tinggi XII No. 1', NULL, NULL,
     'Tanah Tinggi, Johar Baru', NULL, 'Jakarta Pusat', '10540');

-- the rows that build, with the parts the type reads back
SELECT nama, a AS alamat_lengkap, id_address_rt(a) AS rt, id_address_rw(a) AS rw,
       id_address_kecamatan(a) AS kecamatan, id_address_postal_code(a) AS kode_pos
  FROM puskesmas p,
       LATERAL (SELECT id_address_from_parts(p.alamat, p.rt, p.rw, p.kelurahan,
                                             p.kecamatan, p.kota, p.kode_pos) AS a) x
 WHERE id_address_from_parts_error(p.alamat, p.rt, p.rw, p.kelurahan, p.kecamatan,
                                   p.kota, p.kode_pos) IS NULL
 ORDER BY nama;

-- the rows that do not, and why: the part is named
SELECT nama, id_address_from_parts_error(alamat, rt, rw, kelurahan, kecamatan, kota, kode_pos)
  FROM puskesmas
 WHERE id_address_from_parts_error(alamat, rt, rw, kelurahan, kecamatan, kota, kode_pos) IS NOT NULL
 ORDER BY nama;

-- the bulk UPDATE that skips the bad rows
ALTER TABLE puskesmas ADD COLUMN alamat_lengkap id_address;
UPDATE puskesmas
   SET alamat_lengkap = id_address_from_parts(alamat, rt, rw, kelurahan, kecamatan, kota, kode_pos)
 WHERE id_address_from_parts_error(alamat, rt, rw, kelurahan, kecamatan, kota, kode_pos) IS NULL;
SELECT count(alamat_lengkap) AS built, count(*) - count(alamat_lengkap) AS skipped FROM puskesmas;

-- the same text as the type's own input
SELECT id_address_from_parts('Jl. Pati No. 1', NULL, NULL, 'Menteng', NULL, 'Jakarta Pusat', '10310')
     = 'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'::id_address AS same;
-- G4.5-ADDR-5: the guideline's example with RT/RW and province
SELECT id_address_from_parts('Jl. Dukuh 3 No. 3', '2', '11', 'Cibodas', NULL, 'Tangerang', '15114');
-- a complex before the street is kept
SELECT id_address_from_parts('Kompleks Giri Indah, Jl. Dukuh 3 No. 3', NULL, NULL, 'Cibodas', '',
                             'Tangerang', '15138');
-- RT only, RW only
SELECT id_address_from_parts('Jl. Pati No. 1', 'RT:4', NULL, 'Menteng', NULL, 'Jakarta Pusat', '10310'),
       id_address_from_parts('Jl. Pati No. 1', NULL, 'Rw. 7', 'Menteng', NULL, 'Jakarta Pusat', '10310');
-- the RT/RW already in alamat, and the same in the columns
SELECT id_address_from_parts('Jl. Madu No. 10 RT 003/RW 03', '3', '3', 'Mangga Besar', 'Taman Sari',
                             'Jakarta Barat', '11180');
-- not STRICT: all NULL is an error, not NULL
SELECT id_address_from_parts_error(NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- the errors as raised: 22P02 with the part in the detail and the rule in the hint
CREATE FUNCTION pg_temp.raised(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    state text;
    msg text;
    detail text;
    hint text;
BEGIN
    EXECUTE 'SELECT ' || query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL,
                            hint = PG_EXCEPTION_HINT;
    RETURN concat_ws(E'\n', state || ': ' || msg, 'DETAIL: ' || nullif(detail, ''), 'HINT: ' || nullif(hint, ''));
END $$;

\x on
SELECT q AS call, pg_temp.raised(q) AS error FROM (VALUES
    ('id_address_from_parts(''Jl. Pati No. 1'', NULL, NULL, ''Menteng'', NULL, NULL, ''10310'')'),
    ('id_address_from_parts(''Jl. M. Khafi'', NULL, NULL, ''Jagakarsa'', NULL, ''Jakarta Selatan'', ''12620'')'),
    ('id_address_from_parts(''Jl. Pati No. 1'', ''1000'', NULL, ''Menteng'', NULL, ''Jakarta Pusat'', ''10310'')'),
    ('id_address_from_parts(''Jl. Pati No. 1'', NULL, ''2/3'', ''Menteng'', NULL, ''Jakarta Pusat'', ''10310'')'),
    ('id_address_from_parts(''Jl. Pati No. 1'', NULL, NULL, ''Menteng'', NULL, ''Jakarta Pusat'', ''01310'')'),
    ('id_address_from_parts(''Jl. Pati No. 1'', NULL, NULL, ''Menteng'', NULL, ''Jakarta Raya'', ''10310'')'),
    ('id_address_from_parts(''-'', NULL, NULL, ''Menteng'', NULL, ''Jakarta Pusat'', ''10310'')'),
    ('id_address_from_parts(''Jl. Pati No. 1'', NULL, NULL, ''Kecamatan Menteng'', NULL, ''Jakarta Pusat'', ''10310'')')) v(q);
\x off

-- the error function in Indonesian
SET lc_messages = 'id_ID.UTF-8';
SELECT id_address_from_parts_error('Jl. Pati No. 1', NULL, NULL, 'Menteng', NULL, '', '10310');
RESET lc_messages;

-- volatility and parallel safety as documented
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
  FROM pg_proc p WHERE p.proname IN ('id_address_from_parts', 'id_address_from_parts_error')
 ORDER BY 1::text;
