/*
 * odi_kinds.h: the registry of guideline kinds.  The one list of them: the
 * dispatch of guideline_error(), guideline_registry() and through it
 * guideline_types(), conformance_report(), table_schema(), the reliability
 * tests' type list and the tests' kind lists are all read from here.
 *
 * One ODI_KIND line per kind, in the order conformance_report() prefers them
 * when two kinds read the same share of a column (the more specific first):
 *
 *   ODI_KIND(kind, sql_type, check, rule, reader, readable, schema_field,
 *            schema_pattern, examples)
 *
 * kind           the name guideline_error() and conformance_report() use
 * sql_type       the type or domain; its validator is <sql_type>_is_valid(text)
 *                and its normaliser, if any, <sql_type>_normalize(text)
 * check          bool check(const char *input, odi_error *err): the parser
 * rule           the guideline rule (or where the format comes from)
 * reader         a function reading what the normaliser cannot (G3-COMPOUND),
 *                or NULL; readable: the regex of the values it reads
 * schema_field   the Frictionless Table Schema field, JSON
 * schema_pattern its constraints.pattern, unanchored (table_schema anchors it);
 *                NULL: none, or computed by table_schema (phone)
 * examples       ODI_EXAMPLES(...): values the type accepts, as people write them
 *
 * Include it with ODI_KIND defined; it is undefined at the end.
 */

#define ODI_EXAMPLES(...) {__VA_ARGS__, NULL}

#define ODI_TS_STRING "{\"type\": \"string\"}"
#define ODI_RE_YEAR "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
/* February 29th of a leap year; -0001 (1 BC) is the year 0, a leap year, as is -0005 */
#define ODI_RE_LEAP \
	"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00" \
	"|-([0-9]{2}(0[59]|[2468][159]|[13579][37])|(0[048]|[2468][048]|[13579][26])01))-02-29"
/* a domain name: labels, at least two, the last not all digits */
#define ODI_RE_DOMAIN \
	"([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+" \
	"([0-9]*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?|[0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])"
#define ODI_RE_IPV4_PART "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
/* 1 to 65535 in at most 5 digits */
#define ODI_RE_PORT \
	"(0{0,3}[1-9]|0{0,2}[1-9][0-9]|0?[1-9][0-9]{2}|[1-9][0-9]{3}" \
	"|0(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})" \
	"|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])"
/* a character of a path, query or fragment (RFC 3986) */
#define ODI_RE_PATH_CHAR "([A-Za-z0-9!$&'()*+,;=:@/?._~-]|%[0-9A-Fa-f]{2})"
#define ODI_RE_EMAIL_ATOM "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
#define ODI_RE_TWO_DIGITS_NOT_00 "(0[1-9]|[1-9][0-9])"

/* on a tie the earlier, more specific kind wins: 0/1 are bool, not number */
ODI_KIND("bool", "id_bool", odi_bool_valid, "G4.3-BOOL", NULL, NULL,
		 "{\"type\": \"boolean\", \"trueValues\": [\"1\", \"ya\"], \"falseValues\": [\"0\", \"tidak\"]}",
		 NULL,
		 ODI_EXAMPLES("1", "0", "ya", "tidak"))
ODI_KIND("day", "id_day", odi_day_valid, "G4.4-DAY", NULL, NULL, ODI_TS_STRING,
		 "0[1-9]|[12][0-9]|3[01]",
		 ODI_EXAMPLES("01", "15", "31"))
ODI_KIND("month", "id_month", odi_month_valid, "G4.4-MONTH", NULL, NULL, ODI_TS_STRING,
		 "0[1-9]|1[0-2]",
		 ODI_EXAMPLES("01", "09", "12"))
/* not Table Schema's "year": validators read it as an integer of 4 digits, 0000 to 9999 */
ODI_KIND("year", "id_year", odi_year_valid, "G4.4-YEAR", NULL, NULL, ODI_TS_STRING,
		 "[0-9]{4}|-" ODI_RE_YEAR,
		 ODI_EXAMPLES("2014", "0000", "9999", "-0001"))
/* G3-COMPOUND: 'Selasa, 2 September 2014' */
ODI_KIND("date", "id_date", odi_date_valid, "G4.4-DATE", "parse_date_id",
		 "(?i)^\\s*((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\\s+)?[0-9]{1,2}\\s+"
		 "(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)"
		 "\\s+[0-9]{4}\\s*$",
		 ODI_TS_STRING,
		 "-?" ODI_RE_YEAR "-(0[1-9]|1[0-2]|(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
		 "|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|" ODI_RE_LEAP,
		 ODI_EXAMPLES("2014-01-01", "1999-12-31", "1999-12", "2016-02-29"))
