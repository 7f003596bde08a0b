-- Hostile binary input: crafted binary COPY files for every installed type.

-- COPY one binary tuple holding payload into tbl; 'stored' or the SQLSTATE.
CREATE FUNCTION reliab_copy_bin(tbl regclass, payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    path text := '/tmp/odi_reliab_bin_' || pg_backend_pid() || '.bin';
    lo oid;
    st text;
BEGIN
    -- PGCOPY signature, flags, header extension length; one field; trailer
    lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
                           || '\x0001'::bytea || int4send(length(payload)) || payload
                           || '\xffff'::bytea);
    PERFORM lo_export(lo, path);
    PERFORM lo_unlink(lo);
    BEGIN
        EXECUTE format('COPY %s FROM %L (FORMAT binary)', tbl, path);
        RETURN 'stored';
    EXCEPTION WHEN others THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
        RETURN st;
    END;
END $$;

CREATE FUNCTION reliab_random_bytes(n int) RETURNS bytea LANGUAGE sql AS $$
    SELECT coalesce(decode(string_agg(lpad(to_hex(floor(random() * 256)::int), 2, '0'), ''), 'hex'), '')
      FROM generate_series(1, n)
$$;

-- Every hostile payload for one type: (kind, payload).
CREATE FUNCTION reliab_payloads(ty reliab_installed) RETURNS TABLE (kind text, payload bytea)
LANGUAGE plpgsql AS $$
DECLARE
    good bytea;
    len int;
    maxlen int := 0;
    i int;
    b int;
