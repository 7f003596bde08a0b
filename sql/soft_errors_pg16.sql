-- PostgreSQL 16+: pg_input_is_valid() and pg_input_error_info() read our types
-- through their input functions' soft errors.  They agree with each kind's
-- validator and with guideline_error() on every value: one parser each.
-- A value per rule of every kind, good and bad, and each cut short and with
-- a character changed.
CREATE TEMP TABLE soft_values (kind text, v text);
INSERT INTO soft_values
SELECT g.kind, x.v
  FROM guideline_types() g,
       LATERAL (SELECT unnest(CASE g.kind
           WHEN 'phone' THEN ARRAY['021 1234567', '(021) 1234567', '+62 21 1234567', '0219 9', '021 12x4567',
                                   '+62 021 1234567', '0815 12345678', '112', '+1 415 555 2671', '0800 1500000']
           WHEN 'address' THEN ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310', 'Jl. Dukuh 3, Cibodas, Tangerang 15138',
                                     'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten',
                                     'Jl. Malioboro No. 52, Sosromenduran, Yogyakarta 55271, Jawa Barat']
           WHEN 'latlong' THEN ARRAY['-6.1754, 106.8272', '106.8272, -6.1754', '-91, 0', '0, 0', '-6.17540000001, 106.8']
           WHEN 'time' THEN ARRAY['09:15', '09:15:10+0700', '09.15', '9:15', '09:15 WIB', '24:00', '09:15+0730']
           WHEN 'day' THEN ARRAY['01', '1', '32', '00']
           WHEN 'month' THEN ARRAY['09', '9', 'September', '13']
           WHEN 'year' THEN ARRAY['2014', '14', '-0001', '20145']
           WHEN 'date' THEN ARRAY['2014-09-02', '2015-02-29', '2016-02-29', '02/09/2014', '1999-12']
           WHEN 'bool' THEN ARRAY['ya', 'tidak', '1', '0', 'Y', 'true']
           WHEN 'number' THEN ARRAY['125', '100,000', '100.000', '-0.5', '1e5', '.5']
           WHEN 'email' THEN ARRAY['nama@example.com', 'nama(at)example.com', 'nama@localhost']
           WHEN 'url' THEN ARRAY['http://example.com', 'www.example.com', 'https://example.com/a b']
           END) AS v) x;
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
    OR (g.type_name::text IN ('id_phone', 'id_address', 'id_time_tz', 'latlong')
        AND e.detail IS DISTINCT FROM guideline_error(s.v, s.kind));
-- the domains' soft error is their CHECK's, with SQLSTATE 23514
SELECT s.kind, e.sql_error_code, count(*)
  FROM soft_values s JOIN guideline_types() g USING (kind),
       LATERAL pg_input_error_info(s.v, g.type_name::text) e
 WHERE e.sql_error_code IS NOT NULL
 GROUP BY 1, 2 ORDER BY 1, 2;
