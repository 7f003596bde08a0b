-- opendata_id 0.2 -> 0.3: the registry of guideline kinds (guideline_registry)
-- from which guideline_types, guideline_error and table_schema now read, the
-- id_kode_wilayah domain, the register of areas (id_wilayah,
-- id_address_area_code, id_address_in_register), id_phone's numbering plan
-- after libphonenumber (universal access numbers, local numbers read in an area),
-- and min and max of id_phone, id_address, id_time_tz and latlong.

\echo Use "ALTER EXTENSION opendata_id UPDATE TO '0.3'" to load this file. \quit

-- id_kode_wilayah: the Kemendagri area code that open datasets are joined on,
-- in its format and in the register of areas (id_wilayah)
CREATE FUNCTION @extschema@.id_kode_wilayah_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE DOMAIN @extschema@.id_kode_wilayah AS text
    CONSTRAINT id_kode_wilayah_check CHECK (@extschema@.id_kode_wilayah_is_valid(VALUE));
COMMENT ON DOMAIN @extschema@.id_kode_wilayah IS 'Kemendagri area code of the register of areas (id_wilayah): NN (province), NN.NN (regency or city), NN.NN.NN (kecamatan), NN.NN.NN.NNNN (kelurahan or desa)';
COMMENT ON FUNCTION @extschema@.id_kode_wilayah_is_valid(text) IS 'true if the text is a Kemendagri area code in its format that is in the register of areas (id_wilayah); never raises';

-- the register of areas (Kemendagri codes; idn-area-data 4.0.1, ODbL), compiled
-- into the library
CREATE FUNCTION @extschema@.id_wilayah()
RETURNS TABLE(code text, parent_code text, level text, name text)
    AS 'MODULE_PATHNAME', 'id_wilayah' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 91599;
COMMENT ON FUNCTION @extschema@.id_wilayah() IS
    'the register of areas (Kemendagri codes; idn-area-data 4.0.1, ODbL): code, parent code (NULL for a province), level (province, regency, district, village) and official name; level by level, in code order';

