-- opendata_id: the Jakarta open-data guideline (Pedoman Umum Data Terbuka 2014)
-- enforced by types, validators, normalisers and melt.
-- Built by make from scripts/*.sql (one file per feature): edit those.

\echo Use "CREATE EXTENSION opendata_id" to load this file. \quit
