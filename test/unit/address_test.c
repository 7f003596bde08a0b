/* Unit tests of the pure address parser (guideline 4.5). */
#include <stdlib.h>

#include "address_parse.h"
#include "unit.h"

typedef enum
{
	PARSE,						/* want the canonical text or the error detail */
	NORMALIZE					/* want the canonical text or "(null)" */
} mode;

static void
check(mode m, const char *input, const char *want)
{
	char	   *work = malloc(odi_address_work_size(input));
	char		buf[1024] = "(null)";
	char		name[600];
	odi_address addr;
	odi_error	err;
	bool		ok;

	snprintf(name, sizeof(name), "%s \"%s\"", m == PARSE ? "parse" : "normalize", input);
	ok = m == PARSE ? odi_address_parse(input, work, &addr, &err)
		: odi_address_normalize(input, work, &addr);
	if (ok)
		odi_address_format(&addr, buf);
	else if (m == PARSE)
		odi_error_format(&err, buf, sizeof(buf));
	unit_check_str(buf, want, name);
	free(work);
}

#define canonical(input, want) check(PARSE, input, want)
#define rejected(input, want) check(PARSE, input, want)
#define normalized(input, want) check(NORMALIZE, input, want)

/* parse, encode, check the encoding is canonical and that a changed byte is not */
static void
stored(const char *input)
{
	char	   *work = malloc(odi_address_work_size(input));
	odi_address addr;
	odi_address back;
	uint8_t    *enc;
	char	   *cwork;
	size_t		size;
	size_t		i;
	int			accepted = 0;
	char		a[1024];
	char		b[1024] = "";
	char		name[600];

	snprintf(name, sizeof(name), "stored form of \"%s\"", input);
	if (!odi_address_parse(input, work, &addr, NULL))
	{
		unit_check(0, name, "did not parse");
		free(work);
		return;
	}
	size = odi_address_encoded_size(&addr);
	enc = malloc(size);
	cwork = malloc(odi_address_canonical_work_size(size));
	odi_address_encode(&addr, enc);
	odi_address_format(&addr, a);
	if (odi_address_decode(enc, size, &back))
		odi_address_format(&back, b);
	unit_check(strcmp(a, b) == 0 && odi_address_is_canonical(enc, size, cwork) &&
			   odi_address_cmp(enc, size, enc, size) == 0, name, b);
	/* every single-byte change is rejected or still a valid, different value */
	for (i = 0; i < size; i++)
	{
		uint8_t		saved = enc[i];

		enc[i] ^= 0x20;
		if (odi_address_is_canonical(enc, size, cwork))
			accepted++;
		enc[i] = saved;
	}
	snprintf(name, sizeof(name), "flipped bytes of \"%s\" stay canonical only as other addresses", input);
	unit_check(accepted < (int) size, name, NULL);
	unit_check(!odi_address_is_canonical(enc, size - 1, cwork), "truncated encoding rejected", NULL);
	free(cwork);
	free(enc);
	free(work);
}

static void
number_order(const char *a, const char *b)
{
	char		name[128];

	snprintf(name, sizeof(name), "number \"%s\" < \"%s\"", a, b);
	unit_check(odi_address_number_cmp(a, b) < 0 && odi_address_number_cmp(b, a) > 0, name, NULL);
}

