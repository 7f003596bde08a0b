------------------------------------------------------------------------
-- the register of areas (Kemendagri codes; idn-area-data 4.0.1, ODbL),
-- compiled into the library: id_wilayah() lists it; id_kode_wilayah_is_valid,
-- id_address_area_code and id_address_in_register look codes and names up in it
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.id_wilayah()
RETURNS TABLE(code text, parent_code text, level text, name text)
    AS 'MODULE_PATHNAME', 'id_wilayah' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 91599;
COMMENT ON FUNCTION @extschema@.id_wilayah() IS
    'the register of areas (Kemendagri codes; idn-area-data 4.0.1, ODbL): code, parent code (NULL for a province), level (province, regency, district, village) and official name; level by level, in code order';
