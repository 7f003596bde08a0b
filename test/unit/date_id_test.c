/* Unit tests of the pure Indonesian date parser (guideline 3.2, G3-COMPOUND). */
#include "date_id_parse.h"
#include "unit.h"

/* want: YYYY-MM-DD or the error detail */
static const char *const cases[][2] = {
	/* the guideline's table 3.2 */
	{"Selasa, 2 September 2014", "2014-09-02"},
	{"Rabu, 3 September 2014", "2014-09-03"},
	{"Kamis, 11 September 2014", "2014-09-11"},
	{"Jumat, 12 September 2014", "2014-09-12"},
	/* every month name and abbreviation */
	{"1 Januari 2014", "2014-01-01"}, {"1 Jan 2014", "2014-01-01"},
	{"28 Februari 2014", "2014-02-28"}, {"28 Pebruari 2014", "2014-02-28"},
	{"28 Feb 2014", "2014-02-28"}, {"28 Peb. 2014", "2014-02-28"},
	{"3 Maret 2014", "2014-03-03"}, {"3 Mar 2014", "2014-03-03"},
	{"4 April 2014", "2014-04-04"}, {"4 Apr 2014", "2014-04-04"},
	{"5 Mei 2014", "2014-05-05"},
	{"6 Juni 2014", "2014-06-06"}, {"6 Jun 2014", "2014-06-06"},
	{"7 Juli 2014", "2014-07-07"}, {"7 Jul 2014", "2014-07-07"},
	{"17 Agustus 1945", "1945-08-17"}, {"17 Agu 1945", "1945-08-17"},
	{"17 Ags 1945", "1945-08-17"}, {"17 Agt. 1945", "1945-08-17"},
	{"9 September 2014", "2014-09-09"}, {"9 Sep 2014", "2014-09-09"},
	{"9 Sept 2014", "2014-09-09"},
	{"10 Oktober 2014", "2014-10-10"}, {"10 Okt 2014", "2014-10-10"},
	{"11 November 2014", "2014-11-11"}, {"11 Nopember 2014", "2014-11-11"},
	{"11 Nov 2014", "2014-11-11"}, {"11 Nop 2014", "2014-11-11"},
	{"25 Desember 2014", "2014-12-25"}, {"25 Des 2014", "2014-12-25"},
	/* weekdays, spellings, separators */
	{"Minggu, 7 September 2014", "2014-09-07"},
	{"Ahad, 7 September 2014", "2014-09-07"},
	{"Senin, 8 September 2014", "2014-09-08"},
	{"Sabtu, 13 September 2014", "2014-09-13"},
	{"Jum'at, 12 September 2014", "2014-09-12"},
	{"Jum\xE2\x80\x99" "at, 12 September 2014", "2014-09-12"},
	{"Sel., 2 Sep. 2014", "2014-09-02"},
	{"SELASA,2 SEPTEMBER 2014", "2014-09-02"},
	{"selasa 02 september 2014", "2014-09-02"},
	{"02-Sep-2014", "2014-09-02"},
	{"  2   September   2014  ", "2014-09-02"},
	{"29 Februari 2016", "2016-02-29"},
	{"29 Februari 2000", "2000-02-29"},
	{"1 Januari 0001", "0001-01-01"},
	{"31 Desember 9999", "9999-12-31"},
	/* rejected */
	{"Senin, 2 September 2014", "the weekday does not match the date: 2 September 2014 is a Selasa, not a Senin"},
	{"29 Februari 2014", "Februari 2014 has no day 29"},
	{"29 Februari 1900", "Februari 1900 has no day 29"},
	{"31 April 2014", "April 2014 has no day 31"},
	{"0 Mei 2014", "Mei 2014 has no day 0"},
	{"1 Mei 0000", "there is no year 0000"},
	{"2 September 14", "the year must have 4 digits (G4.4-YEAR)"},
	{"2 September 20145", "the year must have 4 digits (G4.4-YEAR)"},
	{"022 September 2014", "the day has more than 2 digits"},
	{"2 August 2014", "\"august\" is not an Indonesian month name"},
	{"Tuesday, 2 September 2014", "\"tuesday\" is not an Indonesian day of the week"},
	{"2 09 2014", "the month is a number; only Indonesian month names are read here"},
	{"2014-09-02", "this reads dates written out in Indonesian; one written YYYY-MM-DD already conforms to G4.4-DATE and casts to date"},
	{"2014 September 2", "the day has more than 2 digits"},
	{"2 September 2014 WIB", "unexpected character \"W\" at position 18"},
	{"Selasa 2 September", "the date ends before its year"},
	{"Selasa,", "the date ends before its day"},
	{"2 ", "the date ends before its month"},
	{"", "the date is empty"},
	{"Selasa; 2 September 2014", "unexpected character \";\" at position 7"},
};

