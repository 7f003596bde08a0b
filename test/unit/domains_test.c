/* Unit tests of the guideline's simple value forms (4.2-4.4, 4.7, 4.8). */
#include "domain_parse.h"
#include "unit.h"

/* want is "ok" or the error detail */
static void
check(const char *rule, odi_validator f, const char *input, const char *want)
{
	odi_error	err;
	char		buf[256] = "ok";
	char		name[512];

	snprintf(name, sizeof(name), "%s \"%s\": %s", rule, input, want);
	if (!f(input, &err))
		odi_error_format(&err, buf, sizeof(buf));
	unit_check_str(buf, want, name);
}

static void
date_value(const char *input, int y, int m, int d)
{
	odi_date	v = {0, 0, 0};
	char		buf[ODI_DATE_TEXT_LEN] = "";
	char		name[128];

	snprintf(name, sizeof(name), "G4.4-DATE \"%s\" reads %d/%d/%d and writes back", input, y, m, d);
	if (odi_date_parse(input, &v, NULL))
		odi_date_format(&v, buf);
	unit_check(v.year == y && v.month == m && v.day == d && strcmp(buf, input) == 0, name, buf);
}

/* odi_url_normalize: want is the URL, or "" for not understood */
static void
check_url_normalize(const char *input, const char *want)
{
	char		out[256];
	char		name[200];
	bool		ok = odi_url_normalize(input, out);

	snprintf(name, sizeof(name), "G4.8-URL normalize \"%s\" -> \"%s\"", input, want);
	unit_check_str(ok ? out : "", want, name);
}

