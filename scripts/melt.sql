------------------------------------------------------------------------
-- melt and compound values (guideline 3)
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
CREATE FUNCTION @extschema@.parse_money_is_valid(amount_text text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'odi_sql_parse_money_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_money_is_valid(text) IS
    'G3-COMPOUND: whether parse_money reads the amount (false where it would raise: an ambiguous separator, no amount)';
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

-- melt_into's progress: true, and a NOTICE every "every" calls (one a source row)
CREATE FUNCTION @extschema@.progress_notice(label text, total bigint, every bigint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'odi_sql_progress_notice' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progress_notice(text, bigint, bigint) IS
    'the progress of a long scan (melt_into, conformance_report): always true; raises the NOTICE "label: N of about total rows" at every every-th call of a query';

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
        source_rows := format('(SELECT * FROM %s WHERE @extschema@.progress_notice(''melt_into'', %s, %s))',
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
