-- opendata_id 0.1 -> 0.2: the other guideline types (addresses, times and the
-- simple value domains, coordinates) and the restructuring functions of guideline 3.
-- A fresh CREATE EXTENSION runs opendata_id--0.1.sql and then this script.

\echo Use "ALTER EXTENSION opendata_id UPDATE TO '0.2'" to load this file. \quit

------------------------------------------------------------------------
-- id_address: addresses (guideline 4.5, issue 3)
------------------------------------------------------------------------


------------------------------------------------------------------------
-- id_time_tz and the guideline domains (guideline 4.2-4.4, 4.7, 4.8; issue 4)
------------------------------------------------------------------------


------------------------------------------------------------------------
-- latlong: coordinates (guideline 4.5; issue 5)
------------------------------------------------------------------------


------------------------------------------------------------------------
-- melt and compound values (guideline 3; issue 6)
------------------------------------------------------------------------
