/* date_id_parse.c: "Selasa, 2 September 2014" -> 2014-09-02 (G3-COMPOUND). */
#include "date_id_parse.h"

#include <stdio.h>
#include <string.h>

#include "domain_parse.h"
#include "odi_calendar.h"
#include "odi_chars.h"

#define HINT_DATE odi_msg("G3-COMPOUND: write dates as YYYY-MM-DD (G4.4-DATE); the weekday can be computed from the date.")

typedef struct word
{
	const char *name;
	int			value;
} word;

static const char *const month_names[] = {
	"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"
};
static const char *const weekday_names[] = {
	"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"
};

/* other spellings and abbreviations, lower case */
static const word month_words[] = {
	{"pebruari", 2}, {"nopember", 11},
	{"jan", 1}, {"feb", 2}, {"peb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6},
	{"jul", 7}, {"agu", 8}, {"ags", 8}, {"agt", 8}, {"agus", 8}, {"sep", 9},
	{"sept", 9}, {"okt", 10}, {"nov", 11}, {"nop", 11}, {"des", 12},
};
static const word weekday_words[] = {
	{"ahad", 0}, {"jum'at", 5},
	{"min", 0}, {"sen", 1}, {"sel", 2}, {"rab", 3}, {"kam", 4}, {"jum", 5},
	{"sab", 6},
};

typedef struct name_list
{
	const char *const *names;	/* full names, for values base, base + 1, ... */
	int			nnames;
	int			base;
	const word *words;
	size_t		nwords;
} name_list;

static const name_list months = {
	month_names, 12, 1, month_words, sizeof(month_words) / sizeof(month_words[0])
};
static const name_list weekdays = {
	weekday_names, 7, 0, weekday_words, sizeof(weekday_words) / sizeof(weekday_words[0])
};

#define WORD_LEN 16

static const char *
skip_space(const char *p)
{
	while (odi_is_blank(*p))
		p++;
	return p;
}

/*
 * Reads a word of letters (and apostrophes, ’ read as ') at *p into buf in
 * lower case; returns its length, 0 if none or too long for a name.
 */
static size_t
read_word(const char **p, char *buf)
{
	const char *s = *p;
	size_t		n = 0;

	for (;;)
	{
		char		c;

		if (odi_is_letter(*s))
			c = *s++;
		else if (*s == '\'')
			c = *s++;
		else if (strncmp(s, "\xE2\x80\x99", 3) == 0)
			c = '\'', s += 3;
		else
			break;
		if (n + 1 >= WORD_LEN)
			return 0;
		buf[n++] = odi_lower(c);
	}
	buf[n] = '\0';
	*p = s;
	return n;
}

static bool
same_name(const char *lower, const char *name)
{
	size_t		i;

	for (i = 0; lower[i] != '\0' && name[i] != '\0'; i++)
		if (lower[i] != odi_lower(name[i]))
			return false;
	return lower[i] == '\0' && name[i] == '\0';
}

/*
 * Reads a name of the list at *p, and the "." after an abbreviation.
 * Returns its value, -1 for a word that is not one, -2 if there is no word.
 */
static int
read_name(const char **p, char *w, const name_list *list)
{
	if (read_word(p, w) == 0)
		return -2;
	for (int i = 0; i < list->nnames; i++)
		if (same_name(w, list->names[i]))
			return i + list->base;
	for (size_t i = 0; i < list->nwords; i++)
		if (strcmp(w, list->words[i].name) == 0)
		{
			if (**p == '.' && strlen(w) <= 4)
				(*p)++;
			return list->words[i].value;
		}
	return -1;
}

int
odi_weekday(int year, int month, int day)
{
	static const int offset[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};

	if (month < 3)
		year--;
	return (year + year / 4 - year / 100 + year / 400 + offset[month - 1] + day) % 7;
}

/* Skips the separator between two parts: spaces, or one "-" with spaces. */
static bool
separator(const char **p)
{
	const char *s = skip_space(*p);

	if (*s == '-')
		s = skip_space(s + 1);
	if (s == *p)
		return false;
	*p = s;
	return true;
}

/* The details for a date that ends early, by the part it ends before. */
#define ENDS_BEFORE_DAY odi_msg("the date ends before its day")
#define ENDS_BEFORE_MONTH odi_msg("the date ends before its month")
#define ENDS_BEFORE_YEAR odi_msg("the date ends before its year")

/*
 * An error at p: the character there, or at the end the whole detail
 * ends_before (one of ENDS_BEFORE_*, so a translation has every word).
 */
static bool
fail_at(odi_error *err, const char *input, const char *p,
		const char *ends_before)
{
	if (*p == '\0')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE, ends_before);
	return odi_fail_char(err, HINT_DATE, input, p);
}

