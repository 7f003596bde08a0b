-- id_address: addresses, guideline 4.5 (G4.5-ADDR-1..5)
-- Place names: well-known kelurahan, kecamatan and cities, their spelling
-- checked against the npm package idn-area-data 3.1.2 (code MIT, data ODbL
-- 1.0; single names are used, no extract of the database); street names and
-- numbers are illustrative, postal codes are the real ones of those areas
-- as far as known.
SELECT opcname, amvalidate(oid) FROM pg_opclass
 WHERE opcname IN ('id_address_ops', 'id_address_hash_ops') ORDER BY opcname;

-- what a rejected value reports: SQLSTATE | message | detail | hint
CREATE FUNCTION pg_temp.try_address(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text; hnt text;
BEGIN
    RETURN 'ok: ' || input::id_address::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
        det = PG_EXCEPTION_DETAIL, hnt = PG_EXCEPTION_HINT;
    RETURN st || ' | ' || msg || ' | ' || det || ' | ' || coalesce(hnt, '');
END $$;

-- G4.5-ADDR-5: the guideline's right examples, canonical form and components
SELECT v::id_address AS canonical
  FROM unnest(ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310',
                    'Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138',
                    'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten']) WITH ORDINALITY u(v, i)
 ORDER BY i;
\x on
SELECT id_address_complex(a) AS complex, id_address_street(a) AS street, id_address_number(a) AS number,
       id_address_rt(a) AS rt, id_address_rw(a) AS rw, id_address_kelurahan(a) AS kelurahan,
       id_address_kecamatan(a) AS kecamatan, id_address_city(a) AS city,
       id_address_postal_code(a) AS postal_code, id_address_province(a) AS province
  FROM (SELECT v::id_address AS a, i
          FROM unnest(ARRAY['Jl. Pati No. 1, Menteng, Jakarta Pusat 10310',
                            'Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138',
                            'Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten',
                            'Perum. Griya Asri, Jl. Griya Asri Raya Blok C2 Nomor 5 RT004/RW007, Pakansari, Cibinong, Bogor 16915, jabar',
                            'Jl. H.R. Rasuna Said Kav. C-22 No. 4, Karet Kuningan, Setiabudi, Jakarta Selatan 12940'])
               WITH ORDINALITY u(v, i)) t
 ORDER BY i;
\x off

-- G4.5-ADDR-5: the guideline's wrong examples; G4.5-ADDR-3: "Jl. Dukuh 3" is a street name
SELECT v AS written, pg_temp.try_address(v) AS result
  FROM unnest(ARRAY['Jl. Pati No. 1, Menteng',
                    'Jl. Dukuh 3, Cibodas, Tangerang 15138']) WITH ORDINALITY u(v, i)
 ORDER BY i;

-- G4.5-ADDR-1, -2, -4: other mistakes, each named
SELECT v AS written, pg_temp.try_address(v) AS result
  FROM unnest(ARRAY[
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 1031',          -- G4.5-ADDR-4: 4 digits
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 103100',        -- 6 digits
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 01310',         -- starts with 0
    'Jl. Pati No. 1, Menteng, Jakarta Pusat10310',          -- no space before the postal code
    'Jl. Pati No. 1, Menteng, Jakarta Pusat, 10310',        -- a comma before the postal code
    'Jl. Pati No. 1, Jakarta Pusat 10310',                  -- G4.5-ADDR-2: no kelurahan
    'Jl. Pati No. 1, 10310',                                -- no kelurahan, no city
    'No. 1, Menteng, Jakarta Pusat 10310',                  -- no street
    'Jl. Pati No., Menteng, Jakarta Pusat 10310',           -- nothing after No.
    'Jl. Pati No. x, Menteng, Jakarta Pusat 10310',         -- not a number
    'Jl. Pati, Menteng, Jakarta Pusat 10310',               -- G4.5-ADDR-3: no number at all
    'Jl. Pati No. 1 RT 2, Menteng, Jakarta Pusat 10310',    -- RT with a space
    'Jl. Pati No. 1 Lt. 3, Menteng, Jakarta Pusat 10310',   -- something after the number
    'Jl. Pati No. 1, A, B, C, Jakarta Pusat 10310',         -- three area parts
    'Gedung A, Lantai 3, Jl. Pati No. 1, Menteng, Jakarta Pusat 10310', -- two parts before the street
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, DKI Jakarta, Indonesia', -- two parts after the postal code
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Narnia', -- not a province
    'Jl. Pati No. 1, 12, Jakarta Pusat 10310',              -- kelurahan without a letter
    'Jl. Pati No. 1,Menteng, Jakarta Pusat 10310',          -- no space after a comma
    'Jl. Pati  No. 1, Menteng, Jakarta Pusat 10310',        -- two spaces
    'Jl. Pati No. 1 , Menteng, Jakarta Pusat 10310',        -- space before a comma
    'Jl. Pati No. 1, , Jakarta Pusat 10310',                -- empty part
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310,',        -- trailing comma
    'Jl. Pati No. #1, Menteng, Jakarta Pusat 10310',        -- a character that has no place
    '',                                                     -- empty
    '   '                                                   -- blank
  ]) WITH ORDINALITY u(v, i)
 ORDER BY i;

