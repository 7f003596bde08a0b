-- opendata_id 0.2 -> 0.3: the registry of guideline kinds (guideline_registry)
-- from which guideline_types, guideline_error and table_schema now read, and the
-- id_kode_wilayah domain.

\echo Use "ALTER EXTENSION opendata_id UPDATE TO '0.3'" to load this file. \quit

-- id_kode_wilayah: the Kemendagri area code that open datasets are joined on
-- (the format only; whether a code exists is the register's question)
CREATE FUNCTION @extschema@.id_kode_wilayah_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE DOMAIN @extschema@.id_kode_wilayah AS text
    CONSTRAINT id_kode_wilayah_check CHECK (@extschema@.id_kode_wilayah_is_valid(VALUE));
COMMENT ON DOMAIN @extschema@.id_kode_wilayah IS 'Kemendagri area code: NN (province), NN.NN (regency or city), NN.NN.NN (kecamatan), NN.NN.NN.NNNN (kelurahan or desa)';
COMMENT ON FUNCTION @extschema@.id_kode_wilayah_is_valid(text) IS 'true if the text is a Kemendagri area code in its format; never raises';

-- The registry of guideline kinds (src/odi_kinds.h), in its order.
CREATE FUNCTION @extschema@.guideline_registry(
    OUT ord integer, OUT kind text, OUT type_name text, OUT rule text, OUT reader text,
    OUT readable text, OUT schema_field text, OUT schema_pattern text, OUT examples text[])
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'odi_guideline_registry' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 16;
COMMENT ON FUNCTION @extschema@.guideline_registry() IS
    'the registry of guideline kinds: kind, SQL type, rule, the reader of compound values and the regex of what it reads, the Table Schema field and pattern, and values the type accepts';

-- The registry's kinds whose type and validator are installed, resolved.
CREATE OR REPLACE FUNCTION @extschema@.guideline_types(
    OUT kind text, OUT type_name regtype, OUT validator regprocedure,
    OUT reader regprocedure, OUT readable text, OUT rewrite text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH ext AS (
        SELECT e.extnamespace::regnamespace::text AS s
          FROM pg_catalog.pg_extension e WHERE e.extname = 'opendata_id'
    ), f AS (
        SELECT r.*,
               pg_catalog.to_regtype(ext.s || '.' || r.type_name) AS typ,
               pg_catalog.to_regprocedure(ext.s || '.' || r.type_name || '_is_valid(text)') AS val,
               pg_catalog.to_regprocedure(ext.s || '.' || r.type_name || '_normalize(text)') AS norm,
               pg_catalog.to_regprocedure(ext.s || '.' || r.reader || '(text)') AS fb
          FROM @extschema@.guideline_registry() r, ext
    )
    SELECT kind, typ, val, coalesce(norm, fb),
           CASE WHEN norm IS NOT NULL THEN pg_catalog.format('%s(%%1$s) IS NOT NULL', norm::regproc)
                WHEN fb IS NOT NULL THEN pg_catalog.format('%%1$s ~ %L', readable) END,
           -- a reader that returns a date writes it as YYYY-MM-DD; one that
           -- returns a row (parse_money) has no one-value rewrite
           CASE WHEN norm IS NOT NULL THEN pg_catalog.format('%s(%%1$s)::text', norm::regproc)
                WHEN (SELECT p.prorettype FROM pg_catalog.pg_proc p WHERE p.oid = fb) = 'date'::regtype
                THEN pg_catalog.format('to_char(%s(%%1$s), %L)', fb::regproc, 'YYYY-MM-DD') END
      FROM f
     WHERE typ IS NOT NULL AND val IS NOT NULL
     ORDER BY ord
$$;
COMMENT ON FUNCTION @extschema@.guideline_types() IS
    'the guideline types installed, in the order conformance_report prefers them: validator, the function that reads messy values (reader), the SQL condition (%1$s = the value) under which it can, and the expression it rewrites a value to';

COMMENT ON FUNCTION @extschema@.guideline_error(text, text) IS
    'what is wrong with value for the guideline kind (a kind of guideline_types()), in the language of lc_messages; NULL if it conforms';


CREATE OR REPLACE FUNCTION @extschema@.table_schema(rel regclass) RETURNS jsonb
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
    ), guideline(kind, field) AS (
        -- the registry's field and pattern; the phone pattern is computed above
        SELECT r.kind, r.schema_field::jsonb
               || CASE WHEN coalesce(r.schema_pattern, ph.pattern) IS NULL THEN '{}'::jsonb
                       ELSE jsonb_build_object('constraints', jsonb_build_object(
                                'pattern', '^(' || coalesce(r.schema_pattern, ph.pattern) || ')$')) END
          FROM @extschema@.guideline_registry() r
          LEFT JOIN phone ph ON r.type_name = 'id_phone'
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
