-- PostgreSQL 16+: pg_input_is_valid() and pg_input_error_info() read our types
-- through their input functions' soft errors.  They agree with each kind's
-- validator and with guideline_error() on every value: one parser each.
CREATE TEMP TABLE soft_values (kind text, v text);
-- the registry's examples of every kind, and values each kind's rules reject
INSERT INTO soft_values
SELECT kind, unnest(examples) FROM guideline_registry();
INSERT INTO soft_values VALUES
    ('phone', '0219 9'), ('phone', '021 12x4567'), ('phone', '+62 021 1234567'),
    ('address', 'Jl. Dukuh 3, Cibodas, Tangerang 15138'),
    ('address', 'Jl. Malioboro No. 52, Sosromenduran, Yogyakarta 55271, Jawa Barat'),
    ('latlong', '106.8272, -6.1754'), ('latlong', '-91, 0'), ('latlong', '-6.17540000001, 106.8'),
    ('time', '09.15'), ('time', '9:15'), ('time', '09:15 WIB'), ('time', '24:00'), ('time', '09:15+0730'),
    ('day', '1'), ('day', '32'), ('month', 'September'), ('month', '13'), ('year', '14'), ('year', '20145'),
    ('date', '2015-02-29'), ('date', '02/09/2014'), ('bool', 'Y'), ('bool', 'true'),
    ('number', '100,000'), ('number', '1e5'), ('number', '.5'), ('email', 'nama(at)example.com'),
    ('email', 'nama@localhost'), ('url', 'www.example.com'), ('url', 'https://example.com/a b'),
    ('kode_wilayah', '31.7'), ('kode_wilayah', '3171'), ('kode_wilayah', '31.99');
-- and each cut short, with a character changed, with a blank before or after
INSERT INTO soft_values
SELECT kind, variant FROM soft_values,
       LATERAL (VALUES (left(v, length(v) / 2)), (left(v, -1)), (overlay(v PLACING '#' FROM 2 FOR 1)),
                       (v || ' '), (' ' || v)) AS m(variant);
-- every kind has values both accepted and rejected
SELECT s.kind, count(*) AS n,
       count(*) FILTER (WHERE pg_input_is_valid(s.v, g.type_name::text)) AS valid
  FROM soft_values s JOIN guideline_types() g USING (kind)
 GROUP BY s.kind ORDER BY s.kind;
-- disagreements (none): pg_input_is_valid against guideline_error, and for
-- the base types the error's detail too (a domain's CHECK carries no detail)
SELECT s.kind, s.v, pg_input_is_valid(s.v, g.type_name::text) AS soft_valid,
       e.detail, guideline_error(s.v, s.kind) AS ours
  FROM soft_values s JOIN guideline_types() g USING (kind),
       LATERAL pg_input_error_info(s.v, g.type_name::text) e
 WHERE pg_input_is_valid(s.v, g.type_name::text) IS DISTINCT FROM (guideline_error(s.v, s.kind) IS NULL)
    OR ((SELECT t.typtype <> 'd' FROM pg_type t WHERE t.oid = g.type_name)
        AND e.detail IS DISTINCT FROM guideline_error(s.v, s.kind));
-- the domains' soft error is their CHECK's, with SQLSTATE 23514
SELECT s.kind, e.sql_error_code, count(*)
  FROM soft_values s JOIN guideline_types() g USING (kind),
       LATERAL pg_input_error_info(s.v, g.type_name::text) e
 WHERE e.sql_error_code IS NOT NULL
 GROUP BY 1, 2 ORDER BY 1, 2;
