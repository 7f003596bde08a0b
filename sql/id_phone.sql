-- id_phone: telephone numbers, guideline 4.6
SELECT opcname, amvalidate(oid) FROM pg_opclass
 WHERE opcname IN ('id_phone_ops', 'id_phone_hash_ops') ORDER BY opcname;

-- what a rejected value reports: SQLSTATE | message | detail | hint
CREATE FUNCTION pg_temp.try_phone(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text; hnt text;
BEGIN
    RETURN 'ok: ' || input::id_phone::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
        det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
    RETURN st || ' | ' || msg || ' | ' || det || ' | ' || hnt;
END $$;

-- G4.6-PHONE-2: every right example of the guideline, in its format, and its canonical form
SELECT v AS written, v::id_phone AS canonical
  FROM unnest(ARRAY['021 12345678', '0815 123456789', '(021) 12345678',
                    '0815-1234-56789', '0039 21 123456789', '+39 815 123456789']) v;

-- G4.6-PHONE-4 (revised): the plan wins over the guideline's illustration; no Jakarta
-- number has 9 digits after 021, and a range of numbers is not one number
SELECT v AS written, pg_temp.try_phone(v) AS result
  FROM unnest(ARRAY['021 123456789', '(021) 123456789', '+62 21 123456789',
                    '021 4517084-85', '021-2510608-09', '021 5856256 58', '031 504843-44']) v;

-- universal access numbers (1500 xxx, 08071 xxxxxx) and the short numbers
SELECT v AS written, v::id_phone AS canonical, id_phone_kind(v::id_phone) AS kind,
       id_phone_area_code(v::id_phone) AS code, id_phone_subscriber(v::id_phone) AS subscriber,
       id_phone_format(v::id_phone, 'international') AS international,
       id_phone_format(v::id_phone, 'e164') AS e164
  FROM unnest(ARRAY['1500 567', '1500-567', '+62 1500 116', '0062 1500 151', '08071 840128',
                    '+62 8071 840128', '112', '115', '14000', '150264']) v;

-- G4.6-PHONE-3: 00 and + both introduce a country code
SELECT '0039 21 123456789'::id_phone = '+39 21 123456789'::id_phone AS same_italian,
       id_phone_country_code('0039 21 123456789') AS cc;

-- G4.6-PHONE-1, G4.6-PHONE-4: wrong values, with what the error says
SELECT v AS written, pg_temp.try_phone(v) AS result
  FROM unnest(ARRAY[
    '123456789',            -- no area or operator code (G4.6-PHONE-4)
    '08 1234',              -- too short for a mobile
    '0219 9',               -- too short for a fixed line
    '0815 1234567890',      -- too long for a mobile
    '021 1234',             -- too short for Jakarta
    '021 1234567890',       -- too long for a fixed line
    '0812x3456',            -- a letter
    '0812  3456789',        -- doubled separator
    '021.1234567',          -- dots are for id_phone_normalize
    '',                     -- empty
    '   ',                  -- blank
    '0840 1234567',         -- no such operator code
    '0201 1234567',         -- no such area code
    '0100 1234567',         -- no such area code
    '(0219) 1234567',       -- parentheses around something else than the area code
    '021 (123) 4567',       -- parentheses in the subscriber number
    '(021 1234567',         -- unclosed parenthesis
    '+62 021 1234567',      -- trunk 0 after +62
    '+62 (0)21 1234567',    -- ditto, for id_phone_normalize
    '+0 1234567',           -- country code starting with 0
    '+',                    -- nothing after +
    '00',                   -- nothing after 00
    '+39 06',               -- too short after the country code
    '+39 06 1234567890123', -- longer than E.164 allows
    '+3 9 06 1234567',      -- country code split
    '+44 20712345678 1',    -- 12 digits for the United Kingdom
    '021-',                 -- trailing separator
    '- 021 1234567',        -- leading separator
    '021 123 456 789 0 1 2 3 4 5 6 7 8 9 0 1 2', -- far too many digits
    '0811 2345 678 ext 9',  -- an extension
    '911',                  -- not an Indonesian short number
    '1500 5678',            -- a 1500 number has 3 digits after 1500
    '01500 567',            -- and no trunk 0
    '+999 1234',            -- no such country code
    '+216 3855709',         -- Tunisian numbers have 8 digits
    '002163855709',         -- a Jakarta number with an extra 0
    '001803 1234567',       -- an international toll-free number
    '+66 0859701620',       -- the trunk 0 after a foreign country code
    '022 12345',            -- too short for Bandung
    '061 812345678'         -- 9 digits after 061 only for 0619...
  ]) v;

-- at least 60 real-shaped Indonesian numbers across area codes and operators
CREATE TABLE phone_samples (written text, place text);
INSERT INTO phone_samples VALUES
  ('(021) 3841234', 'Jakarta Pusat'), ('021-5701234', 'Jakarta Selatan'),
  ('021 29912345', 'Jakarta Barat'), ('+62 21 4600123', 'Jakarta Timur'),
  ('(022) 4231234', 'Bandung'), ('022-87301234', 'Bandung'),
  ('(024) 8311234', 'Semarang'), ('024 76581234', 'Semarang'),
  ('(031) 5341234', 'Surabaya'), ('031-99001234', 'Surabaya'),
  ('(061) 4511234', 'Medan'), ('061 80501234', 'Medan'),
  ('(0251) 8321234', 'Bogor'), ('0231 201234', 'Cirebon'),
  ('(0254) 201234', 'Serang'), ('0260 411234', 'Subang'),
  ('(0271) 641234', 'Surakarta'), ('0274 512345', 'Yogyakarta'),
  ('(0283) 351234', 'Tegal'), ('0298 321234', 'Salatiga'),
  ('(0341) 551234', 'Malang'), ('0331 487123', 'Jember'),
  ('0354 681234', 'Kediri'), ('(0361) 223344', 'Denpasar'),
  ('0370 631234', 'Mataram'), ('(0380) 821234', 'Kupang'),
  ('0411 872345', 'Makassar'), ('(0431) 862345', 'Manado'),
  ('0435 821234', 'Gorontalo'), ('(0451) 421234', 'Palu'),
  ('0401 3121234', 'Kendari'), ('0426 21234', 'Mamuju'),
  ('(0511) 3351234', 'Banjarmasin'), ('0536 3221234', 'Palangka Raya'),
  ('0541 741234', 'Samarinda'), ('(0542) 871234', 'Balikpapan'),
  ('0561 731234', 'Pontianak'), ('0552 21234', 'Tanjung Selor'),
  ('(0651) 7551234', 'Banda Aceh'), ('0711 351234', 'Palembang'),
  ('(0717) 421234', 'Pangkal Pinang'), ('0721 481234', 'Bandar Lampung'),
  ('0736 21234', 'Bengkulu'), ('(0741) 61234', 'Jambi'),
  ('0751 31234', 'Padang'), ('(0761) 851234', 'Pekanbaru'),
  ('0778 461234', 'Batam'), ('(0911) 351234', 'Ambon'),
  ('0921 3121234', 'Ternate'), ('(0951) 321234', 'Sorong'),
  ('0967 531234', 'Jayapura'), ('0971 321234', 'Merauke'),
  ('0986 211234', 'Manokwari'),
  ('0811-1234-567', 'Telkomsel'), ('0812 3456 7890', 'Telkomsel'),
  ('0813-8765-4321', 'Telkomsel'), ('0821 1000 2000', 'Telkomsel'),
  ('0852-1234-5678', 'Telkomsel'), ('0853 1111 2222', 'Telkomsel'),
  ('0814 1234 567', 'Indosat'), ('0815-1234-56789', 'Indosat'),
  ('0816 123 456', 'Indosat'), ('0856-9000-1234', 'Indosat'),
  ('0857 1234 5678', 'Indosat'), ('0858 8888 1234', 'Indosat'),
  ('0817 123 4567', 'XL'), ('0818-0123-4567', 'XL'),
  ('0819 1234 5678', 'XL'), ('0859 1234 5678', 'XL'),
  ('0877-1234-5678', 'XL'), ('0878 1234 5678', 'XL'),
  ('0831 1234 5678', 'Axis'), ('0838-1234-5678', 'Axis'),
  ('0895 1234 5678', 'Tri'), ('0896-1234-5678', 'Tri'),
  ('0899 1234 5678', 'Tri'), ('0881 1234 5678', 'Smartfren'),
  ('0888-1234-5678', 'Smartfren'), ('+62 812-3456-7890', 'Telkomsel'),
  ('0062 857 1234 5678', 'Indosat'),
  ('0800 1234567', 'toll-free'), ('0800-1-500-000', 'toll-free'),
  ('0177 123456', 'toll-free'), ('0804 1 500 000', 'shared cost'),
  ('0809 1234567', 'premium'), ('112', 'emergency'), ('110', 'police'),
  ('113', 'fire'), ('115', 'search and rescue'), ('14000', 'bank call centre'),
  ('1500 567', 'Halo Kemenkes'), ('08071 840128', 'universal access'),
  ('021 500123', 'Jakarta, 500xxx'), ('021 14123', 'Jakarta, 14xxx'),
  ('022 123456', 'Bandung, 6 digits'), ('0619 12345678', 'Medan, 0619');

SELECT count(*) AS samples FROM phone_samples;

SELECT written, written::id_phone AS canonical, id_phone_kind(written::id_phone) AS kind,
       id_phone_area_code(written::id_phone) AS area, id_phone_subscriber(written::id_phone) AS subscriber,
       id_phone_format(written::id_phone, 'e164') AS e164, id_phone_is_mobile(written::id_phone) AS mobile, place
  FROM phone_samples;

-- the validator agrees with the input function on every sample
SELECT count(*) FILTER (WHERE NOT id_phone_is_valid(written)) AS invalid_samples FROM phone_samples;

-- foreign numbers: E.164 limits, area code as written
SELECT v AS written, v::id_phone AS canonical, id_phone_country_code(v::id_phone) AS cc,
       id_phone_area_code(v::id_phone) AS area, id_phone_subscriber(v::id_phone) AS subscriber,
       id_phone_is_mobile(v::id_phone) AS mobile, id_phone_format(v::id_phone, 'e164') AS e164
  FROM unnest(ARRAY['+1 415 555 2671', '+14155552671', '+44 20 7946 0958', '0065 6123 4567',
                    '+60 3-2141 1234', '+61 (2) 9374 4000', '+31 20 123 4567', '+65 6123 4567',
                    '+670 331 1234', '+358 9 1234567', '+7 495 123-45-67', '+86 10 1234 5678',
                    '+39 06 1234567890']) v;

-- equality is by number (api.md): every way of writing a number is the same value
SELECT '(021) 12345678'::id_phone = '+62 21 12345678'::id_phone AS paren_vs_plus,
       '0815-1234-56789'::id_phone = '0062 815 123456789'::id_phone AS dash_vs_0062,
       '+44 20 7946 0958'::id_phone = '+442079460958'::id_phone AS foreign_grouping,
       '021 1234567'::id_phone = '021 12345678'::id_phone AS different_numbers,
       '021 12345678'::id_phone <> '022 12345678'::id_phone AS different_areas,
       '1500 567'::id_phone = '+62 1500 567'::id_phone AS uan_either_way;

-- canonical round trip: v::text::id_phone = v, and the text is stable
SELECT count(*) FILTER (WHERE written::id_phone::text::id_phone <> written::id_phone) AS value_changed,
       count(*) FILTER (WHERE written::id_phone::text <> written::id_phone::text::id_phone::text) AS text_changed
  FROM phone_samples;

-- output styles
SELECT p, id_phone_format(p, 'national') AS national, id_phone_format(p, 'international') AS international,
       id_phone_format(p, 'e164') AS e164
  FROM (VALUES ('021 12345678'::id_phone), ('0815 123456789'), ('+39 815 123456789'), ('112'),
              ('1500 567'), ('08071 840128')) t(p);
SELECT id_phone_format('021 12345678', 'E.164');

-- ordering: by country code, then national number digit by digit
SELECT p FROM (VALUES ('0812 3456 7890'::id_phone), ('021 1234567'), ('+1 415 555 2671'), ('0274 512345'),
                      ('021 12345678'), ('+39 06 1234567'), ('0800 1234567'), ('112'), ('022 4231234'),
                      ('+62 21 1234567')) t(p)
 ORDER BY p;

CREATE TABLE phones (id serial PRIMARY KEY, p id_phone NOT NULL);
INSERT INTO phones (p) SELECT written::id_phone FROM phone_samples;
INSERT INTO phones (p) SELECT id_phone_format(written::id_phone, 'international')::id_phone FROM phone_samples;
CREATE INDEX phones_p ON phones (p);
CREATE INDEX phones_p_hash ON phones USING hash (p);
ANALYZE phones;

-- btree: index scans agree with the sequential scan
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM phones WHERE p = '(021) 3841234';
SELECT count(*) FROM phones WHERE p = '(021) 3841234';
SELECT count(*) FROM phones WHERE p BETWEEN '021 0000000' AND '021 99999999';
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM phones WHERE p BETWEEN '021 0000000' AND '021 99999999';
SELECT count(*) FROM phones WHERE p BETWEEN '021 0000000' AND '021 99999999';
EXPLAIN (COSTS OFF) SELECT p FROM phones WHERE p >= '0811 0000000' ORDER BY p LIMIT 3;
SELECT p FROM phones WHERE p >= '0811 0000000' ORDER BY p LIMIT 3;
RESET enable_bitmapscan;
RESET enable_seqscan;
SELECT count(*) FROM phones WHERE p BETWEEN '021 0000000' AND '021 99999999';

-- hash join and hash aggregate over the type
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM phones a JOIN phones b ON a.p = b.p;
SELECT count(*) FROM phones a JOIN phones b ON a.p = b.p;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT p, count(*) FROM phones GROUP BY p;
SELECT count(*) AS groups, min(n), max(n) FROM (SELECT p, count(*) AS n FROM phones GROUP BY p) g;
RESET enable_sort;
SELECT count(DISTINCT p) FROM phones;

-- a unique column: two spellings of one number collide
CREATE TABLE phone_directory (p id_phone UNIQUE);
INSERT INTO phone_directory VALUES ('(021) 3841234');
INSERT INTO phone_directory VALUES ('+62 21 3841234');

-- binary COPY out and back in
COPY (SELECT p FROM phones ORDER BY id) TO '/tmp/odi_phone.bin' (FORMAT binary);
CREATE TABLE phones_back (p id_phone);
COPY phones_back FROM '/tmp/odi_phone.bin' (FORMAT binary);
SELECT (SELECT count(*) FROM phones_back) AS copied,
       (SELECT count(*) FROM (SELECT p::text FROM phones EXCEPT ALL SELECT p::text FROM phones_back) d) AS lost;
SELECT encode(id_phone_send('021 12345678'), 'hex') AS send_jakarta,
       encode(id_phone_send('+39 815 123456789'), 'hex') AS send_italy;

-- hostile binary input: 22P03, nothing stored
CREATE FUNCTION pg_temp.copy_binary(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text;
BEGIN
    EXECUTE format('COPY (%s) TO %L (FORMAT binary)', q, '/tmp/odi_phone_bad.bin');
    COPY phones_back FROM '/tmp/odi_phone_bad.bin' (FORMAT binary);
    RETURN 'stored';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN st || ' | ' || msg || ' | ' || det;
END $$;
SELECT q, pg_temp.copy_binary(q) FROM unnest(ARRAY[
    'SELECT 0::bigint',                             -- all fields zero
    'SELECT (-1)::bigint',                          -- all bits set
    'SELECT 1::integer',                            -- 4 bytes, not 8
    'SELECT ''\x0102030405060708090a''::bytea',     -- 10 bytes
    -- the Jakarta number with its area-code length field set to 3: not canonical
    'SELECT (''x'' || encode(id_phone_send(''021 12345678''), ''hex''))::bit(64)::bigint + 1',
    -- its digits not left-aligned
    'SELECT (''x'' || encode(id_phone_send(''021 12345678''), ''hex''))::bit(64)::bigint + 128',
    -- country code 0
    'SELECT (''x'' || encode(id_phone_send(''021 12345678''), ''hex''))::bit(64)::bigint & x''003FFFFFFFFFFFFF''::bit(64)::bigint',
    -- the canonical value itself is stored
    'SELECT (''x'' || encode(id_phone_send(''021 12345678''), ''hex''))::bit(64)::bigint'
  ]) q;
-- the binary format is pinned: country code 62, 2112345678 left-aligned, 10 digits, area code of 2
SELECT encode(id_phone_send('021 12345678'), 'hex') = '0f899b1811a37052' AS jakarta_bits;
SELECT count(*) AS phones_back_rows FROM phones_back;

-- the validator never raises, and agrees with the input function
SELECT setseed(0.4626);
CREATE TABLE junk AS
  SELECT g, (SELECT string_agg(substr(' 0123456789+-()x.#é', 1 + floor(random() * 19)::int, 1), '')
               FROM generate_series(1, 1 + (g % 19)) WHERE g > 0) AS s
    FROM generate_series(1, 3000) g;
INSERT INTO junk VALUES (0, NULL), (-1, ''), (-2, repeat('9', 10000)), (-3, E'021\\0 123');
-- near misses: every sample with one character replaced, and cut short
INSERT INTO junk
  SELECT -10 - row_number() OVER (), overlay(written PLACING substr(' 0123456789+-()x.#é', 1 + floor(random() * 19)::int, 1)
                                           FROM 1 + floor(random() * length(written))::int FOR 1)
    FROM phone_samples, generate_series(1, 10)
  UNION ALL
  SELECT -5000 - row_number() OVER (), left(written, k) FROM phone_samples, generate_series(1, 15) k;
SELECT count(*) AS strings,
       count(*) FILTER (WHERE id_phone_is_valid(s)) AS valid,
       count(*) FILTER (WHERE id_phone_is_valid(s) IS NULL) AS null_results,
       count(*) FILTER (WHERE id_phone_is_valid(s) <> (pg_temp.try_phone(s) LIKE 'ok: %')) AS disagreements
  FROM junk;
SELECT id_phone_is_valid(NULL) AS null_in, id_phone_is_valid('021 12345678') AS good,
       id_phone_is_valid('123456789') AS bad;

-- id_phone_normalize: messy real-world input, NULL when not understood with confidence
SELECT v AS written, id_phone_normalize(v) AS normalized
  FROM unnest(ARRAY['62812345678901', '+62-21-1234567', '021.1234567', '0812 3456 7890',
                    '(021)1234567', '+62 (0)21 1234567', '+62 021 1234567', 'Telp. 021-1234567',
                    'HP: 0812.3456.7890', '81234567890', '0062 21 1234567', '  021   1234567  ',
                    '+44 (0)20 7946 0958', '+39 (0)6 1234 5678', '021 555/556', '021 1234567, 021 7654321', 'abc', '123',
                    '21123456789', '0812 3456 7890 ext. 12', '', '+62 812 3456 7890 (WA)',
                    -- ranges are never one number; an extra 0 before a Jakarta number
                    '021 4517084-85', '021-2510608-09', '021 5856256 58', '62310438-39', '8617212-13',
                    '002163855709', '0021 55959220', '1500-567', '021 123456789']) v;

-- a local number (no area code) is read in the area the caller names
SELECT v AS written, a AS default_area, id_phone_normalize(v, a) AS normalized
  FROM (VALUES ('4517084', '021'), ('4517084', '(021)'), ('4517084', '21'), ('512345', '0274'),
               ('4517084', '0274'), ('62310438', '021'), ('021 4517084', '0274'),
               ('0812 3456 7890', '021'), ('4517084-85', '021'), ('8617212-13', '021'),
               ('123', '021'), ('+62 21 4517084', '0361'), ('Telp. 451 7084', '021')) t(v, a);
SELECT id_phone_normalize('4517084', NULL) AS null_area;
SELECT id_phone_normalize('4517084', '0812');
SELECT id_phone_normalize('4517084', 'Jakarta');

-- casts
SELECT '021 12345678'::text::id_phone::text AS via_text, '0815 123456789'::varchar::id_phone::varchar AS via_varchar;