bool
odi_date_id_parse(const char *input, odi_date_id *out, odi_error *err)
{
	const char *p = skip_space(input);
	char		w[WORD_LEN];
	char		text[ODI_DATE_ID_TEXT_LEN];
	int			n;
	char		limit[ODI_ITOA_LEN];

	if (memchr(input, '\0', ODI_DATE_ID_MAX_INPUT + 1) == NULL)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("the value is too long to be a date (more than %s bytes)"),
						odi_itoa(limit, ODI_DATE_ID_MAX_INPUT));

	out->weekday = read_name(&p, w, &weekdays);
	if (out->weekday == -1)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("\"%s\" is not an Indonesian day of the week"), w);
	if (out->weekday >= 0)
	{
		if (*p == ',')
			p = skip_space(p + 1);
		else if (!separator(&p))
			return fail_at(err, input, p, ENDS_BEFORE_DAY);
	}
	else
	{
		out->weekday = -1;
		if (!odi_is_digit(*p))
			return *p ? odi_fail_char(err, HINT_DATE, input, p)
				: odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE, odi_msg("the date is empty"));
	}

	/* day: 1 or 2 digits */
	for (n = 0, out->day = 0; odi_is_digit(*p) && n < 3; n++, p++)
		out->day = out->day * 10 + (*p - '0');
	if (n > 2 && odi_is_digit(*p) && p[1] == '-')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("this reads dates written out in Indonesian; one written YYYY-MM-DD already conforms to G4.4-DATE and casts to date"));
	if (n == 0 || n > 2)
		return n == 0 ? fail_at(err, input, p, ENDS_BEFORE_DAY)
			: odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
					   odi_msg("the day has more than 2 digits"));
	if (!separator(&p))
		return fail_at(err, input, p, ENDS_BEFORE_MONTH);

	/* month: a name */
	out->month = read_name(&p, w, &months);
	if (out->month == -2)
		return odi_is_digit(*p)
			? odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
					   odi_msg("the month is a number; only Indonesian month names are read here"))
			: fail_at(err, input, p, ENDS_BEFORE_MONTH);
	if (out->month < 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("\"%s\" is not an Indonesian month name"), w);
	if (!separator(&p))
		return fail_at(err, input, p, ENDS_BEFORE_YEAR);

	/* year: exactly 4 digits (G4.4-YEAR) */
	for (n = 0, out->year = 0; odi_is_digit(*p); n++, p++)
		if (n < 4)
			out->year = out->year * 10 + (*p - '0');
	if (n != 4)
		return n == 0 ? fail_at(err, input, p, ENDS_BEFORE_YEAR)
			: odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
					   odi_msg("the year must have 4 digits (G4.4-YEAR)"));
	p = skip_space(p);
	if (*p != '\0')
		return odi_fail_char(err, HINT_DATE, input, p);

	if (out->year == 0)
		return odi_fail(err, ODI_ERR_RANGE, HINT_DATE,
						odi_msg("there is no year 0000"));
	if (out->day < 1 || out->day > odi_days_in_month(out->year, out->month))
	{
		char		day[ODI_ITOA_LEN];

		snprintf(text, sizeof(text), "%s %04d", month_names[out->month - 1],
				 out->year);
		return odi_fail(err, ODI_ERR_RANGE, HINT_DATE,
						odi_msg("%s has no day %s"), text, odi_itoa(day, out->day));
	}
	if (out->weekday >= 0 && out->weekday != odi_weekday(out->year, out->month, out->day))
	{
		odi_date_id_format(out, false, text);
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("the weekday does not match the date: %s is a %s, not a %s"),
						text, weekday_names[odi_weekday(out->year, out->month, out->day)],
						weekday_names[out->weekday]);
	}
	return true;
}

