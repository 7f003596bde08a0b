-- id_date_normalize: dates as people write them, as G4.4-DATE's YYYY-MM-DD;
-- NULL when not understood or impossible, never an error on a bad value.
\pset null NULL
SET datestyle = 'ISO, YMD';

-- G4.4-DATE: day/month/year is the default order (the Indonesian one)
SELECT v, id_date_normalize(v) AS dmy, id_date_normalize(v, 'MDY') AS mdy,
       id_date_normalize(v, 'YMD') AS ymd
  FROM unnest(ARRAY[
    '2/9/2014', '02-09-2014', '2.9.2014', '02/09/2014',
    '1/13/2013', '13/1/2013',
    '2014-9-2', '2014/9/2', '2014.09.02',
    -- ISO and spreadsheet exports with a time part: read at midnight only
    '2013-01-01 00:00:00', '2013-01-01T00:00', '02/09/2014 00:00:00.000', '2013-01-01 0:00',
    '2013-01-01 10:30:00', '2013-01-01 00:00:01',
    -- G3-COMPOUND: what parse_date_id reads
    'Selasa, 2 September 2014', '2 Sept 2014', '17 Agustus 1945', 'Senin, 2 September 2014',
    -- already conforming: kept as written
    '2014-09-02', '1999-12', '-0001-01-01', '  2014-09-02  ',
    -- impossible, ambiguous or not a date
    '31/02/2013', '29/02/2015', '29/02/2016', '0/1/2014', '1/0/2014', '00/00/0000',
    '2/9/14', '2-9-14', '14/9/2', '2/9-2014', '2//9/2014', '2014-9', '41883',
    '2 9 2014', '2/9/2014 pagi', '', '-', 'kemarin', '2014-09-02T00:00Z'
  ]) AS v;

-- field_order is case-insensitive; anything else is an error (22023)
SELECT id_date_normalize('1/13/2013', 'mdy'), id_date_normalize('2014/9/2', 'Ymd');
DO $$
DECLARE
    state text;
    msg text;
    o text;
BEGIN
    FOREACH o IN ARRAY ARRAY['DDMMYYYY', ''] LOOP
        BEGIN
            PERFORM id_date_normalize('1/2/2014', o);
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
            RAISE NOTICE '%: %', state, msg;
        END;
    END LOOP;
END $$;

-- STRICT: NULL gives NULL
SELECT id_date_normalize(NULL), id_date_normalize('1/2/2014', NULL), id_date_normalize(NULL, 'DMY');

-- the result is an id_date and converts to date
SELECT pg_typeof(id_date_normalize('2/9/2014')), id_date_to_date(id_date_normalize('2/9/2014'));

-- conformance_report rewrites a date column with it: 4/9/2014 alone does not say
-- whether the day comes first (only a comment); 13/9/2014 does
CREATE TABLE kegiatan_tanggal (tanggal text);
INSERT INTO kegiatan_tanggal VALUES ('2014-09-02'), ('2014-09-03'), ('4/9/2014'), ('Jumat, 5 September 2014');
SELECT column_name, guideline_type, nonconforming, fixable, suggestion
  FROM conformance_report('kegiatan_tanggal');
INSERT INTO kegiatan_tanggal VALUES ('13/9/2014');
SELECT column_name, guideline_type, nonconforming, fixable, suggestion
  FROM conformance_report('kegiatan_tanggal');
DROP TABLE kegiatan_tanggal;
