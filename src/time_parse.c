/*
 * time_parse.c: times of day per guideline 4.4.
 *
 * One scanner reads every form this project understands (the guideline's,
 * and the messy ones id_time_tz_normalize accepts) and records how the time
 * was written; the type's input then rejects whatever the guideline calls
 * wrong, saying what to write instead.
 */
#include "time_parse.h"

#include "odi_chars.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define HINT_FORM odi_msg("G4.4-TIME-1: write a 24-hour time as HH:MM or HH:MM:SS with \":\" between the parts, e.g. \"09:15:10\".")
#define HINT_WRONG odi_msg("G4.4-TIME-3: two-digit hours, \":\" between the parts (not \".\"), and an offset such as +0700 instead of a zone name.")
#define HINT_RANGE odi_msg("G4.4-TIME-3: hours are 00 to 23, minutes and seconds 00 to 59.")
#define HINT_OFFSET odi_msg("G4.4-TIME-2: the offset is +0700 (WIB), +0800 (WITA) or +0900 (WIT), written right after the time: \"09:15:10+0700\".")

typedef enum zone_form
{
	ZONE_NONE,
	ZONE_NAME,					/* WIB, WITA, WIT */
	ZONE_OFFSET					/* +0700, +07:00, +07, +7, UTC+7 */
} zone_form;

typedef struct scanned
{
	odi_time	t;
	int			hour_digits;
	char		sep;			/* ':' or '.' */
	zone_form	zone;
	bool		space_before_zone;
	bool		offset_prefixed;	/* UTC+7, GMT+07:00 */
	bool		offset_colon;	/* +07:00 */
	int			offset_digits;	/* digits of the offset, colon aside */
	char		zone_text[ODI_ERROR_ARGLEN];	/* as written; last, scan() clears what is before it */
} scanned;

static const char *const zone_names[] = {"WIB", "WITA", "WIT"};

/* Reads a run of digits; its value is kept only up to 4 digits. */
static int
digits(const char **p, const char *end, int *value)
{
	int			n = 0;

	*value = 0;
	while (*p < end && odi_is_digit(**p))
	{
		if (n < 4)
			*value = *value * 10 + (**p - '0');
		n++;
		(*p)++;
	}
	return n;
}

static bool
fail_range(odi_error *err, const char *detail, int value)
{
	char		buf[ODI_ITOA_LEN];

	if (err == NULL)
		return false;
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_RANGE, detail, odi_itoa(buf, value));
}

/* Keeps the zone or offset as written, for error details, cut to fit. */
static void
keep_zone_text(scanned *s, const char *start, size_t len)
{
	if (len >= sizeof(s->zone_text))
		len = sizeof(s->zone_text) - 1;
	memcpy(s->zone_text, start, len);
	s->zone_text[len] = '\0';
}

/* A digit was expected at p: the input ends there, or has something else. */
static bool
fail_no_digit(odi_error *err, const char *hint, const char *input,
			  const char *p, const char *end, const char *missing)
{
	if (p >= end)
		return odi_fail(err, ODI_ERR_SYNTAX, hint, missing);
	return odi_fail_char(err, hint, input, p);
}

/* The offset after its sign: 7, 07, 0700, 07:00. */
static bool
scan_offset(const char *input, const char **pp, const char *end,
			scanned *s, odi_error *err)
{
	const char *p = *pp;
	const char *start = p;
	int			sign = (*p == '-') ? -1 : 1;
	int			hours;
	int			minutes = 0;
	int			n;

	p++;
	n = digits(&p, end, &hours);
	if (n == 0)
		return fail_no_digit(err, HINT_OFFSET, input, p, end,
							 odi_msg("the offset has no digits"));
	s->offset_digits = n;
	if (n == 4)
	{
		minutes = hours % 100;
		hours /= 100;
	}
	else if (n <= 2 && p < end && *p == ':')
	{
		const char *colon = p++;

		if (digits(&p, end, &minutes) != 2)
			return odi_fail_char(err, HINT_OFFSET, input, colon);
		s->offset_colon = true;
		s->offset_digits += 2;
	}
	keep_zone_text(s, start, (size_t) (p - start));
	if (n == 3 || n > 4)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
						odi_msg("the offset \"%s\" is not written +HHMM: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)"),
						s->zone_text);
	if (sign < 0 || minutes != 0 || hours < 7 || hours > 9)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
						odi_msg("\"%s\" is not an Indonesian UTC offset: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)"),
						s->zone_text);
	s->t.offset_hours = hours;
	s->zone = ZONE_OFFSET;
	*pp = p;
	return true;
}