-- point 4: the postal code must fit the province written after it (first digit)
SELECT v AS written, pg_temp.try_address(v) AS result
  FROM unnest(ARRAY[
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Jawa Tengah',
    'Jl. Asia Afrika No. 65, Braga, Sumur Bandung, Bandung 40111, DKI Jakarta',
    'Jl. Tunjungan No. 1, Genteng, Genteng, Surabaya 60275, Bali',
    'Jl. Sam Ratulangi No. 10, Titiwungan Selatan, Sario, Manado 95114, Kalimantan Timur',
    'Jl. Balai Kota No. 1, Kesawan, Medan Barat, Medan 20111, Lampung',
    'Jl. Malioboro No. 52, Sosromenduran, Gedongtengen, Yogyakarta 55271, Jawa Timur',
    'Jl. Veteran No. 2, Kota Baru, Serang, Serang 42112, Jawa Tengah'
  ]) WITH ORDINALITY u(v, i)
 ORDER BY i;

-- all 38 provinces, in their common written forms, with a city of theirs and a postal code that fits
SELECT p AS written, id_address_province(('Jl. Contoh No. 1, Contoh, ' || city || ' ' || code || ', ' || p)::id_address) AS province
  FROM (VALUES ('Aceh', '23111', 'Banda Aceh'), ('Nanggroe Aceh Darussalam', '23111', 'Banda Aceh'), ('Sumatera Utara', '20111', 'Medan'),
               ('Sumut', '20111', 'Medan'), ('Sumatra Utara', '20111', 'Medan'), ('Sumatera Barat', '25111', 'Padang'), ('Sumbar', '25111', 'Padang'),
               ('Riau', '28111', 'Pekanbaru'), ('Kepulauan Riau', '29111', 'Tanjung Pinang'), ('Kepri', '29111', 'Tanjung Pinang'), ('Jambi', '36111', 'Jambi'),
               ('Sumatera Selatan', '30111', 'Palembang'), ('Sumsel', '30111', 'Palembang'), ('Bengkulu', '38111', 'Bengkulu'), ('Lampung', '35111', 'Bandar Lampung'),
               ('Kepulauan Bangka Belitung', '33111', 'Pangkalpinang'), ('Bangka Belitung', '33111', 'Pangkalpinang'), ('Babel', '33111', 'Pangkalpinang'),
               ('DKI Jakarta', '10110', 'Jakarta Pusat'), ('D.K.I. Jakarta', '10110', 'Jakarta Pusat'), ('Jakarta', '10110', 'Jakarta Pusat'),
               ('Jawa Barat', '40111', 'Bandung'), ('Jabar', '16111', 'Bogor'), ('JAWA BARAT', '17111', 'Bekasi'), ('Banten', '42111', 'Serang'), ('Banten', '15111', 'Tangerang'),
               ('Jawa Tengah', '50111', 'Semarang'), ('Jateng', '50111', 'Semarang'), ('DI Yogyakarta', '55111', 'Yogyakarta'), ('D.I. Yogyakarta', '55111', 'Yogyakarta'),
               ('DIY', '55111', 'Yogyakarta'), ('Daerah Istimewa Yogyakarta', '55111', 'Yogyakarta'), ('Jawa Timur', '60111', 'Surabaya'), ('Jatim', '60111', 'Surabaya'),
               ('Bali', '80111', 'Denpasar'), ('Nusa Tenggara Barat', '83111', 'Mataram'), ('NTB', '83111', 'Mataram'), ('Nusa Tenggara Timur', '85111', 'Kupang'),
               ('NTT', '85111', 'Kupang'), ('Kalimantan Barat', '78111', 'Pontianak'), ('Kalbar', '78111', 'Pontianak'), ('Kalimantan Tengah', '73111', 'Palangka Raya'),
               ('Kalteng', '73111', 'Palangka Raya'), ('Kalimantan Selatan', '70111', 'Banjarmasin'), ('Kalsel', '70111', 'Banjarmasin'), ('Kalimantan Timur', '75111', 'Samarinda'),
               ('Kaltim', '75111', 'Samarinda'), ('Kalimantan Utara', '77111', 'Tarakan'), ('Kaltara', '77111', 'Tarakan'), ('Sulawesi Utara', '95111', 'Manado'),
               ('Sulut', '95111', 'Manado'), ('Gorontalo', '96111', 'Gorontalo'), ('Sulawesi Tengah', '94111', 'Palu'), ('Sulteng', '94111', 'Palu'),
               ('Sulawesi Barat', '91511', 'Mamuju'), ('Sulbar', '91511', 'Mamuju'), ('Sulawesi Selatan', '90111', 'Makassar'), ('Sulsel', '90111', 'Makassar'),
               ('Sulawesi Tenggara', '93111', 'Kendari'), ('Sultra', '93111', 'Kendari'), ('Maluku', '97111', 'Ambon'), ('Maluku Utara', '97711', 'Ternate'),
               ('Malut', '97711', 'Ternate'), ('Papua', '99111', 'Jayapura'), ('Papua Barat', '98311', 'Manokwari'), ('Papua Selatan', '99611', 'Merauke'),
               ('Papua Tengah', '98811', 'Nabire'), ('Papua Pegunungan', '99511', 'Jayawijaya'), ('Papua Barat Daya', '98411', 'Sorong')) v(p, code, city)
 ORDER BY province, written;