size_t
odi_date_id_format(const odi_date_id *date, bool with_weekday, char *buf)
{
	int			n;

	if (with_weekday)
		n = snprintf(buf, ODI_DATE_ID_TEXT_LEN, "%s, %d %s %04d",
					 weekday_names[odi_weekday(date->year, date->month, date->day)],
					 date->day, month_names[date->month - 1], date->year);
	else
		n = snprintf(buf, ODI_DATE_ID_TEXT_LEN, "%d %s %04d", date->day,
					 month_names[date->month - 1], date->year);
	return (size_t) n;
}

/* ---- dates as people write them (odi_date_normalize) ---- */

/* Reads 1 to max digits at *p; their count, 0 if none or too many. */
static int
read_digits(const char **p, int max, int *v)
{
	int			n = 0;

	*v = 0;
	while (odi_is_digit(**p))
	{
		if (++n > max)
			return 0;
		*v = *v * 10 + (**p - '0');
		(*p)++;
	}
	return n;
}

/* A time of day that is midnight: [ |T]0?0:00[:00[.0...]]; true at the end. */
static bool
midnight(const char *p)
{
	int			v;
	int			n;

	if (*p == '\0')
		return true;
	if (*p == 'T')
		p++;
	else if (odi_is_blank(*p))
		p = skip_space(p);
	else
		return false;
	n = read_digits(&p, 2, &v);
	if (n == 0 || v != 0 || *p++ != ':' || read_digits(&p, 2, &v) != 2 || v != 0)
		return false;
	if (*p == ':')
	{
		p++;
		if (read_digits(&p, 2, &v) != 2 || v != 0)
			return false;
		if (*p == '.')
			for (p++; *p == '0'; p++)
				;
	}
	return *skip_space(p) == '\0';
}

static bool
numeric_date(const char *p, odi_field_order order, odi_date_id *d)
{
	int			f[3];
	int			n[3];
	char		sep = '\0';
	int			i;

	for (i = 0; i < 3; i++)
	{
		n[i] = read_digits(&p, 4, &f[i]);
		if (n[i] == 0)
			return false;
		if (i == 2)
			break;
		if (i == 0)
			sep = *p;
		if (*p != sep || (sep != '/' && sep != '-' && sep != '.'))
			return false;
		p++;
	}
	if (!midnight(p))
		return false;
	if (n[0] == 4 && n[1] <= 2 && n[2] <= 2)
	{
		d->year = f[0];
		d->month = f[1];
		d->day = f[2];
	}
	else if (n[0] <= 2 && n[1] <= 2 && n[2] == 4 && order != ODI_ORDER_YMD)
	{
		d->year = f[2];
		d->month = order == ODI_ORDER_DMY ? f[1] : f[0];
		d->day = order == ODI_ORDER_DMY ? f[0] : f[1];
	}
	else
		return false;
	return d->year >= 1 && d->month >= 1 && d->month <= 12 && d->day >= 1 &&
		d->day <= odi_days_in_month(d->year, d->month);
}

bool
odi_date_normalize(const char *input, odi_field_order order, char *out)
{
	char		buf[ODI_DATE_ID_MAX_INPUT + 1];
	const char *p = skip_space(input);
	size_t		len = 0;
	odi_date_id d;

	while (p[len] != '\0')
		if (++len > ODI_DATE_ID_MAX_INPUT)
			return false;
	while (len > 0 && odi_is_blank(p[len - 1]))
		len--;
	memcpy(buf, p, len);
	buf[len] = '\0';
	if (odi_date_valid(buf, NULL))
	{
		memcpy(out, buf, len + 1);
		return true;
	}
	if (!numeric_date(buf, order, &d) && !odi_date_id_parse(buf, &d, NULL))
		return false;
	snprintf(out, ODI_DATE_NORM_LEN, "%04d-%02d-%02d", d.year, d.month, d.day);
	return true;
}
