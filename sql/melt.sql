-- melt and melt_into: restructuring wide tables (guideline 3.3, G3-GROW)
SET datestyle = 'ISO, YMD';
SET timezone = 'UTC';

-- runs a statement; returns "ok" or SQLSTATE | message | detail | hint | melt's context
CREATE FUNCTION pg_temp.outcome(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    e_state text; e_msg text; e_detail text; e_hint text; e_context text;
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS e_state = RETURNED_SQLSTATE, e_msg = MESSAGE_TEXT,
        e_detail = PG_EXCEPTION_DETAIL, e_hint = PG_EXCEPTION_HINT,
        e_context = PG_EXCEPTION_CONTEXT;
    RETURN concat_ws(' | ', e_state, e_msg, nullif(e_detail, ''), nullif(e_hint, ''),
                     substring(e_context from '^melt: [^\n]*'));
END $$;

-- G3-GROW: the guideline's 3.3 table, a column per item, as published
CREATE TABLE inventaris (bulan text, "Meja" int, "Kursi" int, "Papan Tulis" int, "Lemari" int);
INSERT INTO inventaris VALUES
    ('Januari', 12, NULL, NULL, NULL),
    ('Februari', 15, 24, NULL, NULL),
    ('Maret', NULL, 30, 1, NULL),
    ('April', NULL, NULL, NULL, 3);

-- G3-GROW: the issue's query gives the guideline's long table, row for row
SELECT i.bulan, m.variable AS jenis_peralatan, m.value::int AS jumlah
  FROM inventaris i CROSS JOIN LATERAL melt(i, '{bulan}') WITH ORDINALITY m
 ORDER BY array_position('{Januari,Februari,Maret,April}', i.bulan), m.ordinality;

-- column order, and NULLs only when asked for
SELECT m.* FROM inventaris i, melt(i) WITH ORDINALITY m WHERE i.bulan = 'Februari';
SELECT m.* FROM inventaris i, melt(i, '{bulan,Meja}', true) WITH ORDINALITY m
 WHERE i.bulan = 'Maret';
SELECT count(*) AS cells_with_nulls FROM inventaris i, melt(i, '{bulan}', include_nulls => true);
SELECT count(*) AS nothing_excluded FROM inventaris i, melt(i, NULL);

-- the typed variant: values of the type of the fourth argument
SELECT m.variable, m.value, pg_typeof(m.value) AS type
  FROM inventaris i, melt(i, '{bulan}', false, NULL::int) WITH ORDINALITY m
 WHERE i.bulan = 'Februari' ORDER BY m.ordinality;
SELECT sum(m.value) AS total_items FROM inventaris i, melt(i, '{bulan}', false, 0::bigint) m;
SELECT m.value, pg_typeof(m.value) FROM melt(ROW('2014-09-02'::text), '{}', false, NULL::date) m;
-- a value that is not of the type names its column and value
SELECT pg_temp.outcome($$SELECT * FROM inventaris i, melt(i, '{}', false, NULL::int)$$);
CREATE DOMAIN pg_temp.jumlah_positif AS int CHECK (VALUE > 0);
INSERT INTO inventaris VALUES ('Mei', 0, NULL, NULL, NULL);
SELECT pg_temp.outcome($$SELECT * FROM inventaris i, melt(i, '{bulan}', false, NULL::pg_temp.jumlah_positif)$$);
DELETE FROM inventaris WHERE bulan = 'Mei';
SELECT pg_temp.outcome($$SELECT * FROM inventaris i, melt(i, '{}', false, NULL)$$);

-- a name in exclude that is not a column is an error naming it
SELECT pg_temp.outcome($$SELECT * FROM inventaris i, melt(i, '{bulan,meja}')$$);
SELECT pg_temp.outcome($$SELECT * FROM inventaris i, melt(i, '{Bulan}', false, NULL::int)$$);

-- NULL rows: melted as NULLs of the declared row type
SELECT * FROM melt(NULL::inventaris);
SELECT * FROM melt(NULL::inventaris, '{bulan}', true);
SELECT count(*) AS untyped_null FROM melt(NULL::record);
SELECT b.bulan, m.variable, m.value
  FROM (VALUES ('Januari'), ('Juni')) b(bulan)
  LEFT JOIN inventaris i USING (bulan)
  LEFT JOIN LATERAL melt(i, '{bulan}', true) m ON true
 ORDER BY b.bulan, m.variable;

-- anonymous records and the select list
SELECT * FROM melt(ROW(1, 'satu', NULL::date), '{}', true);
SELECT melt(i, '{bulan}') FROM inventaris i WHERE i.bulan = 'Februari';
SELECT (melt(i, '{bulan}')).value FROM inventaris i WHERE i.bulan = 'Januari';

-- LIMIT 1 over melt, in FROM and in the select list
SELECT * FROM melt(ROW(1, 2, 3)) LIMIT 1;
SELECT i.bulan, m.* FROM inventaris i CROSS JOIN LATERAL melt(i, '{bulan}') m
 WHERE i.bulan = 'Maret' LIMIT 1;
SELECT melt(i) FROM inventaris i WHERE i.bulan = 'April' LIMIT 1;

-- every kind of column: text forms as the types' output functions write them
CREATE TYPE pg_temp.ukuran AS (panjang int, lebar int);
CREATE TABLE semua_jenis (
    id int, teks text, angka numeric(12, 2), tanggal date, waktu timestamptz,
    benar boolean, daftar int[], teks_daftar text[], telepon id_phone, dokumen jsonb,
    kode char(5), pendek varchar(10), ukuran pg_temp.ukuran, kosong int, biner bytea);
INSERT INTO semua_jenis VALUES
    (1, 'Jl. Pati No. 1', 1200000.5, '2014-09-02', '2014-09-02 09:15:10+07', true,
     '{1,2,NULL}', '{"Papan Tulis",Meja}', '(021) 12345678', '{"a": [1, "b"]}',
     'AB', 'pendek', ROW(10, 5), NULL, '\x00ff');
SELECT m.* FROM semua_jenis s, melt(s, '{id}', true) WITH ORDINALITY m;
SELECT m.variable, m.value FROM semua_jenis s, melt(s, '{id}', false, NULL::text) m
 WHERE m.variable IN ('kode', 'pendek', 'telepon');
SELECT m.* FROM melt(ROW('(021) 12345678', '+62 815-1234-56789'), '{}', false, NULL::id_phone) m;
SELECT pg_temp.outcome($$SELECT * FROM melt(ROW('021 12345678'::text, '123456789'::text), '{}', false, NULL::id_phone)$$);

-- dropped columns are skipped, added ones melted
CREATE TABLE berubah (id int, a int, b text, c int);
INSERT INTO berubah VALUES (1, 10, 'dua', 30);
ALTER TABLE berubah DROP COLUMN b;
ALTER TABLE berubah ADD COLUMN d text DEFAULT 'baru';
SELECT m.* FROM berubah t, melt(t, '{id}', true) WITH ORDINALITY m;
SELECT pg_temp.outcome($$SELECT * FROM berubah t, melt(t, '{b}')$$);
ALTER TABLE berubah DROP COLUMN a;
SELECT m.* FROM berubah t, melt(t, '{}', false, NULL::text) WITH ORDINALITY m;

-- TOASTed values come out whole: stored out of line, uncompressed and compressed
CREATE TABLE besar (id int, teks text, biner bytea, tekan text);
ALTER TABLE besar ALTER COLUMN teks SET STORAGE EXTERNAL;
ALTER TABLE besar ALTER COLUMN biner SET STORAGE EXTERNAL;
INSERT INTO besar
SELECT 1, string_agg(md5(g::text), ''), decode(string_agg(md5(g::text), ''), 'hex'),
       repeat('papan tulis ', 20000)
  FROM generate_series(1, 3000) g;
SELECT pg_relation_size(reltoastrelid) > 0 AS toasted FROM pg_class WHERE relname = 'besar';
SELECT m.variable, length(m.value), md5(m.value) = md5(CASE m.variable
           WHEN 'teks' THEN b.teks WHEN 'biner' THEN b.biner::text ELSE b.tekan END) AS same
  FROM besar b, melt(b, '{id}') m ORDER BY m.variable;
SELECT m.variable, length(m.value) FROM besar b, melt(b, '{id,biner}', false, NULL::varchar) m
 ORDER BY m.variable;

-- a row of 1,000 columns
DO $$
BEGIN
    EXECUTE format('CREATE TABLE lebar (id int, %s)',
                   (SELECT string_agg(format('k%s int', g), ', ') FROM generate_series(1, 1000) g));
    EXECUTE format('INSERT INTO lebar VALUES (1, %s)',
                   (SELECT string_agg(g::text, ', ') FROM generate_series(1, 1000) g));
END $$;
SELECT count(*) AS cells, sum(m.value::int) AS total,
       min(m.ordinality) AS first, max(m.ordinality) AS last,
       bool_and(m.variable = 'k' || m.value) AS names_match
  FROM lebar l, melt(l, '{id}') WITH ORDINALITY m;
SELECT m.* FROM lebar l, melt(l, '{id}', false, NULL::int) WITH ORDINALITY m
 WHERE m.ordinality IN (1, 500, 1000) ORDER BY m.ordinality;

-- one call over rows of different types: the per-type cache is rebuilt
SELECT t.n, m.* FROM (VALUES (1, ROW(1, 'a')::record), (2, ROW('x', 'y', 'z')::record)) t(n, r),
       melt(t.r) m ORDER BY t.n, m.variable;

-- melt_into: the long table, with the id columns' own types (G3-GROW)
CALL melt_into('inventaris', 'inventaris_panjang', '{bulan}', 'jenis_peralatan', 'jumlah');
SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute
 WHERE attrelid = 'inventaris_panjang'::regclass AND attnum > 0 ORDER BY attnum;
SELECT * FROM inventaris_panjang
 ORDER BY array_position('{Januari,Februari,Maret,April}', bulan),
          array_position('{Meja,Kursi,Papan Tulis,Lemari}', jenis_peralatan);
-- an existing table is never overwritten
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'inventaris_panjang', '{bulan}')$$);
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'inventaris', '{bulan}')$$);
SELECT count(*) FROM inventaris_panjang;

