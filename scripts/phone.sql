------------------------------------------------------------------------
-- id_phone: telephone numbers (guideline 4.6)
------------------------------------------------------------------------

CREATE TYPE @extschema@.id_phone;

CREATE FUNCTION @extschema@.id_phone_in(cstring) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_out(@extschema@.id_phone) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_recv(internal) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_send(@extschema@.id_phone) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.id_phone (
    INPUT = @extschema@.id_phone_in,
    OUTPUT = @extschema@.id_phone_out,
    RECEIVE = @extschema@.id_phone_recv,
    SEND = @extschema@.id_phone_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.id_phone IS
    'telephone number per guideline 4.6, checked against the Indonesian numbering plan; prints one canonical form';

CREATE FUNCTION @extschema@.id_phone_eq(@extschema@.id_phone, @extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_ne(@extschema@.id_phone, @extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_lt(@extschema@.id_phone, @extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_le(@extschema@.id_phone, @extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_gt(@extschema@.id_phone, @extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_ge(@extschema@.id_phone, @extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_cmp(@extschema@.id_phone, @extschema@.id_phone) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_hash(@extschema@.id_phone) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.id_phone_hash_extended(@extschema@.id_phone, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.id_phone, RIGHTARG = @extschema@.id_phone,
    PROCEDURE = @extschema@.id_phone_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.id_phone, RIGHTARG = @extschema@.id_phone,
    PROCEDURE = @extschema@.id_phone_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.id_phone, RIGHTARG = @extschema@.id_phone,
    PROCEDURE = @extschema@.id_phone_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.id_phone, RIGHTARG = @extschema@.id_phone,
    PROCEDURE = @extschema@.id_phone_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.id_phone, RIGHTARG = @extschema@.id_phone,
    PROCEDURE = @extschema@.id_phone_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.id_phone, RIGHTARG = @extschema@.id_phone,
    PROCEDURE = @extschema@.id_phone_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.id_phone_ops
    DEFAULT FOR TYPE @extschema@.id_phone USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.id_phone_cmp(@extschema@.id_phone, @extschema@.id_phone),
        FUNCTION 2 @extschema@.id_phone_sortsupport(internal);

CREATE OPERATOR CLASS @extschema@.id_phone_hash_ops
    DEFAULT FOR TYPE @extschema@.id_phone USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.id_phone_hash(@extschema@.id_phone),
        FUNCTION 2 @extschema@.id_phone_hash_extended(@extschema@.id_phone, bigint);

CREATE FUNCTION @extschema@.id_phone_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_normalize(text) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_normalize(text, default_area text) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME', 'id_phone_normalize_in_area' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_format(@extschema@.id_phone, style text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_country_code(@extschema@.id_phone) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_area_code(@extschema@.id_phone) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_subscriber(@extschema@.id_phone) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_is_mobile(@extschema@.id_phone) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_kind(@extschema@.id_phone) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- the casts from text and varchar call the input path directly
CREATE FUNCTION @extschema@.id_phone(text) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME', 'id_phone_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_phone(text) IS
    'the text as an id_phone: the input function''s parser and errors (G4.6)';
CREATE CAST (text AS @extschema@.id_phone) WITH FUNCTION @extschema@.id_phone(text);
CREATE CAST (@extschema@.id_phone AS text) WITH INOUT;
CREATE CAST (varchar AS @extschema@.id_phone) WITH FUNCTION @extschema@.id_phone(text);
CREATE CAST (@extschema@.id_phone AS varchar) WITH INOUT;

COMMENT ON FUNCTION @extschema@.id_phone_in(cstring) IS 'id_phone input: every variant of guideline 4.6';
COMMENT ON FUNCTION @extschema@.id_phone_out(@extschema@.id_phone) IS 'id_phone output: the canonical form';
COMMENT ON FUNCTION @extschema@.id_phone_recv(internal) IS 'id_phone binary input: 8 bytes, network byte order, validated';
COMMENT ON FUNCTION @extschema@.id_phone_send(@extschema@.id_phone) IS 'id_phone binary output: 8 bytes, network byte order';
COMMENT ON FUNCTION @extschema@.id_phone_eq(@extschema@.id_phone, @extschema@.id_phone) IS 'same telephone number';
COMMENT ON FUNCTION @extschema@.id_phone_ne(@extschema@.id_phone, @extschema@.id_phone) IS 'different telephone numbers';
COMMENT ON FUNCTION @extschema@.id_phone_lt(@extschema@.id_phone, @extschema@.id_phone) IS 'sorts before';
COMMENT ON FUNCTION @extschema@.id_phone_le(@extschema@.id_phone, @extschema@.id_phone) IS 'sorts before or equal';
COMMENT ON FUNCTION @extschema@.id_phone_gt(@extschema@.id_phone, @extschema@.id_phone) IS 'sorts after';
COMMENT ON FUNCTION @extschema@.id_phone_ge(@extschema@.id_phone, @extschema@.id_phone) IS 'sorts after or equal';
COMMENT ON FUNCTION @extschema@.id_phone_cmp(@extschema@.id_phone, @extschema@.id_phone) IS 'btree comparison: country code, then national number';
COMMENT ON FUNCTION @extschema@.id_phone_sortsupport(internal) IS 'btree sort support';
COMMENT ON FUNCTION @extschema@.id_phone_hash(@extschema@.id_phone) IS 'hash of the number';
COMMENT ON FUNCTION @extschema@.id_phone_hash_extended(@extschema@.id_phone, bigint) IS 'seeded 64-bit hash of the number';
COMMENT ON FUNCTION @extschema@.id_phone_is_valid(text) IS 'true if the text is a telephone number per guideline 4.6; never raises';
COMMENT ON FUNCTION @extschema@.id_phone_normalize(text) IS 'reads messy telephone numbers (dots, +62 (0)21, 62812..., Telp. labels); NULL when not understood';
COMMENT ON FUNCTION @extschema@.id_phone_normalize(text, text) IS 'reads messy telephone numbers like id_phone_normalize(text), and a local number of 5 to 8 digits in the area default_area (021, 0274); NULL when not understood';
COMMENT ON FUNCTION @extschema@.id_phone_format(@extschema@.id_phone, text) IS 'the number as national, international or e164 text';
COMMENT ON FUNCTION @extschema@.id_phone_country_code(@extschema@.id_phone) IS 'country code (62 for Indonesian numbers)';
COMMENT ON FUNCTION @extschema@.id_phone_area_code(@extschema@.id_phone) IS 'area or operator code: 021, 0815; as written for foreign numbers; NULL if none';
COMMENT ON FUNCTION @extschema@.id_phone_subscriber(@extschema@.id_phone) IS 'subscriber number, digits only';
COMMENT ON FUNCTION @extschema@.id_phone_is_mobile(@extschema@.id_phone) IS 'true for Indonesian mobile numbers; NULL for foreign ones';
COMMENT ON FUNCTION @extschema@.id_phone_kind(@extschema@.id_phone) IS 'fixed, mobile, toll_free, premium, shared_cost, uan (universal access: 1500 567, 08071 ...), short or foreign';
