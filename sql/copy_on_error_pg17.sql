-- PostgreSQL 17+: COPY ... WITH (ON_ERROR ignore) loads a messy CSV into
-- conforming columns.  Every type and domain reports a rejected value as a soft
-- error, so COPY skips that row, names it (LOG_VERBOSITY verbose) and loads the
-- rest.  Each bad row has one value its column's rule rejects:
-- G4.6-PHONE-4, G4.5-ADDR-3, G4.4-TIME-3, G4.5-LAT, G4.4-DAY, G4.4-MONTH,
-- G4.4-YEAR, G4.4-DATE, G4.3-BOOL, G4.2-NUM-1, G4.7-EMAIL, G4.8-URL, and
-- Kemendagri area codes (one malformed, one not in the register of areas)
CREATE TABLE copy_target (
    id int, telepon id_phone, alamat id_address, jam id_time_tz, koordinat latlong,
    hari id_day, bulan id_month, tahun id_year, tanggal id_date, aktif id_bool,
    jumlah id_number, surel id_email, situs id_url, wilayah id_kode_wilayah
);
-- every kind has a column here (none of the rows below)
SELECT kind FROM guideline_types()
 WHERE type_name NOT IN (SELECT atttypid FROM pg_attribute WHERE attrelid = 'copy_target'::regclass);
COPY copy_target FROM STDIN WITH (FORMAT csv, ON_ERROR ignore, LOG_VERBOSITY verbose);
1,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
2,0219 9,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
3,021 3144021,"Jl. Dukuh 3, Cibodas, Tangerang 15138",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
4,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",09:15 WIB,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
5,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"106.8412, -6.1985",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
6,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",1,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
7,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,September,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
8,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,14,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
9,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,02/09/2014,ya,125,namalokal@example.com,http://example.com,31.71.01.1001
10,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,Y,125,namalokal@example.com,http://example.com,31.71.01.1001
11,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,"100,000",namalokal@example.com,http://example.com,31.71.01.1001
12,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal(at)example.com,http://example.com,31.71.01.1001
13,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,www.example.com,31.71.01.1001
16,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.7.01
17,021 3144021,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.99
14,0815 1234567,"Jl. Kebon Sirih No. 22, Gambir, Gambir, Jakarta Pusat 10110",23:59:59+0900,"0, 0",31,12,-0001,1999-12,tidak,-0.5,nama.lokal@example.com,https://example.com/data.csv,91.71.03.2004
\.
-- the two good rows, in canonical form; the fourteen others were skipped
SELECT * FROM copy_target ORDER BY id;
-- without ON_ERROR the first bad value stops the COPY with our error
COPY copy_target FROM STDIN WITH (FORMAT csv);
15,0219 9,"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",07:30,"-6.1985, 106.8412",01,09,2014,2014-09-02,ya,125,namalokal@example.com,http://example.com,31.71
\.
SELECT count(*) FROM copy_target;
DROP TABLE copy_target;
