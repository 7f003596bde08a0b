-- conformance_report (issue 9) choosing between kinds, and the G3-COMPOUND readers.
CREATE TABLE kegiatan (
    selesai text,       -- G4.3-BOOL: 1/0 are also numbers; bool is the more specific kind
    tahun text,         -- G4.4-YEAR: also numbers; year is the more specific kind
    peserta text,       -- G4.2-NUM-3: '10.000.000' is wrong and no reader fixes it
    nilai text,         -- G3-COMPOUND: amounts with a currency
    tanggal text        -- G3-COMPOUND: dates with the weekday
);
INSERT INTO kegiatan VALUES
    ('1',     '2014', '12',         'Rp 1.200.000,00', 'Selasa, 2 September 2014'),
    ('0',     '2014', '30',         'US$ 1,100',       'Kamis, 11 September 2014'),
    ('ya',    '2015', '5',          '450000',          '2014-12-05'),
    ('tidak', '2016', '10.000.000', 'Rp 850.000',      NULL);

SELECT column_name, guideline_type, total, conforming, nonconforming, fixable, example_bad
  FROM conformance_report('kegiatan') WITH ORDINALITY r ORDER BY r.ordinality;
SELECT column_name, suggestion
  FROM conformance_report('kegiatan') WITH ORDINALITY r ORDER BY r.ordinality;
-- what the suggestions change: amounts become the amount and a currency
SELECT column_name, preview
  FROM conformance_report('kegiatan') WITH ORDINALITY r ORDER BY r.ordinality;

-- run them all: the UPDATE of peserta's suggestion has nothing it can fix; nilai and
-- tanggal are converted
DO $$
DECLARE
    s text;
BEGIN
    FOR s IN SELECT suggestion FROM conformance_report('kegiatan')
              WHERE suggestion IS NOT NULL AND suggestion NOT LIKE '--%' ORDER BY column_name LOOP
        EXECUTE s;
    END LOOP;
END $$;
SELECT attname, atttypid::regtype FROM pg_attribute
 WHERE attrelid = 'kegiatan'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT * FROM kegiatan ORDER BY tahun, selesai;
SELECT column_name, guideline_type, conforming, nonconforming, suggestion IS NULL AS nothing_to_do
  FROM conformance_report('kegiatan') WITH ORDINALITY r ORDER BY r.ordinality;

DROP TABLE kegiatan;
