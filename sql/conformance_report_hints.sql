-- conformance_report on columns as agencies publish them: the column's name
-- (column_hint), weak evidence that must not change values, missing-value marks,
-- local phone numbers, a latitude/longitude pair, and the preview of each change.
SELECT n, column_hint(n) FROM unnest(ARRAY['NO. TELP', 'notelp', 'Telp/Fax', 'HP', 'alamat', 'Alamat Email',
    'website', 'tanggal_kejadian', 'tgl', 'JAM', 'tahun', 'bulan', 'jumlah_kk', 'LUAS WILAYAH (KM2)',
    'petugas_mati', 'kode_provinsi', 'kode pos', 'nomor_provinsi', 'lat', 'Lintang', 'bujur', 'lokasi.lon',
    'nama_kelurahan', 'kecamatan', 'no', 'keterangan', 'lama_operasi_jam', 'x']) n;
SELECT v, is_missing_value(v) FROM unnest(ARRAY['NA', ' n/a ', '-', '–', 'none', 'NULL', 'kosong', '?', '',
    '   ', NULL, '0', 'tidak', 'tidak ada', 'x']) v;

CREATE TABLE kelurahan (
    "KELURAHAN" text,               -- names: text (G4.1-TEXT)
    "LUAS WILAYAH (KM2)" text,      -- G4.2-NUM: padded decimals, not times
    "KEPADATAN (JIWA/KM2)" text,    -- G4.2-NUM
    kode_provinsi text,             -- a code, not a year (G4.4-YEAR)
    petugas_mati text,              -- counts of 0 and 1, not booleans (G4.3-BOOL)
    jumlah_kk text,                 -- NA is a missing value
    vcr text,                       -- .241 is 0.241
    id text                         -- a row number: a code, yet not an area code
);
INSERT INTO kelurahan
SELECT 'Kelurahan ' || i, ' ' || (i % 9 + 1) || '.' || lpad((i * 7 % 100)::text, 2, '0') || ' ',
       (10000 + i * 37)::text, CASE WHEN i % 2 = 0 THEN '1100' ELSE '3100' END,
       CASE WHEN i % 5 = 0 THEN '1' ELSE '0' END, CASE WHEN i % 10 = 3 THEN 'NA' ELSE (i * 3)::text END,
       '.' || (200 + i), i::text
  FROM generate_series(1, 40) i;
SELECT column_name, guideline_type, total, conforming, nonconforming, fixable, example_bad, preview
  FROM conformance_report('kelurahan') WITH ORDINALITY r ORDER BY r.ordinality;
SELECT column_name, suggestion FROM conformance_report('kelurahan') WITH ORDINALITY r ORDER BY r.ordinality;
-- the suggestions keep every value's meaning: numbers stay the same numbers
CREATE TABLE kelurahan_before AS SELECT * FROM kelurahan;
DO $$
DECLARE
    s text;
BEGIN
    FOR s IN SELECT suggestion FROM conformance_report('kelurahan') WHERE suggestion NOT LIKE '--%' LOOP
        EXECUTE s;
    END LOOP;
END $$;
SELECT attname, atttypid::regtype FROM pg_attribute
 WHERE attrelid = 'kelurahan'::regclass AND attnum > 0 ORDER BY attnum;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE btrim(b."LUAS WILAYAH (KM2)")::numeric = a."LUAS WILAYAH (KM2)"::numeric) AS same_area,
       count(*) FILTER (WHERE b.kode_provinsi = a.kode_provinsi) AS same_code,
       count(*) FILTER (WHERE b.petugas_mati = a.petugas_mati) AS same_count,
       count(*) FILTER (WHERE b.jumlah_kk = a.jumlah_kk::text) AS same_kk,
       count(*) FILTER (WHERE b.jumlah_kk = 'NA' AND a.jumlah_kk IS NULL) AS na_to_null,
       count(*) FILTER (WHERE b.vcr::numeric = a.vcr::numeric) AS same_vcr
  FROM kelurahan_before b JOIN kelurahan a USING ("KELURAHAN");

-- telephones without their area code, in a column named for them: the area the
-- column's other numbers share; none when they are of several areas
CREATE TABLE ukm (nama text, telepon text, fax text);
INSERT INTO ukm SELECT 'Usaha ' || i,
       CASE WHEN i % 3 = 0 THEN '021 ' || (5550000 + i) WHEN i % 3 = 1 THEN (4510000 + i)::text ELSE '-' END,
       CASE WHEN i % 2 = 0 THEN (7970000 + i)::text ELSE '0' || (22 + i % 3) || ' ' || (6000000 + i) END
  FROM generate_series(1, 30) i;
SELECT column_name, guideline_type, total, conforming, fixable, suggestion, preview
  FROM conformance_report('ukm') WITH ORDINALITY r ORDER BY r.ordinality;

-- a latitude and a longitude column: one latlong column (G4.5-LAT, G4.5-LON); a
-- "latitude" above 90 next to a "longitude" within 90 were written the other way round
CREATE TABLE pos (nama text, latitude text, longitude text);
INSERT INTO pos VALUES ('Pos Menteng', '-6.1966', '106.8372'), ('Pos Gambir', ' -6.1767', '106.8166 '),
                       ('Pos Tanah Abang', NULL, NULL), ('Pos Senen', 'NA', '106.8450');
