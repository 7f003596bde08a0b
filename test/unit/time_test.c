/* Unit tests of the pure time parser (guideline 4.4 G4.4-TIME-*). */
#include "time_parse.h"
#include "unit.h"

static void
canonical(const char *input, const char *want)
{
	odi_time	t;
	odi_error	err;
	char		buf[256] = "";
	char		name[160];

	snprintf(name, sizeof(name), "parse \"%s\" -> \"%s\"", input, want);
	if (!odi_time_parse(input, &t, &err))
		odi_error_format(&err, buf, sizeof(buf));
	else
		odi_time_format(&t, buf);
	unit_check_str(buf, want, name);
}

static void
rejected(const char *input, const char *want_detail)
{
	odi_time	t;
	odi_error	err;
	char		buf[256] = "accepted";
	char		name[256];

	snprintf(name, sizeof(name), "reject \"%s\": %s", input, want_detail);
	if (!odi_time_parse(input, &t, &err))
		odi_error_format(&err, buf, sizeof(buf));
	unit_check_str(buf, want_detail, name);
}

static void
normalized(const char *input, const char *want)
{
	odi_time	t;
	char		buf[ODI_TIME_TEXT_LEN] = "NULL";
	char		name[160];

	snprintf(name, sizeof(name), "normalize \"%s\" -> %s", input, want);
	if (odi_time_normalize(input, &t))
		odi_time_format(&t, buf);
	unit_check_str(buf, want, name);
}

static uint32_t
key(const char *input)
{
	odi_time	t;

	if (!odi_time_parse(input, &t, NULL))
		return UINT32_MAX;
	return odi_time_sort_key(odi_time_pack(&t));
}

static void
before(const char *a, const char *b)
{
	char		name[128];

	snprintf(name, sizeof(name), "\"%s\" sorts before \"%s\"", a, b);
	unit_check(key(a) < key(b), name, NULL);
}

