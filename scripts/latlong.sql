------------------------------------------------------------------------
-- latlong: coordinates (guideline 4.5)
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

-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.latlong_smaller(@extschema@.latlong, @extschema@.latlong) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_larger(@extschema@.latlong, @extschema@.latlong) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.latlong) (
    SFUNC = @extschema@.latlong_smaller, STYPE = @extschema@.latlong,
    COMBINEFUNC = @extschema@.latlong_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.latlong) (
    SFUNC = @extschema@.latlong_larger, STYPE = @extschema@.latlong,
    COMBINEFUNC = @extschema@.latlong_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.latlong_smaller(@extschema@.latlong, @extschema@.latlong) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.latlong_larger(@extschema@.latlong, @extschema@.latlong) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.latlong) IS 'the smallest position by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.latlong) IS 'the largest position by the btree order';

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