int
main(void)
{
	bool		b = false;
	odi_url		u;

	/* G4.2-NUM-1..3: the guideline's right and wrong numbers */
	check("G4.2-NUM-3", odi_number_valid, "125", "ok");
	check("G4.2-NUM-3", odi_number_valid, "100000", "ok");
	check("G4.2-NUM-3", odi_number_valid, "-100000", "ok");
	check("G4.2-NUM-3", odi_number_valid, "123.45", "ok");
	check("G4.2-NUM-3", odi_number_valid, "0.000012345", "ok");
	check("G4.2-NUM-1", odi_number_valid, "+7", "ok");
	check("G4.2-NUM-3", odi_number_valid, "10.000.000", "more than one \".\": thousands separators are not used");
	check("G4.2-NUM-3", odi_number_valid, "Rp10.000.000,00", "currency marks are not used");
	check("G4.2-NUM-3", odi_number_valid, "2.5%", "percent signs are not used");
	check("G4.2-NUM-3", odi_number_valid, "US$ 1,100", "currency marks are not used");
	check("G4.2-NUM-3", odi_number_valid, "1.200.000,00", "more than one \".\": thousands separators are not used");
	check("G4.2-NUM-3", odi_number_valid, "1200.00,5", "\".\" and \",\" in one number: thousands separators are not used");
	check("G4.2-NUM-3", odi_number_valid, "15 kg", "only digits are written: no units, currency marks or spaces");
	check("G4.2-NUM-2", odi_number_valid, "123,45", "\",\" is not used: the decimal separator is \".\" and thousands are not separated");
	check("G4.2-NUM-1", odi_number_valid, ".5", "a digit is needed before the decimal point");
	check("G4.2-NUM-1", odi_number_valid, "5.", "a digit is needed after the decimal point");
	check("G4.2-NUM-1", odi_number_valid, "-", "the number has no digits");
	check("G4.2-NUM-1", odi_number_valid, "", "the value is empty");
	check("G4.2-NUM-1", odi_number_valid, "1e5", "only digits are written: no units, currency marks or spaces");
	check("G4.2-NUM-1", odi_number_valid, "--5", "unexpected character \"-\" at position 2");
	check("G4.2-NUM-1", odi_number_valid, " 5", "unexpected character \" \" at position 1");
	check("G4.2-NUM-1", odi_number_valid, "5-", "unexpected character \"-\" at position 2");

	/* G4.3-BOOL */
	check("G4.3-BOOL", odi_bool_valid, "1", "ok");
	check("G4.3-BOOL", odi_bool_valid, "0", "ok");
	check("G4.3-BOOL", odi_bool_valid, "ya", "ok");
	check("G4.3-BOOL", odi_bool_valid, "tidak", "ok");
	check("G4.3-BOOL", odi_bool_valid, "Ya", "\"ya\" and \"tidak\" are written in lower case");
	check("G4.3-BOOL", odi_bool_valid, "TIDAK", "\"ya\" and \"tidak\" are written in lower case");
	check("G4.3-BOOL", odi_bool_valid, "true", "only 1, 0, ya and tidak are used");
	check("G4.3-BOOL", odi_bool_valid, "2", "only 1, 0, ya and tidak are used");
	check("G4.3-BOOL", odi_bool_valid, "", "the value is empty");
	odi_bool_parse("tidak", &b, NULL);
	unit_check(!b, "G4.3-BOOL tidak is false", NULL);
	odi_bool_parse("ya", &b, NULL);
	unit_check(b, "G4.3-BOOL ya is true", NULL);

	/* G4.4-DAY */
	check("G4.4-DAY", odi_day_valid, "01", "ok");
	check("G4.4-DAY", odi_day_valid, "31", "ok");
	check("G4.4-DAY", odi_day_valid, "022", "the day must be exactly two digits, not 3");
	check("G4.4-DAY", odi_day_valid, "32", "day 32 is out of range (01 to 31)");
	check("G4.4-DAY", odi_day_valid, "00", "day 00 is out of range (01 to 31)");
	check("G4.4-DAY", odi_day_valid, "1", "the day must be exactly two digits, not 1");
	check("G4.4-DAY", odi_day_valid, "1a", "unexpected character \"a\" at position 2");
	/* G4.4-MONTH */
	check("G4.4-MONTH", odi_month_valid, "01", "ok");
	check("G4.4-MONTH", odi_month_valid, "12", "ok");
	check("G4.4-MONTH", odi_month_valid, "13", "month 13 is out of range (01 to 12)");
	check("G4.4-MONTH", odi_month_valid, "Februari", "month names are not used: write \"02\"");
	check("G4.4-MONTH", odi_month_valid, "Feb", "month names are not used: write \"02\"");
	check("G4.4-MONTH", odi_month_valid, "Des.", "month names are not used: write \"12\"");
	check("G4.4-MONTH", odi_month_valid, "2", "the month must be exactly two digits, not 1");
	/* G4.4-YEAR */
	check("G4.4-YEAR", odi_year_valid, "-0001", "ok");
	check("G4.4-YEAR", odi_year_valid, "0354", "ok");
	check("G4.4-YEAR", odi_year_valid, "1999", "ok");
	check("G4.4-YEAR", odi_year_valid, "0000", "ok");
	check("G4.4-YEAR", odi_year_valid, "9999", "ok");
	check("G4.4-YEAR", odi_year_valid, "354", "the year must be exactly four digits, not 3");
	check("G4.4-YEAR", odi_year_valid, "'99", "short years are not used: write all four digits");
	check("G4.4-YEAR", odi_year_valid, "\xE2\x80\x99" "99", "short years are not used: write all four digits");
	check("G4.4-YEAR", odi_year_valid, "-0000", "\"-0000\" is not a year: 1 BC is written -0001");
	check("G4.4-YEAR", odi_year_valid, "10000", "the year must be exactly four digits, not 5");
	check("G4.4-YEAR", odi_year_valid, "+2014", "unexpected character \"+\" at position 1");
	/* G4.4-DATE */
	check("G4.4-DATE", odi_date_valid, "2014-01-01", "ok");
	check("G4.4-DATE", odi_date_valid, "1999-12-31", "ok");
	check("G4.4-DATE", odi_date_valid, "1999-12", "ok");
	check("G4.4-DATE", odi_date_valid, "2014-1-1", "the month must be exactly two digits, not 1");
	check("G4.4-DATE", odi_date_valid, "01-01-2014", "the year comes first, in four digits: write YYYY-MM-DD");
	check("G4.4-DATE", odi_date_valid, "31 Desember 1999", "month names are not used: write YYYY-MM-DD, e.g. \"1999-12-31\"");
	check("G4.4-DATE", odi_date_valid, "2014-02-30", "day 30 does not exist: that month has 28 days");
	check("G4.4-DATE", odi_date_valid, "2014-04-31", "day 31 does not exist: that month has 30 days");
	check("G4.4-DATE", odi_date_valid, "2016-02-29", "ok");
	check("G4.4-DATE", odi_date_valid, "2000-02-29", "ok");
	check("G4.4-DATE", odi_date_valid, "2015-02-29", "2015 is not a leap year: February has 28 days");
	check("G4.4-DATE", odi_date_valid, "1900-02-29", "1900 is not a leap year: February has 28 days");
	check("G4.4-DATE", odi_date_valid, "-0001-02-29", "ok");	/* 1 BC: astronomical year 0 */
	check("G4.4-DATE", odi_date_valid, "-0005-02-29", "ok");
	check("G4.4-DATE", odi_date_valid, "-0002-02-29", "-0002 is not a leap year: February has 28 days");
	check("G4.4-DATE", odi_date_valid, "-0001", "the month is missing: a lone year is an id_year");
	check("G4.4-DATE", odi_date_valid, "-0001-12", "ok");
	check("G4.4-DATE", odi_date_valid, "0000-01", "there is no year 0000 in the calendar: 1 BC is written -0001, AD 1 is 0001");
	check("G4.4-DATE", odi_date_valid, "2014-13", "month 13 is out of range (01 to 12)");
	check("G4.4-DATE", odi_date_valid, "2014-00", "month 0 is out of range (01 to 12)");
	check("G4.4-DATE", odi_date_valid, "2014-01-00", "day 00 does not exist");
	check("G4.4-DATE", odi_date_valid, "2014/01/01", "the parts of a date are separated by \"-\"");
	check("G4.4-DATE", odi_date_valid, "2014-01-01T10:00", "unexpected character \"T\" at position 11");
	check("G4.4-DATE", odi_date_valid, "2014-Jan", "month names are not used: write the month as two digits");
	check("G4.4-DATE", odi_date_valid, "2014-01-", "the day is missing after \"-\"");
	check("G4.4-DATE", odi_date_valid, "2014-", "the month is missing after \"-\"");
	check("G4.4-DATE", odi_date_valid, "2014-01-x", "unexpected character \"x\" at position 9");
	check("G4.4-DATE", odi_date_valid, "", "the value is empty");
	date_value("2016-02-29", 2016, 2, 29);
	date_value("1999-12", 1999, 12, 0);
	date_value("-0001-12-31", -1, 12, 31);
	date_value("-9999-01-01", -9999, 1, 1);

	/* G4.7-EMAIL: the guideline's examples, then the decision's edges */
	check("G4.7-EMAIL", odi_email_valid, "namalokal@example.com", "ok");
	check("G4.7-EMAIL", odi_email_valid, "nama.lokal@example.com", "ok");
	check("G4.7-EMAIL", odi_email_valid, "namalokalsaja", "no \"@\" between the local name and the domain name");
	check("G4.7-EMAIL", odi_email_valid, "nama.lokall.example.com", "no \"@\" between the local name and the domain name");
	check("G4.7-EMAIL", odi_email_valid, "nama.lokal(at)example.com", "\"(at)\" is written instead of \"@\"");
	check("G4.7-EMAIL", odi_email_valid, "nama(dot)lokal(at)example(dot)com", "\"(at)\" is written instead of \"@\"");
	check("G4.7-EMAIL", odi_email_valid, "nama@localhost", "the domain name \"localhost\" has no dot");
	check("G4.7-EMAIL", odi_email_valid, "a@b@example.com", "more than one \"@\"");
	check("G4.7-EMAIL", odi_email_valid, "@example.com", "the local name before \"@\" is empty");
	check("G4.7-EMAIL", odi_email_valid, "nama@", "the domain name after \"@\" is empty");
	check("G4.7-EMAIL", odi_email_valid, ".nama@example.com", "a dot at the start or end of the local name, or two dots in a row");
	check("G4.7-EMAIL", odi_email_valid, "nama..lokal@example.com", "a dot at the start or end of the local name, or two dots in a row");
	check("G4.7-EMAIL", odi_email_valid, "\"nama lokal\"@example.com", "quoted local names are not accepted");
	check("G4.7-EMAIL", odi_email_valid, "nama lokal@example.com", "unexpected character \" \" at position 5");
	check("G4.7-EMAIL", odi_email_valid, "o'brien+data@dinas.jakarta.go.id", "ok");
	check("G4.7-EMAIL", odi_email_valid, "nama@example..com", "empty label in the domain name (a dot at its start or two dots in a row)");
	check("G4.7-EMAIL", odi_email_valid, "nama@example.com.", "the domain name ends with a dot");
	check("G4.7-EMAIL", odi_email_valid, "nama@-example.com", "the label \"-example\" starts or ends with \"-\"");
	check("G4.7-EMAIL", odi_email_valid, "nama@example_1.com", "unexpected character \"_\" at position 13");
	check("G4.7-EMAIL", odi_email_valid, "nama@163.com", "ok");
	check("G4.7-EMAIL", odi_email_valid, "nama@192.168.0.1", "the last label of the domain name is all digits");
	check("G4.7-EMAIL", odi_email_valid, "nama@[192.168.0.1]", "an address literal is not a domain name");
	check("G4.7-EMAIL", odi_email_valid, "nama@xn--mller-kva.de", "ok");
	check("G4.7-EMAIL", odi_email_valid, "nama@müller.de", "non-ASCII character \"ü\" in the domain name: write an internationalised name in punycode (xn--...)");
	check("G4.7-EMAIL", odi_email_valid, "nama@xn--.de", "the punycode label \"xn--\" is empty");
	check("G4.7-EMAIL", odi_email_valid, "müller@example.com", "non-ASCII character \"ü\" in the local name");
	check("G4.7-EMAIL", odi_email_valid, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com",
		  "the local name is longer than 64 characters");
	check("G4.7-EMAIL", odi_email_valid, "nama@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com",
		  "a label of the domain name is longer than 63 characters");

	/* G4.8-URL */
	check_url_normalize("www.jakarta.go.id", "http://www.jakarta.go.id");
	check_url_normalize(" dinkes.jakarta.go.id/Puskesmas ", "http://dinkes.jakarta.go.id/Puskesmas");
	check_url_normalize("HTTPS://Data.Jakarta.GO.ID/A", "https://data.jakarta.go.id/A");
	check_url_normalize("info@jakarta.go.id", "");
	check_url_normalize("laporan.pdf", "");
	check_url_normalize("puskesmas", "");
	check_url_normalize("-", "");
	check_url_normalize("", "");
	check_url_normalize("ftp://example.com", "");
	check("G4.8-URL", odi_url_valid, "http://example.com", "ok");
	check("G4.8-URL", odi_url_valid, "https://example.com/data/01/2013/dataset.csv", "ok");
	check("G4.8-URL", odi_url_valid, "example.com", "no scheme: write http:// or https:// before the host");
	check("G4.8-URL", odi_url_valid, "/example.com/data/01/2013/dataset.csv", "no scheme: the URL starts with \"/\"; write http:// or https:// and the host first");
	check("G4.8-URL", odi_url_valid, "http://", "there is no host after \"http://\"");
	check("G4.8-URL", odi_url_valid, "ftp://example.com", "the scheme \"ftp\" is not used: write http or https");
	check("G4.8-URL", odi_url_valid, "http:/example.com", "\"http:\" must be followed by \"//\" and the host");
	check("G4.8-URL", odi_url_valid, "example.com:8080/data", "no scheme: write http:// or https:// before the host");
	check("G4.8-URL", odi_url_valid, "HTTPS://Data.Jakarta.go.id/dataset?page=2#top", "ok");
	check("G4.8-URL", odi_url_valid, "https://data.jakarta.go.id:8443/", "ok");
	check("G4.8-URL", odi_url_valid, "http://localhost/", "the domain name \"localhost\" has no dot");
	check("G4.8-URL", odi_url_valid, "http://192.168.1.10/data.csv", "ok");
	check("G4.8-URL", odi_url_valid, "http://256.1.1.1/", "the IPv4 address is not four numbers 0 to 255");
	check("G4.8-URL", odi_url_valid, "http://[2001:db8::1]/data", "ok");
	check("G4.8-URL", odi_url_valid, "http://[::1]:8080/", "ok");
	check("G4.8-URL", odi_url_valid, "http://[::ffff:192.0.2.1]/", "ok");
	check("G4.8-URL", odi_url_valid, "http://[2001:db8::1::2]/", "the IPv6 address in brackets is not valid");
	check("G4.8-URL", odi_url_valid, "http://[1:2:3:4:5:6:7]/", "the IPv6 address in brackets is not valid");
	check("G4.8-URL", odi_url_valid, "http://example.com:0/", "the port is out of range (1 to 65535)");
	check("G4.8-URL", odi_url_valid, "http://example.com:65536/", "the port is out of range (1 to 65535)");
	check("G4.8-URL", odi_url_valid, "http://example.com:/", "the port after \":\" is empty");
	check("G4.8-URL", odi_url_valid, "http://example.com:80a/", "unexpected character \"a\" at position 22");
	check("G4.8-URL", odi_url_valid, "http://user:pw@example.com/", "user names and passwords are not written in a URL");
	check("G4.8-URL", odi_url_valid, "http://example.com/data set.csv", "a space at position 24: write it as %20");
	check("G4.8-URL", odi_url_valid, "http://example.com/data%20set.csv", "ok");
	check("G4.8-URL", odi_url_valid, "http://example.com/100%", "\"%\" at position 23 is not followed by two hexadecimal digits");
	check("G4.8-URL", odi_url_valid, "http://example.com/kota/é", "non-ASCII character \"é\" in the path: percent-encode its UTF-8 bytes");
	check("G4.8-URL", odi_url_valid, "http://bücher.de/", "non-ASCII character \"ü\" in the domain name: write an internationalised name in punycode (xn--...)");
	check("G4.8-URL", odi_url_valid, "http://xn--bcher-kva.de/", "ok");
	check("G4.8-URL", odi_url_valid, "http://example.com/a<b", "unexpected character \"<\" at position 21");
	check("G4.8-URL", odi_url_valid, "http://example.com/a#b#c", "unexpected character \"#\" at position 23");
	check("G4.8-URL", odi_url_valid, "", "the value is empty");
	odi_url_parse("https://data.jakarta.go.id:8443/x", &u, NULL);
	unit_check(u.https && u.port == 8443 && u.host_start == 8 && u.host_len == 18 && u.path_start == 31,
			   "G4.8-URL components of https://data.jakarta.go.id:8443/x", NULL);
	return unit_done();
}
