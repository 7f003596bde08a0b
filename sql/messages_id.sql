-- Messages in Indonesian (issue 9): the extension's text domain "opendata_id",
-- translated in po/id.po, shows when lc_messages is an Indonesian locale.
-- The same errors in English and in Indonesian.
SET lc_messages = 'C';
SELECT '0219 9'::id_phone;                     -- G4.6-PHONE-4
SELECT '021 12x4567'::id_phone;                -- G4.6-PHONE-2
SELECT '+62 021 1234567'::id_phone;            -- G4.6-PHONE-3
SELECT id_phone_format('021 1234567', 'lokal');
-- the other types and functions: an address (the guideline's wrong example),
-- an ambiguous amount and a weekday that does not match the date
SELECT 'Jl. Dukuh 3, Cibodas, Tangerang 15138'::id_address;   -- G4.5-ADDR-3
SELECT * FROM parse_money('US$ 1.100');                       -- G3-COMPOUND
SELECT parse_date_id('Rabu, 2 September 2014');               -- G3-COMPOUND
-- a time with a zone name (the guideline's wrong example), a date that a
-- PostgreSQL date cannot hold, swapped coordinates; and messages whose every
-- word is in the translated text: the part a date ends before, "or" between
-- the postal-code digits of a province; melt's error context; a setting's detail
SELECT '09:15 WIB'::id_time_tz;                               -- G4.4-TIME-3
SELECT id_date_to_date('-9999-01-01');                        -- G4.4-DATE
SELECT '106.8272, -6.1754'::latlong;                          -- G4.5-LAT
SELECT parse_date_id('Selasa 2 September');                   -- G3-COMPOUND
SELECT 'Jl. Malioboro No. 52, Sosromenduran, Yogyakarta 55271, Jawa Barat'::id_address;
SELECT * FROM melt(ROW('Januari'::text), '{}', false, NULL::int);  -- the context is ours
SET opendata_id.default_offset = '+0600';                    -- the detail is ours
SELECT guideline_error('31.99', 'kode_wilayah');              -- not in the register of areas

SET lc_messages = 'id_ID.UTF-8';
SELECT '0219 9'::id_phone;                     -- G4.6-PHONE-4
SELECT '021 12x4567'::id_phone;                -- G4.6-PHONE-2
SELECT '+62 021 1234567'::id_phone;            -- G4.6-PHONE-3
SELECT id_phone_format('021 1234567', 'lokal');
SELECT 'Jl. Dukuh 3, Cibodas, Tangerang 15138'::id_address;   -- G4.5-ADDR-3
SELECT * FROM parse_money('US$ 1.100');                       -- G3-COMPOUND
SELECT parse_date_id('Rabu, 2 September 2014');               -- G3-COMPOUND
SELECT '09:15 WIB'::id_time_tz;                               -- G4.4-TIME-3
SELECT id_date_to_date('-9999-01-01');                        -- G4.4-DATE
SELECT '106.8272, -6.1754'::latlong;                          -- G4.5-LAT
SELECT parse_date_id('Selasa 2 September');                   -- G3-COMPOUND
SELECT 'Jl. Malioboro No. 52, Sosromenduran, Yogyakarta 55271, Jawa Barat'::id_address;
SELECT * FROM melt(ROW('Januari'::text), '{}', false, NULL::int);  -- the context is ours
SET opendata_id.default_offset = '+0600';                    -- the detail is ours
SELECT guideline_error('31.99', 'kode_wilayah');              -- not in the register of areas

-- what an application reads from the error: the SQLSTATE does not change
DO $$
DECLARE
    state text; msg text; detail text; hint text;
BEGIN
    PERFORM '0815 12'::id_phone;
EXCEPTION WHEN invalid_text_representation THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    RAISE NOTICE '% | % | % | %', state, msg, detail, hint;
END $$;

-- messages of PostgreSQL itself are untouched by our text domain
SELECT 1/0;

RESET lc_messages;
SELECT '0219 9'::id_phone;
