-- The algorithm of conformance_report in 0.3 before it read column names and
-- samples (every kind's validator and reader on every value, the kind with the
-- most values), kept as the oracle of test/corpus/tables/report.sql: where it
-- gives the kind a person gives, the new one must count the same.
CREATE FUNCTION pg_temp.conformance_report_oracle(rel regclass)
RETURNS TABLE(column_name text, guideline_type text, total bigint, conforming bigint,
              nonconforming bigint, example_bad text, suggestion text,
              fixable bigint, example_error text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    t_kind text[];
    t_type regtype[];
    t_valid regproc[];
    t_reader regproc[];
    t_readable text[];
    t_rewrite text[];
    t_register regproc[];
    c_name text[];
    c_type regtype[];
    kb int;
    nk int;
    ncol int;
    stride int;
    inner_list text[] := '{}';
    mid_list text[] := '{}';
    count_list text[] := '{}';
    text_list text[] := '{}';
    register_list text[] := '{}';
    counts bigint[];
    texts text[];
    registered bigint[];
    in_register bigint;
    note text;
    best int;
    best_score bigint;
    score bigint;
    textlike boolean;
    arg text;
    conv text;
    currency_col text;
    fence text := 'OFFSET 0';
    distributed boolean;
BEGIN
    SELECT array_agg(g.kind ORDER BY g.n), array_agg(g.type_name ORDER BY g.n),
           array_agg(g.validator ORDER BY g.n), array_agg(g.reader ORDER BY g.n),
           array_agg(g.readable ORDER BY g.n), array_agg(g.rewrite ORDER BY g.n)
      INTO t_kind, t_type, t_valid, t_reader, t_readable, t_rewrite
      FROM public.guideline_types() WITH ORDINALITY AS g(kind, type_name, validator,
                                                        reader, readable, rewrite, n);
    -- a kind whose values have a place in the register of areas: T_in_register(T)
    SELECT array_agg(to_regprocedure(format('%s_in_register(%s)', t, t))::regproc ORDER BY n)
      INTO t_register
      FROM unnest(t_type) WITH ORDINALITY AS u(t, n);
    nk := coalesce(array_length(t_kind, 1), 0);
    stride := 1 + 2 * nk;
    SELECT array_agg(a.attname::text ORDER BY a.attnum), array_agg(a.atttypid::regtype ORDER BY a.attnum)
      INTO c_name, c_type
      FROM pg_attribute a
     WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped;
    ncol := coalesce(array_length(c_name, 1), 0);
    IF ncol = 0 THEN
        RETURN;
    END IF;

    -- One scan.  Each validator and reader runs once per value (OFFSET 0 keeps the
    -- planner from copying them into every aggregate); NULL and '' are missing values.
    -- On a table Citus distributes, the fence would make Citus gather every row's
    -- results on the coordinator; without it the aggregates run on the workers
    -- (2.1 to 2.6 times faster on 100,000 rows, though a validator may run more than
    -- once per value).
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.count(*) > 0 FROM pg_catalog.pg_dist_partition '
                'WHERE logicalrelid OPERATOR(pg_catalog.=) $1 AND partmethod OPERATOR(pg_catalog.<>) ''n'''
           INTO distributed USING rel;
        IF distributed THEN
            fence := '';
        END IF;
    END IF;
    FOR i IN 1 .. ncol LOOP
        inner_list := inner_list || format('nullif(%I::text, %L) AS v%s', c_name[i], '', i);
        mid_list := mid_list || format('v%s', i);
        count_list := count_list || format('count(v%s)', i);
        FOR k IN 1 .. nk LOOP
            mid_list := mid_list || format('%s(v%s) AS o%s_%s, coalesce(%s, false) AS f%s_%s',
                                           t_valid[k], i, i, k,
                                           format(coalesce(t_readable[k], 'false'), 'v' || i), i, k);
            count_list := count_list
                || format('count(*) FILTER (WHERE o%s_%s)', i, k)
                || format('count(*) FILTER (WHERE NOT o%s_%s AND f%s_%s)', i, k, i, k);
            text_list := text_list
                || format('min(v%s) FILTER (WHERE NOT o%s_%s AND NOT f%s_%s)', i, i, k, i, k)
                || format('min(v%s) FILTER (WHERE NOT o%s_%s)', i, i, k);
            -- the conforming values the register of areas has (only those are cast)
            register_list := register_list
                || CASE WHEN t_register[k] IS NULL THEN 'NULL::bigint'
                        ELSE format('count(*) FILTER (WHERE CASE WHEN o%s_%s THEN %s(v%s::%s) END)',
                                    i, k, t_register[k], i, t_type[k]) END;
        END LOOP;
    END LOOP;
    EXECUTE format('SELECT ARRAY[%s]::bigint[], ARRAY[%s]::text[], ARRAY[%s]::bigint[] '
                   'FROM (SELECT %s FROM (SELECT %s FROM %s) s0 %s) s',
                   array_to_string(count_list, ', '),
                   coalesce(nullif(array_to_string(text_list, ', '), ''), 'NULL'),
                   coalesce(nullif(array_to_string(register_list, ', '), ''), 'NULL'),
                   array_to_string(mid_list, ', '), array_to_string(inner_list, ', '), rel, fence)
        INTO counts, texts, registered;

    FOR i IN 1 .. ncol LOOP
        column_name := c_name[i];
        total := counts[(i - 1) * stride + 1];
        best := NULL;
        best_score := 0;
        FOR k IN 1 .. nk LOOP
            IF c_type[i] = t_type[k] THEN
                best := k;
                best_score := total;
                EXIT;
            END IF;
            score := counts[(i - 1) * stride + 2 * k] + counts[(i - 1) * stride + 2 * k + 1];
            IF score > best_score THEN
                best := k;
                best_score := score;
            END IF;
        END LOOP;
        guideline_type := NULL;
        conforming := 0;
        nonconforming := 0;
        fixable := 0;
        example_bad := NULL;
        example_error := NULL;
        suggestion := NULL;
        IF total = 0 THEN
            RETURN NEXT;                    -- no values: no kind
            CONTINUE;
        ELSIF best IS NULL OR best_score * 2 < total THEN
            guideline_type := 'text';       -- G4.1-TEXT: any characters conform
            conforming := total;
            RETURN NEXT;
            CONTINUE;
        END IF;

        kb := best;
        guideline_type := t_kind[kb];
        conforming := counts[(i - 1) * stride + 2 * best];
        fixable := counts[(i - 1) * stride + 2 * best + 1];
        nonconforming := total - conforming;
        -- the first value a person must correct, else the first one the reader fixes
        example_bad := coalesce(texts[(i - 1) * 2 * nk + 2 * best - 1],
                                texts[(i - 1) * 2 * nk + 2 * best]);
        IF example_bad IS NOT NULL THEN
            example_error := public.guideline_error(example_bad, guideline_type);
        END IF;
        -- addresses: conforming values whose kelurahan, kecamatan and city the
        -- register of areas does not have are for a person to check
        in_register := registered[(i - 1) * nk + kb];
        note := CASE WHEN in_register < conforming
                     THEN format('-- %s of %s conforming value(s) are in the register of areas; check the others: '
                                 'SELECT %I FROM %s WHERE %s', in_register, conforming, column_name, rel,
                                 CASE WHEN c_type[i] = t_type[kb]
                                      THEN format('NOT %s(%I)', t_register[kb], column_name)
                                      ELSE format('CASE WHEN %1$s(%2$I%3$s) THEN NOT %4$s(%2$I::%5$s) END',
                                                  t_valid[kb], column_name,
                                                  CASE WHEN c_type[i] IN ('text'::regtype, 'character varying'::regtype,
                                                                          'character'::regtype) THEN '' ELSE '::text' END,
                                                  t_register[kb], t_type[kb]) END) END;

        textlike := c_type[i] IN ('text'::regtype, 'character varying'::regtype, 'character'::regtype);
        IF c_type[i] = t_type[kb] OR (nonconforming = 0 AND NOT textlike) THEN
            suggestion := note;             -- NULL: nothing to do
            RETURN NEXT;
            CONTINUE;
        END IF;
        arg := quote_ident(column_name) || CASE WHEN textlike THEN '' ELSE '::text' END;
        -- '' is a missing value: it becomes NULL
        conv := format('ALTER TABLE %s ALTER COLUMN %I TYPE %s USING ', rel, column_name, t_type[kb])
            || CASE WHEN nonconforming = 0 OR nonconforming > fixable OR t_rewrite[kb] IS NULL
                    THEN format('nullif(%s, %L)::%s', arg, '', t_type[kb])
                    WHEN (SELECT p.prorettype FROM pg_proc p WHERE p.oid = t_reader[kb]) = t_type[kb]
                    THEN format('%s(%s)', t_reader[kb], arg)
                    ELSE format('(CASE WHEN %s(%s) THEN %s ELSE %s END)::%s', t_valid[kb],
                                arg, arg, format(t_rewrite[kb], arg), t_type[kb]) END;
        IF nonconforming = 0 OR (nonconforming = fixable AND t_rewrite[kb] IS NOT NULL) THEN
            suggestion := conv;
        ELSIF fixable = 0 THEN
            suggestion := format('-- %s value(s) cannot be read automatically: correct them by hand, then: %s',
                                 nonconforming, conv);
        ELSE
            IF t_rewrite[kb] IS NOT NULL THEN
                suggestion := format('UPDATE %s SET %I = %s WHERE NOT %s(%s) AND %s',
                                     rel, column_name, format(t_rewrite[kb], arg),
                                     t_valid[kb], arg, format(t_readable[kb], arg));
            ELSE
                -- parse_money (G3-COMPOUND): the amount stays, the currency gets a column
                currency_col := CASE WHEN EXISTS (SELECT 1 FROM pg_attribute a
                                                   WHERE a.attrelid = rel AND a.attname = 'mata_uang')
                                     THEN column_name || '_mata_uang' ELSE 'mata_uang' END;
                suggestion := format('ALTER TABLE %1$s ADD COLUMN %2$I text; UPDATE %1$s SET (%3$I, %2$I) = '
                                     '(SELECT m.amount::text, m.currency FROM %4$s(%5$s) m) WHERE NOT %6$s(%5$s) AND %7$s',
                                     rel, currency_col, column_name, t_reader[kb], arg,
                                     t_valid[kb], format(t_readable[kb], arg));
            END IF;
            IF nonconforming > fixable THEN
                suggestion := suggestion || format('; -- %s value(s) cannot be read: correct them by hand, then: %s',
                                                   nonconforming - fixable, conv);
            ELSE
                suggestion := suggestion || '; ' || conv;
            END IF;
        END IF;
        suggestion := concat_ws('; ', suggestion, note);
        RETURN NEXT;
    END LOOP;
END
$fn$;