SELECT count(DISTINCT id_address_province(('Jl. Contoh No. 1, Contoh, ' || city || ' ' || code || ', ' || p)::id_address)) AS provinces
  FROM (VALUES ('Aceh', '23111', 'Banda Aceh'), ('Sumatera Utara', '20111', 'Medan'), ('Sumatera Barat', '25111', 'Padang'), ('Riau', '28111', 'Pekanbaru'),
               ('Kepulauan Riau', '29111', 'Tanjung Pinang'), ('Jambi', '36111', 'Jambi'), ('Sumatera Selatan', '30111', 'Palembang'), ('Bengkulu', '38111', 'Bengkulu'),
               ('Lampung', '35111', 'Bandar Lampung'), ('Kepulauan Bangka Belitung', '33111', 'Pangkalpinang'), ('DKI Jakarta', '10110', 'Jakarta Pusat'),
               ('Jawa Barat', '40111', 'Bandung'), ('Banten', '42111', 'Serang'), ('Jawa Tengah', '50111', 'Semarang'), ('DI Yogyakarta', '55111', 'Yogyakarta'),
               ('Jawa Timur', '60111', 'Surabaya'), ('Bali', '80111', 'Denpasar'), ('Nusa Tenggara Barat', '83111', 'Mataram'), ('Nusa Tenggara Timur', '85111', 'Kupang'),
               ('Kalimantan Barat', '78111', 'Pontianak'), ('Kalimantan Tengah', '73111', 'Palangka Raya'), ('Kalimantan Selatan', '70111', 'Banjarmasin'),
               ('Kalimantan Timur', '75111', 'Samarinda'), ('Kalimantan Utara', '77111', 'Tarakan'), ('Sulawesi Utara', '95111', 'Manado'),
               ('Gorontalo', '96111', 'Gorontalo'), ('Sulawesi Tengah', '94111', 'Palu'), ('Sulawesi Barat', '91511', 'Mamuju'),
               ('Sulawesi Selatan', '90111', 'Makassar'), ('Sulawesi Tenggara', '93111', 'Kendari'), ('Maluku', '97111', 'Ambon'),
               ('Maluku Utara', '97711', 'Ternate'), ('Papua', '99111', 'Jayapura'), ('Papua Barat', '98311', 'Manokwari'), ('Papua Selatan', '99611', 'Merauke'),
               ('Papua Tengah', '98811', 'Nabire'), ('Papua Pegunungan', '99511', 'Jayawijaya'), ('Papua Barat Daya', '98411', 'Sorong')) v(p, code, city);