int
main(void)
{
	/* G4.5-ADDR-5: the guideline's right examples */
	canonical("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",
			  "Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	canonical("Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138",
			  "Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138");
	canonical("Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten",
			  "Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten");
	/* G4.5-ADDR-3: Nomor is written No. */
	canonical("Jl. Pati Nomor 1, Menteng, Jakarta Pusat 10310",
			  "Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	canonical("Jl. Sudirman Blok C2 Nomor 5, Karet, Setiabudi, Jakarta Selatan 12920",
			  "Jl. Sudirman Blok C2 No. 5, Karet, Setiabudi, Jakarta Selatan 12920");
	canonical("Jl. Jend. Gatot Subroto Kav. 52, Kuningan Barat, Mampang Prapatan, Jakarta Selatan 12710",
			  "Jl. Jend. Gatot Subroto Kav. 52, Kuningan Barat, Mampang Prapatan, Jakarta Selatan 12710");
	canonical("Jl. Blok M No. 3, Melawai, Kebayoran Baru, Jakarta Selatan 12160",
			  "Jl. Blok M No. 3, Melawai, Kebayoran Baru, Jakarta Selatan 12160");
	canonical("  Jl. Braga No. 1 RT002/RW011, Braga, Bandung 40111, jawa barat ",
			  "Jl. Braga No. 1 RT02/RW11, Braga, Bandung 40111, Jawa Barat");
	canonical("Jl. Malioboro No. 52, Sosromenduran, Gedong Tengen, Yogyakarta 55271, D.I. Yogyakarta",
			  "Jl. Malioboro No. 52, Sosromenduran, Gedong Tengen, Yogyakarta 55271, DI Yogyakarta");

	/* G4.5-ADDR-5: the wrong examples, and other mistakes */
	rejected("Jl. Pati No. 1, Menteng",
			 "the city and the postal code are missing: an address ends with the city and its postal code, as in \"Jakarta Pusat 10310\"");
	rejected("Jl. Dukuh 3, Cibodas, Tangerang 15138",
			 "there is no building number: \"Jl. Dukuh 3\" is read as a street name; a building number follows \"No.\", as in \"Jl. Dukuh No. 3\"");
	rejected("Jl. Pati, Menteng, Jakarta Pusat 10310",
			 "there is no building number: write \"No.\" and the number after the street name, as in \"Jl. Pati No. 1\"");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 1031",
			 "the postal code \"1031\" has 4 digits; an Indonesian postal code has 5");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 103100",
			 "the postal code \"103100\" has 6 digits; an Indonesian postal code has 5");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 01031",
			 "the postal code \"01031\" starts with 0; Indonesian postal codes start with 1 to 9");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat10310",
			 "the postal code \"10310\" must be separated from the city by one space");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat, 10310",
			 "the postal code \"10310\" stands alone after a comma; write it after the city with one space: \"Jakarta Pusat 10310\"");
	rejected("Jl. Pati No. 1, Jakarta Pusat 10310",
			 "the kelurahan/desa is missing between the street and the city");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Jawa Tengah",
			 "the postal code 10310 does not belong to the province Jawa Tengah: its postal codes start with 5");
	rejected("Jl. Malioboro No. 52, Sosromenduran, Gedongtengen, Yogyakarta 55271, Jawa Barat",
			 "the postal code 55271 does not belong to the province Jawa Barat: its postal codes start with 1 or 4");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Narnia",
			 "\"Narnia\" after the postal code is not an Indonesian province");
	rejected("Jl. Pati No. 1,Menteng, Jakarta Pusat 10310",
			 "the comma at position 15 must be followed by one space");
	rejected("Jl. Pati  No. 1, Menteng, Jakarta Pusat 10310",
			 "two spaces in a row at position 9");
	rejected("Jl. Pati No. 1 , Menteng, Jakarta Pusat 10310",
			 "a space before the comma at position 15");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310,",
			 "the address ends with a comma");
	rejected("", "the value is empty");
	rejected("Jl. Pati No. #1, Menteng, Jakarta Pusat 10310",
			 "unexpected character \"#\" at position 14");
	rejected("No. 1, Menteng, Jakarta Pusat 10310",
			 "the street name is missing before \"No. 1\"");
	rejected("Jl. Pati No., Menteng, Jakarta Pusat 10310",
			 "the building number is missing after \"No.\"");
	rejected("Jl. Pati No. 1 RT 2, Menteng, Jakarta Pusat 10310",
			 "\"RT 2\" is not an RT/RW: write it as \"RT02/RW11\" (or \"RT02\" without an RW)");
	rejected("Jl. Pati No. 1 Lt. 3, Menteng, Jakarta Pusat 10310",
			 "unexpected \"Lt. 3\" after the building number: the street part is \"street No. number[ RTxx/RWyy]\"");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, DKI Jakarta, Indonesia",
			 "only the province may follow the postal code; found 2 parts after it");
	rejected("Jl. Pati No. 1, A, B, C, Jakarta Pusat 10310",
			 "too many parts between the street and the city (3; at most 2: kelurahan/desa and kecamatan)");
	rejected("Gedung A, Lantai 3, Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",
			 "only the complex name may come before the street; found 2 parts before \"Jl. Pati No. 1\"");
	rejected("Jl. Pati No. 1, 12, Jakarta Pusat 10310",
			 "the kelurahan/desa \"12\" has no letter");
	rejected("Jl. Pati No. 1, Menteng, 12, Jakarta Pusat 10310",
			 "the kecamatan \"12\" has no letter");
	rejected("12, Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",
			 "the complex name \"12\" has no letter");
	rejected("Jl. Pati No. 1, Menteng, 123 10310",
			 "the city \"123\" has no letter");
	rejected("1 No. 1, Menteng, Jakarta Pusat 10310",
			 "the street name \"1\" has no letter");
	rejected("Jl. Pati No. x, Menteng, Jakarta Pusat 10310",
			 "\"x\" is not a building number: write digits, optionally with letters, \"-\" or \"/\" (12, 12A, 5-7)");

	/* G4.5-ADDR-1, -2: what the register says a part is */
	rejected("Jl. Cihampelas No. 161, Cipaganti, Kota Bandung, Jawa Barat 40131",
			 "\"Kota Bandung\" is not a kecamatan: the kecamatan follows the kelurahan/desa, the city comes right before the postal code");
	rejected("Jl. Cihampelas No. 161, Cipaganti, Jawa Barat 40131",
			 "\"Jawa Barat\" is a province, in the place of the city: write the city (kota or kabupaten) before the postal code and the province after it, as in \"Kota Bandung 40131, Jawa Barat\"");
	rejected("Jl. Raya No. 5, Margahayu, Bekasi Kode Pos 17113",
			 "the city \"Bekasi Kode Pos\" ends with \"Kode Pos\": write the postal code right after the city name, as in \"Bekasi 17113\"");
	rejected("Jl. Pati No. 1, Kel. Menteng, Jakarta Pusat 10310",
			 "the kelurahan/desa \"Kel. Menteng\" starts with the label \"Kel.\": write the name alone, \"Menteng\"");
	rejected("Jl. X No. 6, Grogol Petamburan, Jakarta Barat 11470",
			 "\"Grogol Petamburan\" is a kecamatan of Kota Administrasi Jakarta Barat, not a kelurahan/desa there: write the kelurahan/desa before it");
	rejected("Jl. X No. 6, RT002/006, Grogol, Jakarta Barat 11470",
			 "\"RT002/006\" is an RT/RW, in the place of the kelurahan/desa: write it after the building number, as in \"No. 6 RT02/RW06\"");
	rejected("Jl. Pati No. 1, Menteng, Narnia 10310",
			 "\"Narnia\" is not a city or regency of the register of areas: write the kota or kabupaten as Kemendagri names it (\"Kota Bandung\", \"Kabupaten Bogor\", \"Bandung\", \"Jakarta Selatan\")");
	rejected("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310, Jawa Barat",
			 "Jakarta Pusat is not in the province Jawa Barat");
	rejected("Jl. Ahmad Yani Rt. 004/ Rw 001 No. 28, Jitra, Kota Bengkulu 38119",
			 "the RT/RW \"Rt. 004/ Rw 001\" comes after the building number, as in \"No. 6 RT02/RW06\"");
	rejected("Jl. Merdeka No.9, Gambir, Jakarta Pusat 10110",
			 "\"No.9\": write one space between \"No.\" and the building number, as in \"No. 9\"");
	canonical("Jalan Pati No. 1 RT26, Menteng, Jakarta 10310",
			  "Jl. Pati No. 1 RT26, Menteng, Jakarta 10310");
	canonical("Jl. Raya Bogor Km. 26, Cibinong, Cibinong, Kab. Bogor 16914",
			  "Jl. Raya Bogor Km. 26, Cibinong, Cibinong, Kab. Bogor 16914");

	/* the lenient reader */
	normalized("Jalan Pati Nomor 1, Menteng, Jakarta Pusat 10310",
			   "Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	normalized("Jln. Pati no. 1 ,  Menteng,, Jakarta Pusat 10310,",
			   "Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	normalized("Jl. Dukuh 3 No 3 RT 2 RW 11, Cibodas, Tangerang 15114, Banten",
			   "Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten");
	normalized("Jl. Dukuh 3 No. 3 RT.002/RW.011, Cibodas, Tangerang 15114",
			   "Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114");
	normalized("Jl. Pati No. 1, Menteng Jakarta Pusat 10310",
			   "Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	/* the postal code is read as written: the register has no postal ranges */
	normalized("Jl. Pati No. 1, Menteng Jakarta Pusat 12310",
			   "Jl. Pati No. 1, Menteng, Jakarta Pusat 12310");
	normalized("Jl. Pati No. 1, Menteng, Kota Jakarta Pusat 10310",
			   "Jl. Pati No. 1, Menteng, Kota Jakarta Pusat 10310");
	normalized("Jl. Pati No.1, Kel. Menteng, Kec. Menteng, Jakarta Pusat10310, Prov. DKI Jakarta, Indonesia",
			   "Jl. Pati No. 1, Menteng, Menteng, Jakarta Pusat 10310, DKI Jakarta");
	normalized("Jl. Dukuh 3 No. 3, RT 02/RW 11, Cibodas, Tangerang, 15138",
			   "Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15138");
	normalized("Jl. Dukuh 3, Cibodas, Tangerang 15138", "(null)");
	normalized("Jl. Pati No. 1 RT 02, Menteng, Jakarta Pusat 10310",
			   "Jl. Pati No. 1 RT02, Menteng, Jakarta Pusat 10310");

	stored("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	stored("Kompleks Giri Indah, Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Cibodas, Tangerang 15138, Banten");
	stored("Perum. Griya Asri, Jl. Griya Asri Raya Blok C2 No. 5, Sukamaju, Cibinong, Bogor 16914, Jawa Barat");
	rejected("Perum. Griya Asri Blok C2 No. 5, Sukamaju, Cibinong, Bogor 16914",
			 "\"Perum. Griya Asri\" is a complex or building, not a street: write the street after it, as in \"Perum. Griya Asri, Jl. Melati No. 5\"");

	number_order("2", "10");
	number_order("10", "10A");
	number_order("9", "10A");
	number_order("02", "2");
	number_order("5-7", "5A");
	number_order("12", "Blok A No. 1");
	number_order("Blok A No. 2", "Blok A No. 10");
	unit_check(odi_address_number_cmp("10A", "10A") == 0, "number equal to itself", NULL);
	return unit_done();
}
