------------------------------------------------------------------------
-- id_time_tz: times of day with an optional WIB, WITA or WIT offset (guideline 4.4)
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

-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.id_time_tz_smaller(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_larger(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.id_time_tz) (
    SFUNC = @extschema@.id_time_tz_smaller, STYPE = @extschema@.id_time_tz,
    COMBINEFUNC = @extschema@.id_time_tz_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.id_time_tz) (
    SFUNC = @extschema@.id_time_tz_larger, STYPE = @extschema@.id_time_tz,
    COMBINEFUNC = @extschema@.id_time_tz_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.id_time_tz_smaller(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.id_time_tz_larger(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.id_time_tz) IS 'the smallest time by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.id_time_tz) IS 'the largest time by the btree order';

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