BEGIN
    FOR good IN EXECUTE format('SELECT %s(s::%s) FROM unnest($1) s', ty.send_fn, ty.regtype)
        USING ty.samples
    LOOP
        len := length(good);
        maxlen := greatest(maxlen, len);
        kind := 'truncated';
        FOR i IN 0 .. len - 1 LOOP
            payload := substr(good, 1, i);
            RETURN NEXT;
        END LOOP;
        kind := 'extended';
        payload := good || '\x00'::bytea; RETURN NEXT;
        payload := good || '\xff'::bytea; RETURN NEXT;
        payload := good || good; RETURN NEXT;
        -- a version or header byte, if the format has one
        kind := 'first byte';
        FOREACH b IN ARRAY ARRAY[0, 1, 2, 127, 128, 254, 255] LOOP
            payload := set_byte(good, 0, b);
            CONTINUE WHEN payload = good;
            RETURN NEXT;
        END LOOP;
        kind := 'bit flip';
        FOR i IN 0 .. len - 1 LOOP
            CONTINUE WHEN i >= 16 AND i < len - 8;
            FOR b IN 0 .. 7 LOOP
                payload := set_byte(good, i, get_byte(good, i) # (1 << b));
                RETURN NEXT;
            END LOOP;
        END LOOP;
        kind := 'byte + 1';
        FOR i IN 0 .. least(len, 64) - 1 LOOP
            payload := set_byte(good, i, (get_byte(good, i) + 1) % 256);
            RETURN NEXT;
        END LOOP;
    END LOOP;
    kind := 'random';
    FOR i IN 1 .. 200 LOOP
        payload := reliab_random_bytes(CASE WHEN ty.typlen > 0 AND i % 2 = 0 THEN ty.typlen
                                            ELSE floor(random() * (2 * maxlen + 2))::int END);
        RETURN NEXT;
    END LOOP;
    kind := 'crafted';
    FOR i IN 1 .. coalesce(array_length(ty.bad_hex, 1), 0) LOOP
        payload := decode(ty.bad_hex[i], 'hex');
        RETURN NEXT;
    END LOOP;
END $$;

-- TAP lines for one type.
CREATE FUNCTION reliab_binary(type_name text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    ty reliab_installed;
    tbl text := 'reliab_bin_' || type_name;
    expected text[];
    good bytea;
    p record;
    res text;
    ok_back bool;
    n int := 0;
    n_rejected int := 0;
    n_stored int := 0;
    n_rows bigint;
    kinds text;
    bad text[] := '{}';
    bad_good text[] := '{}';
    bad_crafted text[] := '{}';
BEGIN
    SELECT * INTO ty FROM reliab_installed WHERE typ = type_name;
    IF NOT FOUND THEN
        RETURN NEXT 'ok - skipped: binary ' || type_name || ' not installed';
        RETURN;
    END IF;
    PERFORM setseed(0.31);
    -- a domain's recv is its base type's, then its CHECK
    expected := CASE WHEN ty.is_domain THEN ARRAY['22P03', '23514', '22021', '22P05']
                     ELSE ARRAY['22P03'] END;
    EXECUTE format('CREATE TABLE %I (v %s)', tbl, ty.regtype);

    -- the samples' own bytes are read back as the same value
    FOR good IN EXECUTE format('SELECT %s(s::%s) FROM unnest($1) s', ty.send_fn, ty.regtype)
        USING ty.samples
    LOOP
        res := reliab_copy_bin(tbl::regclass, good);
        EXECUTE format('SELECT count(*) = 1 AND bool_and(%1$s(v) = $1) FROM %2$I', ty.send_fn, tbl)
            INTO ok_back USING good;
        IF res <> 'stored' OR NOT coalesce(ok_back, false) THEN
            bad_good := bad_good || (encode(good, 'hex') || ': ' || res);
        END IF;
        EXECUTE format('TRUNCATE %I', tbl);
    END LOOP;
    IF cardinality(bad_good) = 0 THEN
        RETURN NEXT format('ok - binary %s: the send() bytes of %s samples are read back unchanged',
                           type_name, cardinality(ty.samples));
    ELSE
        RETURN NEXT format('not ok - binary %s: samples not read back: %s', type_name,
                           array_to_string(bad_good[1:5], '; '));
    END IF;

    SELECT string_agg(k || ' ' || c, ', ' ORDER BY k) INTO kinds
      FROM (SELECT kind AS k, count(*) AS c FROM reliab_payloads(ty) GROUP BY kind) s;
    PERFORM setseed(0.31);
    FOR p IN SELECT * FROM reliab_payloads(ty) LOOP
        n := n + 1;
        res := reliab_copy_bin(tbl::regclass, p.payload);
        IF res = 'stored' THEN
            n_stored := n_stored + 1;
            -- accepted: must be the one encoding of a valid value
            BEGIN
                EXECUTE format('SELECT bool_and(%1$s(v) = $1 AND %1$s(v::text::%2$s) = $1) FROM %3$I',
                               ty.send_fn, ty.regtype, tbl)
                    INTO ok_back USING p.payload;
            EXCEPTION WHEN others THEN
                ok_back := false;   -- stored, but its text does not read back
            END;
            EXECUTE format('DELETE FROM %I', tbl);
            IF NOT coalesce(ok_back, false) THEN
                bad := bad || (p.kind || ' ' || encode(p.payload, 'hex') || ': stored, not canonical');
            END IF;
            IF p.kind = 'crafted' THEN
                bad_crafted := bad_crafted || encode(p.payload, 'hex');
            END IF;
        ELSIF res = ANY (expected) THEN
            n_rejected := n_rejected + 1;
        ELSE
            bad := bad || (p.kind || ' ' || left(encode(p.payload, 'hex'), 80) || ': SQLSTATE ' || res);
        END IF;
    END LOOP;
    IF cardinality(bad) = 0 THEN
        RETURN NEXT format('ok - binary %s: %s hostile payloads (%s): %s rejected with %s, %s accepted, each the canonical encoding of a valid value',
                           type_name, n, kinds, n_rejected, array_to_string(expected, '/'), n_stored);
    ELSE
        RETURN NEXT format('not ok - binary %s: %s of %s payloads mishandled, e.g. %s', type_name,
                           cardinality(bad), n, array_to_string(bad[1:5], '; '));
    END IF;
    IF cardinality(ty.bad_hex) > 0 THEN
        RETURN NEXT format('%sok - binary %s: %s crafted out-of-range payloads rejected%s',
                           CASE WHEN cardinality(bad_crafted) > 0 THEN 'not ' ELSE '' END,
                           type_name, cardinality(ty.bad_hex),
                           CASE WHEN cardinality(bad_crafted) > 0
                                THEN ' (stored: ' || array_to_string(bad_crafted, ', ') || ')' ELSE '' END);
    END IF;
    EXECUTE format('SELECT count(*) FROM %I', tbl) INTO n_rows;
    RETURN NEXT format('%sok - binary %s: nothing is left stored after the hostile COPYs (%s rows)',
                       CASE WHEN n_rows = 0 THEN '' ELSE 'not ' END, type_name, n_rows);
    EXECUTE format('DROP TABLE %I', tbl);
END $$;