-- real-looking addresses from every region: complexes, RT/RW, provinces, Gg., Kp., Perum., Blok, Kav.
CREATE TABLE address_samples (id serial PRIMARY KEY, written text NOT NULL);
INSERT INTO address_samples (written) VALUES
  ('Jl. Medan Merdeka Selatan No. 8-9, Gambir, Gambir, Jakarta Pusat 10110, DKI Jakarta'),
  ('Jl. Kebon Sirih No. 18, Kebon Sirih, Menteng, Jakarta Pusat 10340'),
  ('Jl. Cikini Raya No. 73, Cikini, Menteng, Jakarta Pusat 10330'),
  ('Gg. Kelinci No. 12A, Pasar Baru, Sawah Besar, Jakarta Pusat 10710'),
  ('Jl. Kramat Raya No. 98, Kramat, Senen, Jakarta Pusat 10450'),
  ('Jl. Jend. Sudirman Kav. 52-53, Senayan, Kebayoran Baru, Jakarta Selatan 12190'),
  ('Jl. H.R. Rasuna Said Kav. C-22, Karet Kuningan, Setiabudi, Jakarta Selatan 12940, DKI Jakarta'),
  ('Jl. Melawai Raya No. 16, Melawai, Kebayoran Baru, Jakarta Selatan 12160'),
  ('Jl. Ampera Raya No. 7 RT03/RW05, Ragunan, Pasar Minggu, Jakarta Selatan 12550'),
  ('Jl. Tebet Barat Dalam No. 6, Tebet Barat, Tebet, Jakarta Selatan 12810'),
  ('Jl. Kemang Raya No. 45, Bangka, Mampang Prapatan, Jakarta Selatan 12730'),
  ('Jl. Daan Mogot No. 100, Wijaya Kusuma, Grogol Petamburan, Jakarta Barat 11460'),
  ('Jl. Kyai Tapa No. 1, Tomang, Grogol Petamburan, Jakarta Barat 11440'),
  ('Jl. Kembangan Raya No. 2, Kembangan Selatan, Kembangan, Jakarta Barat 11610'),
  ('Jl. Pinangsia Raya No. 9, Pinangsia, Taman Sari, Jakarta Barat 11110'),
  ('Jl. Pemuda No. 10 RT01/RW02, Rawamangun, Pulogadung, Jakarta Timur 13220'),
  ('Kp. Rawa Bebek, Jl. Bekasi Raya No. 5-7, Pulo Gebang, Cakung, Jakarta Timur 13950'),
  ('Jl. Dr. Sumarno No. 1, Penggilingan, Cakung, Jakarta Timur 13940'),
  ('Jl. Raya Bogor No. 19, Kramatjati, Kramatjati, Jakarta Timur 13510'),
  ('Jl. Enggano No. 5, Tanjung Priok, Tanjung Priok, Jakarta Utara 14310'),
  ('Jl. Pluit Raya No. 12, Pluit, Penjaringan, Jakarta Utara 14450'),
  ('Jl. Boulevard Raya Blok QA1 No. 7, Kelapa Gading Timur, Kelapa Gading, Jakarta Utara 14240'),
  ('Jl. Dermaga No. 1, Pulau Panggang, Kepulauan Seribu Utara, Kepulauan Seribu 14530'),
  ('Jl. Jend. Sudirman No. 1, Cikokol, Tangerang, Tangerang 15117, Banten'),
  ('Jl. Raya Serpong No. 8, Lengkong Gudang, Serpong, Tangerang Selatan 15321, Banten'),
  ('Perum. Bumi Serpong Damai, Jl. Letnan Sutopo Blok C No. 3, Rawa Mekar Jaya, Serpong, Tangerang Selatan 15310'),
  ('Jl. Veteran No. 2, Kota Baru, Serang, Serang 42112, Banten'),
  ('Jl. Multatuli No. 2, Muara Ciujung Timur, Rangkasbitung, Lebak 42312, Banten'),
  ('Jl. Asia Afrika No. 65, Braga, Sumur Bandung, Bandung 40111, Jawa Barat'),
  ('Jl. Ir. H. Juanda No. 62, Dago, Coblong, Bandung 40135'),
  ('Jl. Dipatiukur No. 35, Lebak Gede, Coblong, Bandung 40132'),
  ('Jl. Pajajaran No. 10, Babakan, Bogor Tengah, Bogor 16128'),
  ('Jl. Ir. H. Juanda No. 10, Paledang, Bogor Tengah, Bogor 16122'),
  ('Perum. Griya Asri, Jl. Griya Asri Raya Blok C2 No. 5 RT04/RW07, Pakansari, Cibinong, Bogor 16915, Jabar'),
  ('Jl. Margonda Raya No. 358, Kemiri Muka, Beji, Depok 16423'),
  ('Jl. Ahmad Yani No. 1, Margajaya, Bekasi Selatan, Bekasi 17141'),
  ('Jl. Kartini No. 2, Nagasari, Karawang Barat, Karawang 41312'),
  ('Jl. Siliwangi No. 84, Kebonbaru, Kejaksan, Cirebon 45121'),
  ('Jl. Otto Iskandardinata No. 3, Tugujaya, Cihideung, Tasikmalaya 46126'),
  ('Jl. Pembangunan No. 181, Sukagalih, Tarogong Kidul, Garut 44151'),
  ('Jl. Jend. Sudirman No. 1, Gunung Parang, Cikole, Sukabumi 43111'),
  ('Jl. Raya Cibeureum No. 9, Cibeureum, Cimahi Selatan, Cimahi 40535'),
  ('Kp. Cibeureum, Jl. Raya Puncak No. 9 RT02/RW04, Tugu Selatan, Cisarua, Bogor 16750, Jawa Barat'),
  ('Jl. Pemuda No. 148, Sekayu, Semarang Tengah, Semarang 50132, Jawa Tengah'),
  ('Jl. Pandanaran No. 79, Mugasari, Semarang Selatan, Semarang 50249'),
  ('Jl. Slamet Riyadi No. 261, Sriwedari, Laweyan, Surakarta 57141'),
  ('Jl. Diponegoro No. 1, Kemirirejo, Magelang Tengah, Magelang 56122'),
  ('Jl. Diponegoro No. 3, Podosugih, Pekalongan Barat, Pekalongan 51111'),
  ('Jl. Jend. Sudirman No. 10, Sokanegara, Purwokerto Timur, Banyumas 53115, Jateng'),
  ('Jl. Kapten Sudibyo No. 7, Kalinyamat Wetan, Tegal Selatan, Tegal 52131'),
  ('Jl. Malioboro No. 52, Sosromenduran, Gedongtengen, Yogyakarta 55271, DI Yogyakarta'),
  ('Jl. Colombo No. 1, Caturtunggal, Depok, Sleman 55281, DIY'),
  ('Jl. Parangtritis No. 20 RT05/RW02, Bangunharjo, Sewon, Bantul 55187, D.I. Yogyakarta'),
  ('Jl. Tunjungan No. 1, Genteng, Genteng, Surabaya 60275, Jawa Timur'),
  ('Jl. Raya Darmo No. 100, Darmo, Wonokromo, Surabaya 60241'),
  ('Jl. Kertajaya Indah No. 3, Manyar Sabrangan, Mulyorejo, Surabaya 60116'),
  ('Jl. Ijen No. 25A, Oro-oro Dowo, Klojen, Malang 65119'),
  ('Jl. Veteran No. 1, Ketawanggede, Lowokwaru, Malang 65145, Jatim'),
  ('Jl. Gajah Mada No. 10, Sidokare, Sidoarjo, Sidoarjo 61214'),
  ('Jl. Dhoho No. 5, Kampung Dalem, Kota, Kediri 64122'),
  ('Jl. Gajah Mada No. 12, Kaliwates, Kaliwates, Jember 68131'),
  ('Jl. Brawijaya No. 3, Kebalenan, Banyuwangi, Banyuwangi 68417'),
  ('Jl. Pahlawan No. 37, Madiun Lor, Manguharjo, Madiun 63122'),
  ('Jl. Balai Kota No. 1, Kesawan, Medan Barat, Medan 20111, Sumatera Utara'),
  ('Jl. Sisingamangaraja No. 9, Teladan Barat, Medan Kota, Medan 20217, Sumut'),
  ('Jl. Teuku Umar No. 2, Seutui, Baiturrahman, Banda Aceh 23243, Aceh'),
  ('Jl. Sudirman No. 51, Padang Pasir, Padang Barat, Padang 25112, Sumatera Barat'),
  ('Jl. Jend. Sudirman No. 10, Belakang Balok, Aur Birugo Tigo Baleh, Bukittinggi 26131, Sumbar'),
  ('Jl. Jend. Sudirman No. 464, Jadirejo, Sukajadi, Pekanbaru 28121, Riau'),
  ('Komplek Ruko Nagoya Hill, Jl. Teuku Umar Blok A No. 12, Lubuk Baja Kota, Lubuk Baja, Batam 29432, Kepri'),
  ('Jl. Merdeka No. 8, Tanjung Pinang Kota, Tanjung Pinang Kota, Tanjungpinang 29111, Kepulauan Riau'),
  ('Jl. Merdeka No. 1, 20 Ilir D. IV, Ilir Timur I, Palembang 30129, Sumatera Selatan'),
  ('Jl. Jend. Sudirman No. 3, Rawalaut, Enggal, Bandar Lampung 35213, Lampung'),
  ('Jl. Jend. Ahmad Yani No. 1, Telanaipura, Telanaipura, Jambi 36122, Jambi'),
  ('Jl. Jend. Sudirman No. 2, Pintu Batu, Teluk Segara, Bengkulu 38118, Bengkulu'),
  ('Jl. Jend. Sudirman No. 7, Batin Tikal, Taman Sari, Pangkalpinang 33121, Kepulauan Bangka Belitung'),
  ('Jl. Gajah Mada No. 1, Dauh Puri Kangin, Denpasar Barat, Denpasar 80112, Bali'),
  ('Jl. Danau Tamblingan No. 1, Sanur, Denpasar Selatan, Denpasar 80228'),
  ('Jl. Raya Kuta No. 88, Kuta, Kuta, Badung 80361, Bali'),
  ('Jl. Raya Ubud No. 8, Ubud, Ubud, Gianyar 80571, Bali'),
  ('Jl. Pejanggik No. 10, Mataram Timur, Mataram, Mataram 83121, NTB'),
  ('Jl. El Tari No. 52, Oebobo, Oebobo, Kupang 85111, Nusa Tenggara Timur'),
  ('Jl. Jend. Ahmad Yani No. 1, Benuamelayu Darat, Pontianak Selatan, Pontianak 78122, Kalimantan Barat'),
  ('Jl. Lambung Mangkurat No. 1, Kertak Baru Ilir, Banjarmasin Tengah, Banjarmasin 70111, Kalsel'),
  ('Jl. Tjilik Riwut No. 10, Palangka, Jekan Raya, Palangka Raya 73112, Kalimantan Tengah'),
  ('Jl. Gajah Mada No. 2, Pelabuhan, Samarinda Kota, Samarinda 75112, Kalimantan Timur'),
  ('Jl. Jend. Sudirman No. 33, Klandasan Ilir, Balikpapan Kota, Balikpapan 76113, Kaltim'),
  ('Jl. Yos Sudarso No. 1, Selumit Pantai, Tarakan Tengah, Tarakan 77113, Kalimantan Utara'),
  ('Jl. Jend. Ahmad Yani No. 2, Pattunuang, Wajo, Makassar 90174, Sulawesi Selatan'),
  ('Jl. Perintis Kemerdekaan No. 10, Tamalanrea, Tamalanrea, Makassar 90245, Sulsel'),
  ('Jl. Sam Ratulangi No. 10, Titiwungan Selatan, Sario, Manado 95114, Sulawesi Utara'),
  ('Jl. Moh. Yamin No. 5, Lolu Utara, Palu Timur, Palu 94111, Sulawesi Tengah'),
  ('Jl. Abdullah Silondae No. 8, Korumba, Mandonga, Kendari 93111, Sultra'),
  ('Jl. Nani Wartabone No. 1, Limba U II, Kota Selatan, Gorontalo 96115, Gorontalo'),
  ('Jl. Yos Sudarso No. 1, Binanga, Mamuju, Mamuju 91511, Sulawesi Barat'),
  ('Jl. Pattimura No. 1, Honipopu, Sirimau, Ambon 97124, Maluku'),
  ('Jl. Pahlawan Revolusi No. 3, Muhajirin, Ternate Tengah, Ternate 97727, Maluku Utara'),
  ('Jl. Ahmad Yani No. 5, Gurabesi, Jayapura Utara, Jayapura 99112, Papua'),
  ('Jl. Merdeka No. 10, Padarni, Manokwari Barat, Manokwari 98312, Papua Barat'),
  ('Jl. Basuki Rahmat No. 2, Remu Utara, Sorong, Sorong 98416, Papua Barat Daya'),
  ('Jl. Raya Mandala No. 1, Maro, Merauke, Merauke 99614, Papua Selatan'),
  ('Jl. Merdeka No. 1, Karang Mulia, Nabire, Nabire 98817, Papua Tengah'),
  ('Jl. Trikora No. 5, Wamena Kota, Wamena, Jayawijaya 99511, Papua Pegunungan');
