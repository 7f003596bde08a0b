-- Soft errors (PostgreSQL 16+): the input function of id_time_tz and the domains'
-- CHECKs report through errsave, so pg_input_is_valid() never raises.
-- G4.4-TIME-1, G4.4-TIME-2, G4.4-TIME-3, G4.4-DATE, G4.7-EMAIL
SELECT v, pg_input_is_valid(v, 'id_time_tz') AS valid
  FROM unnest(ARRAY['09:15:10+0700', '09.15', '9:15', '09:15 WIB', '24:00', '09:15+0730'])
       WITH ORDINALITY AS t(v, i)
 ORDER BY i;
SELECT v, e.sql_error_code, e.detail
  FROM unnest(ARRAY['09.15.10', '9:15', '09:15 WIB', '23:59:60', '09:15+0730'])
       WITH ORDINALITY AS t(v, i),
       LATERAL pg_input_error_info(v, 'id_time_tz') e
 ORDER BY i;
SELECT pg_input_is_valid('2016-02-29', 'id_date') AS leap, pg_input_is_valid('2015-02-29', 'id_date') AS not_leap,
       pg_input_is_valid('nama@localhost', 'id_email') AS no_dot;
