-- opendata_id 0.1 -> 0.2: the other guideline types (addresses, times and the
-- simple value domains, coordinates) and the restructuring functions of guideline 3.
-- A fresh CREATE EXTENSION runs opendata_id--0.1.sql and then this script.

\echo Use "ALTER EXTENSION opendata_id UPDATE TO '0.2'" to load this file. \quit

------------------------------------------------------------------------
-- id_phone: the casts from text and varchar call the input path directly
-- (0.1 cast WITH INOUT: text's output function and a copy in between)
------------------------------------------------------------------------

DROP CAST (text AS @extschema@.id_phone);
DROP CAST (varchar AS @extschema@.id_phone);
CREATE FUNCTION @extschema@.id_phone(text) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME', 'id_phone_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_phone(text) IS
    'the text as an id_phone: the input function''s parser and errors (G4.6)';
CREATE CAST (text AS @extschema@.id_phone) WITH FUNCTION @extschema@.id_phone(text);
CREATE CAST (varchar AS @extschema@.id_phone) WITH FUNCTION @extschema@.id_phone(text);

------------------------------------------------------------------------
-- id_address: addresses (guideline 4.5, issue 3)
------------------------------------------------------------------------

CREATE TYPE @extschema@.id_address;

CREATE FUNCTION @extschema@.id_address_in(cstring) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_out(@extschema@.id_address) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_recv(internal) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_send(@extschema@.id_address) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.id_address (
    INPUT = @extschema@.id_address_in,
    OUTPUT = @extschema@.id_address_out,
    RECEIVE = @extschema@.id_address_recv,
    SEND = @extschema@.id_address_send,
    INTERNALLENGTH = VARIABLE,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.id_address IS
    'Indonesian address per guideline 4.5, stored as its components; prints one canonical form';

CREATE FUNCTION @extschema@.id_address_eq(@extschema@.id_address, @extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_ne(@extschema@.id_address, @extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_lt(@extschema@.id_address, @extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_le(@extschema@.id_address, @extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_gt(@extschema@.id_address, @extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_ge(@extschema@.id_address, @extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_cmp(@extschema@.id_address, @extschema@.id_address) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_hash(@extschema@.id_address) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_address_hash_extended(@extschema@.id_address, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.id_address, RIGHTARG = @extschema@.id_address,
    PROCEDURE = @extschema@.id_address_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.id_address, RIGHTARG = @extschema@.id_address,
    PROCEDURE = @extschema@.id_address_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.id_address, RIGHTARG = @extschema@.id_address,
    PROCEDURE = @extschema@.id_address_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.id_address, RIGHTARG = @extschema@.id_address,
    PROCEDURE = @extschema@.id_address_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.id_address, RIGHTARG = @extschema@.id_address,
    PROCEDURE = @extschema@.id_address_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.id_address, RIGHTARG = @extschema@.id_address,
    PROCEDURE = @extschema@.id_address_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.id_address_ops
    DEFAULT FOR TYPE @extschema@.id_address USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.id_address_cmp(@extschema@.id_address, @extschema@.id_address);

CREATE OPERATOR CLASS @extschema@.id_address_hash_ops
    DEFAULT FOR TYPE @extschema@.id_address USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.id_address_hash(@extschema@.id_address),
        FUNCTION 2 @extschema@.id_address_hash_extended(@extschema@.id_address, bigint);

CREATE FUNCTION @extschema@.id_address_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_normalize(text) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_complex(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_street(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_number(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_rt(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_rw(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_kelurahan(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_kecamatan(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_city(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_postal_code(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_province(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (text AS @extschema@.id_address) WITH INOUT;
CREATE CAST (@extschema@.id_address AS text) WITH INOUT;
CREATE CAST (varchar AS @extschema@.id_address) WITH INOUT;
CREATE CAST (@extschema@.id_address AS varchar) WITH INOUT;

COMMENT ON FUNCTION @extschema@.id_address_in(cstring) IS 'id_address input: the grammar of guideline 4.5';
COMMENT ON FUNCTION @extschema@.id_address_out(@extschema@.id_address) IS 'id_address output: the canonical form';
COMMENT ON FUNCTION @extschema@.id_address_recv(internal) IS 'id_address binary input: the canonical encoding only';
COMMENT ON FUNCTION @extschema@.id_address_send(@extschema@.id_address) IS 'id_address binary output: the canonical encoding';
COMMENT ON FUNCTION @extschema@.id_address_eq(@extschema@.id_address, @extschema@.id_address) IS 'same address';
COMMENT ON FUNCTION @extschema@.id_address_ne(@extschema@.id_address, @extschema@.id_address) IS 'different addresses';
COMMENT ON FUNCTION @extschema@.id_address_lt(@extschema@.id_address, @extschema@.id_address) IS 'sorts before';
COMMENT ON FUNCTION @extschema@.id_address_le(@extschema@.id_address, @extschema@.id_address) IS 'sorts before or equal';
COMMENT ON FUNCTION @extschema@.id_address_gt(@extschema@.id_address, @extschema@.id_address) IS 'sorts after';
COMMENT ON FUNCTION @extschema@.id_address_ge(@extschema@.id_address, @extschema@.id_address) IS 'sorts after or equal';
COMMENT ON FUNCTION @extschema@.id_address_cmp(@extschema@.id_address, @extschema@.id_address) IS 'btree comparison: postal code, city, kelurahan, street, number (numeric-aware)';
COMMENT ON FUNCTION @extschema@.id_address_hash(@extschema@.id_address) IS 'hash of the canonical encoding';
COMMENT ON FUNCTION @extschema@.id_address_hash_extended(@extschema@.id_address, bigint) IS 'seeded 64-bit hash of the canonical encoding';
COMMENT ON FUNCTION @extschema@.id_address_is_valid(text) IS 'true if the text is an address per guideline 4.5; never raises';
COMMENT ON FUNCTION @extschema@.id_address_normalize(text) IS 'reads messy addresses (Jalan, Nomor, RT 2 RW 11, stray commas and spaces); NULL when not understood';
COMMENT ON FUNCTION @extschema@.id_address_complex(@extschema@.id_address) IS 'complex name, or NULL';
COMMENT ON FUNCTION @extschema@.id_address_street(@extschema@.id_address) IS 'street name';
COMMENT ON FUNCTION @extschema@.id_address_number(@extschema@.id_address) IS 'building number: 12A, Kav. 3, Blok C2 No. 5';
COMMENT ON FUNCTION @extschema@.id_address_rt(@extschema@.id_address) IS 'RT (neighbourhood unit), two digits at least, or NULL';
COMMENT ON FUNCTION @extschema@.id_address_rw(@extschema@.id_address) IS 'RW (community unit), two digits at least, or NULL';
COMMENT ON FUNCTION @extschema@.id_address_kelurahan(@extschema@.id_address) IS 'kelurahan or desa';
COMMENT ON FUNCTION @extschema@.id_address_kecamatan(@extschema@.id_address) IS 'kecamatan, or NULL';
COMMENT ON FUNCTION @extschema@.id_address_city(@extschema@.id_address) IS 'city (kota or kabupaten)';
COMMENT ON FUNCTION @extschema@.id_address_postal_code(@extschema@.id_address) IS 'postal code, 5 digits';
COMMENT ON FUNCTION @extschema@.id_address_province(@extschema@.id_address) IS 'province, official name, or NULL';


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

CREATE TYPE @extschema@.latlong;

CREATE FUNCTION @extschema@.latlong_in(cstring) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_out(@extschema@.latlong) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_recv(internal) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_send(@extschema@.latlong) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.latlong (
    INPUT = @extschema@.latlong_in,
    OUTPUT = @extschema@.latlong_out,
    RECEIVE = @extschema@.latlong_recv,
    SEND = @extschema@.latlong_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.latlong IS
    'latitude, longitude in decimal degrees per guideline 4.5; kept exactly as written (at least 4 decimals, at most 15)';

CREATE FUNCTION @extschema@.latlong(lat double precision, lon double precision) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME', 'latlong_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong(point) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME', 'latlong_from_point' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_to_point(@extschema@.latlong) RETURNS point
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latitude(@extschema@.latlong) RETURNS double precision
    AS 'MODULE_PATHNAME', 'latlong_latitude' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.longitude(@extschema@.latlong) RETURNS double precision
    AS 'MODULE_PATHNAME', 'latlong_longitude' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_distance(@extschema@.latlong, @extschema@.latlong) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_contained(@extschema@.latlong, box) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_box_contains(box, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_circle_box(centre @extschema@.latlong, metres double precision) RETURNS box
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_in_indonesia(@extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_normalize(text) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.latlong_eq(@extschema@.latlong, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_ne(@extschema@.latlong, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_lt(@extschema@.latlong, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_le(@extschema@.latlong, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_gt(@extschema@.latlong, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_ge(@extschema@.latlong, @extschema@.latlong) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_cmp(@extschema@.latlong, @extschema@.latlong) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_hash(@extschema@.latlong) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.latlong_hash_extended(@extschema@.latlong, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);
CREATE OPERATOR @extschema@.<-> (
    LEFTARG = @extschema@.latlong, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_distance,
    COMMUTATOR = OPERATOR(@extschema@.<->)
);
CREATE OPERATOR @extschema@.<@ (
    LEFTARG = @extschema@.latlong, RIGHTARG = box,
    PROCEDURE = @extschema@.latlong_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = contsel, JOIN = contjoinsel
);
CREATE OPERATOR @extschema@.@> (
    LEFTARG = box, RIGHTARG = @extschema@.latlong,
    PROCEDURE = @extschema@.latlong_box_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = contsel, JOIN = contjoinsel
);

CREATE OPERATOR CLASS @extschema@.latlong_ops
    DEFAULT FOR TYPE @extschema@.latlong USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.latlong_cmp(@extschema@.latlong, @extschema@.latlong);

CREATE OPERATOR CLASS @extschema@.latlong_hash_ops
    DEFAULT FOR TYPE @extschema@.latlong USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.latlong_hash(@extschema@.latlong),
        FUNCTION 2 @extschema@.latlong_hash_extended(@extschema@.latlong, bigint);

CREATE FUNCTION @extschema@.latlong_gist_consistent(internal, @extschema@.latlong, smallint, oid, internal) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_gist_union(internal, internal) RETURNS box
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_gist_compress(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_gist_penalty(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_gist_picksplit(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_gist_same(box, box, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_gist_distance(internal, @extschema@.latlong, smallint, oid, internal) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.latlong_gist_ops
    DEFAULT FOR TYPE @extschema@.latlong USING gist AS
        OPERATOR 15 @extschema@.<-> (@extschema@.latlong, @extschema@.latlong) FOR ORDER BY pg_catalog.float_ops,
        OPERATOR 8 @extschema@.<@ (@extschema@.latlong, box),
        FUNCTION 1 @extschema@.latlong_gist_consistent(internal, @extschema@.latlong, smallint, oid, internal),
        FUNCTION 2 @extschema@.latlong_gist_union(internal, internal),
        FUNCTION 3 @extschema@.latlong_gist_compress(internal),
        FUNCTION 5 @extschema@.latlong_gist_penalty(internal, internal, internal),
        FUNCTION 6 @extschema@.latlong_gist_picksplit(internal, internal),
        FUNCTION 7 @extschema@.latlong_gist_same(box, box, internal),
        FUNCTION 8 @extschema@.latlong_gist_distance(internal, @extschema@.latlong, smallint, oid, internal),
        STORAGE box;

-- Not STRICT, so it inlines into "p <@ box AND distance <= metres" and the
-- planner can use a GiST index for the box; NULL in still gives NULL.  A
-- SQL-standard body: its names are resolved at creation, not by search_path.
CREATE FUNCTION @extschema@.latlong_within(p @extschema@.latlong, centre @extschema@.latlong, metres double precision)
    RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN p OPERATOR(@extschema@.<@) @extschema@.latlong_circle_box(centre, metres)
           AND @extschema@.latlong_distance(p, centre) OPERATOR(pg_catalog.<=) metres;

CREATE CAST (text AS @extschema@.latlong) WITH INOUT;
CREATE CAST (@extschema@.latlong AS text) WITH INOUT;
CREATE CAST (varchar AS @extschema@.latlong) WITH INOUT;
CREATE CAST (@extschema@.latlong AS varchar) WITH INOUT;
CREATE CAST (point AS @extschema@.latlong) WITH FUNCTION @extschema@.latlong(point);
CREATE CAST (@extschema@.latlong AS point) WITH FUNCTION @extschema@.latlong_to_point(@extschema@.latlong);

COMMENT ON FUNCTION @extschema@.latlong_in(cstring) IS 'latlong input: "lat, long" or "(lat,long)" in decimal degrees (G4.5-LAT, G4.5-LON)';
COMMENT ON FUNCTION @extschema@.latlong_out(@extschema@.latlong) IS 'latlong output: at least 4 decimals and every decimal that was given (G4.5-PREC)';
COMMENT ON FUNCTION @extschema@.latlong_recv(internal) IS 'latlong binary input: two 8-byte integers, network byte order, validated';
COMMENT ON FUNCTION @extschema@.latlong_send(@extschema@.latlong) IS 'latlong binary output: for latitude then longitude, degrees * 10^15 * 16 + decimals as 8 bytes, network byte order';
COMMENT ON FUNCTION @extschema@.latlong(double precision, double precision) IS 'the coordinate from latitude and longitude in degrees; the shortest decimal that is the same double';
COMMENT ON FUNCTION @extschema@.latlong(point) IS 'cast from point: x is the longitude, y the latitude';
COMMENT ON FUNCTION @extschema@.latlong_to_point(@extschema@.latlong) IS 'cast to point: x is the longitude, y the latitude';
COMMENT ON FUNCTION @extschema@.latitude(@extschema@.latlong) IS 'latitude in degrees';
COMMENT ON FUNCTION @extschema@.longitude(@extschema@.latlong) IS 'longitude in degrees';
COMMENT ON FUNCTION @extschema@.latlong_distance(@extschema@.latlong, @extschema@.latlong) IS 'great-circle distance in metres on the WGS 84 mean sphere (radius 6371008.8 m), haversine formula';
COMMENT ON FUNCTION @extschema@.latlong_contained(@extschema@.latlong, box) IS 'inside the box (x = longitude, y = latitude, edges included; a box does not cross the antimeridian)';
COMMENT ON FUNCTION @extschema@.latlong_box_contains(box, @extschema@.latlong) IS 'the box (x = longitude, y = latitude) holds the coordinate';
COMMENT ON FUNCTION @extschema@.latlong_circle_box(@extschema@.latlong, double precision) IS 'a box (x = longitude, y = latitude) holding every point within metres of the centre; all longitudes if the circle holds a pole or crosses the antimeridian';
COMMENT ON FUNCTION @extschema@.latlong_within(@extschema@.latlong, @extschema@.latlong, double precision) IS 'p is at most metres from centre; can use a GiST index on p';
COMMENT ON FUNCTION @extschema@.latlong_in_indonesia(@extschema@.latlong) IS 'inside Indonesia''s bounding box: 11.02 S to 6.08 N, 94.97 E to 141.02 E';
COMMENT ON FUNCTION @extschema@.latlong_is_valid(text) IS 'true if the text is a coordinate per guideline 4.5 that latlong accepts; never raises';
COMMENT ON FUNCTION @extschema@.latlong_normalize(text) IS 'reads decimal commas (-6,1754; 106,8272), hemisphere letters (6.1754 S, 106.8272 E; LS/BT) and degrees-minutes-seconds; NULL when not understood';
COMMENT ON FUNCTION @extschema@.latlong_eq(@extschema@.latlong, @extschema@.latlong) IS 'same position (the number of decimals written is not compared)';
COMMENT ON FUNCTION @extschema@.latlong_ne(@extschema@.latlong, @extschema@.latlong) IS 'different positions';
COMMENT ON FUNCTION @extschema@.latlong_lt(@extschema@.latlong, @extschema@.latlong) IS 'sorts before (by latitude, then longitude)';
COMMENT ON FUNCTION @extschema@.latlong_le(@extschema@.latlong, @extschema@.latlong) IS 'sorts before or equal';
COMMENT ON FUNCTION @extschema@.latlong_gt(@extschema@.latlong, @extschema@.latlong) IS 'sorts after';
COMMENT ON FUNCTION @extschema@.latlong_ge(@extschema@.latlong, @extschema@.latlong) IS 'sorts after or equal';
COMMENT ON FUNCTION @extschema@.latlong_cmp(@extschema@.latlong, @extschema@.latlong) IS 'btree comparison: latitude, then longitude';
COMMENT ON FUNCTION @extschema@.latlong_hash(@extschema@.latlong) IS 'hash of the position';
COMMENT ON FUNCTION @extschema@.latlong_hash_extended(@extschema@.latlong, bigint) IS 'seeded 64-bit hash of the position';
COMMENT ON FUNCTION @extschema@.latlong_gist_consistent(internal, @extschema@.latlong, smallint, oid, internal) IS 'GiST support: box search';
COMMENT ON FUNCTION @extschema@.latlong_gist_union(internal, internal) IS 'GiST support: bounding box';
COMMENT ON FUNCTION @extschema@.latlong_gist_compress(internal) IS 'GiST support: a coordinate as a degenerate box';
COMMENT ON FUNCTION @extschema@.latlong_gist_penalty(internal, internal, internal) IS 'GiST support: growth of the box';
COMMENT ON FUNCTION @extschema@.latlong_gist_picksplit(internal, internal) IS 'GiST support: page split at the median along the wider axis';
COMMENT ON FUNCTION @extschema@.latlong_gist_same(box, box, internal) IS 'GiST support: equal boxes';
COMMENT ON FUNCTION @extschema@.latlong_gist_distance(internal, @extschema@.latlong, smallint, oid, internal) IS 'GiST support: exact distance to a point, lower bound to a box (poles and antimeridian included)';
COMMENT ON OPERATOR @extschema@.= (@extschema@.latlong, @extschema@.latlong) IS 'same position';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.latlong, @extschema@.latlong) IS 'different positions';
COMMENT ON OPERATOR @extschema@.< (@extschema@.latlong, @extschema@.latlong) IS 'sorts before (latitude, then longitude)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.latlong, @extschema@.latlong) IS 'sorts before or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.latlong, @extschema@.latlong) IS 'sorts after';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.latlong, @extschema@.latlong) IS 'sorts after or equal';
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.latlong, @extschema@.latlong) IS 'great-circle distance in metres';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.latlong, box) IS 'inside the box (x = longitude, y = latitude)';
COMMENT ON OPERATOR @extschema@.@> (box, @extschema@.latlong) IS 'the box (x = longitude, y = latitude) holds the coordinate';


------------------------------------------------------------------------
-- melt and compound values (guideline 3; issue 6)
------------------------------------------------------------------------

-- column names (G3-HEAD, G3-NAME)
CREATE FUNCTION @extschema@.column_name(header text) RETURNS text
    AS 'MODULE_PATHNAME', 'odi_sql_column_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.column_name(text) IS
    'G3-NAME: the conforming column name for a header: Papan Tulis -> papan_tulis (accents and punctuation folded, kolom_ before a leading digit, at most 63 bytes)';
CREATE FUNCTION @extschema@.column_name(header_path text[]) RETURNS text
    AS 'MODULE_PATHNAME', 'odi_sql_column_name_path' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.column_name(text[]) IS
    'G3-HEAD: one conforming column name for a hierarchical header, top row first: {Ukuran,Panjang} -> ukuran_panjang (empty and repeated parts skipped)';

-- compound values (G3-COMPOUND).  parse_money is not strict: NULL gives one
-- row of NULLs, so a LATERAL call keeps the rows whose amount is missing.
CREATE FUNCTION @extschema@.parse_money(amount_text text)
    RETURNS TABLE(amount numeric, currency text)
    AS 'MODULE_PATHNAME', 'odi_sql_parse_money' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.parse_money(text) IS
    'G3-COMPOUND: Rp 1.200.000,00 -> (1200000.00, IDR), US$ 1,100 -> (1100, USD); separators read by the currency''s convention, ambiguous amounts rejected';
CREATE FUNCTION @extschema@.parse_date_id(date_text text) RETURNS date
    AS 'MODULE_PATHNAME', 'odi_sql_parse_date_id' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_date_id(text) IS
    'G3-COMPOUND: Selasa, 2 September 2014 -> 2014-09-02; Indonesian month names and abbreviations, the weekday checked against the date, no OS locale';

-- melt: one (variable, value) row per column of a row (G3-GROW).  STABLE: the
-- values are written by their types' output functions, which read DateStyle.
CREATE FUNCTION @extschema@.melt("row" record, exclude text[] DEFAULT '{}',
                                 include_nulls boolean DEFAULT false)
    RETURNS TABLE(variable text, value text)
    AS 'MODULE_PATHNAME', 'odi_sql_melt' LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.melt(record, text[], boolean) IS
    'G3-GROW: one (variable, value) row per column of the row that is not in exclude, in column order; NULL values only with include_nulls';

CREATE FUNCTION @extschema@.melt("row" record, exclude text[], include_nulls boolean,
                                 value_type anyelement)
    RETURNS TABLE(variable text, value anyelement)
    AS 'MODULE_PATHNAME', 'odi_sql_melt' LANGUAGE C STABLE PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.melt(record, text[], boolean, anyelement) IS
    'G3-GROW: melt with values of the type of value_type (pass NULL::T), converted through T''s input function';

-- melt_into: the long table, created and filled.  The five-argument form
-- creates an unqualified target in the caller's current schema: it does not
-- pin search_path, so that current_schema() is the caller's, and every name in
-- it is schema-qualified instead (PostgreSQL 15 has no CALL in BEGIN ATOMIC).
CREATE PROCEDURE @extschema@.melt_into(source regclass, target text, id_columns text[],
                                       variable_name text, value_name text,
                                       default_schema name)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
    parts text[];
    qtarget text;
    id_defs text[] := '{}';
    id_list text[] := '{}';
    value_cols text[] := '{}';
    value_types text[] := '{}';
    value_type text;
    tuples text[] := '{}';
    col record;
    n int;
BEGIN
    IF source IS NULL OR target IS NULL OR id_columns IS NULL
       OR variable_name IS NULL OR value_name IS NULL THEN
        RAISE EXCEPTION 'melt_into: no argument may be NULL' USING ERRCODE = '22004';
    END IF;
    parts := parse_ident(target);
    IF cardinality(parts) = 1 THEN
        IF default_schema IS NULL THEN
            RAISE EXCEPTION 'no schema has been selected to create in' USING ERRCODE = '3F000';
        END IF;
        parts := ARRAY[default_schema::text, parts[1]];
    ELSIF cardinality(parts) <> 2 THEN
        RAISE EXCEPTION 'melt_into: target must be [schema.]table, not "%"', target
            USING ERRCODE = '42601';
    END IF;
    qtarget := format('%I.%I', parts[1], parts[2]);
    IF to_regclass(qtarget) IS NOT NULL THEN
        RAISE EXCEPTION 'relation % already exists', qtarget
            USING ERRCODE = '42P07',
                  HINT = 'melt_into never overwrites a table: drop it or choose another name.';
    END IF;

    SELECT count(*) INTO n FROM unnest(id_columns) AS c(name)
     WHERE c.name IS NULL OR NOT EXISTS (
           SELECT FROM pg_attribute a
            WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname = c.name);
    IF n > 0 THEN
        RAISE EXCEPTION 'column % named in id_columns does not exist in %',
            (SELECT string_agg(quote_ident(c.name), ', ') FROM unnest(id_columns) AS c(name)
              WHERE NOT EXISTS (SELECT FROM pg_attribute a
                                 WHERE a.attrelid = source AND a.attnum > 0
                                   AND NOT a.attisdropped AND a.attname = c.name)),
            source
            USING ERRCODE = '42703';
    END IF;
    IF (SELECT count(DISTINCT c) FROM unnest(id_columns || variable_name || value_name) AS c)
       <> cardinality(id_columns) + 2 THEN
        RAISE EXCEPTION 'melt_into: id_columns, variable_name and value_name must be distinct names'
            USING ERRCODE = '42701';
    END IF;

    FOR col IN
        SELECT a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS type,
               a.attname::text = ANY (id_columns) AS is_id
          FROM pg_attribute a
         WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum
    LOOP
        IF col.is_id THEN
            id_defs := id_defs || format('%I %s', col.name, col.type);
            id_list := id_list || format('s.%I', col.name);
        ELSE
            value_cols := value_cols || col.name;
            value_types := value_types || col.type;
        END IF;
    END LOOP;
    IF cardinality(value_cols) = 0 THEN
        RAISE EXCEPTION 'melt_into: % has no column left to melt', source
            USING ERRCODE = '42P10';
    END IF;

    -- the common type is what UNION would choose; text when there is none
    IF (SELECT count(DISTINCT t) FROM unnest(value_types) AS t) = 1 THEN
        value_type := value_types[1];
    ELSE
        BEGIN
            EXECUTE format('SELECT pg_typeof(v)::text FROM (%s) AS u(v) LIMIT 1',
                           (SELECT string_agg(format('SELECT NULL::%s', t), ' UNION ALL ')
                              FROM unnest(value_types) AS t))
               INTO value_type;
        EXCEPTION WHEN datatype_mismatch THEN
            value_type := 'text';
        END;
    END IF;

    FOR i IN 1 .. cardinality(value_cols) LOOP
        tuples := tuples || format('(%L, s.%I::%s)', value_cols[i], value_cols[i], value_type);
    END LOOP;

    EXECUTE format('CREATE TABLE %s (%s%I text NOT NULL, %I %s)', qtarget,
                   (SELECT string_agg(d || ', ', '') FROM unnest(id_defs) AS d),
                   variable_name, value_name, value_type);
    EXECUTE format('INSERT INTO %s SELECT %sv.variable, v.value FROM %s AS s '
                   'CROSS JOIN LATERAL (VALUES %s) AS v(variable, value) '
                   'WHERE v.value IS NOT NULL',
                   qtarget,
                   (SELECT string_agg(d || ', ', '') FROM unnest(id_list) AS d),
                   source, array_to_string(tuples, ', '));
END
$body$;
COMMENT ON PROCEDURE @extschema@.melt_into(regclass, text, text[], text, text, name) IS
    'G3-GROW: creates target (unqualified: in default_schema) with the id columns, variable_name and value_name, and fills it with one row per non-NULL value of every other column of source; refuses an existing target';

CREATE PROCEDURE @extschema@.melt_into(source regclass, target text, id_columns text[],
                                       variable_name text DEFAULT 'variable',
                                       value_name text DEFAULT 'value')
    LANGUAGE sql
AS $body$
    CALL @extschema@.melt_into(source, target, id_columns, variable_name, value_name,
                               pg_catalog.current_schema());
$body$;
COMMENT ON PROCEDURE @extschema@.melt_into(regclass, text, text[], text, text) IS
    'G3-GROW: creates the long table target (unqualified: in the current schema), one row per id and non-NULL value of every other column of source, the value column of the melted columns'' common type (else text)';

------------------------------------------------------------------------
-- analyst functions: conformance_report, table_schema (issue 9)
------------------------------------------------------------------------

-- Types are looked up when called, so a type not installed is skipped.
CREATE FUNCTION @extschema@.guideline_types(
    OUT kind text, OUT type_name regtype, OUT validator regprocedure,
    OUT reader regprocedure, OUT readable text, OUT rewrite text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH ext AS (
        SELECT e.extnamespace::regnamespace::text AS s
          FROM pg_catalog.pg_extension e WHERE e.extname = 'opendata_id'
    ), t(ord, kind, type_name, fallback, pattern) AS (VALUES
        -- on a tie the earlier, more specific kind wins: 0/1 are bool, not number
        (1, 'bool', 'id_bool', NULL, NULL), (2, 'day', 'id_day', NULL, NULL),
        (3, 'month', 'id_month', NULL, NULL), (4, 'year', 'id_year', NULL, NULL),
        -- G3-COMPOUND: 'Selasa, 2 September 2014', 'Rp 1.200.000,00', 'US$ 1,100'
        (5, 'date', 'id_date', 'parse_date_id',
         '(?i)^\s*((senin|selasa|rabu|kamis|jumat|jum''at|sabtu|minggu),?\s+)?[0-9]{1,2}\s+'
         '(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)'
         '\s+[0-9]{4}\s*$'),
        (6, 'time', 'id_time_tz', NULL, NULL),
        (7, 'latlong', 'latlong', NULL, NULL), (8, 'phone', 'id_phone', NULL, NULL),
        (9, 'email', 'id_email', NULL, NULL), (10, 'url', 'id_url', NULL, NULL),
        (11, 'address', 'id_address', NULL, NULL),
        (12, 'number', 'id_number', 'parse_money', '^\s*(Rp\.?|IDR|US\$|USD)\s*[0-9][0-9.,]*\s*$')
    ), f AS (
        SELECT t.*,
               pg_catalog.to_regtype(ext.s || '.' || t.type_name) AS typ,
               pg_catalog.to_regprocedure(ext.s || '.' || t.type_name || '_is_valid(text)') AS val,
               pg_catalog.to_regprocedure(ext.s || '.' || t.type_name || '_normalize(text)') AS norm,
               pg_catalog.to_regprocedure(ext.s || '.' || t.fallback || '(text)') AS fb
          FROM t, ext
    )
    SELECT kind, typ, val, coalesce(norm, fb),
           CASE WHEN norm IS NOT NULL THEN pg_catalog.format('%s(%%1$s) IS NOT NULL', norm::regproc)
                WHEN fb IS NOT NULL THEN pg_catalog.format('%%1$s ~ %L', pattern) END,
           CASE WHEN norm IS NOT NULL THEN pg_catalog.format('%s(%%1$s)::text', norm::regproc)
                WHEN fb IS NOT NULL AND fallback = 'parse_date_id'
                THEN pg_catalog.format('to_char(%s(%%1$s), %L)', fb::regproc, 'YYYY-MM-DD') END
      FROM f
     WHERE typ IS NOT NULL AND val IS NOT NULL
     ORDER BY ord
$$;
COMMENT ON FUNCTION @extschema@.guideline_types() IS
    'the guideline types installed, in the order conformance_report prefers them: validator, the function that reads messy values (reader), the SQL condition (%1$s = the value) under which it can, and the expression it rewrites a value to';

-- The detail a guideline type's input gives a value, NULL if it conforms; from
-- the same parser, without raising (so conformance_report needs no subtransaction).
CREATE FUNCTION @extschema@.guideline_error(value text, kind text) RETURNS text
    AS 'MODULE_PATHNAME', 'odi_guideline_error' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.guideline_error(text, text) IS
    'what is wrong with value for the guideline kind (phone, address, latlong, time, day, month, year, date, bool, number, email, url), in the language of lc_messages; NULL if it conforms';

CREATE FUNCTION @extschema@.conformance_report(rel regclass)
RETURNS TABLE(column_name text, guideline_type text, total bigint, conforming bigint,
              nonconforming bigint, example_bad text, suggestion text,
              fixable bigint, example_error text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    t_kind text[];
    t_type regtype[];
    t_valid regproc[];
    t_reader regproc[];
    t_readable text[];
    t_rewrite text[];
    c_name text[];
    c_type regtype[];
    kb int;
    nk int;
    ncol int;
    stride int;
    inner_list text[] := '{}';
    mid_list text[] := '{}';
    count_list text[] := '{}';
    text_list text[] := '{}';
    counts bigint[];
    texts text[];
    best int;
    best_score bigint;
    score bigint;
    textlike boolean;
    arg text;
    conv text;
    currency_col text;
BEGIN
    SELECT array_agg(g.kind ORDER BY g.n), array_agg(g.type_name ORDER BY g.n),
           array_agg(g.validator ORDER BY g.n), array_agg(g.reader ORDER BY g.n),
           array_agg(g.readable ORDER BY g.n), array_agg(g.rewrite ORDER BY g.n)
      INTO t_kind, t_type, t_valid, t_reader, t_readable, t_rewrite
      FROM @extschema@.guideline_types() WITH ORDINALITY AS g(kind, type_name, validator,
                                                        reader, readable, rewrite, n);
    nk := coalesce(array_length(t_kind, 1), 0);
    stride := 1 + 2 * nk;
    SELECT array_agg(a.attname::text ORDER BY a.attnum), array_agg(a.atttypid::regtype ORDER BY a.attnum)
      INTO c_name, c_type
      FROM pg_attribute a
     WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped;
    ncol := coalesce(array_length(c_name, 1), 0);
    IF ncol = 0 THEN
        RETURN;
    END IF;

    -- One scan.  Each validator and reader runs once per value (OFFSET 0 keeps the
    -- planner from copying them into every aggregate); NULL and '' are missing values.
    FOR i IN 1 .. ncol LOOP
        inner_list := inner_list || format('nullif(%I::text, %L) AS v%s', c_name[i], '', i);
        mid_list := mid_list || format('v%s', i);
        count_list := count_list || format('count(v%s)', i);
        FOR k IN 1 .. nk LOOP
            mid_list := mid_list || format('%s(v%s) AS o%s_%s, coalesce(%s, false) AS f%s_%s',
                                           t_valid[k], i, i, k,
                                           format(coalesce(t_readable[k], 'false'), 'v' || i), i, k);
            count_list := count_list
                || format('count(*) FILTER (WHERE o%s_%s)', i, k)
                || format('count(*) FILTER (WHERE NOT o%s_%s AND f%s_%s)', i, k, i, k);
            text_list := text_list
                || format('min(v%s) FILTER (WHERE NOT o%s_%s AND NOT f%s_%s)', i, i, k, i, k)
                || format('min(v%s) FILTER (WHERE NOT o%s_%s)', i, i, k);
        END LOOP;
    END LOOP;
    EXECUTE format('SELECT ARRAY[%s]::bigint[], ARRAY[%s]::text[] '
                   'FROM (SELECT %s FROM (SELECT %s FROM %s) s0 OFFSET 0) s',
                   array_to_string(count_list, ', '),
                   coalesce(nullif(array_to_string(text_list, ', '), ''), 'NULL'),
                   array_to_string(mid_list, ', '), array_to_string(inner_list, ', '), rel)
        INTO counts, texts;

    FOR i IN 1 .. ncol LOOP
        column_name := c_name[i];
        total := counts[(i - 1) * stride + 1];
        best := NULL;
        best_score := 0;
        FOR k IN 1 .. nk LOOP
            IF c_type[i] = t_type[k] THEN
                best := k;
                best_score := total;
                EXIT;
            END IF;
            score := counts[(i - 1) * stride + 2 * k] + counts[(i - 1) * stride + 2 * k + 1];
            IF score > best_score THEN
                best := k;
                best_score := score;
            END IF;
        END LOOP;
        guideline_type := NULL;
        conforming := 0;
        nonconforming := 0;
        fixable := 0;
        example_bad := NULL;
        example_error := NULL;
        suggestion := NULL;
        IF total = 0 THEN
            RETURN NEXT;                    -- no values: no kind
            CONTINUE;
        ELSIF best IS NULL OR best_score * 2 < total THEN
            guideline_type := 'text';       -- G4.1-TEXT: any characters conform
            conforming := total;
            RETURN NEXT;
            CONTINUE;
        END IF;

        kb := best;
        guideline_type := t_kind[kb];
        conforming := counts[(i - 1) * stride + 2 * best];
        fixable := counts[(i - 1) * stride + 2 * best + 1];
        nonconforming := total - conforming;
        -- the first value a person must correct, else the first one the reader fixes
        example_bad := coalesce(texts[(i - 1) * 2 * nk + 2 * best - 1],
                                texts[(i - 1) * 2 * nk + 2 * best]);
        IF example_bad IS NOT NULL THEN
            example_error := @extschema@.guideline_error(example_bad, guideline_type);
        END IF;

        textlike := c_type[i] IN ('text'::regtype, 'character varying'::regtype, 'character'::regtype);
        IF c_type[i] = t_type[kb] OR (nonconforming = 0 AND NOT textlike) THEN
            RETURN NEXT;                    -- nothing to do
            CONTINUE;
        END IF;
        arg := quote_ident(column_name) || CASE WHEN textlike THEN '' ELSE '::text' END;
        -- '' is a missing value: it becomes NULL
        conv := format('ALTER TABLE %s ALTER COLUMN %I TYPE %s USING ', rel, column_name, t_type[kb])
            || CASE WHEN nonconforming = 0 OR nonconforming > fixable OR t_rewrite[kb] IS NULL
                    THEN format('nullif(%s, %L)::%s', arg, '', t_type[kb])
                    WHEN (SELECT p.prorettype FROM pg_proc p WHERE p.oid = t_reader[kb]) = t_type[kb]
                    THEN format('%s(%s)', t_reader[kb], arg)
                    ELSE format('(CASE WHEN %s(%s) THEN %s ELSE %s END)::%s', t_valid[kb],
                                arg, arg, format(t_rewrite[kb], arg), t_type[kb]) END;
        IF nonconforming = 0 OR (nonconforming = fixable AND t_rewrite[kb] IS NOT NULL) THEN
            suggestion := conv;
        ELSIF fixable = 0 THEN
            suggestion := format('-- %s value(s) cannot be read automatically: correct them by hand, then: %s',
                                 nonconforming, conv);
        ELSE
            IF t_rewrite[kb] IS NOT NULL THEN
                suggestion := format('UPDATE %s SET %I = %s WHERE NOT %s(%s) AND %s',
                                     rel, column_name, format(t_rewrite[kb], arg),
                                     t_valid[kb], arg, format(t_readable[kb], arg));
            ELSE
                -- parse_money (G3-COMPOUND): the amount stays, the currency gets a column
                currency_col := CASE WHEN EXISTS (SELECT 1 FROM pg_attribute a
                                                   WHERE a.attrelid = rel AND a.attname = 'mata_uang')
                                     THEN column_name || '_mata_uang' ELSE 'mata_uang' END;
                suggestion := format('ALTER TABLE %1$s ADD COLUMN %2$I text; UPDATE %1$s SET (%3$I, %2$I) = '
                                     '(SELECT m.amount::text, m.currency FROM %4$s(%5$s) m) WHERE NOT %6$s(%5$s) AND %7$s',
                                     rel, currency_col, column_name, t_reader[kb], arg,
                                     t_valid[kb], format(t_readable[kb], arg));
            END IF;
            IF nonconforming > fixable THEN
                suggestion := suggestion || format('; -- %s value(s) cannot be read: correct them by hand, then: %s',
                                                   nonconforming - fixable, conv);
            ELSE
                suggestion := suggestion || '; ' || conv;
            END IF;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.conformance_report(regclass) IS
    'for every column of a table, in one scan: the guideline type its values look like, how many conform, one failing value and its error, and the ALTER TABLE or UPDATE that fixes it';

CREATE FUNCTION @extschema@.table_schema(rel regclass) RETURNS jsonb
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    -- Frictionless Table Schema (v1).  A pattern accepts exactly the text its type
    -- prints (id_email, id_url: the text they accept, lengths aside: the formats check
    -- those), and uses only what XML Schema regular expressions share with the
    -- validators' engines: classes, groups, |, ?, *, +, {m,n}.
    -- It is written ^(...)$: the spec anchors patterns implicitly, but validators hand
    -- them to their language's engine, and tableschema-js searches (unanchored) while
    -- frictionless-py matches "^" + pattern + "$" (where a top-level | escapes one anchor).
    WITH codes(kind, code) AS (
        -- the area codes of the numbering plan and the country codes, as id_phone reads them
        SELECT 'area' || length(c::text), c::text
          FROM generate_series(20, 999) c
         WHERE CASE WHEN @extschema@.id_phone_is_valid('0' || c || ' 12345')
                    THEN @extschema@.id_phone_kind(('0' || c || ' 12345')::@extschema@.id_phone) = 'fixed'
                         AND @extschema@.id_phone_area_code(('0' || c || ' 12345')::@extschema@.id_phone) = '0' || c
                    ELSE false END
        UNION ALL
        SELECT 'cc' || length(c::text), c::text
          FROM generate_series(1, 999) c
         WHERE c <> 62       -- an Indonesian number is written nationally
           AND CASE WHEN @extschema@.id_phone_is_valid('+' || c || ' 12345678')
                    THEN @extschema@.id_phone_country_code(('+' || c || ' 12345678')::@extschema@.id_phone) = c
                    ELSE false END
    ), runs AS (
        -- runs of consecutive last digits after the same leading digits: 23[1-4]
        SELECT kind, prefix, min(last) AS lo, max(last) AS hi
          FROM (SELECT kind, left(code, -1) AS prefix, right(code, 1) AS last,
                       right(code, 1)::int - row_number() OVER (PARTITION BY kind, left(code, -1) ORDER BY code) AS run
                  FROM codes) c
         GROUP BY kind, prefix, run
    ), prefixes AS (
        SELECT kind, prefix,
               string_agg(CASE WHEN lo = hi THEN lo WHEN hi::int = lo::int + 1 THEN lo || hi
                               ELSE lo || '-' || hi END, '' ORDER BY lo) AS digits
          FROM runs GROUP BY kind, prefix
    ), alternatives(kind, alt) AS (
        SELECT kind, string_agg(prefix || CASE WHEN length(digits) = 1 THEN digits ELSE '[' || digits || ']' END,
                                '|' ORDER BY prefix)
          FROM prefixes GROUP BY kind
    ), phone(pattern) AS (
        SELECT concat_ws('|',
            -- Indonesian numbers: 0, the area or operator code, a space, the subscriber number;
            -- digits with the 0: fixed 8-12 (2-digit area code) or 9-12, mobile 10-13,
            -- toll-free 0800 9-11 and 0177 10-12, shared cost 0804 and premium 0809 11
            (SELECT '0(' || alt || ') [0-9]{5,9}' FROM alternatives WHERE kind = 'area2'),
            (SELECT '0(' || alt || ') [0-9]{5,8}' FROM alternatives WHERE kind = 'area3'),
            '08[1235-9][0-9] [0-9]{6,9}', '0800 [0-9]{5,7}', '0177 [0-9]{6,8}', '080[49] [0-9]{7}',
            '11[023589]',
            -- foreign numbers: +, the country code, a space, the national number (at least 4
            -- digits, at most 15 with the country code), whole or as an area code of 1-7
            -- digits, a space and the rest
            (SELECT string_agg(format('\+(%s) ([0-9]{4,%s}|%s)', a.alt, 15 - n,
                                      (SELECT string_agg(format('[0-9]%s [0-9]{%s,%s}', CASE WHEN g > 1 THEN '{' || g || '}' END,
                                                                greatest(1, 4 - g), 15 - n - g),
                                                         '|' ORDER BY g)
                                         FROM generate_series(1, 7) g)),
                               '|' ORDER BY n)
               FROM generate_series(1, 3) n JOIN alternatives a ON a.kind = 'cc' || n))
    ), parts AS (
        SELECT -- a year other than 0000
               '([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])'::text AS year,
               -- February 29th of a leap year; -0001 (1 BC) is the year 0, a leap year, as is -0005
               '([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00'
               '|-([0-9]{2}(0[59]|[2468][159]|[13579][37])|(0[048]|[2468][048]|[13579][26])01))-02-29'::text AS leap,
               -- a domain name: labels, at least two, the last not all digits
               '([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+'
               '([0-9]*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?|[0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])'::text AS domain,
               '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])'::text AS ipv4_part,
               -- 1 to 65535 in at most 5 digits
               '(0{0,3}[1-9]|0{0,2}[1-9][0-9]|0?[1-9][0-9]{2}|[1-9][0-9]{3}'
               '|0(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})'
               '|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])'::text AS port,
               -- a character of a path, query or fragment (RFC 3986)
               '([A-Za-z0-9!$&''()*+,;=:@/?._~-]|%[0-9A-Fa-f]{2})'::text AS path_char
    ), pattern(kind, pattern) AS (
        SELECT v.* FROM parts, LATERAL (VALUES
            ('day', '0[1-9]|[12][0-9]|3[01]'),
            ('month', '0[1-9]|1[0-2]'),
            ('year', '[0-9]{4}|-' || year),
            ('date', '-?' || year || '-(0[1-9]|1[0-2]|(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])'
                     '|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|' || leap),
            ('time', '([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\+0[789]00)?'),
            ('latlong', '(-?([0-9]|[1-8][0-9])\.[0-9]{4,15}|-?90\.0{4,15}), '
                        '(-?([0-9]|[1-9][0-9]|1[0-7][0-9])\.[0-9]{4,15}|-?180\.0{4,15})'),
            ('email', '[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+)*@' || domain),
            -- an IPv6 address is checked by the format "uri" only
            ('url', '[Hh][Tt][Tt][Pp][Ss]?://(' || domain || '|' || ipv4_part || '(\.' || ipv4_part || '){3}'
                    '|\[[0-9A-Fa-f:.]+\])(:' || port || ')?([/?]' || path_char || '*)?(#' || path_char || '*)?')
          ) v(kind, pattern)
        UNION ALL
        SELECT 'phone', pattern FROM phone
    ), guideline(kind, field) AS (
        SELECT g.kind, g.field || CASE WHEN pt.pattern IS NULL THEN '{}'::jsonb
                                       ELSE jsonb_build_object('constraints', jsonb_build_object('pattern', '^(' || pt.pattern || ')$')) END
          FROM (VALUES
            ('bool', '{"type": "boolean", "trueValues": ["1", "ya"], "falseValues": ["0", "tidak"]}'::jsonb),
            ('day', '{"type": "string"}'), ('month', '{"type": "string"}'),
            -- not "year": validators read it as an integer of 4 digits, 0000 to 9999
            ('year', '{"type": "string"}'),
            ('date', '{"type": "string"}'), ('time', '{"type": "string"}'),
            ('latlong', '{"type": "string"}'), ('phone', '{"type": "string"}'),
            ('email', '{"type": "string", "format": "email"}'),
            ('url', '{"type": "string", "format": "uri"}'),
            ('address', '{"type": "string"}'),
            ('number', '{"type": "number", "decimalChar": ".", "bareNumber": true}')
          ) g(kind, field)
          LEFT JOIN pattern pt USING (kind)
    ), builtin(type_oid, field) AS (VALUES
        ('smallint'::regtype, '{"type": "integer"}'::jsonb),
        ('integer', '{"type": "integer"}'), ('bigint', '{"type": "integer"}'),
        ('numeric', '{"type": "number", "decimalChar": ".", "bareNumber": true}'),
        ('real', '{"type": "number", "decimalChar": ".", "bareNumber": true}'),
        ('double precision', '{"type": "number", "decimalChar": ".", "bareNumber": true}'),
        -- as COPY writes them
        ('boolean', '{"type": "boolean", "trueValues": ["t"], "falseValues": ["f"]}'),
        ('date', '{"type": "date"}'),
        ('text', '{"type": "string"}'), ('character varying', '{"type": "string"}'),
        ('character', '{"type": "string"}'), ('uuid', '{"type": "string", "format": "uuid"}'),
        ('json', '{"type": "any"}'), ('jsonb', '{"type": "any"}')
    ), cols AS (
        SELECT a.attnum, a.attname, a.attnotnull,
               CASE WHEN a.atttypid IN ('character varying'::regtype, 'character'::regtype) AND a.atttypmod > 4
                    THEN a.atttypmod - 4 END AS max_length,
               coalesce(g.field, b.field, '{"type": "any"}') AS field,
               col_description(a.attrelid, a.attnum) AS description,
               EXISTS (SELECT 1 FROM pg_index i
                        WHERE i.indrelid = a.attrelid AND i.indisunique AND i.indnatts = 1
                          AND i.indkey[0] = a.attnum AND i.indpred IS NULL) AS is_unique,
               EXISTS (SELECT 1 FROM pg_index i
                        WHERE i.indrelid = a.attrelid AND i.indisprimary
                          AND a.attnum = ANY (i.indkey::int2[])) AS in_pkey
          FROM pg_attribute a
          LEFT JOIN @extschema@.guideline_types() t ON t.type_name = a.atttypid
          LEFT JOIN guideline g ON g.kind = t.kind
          LEFT JOIN builtin b ON b.type_oid = a.atttypid
         WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
    ), fields AS (
        SELECT attnum, in_pkey, attname,
               jsonb_build_object('name', attname::text) || field
               || jsonb_strip_nulls(jsonb_build_object('description', description))
               || CASE WHEN attnotnull OR is_unique OR max_length IS NOT NULL OR field ? 'constraints'
                       THEN jsonb_build_object('constraints',
                                coalesce(field -> 'constraints', '{}'::jsonb)
                                || CASE WHEN attnotnull OR in_pkey THEN '{"required": true}'::jsonb ELSE '{}' END
                                || CASE WHEN is_unique THEN '{"unique": true}'::jsonb ELSE '{}' END
                                || jsonb_strip_nulls(jsonb_build_object('maxLength', max_length)))
                       ELSE '{}'::jsonb END AS field
          FROM cols
    )
    SELECT jsonb_build_object('fields', coalesce(jsonb_agg(field ORDER BY attnum), '[]'),
                              'missingValues', jsonb_build_array(''))
           || coalesce((SELECT jsonb_build_object('primaryKey', jsonb_agg(attname::text ORDER BY attnum))
                          FROM fields WHERE in_pkey HAVING count(*) > 0), '{}')
      FROM fields
$$;
COMMENT ON FUNCTION @extschema@.table_schema(regclass) IS
    'Frictionless Table Schema (JSON) of a table: guideline types become fields with their patterns, true/false values and decimal character, so published CSV files validate with the standard tools';
