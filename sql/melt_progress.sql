-- melt_into's progress: a NOTICE every 100000 source rows (every million from
-- two million rows), only for sources the planner estimates at 100000 rows or
-- more.  G3-GROW.

-- a large source: one NOTICE at 100000 of 150000 rows
CREATE TABLE progress_wide AS
    SELECT g AS id, g % 7 AS meja, g % 5 AS kursi FROM generate_series(1, 150000) g;
VACUUM progress_wide;   -- reltuples exact: the estimate is 150000
CALL melt_into('progress_wide', 'progress_long', '{id}', 'jenis_peralatan', 'jumlah');
SELECT count(*), count(DISTINCT id) FROM progress_long;

-- a small source stays quiet
CREATE TABLE progress_small AS SELECT g AS id, g AS meja FROM generate_series(1, 1000) g;
VACUUM progress_small;
CALL melt_into('progress_small', 'progress_small_long', '{id}');
SELECT count(*) FROM progress_small_long;

-- the helper itself: a NOTICE every "every" calls of a query, always true
SELECT count(*) FROM generate_series(1, 7) WHERE progress_notice('test', 7, 3);
SELECT count(*) FROM generate_series(1, 3) WHERE progress_notice('test', NULL, 1);
SELECT count(*) FROM generate_series(1, 3) WHERE progress_notice('test', 3, 0);
SELECT p.provolatile, p.proisstrict, p.proparallel FROM pg_proc p WHERE p.proname = 'progress_notice';

DROP TABLE progress_wide, progress_long, progress_small, progress_small_long;
