------------------------------------------------------------------------
-- id_address: addresses (guideline 4.5)
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

-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.id_address_smaller(@extschema@.id_address, @extschema@.id_address) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_larger(@extschema@.id_address, @extschema@.id_address) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.id_address) (
    SFUNC = @extschema@.id_address_smaller, STYPE = @extschema@.id_address,
    COMBINEFUNC = @extschema@.id_address_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.id_address) (
    SFUNC = @extschema@.id_address_larger, STYPE = @extschema@.id_address,
    COMBINEFUNC = @extschema@.id_address_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.id_address_smaller(@extschema@.id_address, @extschema@.id_address) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.id_address_larger(@extschema@.id_address, @extschema@.id_address) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.id_address) IS 'the smallest address by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.id_address) IS 'the largest address by the btree order';

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
CREATE FUNCTION @extschema@.id_address_area_code(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_in_register(@extschema@.id_address) RETURNS boolean
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
COMMENT ON FUNCTION @extschema@.id_address_area_code(@extschema@.id_address) IS 'the code of the most specific area of the register (id_wilayah) that the kelurahan, kecamatan, city and province match, as 32.73.02.1004; NULL when none matches';
COMMENT ON FUNCTION @extschema@.id_address_in_register(@extschema@.id_address) IS 'true if the register of areas (id_wilayah) has the kelurahan in the kecamatan (when written) in the city in the province (when written); for CHECK constraints';

-- an address from the split columns of government lists (G4.5-ADDR): the
-- parts assembled in the guideline's order, then read by the type's parser
CREATE FUNCTION @extschema@.id_address_from_parts(alamat text, rt text, rw text, kelurahan text,
                                                  kecamatan text, kota text, kode_pos text)
    RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_from_parts_error(alamat text, rt text, rw text, kelurahan text,
                                                        kecamatan text, kota text, kode_pos text)
    RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_address_from_parts(text, text, text, text, text, text, text) IS 'the address made of split columns: alamat[ RTxx/RWyy], kelurahan[, kecamatan], kota kode_pos; rt, rw and kecamatan may be NULL, empty or -; raises 22P02 naming the part that is missing or wrong';
COMMENT ON FUNCTION @extschema@.id_address_from_parts_error(text, text, text, text, text, text, text) IS 'what id_address_from_parts would raise for these parts (the detail, in the language of lc_messages), NULL when they make an address; for the WHERE clause of a bulk UPDATE';
