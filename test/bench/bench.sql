-- The benchmark behind test/bench/run: one session, the same data for every
-- alternative, each statement timed on the server around its EXECUTE (backend
-- CPU time, and wall clock) and run bench.runs times, interleaved; the median
-- counts.
-- psql variables: rows, runs, machine, cores, stamp.
\set ON_ERROR_STOP 1
SET client_min_messages = notice;
SET TimeZone = 'Asia/Jakarta';
SELECT set_config('bench.rows', :'rows', false) \gset
SELECT set_config('bench.runs', :'runs', false) \gset

CREATE EXTENSION opendata_id;
CREATE SCHEMA bench;

CREATE TABLE bench.meta AS
SELECT :'stamp'::text AS date, :'machine'::text AS machine, :'cores'::int AS cores,
	   current_setting('server_version') AS postgresql,
	   :'rows'::int AS rows, :'runs'::int AS runs, ''::text AS clock;

/*
 * What counts is the backend's CPU time (Linux /proc/self/schedstat, in ns):
 * on a shared machine the wall clock also times the neighbours.  Both are kept.
 */
CREATE TABLE bench.sample (section text, name text, run int, ms float8, wall_ms float8);

DO $$
BEGIN
	PERFORM split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint;
	PERFORM set_config('bench.clock', 'cpu', false);
EXCEPTION WHEN OTHERS THEN
	PERFORM set_config('bench.clock', 'wall', false);
END $$;

UPDATE bench.meta SET clock = CASE current_setting('bench.clock')
	WHEN 'cpu' THEN 'backend CPU time' ELSE 'wall-clock time' END;

CREATE FUNCTION bench.cpu_ms() RETURNS float8 LANGUAGE sql VOLATILE
AS $$ SELECT CASE WHEN current_setting('bench.clock') = 'cpu' THEN
	split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint / 1e6 END $$;
CREATE TABLE bench.ratio (
	seq serial, section text, measure text, ours text, alternative text,
	unit text, ours_value float8, alt_value float8, ratio float8,
	target float8, met boolean, note text);

CREATE FUNCTION bench.rows() RETURNS int LANGUAGE sql STABLE
AS $$ SELECT current_setting('bench.rows')::int $$;

-- n random digits, the first not 0
CREATE FUNCTION bench.digits(n int) RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT (1 + floor(random() * 9))::int::text ||
			 lpad(floor(random() * 10 ^ (n - 1))::bigint::text, n - 1, '0') $$;

CREATE FUNCTION bench.pick(a text[]) RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT a[1 + floor(random() * cardinality(a))::int] $$;

CREATE FUNCTION bench.two(lo int, hi int) RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT lpad((lo + floor(random() * (hi - lo + 1)))::int::text, 2, '0') $$;

CREATE FUNCTION bench.median(sec text, nm text) RETURNS float8 LANGUAGE sql STABLE
AS $$ SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)
	  FROM bench.sample WHERE section = sec AND name = nm $$;

CREATE FUNCTION bench.median_wall(sec text, nm text) RETURNS float8 LANGUAGE sql STABLE
AS $$ SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY wall_ms)
	  FROM bench.sample WHERE section = sec AND name = nm $$;

-- Times each statement runs times, round-robin; setups run untimed before.
CREATE PROCEDURE bench.measure(sec text, names text[], setups text[], stmts text[])
LANGUAGE plpgsql AS $$
DECLARE
	runs int := current_setting('bench.runs')::int;
	failed text[] := array_fill(NULL::text, ARRAY[cardinality(names)]);
	t0 timestamptz;
	c0 float8;
	r int;
	i int;
BEGIN
	FOR r IN 1..runs LOOP
		FOR i IN 1..cardinality(names) LOOP
			CONTINUE WHEN failed[i] IS NOT NULL;
			IF setups[i] IS NOT NULL THEN
				EXECUTE setups[i];
			END IF;
			COMMIT;
			BEGIN
				c0 := bench.cpu_ms();
				t0 := clock_timestamp();
				EXECUTE stmts[i];
				INSERT INTO bench.sample
				VALUES (sec, names[i], r,
						coalesce(bench.cpu_ms() - c0, 1000 * extract(epoch FROM clock_timestamp() - t0)),
						1000 * extract(epoch FROM clock_timestamp() - t0));
			EXCEPTION WHEN OTHERS THEN
				failed[i] := SQLERRM;
				RAISE NOTICE '%: % failed: %', sec, names[i], SQLERRM;
			END;
			COMMIT;
		END LOOP;
	END LOOP;
	FOR i IN 1..cardinality(names) LOOP
		IF failed[i] IS NULL THEN
			RAISE NOTICE '%: % % ms (wall clock % ms)', sec, rpad(names[i], 24),
				lpad(to_char(bench.median(sec, names[i]), 'FM9999990.0'), 8),
				to_char(bench.median_wall(sec, names[i]), 'FM9999990.0');
		END IF;
	END LOOP;
END $$;

-- One row of the ratio table; values are medians (ms) unless given.
CREATE PROCEDURE bench.add_ratio(sec text, measure text, ours text, alt text,
								 target float8 DEFAULT NULL,
								 ours_value float8 DEFAULT NULL,
								 alt_value float8 DEFAULT NULL,
								 unit text DEFAULT 'ms', note text DEFAULT NULL)
LANGUAGE plpgsql AS $$
DECLARE
	o float8 := coalesce(ours_value, bench.median(sec, ours));
	a float8 := coalesce(alt_value, bench.median(sec, alt));
	q float8 := CASE WHEN a > 0 THEN o / a END;
BEGIN
	IF o IS NULL OR a IS NULL THEN
		RAISE NOTICE '%: % (% / %) not measured', sec, measure, ours, alt;
		RETURN;
	END IF;
	INSERT INTO bench.ratio (section, measure, ours, alternative, unit,
							 ours_value, alt_value, ratio, target, met, note)
	VALUES (sec, measure, ours, alt, unit, o, a, q, target,
			CASE WHEN target IS NOT NULL THEN q IS NOT NULL AND q <= target END,
			note);
END $$;