static void
check(const char *input, const char *want)
{
	odi_date_id date;
	odi_error	err;
	char		got[256];
	char		name[200];

	if (odi_date_id_parse(input, &date, &err))
		snprintf(got, sizeof(got), "%04d-%02d-%02d", date.year, date.month, date.day);
	else
		odi_error_format(&err, got, sizeof(got));
	snprintf(name, sizeof(name), "date \"%s\"", input);
	unit_check_str(got, want, name);
}

/* both written forms read back as the same date, in the same text */
static void
round_trip(const char *input)
{
	odi_date_id a,
				b;
	char		text[ODI_DATE_ID_TEXT_LEN];
	char		again[ODI_DATE_ID_TEXT_LEN];
	char		name[200];
	bool		ok = true;

	if (!odi_date_id_parse(input, &a, NULL))
		return;
	for (int w = 0; w < 2; w++)
	{
		odi_date_id_format(&a, w == 1, text);
		ok = ok && odi_date_id_parse(text, &b, NULL) &&
			b.year == a.year && b.month == a.month && b.day == a.day &&
			odi_date_id_format(&b, w == 1, again) > 0 && strcmp(text, again) == 0;
	}
	snprintf(name, sizeof(name), "date round trip \"%s\"", input);
	unit_check(ok, name, text);
}

/* odi_date_normalize: want is the date, or "" for not understood */
static void
check_normalize(const char *input, odi_field_order order, const char *want)
{
	char		out[ODI_DATE_NORM_LEN];
	char		name[160];
	bool		ok = odi_date_normalize(input, order, out);

	snprintf(name, sizeof(name), "normalize \"%s\" (order %d) -> \"%s\"", input, (int) order, want);
	unit_check_str(ok ? out : "", want, name);
}

int
main(void)
{
	char		padded[ODI_DATE_ID_MAX_INPUT + 2];

	/* G4.4-DATE: dates as people write them */
	check_normalize("2/9/2014", ODI_ORDER_DMY, "2014-09-02");
	check_normalize("02-09-2014", ODI_ORDER_DMY, "2014-09-02");
	check_normalize("2.9.2014", ODI_ORDER_DMY, "2014-09-02");
	check_normalize("1/13/2013", ODI_ORDER_MDY, "2013-01-13");
	check_normalize("1/13/2013", ODI_ORDER_DMY, "");
	check_normalize("2014/9/2", ODI_ORDER_YMD, "2014-09-02");
	check_normalize("2/9/2014", ODI_ORDER_YMD, "");
	check_normalize("2014-9-2", ODI_ORDER_MDY, "2014-09-02");
	check_normalize(" 2013-01-01 00:00:00 ", ODI_ORDER_DMY, "2013-01-01");
	check_normalize("2013-01-01T00:00:00.000", ODI_ORDER_DMY, "2013-01-01");
	check_normalize("2013-01-01 12:00:00", ODI_ORDER_DMY, "");
	check_normalize("Selasa, 2 September 2014", ODI_ORDER_DMY, "2014-09-02");
	check_normalize("Senin, 2 September 2014", ODI_ORDER_DMY, "");
	check_normalize("31/02/2013", ODI_ORDER_DMY, "");
	check_normalize("2/9/14", ODI_ORDER_DMY, "");
	check_normalize("1999-12", ODI_ORDER_DMY, "1999-12");
	check_normalize("", ODI_ORDER_DMY, "");
	check_normalize(unit_padded(padded, "2/9/2014", ODI_DATE_ID_MAX_INPUT), ODI_ORDER_DMY, "2014-09-02");
	check_normalize(unit_padded(padded, "2/9/2014", ODI_DATE_ID_MAX_INPUT + 1), ODI_ORDER_DMY, "");

	/* input is bounded: at the limit it is read, one byte more is rejected unread */
	check(unit_padded(padded, "2 September 2014", ODI_DATE_ID_MAX_INPUT), "2014-09-02");
	check(unit_padded(padded, "2 September 2014", ODI_DATE_ID_MAX_INPUT + 1), "the value is too long to be a date (more than 128 bytes)");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		check(cases[i][0], cases[i][1]);
		round_trip(cases[i][0]);
	}
	/* the weekday against a known calendar: 1 January 2000 was a Saturday */
	unit_check(odi_weekday(2000, 1, 1) == 6, "1 January 2000 is a Sabtu", NULL);
	unit_check(odi_weekday(1945, 8, 17) == 5, "17 August 1945 is a Jumat", NULL);
	unit_check(odi_weekday(2016, 2, 29) == 1, "29 February 2016 is a Senin", NULL);
	return unit_done();
}