SELECT count(*) AS samples,
       count(*) FILTER (WHERE id_address_is_valid(written)) AS valid,
       count(*) FILTER (WHERE id_address_complex(written::id_address) IS NOT NULL) AS with_complex,
       count(*) FILTER (WHERE id_address_rt(written::id_address) IS NOT NULL) AS with_rt_rw,
       count(*) FILTER (WHERE id_address_kecamatan(written::id_address) IS NOT NULL) AS with_kecamatan,
       count(*) FILTER (WHERE id_address_province(written::id_address) IS NOT NULL) AS with_province,
       count(*) FILTER (WHERE id_address_number(written::id_address) ~ '^(Blok|Kav\.) ') AS blok_or_kav
  FROM address_samples;
-- by first digit of the postal code: every region of the country is there
SELECT left(id_address_postal_code(written::id_address), 1) AS region, count(*)
  FROM address_samples GROUP BY 1 ORDER BY 1;

-- the canonical text is the written text, except where a province was written in a short form
SELECT written, written::id_address AS canonical FROM address_samples
 WHERE written::id_address::text <> written ORDER BY id;

-- components of every sample
SELECT id, id_address_street(a) AS street, id_address_number(a) AS number, id_address_kelurahan(a) AS kelurahan,
       id_address_kecamatan(a) AS kecamatan, id_address_city(a) AS city, id_address_postal_code(a) AS postal,
       id_address_province(a) AS province
  FROM (SELECT id, written::id_address AS a FROM address_samples) s ORDER BY id;

