-- opendata_id 0.1 -> 0.2: the other guideline types (addresses, times and the
-- simple value domains, coordinates) and the restructuring functions of guideline 3.
-- A fresh CREATE EXTENSION runs opendata_id--0.1.sql and then this script.

\echo Use "ALTER EXTENSION opendata_id UPDATE TO '0.2'" to load this file. \quit

------------------------------------------------------------------------
-- id_address: addresses (guideline 4.5, issue 3)
------------------------------------------------------------------------


------------------------------------------------------------------------
-- id_time_tz and the guideline domains (guideline 4.2-4.4, 4.7, 4.8; issue 4)
------------------------------------------------------------------------

CREATE TYPE @extschema@.id_time_tz;

CREATE FUNCTION @extschema@.id_time_tz_in(cstring) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_out(@extschema@.id_time_tz) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_recv(internal) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_send(@extschema@.id_time_tz) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.id_time_tz (
    INPUT = @extschema@.id_time_tz_in,
    OUTPUT = @extschema@.id_time_tz_out,
    RECEIVE = @extschema@.id_time_tz_recv,
    SEND = @extschema@.id_time_tz_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.id_time_tz IS
    'time of day per guideline 4.4: HH:MM or HH:MM:SS, optionally +0700, +0800 or +0900; prints what was written';

CREATE FUNCTION @extschema@.id_time_tz_eq(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_ne(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_lt(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_le(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_gt(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_ge(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_cmp(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_hash(@extschema@.id_time_tz) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_time_tz_hash_extended(@extschema@.id_time_tz, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.id_time_tz, RIGHTARG = @extschema@.id_time_tz,
    PROCEDURE = @extschema@.id_time_tz_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.id_time_tz, RIGHTARG = @extschema@.id_time_tz,
    PROCEDURE = @extschema@.id_time_tz_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.id_time_tz, RIGHTARG = @extschema@.id_time_tz,
    PROCEDURE = @extschema@.id_time_tz_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.id_time_tz, RIGHTARG = @extschema@.id_time_tz,
    PROCEDURE = @extschema@.id_time_tz_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.id_time_tz, RIGHTARG = @extschema@.id_time_tz,
    PROCEDURE = @extschema@.id_time_tz_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.id_time_tz, RIGHTARG = @extschema@.id_time_tz,
    PROCEDURE = @extschema@.id_time_tz_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.id_time_tz_ops
    DEFAULT FOR TYPE @extschema@.id_time_tz USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.id_time_tz_cmp(@extschema@.id_time_tz, @extschema@.id_time_tz),
        FUNCTION 2 @extschema@.id_time_tz_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.id_time_tz_hash_ops
    DEFAULT FOR TYPE @extschema@.id_time_tz USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.id_time_tz_hash(@extschema@.id_time_tz),
        FUNCTION 2 @extschema@.id_time_tz_hash_extended(@extschema@.id_time_tz, bigint);

CREATE FUNCTION @extschema@.id_time_tz_same_instant(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_to_time(@extschema@.id_time_tz) RETURNS time
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_to_timetz(@extschema@.id_time_tz) RETURNS timetz
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_offset(@extschema@.id_time_tz) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_zone(@extschema@.id_time_tz) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_normalize(text) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (text AS @extschema@.id_time_tz) WITH INOUT;
CREATE CAST (@extschema@.id_time_tz AS text) WITH INOUT;
CREATE CAST (varchar AS @extschema@.id_time_tz) WITH INOUT;
CREATE CAST (@extschema@.id_time_tz AS varchar) WITH INOUT;
CREATE CAST (@extschema@.id_time_tz AS time)
    WITH FUNCTION @extschema@.id_time_tz_to_time(@extschema@.id_time_tz);
CREATE CAST (@extschema@.id_time_tz AS timetz)
    WITH FUNCTION @extschema@.id_time_tz_to_timetz(@extschema@.id_time_tz);

COMMENT ON FUNCTION @extschema@.id_time_tz_in(cstring) IS 'id_time_tz input: HH:MM or HH:MM:SS, optional +0700/+0800/+0900 (guideline 4.4)';
COMMENT ON FUNCTION @extschema@.id_time_tz_out(@extschema@.id_time_tz) IS 'id_time_tz output: the time as it was written';
COMMENT ON FUNCTION @extschema@.id_time_tz_recv(internal) IS 'id_time_tz binary input: 4 bytes, network byte order, validated';
COMMENT ON FUNCTION @extschema@.id_time_tz_send(@extschema@.id_time_tz) IS 'id_time_tz binary output: 4 bytes, network byte order';
COMMENT ON FUNCTION @extschema@.id_time_tz_eq(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'same time, same offset, same precision';
COMMENT ON FUNCTION @extschema@.id_time_tz_ne(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'not equal';
COMMENT ON FUNCTION @extschema@.id_time_tz_lt(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'sorts before';
COMMENT ON FUNCTION @extschema@.id_time_tz_le(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'sorts before or equal';
COMMENT ON FUNCTION @extschema@.id_time_tz_gt(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'sorts after';
COMMENT ON FUNCTION @extschema@.id_time_tz_ge(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'sorts after or equal';
COMMENT ON FUNCTION @extschema@.id_time_tz_cmp(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'btree comparison: instant (no offset as +0700), then offset, then precision';
COMMENT ON FUNCTION @extschema@.id_time_tz_sortsupport(internal) IS 'btree sort support';
COMMENT ON FUNCTION @extschema@.id_time_tz_hash(@extschema@.id_time_tz) IS 'hash of the value';
COMMENT ON FUNCTION @extschema@.id_time_tz_hash_extended(@extschema@.id_time_tz, bigint) IS 'seeded 64-bit hash of the value';
COMMENT ON FUNCTION @extschema@.id_time_tz_same_instant(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'true if both are the same instant (a time without offset counts as +0700): 08:15+0700 and 09:15+0800';
COMMENT ON FUNCTION @extschema@.id_time_tz_to_time(@extschema@.id_time_tz) IS 'the time of day as written, offset dropped';
COMMENT ON FUNCTION @extschema@.id_time_tz_to_timetz(@extschema@.id_time_tz) IS 'timetz with the written offset, or opendata_id.default_offset when none was written';
COMMENT ON FUNCTION @extschema@.id_time_tz_offset(@extschema@.id_time_tz) IS '+0700, +0800 or +0900; NULL when none was written';
COMMENT ON FUNCTION @extschema@.id_time_tz_zone(@extschema@.id_time_tz) IS 'WIB, WITA or WIT; NULL when no offset was written';
COMMENT ON FUNCTION @extschema@.id_time_tz_is_valid(text) IS 'true if the text is a time per guideline 4.4; never raises';
COMMENT ON FUNCTION @extschema@.id_time_tz_normalize(text) IS 'reads 09.15, 9:15, 09:15 WIB, 09:15:10 +07:00, pukul 09.15; NULL when not understood';

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


------------------------------------------------------------------------
-- latlong: coordinates (guideline 4.5; issue 5)
------------------------------------------------------------------------


------------------------------------------------------------------------
-- melt and compound values (guideline 3; issue 6)
------------------------------------------------------------------------
