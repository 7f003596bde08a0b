-- Spending of a kelurahan office: amounts with currency and thousands separators,
-- dates written out with the weekday (guideline 3.2, G3-COMPOUND).  See data/README.md.
CREATE TABLE anggaran (
    kegiatan text,
    tanggal text,
    nilai text
);

INSERT INTO anggaran VALUES
    ('Pengadaan alat tulis kantor',          'Selasa, 2 September 2014', 'Rp 1.200.000,00'),
    ('Pemeliharaan pompa air',               'Kamis, 11 September 2014', 'Rp 850.000'),
    ('Konsumsi rapat RW',                    'Senin, 6 Oktober 2014',    'Rp 2.475.000,00'),
    ('Sewa tenda kerja bakti',               'Jumat, 24 Oktober 2014',   'Rp 600.000,00'),
    ('Pelatihan kader jumantik',             'Kamis, 13 November 2014',  'Rp 3.150.000,00'),
    ('Langganan perangkat lunak peta',       'Sabtu, 29 November 2014',  'US$ 1,100'),
    ('Cetak spanduk sosialisasi',            '2014-12-05',               '450000'),
    ('Perbaikan saluran air',                'Selasa, 19 Agustus 2014',  'Rp 5.000.000,00');