ODI_KIND("time", "id_time_tz", odi_time_check, "G4.4-TIME", NULL, NULL, ODI_TS_STRING,
		 "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\\+0[789]00)?",
		 ODI_EXAMPLES("19:15", "09:15:10+0700", "08:15+0700", "09:15+0800", "21:00:00+0900",
					  "00:00", "23:59:59"))
ODI_KIND("latlong", "latlong", odi_latlong_check, "G4.5-LAT", NULL, NULL, ODI_TS_STRING,
		 "(-?([0-9]|[1-8][0-9])\\.[0-9]{4,15}|-?90\\.0{4,15}), "
		 "(-?([0-9]|[1-9][0-9]|1[0-7][0-9])\\.[0-9]{4,15}|-?180\\.0{4,15})",
		 ODI_EXAMPLES("-6.1754, 106.8272", "30.0000, 110.0000", "-15.6821828, -62.6821828",
					  "0, 0", "-90, 180", "89.99999999, -179.5"))
ODI_KIND("phone", "id_phone", odi_phone_check, "G4.6-PHONE", NULL, NULL, ODI_TS_STRING,
		 NULL,
		 ODI_EXAMPLES("021 12345678", "0815 123456789", "(021) 3841234", "+39 815 123456789",
					  "0039 21 123456789", "112", "0804 123 4567", "0800 1500000",
					  "(0361) 223344", "+1 415 555 2671", "1500 567"))
ODI_KIND("email", "id_email", odi_email_valid, "G4.7-EMAIL", NULL, NULL,
		 "{\"type\": \"string\", \"format\": \"email\"}",
		 ODI_RE_EMAIL_ATOM "(\\." ODI_RE_EMAIL_ATOM ")*@" ODI_RE_DOMAIN,
		 ODI_EXAMPLES("namalokal@example.com", "nama.lokal@example.com"))
/* an IPv6 address is checked by the format "uri" only */
ODI_KIND("url", "id_url", odi_url_valid, "G4.8-URL", NULL, NULL,
		 "{\"type\": \"string\", \"format\": \"uri\"}",
		 "[Hh][Tt][Tt][Pp][Ss]?://(" ODI_RE_DOMAIN "|" ODI_RE_IPV4_PART "(\\." ODI_RE_IPV4_PART "){3}"
		 "|\\[[0-9A-Fa-f:.]+\\])(:" ODI_RE_PORT ")?([/?]" ODI_RE_PATH_CHAR "*)?(#" ODI_RE_PATH_CHAR "*)?",
		 ODI_EXAMPLES("http://example.com", "https://example.com/data/01/2013/dataset.csv"))
ODI_KIND("address", "id_address", odi_address_check, "G4.5-ADDR", NULL, NULL, ODI_TS_STRING,
		 NULL,
		 ODI_EXAMPLES("Jl. Pati No. 1, Menteng, Jakarta Pusat 10310",
					  "Kompleks Giri Indah, Jl. Dukuh 3 No. 3, Cibodas, Tangerang 15138",
					  "Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114, Banten",
					  "Jl. Kebon Sirih No. 22, Gambir, Gambir, Jakarta Pusat 10110"))
/* G3-COMPOUND: 'Rp 1.200.000,00', 'US$ 1,100' */
ODI_KIND("number", "id_number", odi_number_valid, "G4.2-NUM", "parse_money",
		 "^\\s*(Rp\\.?|IDR|US\\$|USD)\\s*[0-9][0-9.,]*\\s*$",
		 "{\"type\": \"number\", \"decimalChar\": \".\", \"bareNumber\": true}",
		 NULL,
		 ODI_EXAMPLES("125", "100000", "-100000", "123.45", "0.000012345"))
/*
 * after number: a column of 31.71 reads as numbers, of 31.71.01 as area codes.
 * The check also looks the code up in the register of areas; the pattern
 * checks the format only (no pattern can list the register).
 */
ODI_KIND("kode_wilayah", "id_kode_wilayah", odi_kode_wilayah_check, "Kemendagri", NULL, NULL,
		 ODI_TS_STRING,
		 "[1-9][0-9](\\." ODI_RE_TWO_DIGITS_NOT_00 "(\\." ODI_RE_TWO_DIGITS_NOT_00
		 "(\\.(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3}))?)?)?",
		 ODI_EXAMPLES("31", "31.71", "31.71.01", "31.71.01.1001", "91.71.03.2004"))

#undef ODI_KIND