/* A zone name, or UTC/GMT before an offset. */
static bool
scan_zone_word(const char *input, const char **pp, const char *end,
			   scanned *s, odi_error *err)
{
	const char *p = *pp;
	const char *start = p;
	size_t		len;
	size_t		i;

	while (p < end && odi_is_letter(*p))
		p++;
	len = (size_t) (p - start);
	for (i = 0; i < sizeof(zone_names) / sizeof(zone_names[0]); i++)
		if (odi_word_is(start, len, zone_names[i]))
		{
			s->zone = ZONE_NAME;
			s->t.offset_hours = 7 + (int) i;
			keep_zone_text(s, start, len);
			*pp = p;
			return true;
		}
	if ((odi_word_is(start, len, "UTC") || odi_word_is(start, len, "GMT")) &&
		p < end && (*p == '+' || *p == '-'))
	{
		s->offset_prefixed = true;
		*pp = p;
		return scan_offset(input, pp, end, s, err);
	}
	if (odi_word_is(start, len, "AM") || odi_word_is(start, len, "PM"))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM,
						odi_msg("the 12-hour clock (AM/PM) is not used: write the hour 00 to 23"));
	keep_zone_text(s, start, len);
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
					odi_msg("\"%s\" is not an offset: use +0700 (WIB), +0800 (WITA) or +0900 (WIT)"),
					s->zone_text);
}

/* Reads every form the project understands, recording how it was written. */
static bool
scan(const char *input, scanned *s, odi_error *err)
{
	const char *p = input;
	const char *end = input + strlen(input);
	int			n;
	int			hour;
	int			minute;
	int			second = 0;

	/* zone_text is set before it is read; clearing its 64 bytes took a third of a scan */
	memset(s, 0, offsetof(scanned, zone_text));
	s->zone_text[0] = '\0';
	while (p < end && odi_is_blank(*p))
		p++;
	while (end > p && odi_is_blank(end[-1]))
		end--;
	if (p == end)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM, odi_msg("the time is empty"));

	n = digits(&p, end, &hour);
	if (n == 0)
		return odi_fail_char(err, HINT_FORM, input, p);
	if (n > 2)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM,
						odi_msg("the hour has more than two digits (hours and minutes are separated by \":\")"));
	s->hour_digits = n;
	if (p >= end)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM,
						odi_msg("the minutes are missing"));
	if (*p != ':' && *p != '.')
		return odi_fail_char(err, HINT_FORM, input, p);
	s->sep = *p++;
	n = digits(&p, end, &minute);
	if (n == 0)
		return fail_no_digit(err, HINT_FORM, input, p, end,
							 odi_msg("the minutes are missing"));
	if (n != 2)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM,
						odi_msg("the minutes must be two digits"));
	if (p < end && (*p == ':' || *p == '.') && p + 1 < end &&
		odi_is_digit(p[1]))
	{
		if (*p != s->sep)
			return odi_fail_char(err, HINT_FORM, input, p);
		p++;
			n = digits(&p, end, &second);
		if (n != 2)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM,
							odi_msg("the seconds must be two digits"));
		s->t.has_seconds = true;
		if (p < end && (*p == '.' || *p == ',') && p + 1 < end &&
			odi_is_digit(p[1]))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORM,
							odi_msg("fractional seconds are not used"));
	}
	if (hour > 23)
		return fail_range(err, odi_msg("hour %s is out of range (00 to 23)"), hour);
	if (minute > 59)
		return fail_range(err, odi_msg("minute %s is out of range (00 to 59)"), minute);
	if (second > 59)
		return fail_range(err, odi_msg("second %s is out of range (00 to 59)"), second);
	s->t.seconds = hour * 3600 + minute * 60 + second;

	if (p < end && odi_is_blank(*p))
	{
		s->space_before_zone = true;
		while (p < end && odi_is_blank(*p))
			p++;
	}
	if (p < end)
	{
		bool		ok;

		if (*p == '+' || *p == '-')
			ok = scan_offset(input, &p, end, s, err);
		else if (odi_is_letter(*p))
			ok = scan_zone_word(input, &p, end, s, err);
		else
			return odi_fail_char(err, HINT_FORM, input, p);
		if (!ok)
			return false;
		if (p < end)
			return odi_fail_char(err, HINT_FORM, input, p);
	}
	return true;
}

/* The value as it should have been written, for an error detail (if wanted). */
static const char *
right_form(const odi_error *err, const odi_time *t, char *buf)
{
	if (err == NULL)
		return NULL;
	odi_time_format(t, buf);
	return buf;
}

