-- column names and compound values (guideline 3.1 and 3.2: G3-HEAD, G3-NAME, G3-COMPOUND)
SET datestyle = 'ISO, YMD';

-- runs a statement; returns "ok" or SQLSTATE | message | detail | hint
CREATE FUNCTION pg_temp.outcome(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    e_state text; e_msg text; e_detail text; e_hint text;
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS e_state = RETURNED_SQLSTATE, e_msg = MESSAGE_TEXT,
        e_detail = PG_EXCEPTION_DETAIL, e_hint = PG_EXCEPTION_HINT;
    RETURN concat_ws(' | ', e_state, e_msg, nullif(e_detail, ''), nullif(e_hint, ''));
END $$;

-- G3-NAME: headers as published, and the names the guideline writes
SELECT h AS header, column_name(h) AS name, column_name(h) ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)*$' AS conforms
  FROM unnest(ARRAY['Papan Tulis', 'Jenis Model', 'Nilai Biaya', 'Mata Uang', 'Jenis Peralatan',
                    'jenis_peralatan', 'Nilai Biaya (Rp)', 'Persentase (%)', 'Sarana & Prasarana',
                    'No.', 'Jum''at', 'Luas Wilayah (km²)', 'Café Puñado', 'Straße',
                    '  __Luas -- Wilayah__  ', 'Tahun 2014', '2014', '1 Januari']) WITH ORDINALITY AS t(h, n)
 ORDER BY n;
SELECT column_name(repeat('Panjang ', 20)) AS cut, length(column_name(repeat('Panjang ', 20))) AS bytes;
SELECT column_name(column_name(h)) = column_name(h) AS stable
  FROM unnest(ARRAY['Papan Tulis', '2014', 'ÆON Œuvre']) h;
SELECT pg_temp.outcome($$SELECT column_name('???')$$);
SELECT pg_temp.outcome($$SELECT column_name('人口')$$);
SELECT column_name(NULL::text) IS NULL AS null_in_null_out;

-- G3-HEAD: a hierarchical header path, top row first
SELECT column_name(ARRAY['Kotak 1', 'A']) AS two_rows,
       column_name(ARRAY['Ukuran (cm)', NULL, '', 'Panjang']) AS merged_cells,
       column_name(ARRAY['Ukuran', 'Ukuran', 'Tinggi']) AS repeated_cell,
       column_name(ARRAY['Unit']) AS one_row,
       column_name(ARRAY['2014', 'Jumlah']) AS digit_first;
SELECT pg_temp.outcome($$SELECT column_name(ARRAY[NULL, '', '--'])$$);

-- G3-HEAD: the guideline's 3.1 table.  Its illustration (a two-row header
-- over the units' cells) was lost in the text conversion; this layout is a
-- reconstruction consistent with the flattened table it gives: a header row
-- of units (Kotak 1 over two cells), a row of models (A, B), a row a measure.
CREATE TABLE kotak_kepala (baris1 text, baris2 text, kolom text);
INSERT INTO kotak_kepala (baris1, baris2)
VALUES ('Kotak 1', 'A'), ('Kotak 1', 'B'), ('Kotak 2', 'A'), ('Kotak 2', 'B'),
       ('Kotak 3', 'A'), ('Kotak 3', 'B');
UPDATE kotak_kepala SET kolom = column_name(ARRAY[baris1, baris2]);
DO $$
BEGIN
    EXECUTE format('CREATE TABLE kotak_lebar (ukuran text, %s)',
                   (SELECT string_agg(format('%I int', kolom), ', ' ORDER BY baris1, baris2)
                      FROM kotak_kepala));
END $$;
SELECT attname FROM pg_attribute WHERE attrelid = 'kotak_lebar'::regclass AND attnum > 0 ORDER BY attnum;
INSERT INTO kotak_lebar VALUES ('Panjang', 10, 12, 15, 15, 5, 10),
                               ('Tebal', 5, 5, 10, 10, 5, 10),
                               ('Tinggi', 8, 10, 20, 30, 5, 10);
-- flattened: one row a (unit, model), one column a measure, names per G3-NAME
SELECT column_name('Unit') AS unit_name, column_name('Jenis Model') AS model_name;
SELECT h.baris1 AS unit, h.baris2 AS jenis_model,
       max(m.value) FILTER (WHERE column_name(w.ukuran) = 'panjang') AS panjang,
       max(m.value) FILTER (WHERE column_name(w.ukuran) = 'tebal') AS tebal,
       max(m.value) FILTER (WHERE column_name(w.ukuran) = 'tinggi') AS tinggi
  FROM kotak_lebar w
 CROSS JOIN LATERAL melt(w, '{ukuran}', false, NULL::int) m
  JOIN kotak_kepala h ON h.kolom = m.variable
 GROUP BY h.baris1, h.baris2
 ORDER BY h.baris1, h.baris2;

