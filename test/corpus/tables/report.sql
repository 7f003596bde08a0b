-- conformance_report on the real tables (loaded by ./load into schema corpus):
-- the kind it gives each column against the kind a person gave it (kinds.tsv),
-- and its suggestions run on a copy of each table against the cells a person
-- rewrote (rewrites.tsv).  Run by ./quick; psql variable dir = this directory.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TABLE corpus.kinds (tbl text, col text, kind text, note text, pos serial);
\set kinds_file :dir '/kinds.tsv'
\set rewrites_file :dir '/rewrites.tsv'
COPY corpus.kinds (tbl, col, kind, note) FROM :'kinds_file' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01');
CREATE TABLE corpus.rewrites (tbl text, col text, before text, after text, note text);
COPY corpus.rewrites FROM :'rewrites_file' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01');
UPDATE corpus.rewrites SET before = coalesce(before, ''), after = CASE WHEN after = 'NULL' THEN NULL ELSE coalesce(after, '') END;

-- kinds.tsv names columns by their place in the header (some header cells are empty)
CREATE TABLE corpus.result AS
SELECT k.tbl, k.n, k.col, k.kind AS human, coalesce(r.guideline_type, 'text') AS ours,
       r.column_name, r.total, r.conforming, r.fixable, r.suggestion
  FROM (SELECT *, row_number() OVER (PARTITION BY tbl ORDER BY pos) AS n FROM corpus.kinds) k
  LEFT JOIN LATERAL conformance_report(format('corpus.%I', k.tbl)::regclass) WITH ORDINALITY
       r(column_name, guideline_type, total, conforming, nonconforming, example_bad, suggestion,
         fixable, example_error, preview, n) ON r.n = k.n;

\echo 'kinds: agreeing / columns'
SELECT count(*) FILTER (WHERE human = ours) AS agree, count(*) AS columns FROM corpus.result;
\echo 'kinds: where they differ'
SELECT tbl, col, human, ours FROM corpus.result WHERE human <> ours ORDER BY tbl, n;

-- the suggestions, run on copies (with the row's place, to find it again)
CREATE SCHEMA fixed;
DO $$
DECLARE
    t text;
    s record;
BEGIN
    FOR t IN SELECT DISTINCT tbl FROM corpus.kinds ORDER BY 1 LOOP
        EXECUTE format('CREATE TABLE fixed.%I AS SELECT row_number() OVER () AS odi_row, * FROM corpus.%I', t, t);
        FOR s IN SELECT column_name, suggestion
                   FROM conformance_report(format('fixed.%I', t)::regclass)
                  WHERE suggestion NOT LIKE '--%' LOOP
            BEGIN
                EXECUTE s.suggestion;
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING 'the suggestion for %.% fails: %', t, s.column_name, SQLERRM;
            END;
        END LOOP;
    END LOOP;
END $$;
CREATE FUNCTION pg_temp.cell(t text, c text, row_no bigint, fixed boolean) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v text;
BEGIN
    IF fixed THEN
        IF NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = format('fixed.%I', t)::regclass
                                                 AND attname = c AND NOT attisdropped) THEN
            RETURN '(column dropped)';
        END IF;
        EXECUTE format('SELECT %I::text FROM fixed.%I WHERE odi_row = $1', c, t) INTO v USING row_no;
    ELSE
        EXECUTE format('SELECT %I FROM (SELECT row_number() OVER () AS odi_row, * FROM corpus.%I) s WHERE odi_row = $1', c, t)
           INTO v USING row_no;
    END IF;
    RETURN v;
