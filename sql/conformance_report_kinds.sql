-- conformance_report (issue 9) choosing between kinds, and the G3-COMPOUND readers.
-- Types of issues 4 and 6 that are not installed yet get a stand-in here, written
-- from guideline.md and api.md (only the values below need to agree with the real
-- ones); where the real ones are installed they are tested instead.
CREATE TEMP TABLE standin (object text);
DO $$
DECLARE
    d record;
BEGIN
    FOR d IN SELECT * FROM (VALUES
        ('id_bool', $f$SELECT $1 IN ('1', '0', 'ya', 'tidak')$f$),                  -- G4.3-BOOL
        ('id_year', $f$SELECT $1 ~ '^-?[0-9]{4}$'$f$),                              -- G4.4-YEAR
        ('id_number', $f$SELECT $1 ~ '^[+-]?[0-9]+(\.[0-9]+)?$'$f$),               -- G4.2-NUM-1..3
        ('id_date', $f$SELECT $1 ~ '^-?[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$'$f$)  -- G4.4-DATE
    ) v(name, body) LOOP
        IF to_regtype(d.name) IS NULL THEN
            EXECUTE format('CREATE FUNCTION %I(text) RETURNS boolean IMMUTABLE STRICT LANGUAGE sql AS %L',
                           d.name || '_is_valid', d.body);
            EXECUTE format('CREATE DOMAIN %I AS text CHECK (%I(VALUE))', d.name, d.name || '_is_valid');
            INSERT INTO standin VALUES ('DOMAIN ' || d.name), ('FUNCTION ' || d.name || '_is_valid(text)');
        END IF;
    END LOOP;
    IF to_regprocedure('parse_money(text)') IS NULL THEN
        CREATE FUNCTION parse_money(text) RETURNS TABLE(amount numeric, currency text)
            IMMUTABLE STRICT LANGUAGE sql AS $f$
            SELECT CASE WHEN $1 ~ '^\s*Rp'
                        THEN replace(replace(regexp_replace($1, '^\s*Rp\.?\s*', ''), '.', ''), ',', '.')::numeric
                        ELSE replace(regexp_replace($1, '^\s*US\$\s*', ''), ',', '')::numeric END,
                   CASE WHEN $1 ~ '^\s*Rp' THEN 'IDR' ELSE 'USD' END $f$;
        INSERT INTO standin VALUES ('FUNCTION parse_money(text)');
    END IF;
    IF to_regprocedure('parse_date_id(text)') IS NULL THEN
        CREATE FUNCTION parse_date_id(text) RETURNS date IMMUTABLE STRICT LANGUAGE sql AS $f$
            SELECT make_date(m[3]::int, array_position(ARRAY['januari', 'februari', 'maret', 'april',
                       'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november',
                       'desember'], lower(m[2])), m[1]::int)
              FROM regexp_match($1, '([0-9]{1,2})\s+(\w+)\s+([0-9]{4})') m $f$;
        INSERT INTO standin VALUES ('FUNCTION parse_date_id(text)');
    END IF;
END $$;

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
DO $$
DECLARE
    o text;
BEGIN
    FOR o IN SELECT object FROM standin ORDER BY object LOOP  -- DOMAIN before FUNCTION
        EXECUTE 'DROP ' || o;
    END LOOP;
END $$;
