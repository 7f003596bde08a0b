-- The registry of guideline kinds (src/odi_kinds.h) is the one list of them;
-- guideline_types(), guideline_error(), conformance_report(), table_schema() and
-- the tests read it.  A type or domain of the extension missing from it, or a
-- kind whose examples its own type refuses, shows here.

-- the kinds, in the order conformance_report prefers them on a tie
SELECT ord, kind, type_name, rule, reader, readable IS NOT NULL AS has_readable,
       schema_field::jsonb ->> 'type' AS schema_type, schema_pattern IS NOT NULL AS has_pattern,
       cardinality(examples) AS examples
  FROM guideline_registry() ORDER BY ord;

-- every type and domain the extension owns is a kind, and every kind is installed
-- (none of the rows below)
SELECT t.typname AS extension_type, r.kind
  FROM (SELECT t.typname FROM pg_depend d JOIN pg_type t ON t.oid = d.objid
         WHERE d.classid = 'pg_type'::regclass AND d.deptype = 'e'
           AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'opendata_id')
           -- PostgreSQL 18 records the array types as members too
           AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)) t
  FULL JOIN guideline_registry() r ON r.type_name = t.typname
 WHERE t.typname IS NULL OR r.kind IS NULL;
SELECT r.kind FROM guideline_registry() r LEFT JOIN guideline_types() g USING (kind)
 WHERE g.validator IS NULL;

-- each kind's examples: its validator, guideline_error() and its type's input accept
-- them, and the type prints them back as a value its validator accepts
CREATE FUNCTION pg_temp.check_example(type_name regtype, validator regprocedure, kind text, v text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    valid boolean;
    printed text;
BEGIN
    EXECUTE format('SELECT %s($1)', validator::regproc) INTO valid USING v;
    IF NOT valid THEN
        RETURN 'refused by ' || validator::regproc;
    ELSIF guideline_error(v, kind) IS NOT NULL THEN
        RETURN 'guideline_error: ' || guideline_error(v, kind);
    END IF;
    EXECUTE format('SELECT $1::%s::text', type_name) INTO printed USING v;
    EXECUTE format('SELECT %s($1)', validator::regproc) INTO valid USING printed;
    RETURN CASE WHEN valid THEN 'ok' ELSE 'prints ' || printed || ', which its validator refuses' END;
END $$;
SELECT g.kind, pg_temp.check_example(g.type_name, g.validator, g.kind, e) AS result, count(*)
  FROM guideline_types() g JOIN guideline_registry() r USING (kind), unnest(r.examples) e
 GROUP BY 1, 2 ORDER BY 1, 2;

-- conformance_report reads a column of each kind's examples as that kind (months
-- are days too: on a tie the earlier kind wins), and table_schema gives the
-- column that kind's field, whose pattern accepts the values as the type prints them
CREATE FUNCTION pg_temp.printed(type_name regtype, v text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    printed text;
BEGIN
    EXECUTE format('SELECT $1::%s::text', type_name) INTO printed USING v;
    RETURN printed;
END $$;
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT kind, examples FROM guideline_registry() LOOP
        EXECUTE format('CREATE TABLE %I AS SELECT unnest($1) AS v', 'examples_' || r.kind) USING r.examples;
    END LOOP;
END $$;
SELECT r.kind, c.guideline_type AS read_as, c.total, c.conforming
  FROM guideline_registry() r,
       LATERAL conformance_report(format('%I', 'examples_' || r.kind)::regclass) c
 ORDER BY r.ord;
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT kind, type_name FROM guideline_types() LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN v TYPE %s USING v::%s',
                       'examples_' || r.kind, r.type_name, r.type_name);
    END LOOP;
END $$;
SELECT r.kind, f - 'name' - 'constraints' = r.schema_field::jsonb AS field_from_registry,
       f #>> '{constraints,pattern}' = '^(' || r.schema_pattern || ')$' AS pattern_from_registry,
       (SELECT bool_and(pg_temp.printed(g.type_name, e) ~ (f #>> '{constraints,pattern}'))
          FROM unnest(r.examples) e) AS pattern_accepts_printed
  FROM guideline_registry() r JOIN guideline_types() g USING (kind),
       LATERAL (SELECT table_schema(format('%I', 'examples_' || r.kind)::regclass) -> 'fields' -> 0) t(f)
 ORDER BY r.ord;