-- round trip: v::text::id_address = v and the text is stable
SELECT count(*) FILTER (WHERE written::id_address::text::id_address <> written::id_address) AS value_changed,
       count(*) FILTER (WHERE written::id_address::text <> written::id_address::text::id_address::text) AS text_changed
  FROM address_samples;

-- ordering: postal code, city, kelurahan, street, then the number numeric-aware (2 < 10 < 10A)
SELECT a FROM (VALUES ('Jl. Pati No. 10A, Menteng, Jakarta Pusat 10310'::id_address),
                      ('Jl. Pati No. 2, Menteng, Jakarta Pusat 10310'),
                      ('Jl. Pati No. 10, Menteng, Jakarta Pusat 10310'),
                      ('Jl. Pati No. 10 RT01/RW02, Menteng, Jakarta Pusat 10310'),
                      ('Jl. Pati No. 9, Menteng, Jakarta Pusat 10310'),
                      ('Jl. Pati Blok A No. 1, Menteng, Jakarta Pusat 10310'),
                      ('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, DKI Jakarta'),
                      ('Jl. Abdul Muis No. 99, Menteng, Jakarta Pusat 10310'),
                      ('Jl. Pati No. 1, Gondangdia, Jakarta Pusat 10310'),
                      ('Jl. Pati No. 1, Menteng, Jakarta 10310'),
                      ('Jl. Pati No. 1, Menteng, Jakarta Pusat 10110'),
                      ('Jl. Pati No. 1, Menteng, Jakarta Pusat 99999')) t(a)
 ORDER BY a;
SELECT 'Jl. Pati No. 2, Menteng, Jakarta Pusat 10310'::id_address < 'Jl. Pati No. 10, Menteng, Jakarta Pusat 10310'::id_address AS two_before_ten,
       'Jl. Pati No. 10, Menteng, Jakarta Pusat 10310'::id_address < 'Jl. Pati No. 10A, Menteng, Jakarta Pusat 10310'::id_address AS ten_before_10a,
       'Jl. Pati No. 02, Menteng, Jakarta Pusat 10310'::id_address = 'Jl. Pati No. 2, Menteng, Jakarta Pusat 10310'::id_address AS leading_zero_equal,
       id_address_cmp('Jl. Pati No. 02, Menteng, Jakarta Pusat 10310', 'Jl. Pati No. 2, Menteng, Jakarta Pusat 10310') AS leading_zero_cmp,
       'Jl. Pati Nomor 1, Menteng, Jakarta Pusat 10310'::id_address = 'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'::id_address AS nomor_is_no,
       'Jl. Braga No. 1, Braga, Bandung 40111, Jabar'::id_address = 'Jl. Braga No. 1, Braga, Bandung 40111, Jawa Barat'::id_address AS province_forms;
-- the samples in index order
SELECT id_address_postal_code(a) AS postal, id_address_city(a) AS city, id_address_kelurahan(a) AS kelurahan
  FROM (SELECT written::id_address AS a FROM address_samples) s ORDER BY a LIMIT 12;

