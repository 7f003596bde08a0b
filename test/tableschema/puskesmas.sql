-- test/tableschema/quick runs this in its work directory (\copy and \o write there):
--   puskesmas.csv   a table of every guideline type, as \copy ... CSV HEADER writes it
--   schema.json     its table_schema()
--   cases.csv       column, value, rejected: one nonconforming value for each constrained
--                   column, and whether the database rejects it in that column (it must)
--   bulk/<column>.good.csv, bulk/<column>.bad.csv
--                   many values as the type prints them / values the type rejects
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

-- Puskesmas (community health centres) of Jakarta Pusat, every column of a guideline type
CREATE TABLE puskesmas (
    id integer PRIMARY KEY,
    nama varchar(80) NOT NULL UNIQUE,
    alamat id_address NOT NULL,
    lokasi latlong,
    telepon id_phone,
    surel id_email,
    situs id_url,
    jam_buka id_time_tz,
    jam_tutup id_time_tz,
    rawat_inap id_bool,
    jumlah_dokter id_number,
    anggaran id_number,
    tahun_berdiri id_year,
    bulan_data id_month,
    hari_posyandu id_day,
    tanggal_akreditasi id_date,
    kode_wilayah id_kode_wilayah,
    buka_24_jam boolean,
    diperbarui date,
    catatan text
);
COMMENT ON COLUMN puskesmas.hari_posyandu IS 'tanggal posyandu setiap bulan';
-- every guideline type of the registry has a column here
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM guideline_types() WHERE type_name NOT IN
               (SELECT atttypid FROM pg_attribute WHERE attrelid = 'puskesmas'::regclass)) THEN
        RAISE EXCEPTION 'puskesmas has no column of %', (SELECT string_agg(type_name::text, ', ')
            FROM guideline_types() WHERE type_name NOT IN
                 (SELECT atttypid FROM pg_attribute WHERE attrelid = 'puskesmas'::regclass));
    END IF;
END $$;

INSERT INTO puskesmas VALUES
    (1, 'Puskesmas Kecamatan Menteng', 'Jl. Pegangsaan Barat No. 14, Menteng, Jakarta Pusat 10320',
     '-6.1985, 106.8412', '(021) 3144021', 'pkcmenteng@jakarta.go.id',
     'https://puskesmasmenteng.jakarta.go.id/', '07:30', '16:00+0700', 'tidak', '12', '2450000000.50',
     '1974', '01', '05', '2019-11-27', '31.71.06.1001', false, '2024-01-31', NULL),
    (2, 'Puskesmas Kecamatan Gambir', 'Jl. Tanah Abang I No. 5, Petojo Selatan, Gambir, Jakarta Pusat 10160',
     '-6.1702, 106.8147', '021-3840120', 'pkc.gambir@jakarta.go.id',
     'http://data.jakarta.go.id/dataset/puskesmas?kecamatan=gambir#peta', '07:30:00', '16:00:00+0700',
     '1', '9', '1875000000', '1976', '12', '15', '2022-02', '31.71.01.1003', false, '2024-01-31', 'rawat inap bersalin'),
    (3, 'Puskesmas Kecamatan Tanah Abang',
     'Jl. KH Mas Mansyur No. 30, Kebon Kacang, Tanah Abang, Jakarta Pusat 10240, DKI Jakarta',
     '-6.2063, 106.8122', '+62 21 5703356', 'pkc_tanahabang@jakarta.go.id',
     'https://dinkes.jakarta.go.id/puskesmas/tanah-abang', '00:00', '23:59:59', 'ya', '15', '-0.5',
     '0999', '06', '31', '2024-02-29', '31.71.01', true, '2024-02-29', 'IGD 24 jam; "poli gigi" tutup'),
    (4, 'Puskesmas Kelurahan Cempaka Putih Timur',
     'Jl. Rawasari Selatan No. 1 RT02/RW11, Cempaka Putih Timur, Jakarta Pusat 10510',
     '-6.1800000, 106.8700', '0812 3456 7890', 'cpt@puskesmas.jakarta.go.id',
     'https://[2001:db8::1]:8443/a%20b', '08:00+0800', '14:00+0900', '0', '+3', '1000000',
     '-0001', '02', '01', '2000-02-29', '31.71', NULL, '1999-12-31', NULL),
    (5, 'Klinik Pulau Seribu (contoh luar negeri)', 'Jl. Johar Baru III No. 2, Johar Baru, Jakarta Pusat 10560',
     '-90.0000, 180.0000', '+39 06 12345678', 'info@klinik.example.org', 'http://10.0.0.1:8080',
     '09:15:10+0700', '21:00', 'ya', '0', '0', '2014', '09', '02', '2014-09-02', '31', true, '2014-09-02',
     'nomor darurat 112'),
    (6, 'Puskesmas Kecamatan Sawah Besar',
     'Jl. Dwiwarna Raya No. 6, Karang Anyar, Sawah Besar, Jakarta Pusat 10740',
     NULL, '112', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2023', NULL, NULL, '-0001-02-29', NULL, NULL,
     NULL, '');