-- an address's place in the register
CREATE FUNCTION @extschema@.id_address_area_code(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_in_register(@extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_address_area_code(@extschema@.id_address) IS 'the code of the most specific area of the register (id_wilayah) that the kelurahan, kecamatan, city and province match, as 32.73.02.1004; NULL when none matches';
COMMENT ON FUNCTION @extschema@.id_address_in_register(@extschema@.id_address) IS 'true if the register of areas (id_wilayah) has the kelurahan in the kecamatan (when written) in the city in the province (when written); for CHECK constraints';

-- id_phone: a local number ("4517084") read in the area the caller names; the
-- kinds now include universal access numbers (uan)
CREATE FUNCTION @extschema@.id_phone_normalize(text, default_area text) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME', 'id_phone_normalize_in_area' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_phone_normalize(text, text) IS 'reads messy telephone numbers like id_phone_normalize(text), and a local number of 5 to 8 digits in the area default_area (021, 0274); NULL when not understood';
COMMENT ON FUNCTION @extschema@.id_phone_kind(@extschema@.id_phone) IS 'fixed, mobile, toll_free, premium, shared_cost, uan (universal access: 1500 567, 08071 ...), short or foreign';

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

-- conformance_report: for addresses, how many conforming values are in the
-- register of areas, when some are not (in the suggestion)
CREATE OR REPLACE FUNCTION @extschema@.conformance_report(rel regclass)
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
    t_register regproc[];
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
    register_list text[] := '{}';
    counts bigint[];
    texts text[];
    registered bigint[];
    in_register bigint;
    note text;
    best int;
    best_score bigint;
    score bigint;
    textlike boolean;
    arg text;
    conv text;
    currency_col text;
    fence text := 'OFFSET 0';
    distributed boolean;
BEGIN
    SELECT array_agg(g.kind ORDER BY g.n), array_agg(g.type_name ORDER BY g.n),
           array_agg(g.validator ORDER BY g.n), array_agg(g.reader ORDER BY g.n),
           array_agg(g.readable ORDER BY g.n), array_agg(g.rewrite ORDER BY g.n)
      INTO t_kind, t_type, t_valid, t_reader, t_readable, t_rewrite
      FROM @extschema@.guideline_types() WITH ORDINALITY AS g(kind, type_name, validator,
                                                        reader, readable, rewrite, n);
    -- a kind whose values have a place in the register of areas: T_in_register(T)
    SELECT array_agg(to_regprocedure(format('%s_in_register(%s)', t, t))::regproc ORDER BY n)
      INTO t_register
      FROM unnest(t_type) WITH ORDINALITY AS u(t, n);
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
    -- On a table Citus distributes, the fence would make Citus gather every row's
    -- results on the coordinator; without it the aggregates run on the workers
    -- (2.1 to 2.6 times faster on 100,000 rows, though a validator may run more than
    -- once per value).
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.count(*) > 0 FROM pg_catalog.pg_dist_partition '
                'WHERE logicalrelid OPERATOR(pg_catalog.=) $1 AND partmethod OPERATOR(pg_catalog.<>) ''n'''
           INTO distributed USING rel;
        IF distributed THEN
            fence := '';
        END IF;
    END IF;
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
            -- the conforming values the register of areas has (only those are cast)
            register_list := register_list
                || CASE WHEN t_register[k] IS NULL THEN 'NULL::bigint'
                        ELSE format('count(*) FILTER (WHERE CASE WHEN o%s_%s THEN %s(v%s::%s) END)',
                                    i, k, t_register[k], i, t_type[k]) END;
        END LOOP;
    END LOOP;
    EXECUTE format('SELECT ARRAY[%s]::bigint[], ARRAY[%s]::text[], ARRAY[%s]::bigint[] '
                   'FROM (SELECT %s FROM (SELECT %s FROM %s) s0 %s) s',
                   array_to_string(count_list, ', '),
                   coalesce(nullif(array_to_string(text_list, ', '), ''), 'NULL'),
                   coalesce(nullif(array_to_string(register_list, ', '), ''), 'NULL'),
                   array_to_string(mid_list, ', '), array_to_string(inner_list, ', '), rel, fence)
        INTO counts, texts, registered;

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
        -- addresses: conforming values whose kelurahan, kecamatan and city the
        -- register of areas does not have are for a person to check
        in_register := registered[(i - 1) * nk + kb];
        note := CASE WHEN in_register < conforming
                     THEN format('-- %s of %s conforming value(s) are in the register of areas; check the others: '
                                 'SELECT %I FROM %s WHERE %s', in_register, conforming, column_name, rel,
                                 CASE WHEN c_type[i] = t_type[kb]
                                      THEN format('NOT %s(%I)', t_register[kb], column_name)
                                      ELSE format('CASE WHEN %1$s(%2$I%3$s) THEN NOT %4$s(%2$I::%5$s) END',
                                                  t_valid[kb], column_name,
                                                  CASE WHEN c_type[i] IN ('text'::regtype, 'character varying'::regtype,
                                                                          'character'::regtype) THEN '' ELSE '::text' END,
                                                  t_register[kb], t_type[kb]) END) END;

        textlike := c_type[i] IN ('text'::regtype, 'character varying'::regtype, 'character'::regtype);
        IF c_type[i] = t_type[kb] OR (nonconforming = 0 AND NOT textlike) THEN
            suggestion := note;             -- NULL: nothing to do
            RETURN NEXT;
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
        suggestion := concat_ws('; ', suggestion, note);
        RETURN NEXT;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.conformance_report(regclass) IS
    'for every column of a table, in one scan: the guideline type its values look like, how many conform, one failing value and its error, and the ALTER TABLE or UPDATE that fixes it (for addresses, how many conforming ones are in the register of areas when some are not)';


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
    WITH guideline(kind, field) AS (
        -- the registry's field and pattern (the telephone pattern is built from the
        -- numbering plan's tables)
        SELECT r.kind, r.schema_field::jsonb
               || CASE WHEN r.schema_pattern IS NULL THEN '{}'::jsonb
                       ELSE jsonb_build_object('constraints', jsonb_build_object(
                                'pattern', '^(' || r.schema_pattern || ')$')) END
          FROM @extschema@.guideline_registry() r
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

-- min and max of id_phone, id_address, id_time_tz and latlong
-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.id_phone_smaller(@extschema@.id_phone, @extschema@.id_phone) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_larger(@extschema@.id_phone, @extschema@.id_phone) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.id_phone) (
    SFUNC = @extschema@.id_phone_smaller, STYPE = @extschema@.id_phone,
    COMBINEFUNC = @extschema@.id_phone_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.id_phone) (
    SFUNC = @extschema@.id_phone_larger, STYPE = @extschema@.id_phone,
    COMBINEFUNC = @extschema@.id_phone_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.id_phone_smaller(@extschema@.id_phone, @extschema@.id_phone) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.id_phone_larger(@extschema@.id_phone, @extschema@.id_phone) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.id_phone) IS 'the smallest telephone number by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.id_phone) IS 'the largest telephone number by the btree order';

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

-- melt_into's progress: true, and a NOTICE every "every" calls (one a source row)
CREATE FUNCTION @extschema@.melt_progress(total bigint, every bigint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'odi_sql_melt_progress' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.melt_progress(bigint, bigint) IS
    'melt_into''s progress report: always true; raises the NOTICE "melt_into: N of about total source rows" at every every-th call of a query';

-- melt_into reports its progress on a large source (0.2 owns the procedure)
CREATE OR REPLACE PROCEDURE @extschema@.melt_into(source regclass, target text, id_columns text[],
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
    plan json;
    estimate bigint;
    source_rows text;
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

    -- a large source reports its progress: a NOTICE every million rows (every
    -- 100000 under two million), from the planner's estimate of its size
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT FROM %s', source) INTO plan;
    estimate := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric;
    IF estimate >= 100000 THEN
        source_rows := format('(SELECT * FROM %s WHERE @extschema@.melt_progress(%s, %s))',
                              source, estimate,
                              CASE WHEN estimate >= 2000000 THEN 1000000 ELSE 100000 END);
    ELSE
        source_rows := source::text;
    END IF;

    EXECUTE format('CREATE TABLE %s (%s%I text NOT NULL, %I %s)', qtarget,
                   (SELECT string_agg(d || ', ', '') FROM unnest(id_defs) AS d),
                   variable_name, value_name, value_type);
    EXECUTE format('INSERT INTO %s SELECT %sv.variable, v.value FROM %s AS s '
                   'CROSS JOIN LATERAL (VALUES %s) AS v(variable, value) '
                   'WHERE v.value IS NOT NULL',
                   qtarget,
                   (SELECT string_agg(d || ', ', '') FROM unnest(id_list) AS d),
                   source_rows, array_to_string(tuples, ', '));
END
$body$;