-- cmp = 0 exactly when equal, and agrees with <, =, > and the hash on every pair of samples
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (id_address_cmp(a, b) = 0) <> (a = b)) AS cmp_eq_disagree,
       count(*) FILTER (WHERE (id_address_cmp(a, b) < 0) <> (a < b)) AS cmp_lt_disagree,
       count(*) FILTER (WHERE sign(id_address_cmp(a, b)) <> -sign(id_address_cmp(b, a))) AS not_antisymmetric,
       count(*) FILTER (WHERE a = b AND id_address_hash(a) <> id_address_hash(b)) AS hash_disagree,
       count(*) FILTER (WHERE a = b) AS equal_pairs
  FROM (SELECT written::id_address AS a FROM address_samples) x,
       (SELECT written::id_address AS b FROM address_samples) y;

CREATE TABLE addresses (id serial PRIMARY KEY, a id_address NOT NULL);
INSERT INTO addresses (a) SELECT written::id_address FROM address_samples ORDER BY id;
INSERT INTO addresses (a) SELECT written::id_address FROM address_samples ORDER BY id;
CREATE INDEX addresses_a ON addresses (a);
CREATE INDEX addresses_a_hash ON addresses USING hash (a);
ANALYZE addresses;

-- btree and hash indexes agree with the sequential scan
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM addresses WHERE a = 'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310';
SELECT count(*) FROM addresses WHERE a = 'Jl. Tunjungan No. 1, Genteng, Genteng, Surabaya 60275, Jatim';
SELECT count(*) FROM addresses
 WHERE a BETWEEN 'A No. 1, A, Ambon 60000' AND 'A No. 1, A, Ambon 69999';
RESET enable_bitmapscan;
RESET enable_seqscan;
SELECT count(*) FROM addresses
 WHERE a BETWEEN 'A No. 1, A, Ambon 60000' AND 'A No. 1, A, Ambon 69999';
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM addresses x JOIN addresses y ON x.a = y.a;
SELECT count(*) FROM addresses x JOIN addresses y ON x.a = y.a;
RESET enable_mergejoin;
RESET enable_nestloop;
SELECT count(DISTINCT a) AS distinct_addresses FROM addresses;

-- a unique column: two spellings of one address collide
CREATE TABLE address_book (a id_address UNIQUE);
INSERT INTO address_book VALUES ('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, DKI Jakarta');
INSERT INTO address_book VALUES ('  Jl. Pati Nomor 1, Menteng, Jakarta Pusat 10310, D.K.I. Jakarta');

-- binary COPY out and back in
COPY (SELECT a FROM addresses ORDER BY id) TO '/tmp/odi_address.bin' (FORMAT binary);
CREATE TABLE addresses_back (a id_address);
COPY addresses_back FROM '/tmp/odi_address.bin' (FORMAT binary);
SELECT (SELECT count(*) FROM addresses_back) AS copied,
       (SELECT count(*) FROM (SELECT a::text FROM addresses EXCEPT ALL SELECT a::text FROM addresses_back) d) AS lost;
-- the encoding is pinned: version 1, province 0, RT 0, RW 0, postal code 10310, then the strings
SELECT encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex') AS send_pati;
SELECT encode(id_address_send('Kompleks Giri Indah, Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15138, Banten'), 'escape') AS send_dukuh;

