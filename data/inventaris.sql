-- A school's monthly equipment count as it is often published: one column per
-- kind of equipment (guideline 3.3, G3-GROW), headers as typed in a spreadsheet,
-- empty cells where nothing was counted.  See data/README.md.
CREATE TABLE inventaris (
    "Bulan" text,
    "Meja" text,
    "Kursi" text,
    "Papan Tulis" text,
    "Lemari" text
);

INSERT INTO inventaris VALUES
    ('2014-01', '120', '240', '8', '4'),
    ('2014-02', '120', '236', '8', ''),
    ('2014-03', '118', '236', '',  '4'),
    ('2014-04', '124', '248', '9', '5'),
    ('2014-05', '124', '250', '9', '5'),
    ('2014-06', '',    '250', '9', '');