SELECT column_name, guideline_type, total, fixable, suggestion, preview
  FROM conformance_report('pos') WITH ORDINALITY r ORDER BY r.ordinality;
DO $$ BEGIN EXECUTE (SELECT suggestion FROM conformance_report('pos') WHERE column_name = 'latitude'); END $$;
SELECT nama, lokasi FROM pos ORDER BY nama;
CREATE TABLE pos2 (lintang text, bujur text);
INSERT INTO pos2 VALUES ('106.8372', '-6.1966'), ('106.8166', '-6.1767');
SELECT column_name, suggestion, preview FROM conformance_report('pos2');

DROP TABLE kelurahan, kelurahan_before, ukm, pos, pos2;

-- dates in D/M/YYYY or M/D/YYYY (G4.4-DATE): the order the column shows; when
-- nothing shows it, or both occur, only a comment (a person says which)
CREATE TABLE kejadian (tanggal text, tgl_lapor text, tanggal_selesai text, tanggal_campur text);
INSERT INTO kejadian VALUES ('1/18/2013', '18/1/2013', '1/2/2013', '1/18/2013'),
                            ('2/9/2013', '9/2/2013', '3/4/2013', '18/1/2013'),
                            ('12/1/2013', '1/12/2013', '2013-05-06', '2/2/2013'),
                            ('NA', '-', '', NULL);
SELECT column_name, guideline_type, conforming, fixable, preview
  FROM conformance_report('kejadian') WITH ORDINALITY r ORDER BY r.ordinality;
SELECT column_name, suggestion FROM conformance_report('kejadian') WITH ORDINALITY r ORDER BY r.ordinality;

-- web addresses without their scheme (G4.8-URL), in a column named for them or not
CREATE TABLE situs (website text, laman_dinas text, catatan text);
INSERT INTO situs VALUES ('www.jakarta.go.id', 'dinkes.jakarta.go.id/puskesmas', 'lihat lampiran.pdf'),
                         ('http://data.jakarta.go.id', 'http://bpbd.jakarta.go.id', 'Jl. Sudirman'),
                         ('-', 'disdik.jakarta.go.id', 'ok');
SELECT column_name, guideline_type, conforming, fixable, suggestion, preview
  FROM conformance_report('situs') WITH ORDINALITY r ORDER BY r.ordinality;

-- an address in split columns, as government lists keep it (G4.5-ADDR): the report
-- suggests id_address_from_parts when the parts make more addresses than the
-- column's own values
CREATE TABLE pos_pemadam (nama_pos text, alamat text, rt text, rw text, kelurahan text,
                          kecamatan text, kotamadya text, kodepos text);
INSERT INTO pos_pemadam VALUES
    ('Pos Tanjung Duren', 'Jl. Tanjung Duren Raya No. 1', '1', '2', 'Tanjung Duren Utara', 'Grogol Petamburan', 'Jakarta Barat', '11470'),
    ('Pos Rawa Buaya', 'Jl. Hikmah Raya No. 30', NULL, NULL, 'Rawa Buaya', 'Cengkareng', 'Jakarta Barat', '11740'),
    ('Pos Salihara', 'Jl. Salihara', NULL, NULL, 'Pasar Minggu', 'Pasar Minggu', 'Jakarta Selatan', '12520'),
    ('Pos Agung', 'Jl. Agung Podomoro No. 3', '-', '-', '', 'Tambora', 'Jakarta Barat', '');
SELECT column_name, guideline_type, total, conforming, fixable, suggestion, preview
  FROM conformance_report('pos_pemadam') WHERE column_name = 'alamat';
DO $$ BEGIN EXECUTE (SELECT suggestion FROM conformance_report('pos_pemadam') WHERE column_name = 'alamat'); END $$;
SELECT nama_pos, alamat_lengkap FROM pos_pemadam ORDER BY nama_pos;

-- a table the planner estimates at 100000 rows or more: NOTICEs say where the
-- report is (the kinds, the scan, every 100000 rows, done)
CREATE TABLE besar AS SELECT g AS no, '021 ' || (5550000 + g) AS telepon FROM generate_series(1, 150000) g;
VACUUM besar;
SELECT column_name, guideline_type, total, conforming FROM conformance_report('besar');

DROP TABLE kejadian, situs, pos_pemadam, besar;

-- amounts (G3-COMPOUND): what parse_money reads is counted and rewritten, what it
-- would refuse ('Rp 3,000': thousands or decimals?) is left to a person
SELECT v, parse_money_is_valid(v) FROM unnest(ARRAY['Rp 1.200.000,00', 'Rp 3,000', 'US$ 1,100', '450000', 'Rp']) v;
CREATE TABLE anggaran (kegiatan text, nilai text);
INSERT INTO anggaran VALUES ('Cetak spanduk', '450000'), ('Konsumsi rapat', 'Rp 1.200.000,00'),
                            ('Sewa tenda', 'Rp 3,000'), ('Perangkat lunak', 'US$ 1,100');
SELECT column_name, guideline_type, nonconforming, fixable, example_bad, suggestion, preview
  FROM conformance_report('anggaran') WHERE column_name = 'nilai';
DO $$ BEGIN EXECUTE (SELECT suggestion FROM conformance_report('anggaran') WHERE column_name = 'nilai'); END $$;
SELECT * FROM anggaran ORDER BY kegiatan;
DROP TABLE anggaran;