-- the value column: the common type of the melted columns, else text
CREATE TABLE campur (kode text, a int, b numeric(10, 2), c smallint);
INSERT INTO campur VALUES ('x', 1, 2.50, NULL), ('y', NULL, NULL, 7);
CALL melt_into('campur', 'campur_panjang', '{kode}');
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'campur_panjang'::regclass AND attnum > 0 ORDER BY attnum;
SELECT * FROM campur_panjang ORDER BY kode, variable;
CREATE TABLE sama (id int, a numeric(10, 2), b numeric(10, 2));
INSERT INTO sama VALUES (1, 1.5, 2);
CALL melt_into('sama', 'sama_panjang', '{id}', 'kolom', 'nilai');
SELECT format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'sama_panjang'::regclass AND attname = 'nilai';
CALL melt_into('semua_jenis', 'semua_panjang', '{id,telepon}', 'kolom', 'nilai');
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'semua_panjang'::regclass AND attnum > 0 ORDER BY attnum;
SELECT * FROM semua_panjang ORDER BY kolom;

-- names are quoted, never spliced: hostile table and column names are just names
CREATE TABLE "jahat""; DROP TABLE inventaris; --" ("id""x" int, "nilai'); DROP TABLE inventaris; --" int);
INSERT INTO "jahat""; DROP TABLE inventaris; --" VALUES (1, 2);
CALL melt_into('"jahat""; DROP TABLE inventaris; --"',
               '"hasil""; DROP TABLE inventaris; --"', ARRAY['id"x'],
               'v"; DROP TABLE inventaris; --', 'n''); DROP TABLE inventaris; --');
