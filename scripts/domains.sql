------------------------------------------------------------------------
-- the guideline domains over text (guideline 4.2-4.4, 4.7, 4.8)
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.id_day_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_month_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_year_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_date_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_bool_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_number_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_email_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_url_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE DOMAIN @extschema@.id_day AS text
    CONSTRAINT id_day_check CHECK (@extschema@.id_day_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_month AS text
    CONSTRAINT id_month_check CHECK (@extschema@.id_month_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_year AS text
    CONSTRAINT id_year_check CHECK (@extschema@.id_year_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_date AS text
    CONSTRAINT id_date_check CHECK (@extschema@.id_date_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_bool AS text
    CONSTRAINT id_bool_check CHECK (@extschema@.id_bool_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_number AS text
    CONSTRAINT id_number_check CHECK (@extschema@.id_number_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_email AS text
    CONSTRAINT id_email_check CHECK (@extschema@.id_email_is_valid(VALUE));
CREATE DOMAIN @extschema@.id_url AS text
    CONSTRAINT id_url_check CHECK (@extschema@.id_url_is_valid(VALUE));

CREATE FUNCTION @extschema@.id_date_to_date(@extschema@.id_date) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_bool_to_boolean(@extschema@.id_bool) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_number_to_numeric(@extschema@.id_number) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON DOMAIN @extschema@.id_day IS 'day of the month, two digits 01 to 31 (guideline G4.4-DAY)';
COMMENT ON DOMAIN @extschema@.id_month IS 'month, two digits 01 to 12, no names (guideline G4.4-MONTH)';
COMMENT ON DOMAIN @extschema@.id_year IS 'year, four digits, - before years BC: -0001 is 1 BC (guideline G4.4-YEAR)';
COMMENT ON DOMAIN @extschema@.id_date IS 'calendar date YYYY-MM-DD or YYYY-MM that exists (guideline G4.4-DATE)';
COMMENT ON DOMAIN @extschema@.id_bool IS '1 or ya (true), 0 or tidak (false) (guideline G4.3-BOOL)';
COMMENT ON DOMAIN @extschema@.id_number IS 'digits, optional leading sign, one decimal point; no currency, percent or thousands separators (guideline G4.2-NUM-1..3)';
COMMENT ON DOMAIN @extschema@.id_email IS 'local-name@domain-name: RFC 5322 dot-atom, RFC 1035/1123 host with a dot, IDNs in punycode (guideline G4.7-EMAIL)';
COMMENT ON DOMAIN @extschema@.id_url IS 'http:// or https://, host, optional path (guideline G4.8-URL)';
COMMENT ON FUNCTION @extschema@.id_day_is_valid(text) IS 'true if the text is a day per G4.4-DAY; never raises';
COMMENT ON FUNCTION @extschema@.id_month_is_valid(text) IS 'true if the text is a month per G4.4-MONTH; never raises';
COMMENT ON FUNCTION @extschema@.id_year_is_valid(text) IS 'true if the text is a year per G4.4-YEAR; never raises';
COMMENT ON FUNCTION @extschema@.id_date_is_valid(text) IS 'true if the text is an existing date per G4.4-DATE; never raises';
COMMENT ON FUNCTION @extschema@.id_bool_is_valid(text) IS 'true if the text is 1, 0, ya or tidak (G4.3-BOOL); never raises';
COMMENT ON FUNCTION @extschema@.id_number_is_valid(text) IS 'true if the text is a number per G4.2-NUM-1..3; never raises';
COMMENT ON FUNCTION @extschema@.id_email_is_valid(text) IS 'true if the text is an email address per G4.7-EMAIL; never raises';
COMMENT ON FUNCTION @extschema@.id_url_is_valid(text) IS 'true if the text is an http or https URL per G4.8-URL; never raises';
COMMENT ON FUNCTION @extschema@.id_date_to_date(@extschema@.id_date) IS 'the date; the first day of the month for YYYY-MM; -0001 is 1 BC';
COMMENT ON FUNCTION @extschema@.id_bool_to_boolean(@extschema@.id_bool) IS '1 and ya are true, 0 and tidak false';
COMMENT ON FUNCTION @extschema@.id_number_to_numeric(@extschema@.id_number) IS 'the number as numeric, every written digit kept';

-- id_kode_wilayah: the Kemendagri area code that open datasets are joined on,
-- in its format and in the register of areas (id_wilayah)
CREATE FUNCTION @extschema@.id_kode_wilayah_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE DOMAIN @extschema@.id_kode_wilayah AS text
    CONSTRAINT id_kode_wilayah_check CHECK (@extschema@.id_kode_wilayah_is_valid(VALUE));
COMMENT ON DOMAIN @extschema@.id_kode_wilayah IS 'Kemendagri area code of the register of areas (id_wilayah): NN (province), NN.NN (regency or city), NN.NN.NN (kecamatan), NN.NN.NN.NNNN (kelurahan or desa)';
COMMENT ON FUNCTION @extschema@.id_kode_wilayah_is_valid(text) IS 'true if the text is a Kemendagri area code in its format that is in the register of areas (id_wilayah); never raises';

-- normalisers: dates and URLs as people write them, NULL when not understood
CREATE FUNCTION @extschema@.id_date_normalize(text) RETURNS @extschema@.id_date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_date_normalize(text, field_order text) RETURNS @extschema@.id_date
    AS 'MODULE_PATHNAME', 'id_date_normalize_order' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_url_normalize(text) RETURNS @extschema@.id_url
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_date_normalize(text) IS 'reads 2/9/2014, 02-09-2014, 2.9.2014 (day first), 2014-9-2, 2013-01-01 00:00:00, Selasa, 2 September 2014 as YYYY-MM-DD (G4.4-DATE); NULL when not understood, for two-digit years and impossible dates';
COMMENT ON FUNCTION @extschema@.id_date_normalize(text, text) IS 'id_date_normalize with the order of numeric dates: DMY (the default), MDY (1/13/2013) or YMD (2014/9/2); a four-digit first field is always the year';
COMMENT ON FUNCTION @extschema@.id_url_normalize(text) IS 'reads www.jakarta.go.id, dinkes.jakarta.go.id/puskesmas (http:// added), HTTP://Data.Jakarta.go.id/Dataset (scheme and host in lower case) as a G4.8-URL; NULL when not understood';