bool
odi_time_parse(const char *input, odi_time *out, odi_error *err)
{
	scanned		s;
	char		fix[ODI_TIME_TEXT_LEN];

	if (!scan(input, &s, err))
		return false;
	if (s.sep == '.')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_WRONG,
						odi_msg("dots instead of colons: write \"%s\""), right_form(err, &s.t, fix));
	if (s.hour_digits != 2)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_WRONG,
						odi_msg("one-digit hour: write \"%s\""), right_form(err, &s.t, fix));
	if (s.zone == ZONE_NAME)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_WRONG,
						odi_msg("zone name \"%s\" instead of an offset: write \"%s\""),
						s.zone_text, right_form(err, &s.t, fix));
	if (s.zone == ZONE_OFFSET)
	{
		if (s.offset_prefixed)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
							odi_msg("the offset is written without \"UTC\" or \"GMT\": write \"%s\""),
							right_form(err, &s.t, fix));
		if (s.offset_colon)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
							odi_msg("the offset \"%s\" is written without a colon: write \"%s\""),
							s.zone_text, right_form(err, &s.t, fix));
		if (s.offset_digits != 4)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
							odi_msg("the offset \"%s\" needs four digits: write \"%s\""),
							s.zone_text, right_form(err, &s.t, fix));
		if (s.space_before_zone)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_OFFSET,
							odi_msg("a space before the offset: write \"%s\""), right_form(err, &s.t, fix));
	}
	*out = s.t;
	return true;
}

bool
odi_time_normalize(const char *input, odi_time *out)
{
	scanned		s;
	const char *p = input;

	while (odi_is_blank(*p))
		p++;
	/* "pukul 09.15", "jam 21:00 WIT" */
	if (strlen(p) > 6 && odi_word_is(p, 5, "PUKUL") && odi_is_blank(p[5]))
		p += 6;
	else if (strlen(p) > 4 && odi_word_is(p, 3, "JAM") && odi_is_blank(p[3]))
		p += 4;
	if (!scan(p, &s, NULL))
		return false;
	*out = s.t;
	return true;
}

int
odi_time_format(const odi_time *t, char *buf)
{
	int			h = t->seconds / 3600;
	int			m = t->seconds / 60 % 60;
	int			s = t->seconds % 60;
	int			n;

	if (t->has_seconds)
		n = snprintf(buf, ODI_TIME_TEXT_LEN, "%02d:%02d:%02d", h, m, s);
	else
		n = snprintf(buf, ODI_TIME_TEXT_LEN, "%02d:%02d", h, m);
	if (t->offset_hours != 0)
		n += snprintf(buf + n, ODI_TIME_TEXT_LEN - n, "+%02d00", t->offset_hours);
	return n;
}

const char *
odi_time_offset_text(const odi_time *t)
{
	static const char *const texts[] = {"+0700", "+0800", "+0900"};

	return t->offset_hours == 0 ? NULL : texts[t->offset_hours - 7];
}

const char *
odi_time_zone_name(const odi_time *t)
{
	return t->offset_hours == 0 ? NULL : zone_names[t->offset_hours - 7];
}

uint32_t
odi_time_pack(const odi_time *t)
{
	uint32_t	code = t->offset_hours == 0 ? 0 : (uint32_t) (t->offset_hours - 6);

	return (uint32_t) t->seconds << 3 | code << 1 | (t->has_seconds ? 1 : 0);
}

bool
odi_time_unpack(uint32_t packed, odi_time *out)
{
	uint32_t	code = packed >> 1 & 3;

	out->seconds = (int) (packed >> 3);
	out->offset_hours = code == 0 ? 0 : (int) code + 6;
	out->has_seconds = (packed & 1) != 0;
	return out->seconds < ODI_TIME_SECONDS_PER_DAY &&
		(out->has_seconds || out->seconds % 60 == 0);
}

bool
odi_time_is_canonical(uint32_t packed)
{
	odi_time	t;

	return odi_time_unpack(packed, &t) && odi_time_pack(&t) == packed;
}

int
odi_time_instant(const odi_time *t)
{
	int			offset = t->offset_hours == 0 ? ODI_TIME_ORDER_OFFSET : t->offset_hours;

	return t->seconds - offset * 3600;
}

uint32_t
odi_time_sort_key(uint32_t packed)
{
	odi_time	t;
	uint32_t	rank;

	odi_time_unpack(packed, &t);
	/* zones as core timetz orders them (east first), no offset last */
	rank = t.offset_hours == 0 ? 3 : (uint32_t) (9 - t.offset_hours);
	return (uint32_t) (odi_time_instant(&t) + 9 * 3600) << 3 |
		rank << 1 | (t.has_seconds ? 1 : 0);
}