SELECT * FROM "hasil""; DROP TABLE inventaris; --";
SELECT count(*) AS inventaris_still_there FROM inventaris;
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'x; DROP TABLE inventaris', '{bulan}')$$);
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'a.b.c.d', '{bulan}')$$);

-- schema-qualified and unqualified targets; the caller's search_path decides
CREATE SCHEMA arsip;
CALL melt_into('inventaris', 'arsip.inventaris_panjang', '{bulan}');
SET search_path = arsip, public;
CALL melt_into('public.inventaris', 'di_arsip', '{bulan}');
RESET search_path;
SELECT n.nspname, c.relname, (SELECT count(*) FROM arsip.di_arsip) AS rows
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'arsip' ORDER BY c.relname;
CALL melt_into('inventaris', 'pg_temp.sementara', '{bulan}');
SELECT count(*) FROM pg_temp.sementara;

-- what melt_into refuses
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'x1', '{bulan,tahun}')$$);
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'x2', '{bulan}', 'bulan')$$);
SELECT pg_temp.outcome($$CALL melt_into('inventaris', 'x3', '{bulan,Meja,Kursi,Papan Tulis,Lemari}')$$);
SELECT pg_temp.outcome($$CALL melt_into('inventaris', NULL, '{bulan}')$$);
SELECT pg_temp.outcome($$CALL melt_into('tidak_ada', 'x4', '{bulan}')$$);
SELECT count(*) AS nothing_half_made FROM pg_class WHERE relname IN ('x1', 'x2', 'x3', 'x4');

-- every function of this part is commented; volatility as documented
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel, p.prokind,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc p
 WHERE p.proname IN ('melt', 'melt_into', 'column_name', 'parse_money', 'parse_date_id')
 ORDER BY p.oid::regprocedure::text;