int
main(void)
{
	odi_time	t;
	uint32_t	packed;
	int			n;
	int			bad;

	/* G4.4-TIME-1, G4.4-TIME-2: right forms keep what was written */
	canonical("19:15", "19:15");
	canonical("09:15:10", "09:15:10");
	canonical("09:15:10+0700", "09:15:10+0700");
	canonical("09:15+0800", "09:15+0800");
	canonical("21:00:00+0900", "21:00:00+0900");
	canonical("00:00", "00:00");
	canonical("23:59:59", "23:59:59");
	canonical(" 09:15 ", "09:15");

	/* G4.4-TIME-3: the guideline's wrong examples, with what to write */
	rejected("09.15.10", "dots instead of colons: write \"09:15:10\"");
	rejected("09.15", "dots instead of colons: write \"09:15\"");
	rejected("9:15", "one-digit hour: write \"09:15\"");
	rejected("09:15 WIB", "zone name \"WIB\" instead of an offset: write \"09:15+0700\"");
	rejected("09:15WITA", "zone name \"WITA\" instead of an offset: write \"09:15+0800\"");
	rejected("21:00 wit", "zone name \"wit\" instead of an offset: write \"21:00+0900\"");
	/* G4.4-TIME-3 decision: ranges */
	rejected("24:00", "hour 24 is out of range (00 to 23)");
	rejected("23:60", "minute 60 is out of range (00 to 59)");
	rejected("23:59:60", "second 60 is out of range (00 to 59)");
	/* G4.4-TIME-2: only the three Indonesian offsets, written +HHMM right after */
	rejected("09:15+0730", "\"+0730\" is not an Indonesian UTC offset: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)");
	rejected("09:15-0700", "\"-0700\" is not an Indonesian UTC offset: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)");
	rejected("09:15+0000", "\"+0000\" is not an Indonesian UTC offset: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)");
	rejected("09:15 +0700", "a space before the offset: write \"09:15+0700\"");
	rejected("09:15:10+07:00", "the offset \"+07:00\" is written without a colon: write \"09:15:10+0700\"");
	rejected("09:15:10+07", "the offset \"+07\" needs four digits: write \"09:15:10+0700\"");
	rejected("09:15 UTC+7", "the offset is written without \"UTC\" or \"GMT\": write \"09:15+0700\"");
	rejected("09:15+070", "the offset \"+070\" is not written +HHMM: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)");
	rejected("09:15 EST", "\"EST\" is not an offset: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)");
	rejected("09:15 PM", "the 12-hour clock (AM/PM) is not used: write the hour 00 to 23");
	/* G4.4-TIME-1: form */
	rejected("", "the time is empty");
	rejected("   ", "the time is empty");
	rejected("0915", "the hour has more than two digits (hours and minutes are separated by \":\")");
	rejected("09", "the minutes are missing");
	rejected("09:", "the minutes are missing");
	rejected("09:5", "the minutes must be two digits");
	rejected("09:15:1", "the seconds must be two digits");
	rejected("09:15:10.5", "fractional seconds are not used");
	rejected("09:15.10", "unexpected character \".\" at position 6");
	rejected("09-15", "unexpected character \"-\" at position 3");
	rejected("jam 9", "unexpected character \"j\" at position 1");
	rejected("09:15+0700x", "unexpected character \"x\" at position 11");
	rejected("09:15:", "unexpected character \":\" at position 6");
	rejected("09:15+", "the offset has no digits");
	rejected("09:15 é", "unexpected character \"é\" at position 7");

	/* id_time_tz_normalize: the messy forms of the issue */
	normalized("09.15", "09:15");
	normalized("9:15", "09:15");
	normalized("09:15 WIB", "09:15+0700");
	normalized("09.15.10 WITA", "09:15:10+0800");
	normalized("21:00 WIT", "21:00+0900");
	normalized("09:15:10 +07:00", "09:15:10+0700");
	normalized("09:15:10+07", "09:15:10+0700");
	normalized("9.15 wib", "09:15+0700");
	normalized("pukul 09.15 WIB", "09:15+0700");
	normalized("Jam 21:00", "21:00");
	normalized("09:15 UTC+7", "09:15+0700");
	normalized("09:15 GMT+08:00", "09:15+0800");
	normalized("09:15:10+0700", "09:15:10+0700");
	normalized("09:15 +0730", "NULL");
	normalized("24:00", "NULL");
	normalized("0915", "NULL");
	normalized("09:15 PM", "NULL");
	normalized("09:15 WIB +0700", "NULL");
	normalized("09.15:10", "NULL");
	normalized("", "NULL");
	normalized("pukul", "NULL");

	/* ordering by instant (no offset as +0700), then offset as timetz, then precision */
	before("08:15+0700", "08:16+0700");
	before("09:15+0800", "08:15+0700");
	before("10:15+0900", "09:15+0800");
	before("08:15+0700", "08:15");
	before("08:15", "08:15:00");
	before("08:15:00+0700", "08:15");
	before("00:00", "06:59+0900");
	before("01:59+0900", "00:00");
	before("23:59:59+0700", "23:59:59");
	unit_check(key("08:15+0700") != key("09:15+0800"), "same instant, different offsets: not equal keys", NULL);
	unit_check(key("09:15") == key("09:15"), "equal values have equal keys", NULL);

	/* zone and offset accessors */
	odi_time_parse("09:15+0800", &t, NULL);
	unit_check_str(odi_time_zone_name(&t), "WITA", "zone of +0800");
	unit_check_str(odi_time_offset_text(&t), "+0800", "offset of +0800");
	odi_time_parse("09:15", &t, NULL);
	unit_check(odi_time_zone_name(&t) == NULL && odi_time_offset_text(&t) == NULL,
			   "no zone, no offset", NULL);

	/* every stored value round-trips; nothing else is canonical */
	bad = 0;
	n = 0;
	for (packed = 0; packed < (1u << 20); packed++)
	{
		odi_time	u;
		char		buf[ODI_TIME_TEXT_LEN];
		odi_time	back;

		if (!odi_time_is_canonical(packed))
			continue;
		n++;
		odi_time_unpack(packed, &u);
		odi_time_format(&u, buf);
		if (!odi_time_parse(buf, &back, NULL) || odi_time_pack(&back) != packed)
			bad++;
	}
	unit_check(bad == 0, "every canonical value formats and parses back", NULL);
	/* 86400 times with seconds + 1440 without, each with 4 offsets */
	unit_check(n == (86400 + 1440) * 4, "count of canonical values", NULL);
	unit_check(!odi_time_is_canonical(1u << 20) && !odi_time_is_canonical(86400u << 3),
			   "out-of-range stored values are not canonical", NULL);
	unit_check(!odi_time_is_canonical(61u << 3), "HH:MM with seconds is not canonical", NULL);
	return unit_done();
}