\copy (SELECT * FROM puskesmas ORDER BY id) TO 'puskesmas.csv' CSV HEADER
\pset tuples_only on
\pset format unaligned
\o schema.json
SELECT jsonb_pretty(table_schema('puskesmas'));
\o

-- One nonconforming value for each column with a constraint.  "rejected" says whether
-- the database rejects it in that column of row 1 (the value '' is NULL, as COPY reads it).
CREATE FUNCTION pg_temp.rejected(col text, val text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    BEGIN
        EXECUTE format('UPDATE puskesmas SET %I = %L WHERE id = 1', col, nullif(val, ''));
        RAISE EXCEPTION USING ERRCODE = 'OD001';    -- accepted: undo it
    EXCEPTION
        WHEN SQLSTATE 'OD001' THEN RETURN false;
        WHEN OTHERS THEN RETURN true;
    END;
END $$;
CREATE TEMP TABLE cases (n serial, col text, val text, gap boolean DEFAULT false);
INSERT INTO cases (col, val) VALUES
    ('id', '2'), ('id', ''),
    ('nama', ''), ('nama', 'Puskesmas Kecamatan Gambir'), ('nama', repeat('x', 81)),
    ('lokasi', '-91.0000, 0'), ('lokasi', '-91.0000, 0.0000'), ('lokasi', '-6.1754, 196.8272'),
    ('lokasi', '106.8272, -6.1754'), ('lokasi', '-6,1754; 106,8272'), ('lokasi', '-6.1754 106.8272'),
    ('lokasi', '-6.1234567890123456, 106.8272'),
    ('telepon', '0219 9'), ('telepon', '021 1234'), ('telepon', '0840 1234567'),
    ('telepon', '0812 3456789012'), ('telepon', '021 3144021 / 3144022'), ('telepon', 'Telp. 021 3144021'),
    ('telepon', '021.3144021'), ('telepon', '+39 0'), ('telepon', '1123'),
    ('surel', 'pkcmenteng(at)jakarta.go.id'), ('surel', 'pkcmentengjakarta.go.id'),
    ('surel', 'pkc..menteng@jakarta.go.id'), ('surel', 'pkcmenteng@jakarta'), ('surel', 'pkc menteng@jakarta.go.id'),
    ('situs', 'www.jakarta.go.id'), ('situs', 'ftp://jakarta.go.id/data.csv'),
    ('situs', 'https://jakarta.go.id/data set.csv'), ('situs', 'https://user:rahasia@jakarta.go.id/'),
    ('situs', 'https://jakarta.go.id:0/'), ('situs', 'https://jakarta.go.id/%zz'),
    ('jam_buka', '09.15'), ('jam_buka', '9:15'), ('jam_buka', '09:15 WIB'), ('jam_buka', '24:00'),
    ('jam_buka', '09:15+07:00'), ('jam_buka', '09:15 +0700'), ('jam_buka', '09:15+0600'), ('jam_buka', '09:15:10.5'),
    ('rawat_inap', 'true'), ('rawat_inap', 'Ya'), ('rawat_inap', 'TIDAK'), ('rawat_inap', '2'),
    ('jumlah_dokter', '10.000.000'), ('jumlah_dokter', '1,5'), ('jumlah_dokter', 'Rp10.000.000,00'),
    ('jumlah_dokter', '12%'), ('jumlah_dokter', '1.000,50'), ('jumlah_dokter', 'sepuluh'),
    ('tahun_berdiri', '74'), ('tahun_berdiri', '''74'), ('tahun_berdiri', '-0000'), ('tahun_berdiri', '20145'),
    ('bulan_data', '1'), ('bulan_data', '13'), ('bulan_data', 'Januari'), ('bulan_data', '00'),
    ('hari_posyandu', '5'), ('hari_posyandu', '32'), ('hari_posyandu', '00'),
    ('tanggal_akreditasi', '2019-02-29'), ('tanggal_akreditasi', '2019-11-31'), ('tanggal_akreditasi', '1900-02-29'),
    ('tanggal_akreditasi', '27-11-2019'), ('tanggal_akreditasi', '2019-11-7'), ('tanggal_akreditasi', '2019/11/27'),
    ('tanggal_akreditasi', '27 November 2019'), ('tanggal_akreditasi', '0000-01'), ('tanggal_akreditasi', '2019'),
    ('tanggal_akreditasi', '-0002-02-29'),
    ('kode_wilayah', '3171'), ('kode_wilayah', '31.7'), ('kode_wilayah', '31.71.01.101'),
    ('kode_wilayah', '31.71.01.0000'), ('kode_wilayah', '09'), ('kode_wilayah', '31-71'),
    ('buka_24_jam', 'ya'), ('diperbarui', '31-01-2024'), ('diperbarui', '2024-02-30');
-- Known gaps: values the database rejects that the validator accepts, and no field
-- property can exclude: the "number" type reads exponents, hexadecimal, NaN, INF, a
-- missing digit around the point and spaces; the CSV reader drops the leading spaces of
-- a value not in quotes, and the "boolean" type those of any value; an area code in
-- the format that the register of areas lacks (the pattern checks the format only).
INSERT INTO cases (col, val, gap) VALUES
    ('kode_wilayah', '31.99', true), ('kode_wilayah', '31.71.01.1007', true),
    ('jumlah_dokter', '1e5', true), ('jumlah_dokter', '0x1F', true), ('jumlah_dokter', 'NaN', true),
    ('jumlah_dokter', '-INF', true), ('jumlah_dokter', '.5', true), ('jumlah_dokter', '5.', true),
    ('jumlah_dokter', '1 000', true), ('rawat_inap', ' ya', true), ('hari_posyandu', ' 05', true);
\copy (SELECT col AS "column", val AS value, pg_temp.rejected(col, val) AS rejected, gap FROM cases ORDER BY n) TO 'cases.csv' CSV HEADER

-- Many values: as the type prints them (good) and rejected by the type (bad)
CREATE TEMP TABLE bulk (col text, val text);
INSERT INTO bulk
SELECT 'hari_posyandu', v FROM (SELECT lpad(i::text, 2, '0') FROM generate_series(0, 99) i
                                UNION ALL VALUES ('1'), ('001'), ('1a')) v(v)
UNION ALL
SELECT 'bulan_data', v FROM (SELECT lpad(i::text, 2, '0') FROM generate_series(0, 99) i
                             UNION ALL VALUES ('1'), ('001'), ('Mei')) v(v)
UNION ALL
SELECT 'tahun_berdiri', v FROM (SELECT CASE WHEN y < 0 THEN '-' ELSE '' END || lpad(abs(y)::text, 4, '0')
                                  FROM generate_series(-2100, 2100, 7) y
                                UNION ALL VALUES ('0000'), ('-0000'), ('-0001'), ('9999'), ('123'), ('12345'), ('+2014')) v(v)
UNION ALL
SELECT 'tanggal_akreditasi', y || s FROM (SELECT CASE WHEN y < 0 THEN '-' ELSE '' END || lpad(abs(y)::text, 4, '0')
                                            FROM generate_series(-2100, 2100) y) y(y),
                                         (VALUES ('-02-29'), ('-02-28'), ('-02-30'), ('-01'), ('-13'), ('-04-31'), ('-12-31')) s(s)
UNION ALL
SELECT 'kode_wilayah', v FROM (
    -- every province and every code of DKI Jakarta in the register
    SELECT code FROM id_wilayah() WHERE level = 'province' OR code LIKE '31.%'
    UNION ALL
    -- parts short, long or zero; a code in the format that the register lacks is a
    -- known gap (above), left out here
    SELECT p FROM unnest('{09,3,100}'::text[]) p
    UNION ALL SELECT '31.' || r FROM unnest('{00,7,100}'::text[]) r
    UNION ALL SELECT '31.71.' || d FROM unnest('{00,1,001}'::text[]) d
    UNION ALL SELECT '31.71.01.' || k FROM unnest('{0000,101,10010}'::text[]) k) v(v)
UNION ALL
SELECT 'jam_buka', lpad(h::text, 2, '0') || ':' || lpad(m::text, 2, '0') || s || o
  FROM generate_series(0, 24) h, generate_series(0, 60, 3) m, unnest('{"",":00",":59",":60"}'::text[]) s,
       unnest('{"",+0700,+0800,+0900,+0600,+07:00,+07,WIB}'::text[]) o
UNION ALL
SELECT 'lokasi', lat || ', ' || lon
  FROM unnest('{0.0000,-0.0001,6.1754,-6.1754,-6.17540,-6.175,89.9999,90.0000,-90.000000000000000,90.0001,91.0000,06.1754,6.123456789012345,6.1234567890123456}'::text[]) lat,
       unnest('{0.0000,106.8272,-106.8272,179.9999,180.0000,-180.000000000000000,180.0001,181.0000,99.9999,-9.5000,0106.8272}'::text[]) lon
UNION ALL
SELECT 'telepon', v FROM (
    SELECT '0' || c || ' ' || left('3144021987', k) FROM generate_series(10, 999) c, generate_series(4, 10) k
    UNION ALL
    SELECT c::text FROM generate_series(100, 199) c
    UNION ALL
    SELECT '+' || c || ' ' || CASE WHEN a = 0 THEN left('61234567890123456', k)
                                   ELSE left('61234567890123456', a) || ' ' || substr('61234567890123456', a + 1, k - a) END
      FROM generate_series(1, 999, 2) c, unnest('{3,4,12,13,14}'::int[]) k, unnest('{0,1,7,8}'::int[]) a
     WHERE a < k) v(v)
 -- a foreign number of a length its country lacks is a known gap of the pattern (it
 -- checks the country code only), left out here
 WHERE coalesce(guideline_error(v, 'phone') !~ '^(numbers with the country code|no number of the country code)', true);
-- the type's verdict: 'good' if it reads the value and prints it unchanged, 'bad' if it rejects it
CREATE FUNCTION pg_temp.verdict(col text, val text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    printed text;
BEGIN
    EXECUTE format('SELECT CAST(%L AS %s)::text', val,
                   (SELECT atttypid::regtype FROM pg_attribute
                     WHERE attrelid = 'puskesmas'::regclass AND attname = col)) INTO printed;
    RETURN CASE WHEN printed = val THEN 'good' END;     -- read, but printed otherwise: neither
EXCEPTION WHEN OTHERS THEN
    RETURN 'bad';
END $$;
CREATE TEMP TABLE bulk_verdict AS SELECT col, val, pg_temp.verdict(col, val) AS verdict FROM bulk;
\o bulk.psql
SELECT format('\copy (SELECT val AS %I FROM bulk_verdict WHERE col = %L AND verdict = %L ORDER BY val) TO ''bulk/%s.%s.csv'' CSV HEADER',
              col, col, verdict, col, verdict)
  FROM (SELECT DISTINCT col, verdict FROM bulk_verdict WHERE verdict IS NOT NULL) s ORDER BY 1;
\o
\i bulk.psql