CREATE FUNCTION bench.have(sec text, kind text, obj text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
	IF (kind = 'type' AND to_regtype(obj) IS NULL)
		OR (kind = 'function' AND to_regprocedure(obj) IS NULL)
		OR (kind = 'operator' AND to_regoperator(obj) IS NULL) THEN
		IF sec = obj OR kind = 'function' THEN
			RAISE NOTICE 'skipped: % not installed', obj;
		ELSE
			RAISE NOTICE 'skipped: % (% not installed)', sec, obj;
		END IF;
		RETURN false;
	END IF;
	RETURN true;
END $$;

-- On-disk size of the last run's rows: per value and per table.
CREATE PROCEDURE bench.add_sizes(sec text, ours_tab text, alt_tab text, alt text)
LANGUAGE plpgsql AS $$
DECLARE
	o float8;
	a float8;
BEGIN
	EXECUTE format('SELECT avg(pg_column_size(v)) FROM bench.%I', ours_tab) INTO o;
	EXECUTE format('SELECT avg(pg_column_size(v)) FROM bench.%I', alt_tab) INTO a;
	IF o IS NULL OR a IS NULL THEN
		RETURN;
	END IF;
	CALL bench.add_ratio(sec, 'size per value (pg_column_size)', sec, alt,
						 ours_value => o, alt_value => a, unit => 'bytes');
	CALL bench.add_ratio(sec, 'table size', sec, alt,
						 ours_value => pg_relation_size(('bench.' || quote_ident(ours_tab))::regclass),
						 alt_value => pg_relation_size(('bench.' || quote_ident(alt_tab))::regclass),
						 unit => 'bytes');
END $$;

/*
 * A type (or guideline domain) against text, against a regex-CHECK domain
 * that accepts the same strings, and (core) against the closest core type;
 * its validator in a CHECK against the regex in a CHECK; sizes.
 */
CREATE PROCEDURE bench.type_case(typ text, validator text, regex text, gen text,
								 core text DEFAULT NULL,
								 max_vs_text float8 DEFAULT NULL,
								 max_vs_regex float8 DEFAULT NULL,
								 max_vs_core float8 DEFAULT NULL)
LANGUAGE plpgsql AS $$
DECLARE
	src text := 'src_' || typ;
	is_domain boolean;
	rejected bigint;
	example text;
	names text[] := ARRAY[typ, 'text', 'regex domain', validator || '()', 'regex CHECK'];
	tabs text[] := ARRAY['t_' || typ, 't_' || typ || '_text', 't_' || typ || '_re',
						 't_' || typ || '_chk', 't_' || typ || '_chk_re'];
	stmts text[];
	setups text[];
	tab text;
	net_ours float8;
	net_re float8;
	file text;
BEGIN
	IF NOT bench.have(typ, 'type', typ)
		OR NOT bench.have(typ, 'function', validator || '(text)') THEN
		RETURN;
	END IF;
	is_domain := (SELECT typtype = 'd' FROM pg_type WHERE oid = to_regtype(typ));

	/* a staging table with a key, so every INSERT … SELECT forms new tuples */
	EXECUTE format('CREATE TABLE bench.%I AS SELECT row_number() OVER () AS id, v::text AS v FROM (%s) g(v)',
				   src, gen);
	/* the generators are meant to be valid; say so when the parser disagrees */
	BEGIN
		EXECUTE format('SELECT count(*), min(v) FROM bench.%I WHERE NOT %s(v)', src, validator)
			INTO rejected, example;
	EXCEPTION WHEN OTHERS THEN
		RAISE NOTICE '%: % failed: %', typ, validator, SQLERRM;
		RETURN;
	END;
	IF rejected > 0 THEN
		RAISE NOTICE '%: % generated values rejected by %(), e.g. "%"; left out',
			typ, rejected, validator, example;
		EXECUTE format('DELETE FROM bench.%I WHERE NOT %s(v)', src, validator);
	END IF;
	COMMIT;
	EXECUTE format('SELECT count(v) FROM bench.%I', src);	-- sets hint bits

	EXECUTE format('CREATE DOMAIN bench.%I AS text CHECK (VALUE ~ %L)', typ || '_re', regex);
	EXECUTE format('CREATE UNLOGGED TABLE bench.%I (v %s)', tabs[1], typ);
	EXECUTE format('CREATE UNLOGGED TABLE bench.%I (v text)', tabs[2]);
	EXECUTE format('CREATE UNLOGGED TABLE bench.%I (v bench.%I)', tabs[3], typ || '_re');
	EXECUTE format('CREATE UNLOGGED TABLE bench.%I (v text CHECK (%s(v)))', tabs[4], validator);
	EXECUTE format('CREATE UNLOGGED TABLE bench.%I (v text CHECK (v ~ %L))', tabs[5], regex);
	file := current_setting('data_directory') || '/bench_' || typ || '.txt';
	EXECUTE format('COPY bench.%I (v) TO %L', src, file);
	stmts := ARRAY[
		format('INSERT INTO bench.%I SELECT v::%s FROM bench.%I', tabs[1], typ, src),
		format('INSERT INTO bench.%I SELECT v FROM bench.%I', tabs[2], src),
		format('INSERT INTO bench.%I SELECT v FROM bench.%I', tabs[3], src),
		format('INSERT INTO bench.%I SELECT v FROM bench.%I', tabs[4], src),
		format('INSERT INTO bench.%I SELECT v FROM bench.%I', tabs[5], src)];
	IF core IS NOT NULL THEN
		names := names || core;
		tabs := tabs || ('t_' || typ || '_core');
		EXECUTE format('CREATE UNLOGGED TABLE bench.%I (v %s)', tabs[6], core);
		stmts := stmts || format('INSERT INTO bench.%I SELECT v::%s FROM bench.%I',
								 tabs[6], core, src);
	END IF;
	FOREACH tab IN ARRAY tabs LOOP
		setups := setups || format('TRUNCATE bench.%I', tab);
	END LOOP;
	/* loading a file: every column goes through an input function, text's too */
	names := names || ('COPY ' || typ) || 'COPY text'::text;
	stmts := stmts || format('COPY bench.%I FROM %L', tabs[1], file)
		|| format('COPY bench.%I FROM %L', tabs[2], file);
	setups := setups || setups[1] || setups[2];
	COMMIT;

	CALL bench.measure(typ, names, setups, stmts);

	CALL bench.add_ratio(typ, 'input: INSERT … SELECT', typ, 'text', max_vs_text);
	CALL bench.add_ratio(typ, 'input: INSERT … SELECT', typ, 'regex domain', max_vs_regex);
	IF core IS NOT NULL THEN
		CALL bench.add_ratio(typ, 'input: INSERT … SELECT', typ, core, max_vs_core);
	END IF;
	CALL bench.add_ratio(typ, 'input: COPY FROM file', 'COPY ' || typ, 'COPY text');
	CALL bench.add_ratio(typ, 'INSERT into text with CHECK', validator || '()', 'regex CHECK');
	/* what the CHECK itself costs: the insert with it minus the plain insert */
	net_ours := bench.median(typ, validator || '()') - bench.median(typ, 'text');
	net_re := bench.median(typ, 'regex CHECK') - bench.median(typ, 'text');
	CALL bench.add_ratio(typ, 'CHECK cost (with CHECK − plain text)',
						 validator || '()', 'regex CHECK', 1.0 / 3,
						 greatest(net_ours, 0), greatest(net_re, 0), unit => 'ms net');

	IF NOT is_domain THEN
		CALL bench.add_sizes(typ, tabs[1], tabs[2], 'text');
		IF core IS NOT NULL THEN
			CALL bench.add_sizes(typ, tabs[1], tabs[6], core);
		END IF;
	END IF;
END $$;

-- melt against the two ways users melt today, on a 12-month table.
CREATE PROCEDURE bench.melt_case() LANGUAGE plpgsql AS $$
DECLARE
	months text[] := '{januari,februari,maret,april,mei,juni,juli,agustus,september,oktober,november,desember}';
	vals text;
	diff bigint;
BEGIN
	IF NOT bench.have('melt', 'function', 'melt(record,text[],boolean)') THEN
		RETURN;
	END IF;
	EXECUTE format('CREATE TABLE bench.inventaris (id int, %s)',
				   (SELECT string_agg(format('%I int', m), ', ') FROM unnest(months) m));
	/* counts of equipment a month; one cell in ten empty */
	EXECUTE format('INSERT INTO bench.inventaris SELECT i, %s FROM generate_series(1, bench.rows()) i',
				   (SELECT string_agg('CASE WHEN random() >= 0.1 THEN floor(random() * 500)::int END', ', ')
					FROM unnest(months)));
	COMMIT;
	PERFORM count(*) FROM bench.inventaris;
	vals := (SELECT string_agg(format('(%L, i.%I::text)', m, m), ', ') FROM unnest(months) m);

	/* the three give the same rows (checked on the first 10,000) */
	EXECUTE format($q$
		SELECT count(*) FROM (
			(SELECT i.id, m.variable, m.value FROM (SELECT * FROM bench.inventaris LIMIT 10000) i
			 CROSS JOIN LATERAL melt(i, '{id}') m
			 EXCEPT ALL
			 SELECT i.id, v.variable, v.value FROM (SELECT * FROM bench.inventaris LIMIT 10000) i
			 CROSS JOIN LATERAL (VALUES %1$s) v(variable, value) WHERE v.value IS NOT NULL)
			UNION ALL
			(SELECT i.id, j.key, j.value FROM (SELECT * FROM bench.inventaris LIMIT 10000) i
			 CROSS JOIN LATERAL jsonb_each_text(to_jsonb(i) - 'id') j WHERE j.value IS NOT NULL
			 EXCEPT ALL
			 SELECT i.id, m.variable, m.value FROM (SELECT * FROM bench.inventaris LIMIT 10000) i
			 CROSS JOIN LATERAL melt(i, '{id}') m)) d$q$, vals) INTO diff;
	IF diff <> 0 THEN
		RAISE NOTICE 'melt: % rows differ from the hand-written melts', diff;
	END IF;

	CALL bench.measure('melt', ARRAY['melt', 'jsonb_each_text', 'LATERAL (VALUES …)'],
		ARRAY[NULL, NULL, NULL]::text[],
		ARRAY[
			$q$SELECT count(i.id), count(m.variable), count(m.value)
			   FROM bench.inventaris i CROSS JOIN LATERAL melt(i, '{id}') m$q$,
			$q$SELECT count(i.id), count(j.key), count(j.value)
			   FROM bench.inventaris i CROSS JOIN LATERAL jsonb_each_text(to_jsonb(i) - 'id') j
			   WHERE j.value IS NOT NULL$q$,
			format($q$SELECT count(i.id), count(v.variable), count(v.value)
			   FROM bench.inventaris i CROSS JOIN LATERAL (VALUES %s) v(variable, value)
			   WHERE v.value IS NOT NULL$q$, vals)]);
	CALL bench.add_ratio('melt', 'melt 12 month columns', 'melt', 'jsonb_each_text', 0.25);
	CALL bench.add_ratio('melt', 'melt 12 month columns', 'melt', 'LATERAL (VALUES …)', 1.2);
END $$;

-- The ten nearest places to each of the first n query points.  Dynamic SQL:
-- a cached plan would keep using the index after enable_indexscan = off.
CREATE FUNCTION bench.knn(n int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	total float8 := 0;
	d float8;
	q text;
BEGIN
	FOR q IN SELECT k.q FROM bench.knn_queries k WHERE k.n <= knn.n ORDER BY k.n LOOP
		EXECUTE 'SELECT sum(d) FROM (SELECT p <-> $1::latlong AS d FROM bench.places
				 ORDER BY p <-> $1::latlong LIMIT 10) s' INTO d USING q;
		total := total + d;
	END LOOP;
	RETURN total;
END $$;

CREATE FUNCTION bench.knn_seqscan(n int) RETURNS float8 LANGUAGE sql
SET enable_indexscan = off SET enable_bitmapscan = off
AS $$ SELECT bench.knn(n) $$;

CREATE PROCEDURE bench.knn_case() LANGUAGE plpgsql AS $$
DECLARE
	index_queries int := 1000;
	seq_queries int := 10;
	t0 timestamptz;
	build_ms float8;
	plan text;
	line text;
BEGIN
	IF NOT bench.have('latlong KNN', 'type', 'latlong')
		OR NOT bench.have('latlong KNN', 'operator', '<->(latlong,latlong)') THEN
		RETURN;
	END IF;
	IF to_regclass('bench.src_latlong') IS NULL THEN
		RAISE NOTICE 'skipped: latlong KNN (no latlong data)';
		RETURN;
	END IF;
	BEGIN
		CREATE TABLE bench.places AS SELECT v::latlong AS p FROM bench.src_latlong;
		t0 := clock_timestamp();
		CREATE INDEX places_p ON bench.places USING gist (p);
		build_ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
	EXCEPTION WHEN OTHERS THEN
		RAISE NOTICE 'latlong KNN failed: %', SQLERRM;
		RETURN;
	END;
	ANALYZE bench.places;
	CREATE TABLE bench.knn_queries AS
	SELECT n, format('%s, %s', round((-11 + random() * 17)::numeric, 4),
					 round((95 + random() * 46)::numeric, 4)) AS q
	FROM generate_series(1, index_queries) n;
	COMMIT;

	FOR line IN EXECUTE 'EXPLAIN SELECT p FROM bench.places ORDER BY p <-> ''-6.2, 106.8''::latlong LIMIT 10' LOOP
		plan := concat_ws(' / ', plan, trim(line));
	END LOOP;
	IF plan NOT LIKE '%Index%Scan%' THEN
		RAISE NOTICE 'latlong KNN: the planner does not use the index: %', plan;
	END IF;
	IF abs(bench.knn(seq_queries) - bench.knn_seqscan(seq_queries)) > 1e-9 * bench.knn_seqscan(seq_queries) THEN
		RAISE NOTICE 'latlong KNN: the index and the sequential scan find different places';
	END IF;
	/* far fewer queries by sequential scan; compared a query */
	CALL bench.measure('latlong KNN', ARRAY['GiST KNN', 'sequential scan'],
		ARRAY[NULL, NULL]::text[],
		ARRAY[format('SELECT bench.knn(%s)', index_queries),
			  format('SELECT bench.knn_seqscan(%s)', seq_queries)]);
	CALL bench.add_ratio('latlong KNN', '10 nearest of ' || bench.rows() || ', a query',
						 'GiST KNN', 'sequential scan',
						 ours_value => bench.median('latlong KNN', 'GiST KNN') / index_queries,
						 alt_value => bench.median('latlong KNN', 'sequential scan') / seq_queries,
						 unit => 'ms a query',
						 note => format('index built in %s ms', round(build_ms::numeric)));
END $$;

-- The register of areas compiled into the library against the same questions
-- asked in SQL of a table that holds id_wilayah(), indexed as a user would index
-- it: a value at a time, net of the scan (the statement minus a plain scan of
-- the same rows, over the rows).  Addresses over the whole register (one in ten
-- with the kelurahan of another place), area codes half from the register and
-- half only in its format; and id_kode_wilayah in a column against a foreign key
-- to the register's codes.  At most 200,000 rows: per-value costs need no more.
CREATE PROCEDURE bench.register_case() LANGUAGE plpgsql AS $$
DECLARE
	sec text := 'register of areas';
	nrows int := least(bench.rows(), 200000);
	nv int;
	naddr int;
	same_code float8;
	same_in float8;
	same_kode float8;
	lookup text := $q$SELECT v.code FROM bench.wilayah_name v
		JOIN bench.wilayah_name d ON d.code = v.parent_code
		JOIN bench.wilayah_name c ON c.code = d.parent_code
		WHERE v.level = 'village' AND v.key = lower(r.kelurahan)
		  AND (r.kecamatan IS NULL OR d.key = lower(r.kecamatan))
		  AND c.level = 'regency' AND c.key = lower(r.city)$q$;
	net_ns float8;
BEGIN
	IF NOT bench.have(sec, 'function', 'id_address_area_code(id_address)')
		OR NOT bench.have(sec, 'function', 'id_address_in_register(id_address)')
		OR to_regclass('bench.wilayah') IS NULL THEN
		RETURN;
	END IF;
	/* the names as keys, lower case; a regency also without Kota/Kabupaten (Administrasi) */
	CREATE TABLE bench.wilayah_name AS
		SELECT code, parent_code, level, lower(name) AS key FROM bench.wilayah
		UNION
		SELECT code, parent_code, level, lower(regexp_replace(name, '^(Kota|Kabupaten)( Administrasi)? ', ''))
		  FROM bench.wilayah WHERE level = 'regency';
	CREATE INDEX ON bench.wilayah_name (key, level);
	CREATE INDEX ON bench.wilayah_name (code);
	ANALYZE bench.wilayah_name;

	/* a kelurahan (of place b one time in ten), the kecamatan half the time, the city */
	nv := (SELECT c.n FROM bench.wilayah_count c WHERE c.level = 'village');
	CREATE TABLE bench.reg_addr_src AS
	SELECT g.i AS id,
		   format('Jl. Merdeka No. %s, %s%s, %s %s', 1 + g.i % 200, kel.name,
				  CASE WHEN g.with_kecamatan THEN ', ' || d.name ELSE '' END, c.name, 10000 + g.i % 89999) AS v
	  FROM (SELECT i, 1 + floor(random() * nv)::int AS a,
				   CASE WHEN random() < 0.1 THEN 1 + floor(random() * nv)::int END AS b,
				   random() < 0.5 AS with_kecamatan
			  FROM generate_series(1, nrows) i) g
	  JOIN bench.wilayah p ON p.level = 'village' AND p.k = g.a
	  JOIN bench.wilayah kel ON kel.level = 'village' AND kel.k = coalesce(g.b, g.a)
	  JOIN bench.wilayah d ON d.code = p.parent_code
	  JOIN bench.wilayah c ON c.code = d.parent_code;
	/* the rows our type reads (a few names hold what an address may not), with their parts as text */
	CREATE TABLE bench.reg_addr AS
	SELECT id, a, id_address_kelurahan(a) AS kelurahan, id_address_kecamatan(a) AS kecamatan,
		   id_address_city(a) AS city
	  FROM (SELECT id, v::id_address AS a FROM bench.reg_addr_src WHERE id_address_is_valid(v)) s;
	naddr := (SELECT count(*) FROM bench.reg_addr);
	RAISE NOTICE '%: % addresses (of % generated, the others not read), % in the register', sec, naddr, nrows,
		(SELECT count(*) FILTER (WHERE id_address_in_register(a)) FROM bench.reg_addr);

	/* codes: half from the register (every level alike), half only in its format */
	CREATE TABLE bench.reg_code AS
	SELECT CASE WHEN g.i % 2 = 0 THEN w.code
				ELSE left(w.code, 2) || CASE WHEN g.lv > 1 THEN '.' || bench.two(1, 99) ELSE '' END
					 || CASE WHEN g.lv > 2 THEN '.' || bench.two(1, 99) ELSE '' END
					 || CASE WHEN g.lv > 3 THEN '.' || (1000 + floor(random() * 9000))::int ELSE '' END END AS v
	  FROM (SELECT i, 1 + i % 4 AS lv, random() AS r FROM generate_series(1, nrows) i) g
	  JOIN bench.wilayah_count c ON c.lv = g.lv
	  JOIN bench.wilayah w ON w.level = c.level AND w.k = 1 + floor(g.r * c.n)::int;
	CREATE TABLE bench.reg_code_valid AS SELECT v FROM bench.reg_code WHERE id_kode_wilayah_is_valid(v);
	CREATE UNLOGGED TABLE bench.t_kode_domain (v id_kode_wilayah);
	CREATE UNLOGGED TABLE bench.t_kode_text (v text);
	CREATE UNLOGGED TABLE bench.t_kode_fk (v text REFERENCES bench.wilayah (code));
	ANALYZE bench.reg_addr;
	ANALYZE bench.reg_code;
	ANALYZE bench.reg_code_valid;

	/* the same answers?  (ours: the common area when names are ambiguous, "Jakarta") */
	EXECUTE format($q$SELECT avg((x.code IS NOT DISTINCT FROM
									 CASE WHEN length(id_address_area_code(r.a)) = 13 THEN id_address_area_code(r.a) END)::int),
					  avg(((x.code IS NOT NULL) = id_address_in_register(r.a))::int)
				 FROM bench.reg_addr r LEFT JOIN LATERAL (%s LIMIT 1) x ON true$q$, lookup)
		INTO same_code, same_in;
	SELECT avg((id_kode_wilayah_is_valid(v) = EXISTS (SELECT 1 FROM bench.wilayah w WHERE w.code = c.v))::int)
	  INTO same_kode FROM bench.reg_code c;
	COMMIT;

	CALL bench.measure(sec,
		ARRAY['scan addresses', 'id_address_area_code()', 'area code: SQL join', 'id_address_in_register()',
			  'in register: SQL EXISTS', 'scan codes', 'id_kode_wilayah_is_valid()', 'code: SQL EXISTS',
			  'INSERT text', 'INSERT id_kode_wilayah', 'INSERT text REFERENCES'],
		ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
			  'TRUNCATE bench.t_kode_text', 'TRUNCATE bench.t_kode_domain', 'TRUNCATE bench.t_kode_fk'],
		ARRAY[
			'SELECT count(a), count(kelurahan), count(kecamatan), count(city) FROM bench.reg_addr',
			'SELECT count(id_address_area_code(a)) FROM bench.reg_addr',
			format('SELECT count(x.code) FROM bench.reg_addr r LEFT JOIN LATERAL (%s LIMIT 1) x ON true', lookup),
			'SELECT count(*) FILTER (WHERE id_address_in_register(a)) FROM bench.reg_addr',
			format('SELECT count(*) FILTER (WHERE EXISTS (%s)) FROM bench.reg_addr r', lookup),
			'SELECT count(v) FROM bench.reg_code',
			'SELECT count(*) FILTER (WHERE id_kode_wilayah_is_valid(v)) FROM bench.reg_code',
			'SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM bench.wilayah w WHERE w.code = c.v)) FROM bench.reg_code c',
			'INSERT INTO bench.t_kode_text SELECT v FROM bench.reg_code_valid',
			'INSERT INTO bench.t_kode_domain SELECT v FROM bench.reg_code_valid',
			'INSERT INTO bench.t_kode_fk SELECT v FROM bench.reg_code_valid']);

	/* ns a value, net of the plain scan */
	CALL bench.add_ratio(sec, 'a value, net of the scan', 'id_address_area_code()', 'area code: SQL join',
		ours_value => 1e6 * greatest(bench.median(sec, 'id_address_area_code()') - bench.median(sec, 'scan addresses'), 0)
					  / greatest(naddr, 1),
		alt_value => 1e6 * greatest(bench.median(sec, 'area code: SQL join') - bench.median(sec, 'scan addresses'), 0)
					 / greatest(naddr, 1),
		unit => 'ns a value', note => format('same code on %s%% of rows', round(100 * same_code::numeric, 1)));
	CALL bench.add_ratio(sec, 'a value, net of the scan', 'id_address_in_register()', 'in register: SQL EXISTS',
		ours_value => 1e6 * greatest(bench.median(sec, 'id_address_in_register()') - bench.median(sec, 'scan addresses'), 0)
					  / greatest(naddr, 1),
		alt_value => 1e6 * greatest(bench.median(sec, 'in register: SQL EXISTS') - bench.median(sec, 'scan addresses'), 0)
					 / greatest(naddr, 1),
		unit => 'ns a value', note => format('same answer on %s%% of rows', round(100 * same_in::numeric, 1)));
	CALL bench.add_ratio(sec, 'a value, net of the scan', 'id_kode_wilayah_is_valid()', 'code: SQL EXISTS',
		ours_value => 1e6 * greatest(bench.median(sec, 'id_kode_wilayah_is_valid()') - bench.median(sec, 'scan codes'), 0) / nrows,
		alt_value => 1e6 * greatest(bench.median(sec, 'code: SQL EXISTS') - bench.median(sec, 'scan codes'), 0) / nrows,
		unit => 'ns a value', note => format('same answer on %s%% of rows', round(100 * same_kode::numeric, 1)));
	net_ns := 1e6 / greatest((SELECT count(*) FROM bench.reg_code_valid), 1);
	CALL bench.add_ratio(sec, 'INSERT a code, net of INSERT text', 'INSERT id_kode_wilayah', 'INSERT text REFERENCES',
		ours_value => net_ns * greatest(bench.median(sec, 'INSERT id_kode_wilayah') - bench.median(sec, 'INSERT text'), 0),
		alt_value => net_ns * greatest(bench.median(sec, 'INSERT text REFERENCES') - bench.median(sec, 'INSERT text'), 0),
		unit => 'ns a value', note => 'a foreign key to the register''s codes');
