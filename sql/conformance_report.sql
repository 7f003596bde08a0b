-- conformance_report (issue 9) on telephone columns (G4.6-PHONE-*): the counts,
-- the example and its error, and suggestions that are run here to show they work.
-- Only text columns: other kinds (a number column) come with the other types.
CREATE SCHEMA laporan;
CREATE TABLE laporan."Kontak Puskesmas" (
    nama text,
    telepon text,               -- conforming, readable by id_phone_normalize, and not
    hp varchar(20),             -- every value conforms
    dihapus text,
    "Nomor Fax" text,           -- a name that needs quoting
    telepon_baku id_phone,      -- already the guideline type
    kosong text,                -- only NULL and ''
    catatan text                -- free text that a phone reader sometimes reads
);
ALTER TABLE laporan."Kontak Puskesmas" DROP COLUMN dihapus;
INSERT INTO laporan."Kontak Puskesmas" VALUES
 ('Puskesmas Kecamatan Menteng',     '021 3145134',        '0812 3456 7890',  '021 3145135', '021 3145134',   NULL, 'buka 24 jam'),
 ('Puskesmas Kecamatan Gambir',      'Telp. 021.3841235',  '0812-3456-7891',  '(021) 3841236', NULL,          '',   'hubungi 112'),
 ('Puskesmas Kecamatan Tanah Abang', '0219 9',             '+62 812 3456 7892', '',          '0815 123456789', NULL, NULL),
 ('Puskesmas Kecamatan Sawah Besar', '(021) 6241234',      '081234567893',    'fax rusak',   NULL,            NULL, 'pindah alamat'),
 ('Puskesmas Kecamatan Kemayoran',   '+62-21-4241234',     '0815 1234 5678',  NULL,          NULL,            NULL, 'Telp 021 4241235'),
 ('Puskesmas Kecamatan Senen',       '021 3901234 / 3901235', '0857 1111 2222', NULL,        NULL,            NULL, 'renovasi'),
 ('Puskesmas Kecamatan Cempaka Putih', NULL,               '0896 1234 5678',  NULL,          NULL,            NULL, 'baru');

SELECT r.* FROM conformance_report('laporan."Kontak Puskesmas"') WITH ORDINALITY r ORDER BY r.ordinality;

-- the counts agree with the validator and normaliser applied row by row
SELECT count(*) FILTER (WHERE id_phone_is_valid(telepon)) AS conforming,
       count(*) FILTER (WHERE NOT id_phone_is_valid(telepon) AND id_phone_normalize(telepon) IS NOT NULL) AS fixable,
       count(*) FILTER (WHERE NOT id_phone_is_valid(telepon) AND id_phone_normalize(telepon) IS NULL) AS need_a_person
  FROM laporan."Kontak Puskesmas";

-- it reads the table once, whatever the number of columns and types
SELECT pg_stat_force_next_flush();
SELECT seq_scan AS scans_before FROM pg_stat_user_tables
 WHERE relid = 'laporan."Kontak Puskesmas"'::regclass \gset
SELECT count(*) FROM conformance_report('laporan."Kontak Puskesmas"');
SELECT pg_stat_force_next_flush();
SELECT seq_scan - :scans_before AS scans FROM pg_stat_user_tables
 WHERE relid = 'laporan."Kontak Puskesmas"'::regclass;

-- run the suggestion for telepon: the UPDATE fixes what can be read
DO $$
BEGIN
    EXECUTE (SELECT suggestion FROM conformance_report('laporan."Kontak Puskesmas"')
              WHERE column_name = 'telepon');
END $$;
SELECT nama, telepon FROM laporan."Kontak Puskesmas" ORDER BY nama;
SELECT column_name, conforming, nonconforming, fixable, example_bad, suggestion
  FROM conformance_report('laporan."Kontak Puskesmas"') WHERE column_name = 'telepon';
-- a person corrects the rest; then the column can become id_phone
UPDATE laporan."Kontak Puskesmas" SET telepon = '021 3901234' WHERE nama = 'Puskesmas Kecamatan Senen';
UPDATE laporan."Kontak Puskesmas" SET telepon = NULL WHERE nama = 'Puskesmas Kecamatan Tanah Abang';
SELECT suggestion FROM conformance_report('laporan."Kontak Puskesmas"') WHERE column_name = 'telepon';

-- the quoted column: once its one unreadable value is gone, one ALTER TABLE ('' becomes NULL)
UPDATE laporan."Kontak Puskesmas" SET "Nomor Fax" = NULL WHERE "Nomor Fax" = 'fax rusak';
SELECT nonconforming, fixable, suggestion FROM conformance_report('laporan."Kontak Puskesmas"')
 WHERE column_name = 'Nomor Fax';

DO $$
DECLARE
    s text;
BEGIN
    FOR s IN SELECT suggestion FROM conformance_report('laporan."Kontak Puskesmas"')
              WHERE suggestion IS NOT NULL ORDER BY column_name LOOP
        EXECUTE s;
    END LOOP;
END $$;
SELECT attname, atttypid::regtype FROM pg_attribute
 WHERE attrelid = 'laporan."Kontak Puskesmas"'::regclass AND attnum > 0 AND NOT attisdropped
 ORDER BY attnum;