-- hostile binary input: 22P03, nothing stored
CREATE FUNCTION pg_temp.copy_binary(hex text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text;
BEGIN
    -- a bytea column has the same binary COPY layout as one id_address column
    EXECUTE format('COPY (SELECT %L::bytea) TO %L (FORMAT binary)', '\x' || hex, '/tmp/odi_address_bad.bin');
    COPY addresses_back FROM '/tmp/odi_address_bad.bin' (FORMAT binary);
    RETURN 'stored';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN st || ' | ' || msg || ' | ' || det;
END $$;
SELECT label, pg_temp.copy_binary(hex) FROM (VALUES
    ('empty', ''),
    ('version 2', '02' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 3)),
    ('province 99', '0163' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 5)),
    ('province 31 (DKI Jakarta) holds Jakarta Pusat', '011f' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 5)),
    ('province 32 (Jawa Barat) fits 10310 but does not hold Jakarta Pusat', '0120' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 5)),
    ('province 33 (Jawa Tengah) does not fit 10310', '0121' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 5)),
    ('RW without RT', '010000000001' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 13)),
    ('postal code 00001', '010000000000000001' || substr(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), 19)),
    ('missing last NUL', left(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), -2)),
    ('extra byte', encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex') || '00'),
    ('comma in the city', replace(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), encode('Jakarta Pusat', 'hex'), encode('Jakarta,Pusat', 'hex'))),
    ('number written with Nomor', replace(encode(id_address_send('Jl. Pati Blok A No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), encode('Blok A No. 1', 'hex'), encode('Blok A Nomor 1', 'hex'))),
    ('street holding No.', replace(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), encode('Jl. Pati', 'hex'), encode('Jl. No. 3', 'hex'))),
    ('invalid UTF-8 in the kelurahan', replace(encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'), encode('Menteng', 'hex'), 'ff' || encode('enteng', 'hex'))),
    ('the canonical value itself', encode(id_address_send('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'), 'hex'))
  ) v(label, hex);
SELECT a FROM addresses_back WHERE id_address_city(a) = 'Jakarta Pusat' AND id_address_street(a) = 'Jl. Pati' ORDER BY a;

-- the validator never raises, and agrees with the input function
SELECT setseed(0.4525);
CREATE TABLE address_junk AS
  SELECT -1 AS g, NULL::text AS s
  UNION ALL SELECT -2, '' UNION ALL SELECT -3, repeat('Jl. A No. 1, ', 5000) UNION ALL SELECT -4, repeat('x', 100000);
-- near misses: every sample with one character replaced, and cut short
INSERT INTO address_junk
  SELECT -10 - row_number() OVER (), overlay(written PLACING substr(' ,.0123456789No/-RTW#é', 1 + floor(random() * 22)::int, 1)
                                           FROM 1 + floor(random() * length(written))::int FOR 1)
    FROM address_samples, generate_series(1, 10)
  UNION ALL
  SELECT -5000 - row_number() OVER (), left(written, k * 4) FROM address_samples, generate_series(1, 25) k;
SELECT count(*) AS strings,
       count(*) FILTER (WHERE id_address_is_valid(s)) > 0 AS some_valid,
       count(*) FILTER (WHERE NOT id_address_is_valid(s)) > 1000 AS many_invalid,
       count(*) FILTER (WHERE id_address_is_valid(s) IS NULL) AS null_results,
       count(*) FILTER (WHERE id_address_is_valid(s) <> (pg_temp.try_address(s) LIKE 'ok: %')) AS disagreements
  FROM address_junk;
-- what a normalised near miss gives is always valid, canonical text
SELECT count(*) FILTER (WHERE NOT id_address_is_valid(id_address_normalize(s)::text)) AS normalized_invalid
  FROM address_junk WHERE id_address_normalize(s) IS NOT NULL;
SELECT id_address_is_valid(NULL) AS null_in, id_address_is_valid('Jl. Pati No. 1, Menteng, Jakarta Pusat 10310') AS good,
       id_address_is_valid('Jl. Pati No. 1, Menteng') AS bad;

-- id_address_normalize: messy real-world input, NULL when not understood with confidence
SELECT v AS written, id_address_normalize(v) AS normalized
  FROM unnest(ARRAY[
    'Jalan Pati Nomor 1, Menteng, Jakarta Pusat 10310',
    'Jln. Pati no. 1, Menteng, Jakarta Pusat 10310',
    'JL. Pati NO 1, Menteng, Jakarta Pusat 10310',
    'Jl.Pati No.1, Menteng, Jakarta Pusat 10310',
    'Jl. Dukuh 3 No. 3 RT 2 RW 11, Cibodas, Tangerang 15114, Banten',
    'Jl. Dukuh 3 No. 3 RT.002/RW.011, Cibodas, Tangerang 15114',
    'Jl. Dukuh 3 No. 3 rt 02 / rw 11, Cibodas, Tangerang 15114',
    'Jl. Dukuh 3 No. 3 RT/RW 002/011, Cibodas, Tangerang 15114',
    'Jl. Dukuh 3 No. 3, RT 02/RW 11, Cibodas, Tangerang 15114',
    'Jl.  Pati   No. 1 ,Menteng,Jakarta Pusat  10310 ,',
    E'Jl. Pati No. 1,\n  Menteng,\tJakarta Pusat 10310',
    'Jl. Pati No. 1, Menteng, Jakarta Pusat10310',
    'Jl. Pati No. 1, Menteng, Jakarta Pusat, 10310',
    'Jl. Pati No. 1, Menteng Jakarta Pusat 10310',
    'Jl. Pati No. 1, Cikini, Menteng Jakarta Pusat 10330',
    'Jl. Ijen No. 25A, Oro-oro Dowo Malang 65119',
    'Jl. Pati No. 1, Kel. Menteng, Kec. Menteng, Jakarta Pusat 10310, Prov. DKI Jakarta, Indonesia',
    'Perum. Griya Asri, Jln. Griya Asri Raya blok C2 no 5, Pakansari, Cibinong, Bogor 16915, Jabar',
    'Perum. Griya Asri blok C2 no 5, Pakansari, Cibinong, Bogor 16915, Jabar',    -- a complex, no street
    'Jl. Jend. Gatot Subroto kav 52, Kuningan Barat, Mampang Prapatan, Jakarta Selatan 12710',
    -- NULL: cannot be read with confidence
    'Jl. Pati No. 1, Menteng Jakarta Pusat 12310',
    'Jl. Pati No. 1, Menteng Kota Jakarta Pusat 10310',
    'Jl. Dukuh 3, Cibodas, Tangerang 15138',
    'Jl. Pati No. 1, Menteng',
    'Jl. Pati No. 1 RT 02, Menteng, Jakarta Pusat 10310',
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Jawa Tengah',
    'bukan alamat',
    ''
  ]) WITH ORDINALITY u(v, i)
 ORDER BY i;

-- casts
SELECT 'Jl. Pati Nomor 1, Menteng, Jakarta Pusat 10310'::text::id_address::text AS via_text,
       'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310'::varchar::id_address::varchar AS via_varchar;
