-- The binary encodings (send) and the hash values of today, pinned: stored
-- hash indexes, hash partitions and Citus shards are placed by these hashes,
-- and binary COPY and replication carry these bytes, so a later version must
-- not change them unnoticed.  A change here needs a REINDEX of every hash
-- index (and re-partitioning) in an upgrade, and a release note.
-- The hashes are PostgreSQL's hash_any on x86-64 (little-endian); equal values
-- written differently have equal hashes.
RESET opendata_id.default_offset;

-- which functions are pinned: the types' send functions and hash support
-- functions (1: 32-bit hash, 2: 64-bit hash with a seed)
SELECT t.typname, t.typsend::regproc AS send,
       (SELECT string_agg(p.amprocnum || ': ' || p.amproc::regproc, ', ' ORDER BY p.amprocnum)
          FROM pg_opclass c JOIN pg_amproc p ON p.amprocfamily = c.opcfamily
         WHERE c.opcintype = t.oid AND c.opcdefault
           AND c.opcmethod = (SELECT oid FROM pg_am WHERE amname = 'hash')) AS hash_support
  FROM pg_type t
 WHERE t.typnamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'opendata_id')
   AND t.typtype IN ('b', 'd') AND t.typelem = 0
 ORDER BY t.typname;

-- id_phone (samples valid under the stricter lengths too)
SELECT s AS written, v::text AS canonical, encode(id_phone_send(v), 'hex') AS send,
       id_phone_hash(v) AS hash, id_phone_hash_extended(v, 0) AS hash64_seed0,
       id_phone_hash_extended(v, 42) AS hash64_seed42,
       id_phone_hash_extended(v, -1) AS hash64_seed_minus1
  FROM unnest(ARRAY['021 1234567', '(021) 1234567', '+62 21 1234567', '021 12345678',
                    '0812 3456789', '+62 812-3456-789', '+39 815 123456789', '112']) WITH ORDINALITY AS x(s, i),
       LATERAL (SELECT s::id_phone AS v) l
 ORDER BY i;

-- id_address
SELECT s AS written, encode(id_address_send(v), 'hex') AS send,
       id_address_hash(v) AS hash, id_address_hash_extended(v, 0) AS hash64_seed0,
       id_address_hash_extended(v, 42) AS hash64_seed42,
       id_address_hash_extended(v, -1) AS hash64_seed_minus1
  FROM unnest(ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310',
                    'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten',
                    'Jl. H.R. Rasuna Said Kav. C-22 No. 4, Karet Kuningan, Setiabudi, Jakarta Selatan 12940',
                    'Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138']) WITH ORDINALITY AS x(s, i),
       LATERAL (SELECT s::id_address AS v) l
 ORDER BY i;
-- the canonical text of each, apart (long)
SELECT s::id_address::text AS canonical
  FROM unnest(ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310',
                    'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten',
                    'Jl. H.R. Rasuna Said Kav. C-22 No. 4, Karet Kuningan, Setiabudi, Jakarta Selatan 12940',
                    'Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138']) WITH ORDINALITY AS x(s, i)
 ORDER BY i;

-- id_time_tz
SELECT s AS written, v::text AS canonical, encode(id_time_tz_send(v), 'hex') AS send,
       id_time_tz_hash(v) AS hash, id_time_tz_hash_extended(v, 0) AS hash64_seed0,
       id_time_tz_hash_extended(v, 42) AS hash64_seed42,
       id_time_tz_hash_extended(v, -1) AS hash64_seed_minus1
  FROM unnest(ARRAY['19:15', '09:15:10+0700', '08:15+0700', '09:15+0800', '21:00:00+0900',
                    '00:00', '23:59:59', ' 07:30 ']) WITH ORDINALITY AS x(s, i),
       LATERAL (SELECT s::id_time_tz AS v) l
 ORDER BY i;

-- latlong: send keeps the decimals as written; the hash covers the position
SELECT s AS written, v::text AS canonical, encode(latlong_send(v), 'hex') AS send,
       latlong_hash(v) AS hash, latlong_hash_extended(v, 0) AS hash64_seed0,
       latlong_hash_extended(v, 42) AS hash64_seed42,
       latlong_hash_extended(v, -1) AS hash64_seed_minus1
  FROM unnest(ARRAY['-6.1754, 106.8272', '-6.17540, 106.827200', '30.0000, 110.0000',
                    '-15.6821828, -62.6821828', '1.123456789012345, 106.123456789012345',
                    '90, 180', '-90, -180', '-0, -0.0']) WITH ORDINALITY AS x(s, i),
       LATERAL (SELECT s::latlong AS v) l
 ORDER BY i;

-- the 64-bit hash with seed 0 agrees with the 32-bit one in its low 32 bits,
-- as PostgreSQL's own hash functions do
SELECT bool_and((id_phone_hash_extended(s::id_phone, 0) & 4294967295) = (id_phone_hash(s::id_phone)::bigint & 4294967295)) AS phone
  FROM unnest(ARRAY['021 1234567', '021 12345678', '0812 3456789', '+39 815 123456789', '112']) s;
SELECT bool_and((id_time_tz_hash_extended(s::id_time_tz, 0) & 4294967295) = (id_time_tz_hash(s::id_time_tz)::bigint & 4294967295)) AS time_tz
  FROM unnest(ARRAY['19:15', '09:15:10+0700', '00:00', '23:59:59+0900']) s;
SELECT bool_and((latlong_hash_extended(s::latlong, 0) & 4294967295) = (latlong_hash(s::latlong)::bigint & 4294967295)) AS latlong
  FROM unnest(ARRAY['-6.1754, 106.8272', '30.0000, 110.0000', '-0, -0.0']) s;
SELECT bool_and((id_address_hash_extended(s::id_address, 0) & 4294967295) = (id_address_hash(s::id_address)::bigint & 4294967295)) AS address
  FROM unnest(ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310',
                    'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten']) s;

-- the domains are text: their binary form is the text's bytes (textsend) and
-- their hash is the core's hash of text, not ours (not pinned here)
SELECT d, s, encode(send, 'hex') AS send, send = convert_to(s, 'UTF8') AS is_the_text
  FROM (VALUES ('id_day', '31'), ('id_month', '09'), ('id_year', '2014'), ('id_date', '2014-01-31'),
               ('id_bool', 'ya'), ('id_number', '-123.45'), ('id_email', 'nama.lokal@example.com'),
               ('id_url', 'https://example.com/data.csv'), ('id_kode_wilayah', '31.71.01.1001')) v(d, s),
       LATERAL (SELECT textsend(s) AS send) l
 ORDER BY d;
-- and each sample is in its domain
CREATE FUNCTION pg_temp.fits(d text, s text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT %L::%s', s, d);
    RETURN true;
EXCEPTION WHEN check_violation THEN
    RETURN false;
END $$;
SELECT bool_and(pg_temp.fits(d, s)) AS all_in_their_domains
  FROM (VALUES ('id_day', '31'), ('id_month', '09'), ('id_year', '2014'), ('id_date', '2014-01-31'),
               ('id_bool', 'ya'), ('id_number', '-123.45'), ('id_email', 'nama.lokal@example.com'),
               ('id_url', 'https://example.com/data.csv'), ('id_kode_wilayah', '31.71.01.1001')) v(d, s);
