-- id_address reads Indonesia with the register of areas (Kemendagri codes,
-- idn-area-data 4.0.1): what the type refuses because a part is not what its
-- place says, and the layouts id_address_normalize reads.  G4.5-ADDR-1, -2.
-- Addresses are in the layouts real institutions publish; place names are the
-- register's, street names and numbers illustrative.

CREATE FUNCTION pg_temp.try_address(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; det text;
BEGIN
    RETURN 'ok: ' || input::id_address::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL;
    RETURN st || ' | ' || det;
END $$;

-- G4.5-ADDR-1: the type never reads a part as what it is not
SELECT v AS written, pg_temp.try_address(v) AS result
  FROM unnest(ARRAY[
    'Jl. Cihampelas No. 161, Cipaganti, Kota Bandung, Jawa Barat 40131',   -- a province as the city
    'Jl. Raya Bogor No. 5, Sukamaju, Cibinong, Kode Pos 16914',            -- a label as the city
    'Jl. Raya Bekasi No. 5, Margahayu, Bekasi Kode Pos 17113',              -- a label inside the city
    'Jl. Kaliurang No. 5, Sinduadi, Mlati, Yogyakarta - 55162',              -- a dash after the city
    'Jl. Pati No. 1, Kel. Menteng, Jakarta Pusat 10310',                     -- Kel. label
    'Jl. Pati No. 1, Menteng, Kec. Menteng, Jakarta Pusat 10310',            -- Kec. label
    'Jl. Pati No. 1, Kec. Menteng, Jakarta Pusat 10310',                     -- a kecamatan as the kelurahan
    'Jl. Tanjung Duren Barat IV No. 6, RT002/006, Grogol Petamburan, Jakarta Barat 11470', -- an RT/RW as the kelurahan
    'Jl. Tanjung Duren Barat IV No. 6, Grogol Petamburan, Jakarta Barat 11470', -- a kecamatan of the city as the kelurahan
    'Dutamas Fatmawati Blok B-2 No. 8, Jl. Rs Fatmawati 39, Cipete Utara, Jakarta Selatan 12150', -- a street as the kelurahan
    'Jalan Prof. H. M. Yamin, S.H. No. 79, Sei Sikambing B, Medan Sunggal, Medan 20122', -- a comma inside the street
    'Jl. Villa Melati Mas Raya Jl. Raya Serpong No. 3, Jelupang, Serpong Utara, Tangerang Selatan 15323', -- two streets
    'Jl. Ciremai Raya Ruko No. B/06, Kalijaga, Harjamukti, Kota Cirebon 45144', -- a building inside the street
    'Jl. Pati No. 1, Menteng, Narnia 10310',                                 -- not a city of the register
    'Jl. Pati No. 1, Cikini, Menteng Jakarta Pusat 10330',                   -- a comma missing before the city
    'Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Jawa Barat',              -- the province does not hold the city
    'Jl. Pati No. 1, Menteng, DKI Jakarta 10310',                            -- the province as the city
    'Jl. Pati No. 1, Menteng, Jakarta 10310',                                -- Jakarta, the capital as a whole
    'Jl. Baru No. 1, Desa Baru, Kabupaten Siak 28772',                       -- Desa Baru is an official village name
    'Jl. Raya Bogor Km. 26, Cibinong, Cibinong, Kab. Bogor 16914',           -- a kilometre post as the number
    'Jl. Raya Bogor Km. 26 No. 5, Cibinong, Cibinong, Kab. Bogor 16914',     -- a kilometre post in the street
    'Jl. Pati No. 1 RT26, Menteng, Jakarta Pusat 10310',                     -- an RT without RW
    'Jalan Pati No. 1, Menteng, Jakarta Pusat 10310'                         -- Jalan is written Jl.
  ]) WITH ORDINALITY u(v, i)
 ORDER BY i;

-- G4.5-ADDR-1..4: the layouts of published addresses, read with the register;
-- NULL where a mandatory part is missing or the reading is not certain
SELECT v AS written, id_address_normalize(v) AS normalized
  FROM unnest(ARRAY[
    -- Google Maps: province before the postal code, labels, abbreviations
    'Jl. Cihampelas No.161, Cipaganti, Kec. Coblong, Kota Bandung, Jawa Barat 40131',
    'Jl. Ahmad Yani No.5, Ketintang, Kec. Gayungan, Surabaya, Jawa Tim. 60231',
    'Jl. Urip Sumoharjo No.5, Panaikang, Kec. Panakkukang, Kota Makassar, Sulawesi Sel. 90231',
    'Jl. Madukoro Raya No.6, Krobokan, Kec. Semarang Bar., Kota Semarang, Jawa Tengah 50144',
    'Jl. Medan Merdeka Barat No.9, RT.2/RW.3, Gambir, Kecamatan Gambir, Kota Jakarta Pusat, Daerah Khusus Ibukota Jakarta 10110',
    'Jl. Gubeng Pojok No.31 010, RT.010/RW.07, Ketabang, Kec. Genteng, Surabaya, Jawa Timur 60272',
    -- Google Maps in English
    'Jl. Bintaro Utama No. 21, Pondok Aren, Pondok Aren, South Tangerang City, Banten 15224',
    'Jl. Slamet Riyadi No.333, Purwosari, Laweyan, Surakarta City, Central Java 57142',
    -- letterheads: Kode Pos, Kelurahan/Kecamatan labels, no commas, a town before the postal code
    'Jl. Raya Bogor No. 5, Pakansari, Cibinong, Kab. Bogor, Kode Pos 16915',
    'Jalan Soekarno Hatta Nomor 35 Kelurahan Padang Tangah Payobadar Kecamatan Payakumbuh Timur, Kota Payakumbuh, Sumatera Barat, Kode Pos 26231',
    'Jalan Raya Puputan No. 13 Renon Denpasar 80234',
    'Jalan Pahlawan No. 6 RT 12 RW 05, Kel. Kayuara, Kec. Sekayu, Kab. Musi Banyuasin Sumatera Selatan Sekayu 30711',
    'Jl. Kaliurang No. 5, Sinduadi, Mlati, Yogyakarta - 55162',
    'Jl. Ahmad Yani Rt. 004/ Rw 001 No.28 Kelurahan Jitra, Kecamatan Teluk Segara, Kota Bengkulu-38119',
    -- numbers
    'Jl. Merdeka No. 7 A, Menteng, Jakarta Pusat 10310',
    'Jl. Merdeka No:28, Menteng, Jakarta Pusat 10310',
    'Jl. Raya Bogor Km. 3,5, Cibinong, Cibinong, Kab. Bogor 16914',
    'Jl. Raya Jemursari No.339 - 341, Jemur Wonosari, Wonocolo, Surabaya 60237',
    'Gedung Gambir Bersama Jalan K.H. Hasyim Ashari No. 6-12 Kelurahan Petojo Utara, Kecamatan Gambir Jakarta Pusat 10160',
    'Ruko Golden Boulevard Blok C No.1, Jl. Pahlawan Seribu, Lengkong Wetan, Serpong, Tangerang Selatan 15322',
    'No.78/I, Jl. Embong Malang, Genteng, Kec. Genteng, Surabaya, Jawa Timur 60261',
    'Jalan Prof. H. M. Yamin, S.H. No. 79, Sei Sikambing B, Medan Sunggal, Medan 20122',
    'Jl. Jend. Sudirman Ruko Sudirman Square No. 12-14, Nganguk, Kec. Kota Kudus, Kabupaten Kudus, Jawa Tengah 59312',
    'Jl. Pangeran Diponegoro No.69, RW.5, Kenari, Kec. Senen, Kota Jakarta Pusat, Daerah Khusus Ibukota Jakarta 10430',
    -- a dusun before the kelurahan, a letterhead's contacts after the address
    'Jl. Laksda Adisucipto No.81, Ambarukmo, Caturtunggal, Kec. Depok, Kabupaten Sleman, Daerah Istimewa Yogyakarta 55281, Indonesia',
    'Jl. Merdeka No. 5, Gambir, Jakarta Pusat 10110 Telp. (021) 3456789 Fax. 3456790',
    -- a part missing, or a reading that is not certain: NULL
    'Jl. Raya Bogor No. 5, Cibinong, Kode Pos 16914',                 -- no city
    'Jl. Tanjung Duren Barat IV No. 6, RT002/006, Grogol Petamburan, Jakarta Barat 11470', -- no kelurahan
    'Dutamas Fatmawati Blok B-2 No.8, Jl. Rs Fatmawati 39, Cipete Utara, Jakarta Selatan 12150', -- which street?
    'Jl. Griya Utama Raya Kav.6-8, Sunter Kemayoran, Jakarta 14350',  -- an estate, not a kelurahan
    'Jl. Jend.Basuki Rahmat no.1 Kotabaru, Jambi - Indonesia 36128',  -- Kotabaru is a kecamatan
    'Jl. Raya No. 5, Sukamaju, Jakarta Pusat',                        -- no postal code
    'Jl. Pati, Menteng, Jakarta Pusat 10310'                          -- no building number
  ]) WITH ORDINALITY u(v, i)
 ORDER BY i;

-- the components of a Maps-layout address, as read
\x on
SELECT id_address_street(a) AS street, id_address_number(a) AS number,
       id_address_rt(a) AS rt, id_address_rw(a) AS rw, id_address_kelurahan(a) AS kelurahan,
       id_address_kecamatan(a) AS kecamatan, id_address_city(a) AS city,
       id_address_postal_code(a) AS postal_code, id_address_province(a) AS province
  FROM (SELECT id_address_normalize('Jl. Medan Merdeka Barat No.9, RT.2/RW.3, Gambir, Kecamatan Gambir, Kota Jakarta Pusat, Daerah Khusus Ibukota Jakarta 10110') AS a) t;
\x off

-- normalising a valid value changes nothing, whatever it was read from
SELECT count(*) AS values_read,
       count(*) FILTER (WHERE id_address_normalize(a::text) = a
                          AND id_address_normalize(a::text)::text = a::text) AS unchanged
  FROM (SELECT id_address_normalize(v) AS a
          FROM unnest(ARRAY[
            'Jl. Cihampelas No.161, Cipaganti, Kec. Coblong, Kota Bandung, Jawa Barat 40131',
            'Jalan Raya Puputan No. 13 Renon Denpasar 80234',
            'Jl. Baru No. 1, Desa Baru, Kabupaten Siak 28772',
            'Jl. Raya Bogor Km. 3,5, Cibinong, Cibinong, Kab. Bogor 16914',
            'Jl. Pati No. 1 RT 26, Menteng, Jakarta Pusat 10310',
            'Jl. Kaliurang No. 5, Sinduadi, Mlati, Yogyakarta - 55162']) v) t
 WHERE a IS NOT NULL;