SELECT nama, telepon, hp, "Nomor Fax" FROM laporan."Kontak Puskesmas" ORDER BY nama;
-- after the conversion nothing is left to do
SELECT column_name, guideline_type, total, conforming, nonconforming, suggestion
  FROM conformance_report('laporan."Kontak Puskesmas"') WITH ORDINALITY r ORDER BY r.ordinality;

-- the example's error in the language of lc_messages
CREATE TABLE laporan.kontak2 (telepon text);
INSERT INTO laporan.kontak2 VALUES ('021 1234567'), ('0815 12');
SET lc_messages = 'id_ID.UTF-8';
SELECT example_bad, example_error FROM conformance_report('laporan.kontak2');
RESET lc_messages;
SELECT example_bad, example_error FROM conformance_report('laporan.kontak2');

-- half of the values must conform or be readable for a column to get a kind, or a
-- fifth when the column's name names it (telepon: G4.6-PHONE)
INSERT INTO laporan.kontak2 VALUES ('tutup'), ('Telp. 021-7654321');
SELECT guideline_type, total, conforming FROM conformance_report('laporan.kontak2');
INSERT INTO laporan.kontak2 VALUES ('tutup');
SELECT guideline_type, total, conforming FROM conformance_report('laporan.kontak2');
CREATE TABLE laporan.kontak4 (isi text);
INSERT INTO laporan.kontak4 VALUES ('021 1234567'), ('0815 12'), ('tutup'), ('Telp. 021-7654321'), ('libur');
SELECT guideline_type, total, conforming FROM conformance_report('laporan.kontak4');
DELETE FROM laporan.kontak4 WHERE isi = 'libur';
SELECT guideline_type, total, conforming FROM conformance_report('laporan.kontak4');

-- every nonconforming value can be read: one ALTER TABLE with the normaliser
CREATE TABLE laporan.kontak3 (telepon text);
INSERT INTO laporan.kontak3 VALUES ('021 1234567'), ('Telp. 021.7654321'), ('62 812 3456 7890'), ('');
SELECT nonconforming, fixable, suggestion FROM conformance_report('laporan.kontak3');
DO $$ BEGIN EXECUTE (SELECT suggestion FROM conformance_report('laporan.kontak3')); END $$;
SELECT telepon, pg_typeof(telepon) FROM laporan.kontak3 ORDER BY telepon;

-- a view, a table without columns, NULL
CREATE VIEW laporan.v AS SELECT '0815 12'::text AS t, 'tutup'::text AS n;
SELECT column_name, guideline_type, nonconforming, fixable, suggestion FROM conformance_report('laporan.v');
CREATE TABLE laporan.tanpa_kolom ();
SELECT count(*) FROM conformance_report('laporan.tanpa_kolom');
SELECT count(*) FROM conformance_report(NULL);
SELECT * FROM conformance_report('laporan.tidak_ada');

DROP SCHEMA laporan CASCADE;

-- guideline_error: the detail each kind's parser gives, without raising; NULL
-- for a conforming value (G4.2-G4.8).  Every kind of the registry, with the
-- first value the registry says its type accepts; a kind without a bad value
-- here shows as a row with bad NULL.
SELECT g.kind, r.examples[1] AS good, guideline_error(r.examples[1], g.kind) AS good_error,
       v.bad, guideline_error(v.bad, g.kind) AS bad_error
  FROM guideline_types() g JOIN guideline_registry() r USING (kind)
  LEFT JOIN (VALUES ('phone', '0219 9'), ('address', 'Jl. Pati No. 1, Menteng'),
                    ('latlong', '106.8272, -6.1754'), ('time', '09.15.10'), ('day', '32'),
                    ('month', '13'), ('year', '354'), ('date', '2015-02-29'), ('bool', 'true'),
                    ('number', 'Rp10.000.000,00'), ('email', 'nama.lokal(at)example.com'),
                    ('url', 'example.com'), ('kode_wilayah', '31.7.01')) v(kind, bad) USING (kind)
 ORDER BY g.kind;
-- each kind's verdict agrees with its validator, on every kind's examples and more
CREATE FUNCTION pg_temp.valid(validator regprocedure, v text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    ok boolean;
BEGIN
    EXECUTE format('SELECT %s($1)', validator::regproc) INTO ok USING v;
    RETURN ok;
END $$;
SELECT g.kind, bool_and((guideline_error(v, g.kind) IS NULL) = pg_temp.valid(g.validator, v)) AS agrees,
       count(*) FILTER (WHERE guideline_error(v, g.kind) IS NULL) AS valid
  FROM guideline_types() g,
       (SELECT unnest(examples) FROM guideline_registry()
        UNION ALL
        SELECT unnest(ARRAY['2014', '12', '1', 'ya', '09:15', '2014-09', 'x@y.id', 'http://a.id',
                            '-6.2, 106.8', '', ' ', '0', '13', 'tidak', '+0700', '31.71.01'])) x(v)
 GROUP BY g.kind ORDER BY g.kind;
SET lc_messages = 'id_ID.UTF-8';
SELECT guideline_error('0219 9', 'phone');
RESET lc_messages;
SELECT guideline_error('x', 'telepon');
SELECT guideline_error(NULL, 'phone') IS NULL AS strict;
