-- Puskesmas (community health centres) of Jakarta Pusat as a spreadsheet export
-- loads them: every column text, each written a different way.  See data/README.md.
CREATE TABLE puskesmas (
    nama text,
    alamat text,
    telepon text,
    jam_buka text,
    koordinat text
);

INSERT INTO puskesmas VALUES
    ('Puskesmas Kecamatan Menteng',       'Jl. Pegangsaan Barat No. 14, Menteng, Jakarta Pusat 10320',
     '(021) 3144021',         '07:30',      '-6.1985, 106.8412'),
    ('Puskesmas Kecamatan Gambir',        'Jln. Tanah Abang I Nomor 5, Petojo Selatan, Gambir, Jakarta Pusat 10160',
     '021-3840120',           '07.30',      '-6,1702; 106,8147'),
    ('Puskesmas Kecamatan Tanah Abang',   'Jl. KH Mas Mansyur No. 30, Kebon Kacang, Jakarta Pusat10240',
     '+62 21 5703356',        '7:30',       '(-6.2063,106.8122)'),
    ('Puskesmas Kecamatan Sawah Besar',   'Jalan Dwiwarna Raya no. 6, Karang Anyar, Jakarta Pusat 10740,',
     'Telp. 021.6241234',     '07:30 WIB',  '6.1603 S, 106.8320 E'),
    ('Puskesmas Kecamatan Kemayoran',     'Jl. Serdang Baru  No. 2, Kemayoran, Jakarta Pusat 10620',
     '021 4245678',           '08.00',      '106.8445, -6.1617'),
    ('Puskesmas Kecamatan Senen',         'Jl. Kramat Raya, Senen',
     '-',                     '24 jam',     '-6.1767, 106.8416'),
    ('Puskesmas Kecamatan Cempaka Putih', 'Jl. Rawasari Selatan No. 1 RT 2 RW 11, Cempaka Putih Timur, Jakarta Pusat 10510',
     '021 4212345 / 4212346', '07:30+0700', ''),
    ('Puskesmas Kecamatan Johar Baru',    'Jl. Johar Baru III No. 2, Johar Baru, Jakarta Pusat 10560',
     '021 4250123',           '07:30',      '-6.1830, 106.8573');
