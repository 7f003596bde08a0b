-- id_wilayah(): the register of areas (Kemendagri codes; idn-area-data 4.0.1)
-- compiled into the library.  Its shape is checked against itself, not
-- against numbers written here: codes unique, every parent present one level
-- up, each level's codes of their shape, every code valid; then well-known
-- entries, joins, and id_kode_wilayah's lookup in it.
CREATE TEMP TABLE w AS SELECT * FROM id_wilayah() WITH ORDINALITY AS w(code, parent_code, level, name, n);
CREATE UNIQUE INDEX ON w (code);

-- the rows of each level (the counts of data/wilayah/README.md)
SELECT level, count(*) FROM w GROUP BY level ORDER BY min(n);
SELECT count(*) = (SELECT count(DISTINCT code) FROM w) AS codes_unique,
       count(*) FILTER (WHERE name IS NULL OR name = '' OR name <> btrim(name)) AS bad_names
  FROM w;

-- every parent is in the register, one level up, and its code is the child's
-- code without the last part; only provinces have none (none of the rows below)
SELECT c.code, c.parent_code, c.level, p.level AS parent_level
  FROM w c LEFT JOIN w p ON p.code = c.parent_code
 WHERE (c.parent_code IS NULL) <> (c.level = 'province')
    OR (c.parent_code IS NOT NULL AND (p.code IS NULL
        OR p.level <> CASE c.level WHEN 'regency' THEN 'province' WHEN 'district' THEN 'regency'
                                   WHEN 'village' THEN 'district' END
        OR c.code !~ ('^' || replace(p.code, '.', '\.') || '\.[0-9]+$')));
-- each level's codes have its shape (none)
SELECT code, level FROM w
 WHERE code !~ CASE level WHEN 'province' THEN '^[0-9]{2}$' WHEN 'regency' THEN '^[0-9]{2}\.[0-9]{2}$'
                          WHEN 'district' THEN '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'
                          WHEN 'village' THEN '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$' END;
-- level by level, in code order
SELECT bool_and(n = o) AS level_then_code_order
  FROM (SELECT n, row_number() OVER (ORDER BY length(code), code) AS o FROM w) s;
-- a city's villages are the villages of its kecamatan; so are a kecamatan's
SELECT (SELECT count(*) FROM w v JOIN w d ON d.code = v.parent_code
         WHERE v.level = 'village' AND d.parent_code = '32.73')
     = (SELECT count(*) FROM w WHERE level = 'village' AND code LIKE '32.73.%') AS bandung_villages,
       (SELECT count(*) FROM w WHERE parent_code = '32.73.02')
     = (SELECT count(*) FROM w WHERE level = 'village' AND code LIKE '32.73.02.%') AS coblong_villages,
       (SELECT count(*) FROM w WHERE parent_code = '32.73.02') > 0 AS coblong_has_villages;

-- well-known entries
SELECT code, parent_code, level, name FROM w
 WHERE code IN ('31', '31.71', '31.71.01', '31.71.01.1001', '32', '32.73', '32.04', '32.73.02',
                '32.73.02.1001', '32.73.02.1004', '91.71.03.2004', '96')
 ORDER BY n;

-- joins: the kecamatan and kelurahan of each city of DKI Jakarta
SELECT r.code, r.name, count(DISTINCT d.code) AS kecamatan, count(v.code) AS kelurahan
  FROM w r JOIN w d ON d.parent_code = r.code JOIN w v ON v.parent_code = d.code
 WHERE r.parent_code = '31'
 GROUP BY r.code, r.name ORDER BY r.code;
-- a dataset keyed by kelurahan code gets its names from the register
CREATE TEMP TABLE posyandu (kelurahan id_kode_wilayah, jumlah int);
INSERT INTO posyandu VALUES ('32.73.02.1001', 12), ('32.73.02.1004', 9), ('31.71.01.1001', 7);
SELECT p.kelurahan, v.name AS kelurahan_name, d.name AS kecamatan, r.name AS city, pr.name AS province, p.jumlah
  FROM posyandu p
  JOIN id_wilayah() v ON v.code = p.kelurahan
  JOIN id_wilayah() d ON d.code = v.parent_code
  JOIN id_wilayah() r ON r.code = d.parent_code
  JOIN id_wilayah() pr ON pr.code = r.parent_code
 ORDER BY p.kelurahan;

-- id_kode_wilayah: a code in the format must also be in the register
SELECT id_kode_wilayah_is_valid('31.99') AS "31.99", id_kode_wilayah_is_valid('31.71.01.1001') AS "31.71.01.1001",
       id_kode_wilayah_is_valid('94.71.03.2005') AS "94.71.03.2005", id_kode_wilayah_is_valid('91.71.03.2004') AS "91.71.03.2004";
SELECT guideline_error('31.99', 'kode_wilayah'), guideline_error('31.71.01.1001', 'kode_wilayah'),
       guideline_error('31.7', 'kode_wilayah');
SELECT '31.99'::id_kode_wilayah;
-- every code of the register is valid; of the codes in the format near the
-- register's (provinces 10..99, regencies and kecamatan 01..99 under those of
-- Java (3x), kelurahan 1000..1020 under DKI Jakarta's kecamatan), the valid ones
-- are exactly those in the register
SELECT count(*) FILTER (WHERE NOT id_kode_wilayah_is_valid(code)) AS refused FROM w;
WITH near(code) AS (
    SELECT lpad(i::text, 2, '0') FROM generate_series(10, 99) i
    UNION ALL
    SELECT p.code || '.' || lpad(i::text, 2, '0') FROM w p, generate_series(1, 99) i
     WHERE p.level IN ('province', 'regency') AND p.code LIKE '3%'
    UNION ALL
    SELECT p.code || '.' || lpad(i::text, 4, '0') FROM w p, generate_series(1000, 1020) i
     WHERE p.level = 'district' AND p.code LIKE '31.%'
)
SELECT count(*) > 10000 AS many,
       count(*) FILTER (WHERE id_kode_wilayah_is_valid(n.code) <> (w.code IS NOT NULL)) AS disagreeing,
       count(*) FILTER (WHERE NOT id_kode_wilayah_is_valid(n.code)
                          AND guideline_error(n.code, 'kode_wilayah') NOT LIKE '%not in the register%') AS other_errors
  FROM near n LEFT JOIN w USING (code);

-- the function: IMMUTABLE, STRICT, PARALLEL SAFE, an estimate of its rows, a comment
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel, p.prorows,
       pg_get_function_result(p.oid), obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
  FROM pg_proc p WHERE p.oid = 'id_wilayah()'::regprocedure;
-- and its rows equal the estimate
SELECT count(*) = (SELECT prorows FROM pg_proc WHERE oid = 'id_wilayah()'::regprocedure) AS rows_as_estimated
  FROM id_wilayah();
