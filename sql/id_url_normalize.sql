-- id_url_normalize: URLs as people write them, as G4.8-URL wants them; NULL
-- when not understood, never an error on a bad value.
\pset null NULL

-- G4.8-URL: "http://" before a host name written alone, scheme and host in
-- lower case (not the path), valid URLs unchanged.  The website column of the
-- Jakarta health office's hospital list (hackjak2017's mst_puskesmas) first.
SELECT v, id_url_normalize(v)
  FROM unnest(ARRAY[
    'www.rstarakanjakarta.com', ' www.rscikini.com', 'www.evasari-jakarta.awalbros.com',
    'www.rsijsukapura@.co.id',
    'www.jakarta.go.id', 'dinkes.jakarta.go.id/puskesmas', 'data.jakarta.go.id/dataset?q=puskesmas',
    'Jakarta.Go.Id/Data/01/2013/Dataset.csv', 'data.jakarta.go.id:8080/api', 'example.com#top',
    'HTTP://Data.Jakarta.GO.ID/Dataset/Puskesmas', 'Https://EXAMPLE.com', ' https://example.com/data/01/2013/dataset.csv ',
    'http://example.com', 'https://[2001:db8::1]/x',
    -- not understood
    'info@jakarta.go.id', 'mailto:info@jakarta.go.id', 'puskesmas', '-', '', 'localhost',
    'laporan.pdf', 'data.xlsx', '10.0.0.1', '1.5', 'www.jakarta.go.id.', 'jakarta..go.id',
    'ftp://ftp.example.com', 'http//example.com', '/example.com/data', 'www.jakarta.go.id/data set',
    'http://exa mple.com', 'www.jakarta.go.id, www.bps.go.id'
  ]) AS v;

-- the result is an id_url; NULL gives NULL
SELECT pg_typeof(id_url_normalize('www.jakarta.go.id')), id_url_normalize(NULL);

-- conformance_report rewrites a URL column with it ('-' is a missing value: NULL)
CREATE TABLE situs (website text);
INSERT INTO situs VALUES ('https://jakarta.go.id'), ('http://data.jakarta.go.id'), ('www.bps.go.id'), ('-');
SELECT column_name, guideline_type, nonconforming, fixable, suggestion
  FROM conformance_report('situs');
DROP TABLE situs;