END $$;
CREATE FUNCTION pg_temp.rows_with(t text, c text, v text) RETURNS SETOF bigint
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT odi_row FROM (SELECT row_number() OVER () AS odi_row, * FROM corpus.%I) s '
                                'WHERE coalesce(%I, '''') = $1 LIMIT 1', t, c) USING v;
END $$;
-- the form the kind's type prints a conforming value in (JL. is Jl.)
CREATE FUNCTION pg_temp.canonical(v text, kind text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    t regtype := (SELECT type_name FROM guideline_types() g WHERE g.kind = canonical.kind);
    printed text;
BEGIN
    IF v IS NULL OR t IS NULL THEN
        RETURN v;
    END IF;
    EXECUTE format('SELECT $1::%s::text', t) INTO printed USING v;
    RETURN printed;
EXCEPTION WHEN invalid_text_representation OR check_violation THEN
    RETURN v;
END $$;
-- each cell a person rewrote: fixed as the person did (in the type's printed
-- form, letter case aside), left for a person, or damaged
CREATE TABLE corpus.rewrite_result AS
SELECT w.tbl, w.col, w.before, w.after, g.got,
       CASE WHEN g.got IS NOT DISTINCT FROM w.after THEN 'as a person'
            WHEN lower(g.got) IS NOT DISTINCT FROM lower(pg_temp.canonical(w.after, k.kind)) THEN 'as a person'
            WHEN g.got IS NOT DISTINCT FROM w.before OR w.before = '' AND g.got IS NULL THEN 'left'
            ELSE 'DAMAGED' END AS outcome
  FROM corpus.rewrites w
  JOIN corpus.kinds k ON k.tbl = w.tbl AND k.col = w.col,
       pg_temp.rows_with(w.tbl, w.col, w.before) r,
       LATERAL (SELECT pg_temp.cell(w.tbl, w.col, r, true) AS got) g;
\echo 'rewrites: outcome'
SELECT outcome, count(*) FROM corpus.rewrite_result GROUP BY 1 ORDER BY 1;
\echo 'rewrites: left or damaged'
SELECT tbl, col, before, after, got, outcome FROM corpus.rewrite_result WHERE outcome <> 'as a person' ORDER BY outcome, tbl, col;
-- a column a person calls text keeps every value
CREATE TABLE corpus.text_changed AS
SELECT r.tbl, r.col
  FROM corpus.result r
 WHERE r.human = 'text' AND r.column_name IS NOT NULL
   AND (SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid = format('fixed.%I', r.tbl)::regclass
                                                  AND attname = r.column_name AND atttypid <> 'text'::regtype));
\echo 'text columns converted'
SELECT * FROM corpus.text_changed;

-- the oracle: where the former algorithm gives the kind a person gives, the
-- counts must be the same
\i :dir/oracle.sql
CREATE TABLE corpus.oracle AS
SELECT k.tbl, k.n, o.guideline_type AS oracle_kind, o.total, o.conforming, o.nonconforming
  FROM (SELECT DISTINCT tbl, row_number() OVER (PARTITION BY tbl ORDER BY pos) AS n FROM corpus.kinds) k
  JOIN LATERAL pg_temp.conformance_report_oracle(format('corpus.%I', k.tbl)::regclass) WITH ORDINALITY
       o(column_name, guideline_type, total, conforming, nonconforming, example_bad, suggestion,
         fixable, example_error, n) ON o.n = k.n;
\echo 'oracle: columns where it was right / where we count differently'
SELECT count(*) FILTER (WHERE o.oracle_kind = r.human) AS oracle_right,
       count(*) FILTER (WHERE o.oracle_kind = r.human
                          AND (o.total, o.conforming, o.nonconforming) IS DISTINCT FROM (r.total, r.conforming, r.total - r.conforming)) AS counted_differently
  FROM corpus.oracle o JOIN corpus.result r USING (tbl, n);

\pset tuples_only on
\pset format unaligned
SELECT CASE WHEN bool_and(human = ours) THEN 'ok' ELSE 'not ok' END
       || format(' - %s: conformance_report gives each of its %s columns the kind a person gives', tbl, count(*))
       || coalesce(' (differs: ' || string_agg(format('%s is %s, not %s', col, ours, human), ', ') FILTER (WHERE human <> ours) || ')', '')
  FROM corpus.result GROUP BY tbl ORDER BY tbl;
SELECT CASE WHEN count(*) FILTER (WHERE outcome = 'DAMAGED') = 0 THEN 'ok' ELSE 'not ok' END
       || format(' - %s: its suggestions, run, damage none of the %s cells a person rewrote (%s as a person, %s left to a person)',
                 tbl, count(*), count(*) FILTER (WHERE outcome = 'as a person'), count(*) FILTER (WHERE outcome = 'left'))
       || coalesce(' (damaged: ' || string_agg(format('%s %L → %L', col, before, got), ', ') FILTER (WHERE outcome = 'DAMAGED') || ')', '')
  FROM corpus.rewrite_result GROUP BY tbl ORDER BY tbl;
SELECT CASE WHEN count(t.col) = 0 THEN 'ok' ELSE 'not ok' END
       || ' - no column a person calls text is converted by the suggestions'
       || coalesce(' (' || string_agg(t.tbl || '.' || t.col, ', ') || ')', '')
  FROM corpus.text_changed t;
SELECT CASE WHEN count(*) FILTER (WHERE (o.total, o.conforming, o.nonconforming) IS DISTINCT FROM (r.total, r.conforming, r.total - r.conforming)) = 0
            THEN 'ok' ELSE 'not ok' END
       || format(' - the counts agree with the former algorithm on the %s columns where it gave the right kind', count(*))
  FROM corpus.oracle o JOIN corpus.result r USING (tbl, n)
 WHERE o.oracle_kind = r.human;
