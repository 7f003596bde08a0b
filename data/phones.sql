-- A contact list as agencies publish it: every variant of guideline 4.6,
-- plus values that break it.  Names are of real kinds of public offices;
-- the numbers are made up in the real numbering plan's shape.  The guideline's
-- own illustration, 021 123456789, has 9 digits after 021, which no Jakarta
-- number has: the plan wins (G4.6-PHONE-4).
CREATE TABLE kontak_layanan (
    id serial PRIMARY KEY,
    nama text NOT NULL,
    telepon text
);

INSERT INTO kontak_layanan (nama, telepon) VALUES
    ('Puskesmas Kecamatan Menteng',        '021 31923456'),
    ('Puskesmas Kecamatan Tanah Abang',    '(021) 3841234'),
    ('Kelurahan Cibodas',                  '+62 21 5521234'),
    ('Dinas Kesehatan DKI Jakarta',        '0062 21 4241234'),
    ('Suku Dinas Pendidikan Jakarta Barat','021-5681234'),
    ('Petugas Jumantik Kelurahan Menteng', '0815 123456789'),
    ('Call Center Dukcapil',               '0815-1234-56789'),
    ('Posyandu Mawar',                     '0812 3456 7890'),
    ('Kantor Penghubung Roma',             '0039 21 123456789'),
    ('Atase Pendidikan Roma',              '+39 815 123456789'),
    ('Layanan Bebas Pulsa',                '0800 1 500 000'),
    ('Panggilan Darurat',                  '112'),
    ('Puskesmas Kota Yogyakarta',          '(0274) 512345'),
    ('RSUD Kota Makassar',                 '0411 872345'),
    ('Halo Kemenkes',                      '1500 567'),
    -- rejected by id_phone, some readable by id_phone_normalize
    ('Puskesmas Kecamatan Gambir',         '123456789'),
    ('Contoh pedoman',                     '021 123456789'),
    ('Suku Dinas UMKM Jakarta Timur',      '021 4517084-85'),
    ('Puskesmas Kelurahan Kwitang',        '3901234'),
    ('Kelurahan Kebon Kelapa',             '08 1234'),
    ('Kelurahan Petojo',                   '0219 9'),
    ('Puskesmas Kecamatan Sawah Besar',    '021.3451234'),
    ('Kelurahan Pasar Baru',               '+62 (0)21 3501234'),
    ('Posyandu Melati',                    '0815 1234567890'),
    ('Kelurahan Karet Tengsin',            '6281234567890'),
    ('Kelurahan Gelora',                   'Telp. 021-5731234'),
    ('Kelurahan Bendungan Hilir',          '021 5701234 / 5701235'),
    ('Puskesmas Kecamatan Cempaka Putih',  'belum ada');