END $$;

-- G4.5-ADDR: id_address_normalize a value at a time, on addresses of every village of
-- the register written as Google Maps writes them (labels, the province before the
-- postal code), against the type's input of the canonical text of the same addresses.
CREATE PROCEDURE bench.normalize_case() LANGUAGE plpgsql AS $$
DECLARE
	sec text := 'address normalize';
	nrows int := least(bench.rows(), 200000);
	nv int;
	nread bigint;
	same bigint;
BEGIN
	IF NOT bench.have(sec, 'function', 'id_address_normalize(text)')
		OR to_regclass('bench.wilayah') IS NULL THEN
		RETURN;
	END IF;
	nv := (SELECT c.n FROM bench.wilayah_count c WHERE c.level = 'village');
	/* the first digit of the province's postal codes */
	CREATE TABLE bench.norm_src AS
	SELECT g.i AS id,
		   format('Jl. Merdeka No.%s, %s, Kec. %s, %s, %s %s', 1 + g.i % 200, v.name, d.name, c.name, p.name,
				  (CASE WHEN p.code = '31' THEN 1 WHEN p.code IN ('32', '36') THEN 4
						WHEN p.code IN ('33', '34') THEN 5 WHEN p.code = '35' THEN 6
						WHEN p.code IN ('15', '16', '17', '18', '19') THEN 3
						WHEN p.code < '30' THEN 2 WHEN p.code LIKE '5%' THEN 8
						WHEN p.code LIKE '6%' THEN 7 ELSE 9 END) * 10000 + 1000 + g.i % 8999) AS v
	  FROM (SELECT i, 1 + floor(random() * nv)::int AS a FROM generate_series(1, nrows) i) g
	  JOIN bench.wilayah v ON v.level = 'village' AND v.k = g.a
	  JOIN bench.wilayah d ON d.code = v.parent_code
	  JOIN bench.wilayah c ON c.code = d.parent_code
	  JOIN bench.wilayah p ON p.code = c.parent_code;
	CREATE TABLE bench.norm_canon AS
	SELECT id, id_address_normalize(v)::text AS v FROM bench.norm_src;
	nread := (SELECT count(v) FROM bench.norm_canon);
	same := (SELECT count(*) FROM bench.norm_canon WHERE id_address_normalize(v)::text = v);
	DELETE FROM bench.norm_canon WHERE v IS NULL;
	COMMIT;
	CALL bench.measure(sec,
		ARRAY['scan', 'id_address_normalize(Maps layout)', 'id_address input (canonical text)'],
		ARRAY[NULL, NULL, NULL]::text[],
		ARRAY['SELECT count(length(v)) FROM bench.norm_src',
			  'SELECT count(id_address_normalize(v)) FROM bench.norm_src',
			  'SELECT count(v::id_address) FROM bench.norm_canon']);
	CALL bench.add_ratio(sec, 'normalize a value, net of the scan', 'id_address_normalize(Maps layout)',
		'id_address input (canonical text)',
		ours_value => 1e3 * greatest(bench.median(sec, 'id_address_normalize(Maps layout)') - bench.median(sec, 'scan'), 0) / nrows,
		alt_value => 1e3 * greatest(bench.median(sec, 'id_address input (canonical text)') - bench.median(sec, 'scan'), 0) / greatest(nread, 1),
		unit => 'µs a value',
		note => format('%s of %s read (%s%%); normalising what was read gives it back for %s',
					   nread, nrows, round(100.0 * nread / nrows, 1), same));
