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

SELECT table_schema('puskesmas') = '{
  "fields": [
    {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true}},
    {"name": "nama", "type": "string", "constraints": {"required": true, "unique": true, "maxLength": 80}},
    {"name": "telepon", "type": "string", "description": "nomor telepon (pedoman 4.6)",
     "constraints": {"pattern": "0[1-9][0-9]{1,2} [0-9]{4,11}|11[023589]|\\+([1-57-9][0-9]{0,2}|6|6[013-9][0-9]?|62[0-9])( [0-9]{1,7})? [0-9]{1,14}"}},
    {"name": "buka_24_jam", "type": "boolean", "trueValues": ["t"], "falseValues": ["f"]},
    {"name": "jumlah_dokter", "type": "integer"},
    {"name": "anggaran", "type": "number", "decimalChar": ".", "bareNumber": true},
    {"name": "catatan", "type": "string"},
    {"name": "diperbarui", "type": "date"}
  ],
  "primaryKey": ["id"],
  "missingValues": [""]
}'::jsonb AS as_expected;
SELECT jsonb_pretty(table_schema('puskesmas'));

-- a composite primary key; a table without columns; NULL
CREATE TABLE stok (bulan text, barang text, jumlah bigint NOT NULL, PRIMARY KEY (bulan, barang));
SELECT table_schema('stok');
CREATE TABLE kosong ();
SELECT table_schema('kosong');
SELECT table_schema(NULL) IS NULL AS null_in_null_out;

-- G4.6-PHONE-4: the pattern accepts the canonical form of every kind of number and
-- rejects the other variants (an XML Schema pattern is anchored at both ends)
SELECT input, id_phone_normalize(input)::text AS canonical,
       id_phone_normalize(input)::text ~ ('^(' || (table_schema('puskesmas') #>> '{fields,2,constraints,pattern}') || ')$') AS matches
  FROM (VALUES ('021 123456789'), ('(0274) 512345'), ('0815-1234-56789'), ('0812 3456 7890'),
               ('0800 1500000'), ('0804 123 4567'), ('112'), ('+62 61 4567890'),
               ('0039 21 123456789'), ('+39 815 123456789'), ('+14155552671'),
               ('+1 415 555 2671'), ('+65 6123 4567')) v(input)
 ORDER BY input;
SELECT variant,
       variant ~ ('^(' || (table_schema('puskesmas') #>> '{fields,2,constraints,pattern}') || ')$') AS matches
  FROM (VALUES ('(021) 123456789'), ('0815-1234-56789'), ('+62 21 123456789'), ('021123456789'),
               ('021  123456789')) v(variant)
 ORDER BY variant;

-- every guideline type installed: a column of it gets its kind's field, and the
-- pattern (where there is one) accepts values the type's validator accepts
DO $$
DECLARE
    cols text;
BEGIN
    SELECT string_agg(format('%I %s', kind, type_name), ', ' ORDER BY kind) INTO cols
      FROM guideline_types();
    EXECUTE format('CREATE TABLE schema_semua_jenis (%s)', cols);
END $$;
SELECT f ->> 'name' AS kind, f ->> 'type' AS type, f ->> 'format' AS format,
       f -> 'trueValues' AS true_values
  FROM jsonb_array_elements(table_schema('schema_semua_jenis') -> 'fields') WITH ORDINALITY AS e(f, n)
 WHERE f ->> 'name' = 'phone'
 ORDER BY n;
WITH sample(kind, value) AS (VALUES
    ('bool', '1'), ('bool', 'tidak'), ('day', '01'), ('day', '31'), ('month', '12'),
    ('year', '2014'), ('date', '2014-09-02'), ('date', '1999-12'), ('time', '09:15'),
    ('time', '09:15:10+0700'), ('latlong', '-6.1754, 106.8272'), ('phone', '021 123456789'),
    ('phone', '0815 123456789'), ('email', 'nama.lokal@example.com'),
    ('url', 'https://example.com/data/01/2013/dataset.csv'), ('number', '-123.45')
), field AS (
    SELECT f ->> 'name' AS kind, f #>> '{constraints,pattern}' AS pattern
      FROM jsonb_array_elements(table_schema('schema_semua_jenis') -> 'fields') f
), checked AS (
    SELECT s.kind, s.value, g.validator, f.pattern,
           s.value ~ ('^(' || f.pattern || ')$') AS pattern_ok
      FROM sample s JOIN field f USING (kind) JOIN guideline_types() g USING (kind)
)
SELECT count(*) > 0 AS some_checked,
       bool_and(pattern_ok OR pattern IS NULL) AS patterns_accept_samples
  FROM checked;
