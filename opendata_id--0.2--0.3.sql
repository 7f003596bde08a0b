-- opendata_id 0.2 -> 0.3: the registry of guideline kinds (guideline_registry)
-- from which guideline_types, guideline_error and table_schema now read, the
-- id_kode_wilayah domain, the register of areas (id_wilayah,
-- id_address_area_code, id_address_in_register), id_phone's numbering plan
-- after libphonenumber (universal access numbers, local numbers read in an area),
-- and min and max of id_phone, id_address, id_time_tz and latlong.

\echo Use "ALTER EXTENSION opendata_id UPDATE TO '0.3'" to load this file. \quit

-- id_kode_wilayah: the Kemendagri area code that open datasets are joined on,
-- in its format and in the register of areas (id_wilayah)
CREATE FUNCTION @extschema@.id_kode_wilayah_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE DOMAIN @extschema@.id_kode_wilayah AS text
    CONSTRAINT id_kode_wilayah_check CHECK (@extschema@.id_kode_wilayah_is_valid(VALUE));
COMMENT ON DOMAIN @extschema@.id_kode_wilayah IS 'Kemendagri area code of the register of areas (id_wilayah): NN (province), NN.NN (regency or city), NN.NN.NN (kecamatan), NN.NN.NN.NNNN (kelurahan or desa)';
COMMENT ON FUNCTION @extschema@.id_kode_wilayah_is_valid(text) IS 'true if the text is a Kemendagri area code in its format that is in the register of areas (id_wilayah); never raises';

-- the register of areas (Kemendagri codes; idn-area-data 4.0.1, ODbL), compiled
-- into the library
CREATE FUNCTION @extschema@.id_wilayah()
RETURNS TABLE(code text, parent_code text, level text, name text)
    AS 'MODULE_PATHNAME', 'id_wilayah' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 91599;
COMMENT ON FUNCTION @extschema@.id_wilayah() IS
    'the register of areas (Kemendagri codes; idn-area-data 4.0.1, ODbL): code, parent code (NULL for a province), level (province, regency, district, village) and official name; level by level, in code order';

-- an address's place in the register
CREATE FUNCTION @extschema@.id_address_area_code(@extschema@.id_address) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_in_register(@extschema@.id_address) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_address_area_code(@extschema@.id_address) IS 'the code of the most specific area of the register (id_wilayah) that the kelurahan, kecamatan, city and province match, as 32.73.02.1004; NULL when none matches';
COMMENT ON FUNCTION @extschema@.id_address_in_register(@extschema@.id_address) IS 'true if the register of areas (id_wilayah) has the kelurahan in the kecamatan (when written) in the city in the province (when written); for CHECK constraints';

-- id_phone: a local number ("4517084") read in the area the caller names; the
-- kinds now include universal access numbers (uan)
CREATE FUNCTION @extschema@.id_phone_normalize(text, default_area text) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME', 'id_phone_normalize_in_area' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_phone_normalize(text, text) IS 'reads messy telephone numbers like id_phone_normalize(text), and a local number of 5 to 8 digits in the area default_area (021, 0274); NULL when not understood';
COMMENT ON FUNCTION @extschema@.id_phone_kind(@extschema@.id_phone) IS 'fixed, mobile, toll_free, premium, shared_cost, uan (universal access: 1500 567, 08071 ...), short or foreign';

-- The registry of guideline kinds (src/odi_kinds.h), in its order.
CREATE FUNCTION @extschema@.guideline_registry(
    OUT ord integer, OUT kind text, OUT type_name text, OUT rule text, OUT reader text,
    OUT readable text, OUT schema_field text, OUT schema_pattern text, OUT examples text[])
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'odi_guideline_registry' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 16;
COMMENT ON FUNCTION @extschema@.guideline_registry() IS
    'the registry of guideline kinds: kind, SQL type, rule, the reader of compound values and the regex of what it reads, the Table Schema field and pattern, and values the type accepts';

