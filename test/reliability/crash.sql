-- Crash and recovery: tables of every installed type with
-- btree, hash and GiST indexes, a workload for pgbench, and the checks.
CREATE EXTENSION amcheck;

CREATE TABLE crash_ack (n bigint PRIMARY KEY);
CREATE TABLE crash_acked (n bigint);   -- what the client saw committed

DO $$
DECLARE
    t reliab_installed;
    tbl text;
BEGIN
    FOR t IN SELECT * FROM reliab_installed ORDER BY typ LOOP
        tbl := 'crash_' || t.typ;
        EXECUTE format('CREATE TABLE %I (id bigserial PRIMARY KEY, v %s NOT NULL, sample int NOT NULL, ack bigint)',
                       tbl, t.regtype);
        EXECUTE format('INSERT INTO %I (v, sample) SELECT ($1)[1 + g %% cardinality($1)]::%s, 1 + g %% cardinality($1)
                          FROM generate_series(1, 1000) g', tbl, t.regtype) USING t.samples;
        IF t.has_btree THEN
            EXECUTE format('CREATE INDEX %I ON %I (v)', tbl || '_btree', tbl);
        END IF;
        IF t.has_hash THEN
            EXECUTE format('CREATE INDEX %I ON %I USING hash (v)', tbl || '_hash', tbl);
        END IF;
        IF t.has_gist THEN
            EXECUTE format('CREATE INDEX %I ON %I USING gist (v)', tbl || '_gist', tbl);
        END IF;
        EXECUTE format('CREATE INDEX ON %I (ack)', tbl);
    END LOOP;
END $$;

-- One pgbench transaction: insert, update, delete, index scan.
CREATE FUNCTION crash_step(type_name text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    t reliab_installed;
    tbl text := 'crash_' || type_name;
    r int;
    found bigint;
BEGIN
    SELECT * INTO t FROM reliab_installed WHERE typ = type_name;
    r := 1 + floor(random() * cardinality(t.samples));
    EXECUTE format('INSERT INTO %I (v, sample) VALUES ($1::%s, $2)', tbl, t.regtype) USING t.samples[r], r;
    r := 1 + floor(random() * cardinality(t.samples));
    EXECUTE format('UPDATE %I SET v = $1::%s, sample = $2
                     WHERE id = (SELECT floor(random() * max(id))::bigint + 1 FROM %I)', tbl, t.regtype, tbl)
        USING t.samples[r], r;
    IF random() < 0.2 THEN
        EXECUTE format('DELETE FROM %I WHERE id = (SELECT floor(random() * max(id))::bigint + 1 FROM %I) AND ack IS NULL',
                       tbl, tbl);
    END IF;
    SET LOCAL enable_seqscan = off;
    EXECUTE format('SELECT count(*) FROM %I WHERE v = $1::%s', tbl, t.regtype) INTO found USING t.samples[r];
    RETURN found;
END $$;

-- One acknowledged transaction: a row in crash_ack and in every type table.
CREATE FUNCTION crash_ack(n bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    t reliab_installed;
    r int;
BEGIN
    INSERT INTO crash_ack VALUES (n);
    FOR t IN SELECT * FROM reliab_installed LOOP
        r := 1 + n % cardinality(t.samples);
        EXECUTE format('INSERT INTO %I (v, sample, ack) VALUES ($1::%s, $2, $3)', 'crash_' || t.typ, t.regtype)
            USING t.samples[r], r, n;
    END LOOP;
    RETURN n;
END $$;

-- After recovery: one TAP line per check.
CREATE FUNCTION crash_check(cycle int) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    t reliab_installed;
    tbl text;
    idx record;
    n bigint;
    m bigint;
    heap_ids bigint[];
    index_ids bigint[];
    plan text;
    line text;
    op text;
    s text;
    bad text[];
BEGIN
    SELECT count(*) INTO n FROM crash_acked;
    SELECT count(*) INTO m FROM crash_acked a WHERE NOT EXISTS (SELECT 1 FROM crash_ack c WHERE c.n = a.n);
    RETURN NEXT format('%sok - crash %s: all %s transactions the client saw committed survived (%s lost; %s in the table)',
                       CASE WHEN m = 0 AND n > 0 THEN '' ELSE 'not ' END, cycle, n, m, (SELECT count(*) FROM crash_ack));
    FOR t IN SELECT * FROM reliab_installed ORDER BY typ LOOP
        tbl := 'crash_' || t.typ;
        -- every acknowledged transaction's row is there, whole
        EXECUTE format('SELECT count(*) FROM crash_ack c WHERE NOT EXISTS (SELECT 1 FROM %I x WHERE x.ack = c.n)', tbl)
            INTO m;
        RETURN NEXT format('%sok - crash %s %s: a row for every committed crash_ack row (%s missing)',
                           CASE WHEN m = 0 THEN '' ELSE 'not ' END, cycle, t.typ, m);
        -- every stored value is the one written, byte for byte
        EXECUTE format('SELECT count(*), count(*) FILTER (WHERE %1$s(v) IS DISTINCT FROM %1$s(($1)[sample]::%2$s)) FROM %3$I',
                       t.send_fn, t.regtype, tbl) INTO n, m USING t.samples;
        RETURN NEXT format('%sok - crash %s %s: all %s values intact after recovery (%s differ)',
                           CASE WHEN m = 0 THEN '' ELSE 'not ' END, cycle, t.typ, n, m);
        -- hash and GiST indexes (amcheck covers btree): each alone answers
        -- like the heap
        FOR idx IN SELECT c.relname, a.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                     JOIN pg_am a ON a.oid = c.relam
                    WHERE i.indrelid = tbl::regclass AND a.amname IN ('hash', 'gist') ORDER BY 1 LOOP
            bad := '{}';
            op := NULL;
            IF idx.amname = 'gist' THEN
                SELECT o.oprname INTO op FROM pg_index i JOIN pg_opclass c ON c.oid = i.indclass[0]
                         JOIN pg_amop a ON a.amopfamily = c.opcfamily JOIN pg_operator o ON o.oid = a.amopopr
                        WHERE i.indexrelid = idx.relname::regclass AND a.amoppurpose = 'o' LIMIT 1;
                IF op IS NULL THEN
                    RETURN NEXT format('ok - skipped: crash %s %s: GiST index %s has no ordering operator to scan it with',
                                       cycle, t.typ, idx.relname);
                    CONTINUE;
                END IF;
            END IF;
            FOREACH s IN ARRAY t.samples LOOP
                SET LOCAL enable_seqscan = off;
                SET LOCAL enable_indexscan = off;
                SET LOCAL enable_bitmapscan = off;
                SET LOCAL enable_seqscan = on;
                EXECUTE format('SELECT array_agg(id ORDER BY id) FROM %I WHERE %s(v) = %s($1::%s)',
                               tbl, t.send_fn, t.send_fn, t.regtype) INTO heap_ids USING s;
                SET LOCAL enable_seqscan = off;
                SET LOCAL enable_indexscan = on;
                SET LOCAL enable_bitmapscan = on;
                BEGIN
                    -- only this index is left, for the duration of the block
                    EXECUTE (SELECT string_agg(format('DROP INDEX %I', c.relname), '; ')
                               FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                              WHERE i.indrelid = tbl::regclass AND c.relname <> idx.relname AND NOT i.indisprimary);
                    IF idx.amname = 'hash' THEN
                        plan := '';
                        FOR line IN EXECUTE format('EXPLAIN (COSTS OFF) SELECT id FROM %I WHERE v = $1::%s', tbl, t.regtype)
                            USING s LOOP
                            plan := plan || line || ' ';
                        END LOOP;
                        EXECUTE format('SELECT array_agg(id ORDER BY id) FROM %I WHERE v = $1::%s', tbl, t.regtype)
                            INTO index_ids USING s;
                    ELSE
                        plan := '';
                        FOR line IN EXECUTE format('EXPLAIN (COSTS OFF) SELECT id FROM %I ORDER BY v %s $1::%s', tbl, op, t.regtype)
                            USING s LOOP
                            plan := plan || line || ' ';
                        END LOOP;
                        -- every row through the index, the sample's own first
                        EXECUTE format('SELECT array_agg(id ORDER BY id) FROM (SELECT id, v FROM %I ORDER BY v %s $1::%s) x
                                         WHERE %s(v) = %s($1::%s)', tbl, op, t.regtype, t.send_fn, t.send_fn, t.regtype)
                            INTO index_ids USING s;
                    END IF;
                    RAISE EXCEPTION USING ERRCODE = 'P0004', MESSAGE = 'undo';
                EXCEPTION WHEN SQLSTATE 'P0004' THEN
                    NULL;
                END;
                IF position(idx.relname IN plan) = 0 THEN
                    bad := bad || ('plan does not use the index: ' || plan);
                ELSIF index_ids IS DISTINCT FROM heap_ids THEN
                    bad := bad || format('%s: %s rows by index, %s in the heap', s,
                                         coalesce(cardinality(index_ids), 0), coalesce(cardinality(heap_ids), 0));
                END IF;
            END LOOP;
            RETURN NEXT format('%sok - crash %s %s: %s index %s answers like the heap for every sample%s',
                               CASE WHEN cardinality(bad) = 0 THEN '' ELSE 'not ' END, cycle, t.typ, idx.amname,
                               idx.relname, coalesce(': ' || nullif(array_to_string(bad[1:3], '; '), ''), ''));
        END LOOP;
    END LOOP;
END $$;