-- G3-COMPOUND: the guideline's 3.2 table, and what it becomes
CREATE TABLE biaya ("Tanggal" text, "Biaya" text);
INSERT INTO biaya VALUES ('Selasa, 2 September 2014', 'Rp 1.200.000,00'),
                         ('Rabu, 3 September 2014', 'US$ 100'),
                         ('Kamis, 11 September 2014', 'US$ 1,100'),
                         ('Jumat, 12 September 2014', 'Rp 3.450.000,00');
SELECT column_name('Tanggal') AS c1, column_name('Nilai Biaya') AS c2, column_name('Mata Uang') AS c3;
SELECT parse_date_id(b."Tanggal") AS tanggal, trim_scale(m.amount) AS nilai_biaya, m.currency AS mata_uang
  FROM biaya b CROSS JOIN LATERAL parse_money(b."Biaya") m
 ORDER BY tanggal;

-- parse_money: separators by currency (IDR and EUR: "." thousands, "," decimal;
-- USD and the others: "," thousands, "." decimal)
SELECT t AS written, m.amount, m.currency
  FROM unnest(ARRAY['Rp 1.200.000,00', 'US$ 100', 'US$ 1,100', 'Rp10.000.000,00', 'IDR 2.500',
                    '€ 3,50', 'Rp. 5.000,-', 'Rp 20.000,00', '-Rp 5.000', '2.500 IDR',
                    'US$ 1,100.50', 'USD 0.125', 'S$ 12', 'RM 3.20', '£ 7', 'rp 750',
                    '1.200.000', '1,200,000.50', '1,5', '125']) WITH ORDINALITY AS x(t, n),
       parse_money(t) m
 ORDER BY n;
SELECT pg_typeof(amount) AS amount_type, pg_typeof(currency) AS currency_type FROM parse_money('Rp 1');
-- a missing amount keeps its row
SELECT b.id, m.* FROM (VALUES (1, 'Rp 1.000'), (2, NULL)) b(id, teks), parse_money(b.teks) m ORDER BY b.id;
-- ambiguous or malformed: an error, never a guess
SELECT t AS written, pg_temp.outcome(format('SELECT * FROM parse_money(%L)', t)) AS outcome
  FROM unnest(ARRAY['1.100', 'US$ 1.100', 'Rp 1,500', '€ 1,500', '$ 100', '¥ 100',
                    'Rp 1,200,000.00', 'Rp 1.20.000', 'Rp 1..000', 'XYZ 100', 'Rp', 'Rp 007',
                    'US$ 5.000,-', 'US$ 100 USD',
                    '123456789012345678901234567890123456789']) WITH ORDINALITY AS x(t, n)
 ORDER BY n;

-- parse_date_id: Indonesian month names, weekday checked (22007), no such day (22008)
SELECT t AS written, parse_date_id(t) AS tanggal
  FROM unnest(ARRAY['Selasa, 2 September 2014', 'Rabu, 3 September 2014',
                    'Kamis, 11 September 2014', 'Jumat, 12 September 2014',
                    '1 Januari 2014', '28 Pebruari 2014', '3 Mar 2014', '4 Apr. 2014', '5 Mei 2014',
                    '6 Jun 2014', '7 Jul 2014', '17 Agustus 1945', '17 Agu 1945', '17 Ags 1945',
                    '17 Agt 1945', '9 Sep 2014', '10 Okt 2014', '11 Nopember 2014', '25 Des 2014',
                    'Jum''at, 12 Sep 2014', 'Minggu, 7 September 2014', 'SABTU, 13 SEPTEMBER 2014',
                    '02-Sep-2014', '29 Februari 2016']) WITH ORDINALITY AS x(t, n)
 ORDER BY n;
SELECT parse_date_id(NULL) IS NULL AS null_in_null_out;
SELECT t AS written, pg_temp.outcome(format('SELECT parse_date_id(%L)', t)) AS outcome
  FROM unnest(ARRAY['Senin, 2 September 2014', '29 Februari 2014', '31 April 2014',
                    '2 August 2014', 'Tuesday, 2 September 2014', '2 September 14',
                    '2 09 2014', '2014-09-02', '2 September 2014 WIB', 'Selasa 2 September',
                    '1 Mei 0000', '']) WITH ORDINALITY AS x(t, n)
 ORDER BY n;

-- a bad value longer than any amount or date is rejected unread, and the
-- message echoes only its first kilobyte, cut at a character boundary
CREATE FUNCTION pg_temp.echoed(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    EXECUTE q;
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN format('%s: message of %s characters ending "%s"; %s', SQLSTATE, length(SQLERRM),
                  right(SQLERRM, 6), detail);
END $$;
SELECT pg_temp.echoed(format('SELECT parse_money(%L)', 'Rp ' || repeat('é', 3000)));
SELECT pg_temp.echoed(format('SELECT parse_date_id(%L)', repeat('2 September 2014 ', 100)));
SELECT pg_temp.echoed(format('SELECT %L::id_phone', repeat('0812 ', 1000)));
SELECT pg_temp.echoed(format('SELECT %L::id_phone', repeat('0812 ', 100)));