-- The registry's kinds whose type and validator are installed, resolved.
CREATE OR REPLACE FUNCTION @extschema@.guideline_types(
    OUT kind text, OUT type_name regtype, OUT validator regprocedure,
    OUT reader regprocedure, OUT readable text, OUT rewrite text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH ext AS (
        SELECT e.extnamespace::regnamespace::text AS s
          FROM pg_catalog.pg_extension e WHERE e.extname = 'opendata_id'
    ), f AS (
        SELECT r.*,
               pg_catalog.to_regtype(ext.s || '.' || r.type_name) AS typ,
               pg_catalog.to_regprocedure(ext.s || '.' || r.type_name || '_is_valid(text)') AS val,
               pg_catalog.to_regprocedure(ext.s || '.' || r.type_name || '_normalize(text)') AS norm,
               pg_catalog.to_regprocedure(ext.s || '.' || r.reader || '(text)') AS fb
          FROM @extschema@.guideline_registry() r, ext
    )
    SELECT kind, typ, val, coalesce(norm, fb),
           CASE WHEN norm IS NOT NULL THEN pg_catalog.format('%s(%%1$s) IS NOT NULL', norm::regproc)
                WHEN fb IS NOT NULL THEN pg_catalog.format('%%1$s ~ %L', readable) END,
           -- a reader that returns a date writes it as YYYY-MM-DD; one that
           -- returns a row (parse_money) has no one-value rewrite
           CASE WHEN norm IS NOT NULL THEN pg_catalog.format('%s(%%1$s)::text', norm::regproc)
                WHEN (SELECT p.prorettype FROM pg_catalog.pg_proc p WHERE p.oid = fb) = 'date'::regtype
                THEN pg_catalog.format('to_char(%s(%%1$s), %L)', fb::regproc, 'YYYY-MM-DD') END
      FROM f
     WHERE typ IS NOT NULL AND val IS NOT NULL
     ORDER BY ord
$$;
COMMENT ON FUNCTION @extschema@.guideline_types() IS
    'the guideline types installed, in the order conformance_report prefers them: validator, the function that reads messy values (reader), the SQL condition (%1$s = the value) under which it can, and the expression it rewrites a value to';

COMMENT ON FUNCTION @extschema@.guideline_error(text, text) IS
    'what is wrong with value for the guideline kind (a kind of guideline_types()), in the language of lc_messages; NULL if it conforms';

-- conformance_report: its kinds from column names and a sample, one scan, a preview
DROP FUNCTION @extschema@.conformance_report(regclass);
-- whether parse_money reads an amount, without raising (conformance_report)
CREATE FUNCTION @extschema@.parse_money_is_valid(amount_text text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'odi_sql_parse_money_is_valid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.parse_money_is_valid(text) IS
    'G3-COMPOUND: whether parse_money reads the amount (false where it would raise: an ambiguous separator, no amount)';

-- A value that stands for a missing one in published tables: NULL, blank, a dash,
-- NA, N/A, none, null, nil, kosong, ?.  Spaces, tabs and no-break spaces around
-- it do not count (line breaks do: a cell of several lines is not a mark).
CREATE FUNCTION @extschema@.is_missing_value(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN value IS NULL
    OR pg_catalog.lower(pg_catalog.btrim(value, E' \t\u00a0'))
       OPERATOR(pg_catalog.=) ANY ('{"",-,--,–,—,na,n/a,n.a,n.a.,#n/a,none,"null",nil,kosong,?}'::pg_catalog.text[]);
COMMENT ON FUNCTION @extschema@.is_missing_value(text) IS
    'true for NULL and for what published tables write for a missing value: blank, -, --, NA, N/A, none, null, nil, kosong, ?';

-- What a column's name says of its values, in Indonesian or English: a guideline
-- kind, or count (a quantity), code (an identifier), name (free text), latitude,
-- longitude; NULL when it says nothing.  The first hint in this order wins:
-- 'alamat email' is an email, 'kode pos' a code, 'jumlah penduduk' a count.
CREATE FUNCTION @extschema@.column_hint(column_name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT h.hint
      FROM (VALUES
        (1, 'email', '{email,mail,surel,surat_elektronik}'::text[], '{email,surel}'::text[]),
        (2, 'url', '{url,web,website,situs,laman,homepage,link,tautan,www}', '{website,homepage}'),
        (3, 'phone', '{tel,tlp,telp,telepon,telpon,phone,hp,handphone,ponsel,fax,faks,faksimili,whatsapp,wa}',
                     '{telp,telepon,telpon,phone,faks,fax,ponsel}'),
        (4, 'latitude', '{lat,latitude,lintang,ls,y}', '{latitude,lintang}'),
        (5, 'longitude', '{lon,lng,long,longitude,bujur,bt,x}', '{longitude,bujur}'),
        (6, 'code', '{kode,code,id,nomor,nip,nik,npwp,nisn,npsn,nopol,kodepos}', '{kode}'),
        (7, 'count', '{jumlah,jml,total,banyak,luas,volume,kepadatan,persen,persentase,rasio,kapasitas,'
                     'panjang,lebar,tinggi,berat,anggaran,biaya,harga,nilai,skor,count,amount,number,'
                     'mati,meninggal,tewas,luka,korban,hilang,pengungsi,penduduk,populasi,lama,durasi,'
                     'km,km2,m2,ha,kg,unit,qty}',
                     '{jumlah,luas,kepadatan,persen,anggaran,penduduk}'),
        (8, 'date', '{tanggal,tgl,date}', '{tanggal}'),
        (9, 'time', '{jam,waktu,pukul,time}', '{}'),
        (10, 'year', '{tahun,year,thn}', '{tahun}'),
        (11, 'month', '{bulan,month,bln}', '{}'),
        (12, 'day', '{day}', '{}'),
        (13, 'name', '{nama,name,keterangan,ket,catatan,deskripsi,uraian,jenis,kategori,judul,'
                     'kelurahan,kecamatan,kota,kabupaten,provinsi,wilayah,kab,kec,kel,desa,rt,rw}',
                     '{kelurahan,kecamatan,kabupaten,provinsi,keterangan}'),
        (14, 'address', '{alamat,address,addr}', '{alamat}')) h(prio, hint, words, stems),
           -- a name is at most 63 bytes; of a longer text the first 200 characters
           LATERAL (SELECT pg_catalog.regexp_split_to_table(pg_catalog.lower(pg_catalog.left(column_name, 200)),
                                                            '[^a-z0-9]+') AS token) t
     WHERE t.token OPERATOR(pg_catalog.=) ANY (h.words)
        OR EXISTS (SELECT FROM pg_catalog.unnest(h.stems) s WHERE pg_catalog.strpos(t.token, s) > 0)
     ORDER BY h.prio
     LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.column_hint(text) IS
    'what a column name says of its values (telp, alamat, tanggal, jumlah, kode, lat/lintang, ...): a guideline kind, count, code, name, latitude or longitude; NULL if nothing';


CREATE FUNCTION @extschema@.conformance_report(rel regclass)
RETURNS TABLE(column_name text, guideline_type text, total bigint, conforming bigint,
              nonconforming bigint, example_bad text, suggestion text,
              fixable bigint, example_error text, preview text)
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    sample_rows constant int := 1000;
    ws constant text := E' \t\r\n\u00a0';
    ext constant text := '@extschema@';
    t_kind text[];
    t_type regtype[];
    t_valid regproc[];
    t_reader regproc[];
    t_readable text[];
    t_rewrite text[];
    t_register regproc[];
    nk int;
    ncol int;
    c_name text[];
    c_type regtype[];
    c_hint text[];
    c_textlike boolean[];
    c_native boolean[];         -- its SQL type conforms by itself
    c_kind int[];               -- the kind found (index into t_*); NULL: text
    c_read text[];              -- how a value %1$s that fails is read: SQL giving the conforming text or NULL
    c_using text[];             -- the same giving the type, when a normaliser reads it
    c_weak text[];              -- why that reading must not run unseen; NULL if it may
    c_note text[];              -- what else a person should know
    c_named boolean[];          -- its kind comes from its name: the values cannot overrule it
    c_bare boolean[];           -- numbers written .241
    c_coord boolean[];          -- named for a latitude or longitude, and holds numbers
    c_max numeric[];            -- a coordinate's largest absolute value in the sample
    c_pair int[];               -- the other column of a latitude/longitude pair
    c_order text[];             -- a date column's order of fields (DMY, MDY)
    c_area text[];              -- a phone column's area code for local numbers
    c_local bigint[];           -- its local numbers in the sample
    sample text[];
    n_sample int;
    ev record;
    q_sample text;
    q_preview text;
    o_expr text;
    o_ref text;
    strong bigint[];
    readable bigint[];
    allowed text[];
    hinted text;
    best int;
    best_score bigint;
    score bigint;
    k int;
    lat_col int;
    lon_col int;
    c_swap boolean := false;
    parts text;                 -- the arguments of id_address_from_parts, when the table has the parts
    part_args text;
    part_col text;
    part_err text;
    arg text;
    inner_list text[] := '{}';
    valid_list text[] := '{}';
    read_list text[] := '{}';
    agg_list text[] := '{}';
    text_list text[] := '{}';
    res bigint[];
    texts text[];
    stride constant int := 7;
    est bigint;
    loud boolean;
    fence text := 'OFFSET 0';
    distributed boolean;
    in_register bigint;
    missing bigint;
    money bigint;
    note text;
    conv text;
    fix text;
    currency_col text;
    new_col text;               -- the column a suggestion adds
    area text;
    first_col text;
    second_col text;
BEGIN
    SELECT array_agg(g.kind ORDER BY g.n), array_agg(g.type_name ORDER BY g.n),
           array_agg(g.validator ORDER BY g.n), array_agg(g.reader ORDER BY g.n),
           array_agg(g.readable ORDER BY g.n), array_agg(g.rewrite ORDER BY g.n)
      INTO t_kind, t_type, t_valid, t_reader, t_readable, t_rewrite
      FROM @extschema@.guideline_types() WITH ORDINALITY AS g(kind, type_name, validator,
                                                        reader, readable, rewrite, n);
    -- a kind whose values have a place in the register of areas: T_in_register(T)
    SELECT array_agg(to_regprocedure(format('%s_in_register(%s)', t, t))::regproc ORDER BY n)
      INTO t_register
      FROM unnest(t_type) WITH ORDINALITY AS u(t, n);
    nk := coalesce(array_length(t_kind, 1), 0);
    SELECT array_agg(a.attname::text ORDER BY a.attnum), array_agg(a.atttypid::regtype ORDER BY a.attnum),
           array_agg(@extschema@.column_hint(a.attname) ORDER BY a.attnum),
           array_agg(a.atttypid IN ('text'::regtype, 'character varying'::regtype, 'character'::regtype)
                     ORDER BY a.attnum)
      INTO c_name, c_type, c_hint, c_textlike
      FROM pg_attribute a
     WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped;
    ncol := coalesce(array_length(c_name, 1), 0);
    IF ncol = 0 THEN
        RETURN;
    END IF;
    c_native := array_fill(false, ARRAY[ncol]);
    c_kind := array_fill(NULL::int, ARRAY[ncol]);
    c_read := array_fill(NULL::text, ARRAY[ncol]);
    c_using := array_fill(NULL::text, ARRAY[ncol]);
    c_weak := array_fill(NULL::text, ARRAY[ncol]);
    c_note := array_fill(NULL::text, ARRAY[ncol]);
    c_named := array_fill(false, ARRAY[ncol]);
    c_bare := array_fill(false, ARRAY[ncol]);
    c_coord := array_fill(false, ARRAY[ncol]);
    c_max := array_fill(NULL::numeric, ARRAY[ncol]);
    c_pair := array_fill(NULL::int, ARRAY[ncol]);
    c_order := array_fill(NULL::text, ARRAY[ncol]);
    c_area := array_fill(NULL::text, ARRAY[ncol]);
    c_local := array_fill(0::bigint, ARRAY[ncol]);

    -- the rows, estimated as the planner does (reltuples scaled to the table's
    -- size now): from 100000 on, NOTICEs say where it is
    SELECT CASE WHEN c.reltuples >= 0 AND c.relpages > 0
                THEN c.reltuples / c.relpages * (pg_relation_size(c.oid) / current_setting('block_size')::int)
                WHEN c.reltuples >= 0 THEN c.reltuples
                ELSE pg_relation_size(c.oid) / 100 END
      INTO est
      FROM pg_class c WHERE c.oid = rel;
    loud := coalesce(est, 0) >= 100000;

    ------------------------------------------------------------------------
    -- 1. Each column's kind, from its name and its first sample_rows rows, on
    -- which the validators (of the trimmed value) and readers of every kind its
    -- name leaves open run.
    ------------------------------------------------------------------------
    EXECUTE format('SELECT ARRAY[%s]::text[], count(*)::int FROM (SELECT * FROM %s LIMIT %s) s',
                   (SELECT string_agg(format('array_agg(%I::text)', n), ', ') FROM unnest(c_name) n),
                   rel, sample_rows)
       INTO sample, n_sample;
    IF loud THEN
        RAISE NOTICE 'conformance_report: %: the kinds of % column(s), from their names and first % rows',
                     rel, ncol, n_sample;
    END IF;

    FOR i IN 1 .. ncol LOOP
        IF c_type[i] = ANY (t_type) THEN
            c_kind[i] := array_position(t_type, c_type[i]);
            c_native[i] := true;
            CONTINUE;
        ELSIF c_type[i] IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype, 'numeric'::regtype,
                            'real'::regtype, 'double precision'::regtype) THEN
            c_kind[i] := array_position(t_kind, 'number');
            c_native[i] := true;
            c_coord[i] := c_hint[i] IN ('latitude', 'longitude');
            CONTINUE;
        ELSIF c_type[i] = 'date'::regtype THEN
            c_kind[i] := array_position(t_kind, 'date');
            c_native[i] := true;
            CONTINUE;
        END IF;
        CONTINUE WHEN n_sample = 0;
        -- a name narrows the kinds: counts are numbers, codes not years, names text
        hinted := CASE c_hint[i] WHEN 'count' THEN 'number' WHEN 'code' THEN 'kode_wilayah'
                                 WHEN 'latitude' THEN 'number' WHEN 'longitude' THEN 'number'
                                 ELSE c_hint[i] END;
        allowed := CASE WHEN c_hint[i] IS NULL THEN t_kind
                        WHEN c_hint[i] = 'name' THEN '{}'
                        WHEN c_hint[i] = 'date' THEN '{date,day}'
                        ELSE ARRAY[hinted] END;
        CONTINUE WHEN allowed = '{}';
        -- what the sample must say of the values, and only that
        q_sample := format(
            'SELECT count(*) AS n, count(*) FILTER (WHERE t ~ ''^[A-Za-z]'') AS words, %s AS leading_zero,'
            ' %s AS bare_decimal, %s AS level, %s AS clock, %s AS web, %s AS street, %s AS coordinate,'
            ' %s AS max_abs, %s AS local_phone, %s AS max_first, %s AS max_second,'
            ' ARRAY[%s]::bigint[] AS strong, ARRAY[%s]::bigint[] AS readable'
            ' FROM (SELECT v, btrim(v, %L) AS t FROM unnest($1) v WHERE NOT %s.is_missing_value(v)) s',
            CASE WHEN 'number' = ANY (allowed) THEN 'count(*) FILTER (WHERE t ~ ''^[-+]?0[0-9]'')' ELSE '0::bigint' END,
            CASE WHEN 'number' = ANY (allowed) THEN 'count(*) FILTER (WHERE t ~ ''^[-+]?\.[0-9]+$'')' ELSE '0::bigint' END,
            CASE WHEN c_hint[i] = 'code'
                 THEN 'count(*) FILTER (WHERE $2 IS NULL OR length(t) - length(replace(t, ''.'', '''')) = $2)'
                 ELSE 'count(*)' END,
            CASE WHEN 'time' = ANY (allowed) AND c_hint[i] IS NULL
                 THEN format('count(*) FILTER (WHERE t ~* %L)', '[0-9]:[0-5][0-9]|\m(wib|wita|wit|pukul)\M') ELSE '0::bigint' END,
            CASE WHEN 'url' = ANY (allowed) AND c_hint[i] IS NULL
                 THEN format('count(*) FILTER (WHERE t ~* %L)',
                             '^(https?://|www\.)|\.(go|co|ac|or|sch|net|web|my|biz|mil|desa)\.id(/|$)|\.(com|org|net|id|info)(/|$)')
                 ELSE '0::bigint' END,
            CASE WHEN c_hint[i] = 'address'
                 THEN format('count(*) FILTER (WHERE t ~* %L)',
                             '\m(jl|jln|jalan|gg|gang|kompleks|komplek|komp|perum|blok|no|nomor|rt|rw|kav)\M')
                 ELSE '0::bigint' END,
            CASE WHEN c_hint[i] IN ('latitude', 'longitude')
                 THEN 'count(*) FILTER (WHERE t ~ ''^[-+]?[0-9]{1,3}[.,][0-9]+$'')' ELSE '0::bigint' END,
            CASE WHEN c_hint[i] IN ('latitude', 'longitude')
                 THEN 'max(abs(replace(t, '','', ''.'')::numeric)) FILTER (WHERE t ~ ''^[-+]?[0-9]{1,3}[.,][0-9]+$'')'
                 ELSE 'NULL::numeric' END,
            CASE WHEN c_hint[i] = 'phone'
                 THEN 'count(*) FILTER (WHERE translate(t, '' .()/-'', '''') ~ ''^[1-9][0-9]{4,7}$'')' ELSE '0::bigint' END,
            CASE WHEN 'date' = ANY (allowed)
                 THEN 'max(substring(t FROM ''^([0-9]{1,2})[/.-][0-9]{1,2}[/.-][0-9]{4}'')::int)' ELSE 'NULL::int' END,
            CASE WHEN 'date' = ANY (allowed)
                 THEN 'max(substring(t FROM ''^[0-9]{1,2}[/.-]([0-9]{1,2})[/.-][0-9]{4}'')::int)' ELSE 'NULL::int' END,
            (SELECT string_agg(CASE WHEN kd = ANY (allowed) THEN format('count(*) FILTER (WHERE %s(t))', v) ELSE '0::bigint' END,
                               ', ' ORDER BY n)
               FROM unnest(t_kind, t_valid) WITH ORDINALITY u(kd, v, n)),
            (SELECT string_agg(CASE WHEN kd = ANY (allowed) AND r IS NOT NULL
                                    THEN format('count(*) FILTER (WHERE NOT %s(t) AND %s)', v, format(r, 'v'))
                                    ELSE '0::bigint' END, ', ' ORDER BY n)
               FROM unnest(t_kind, t_valid, t_readable) WITH ORDINALITY u(kd, v, r, n)),
            ws, ext);
        -- a code named for a level of the register of areas has that level's form
        EXECUTE q_sample INTO ev
          USING sample[i:i][1:n_sample],
                CASE WHEN c_hint[i] = 'code' THEN
                     CASE WHEN c_name[i] ~* 'prov' THEN 0 WHEN c_name[i] ~* 'kab|kota' THEN 1
                          WHEN c_name[i] ~* 'kec' THEN 2 WHEN c_name[i] ~* 'kel|desa' THEN 3 END END;
        CONTINUE WHEN ev.n = 0;
        strong := ev.strong;
        readable := ev.readable;
        -- weak evidence does not count: a dotted decimal is not a time unless the
        -- name says so, nor a dotted word a web address; 0 and 1 alone are
        -- counts, not booleans; a number with a leading 0 is a code
        FOR k IN 1 .. nk LOOP
            IF t_kind[k] = 'time' AND c_hint[i] IS DISTINCT FROM 'time' THEN
                readable[k] := least(readable[k], ev.clock);
            ELSIF t_kind[k] = 'url' AND c_hint[i] IS DISTINCT FROM 'url' THEN
                readable[k] := least(readable[k], ev.web);
            ELSIF t_kind[k] = 'bool' AND ev.words = 0 THEN
                strong[k] := 0;
            ELSIF t_kind[k] = 'kode_wilayah' THEN
                strong[k] := least(strong[k], ev.level);
            ELSIF t_kind[k] = 'number' THEN
                strong[k] := greatest(strong[k] - ev.leading_zero, 0);
                readable[k] := readable[k] + ev.bare_decimal;
                c_bare[i] := ev.bare_decimal > 0;
            END IF;
        END LOOP;
        best := NULL;
        best_score := 0;
        FOR k IN 1 .. nk LOOP
            CONTINUE WHEN NOT t_kind[k] = ANY (allowed);
            score := strong[k] + readable[k];
            IF score > best_score THEN
                best := k;
                best_score := score;
            END IF;
        END LOOP;
        -- the kind needs half the values, or a fifth when the name names it (not
        -- when it only says "a code" or "a count")
        IF best IS NOT NULL AND best_score * (CASE WHEN t_kind[best] = c_hint[i] THEN 5 ELSE 2 END) >= ev.n THEN
            c_kind[i] := best;
        END IF;
        -- a column named for addresses, of street lines a person completes
        IF c_hint[i] = 'address' AND c_kind[i] IS NULL AND ev.street * 5 >= ev.n THEN
            c_kind[i] := array_position(t_kind, 'address');
            c_named[i] := true;
        END IF;
        -- a column named for phones, of numbers without their area code
        IF c_hint[i] = 'phone' AND ev.local_phone > 0 THEN
            c_local[i] := ev.local_phone;
            IF (best_score + ev.local_phone) * 5 >= ev.n THEN
                c_kind[i] := array_position(t_kind, 'phone');
                -- the area of at least four in five of the numbers that have one
                EXECUTE format('SELECT a FROM (SELECT a, count(*) AS n, sum(count(*)) OVER () AS all_n '
                               'FROM (SELECT substring(%s.id_phone_normalize(v)::text FROM %L) a FROM unnest($1) v) s '
                               'WHERE a IS NOT NULL GROUP BY a) g WHERE n * 5 >= 4 * all_n',
                               ext, '^(0[2-79][0-9]{1,2}) ')
                   INTO area USING sample[i:i][1:n_sample];
                c_area[i] := area;
            END IF;
        END IF;
        -- D/M/YYYY or M/D/YYYY: one order for the column
        IF c_kind[i] = array_position(t_kind, 'date') AND ev.max_first IS NOT NULL THEN
            IF ev.max_first > 12 AND ev.max_second <= 12 THEN
                c_order[i] := 'DMY';
            ELSIF ev.max_second > 12 AND ev.max_first <= 12 THEN
                c_order[i] := 'MDY';
            ELSIF ev.max_first <= 12 AND ev.max_second <= 12 THEN
                c_order[i] := 'DMY';
                c_weak[i] := format('no D/M/YYYY value of the first %s rows has a part above 12, so the day cannot be '
                                    'told from the month: check which comes first (this reads D/M/YYYY; for M/D/YYYY write ''MDY'')',
                                    n_sample);
            ELSE
                c_order[i] := 'DMY';
                c_weak[i] := 'the values mix D/M/YYYY and M/D/YYYY: correct the ones in the other order by hand first';
            END IF;
        END IF;
        -- named for a latitude or longitude and holding numbers: maybe half of a pair
        IF c_hint[i] IN ('latitude', 'longitude') AND ev.coordinate * 2 >= ev.n THEN
            c_coord[i] := true;
            c_max[i] := ev.max_abs;
        END IF;
    END LOOP;

    -- a pair: the first column named for latitudes and the first for longitudes
    SELECT min(n) INTO lat_col FROM unnest(c_hint) WITH ORDINALITY u(h, n) WHERE h = 'latitude' AND c_coord[n];
    SELECT min(n) INTO lon_col FROM unnest(c_hint) WITH ORDINALITY u(h, n) WHERE h = 'longitude' AND c_coord[n];
    IF lat_col IS NOT NULL AND lon_col IS NOT NULL AND 'latlong' = ANY (t_kind) THEN
        c_kind[lat_col] := array_position(t_kind, 'latlong');
        c_kind[lon_col] := c_kind[lat_col];
        c_pair[lat_col] := lon_col;
        c_pair[lon_col] := lat_col;
        c_native[lat_col] := false;
        c_native[lon_col] := false;
        -- a "latitude" above 90 next to a "longitude" within 90: the other way round
        IF c_max[lat_col] > 90 AND c_max[lon_col] <= 90 THEN
            c_swap := true;
            lat_col := c_pair[lat_col];
            lon_col := c_pair[lon_col];
        END IF;
    END IF;
    -- phones without their area code: else the area of the table's other phones
    FOR i IN 1 .. ncol LOOP
        IF c_local[i] > 0 AND c_area[i] IS NULL AND c_kind[i] = array_position(t_kind, 'phone') THEN
            SELECT min(a) INTO area FROM unnest(c_area) a HAVING count(DISTINCT a) = 1;
            c_area[i] := area;
            IF c_area[i] IS NULL THEN
                c_note[i] := format('-- %s value(s) of the first %s rows are numbers without their area code, and '
                                    'the others are not of one area: if they are, read them with '
                                    '%s.id_phone_normalize(%I, area_code)', c_local[i], n_sample, ext, c_name[i]);
            END IF;
        END IF;
    END LOOP;

    -- an address in split columns (alamat, rt, rw, kelurahan, kecamatan, kota,
    -- kode_pos): the parts an address needs, found by their names
    IF to_regprocedure(ext || '.id_address_from_parts(text,text,text,text,text,text,text)') IS NOT NULL THEN
        SELECT string_agg(coalesce(format('v%s', c.n), 'NULL'), ', ' ORDER BY p.ord), count(c.n) FILTER (WHERE p.needed)
          INTO parts, k
          FROM (VALUES (1, 'rt', '^rt$', false), (2, 'rw', '^rw$', false),
                       (3, 'kelurahan', '^(kelurahan|kel|desa|kelurahan_desa|desa_kelurahan|nama_kelurahan)$', true),
                       (4, 'kecamatan', '^(kecamatan|kec|nama_kecamatan)$', false),
                       (5, 'kota', '^(kota|kab|kabupaten|kota_kabupaten|kabupaten_kota|kab_kota|kotamadya|kota_administrasi|wilayah|nama_kota)$', true),
                       (6, 'kode_pos', '^(kode_pos|kodepos|kd_pos|pos)$', true)) p(ord, part, re, needed)
          LEFT JOIN LATERAL (SELECT min(u.n) AS n FROM unnest(c_name) WITH ORDINALITY u(name, n)
                              WHERE lower(btrim(regexp_replace(u.name, '[^A-Za-z0-9]+', '_', 'g'), '_')) ~ p.re) c ON true;
        parts := CASE WHEN k = 3 THEN parts END;
    END IF;

    -- how a value that fails is read: by the kind's normaliser, else trimmed (and
    -- by its reader of compound values)
    FOR i IN 1 .. ncol LOOP
        k := c_kind[i];
        CONTINUE WHEN k IS NULL OR c_native[i] OR c_pair[i] IS NOT NULL;
        c_using[i] := CASE WHEN t_kind[k] = 'phone' AND c_area[i] IS NOT NULL
                           THEN format('%s.id_phone_normalize(%%1$s, %L)', ext, c_area[i])
                           WHEN c_order[i] IS NOT NULL AND to_regprocedure(ext || '.id_date_normalize(text,text)') IS NOT NULL
                           THEN format('%s.id_date_normalize(%%1$s, %L)', ext, c_order[i])
                           WHEN t_readable[k] LIKE '%IS NOT NULL'
                           THEN format('%s(%%1$s)', t_reader[k]) END;
        c_read[i] := CASE WHEN c_using[i] IS NOT NULL THEN c_using[i] || '::text'
                          ELSE format('CASE WHEN %1$s(btrim(%%1$s)) THEN btrim(%%1$s)', t_valid[k])
                               -- .241 is 0.241
                               || CASE WHEN t_kind[k] = 'number' AND c_bare[i]
                                       THEN ' WHEN btrim(%1$s) ~ ''^[-+]?\.[0-9]+$'' THEN regexp_replace(btrim(%1$s), ''^([-+]?)\.'', ''\10.'')'
                                       ELSE '' END
                               || CASE WHEN t_rewrite[k] IS NOT NULL
                                       THEN format(' WHEN %s THEN %s', t_readable[k], t_rewrite[k]) ELSE '' END
                               || ' END' END;
    END LOOP;

    ------------------------------------------------------------------------
    -- 2. One scan: each column's own validator, and its reader on what fails.
    -- The fences (OFFSET 0) keep each function to one call a value.  On a table
    -- Citus distributes they would make Citus gather every row's results on the
    -- coordinator; without them the aggregates run on the workers.
    ------------------------------------------------------------------------
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT pg_catalog.count(*) > 0 FROM pg_catalog.pg_dist_partition '
                'WHERE logicalrelid OPERATOR(pg_catalog.=) $1 AND partmethod OPERATOR(pg_catalog.<>) ''n'''
           INTO distributed USING rel;
        IF distributed THEN
            fence := '';
        END IF;
    END IF;
    FOR i IN 1 .. ncol LOOP
        k := c_kind[i];
        arg := format('v%s', i);
        inner_list := inner_list || format('nullif(%I::text, %L) AS v%s', c_name[i], '', i);
        o_expr := CASE WHEN k IS NULL OR c_native[i] THEN format('%s IS NOT NULL', arg)
                       WHEN c_pair[i] IS NOT NULL THEN 'false'
                       ELSE format('%s(%s)', t_valid[k], arg) END;
        valid_list := valid_list || arg || format('%s AS o%s', o_expr, i);
        -- unfenced (Citus), the readings are computed beside the validator, not above it
        o_ref := CASE WHEN fence = '' THEN o_expr ELSE format('o%s', i) END;
        IF c_pair[i] IS NOT NULL THEN
            -- a latitude and a longitude, read together into one latlong
            first_col := format('v%s', lat_col);
            second_col := format('v%s', lon_col);
            read_list := read_list || format(
                'v%2$s IS NOT NULL AND %1$s.is_missing_value(v%2$s) AS m%2$s, '
                'CASE WHEN v%2$s IS NOT NULL THEN %1$s.latlong_normalize(concat_ws(''; '', %3$s, %4$s))::text END AS f%2$s, '
                'NULL::boolean AS x%2$s', ext, i, first_col, second_col);
        ELSIF c_read[i] IS NOT NULL THEN
            read_list := read_list || format(
                'CASE WHEN NOT %5$s THEN %2$s.is_missing_value(v%1$s) END AS m%1$s, '
                'CASE WHEN NOT %5$s AND NOT %2$s.is_missing_value(v%1$s) THEN %3$s END AS f%1$s, '
                '%4$s AS x%1$s',
                i, ext, format(c_read[i], arg),
                CASE WHEN t_reader[k] IS NOT NULL AND t_rewrite[k] IS NULL
                     THEN format('CASE WHEN NOT %s AND %s THEN %s.parse_money_is_valid(%s) END',
                                 o_ref, format(t_readable[k], arg), ext, arg)
                     WHEN t_register[k] IS NOT NULL
                     THEN format('CASE WHEN %s THEN %s(%s::%s) END', o_ref, t_register[k], arg, t_type[k])
                     ELSE 'NULL::boolean' END,
                o_ref);
        ELSE
            read_list := read_list || format('false AS m%1$s, NULL::text AS f%1$s, %2$s AS x%1$s', i,
                CASE WHEN c_native[i] AND t_register[k] IS NOT NULL
                     THEN format('%s(%s::%s)', t_register[k], arg, t_type[k]) ELSE 'NULL::boolean' END);
        END IF;
        agg_list := agg_list
            || format('count(v%s)', i)
            || format('count(*) FILTER (WHERE o%s)', i)
            || format('count(*) FILTER (WHERE m%s)', i)
            || format('count(*) FILTER (WHERE f%s IS NOT NULL)', i)
            || format('count(*) FILTER (WHERE x%s)', i)
            || CASE WHEN c_order[i] IS NOT NULL
                    THEN format('max(substring(v%1$s FROM %2$L)::int) FILTER (WHERE NOT o%1$s)', i,
                                '^\s*([0-9]{1,2})[/.-][0-9]{1,2}[/.-][0-9]{4}')
                    -- the rows whose parts make an address
                    WHEN parts IS NOT NULL AND t_kind[k] = 'address' AND NOT c_native[i]
                    THEN format('count(*) FILTER (WHERE v%s IS NOT NULL AND %s.id_address_from_parts_error(v%s, %s) IS NULL)',
                                i, ext, i, parts)
                    ELSE 'NULL' END
            || CASE WHEN c_order[i] IS NOT NULL
                    THEN format('max(substring(v%1$s FROM %2$L)::int) FILTER (WHERE NOT o%1$s)', i,
                                '^\s*[0-9]{1,2}[/.-]([0-9]{1,2})[/.-][0-9]{4}')
                    ELSE 'NULL' END;
        text_list := text_list
            || format('min(v%1$s) FILTER (WHERE NOT o%1$s AND NOT m%1$s AND f%1$s IS NULL AND x%1$s IS NOT TRUE)', i)
            || format('min(v%1$s) FILTER (WHERE NOT o%1$s)', i);
    END LOOP;
    IF loud THEN
        RAISE NOTICE 'conformance_report: %: reading about % rows', rel, est;
    END IF;
    -- a table smaller than the sample is read from the sample
    EXECUTE format(CASE WHEN fence = ''
                        THEN 'SELECT ARRAY[%1$s]::bigint[], ARRAY[%2$s]::text[] '
                             'FROM (SELECT %4$s, %3$s FROM (SELECT %5$s FROM %6$s) s0) s2'
                        ELSE 'SELECT ARRAY[%1$s]::bigint[], ARRAY[%2$s]::text[] '
                             'FROM (SELECT *, %3$s FROM (SELECT %4$s FROM (SELECT %5$s FROM %6$s) s0 %7$s) s1 %7$s) s2' END,
                   array_to_string(agg_list, ', '), array_to_string(text_list, ', '),
                   array_to_string(read_list, ', '), array_to_string(valid_list, ', '),
                   array_to_string(inner_list, ', '),
                   CASE WHEN n_sample BETWEEN 1 AND sample_rows - 1
                        THEN format('unnest(%s) AS t(%s)',
                                    (SELECT string_agg(format('($1)[%s:%s][1:%s]', n, n, n_sample), ', ')
                                       FROM generate_series(1, ncol) n),
                                    (SELECT string_agg(quote_ident(n), ', ') FROM unnest(c_name) n))
                        WHEN loud AND fence <> ''
                        THEN format('(SELECT * FROM %s WHERE %s.progress_notice(%L, %s, %s)) r', rel, ext,
                                    'conformance_report', est, CASE WHEN est >= 2000000 THEN 1000000 ELSE 100000 END)
                        ELSE rel::text END,
                   fence)
       INTO res, texts USING sample;

    ------------------------------------------------------------------------
    -- 3. What was found, and what to do
    ------------------------------------------------------------------------
    FOR i IN 1 .. ncol LOOP
        k := c_kind[i];
        column_name := c_name[i];
        total := res[(i - 1) * stride + 1];
        guideline_type := NULL;
        conforming := 0;
        nonconforming := 0;
        fixable := 0;
        example_bad := NULL;
        example_error := NULL;
        suggestion := NULL;
        preview := NULL;
        IF total = 0 THEN
            RETURN NEXT;                    -- no values: no kind
            CONTINUE;
        END IF;
        conforming := res[(i - 1) * stride + 2];
        missing := res[(i - 1) * stride + 3];
        money := CASE WHEN t_reader[k] IS NOT NULL AND t_rewrite[k] IS NULL
                      THEN res[(i - 1) * stride + 5] ELSE 0 END;
        in_register := CASE WHEN t_register[k] IS NOT NULL THEN res[(i - 1) * stride + 5] END;
        fixable := missing + res[(i - 1) * stride + 4] + money;
        nonconforming := total - conforming;
        -- the sample misled if, on the whole column, not half the values are of the kind
        IF k IS NULL OR c_pair[i] IS NULL AND NOT c_native[i] AND NOT c_named[i]
                        AND (conforming + fixable - missing) * 2 < total - missing
                        AND (t_kind[k] IS DISTINCT FROM c_hint[i] OR (conforming + fixable - missing) * 5 < total - missing) THEN
            guideline_type := 'text';       -- G4.1-TEXT: any characters conform
            conforming := total;
            nonconforming := 0;
            fixable := 0;
            RETURN NEXT;
            CONTINUE;
        END IF;
        guideline_type := t_kind[k];
        -- the first value a person must correct, else the first one that is fixed
        example_bad := coalesce(texts[2 * i - 1], texts[2 * i]);
        IF example_bad IS NOT NULL AND c_pair[i] IS NULL THEN
            example_error := @extschema@.guideline_error(example_bad, guideline_type);
        END IF;
        -- a date column's order, checked on every value
        IF c_order[i] IS NOT NULL AND c_weak[i] IS NULL
           AND (c_order[i] = 'DMY' AND res[(i - 1) * stride + 7] > 12
                OR c_order[i] = 'MDY' AND res[(i - 1) * stride + 6] > 12) THEN
            c_weak[i] := 'the values mix D/M/YYYY and M/D/YYYY: correct the ones in the other order by hand first';
        END IF;
        arg := quote_ident(column_name) || CASE WHEN c_textlike[i] THEN '' ELSE '::text' END;
        -- addresses: conforming values whose kelurahan, kecamatan and city the
        -- register of areas does not have are for a person to check
        note := CASE WHEN in_register < conforming
                     THEN format('-- %s of %s conforming value(s) are in the register of areas; check the others: '
                                 'SELECT %I FROM %s WHERE %s', in_register, conforming, column_name, rel,
                                 CASE WHEN c_type[i] = t_type[k]
                                      THEN format('NOT %s(%I)', t_register[k], column_name)
                                      ELSE format('CASE WHEN %1$s(%2$s) THEN NOT %3$s(%2$s::%4$s) END',
                                                  t_valid[k], arg, t_register[k], t_type[k]) END) END;

        IF c_pair[i] IS NOT NULL THEN
            -- G4.5-LAT, G4.5-LON: one latlong column in place of the two
            conforming := 0;
            nonconforming := total;
            fixable := res[(i - 1) * stride + 4] + missing;
            first_col := quote_ident(c_name[lat_col]);
            second_col := quote_ident(c_name[lon_col]);
            IF c_swap THEN
                note := format('-- %s holds the latitudes and %s the longitudes', first_col, second_col);
            END IF;
            fix := format('%s.latlong_normalize(concat_ws(''; '', %s, %s))', ext, first_col, second_col);
            IF i > c_pair[i] THEN
                suggestion := format('-- with %I: see its suggestion (one latlong column)', c_name[c_pair[i]]);
            ELSE
                new_col := CASE WHEN 'lokasi' = ANY (c_name) THEN 'lokasi_latlong' ELSE 'lokasi' END;
                suggestion := concat_ws('; ',
                    format('ALTER TABLE %s ADD COLUMN %I %s.latlong', rel, new_col, ext),
                    format('UPDATE %s SET %I = %s', rel, new_col, fix),
                    CASE WHEN fixable < total
                         THEN format('-- %s row(s) cannot be read: correct them by hand', total - fixable) END,
                    note,
                    format('-- then: ALTER TABLE %s DROP COLUMN %I, DROP COLUMN %I', rel, c_name[i], c_name[c_pair[i]]));
                EXECUTE format('SELECT string_agg(format(''%%s; %%s → %%s'', quote_nullable(a), quote_nullable(b), '
                               'quote_nullable(l)), '', '') FROM (SELECT %s::text AS a, %s::text AS b, %s::text AS l '
                               'FROM %s WHERE %s IS NOT NULL OR %s IS NOT NULL LIMIT 3) s',
                               first_col, second_col, fix, rel, first_col, second_col)
                   INTO preview;
            END IF;
            RETURN NEXT;
            CONTINUE;
        END IF;

        IF parts IS NOT NULL AND t_kind[k] = 'address' AND NOT c_native[i] AND nonconforming > fixable
           AND res[(i - 1) * stride + 6] > conforming + fixable - missing THEN
            -- the street line and the table's other parts make the address
            SELECT string_agg(CASE WHEN a = 'NULL' THEN a ELSE quote_ident(c_name[substr(a, 2)::int]) END,
                              ', ' ORDER BY n)
              INTO part_args
              FROM unnest(string_to_array(format('v%s, ', i) || parts, ', ')) WITH ORDINALITY u(a, n);
            part_col := format('%s.id_address_from_parts(%s)', ext, part_args);
            part_err := format('%s.id_address_from_parts_error(%s)', ext, part_args);
            new_col := CASE WHEN column_name || '_lengkap' = ANY (c_name) THEN column_name || '_lengkap_2'
                            ELSE column_name || '_lengkap' END;
            suggestion := concat_ws('; ',
                format('ALTER TABLE %s ADD COLUMN %I %s', rel, new_col, t_type[k]),
                format('UPDATE %s SET %I = %s WHERE %s IS NULL', rel, new_col, part_col, part_err),
                CASE WHEN res[(i - 1) * stride + 6] < total
                     THEN format('-- %s row(s) do not make an address: SELECT %I, %s FROM %s WHERE %s IS NOT NULL',
                                 total - res[(i - 1) * stride + 6], column_name, part_err, rel, part_err) END,
                note);
            fixable := greatest(fixable, res[(i - 1) * stride + 6]);
            EXECUTE format('SELECT string_agg(format(''%%s → %%s'', quote_literal(%I), quote_nullable(%s::text)), '', '') '
                           'FROM (SELECT * FROM %s WHERE %s IS NOT NULL AND %s IS NULL LIMIT 3) s',
                           column_name, part_col, rel, quote_ident(column_name), part_err)
               INTO preview;
            RETURN NEXT;
            CONTINUE;
        END IF;
        IF c_native[i] OR c_read[i] IS NULL OR (nonconforming = 0 AND NOT c_textlike[i]) THEN
            suggestion := note;             -- NULL: nothing to do
            RETURN NEXT;
            CONTINUE;
        END IF;
        -- the reading of a value that fails; '' and the marks of a missing value become NULL
        fix := format(c_read[i], arg);
        conv := format('ALTER TABLE %s ALTER COLUMN %I TYPE %s USING ', rel, column_name, t_type[k])
            || CASE WHEN nonconforming = 0 OR nonconforming > fixable OR money > 0 OR c_weak[i] IS NOT NULL
                    THEN format('nullif(%s, %L)::%s', arg, '', t_type[k])
                    WHEN c_using[i] IS NOT NULL THEN format(c_using[i], arg)
                    ELSE format('(%s)::%s', fix, t_type[k]) END;
        IF c_weak[i] IS NOT NULL AND nonconforming > 0 THEN
            -- a reading only a person can confirm: a comment
            suggestion := format('-- %s; then: UPDATE %s SET %I = %s WHERE NOT %s(%s); %s',
                                 c_weak[i], rel, column_name, fix, t_valid[k], arg, conv);
        ELSIF nonconforming = 0 OR (nonconforming = fixable AND money = 0) THEN
            suggestion := conv;
        ELSIF fixable = 0 THEN
            suggestion := format('-- %s value(s) cannot be read automatically: correct them by hand, then: %s',
                                 nonconforming, conv);
        ELSE
            suggestion := CASE WHEN fixable > money
                               THEN format('UPDATE %s SET %I = %s WHERE NOT %s(%s) AND (%s.is_missing_value(%s) OR %s IS NOT NULL)',
                                           rel, column_name, fix, t_valid[k], arg, ext, arg, fix) END;
            IF money > 0 THEN
                -- parse_money (G3-COMPOUND): the amount stays, the currency gets a column
                currency_col := CASE WHEN 'mata_uang' = ANY (c_name) THEN column_name || '_mata_uang' ELSE 'mata_uang' END;
                suggestion := concat_ws('; ',
                    format('ALTER TABLE %1$s ADD COLUMN %2$I text; UPDATE %1$s SET (%3$I, %2$I) = '
                           '(SELECT m.amount::text, m.currency FROM %4$s(%5$s) m) WHERE NOT %6$s(%5$s) AND %7$s '
                           'AND %8$s.parse_money_is_valid(%5$s)',
                           rel, currency_col, column_name, t_reader[k], arg, t_valid[k], format(t_readable[k], arg), ext),
                    suggestion);
            END IF;
            IF nonconforming > fixable THEN
                suggestion := suggestion || format('; -- %s value(s) cannot be read: correct them by hand, then: %s',
                                                   nonconforming - fixable, conv);
            ELSE
                suggestion := suggestion || '; ' || conv;
            END IF;
        END IF;
        suggestion := concat_ws('; ', suggestion, note, c_note[i]);
        -- before → after, for the first values the suggestion changes: from the
        -- sample, else from the table
        IF fixable > money THEN
            fix := format(c_read[i], 'v');
            q_preview := 'SELECT string_agg(format(''%%s → %%s'', quote_literal(v), quote_nullable(w)), '', '') '
                        'FROM (SELECT DISTINCT v, w FROM (SELECT v, %s AS w FROM %s) s '
                        'WHERE v <> '''' AND NOT %s(v) AND (w IS NOT NULL OR %s.is_missing_value(v)) ORDER BY w NULLS LAST, v LIMIT 3) p';
            IF n_sample > 0 THEN
                EXECUTE format(q_preview, fix, 'unnest($1) v', t_valid[k], ext)
                   INTO preview USING sample[i:i][1:n_sample];
            END IF;
            IF preview IS NULL AND n_sample = sample_rows THEN
                EXECUTE format(q_preview, fix, format('(SELECT %s AS v FROM %s) t', arg, rel), t_valid[k], ext)
                   INTO preview;
            END IF;
        END IF;
        -- amounts with a currency: the amount and the currency column's value
        IF money > 0 AND n_sample > 0 THEN
            EXECUTE format('SELECT string_agg(format(''%%s → %%s (%%s)'', quote_literal(s.v), quote_literal(m.amount::text), '
                           'm.currency), '', '') '
                           'FROM (SELECT v FROM unnest($1) v WHERE NOT %s(v) AND %s AND %s.parse_money_is_valid(v) LIMIT 3) s, '
                           'LATERAL %s(s.v) m',
                           t_valid[k], format(t_readable[k], 'v'), ext, t_reader[k])
               INTO fix USING sample[i:i][1:n_sample];
            preview := concat_ws(', ', fix, preview);
        END IF;
        RETURN NEXT;
    END LOOP;
    IF loud THEN
        RAISE NOTICE 'conformance_report: %: done', rel;
    END IF;
END
$fn$;
COMMENT ON FUNCTION @extschema@.conformance_report(regclass) IS
    'for every column of a table: the guideline type its name and first rows say it holds, and in one scan how many values conform, one failing value and its error, the ALTER TABLE or UPDATE that fixes it, and what it changes in a few values';


CREATE OR REPLACE FUNCTION @extschema@.table_schema(rel regclass) RETURNS jsonb
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    -- Frictionless Table Schema (v1).  A pattern accepts exactly the text its type
    -- prints (id_email, id_url: the text they accept, lengths aside: the formats check
    -- those), and uses only what XML Schema regular expressions share with the
    -- validators' engines: classes, groups, |, ?, *, +, {m,n}.
    -- It is written ^(...)$: the spec anchors patterns implicitly, but validators hand
    -- them to their language's engine, and tableschema-js searches (unanchored) while
    -- frictionless-py matches "^" + pattern + "$" (where a top-level | escapes one anchor).
    WITH guideline(kind, field) AS (
        -- the registry's field and pattern (the telephone pattern is built from the
        -- numbering plan's tables)
        SELECT r.kind, r.schema_field::jsonb
               || CASE WHEN r.schema_pattern IS NULL THEN '{}'::jsonb
                       ELSE jsonb_build_object('constraints', jsonb_build_object(
                                'pattern', '^(' || r.schema_pattern || ')$')) END
          FROM @extschema@.guideline_registry() r
    ), builtin(type_oid, field) AS (VALUES
        ('smallint'::regtype, '{"type": "integer"}'::jsonb),
        ('integer', '{"type": "integer"}'), ('bigint', '{"type": "integer"}'),
        ('numeric', '{"type": "number", "decimalChar": ".", "bareNumber": true}'),
        ('real', '{"type": "number", "decimalChar": ".", "bareNumber": true}'),
        ('double precision', '{"type": "number", "decimalChar": ".", "bareNumber": true}'),
        -- as COPY writes them
        ('boolean', '{"type": "boolean", "trueValues": ["t"], "falseValues": ["f"]}'),
        ('date', '{"type": "date"}'),
        ('text', '{"type": "string"}'), ('character varying', '{"type": "string"}'),
        ('character', '{"type": "string"}'), ('uuid', '{"type": "string", "format": "uuid"}'),
        ('json', '{"type": "any"}'), ('jsonb', '{"type": "any"}')
    ), cols AS (
        SELECT a.attnum, a.attname, a.attnotnull,
               CASE WHEN a.atttypid IN ('character varying'::regtype, 'character'::regtype) AND a.atttypmod > 4
                    THEN a.atttypmod - 4 END AS max_length,
               coalesce(g.field, b.field, '{"type": "any"}') AS field,
               col_description(a.attrelid, a.attnum) AS description,
               EXISTS (SELECT 1 FROM pg_index i
                        WHERE i.indrelid = a.attrelid AND i.indisunique AND i.indnatts = 1
                          AND i.indkey[0] = a.attnum AND i.indpred IS NULL) AS is_unique,
               EXISTS (SELECT 1 FROM pg_index i
                        WHERE i.indrelid = a.attrelid AND i.indisprimary
                          AND a.attnum = ANY (i.indkey::int2[])) AS in_pkey
          FROM pg_attribute a
          LEFT JOIN @extschema@.guideline_types() t ON t.type_name = a.atttypid
          LEFT JOIN guideline g ON g.kind = t.kind
          LEFT JOIN builtin b ON b.type_oid = a.atttypid
         WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
    ), fields AS (
        SELECT attnum, in_pkey, attname,
               jsonb_build_object('name', attname::text) || field
               || jsonb_strip_nulls(jsonb_build_object('description', description))
               || CASE WHEN attnotnull OR is_unique OR max_length IS NOT NULL OR field ? 'constraints'
                       THEN jsonb_build_object('constraints',
                                coalesce(field -> 'constraints', '{}'::jsonb)
                                || CASE WHEN attnotnull OR in_pkey THEN '{"required": true}'::jsonb ELSE '{}' END
                                || CASE WHEN is_unique THEN '{"unique": true}'::jsonb ELSE '{}' END
                                || jsonb_strip_nulls(jsonb_build_object('maxLength', max_length)))
                       ELSE '{}'::jsonb END AS field
          FROM cols
    )
    SELECT jsonb_build_object('fields', coalesce(jsonb_agg(field ORDER BY attnum), '[]'),
                              'missingValues', jsonb_build_array(''))
           || coalesce((SELECT jsonb_build_object('primaryKey', jsonb_agg(attname::text ORDER BY attnum))
                          FROM fields WHERE in_pkey HAVING count(*) > 0), '{}')
      FROM fields
$$;
COMMENT ON FUNCTION @extschema@.table_schema(regclass) IS
    'Frictionless Table Schema (JSON) of a table: guideline types become fields with their patterns, true/false values and decimal character, so published CSV files validate with the standard tools';

-- min and max of id_phone, id_address, id_time_tz and latlong
-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.id_phone_smaller(@extschema@.id_phone, @extschema@.id_phone) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_phone_larger(@extschema@.id_phone, @extschema@.id_phone) RETURNS @extschema@.id_phone
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.id_phone) (
    SFUNC = @extschema@.id_phone_smaller, STYPE = @extschema@.id_phone,
    COMBINEFUNC = @extschema@.id_phone_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.id_phone) (
    SFUNC = @extschema@.id_phone_larger, STYPE = @extschema@.id_phone,
    COMBINEFUNC = @extschema@.id_phone_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.id_phone_smaller(@extschema@.id_phone, @extschema@.id_phone) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.id_phone_larger(@extschema@.id_phone, @extschema@.id_phone) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.id_phone) IS 'the smallest telephone number by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.id_phone) IS 'the largest telephone number by the btree order';

-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.id_address_smaller(@extschema@.id_address, @extschema@.id_address) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_larger(@extschema@.id_address, @extschema@.id_address) RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.id_address) (
    SFUNC = @extschema@.id_address_smaller, STYPE = @extschema@.id_address,
    COMBINEFUNC = @extschema@.id_address_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.id_address) (
    SFUNC = @extschema@.id_address_larger, STYPE = @extschema@.id_address,
    COMBINEFUNC = @extschema@.id_address_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.id_address_smaller(@extschema@.id_address, @extschema@.id_address) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.id_address_larger(@extschema@.id_address, @extschema@.id_address) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.id_address) IS 'the smallest address by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.id_address) IS 'the largest address by the btree order';

-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.id_time_tz_smaller(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_time_tz_larger(@extschema@.id_time_tz, @extschema@.id_time_tz) RETURNS @extschema@.id_time_tz
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.id_time_tz) (
    SFUNC = @extschema@.id_time_tz_smaller, STYPE = @extschema@.id_time_tz,
    COMBINEFUNC = @extschema@.id_time_tz_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.id_time_tz) (
    SFUNC = @extschema@.id_time_tz_larger, STYPE = @extschema@.id_time_tz,
    COMBINEFUNC = @extschema@.id_time_tz_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.id_time_tz_smaller(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.id_time_tz_larger(@extschema@.id_time_tz, @extschema@.id_time_tz) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.id_time_tz) IS 'the smallest time by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.id_time_tz) IS 'the largest time by the btree order';

-- min and max by the btree order, like the built-in ones: parallel, with a
-- combine function, and answered from a btree index (SORTOP)
CREATE FUNCTION @extschema@.latlong_smaller(@extschema@.latlong, @extschema@.latlong) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.latlong_larger(@extschema@.latlong, @extschema@.latlong) RETURNS @extschema@.latlong
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.latlong) (
    SFUNC = @extschema@.latlong_smaller, STYPE = @extschema@.latlong,
    COMBINEFUNC = @extschema@.latlong_smaller, SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.latlong) (
    SFUNC = @extschema@.latlong_larger, STYPE = @extschema@.latlong,
    COMBINEFUNC = @extschema@.latlong_larger, SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
COMMENT ON FUNCTION @extschema@.latlong_smaller(@extschema@.latlong, @extschema@.latlong) IS 'the smaller of two values by the btree order (the first if equal); state and combine function of min';
COMMENT ON FUNCTION @extschema@.latlong_larger(@extschema@.latlong, @extschema@.latlong) IS 'the larger of two values by the btree order (the first if equal); state and combine function of max';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.latlong) IS 'the smallest position by the btree order';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.latlong) IS 'the largest position by the btree order';


-- an address from the split columns of government lists (G4.5-ADDR): the
-- parts assembled in the guideline's order, then read by the type's parser
CREATE FUNCTION @extschema@.id_address_from_parts(alamat text, rt text, rw text, kelurahan text,
                                                  kecamatan text, kota text, kode_pos text)
    RETURNS @extschema@.id_address
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_address_from_parts_error(alamat text, rt text, rw text, kelurahan text,
                                                        kecamatan text, kota text, kode_pos text)
    RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_address_from_parts(text, text, text, text, text, text, text) IS 'the address made of split columns: alamat[ RTxx/RWyy], kelurahan[, kecamatan], kota kode_pos; rt, rw and kecamatan may be NULL, empty or -; raises 22P02 naming the part that is missing or wrong';
COMMENT ON FUNCTION @extschema@.id_address_from_parts_error(text, text, text, text, text, text, text) IS 'what id_address_from_parts would raise for these parts (the detail, in the language of lc_messages), NULL when they make an address; for the WHERE clause of a bulk UPDATE';

-- normalisers: dates and URLs as people write them, NULL when not understood
CREATE FUNCTION @extschema@.id_date_normalize(text) RETURNS @extschema@.id_date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_date_normalize(text, field_order text) RETURNS @extschema@.id_date
    AS 'MODULE_PATHNAME', 'id_date_normalize_order' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.id_url_normalize(text) RETURNS @extschema@.id_url
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.id_date_normalize(text) IS 'reads 2/9/2014, 02-09-2014, 2.9.2014 (day first), 2014-9-2, 2013-01-01 00:00:00, Selasa, 2 September 2014 as YYYY-MM-DD (G4.4-DATE); NULL when not understood, for two-digit years and impossible dates';
COMMENT ON FUNCTION @extschema@.id_date_normalize(text, text) IS 'id_date_normalize with the order of numeric dates: DMY (the default), MDY (1/13/2013) or YMD (2014/9/2); a four-digit first field is always the year';
COMMENT ON FUNCTION @extschema@.id_url_normalize(text) IS 'reads www.jakarta.go.id, dinkes.jakarta.go.id/puskesmas (http:// added), HTTP://Data.Jakarta.go.id/Dataset (scheme and host in lower case) as a G4.8-URL; NULL when not understood';

-- melt_into's progress: true, and a NOTICE every "every" calls (one a source row)
CREATE FUNCTION @extschema@.progress_notice(label text, total bigint, every bigint) RETURNS boolean
    AS 'MODULE_PATHNAME', 'odi_sql_progress_notice' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progress_notice(text, bigint, bigint) IS
    'the progress of a long scan (melt_into, conformance_report): always true; raises the NOTICE "label: N of about total rows" at every every-th call of a query';

-- melt_into reports its progress on a large source (0.2 owns the procedure)
CREATE OR REPLACE PROCEDURE @extschema@.melt_into(source regclass, target text, id_columns text[],
                                       variable_name text, value_name text,
                                       default_schema name)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
    parts text[];
    qtarget text;
    id_defs text[] := '{}';
    id_list text[] := '{}';
    value_cols text[] := '{}';
    value_types text[] := '{}';
    value_type text;
    tuples text[] := '{}';
    col record;
    n int;
    plan json;
    estimate bigint;
    source_rows text;
BEGIN
    IF source IS NULL OR target IS NULL OR id_columns IS NULL
       OR variable_name IS NULL OR value_name IS NULL THEN
        RAISE EXCEPTION 'melt_into: no argument may be NULL' USING ERRCODE = '22004';
    END IF;
    parts := parse_ident(target);
    IF cardinality(parts) = 1 THEN
        IF default_schema IS NULL THEN
            RAISE EXCEPTION 'no schema has been selected to create in' USING ERRCODE = '3F000';
        END IF;
        parts := ARRAY[default_schema::text, parts[1]];
    ELSIF cardinality(parts) <> 2 THEN
        RAISE EXCEPTION 'melt_into: target must be [schema.]table, not "%"', target
            USING ERRCODE = '42601';
    END IF;
    qtarget := format('%I.%I', parts[1], parts[2]);
    IF to_regclass(qtarget) IS NOT NULL THEN
        RAISE EXCEPTION 'relation % already exists', qtarget
            USING ERRCODE = '42P07',
                  HINT = 'melt_into never overwrites a table: drop it or choose another name.';
    END IF;

    SELECT count(*) INTO n FROM unnest(id_columns) AS c(name)
     WHERE c.name IS NULL OR NOT EXISTS (
           SELECT FROM pg_attribute a
            WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
              AND a.attname = c.name);
    IF n > 0 THEN
        RAISE EXCEPTION 'column % named in id_columns does not exist in %',
            (SELECT string_agg(quote_ident(c.name), ', ') FROM unnest(id_columns) AS c(name)
              WHERE NOT EXISTS (SELECT FROM pg_attribute a
                                 WHERE a.attrelid = source AND a.attnum > 0
                                   AND NOT a.attisdropped AND a.attname = c.name)),
            source
            USING ERRCODE = '42703';
    END IF;
    IF (SELECT count(DISTINCT c) FROM unnest(id_columns || variable_name || value_name) AS c)
       <> cardinality(id_columns) + 2 THEN
        RAISE EXCEPTION 'melt_into: id_columns, variable_name and value_name must be distinct names'
            USING ERRCODE = '42701';
    END IF;

    FOR col IN
        SELECT a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS type,
               a.attname::text = ANY (id_columns) AS is_id
          FROM pg_attribute a
         WHERE a.attrelid = source AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY a.attnum
    LOOP
        IF col.is_id THEN
            id_defs := id_defs || format('%I %s', col.name, col.type);
            id_list := id_list || format('s.%I', col.name);
        ELSE
            value_cols := value_cols || col.name;
            value_types := value_types || col.type;
        END IF;
    END LOOP;
    IF cardinality(value_cols) = 0 THEN
        RAISE EXCEPTION 'melt_into: % has no column left to melt', source
            USING ERRCODE = '42P10';
    END IF;

    -- the common type is what UNION would choose; text when there is none
    IF (SELECT count(DISTINCT t) FROM unnest(value_types) AS t) = 1 THEN
        value_type := value_types[1];
    ELSE
        BEGIN
            EXECUTE format('SELECT pg_typeof(v)::text FROM (%s) AS u(v) LIMIT 1',
                           (SELECT string_agg(format('SELECT NULL::%s', t), ' UNION ALL ')
                              FROM unnest(value_types) AS t))
               INTO value_type;
        EXCEPTION WHEN datatype_mismatch THEN
            value_type := 'text';
        END;
    END IF;

    FOR i IN 1 .. cardinality(value_cols) LOOP
        tuples := tuples || format('(%L, s.%I::%s)', value_cols[i], value_cols[i], value_type);
    END LOOP;

    -- a large source reports its progress: a NOTICE every million rows (every
    -- 100000 under two million), from the planner's estimate of its size
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT FROM %s', source) INTO plan;
    estimate := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric;
    IF estimate >= 100000 THEN
        source_rows := format('(SELECT * FROM %s WHERE @extschema@.progress_notice(''melt_into'', %s, %s))',
                              source, estimate,
                              CASE WHEN estimate >= 2000000 THEN 1000000 ELSE 100000 END);
    ELSE
        source_rows := source::text;
    END IF;

    EXECUTE format('CREATE TABLE %s (%s%I text NOT NULL, %I %s)', qtarget,
                   (SELECT string_agg(d || ', ', '') FROM unnest(id_defs) AS d),
                   variable_name, value_name, value_type);
    EXECUTE format('INSERT INTO %s SELECT %sv.variable, v.value FROM %s AS s '
                   'CROSS JOIN LATERAL (VALUES %s) AS v(variable, value) '
                   'WHERE v.value IS NOT NULL',
                   qtarget,
                   (SELECT string_agg(d || ', ', '') FROM unnest(id_list) AS d),
                   source_rows, array_to_string(tuples, ', '));
END
$body$;