END $$;

-- What each normaliser costs against its validator on the same valid values
-- (the types' generated values), net of the scan: on a value the type reads,
-- a normaliser runs the type's parse alone.
CREATE PROCEDURE bench.normalize_valid_case() LANGUAGE plpgsql AS $$
DECLARE
	sec text := 'normalise valid input';
	cases text[] := ARRAY[
		-- source table, validator, normaliser call (v: the value)
		['src_id_address', 'id_address_is_valid', 'id_address_normalize(v)'],
		['src_id_phone', 'id_phone_is_valid', 'id_phone_normalize(v)'],
		['src_id_phone', 'id_phone_is_valid', 'id_phone_normalize(v, ''021'')'],
		['src_id_time_tz', 'id_time_tz_is_valid', 'id_time_tz_normalize(v)'],
		['src_latlong', 'latlong_is_valid', 'latlong_normalize(v)']];
	names text[] := '{}';
	stmts text[] := '{}';
	c text[];
	nrows bigint;
	scan float8;
BEGIN
	FOREACH c SLICE 1 IN ARRAY cases LOOP
		IF to_regclass('bench.' || c[1]) IS NULL
			OR NOT bench.have(sec, 'function', c[2] || '(text)') THEN
			RAISE NOTICE '%: % not measured (no bench.% or no %)', sec, c[3], c[1], c[2];
			CONTINUE;
		END IF;
		IF NOT ('scan ' || c[1]) = ANY (names) THEN
			names := names || ('scan ' || c[1]) || (c[2] || '()');
			stmts := stmts || format('SELECT count(*) FILTER (WHERE v IS NOT NULL) FROM bench.%I', c[1])
				|| format('SELECT count(*) FILTER (WHERE %s(v)) FROM bench.%I', c[2], c[1]);
		END IF;
		names := names || c[3];
		stmts := stmts || format('SELECT count(*) FILTER (WHERE %s IS NOT NULL) FROM bench.%I', c[3], c[1]);
	END LOOP;
	CALL bench.measure(sec, names, array_fill(NULL::text, ARRAY[cardinality(names)]), stmts);
	FOREACH c SLICE 1 IN ARRAY cases LOOP
		CONTINUE WHEN NOT c[3] = ANY (names);
		EXECUTE format('SELECT count(*) FROM bench.%I', c[1]) INTO nrows;
		scan := bench.median(sec, 'scan ' || c[1]);
		CALL bench.add_ratio(sec, 'a valid value, net of the scan', c[3], c[2] || '()', 1.3,
			ours_value => 1e6 * greatest(bench.median(sec, c[3]) - scan, 0) / greatest(nrows, 1),
			alt_value => 1e6 * greatest(bench.median(sec, c[2] || '()') - scan, 0) / greatest(nrows, 1),
			unit => 'ns a value', note => format('%s values the type accepts', nrows));
	END LOOP;
END $$;

-- PostgreSQL 16+: what our validator and guideline_error() cost against the
-- core's soft-error functions pg_input_is_valid() and pg_input_error_info(),
-- which run the same parser through the type's input function.  Half the
-- values have a character changed (most are then rejected).
CREATE PROCEDURE bench.soft_error_case(typ text, kind text) LANGUAGE plpgsql AS $$
DECLARE
	sec text := 'soft errors ' || typ;
	src text := 'soft_' || typ;
BEGIN
	IF current_setting('server_version_num')::int < 160000 THEN
		RAISE NOTICE 'soft errors: pg_input_is_valid() needs PostgreSQL 16; not measured';
		RETURN;
	END IF;
	IF to_regclass('bench.src_' || typ) IS NULL THEN
		RETURN;
	END IF;
	EXECUTE format('CREATE TABLE bench.%I AS SELECT CASE WHEN id %% 2 = 0 THEN v
		ELSE overlay(v PLACING %L FROM 1 + (id %% length(v))::int FOR 1) END AS v FROM bench.%I',
		src, '#', 'src_' || typ);
	COMMIT;
	CALL bench.measure(sec,
		ARRAY[typ || '_is_valid()', 'pg_input_is_valid()', 'guideline_error()', 'pg_input_error_info()'],
		ARRAY[NULL, NULL, NULL, NULL]::text[],
		ARRAY[format('SELECT count(*) FILTER (WHERE %s_is_valid(v)) FROM bench.%I', typ, src),
			  format('SELECT count(*) FILTER (WHERE pg_input_is_valid(v, %L)) FROM bench.%I', typ, src),
			  format('SELECT count(guideline_error(v, %L)) FROM bench.%I', kind, src),
			  format('SELECT count((pg_input_error_info(v, %L)).message) FROM bench.%I', typ, src)]);
	CALL bench.add_ratio(sec, 'is the value valid (half changed)', typ || '_is_valid()', 'pg_input_is_valid()');
	CALL bench.add_ratio(sec, 'why is it not (half changed)', 'guideline_error()', 'pg_input_error_info()');
END $$;

-- The analyst's job: conformance_report on a table of six text columns as agencies
-- publish them (one value in 20 messy), against one scan with each column's own
-- validator; and its cost a row on a tenth of the rows against all of them.
CREATE PROCEDURE bench.analyst_case() LANGUAGE plpgsql AS $$
DECLARE
	sec text := 'analyst';
	small int := least(100000, greatest(bench.rows() / 10, 1));
	per_all float8;
	per_small float8;
BEGIN
	IF to_regclass('bench.src_id_phone') IS NULL OR to_regclass('bench.src_id_address') IS NULL
		OR to_regclass('bench.src_id_time_tz') IS NULL OR to_regclass('bench.src_id_date') IS NULL
		OR to_regclass('bench.src_id_number') IS NULL THEN
		RAISE NOTICE 'analyst: a source table is missing; not measured';
		RETURN;
	END IF;
	CREATE TABLE bench.analyst AS
	SELECT 'Usaha ' || p.id AS nama_usaha,
		   CASE WHEN p.id % 20 = 0 THEN 'Telp. ' || replace(p.v, ' ', '.') ELSE p.v END AS telepon,
		   a.v AS alamat,
		   CASE WHEN p.id % 20 = 1 THEN replace(t.v, ':', '.') ELSE t.v END AS jam_buka,
		   d.v AS tanggal_daftar,
		   CASE WHEN p.id % 20 = 2 THEN ' ' || n.v || ' ' ELSE n.v END AS jumlah_pegawai
	  FROM bench.src_id_phone p
	  JOIN bench.src_id_address a USING (id)
	  JOIN bench.src_id_time_tz t USING (id)
	  JOIN bench.src_id_date d USING (id)
	  JOIN bench.src_id_number n USING (id);
	EXECUTE format('CREATE TABLE bench.analyst_small AS SELECT * FROM bench.analyst LIMIT %s', small);
	ANALYZE bench.analyst;
	ANALYZE bench.analyst_small;
	COMMIT;
	CALL bench.measure(sec,
		ARRAY['conformance_report', 'a validator a column', 'conformance_report (a tenth)'],
		ARRAY[NULL, NULL, NULL]::text[],
		ARRAY['SELECT count(*) FROM conformance_report(''bench.analyst'')',
			  'SELECT count(*) FILTER (WHERE nama_usaha IS NOT NULL), count(*) FILTER (WHERE id_phone_is_valid(telepon)),
					  count(*) FILTER (WHERE id_address_is_valid(alamat)), count(*) FILTER (WHERE id_time_tz_is_valid(jam_buka)),
					  count(*) FILTER (WHERE id_date_is_valid(tanggal_daftar)), count(*) FILTER (WHERE id_number_is_valid(jumlah_pegawai))
				 FROM bench.analyst',
			  'SELECT count(*) FROM conformance_report(''bench.analyst_small'')']);
	CALL bench.add_ratio(sec, 'report on 6 text columns', 'conformance_report', 'a validator a column', 5,
		note => format('%s rows', bench.rows()));
	-- linear: the cost a row of either, against the other's (the dearer over the cheaper)
	per_all := 1e6 * bench.median(sec, 'conformance_report') / bench.rows();
	per_small := 1e6 * bench.median(sec, 'conformance_report (a tenth)') / small;
	CALL bench.add_ratio(sec, 'cost a row, the dearer of all rows and a tenth against the other',
		CASE WHEN per_all >= per_small THEN 'conformance_report' ELSE 'conformance_report (a tenth)' END,
		CASE WHEN per_all >= per_small THEN 'conformance_report (a tenth)' ELSE 'conformance_report' END, 1.2,
		ours_value => greatest(per_all, per_small), alt_value => least(per_all, per_small),
		unit => 'ns a row',
		note => format('%s rows against %s', bench.rows(), small));
END $$;

-- The ratio table, as Markdown (printed, and kept in the README).
CREATE FUNCTION bench.fmt(v float8, unit text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE WHEN unit LIKE 'ms%' AND v < 10 THEN to_char(v, 'FM0.000') || ' ms'
				  WHEN unit LIKE 'ms%' THEN to_char(v, 'FM999999990.0') || ' ms'
				  WHEN unit LIKE 'ns%' THEN to_char(v, 'FM999999990.0') || ' ns'
				  WHEN unit = 'bytes' THEN CASE WHEN v >= 10240 THEN pg_size_pretty(v::bigint)
										 ELSE to_char(v, 'FM999990.0') || ' B' END
			 END $$;

CREATE VIEW bench.report AS
SELECT seq, section, measure, ours, alternative,
	   bench.fmt(ours_value, unit) AS ours_value, bench.fmt(alt_value, unit) AS alt_value,
	   to_char(ratio, CASE WHEN ratio < 0.1 THEN 'FM0.0000' ELSE 'FM99990.00' END) AS ratio,
	   CASE WHEN target IS NOT NULL THEN '≤ ' || to_char(target, 'FM90.00') END AS target,
	   CASE met WHEN true THEN 'met' WHEN false THEN 'MISSED' END AS met,
	   note
FROM bench.ratio;

CREATE FUNCTION bench.markdown() RETURNS SETOF text LANGUAGE sql STABLE AS $$
	SELECT format('Rows: %s a type; median of %s runs of %s; %s (%s cores); PostgreSQL %s; %s.',
				  rows, runs, clock, machine, cores, postgresql, date) FROM bench.meta
	UNION ALL SELECT ''
	UNION ALL SELECT '| case | measure | ours | alternative | ours | alternative | ours / alt. | target | |'
	UNION ALL SELECT '|---|---|---|---|--:|--:|--:|---|---|'
	UNION ALL (SELECT format('| %s | %s | %s | %s | %s | %s | %s | %s | %s |',
							 section, measure, ours, alternative, ours_value, alt_value,
							 ratio, coalesce(target, ''),
							 concat_ws('; ', met, note))
			   FROM bench.report ORDER BY seq)
$$;

CREATE VIEW bench.csv AS
SELECT m.date, m.machine, m.cores, m.postgresql, m.rows, m.runs, m.clock,
	   r.section, r.measure, r.ours, r.alternative, r.unit,
	   round(r.ours_value::numeric, 3) AS ours_value,
	   round(r.alt_value::numeric, 3) AS alt_value,
	   round(r.ratio::numeric, 4) AS ratio, r.target, r.met, r.note,
	   (SELECT array_agg(round(s.ms::numeric, 1) ORDER BY s.run) FROM bench.sample s
		WHERE s.section = r.section AND s.name = r.ours AND r.unit = 'ms') AS ours_runs_ms,
	   (SELECT array_agg(round(s.ms::numeric, 1) ORDER BY s.run) FROM bench.sample s
		WHERE s.section = r.section AND s.name = r.alternative AND r.unit = 'ms') AS alt_runs_ms,
	   (SELECT array_agg(round(s.wall_ms::numeric, 1) ORDER BY s.run) FROM bench.sample s
		WHERE s.section = r.section AND s.name = r.ours AND r.unit = 'ms') AS ours_runs_wall_ms,
	   (SELECT array_agg(round(s.wall_ms::numeric, 1) ORDER BY s.run) FROM bench.sample s
		WHERE s.section = r.section AND s.name = r.alternative AND r.unit = 'ms') AS alt_runs_wall_ms
FROM bench.ratio r CROSS JOIN bench.meta m
ORDER BY r.seq;

SELECT setseed(0.46) AS seed \gset

-- G4.6: every variant of the guideline, Indonesian and foreign numbers.
CALL bench.type_case('id_phone', 'id_phone_is_valid',
	$re$^((\+|00)[1-9][0-9]{0,2}[ -])?(\(0[1-9][0-9]{1,3}\)|0?[1-9][0-9]{0,3})[ -][0-9]{3,}([ -][0-9]{2,})*$$re$,
	$g$SELECT CASE i % 12
		WHEN 0 THEN '0' || a2 || ' ' || bench.digits(8)
		WHEN 1 THEN '(0' || a2 || ') ' || bench.digits(7)
		WHEN 2 THEN '0' || a2 || '-' || bench.digits(4) || '-' || bench.digits(4)
		WHEN 3 THEN '0' || a3 || ' ' || bench.digits(6)
		WHEN 4 THEN '(0' || a3 || ') ' || bench.digits(7)
		WHEN 5 THEN '0' || mob || ' ' || bench.digits(8)
		WHEN 6 THEN '0' || mob || '-' || bench.digits(4) || '-' || bench.digits(5)
		WHEN 7 THEN '+62 ' || a2 || ' ' || bench.digits(8)
		WHEN 8 THEN '+62 ' || mob || ' ' || bench.digits(4) || ' ' || bench.digits(4)
		WHEN 9 THEN '0062 ' || a3 || ' ' || bench.digits(6)
		WHEN 10 THEN '+39 815 ' || bench.digits(9)
		ELSE '0039 06 ' || bench.digits(8) END
	FROM (SELECT i, bench.pick('{21,22,24,31,61}') AS a2,
				 bench.pick('{251,274,341,361,411,511,711,761}') AS a3,
				 bench.pick('{811,812,813,815,816,817,818,819,821,822,823,852,853,855,856,857,858,859,877,878,881,882,895,896,897,898,899}') AS mob
		  FROM generate_series(1, bench.rows()) i) s$g$,
	max_vs_text => 1.15);

-- G4.5-ADDR-1..5: canonical addresses, optional parts present in some.
CREATE TABLE bench.kelurahan (n int, kelurahan text, kecamatan text, city text,
							  postal text, province text);
INSERT INTO bench.kelurahan
SELECT row_number() OVER (), * FROM (VALUES
	('Menteng', 'Menteng', 'Jakarta Pusat', '10310', 'DKI Jakarta'),
	('Gondangdia', 'Menteng', 'Jakarta Pusat', '10350', 'DKI Jakarta'),
	('Cikini', 'Menteng', 'Jakarta Pusat', '10330', 'DKI Jakarta'),
	('Kebon Sirih', 'Menteng', 'Jakarta Pusat', '10340', 'DKI Jakarta'),
	('Petojo Utara', 'Gambir', 'Jakarta Pusat', '10130', 'DKI Jakarta'),
	('Gambir', 'Gambir', 'Jakarta Pusat', '10110', 'DKI Jakarta'),
	('Kuningan Timur', 'Setiabudi', 'Jakarta Selatan', '12950', 'DKI Jakarta'),
	('Karet Semanggi', 'Setiabudi', 'Jakarta Selatan', '12930', 'DKI Jakarta'),
	('Tebet Barat', 'Tebet', 'Jakarta Selatan', '12810', 'DKI Jakarta'),
	('Kebayoran Lama Utara', 'Kebayoran Lama', 'Jakarta Selatan', '12240', 'DKI Jakarta'),
	('Rawamangun', 'Pulo Gadung', 'Jakarta Timur', '13220', 'DKI Jakarta'),
	('Cawang', 'Kramat Jati', 'Jakarta Timur', '13630', 'DKI Jakarta'),
	('Kelapa Gading Barat', 'Kelapa Gading', 'Jakarta Utara', '14240', 'DKI Jakarta'),
	('Pluit', 'Penjaringan', 'Jakarta Utara', '14450', 'DKI Jakarta'),
	('Kemanggisan', 'Palmerah', 'Jakarta Barat', '11480', 'DKI Jakarta'),
	('Grogol', 'Grogol Petamburan', 'Jakarta Barat', '11450', 'DKI Jakarta'),
	('Cibodas', 'Cibodas', 'Tangerang', '15138', 'Banten'),
	('Depok', 'Pancoran Mas', 'Depok', '16431', 'Jawa Barat'),
	('Bekasi Jaya', 'Bekasi Timur', 'Bekasi', '17112', 'Jawa Barat'),
	('Baranangsiang', 'Bogor Timur', 'Bogor', '16143', 'Jawa Barat')) v;

CALL bench.type_case('id_address', 'id_address_is_valid',
	$re$^([^,]+, )?[^,]+ No\. [0-9]+( RT[0-9]{2}/RW[0-9]{2})?, [^,]+(, [^,]+)?, [^,]+ [1-9][0-9]{4}(, [^,]+)?$$re$,
	$g$SELECT CASE WHEN random() < 0.15 THEN bench.pick('{Kompleks Giri Indah,Perumahan Taman Alfa Indah,Apartemen Kalibata City,Gedung Balai Kota,Rusun Tanah Abang}') || ', ' ELSE '' END
		|| bench.pick('{Jl. Pati,Jl. Dukuh 3,Jl. Medan Merdeka Selatan,Jl. Jenderal Sudirman,Jl. M.H. Thamrin,Jl. Kebon Sirih,Jl. Cikini Raya,Jl. Gatot Subroto,Jl. H.R. Rasuna Said,Jl. Pemuda,Jl. Boulevard Raya,Jl. Pluit Karang Indah,Jl. Palmerah Barat,Jl. Margonda Raya,Gang Mawar,Jl. Tebet Barat Dalam 4}')
		|| ' No. ' || (1 + floor(random() * 250))::int
		|| CASE WHEN random() < 0.4 THEN ' RT' || bench.two(1, 15) || '/RW' || bench.two(1, 12) ELSE '' END
		|| ', ' || k.kelurahan || CASE WHEN random() < 0.5 THEN ', ' || k.kecamatan ELSE '' END
		|| ', ' || k.city || ' ' || k.postal || CASE WHEN random() < 0.2 THEN ', ' || k.province ELSE '' END
	FROM (SELECT i, 1 + floor(random() * 20)::int AS n
		  FROM generate_series(1, bench.rows()) i) s JOIN bench.kelurahan k USING (n)$g$,
	max_vs_text => 1.5, max_vs_regex => 1.0 / 3);

-- G4.4-TIME-1..3: with and without seconds, with and without an offset.
CALL bench.type_case('id_time_tz', 'id_time_tz_is_valid',
	$re$^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\+0[789]00)?$$re$,
	$g$SELECT bench.two(0, 23) || ':' || bench.two(0, 59)
		|| CASE WHEN random() < 0.5 THEN ':' || bench.two(0, 59) ELSE '' END
		|| (ARRAY['', '+0700', '+0700', '+0800', '+0900'])[1 + floor(random() * 5)::int]
	FROM generate_series(1, bench.rows()) i$g$,
	core => 'timetz', max_vs_core => 1.0);

-- G4.5-LAT, G4.5-LON, G4.5-PREC: points in Indonesia, 4 to 7 decimals.
CALL bench.type_case('latlong', 'latlong_is_valid',
	$re$^\(?[-+]?([1-8]?[0-9](\.[0-9]+)?|90(\.0+)?), ?[-+]?(180(\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\.[0-9]+)?)\)?$$re$,
	$g$SELECT CASE WHEN i % 10 = 0 THEN '(' || lat || ',' || lon || ')'
				WHEN i % 10 = 1 THEN lat || ',' || lon
				ELSE lat || ', ' || lon END
	FROM (SELECT i, round((-11 + random() * 17)::numeric, d)::text AS lat,
				 round((95 + random() * 46)::numeric, d)::text AS lon
		  FROM (SELECT i, 4 + floor(random() * 4)::int AS d
				FROM generate_series(1, bench.rows()) i) s) t$g$,
	core => 'point', max_vs_core => 1.0);

-- G4.2-G4.4, G4.7, G4.8: the guideline domains against a user's regex domain.
CALL bench.type_case('id_day', 'id_day_is_valid',
	$re$^(0[1-9]|[12][0-9]|3[01])$$re$,
	$g$SELECT bench.two(1, 31) FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_month', 'id_month_is_valid',
	$re$^(0[1-9]|1[0-2])$$re$,
	$g$SELECT bench.two(1, 12) FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_year', 'id_year_is_valid',
	$re$^-?[0-9]{4}$$re$,
	$g$SELECT (1900 + floor(random() * 130))::int::text FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_date', 'id_date_is_valid',
	$re$^-?[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$$re$,
	$g$SELECT to_char(date '1950-01-01' + floor(random() * 30000)::int,
				   CASE WHEN random() < 0.9 THEN 'YYYY-MM-DD' ELSE 'YYYY-MM' END)
	FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_bool', 'id_bool_is_valid',
	$re$^(1|0|ya|tidak)$$re$,
	$g$SELECT bench.pick('{1,0,ya,tidak}') FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_number', 'id_number_is_valid',
	$re$^[+-]?[0-9]+(\.[0-9]+)?$$re$,
	$g$SELECT CASE i % 4
		WHEN 0 THEN (floor(random() * 2000000) - 1000000)::bigint::text
		WHEN 1 THEN round((random() * 100000)::numeric, 2)::text
		WHEN 2 THEN round(random()::numeric, 9)::text
		ELSE floor(random() * 1000)::int::text END
	FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_email', 'id_email_is_valid',
	$re$^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$$re$,
	$g$SELECT bench.pick('{budi,siti,agus,dewi,rina,andi,putri,joko,sri,ahmad,humas,pusdatin}')
		|| CASE WHEN random() < 0.5 THEN '.' || bench.pick('{santoso,wijaya,rahayu,pratama,saputra,hidayat,lestari,kurniawan}') ELSE '' END
		|| CASE WHEN random() < 0.3 THEN bench.digits(2) ELSE '' END
		|| '@' || bench.pick('{jakarta.go.id,dinkes.jakarta.go.id,bpad.jakarta.go.id,gmail.com,yahoo.co.id,ui.ac.id,example.com}')
	FROM generate_series(1, bench.rows()) i$g$);
CALL bench.type_case('id_url', 'id_url_is_valid',
	$re$^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[^[:space:]]*)?$$re$,
	$g$SELECT bench.pick('{https://data.jakarta.go.id,http://data.jakarta.go.id,https://satudata.jakarta.go.id,http://example.com}')
		|| CASE WHEN random() < 0.1 THEN ''
				ELSE '/dataset/' || bench.pick('{apbd-2014,daftar-sekolah-menengah-atas-negeri,data-rumah-sakit,jumlah-penduduk}')
					 || '/resource/' || bench.digits(5) || '.csv' END
	FROM generate_series(1, bench.rows()) i$g$);

-- The register of areas as a table (numbered within each level), for the area
-- codes and the register case
DO $$
BEGIN
	IF to_regprocedure('id_wilayah()') IS NULL THEN
		RAISE NOTICE 'skipped: id_wilayah() not installed';
		RETURN;
	END IF;
	CREATE TABLE bench.wilayah AS
	SELECT w.*, row_number() OVER (PARTITION BY w.level ORDER BY w.code)::int AS k FROM id_wilayah() w;
	ALTER TABLE bench.wilayah ADD PRIMARY KEY (code);
	CREATE INDEX ON bench.wilayah (level, k);
	CREATE TABLE bench.wilayah_count AS
	SELECT level, count(*)::int AS n,
		   CASE level WHEN 'province' THEN 1 WHEN 'regency' THEN 2 WHEN 'district' THEN 3 ELSE 4 END AS lv
	  FROM bench.wilayah GROUP BY level;
	ANALYZE bench.wilayah;
END $$;

-- Kemendagri area codes of the register, at every level alike
CALL bench.type_case('id_kode_wilayah', 'id_kode_wilayah_is_valid',
	$re$^[1-9][0-9](\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$$re$,
	$g$SELECT w.code
	FROM (SELECT i, 1 + i % 4 AS lv, random() AS r FROM generate_series(1, bench.rows()) i) g
	JOIN bench.wilayah_count c ON c.lv = g.lv
	JOIN bench.wilayah w ON w.level = c.level AND w.k = 1 + floor(g.r * c.n)::int$g$);

-- every kind of the registry has a case above
DO $$
DECLARE
	t text;
BEGIN
	FOR t IN SELECT type_name::text FROM guideline_types()
			  WHERE type_name::text NOT IN (SELECT section FROM bench.sample) LOOP
		RAISE NOTICE 'skipped: % has no benchmark case (test/bench/bench.sql)', t;
	END LOOP;
END $$;

-- the register of areas: addresses and area codes looked up
CALL bench.register_case();
CALL bench.normalize_case();
CALL bench.normalize_valid_case();

-- soft errors (PostgreSQL 16+)
CALL bench.soft_error_case('id_phone', 'phone');
CALL bench.soft_error_case('id_time_tz', 'time');
CALL bench.soft_error_case('id_address', 'address');

-- G3-GROW
CALL bench.melt_case();

-- the analyst's report on a published table
CALL bench.analyst_case();

-- G4.5: nearest-neighbour search
CALL bench.knn_case();
