/*
 * domain_parse.c: the guideline's simple value forms (4.2-4.4, 4.7, 4.8).
 *
 * Hand-written scanners: each input is read once, left to right, with no
 * backtracking and no allocation (test/bench/pcre2 measures them against
 * PCRE2).
 */
#include "domain_parse.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "odi_calendar.h"
#include "odi_chars.h"

#define HINT_NUM odi_msg("G4.2-NUM-1: only digits, an optional leading + or -, and one decimal point: 125, -100000, 123.45.")
#define HINT_NUM_SEP odi_msg("G4.2-NUM-2: the decimal separator is \".\": 123.45.")
#define HINT_NUM_MARKS odi_msg("G4.2-NUM-3: no currency marks, percent signs or thousands separators: 10000000, not 10.000.000 or Rp10.000.000,00.")
#define HINT_BOOL odi_msg("G4.3-BOOL: write 1 or ya for true, 0 or tidak for false.")
#define HINT_DAY odi_msg("G4.4-DAY: the day of the month is two digits, 01 to 31.")
#define HINT_MONTH odi_msg("G4.4-MONTH: the month is two digits, 01 to 12; month names are not used.")
#define HINT_YEAR odi_msg("G4.4-YEAR: the year is four digits, with \"-\" before years before the common era (-0001 is 1 BC).")
#define HINT_DATE odi_msg("G4.4-DATE: write YYYY-MM-DD or YYYY-MM (2014-01-01, 1999-12); the date must exist.")
#define HINT_EMAIL odi_msg("G4.7-EMAIL: write local-name@domain-name, e.g. nama.lokal@example.com.")
#define HINT_URL odi_msg("G4.8-URL: write http:// or https://, the host and an optional path, e.g. https://example.com/data/01/2013/dataset.csv.")

#define EMAIL_LOCAL_MAX 64
#define EMAIL_MAX 254			/* RFC 5321 path limit, brackets aside */
#define HOST_MAX 253
#define LABEL_MAX 63

static size_t
count_digits(const char *p)
{
	size_t		n = 0;

	while (odi_is_digit(p[n]))
		n++;
	return n;
}

/* Value of n digits; n is small enough here not to overflow. */
static int
digits_value(const char *p, size_t n)
{
	int			v = 0;

	while (n-- > 0)
		v = v * 10 + (*p++ - '0');
	return v;
}

static bool
fail_empty(odi_error *err, const char *hint)
{
	return odi_fail(err, ODI_ERR_SYNTAX, hint, odi_msg("the value is empty"));
}

static bool
fail_int(odi_error *err, const char *hint, const char *detail, int value)
{
	char		buf[ODI_ITOA_LEN];

	if (err == NULL)
		return false;
	return odi_fail(err, ODI_ERR_SYNTAX, hint, detail, odi_itoa(buf, value));
}

/* The UTF-8 character at p, for a message. */
static const char *
char_text(const char *p, char *buf)
{
	size_t		len = 1;

	while (p[len] != '\0' && ((unsigned char) p[len] & 0xC0) == 0x80 && len < 4)
		len++;
	memcpy(buf, p, len);
	buf[len] = '\0';
	return buf;
}

static const struct
{
	const char *name;			/* upper case */
	int			month;
}			month_names[] = {
	{"JANUARI", 1}, {"JANUARY", 1}, {"JAN", 1},
	{"FEBRUARI", 2}, {"FEBRUARY", 2}, {"FEB", 2}, {"PEBRUARI", 2},
	{"MARET", 3}, {"MARCH", 3}, {"MAR", 3},
	{"APRIL", 4}, {"APR", 4},
	{"MEI", 5}, {"MAY", 5},
	{"JUNI", 6}, {"JUNE", 6}, {"JUN", 6},
	{"JULI", 7}, {"JULY", 7}, {"JUL", 7},
	{"AGUSTUS", 8}, {"AUGUST", 8}, {"AGU", 8}, {"AGS", 8}, {"AUG", 8},
	{"SEPTEMBER", 9}, {"SEP", 9}, {"SEPT", 9},
	{"OKTOBER", 10}, {"OCTOBER", 10}, {"OKT", 10}, {"OCT", 10},
	{"NOVEMBER", 11}, {"NOV", 11}, {"NOPEMBER", 11},
	{"DESEMBER", 12}, {"DECEMBER", 12}, {"DES", 12}, {"DEC", 12}
};

/* The month a name (Februari, Feb, Desember...) stands for, or 0. */
static int
month_by_name(const char *p, size_t len)
{
	size_t		i;

	if (len > 0 && p[len - 1] == '.')
		len--;
	for (i = 0; i < sizeof(month_names) / sizeof(month_names[0]); i++)
		if (odi_word_is(p, len, month_names[i].name))
			return month_names[i].month;
	return 0;
}

/* Exactly two digits from lo to hi, and nothing else. */
static bool
two_digits(const char *input, int lo, int hi, int *out, const char *hint,
		   const char *what_digits, const char *what_range, odi_error *err)
{
	size_t		n = count_digits(input);

	if (input[0] == '\0')
		return fail_empty(err, hint);
	if (input[n] != '\0')
		return odi_fail_char(err, hint, input, input + n);
	if (n != 2)
		return fail_int(err, hint, what_digits, (int) n);
	*out = digits_value(input, 2);
	if (*out < lo || *out > hi)
		return odi_fail(err, ODI_ERR_SYNTAX, hint, what_range, input);
	return true;
}

bool
odi_day_parse(const char *input, int *day, odi_error *err)
{
	return two_digits(input, 1, 31, day, HINT_DAY,
					  odi_msg("the day must be exactly two digits, not %s"),
					  odi_msg("day %s is out of range (01 to 31)"), err);
}

bool
odi_month_parse(const char *input, int *month, odi_error *err)
{
	int			named = odi_is_digit(input[0]) ? 0 : month_by_name(input, strlen(input));

	if (named != 0)
	{
		char		fix[4];

		snprintf(fix, sizeof(fix), "%02d", named);
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONTH,
						odi_msg("month names are not used: write \"%s\""), fix);
	}
	return two_digits(input, 1, 12, month, HINT_MONTH,
					  odi_msg("the month must be exactly two digits, not %s"),
					  odi_msg("month %s is out of range (01 to 12)"), err);
}

/* Optional "-" and exactly four digits; moves *pp past them. */
static bool
scan_year(const char *input, const char **pp, int *year, const char *hint,
		  odi_error *err)
{
	const char *p = *pp;
	bool		negative = false;
	size_t		n;

	if (*p == '-')
	{
		negative = true;
		p++;
	}
	if (*p == '\'' || strncmp(p, "\xE2\x80\x99", 3) == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, hint,
						odi_msg("short years are not used: write all four digits"));
	n = count_digits(p);
	if (n == 0)
		return *p == '\0' ? odi_fail(err, ODI_ERR_SYNTAX, hint,
									 odi_msg("the year has no digits"))
			: odi_fail_char(err, hint, input, p);
	if (n != 4)
		return fail_int(err, hint,
						odi_msg("the year must be exactly four digits, not %s"),
						(int) n);
	*year = digits_value(p, 4);
	if (negative)
	{
		if (*year == 0)
			return odi_fail(err, ODI_ERR_SYNTAX, hint,
							odi_msg("\"-0000\" is not a year: 1 BC is written -0001"));
		*year = -*year;
	}
	*pp = p + 4;
	return true;
}

bool
odi_year_parse(const char *input, int *year, odi_error *err)
{
	const char *p = input;

	if (*p == '\0')
		return fail_empty(err, HINT_YEAR);
	if (!scan_year(input, &p, year, HINT_YEAR, err))
		return false;
	if (*p != '\0')
		return odi_fail_char(err, HINT_YEAR, input, p);
	return true;
}

int
odi_date_astronomical_year(const odi_date *d)
{
	return d->year < 0 ? d->year + 1 : d->year;
}

static bool
date_fail_separator(const char *input, const char *p, odi_error *err)
{
	if (*p == '/' || *p == '.' || *p == ' ')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("the parts of a date are separated by \"-\""));
	return odi_fail_char(err, HINT_DATE, input, p);
}

/* The two digits of a month or day after "-"; moves *pp past them. */
static bool
date_field(const char *input, const char **pp, int *value,
		   const char *missing, const char *width, odi_error *err)
{
	const char *p = *pp;
	size_t		n = count_digits(p);

	if (n == 0)
		return *p == '\0' ? odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE, missing)
			: odi_fail_char(err, HINT_DATE, input, p);
	if (n != 2)
		return fail_int(err, HINT_DATE, width, (int) n);
	*value = digits_value(p, 2);
	*pp = p + 2;
	return true;
}

bool
odi_date_parse(const char *input, odi_date *out, odi_error *err)
{
	const char *p = input;
	const char *q;
	int			last;
	bool		has_day = false;

	if (*p == '\0')
		return fail_empty(err, HINT_DATE);
	/* 31 Desember 1999, 01-01-2014, 1-1-2014: not the year first */
	q = p + count_digits(p);
	if (q != p && q - p <= 2 && *q != '\0')
	{
		const char *word = q + 1;
		size_t		len = 0;

		while (odi_is_letter(word[len]))
			len++;
		if (len > 0 && month_by_name(word, len + (word[len] == '.')) != 0)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
							odi_msg("month names are not used: write YYYY-MM-DD, e.g. \"1999-12-31\""));
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("the year comes first, in four digits: write YYYY-MM-DD"));
	}
	memset(out, 0, sizeof(*out));
	if (!scan_year(input, &p, &out->year, HINT_DATE, err))
		return false;
	if (*p == '\0')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("the month is missing: a lone year is an id_year"));
	if (*p != '-')
		return date_fail_separator(input, p, err);
	p++;
	if (odi_is_letter(*p))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("month names are not used: write the month as two digits"));
	if (!date_field(input, &p, &out->month,
					odi_msg("the month is missing after \"-\""),
					odi_msg("the month must be exactly two digits, not %s"), err))
		return false;
	if (*p == '-')
	{
		p++;
		if (!date_field(input, &p, &out->day,
						odi_msg("the day is missing after \"-\""),
						odi_msg("the day must be exactly two digits, not %s"), err))
			return false;
		has_day = true;
	}
	if (*p != '\0')
		return date_fail_separator(input, p, err);

	if (out->year == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("there is no year 0000 in the calendar: 1 BC is written -0001, AD 1 is 0001"));
	if (out->month < 1 || out->month > 12)
		return fail_int(err, HINT_DATE,
						odi_msg("month %s is out of range (01 to 12)"), out->month);
	last = odi_days_in_month(odi_date_astronomical_year(out), out->month);
	if (has_day && out->day == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("day 00 does not exist"));
	if (out->month == 2 && out->day == 29 && last == 28)
	{
		char		year[ODI_DATE_TEXT_LEN];

		snprintf(year, sizeof(year), "%s%04d", out->year < 0 ? "-" : "",
				 out->year < 0 ? -out->year : out->year);
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("%s is not a leap year: February has 28 days"), year);
	}
	if (out->day > last)
	{
		char		d[ODI_ITOA_LEN];
		char		l[ODI_ITOA_LEN];

		return odi_fail(err, ODI_ERR_SYNTAX, HINT_DATE,
						odi_msg("day %s does not exist: that month has %s days"),
						odi_itoa(d, out->day), odi_itoa(l, last));
	}
	return true;
}

int
odi_date_format(const odi_date *d, char *buf)
{
	int			n;

	n = snprintf(buf, ODI_DATE_TEXT_LEN, "%s%04d-%02d", d->year < 0 ? "-" : "",
				 d->year < 0 ? -d->year : d->year, d->month);
	if (d->day != 0)
		n += snprintf(buf + n, ODI_DATE_TEXT_LEN - n, "-%02d", d->day);
	return n;
}

bool
odi_bool_parse(const char *input, bool *out, odi_error *err)
{
	size_t		len = strlen(input);

	if (strcmp(input, "1") == 0 || strcmp(input, "ya") == 0)
		*out = true;
	else if (strcmp(input, "0") == 0 || strcmp(input, "tidak") == 0)
		*out = false;
	else if (len == 0)
		return fail_empty(err, HINT_BOOL);
	else if (odi_word_is(input, len, "YA") || odi_word_is(input, len, "TIDAK"))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_BOOL,
						odi_msg("\"ya\" and \"tidak\" are written in lower case"));
	else
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_BOOL,
						odi_msg("only 1, 0, ya and tidak are used"));
	return true;
}

bool
odi_number_valid(const char *input, odi_error *err)
{
	const char *p = input;
	size_t		n;

	if (*p == '\0')
		return fail_empty(err, HINT_NUM);
	if (strchr(input, '%') != NULL)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM_MARKS,
						odi_msg("percent signs are not used"));
	if (*p == '+' || *p == '-')
		p++;
	if (odi_is_letter(*p) || *p == '$' || (unsigned char) *p >= 0x80)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM_MARKS,
						odi_msg("currency marks are not used"));
	n = count_digits(p);
	p += n;
	if (*p == ',')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM_SEP,
						odi_msg("\",\" is not used: the decimal separator is \".\" and thousands are not separated"));
	if (*p == '.')
	{
		if (strchr(p + 1, '.') != NULL)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM_MARKS,
							odi_msg("more than one \".\": thousands separators are not used"));
		if (n == 0)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM,
							odi_msg("a digit is needed before the decimal point"));
		p++;
		n = count_digits(p);
		if (n == 0 && *p == '\0')
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM,
							odi_msg("a digit is needed after the decimal point"));
		p += n;
		if (*p == ',')
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM_MARKS,
							odi_msg("\".\" and \",\" in one number: thousands separators are not used"));
	}
	else if (n == 0)
		return *p == '\0' ? odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM,
									 odi_msg("the number has no digits"))
			: odi_fail_char(err, HINT_NUM, input, p);
	if (*p != '\0')
	{
		if (odi_is_letter(*p) || *p == ' ')
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUM_MARKS,
							odi_msg("only digits are written: no units, currency marks or spaces"));
		return odi_fail_char(err, HINT_NUM, input, p);
	}
	return true;
}

/*
 * A host name: labels of letters, digits and "-" (RFC 1035 as relaxed by RFC
 * 1123: a label may start with a digit), at least one dot, the last label not
 * all digits.  Internationalised names are written in punycode (xn--).
 */
static bool
check_host_name(const char *input, const char *start, const char *end,
				const char *hint, odi_error *err)
{
	const char *label = start;
	const char *p;
	int			labels = 0;
	bool		all_digits = true;
	char		buf[ODI_ERROR_ARGLEN];

	if (end - start > HOST_MAX)
		return odi_fail(err, ODI_ERR_SYNTAX, hint,
						odi_msg("the domain name is longer than 253 characters"));
	for (p = start;; p++)
	{
		if (p == end || *p == '.')
		{
			size_t		len = (size_t) (p - label);

			if (len == 0)
				return odi_fail(err, ODI_ERR_SYNTAX, hint,
								p == end && p != start ? odi_msg("the domain name ends with a dot")
								: odi_msg("empty label in the domain name (a dot at its start or two dots in a row)"));
			if (len > LABEL_MAX)
				return odi_fail(err, ODI_ERR_SYNTAX, hint,
								odi_msg("a label of the domain name is longer than 63 characters"));
			if (len == 4 && odi_word_is(label, 4, "XN--"))
				return odi_fail(err, ODI_ERR_SYNTAX, hint,
								odi_msg("the punycode label \"xn--\" is empty"));
			if (label[0] == '-' || p[-1] == '-')
			{
				snprintf(buf, sizeof(buf), "%.*s", (int) len, label);
				return odi_fail(err, ODI_ERR_SYNTAX, hint,
								odi_msg("the label \"%s\" starts or ends with \"-\""), buf);
			}
			labels++;
			if (p == end)
				break;
			label = p + 1;
			all_digits = true;
			continue;
		}
		if ((unsigned char) *p >= 0x80)
			return odi_fail(err, ODI_ERR_SYNTAX, hint,
							odi_msg("non-ASCII character \"%s\" in the domain name: write an internationalised name in punycode (xn--...)"),
							char_text(p, buf));
		if (!odi_is_alnum(*p) && *p != '-')
			return odi_fail_char(err, hint, input, p);
		if (!odi_is_digit(*p))
			all_digits = false;
	}
	if (labels < 2)
	{
		snprintf(buf, sizeof(buf), "%.*s", (int) (end - start), start);
		return odi_fail(err, ODI_ERR_SYNTAX, hint,
						odi_msg("the domain name \"%s\" has no dot"), buf);
	}
	if (all_digits)
		return odi_fail(err, ODI_ERR_SYNTAX, hint,
						odi_msg("the last label of the domain name is all digits"));
	return true;
}

/*
 * ASCII character sets as bitmaps (bit c of set[c / 64]), for one test per
 * character in the loops below.
 */
static const uint64_t atext_set[2] = {	/* RFC 5322: alnum !#$%&'*+-/=?^_`{|}~ */
	0xa3ffacfa00000000ULL, 0x7fffffffc7fffffeULL
};
static const uint64_t path_set[2] = {	/* RFC 3986 pchar, "/" and "?" */
	0xafffffd200000000ULL, 0x47fffffe87ffffffULL
};

static bool
in_set(const uint64_t set[2], char c)
{
	unsigned char u = (unsigned char) c;

	return u < 128 && ((set[u >> 6] >> (u & 63)) & 1) != 0;
}

static bool
is_atext(char c)
{
	return in_set(atext_set, c);
}

/* "(at)", "[at]", " at " written for "@"; returns the spelling or NULL */
static const char *
spelled_at(const char *input)
{
	static const char *const spellings[] = {"(at)", "[at]", "{at}", " at "};
	size_t		i;
	const char *p;

	for (p = input; *p != '\0'; p++)
		for (i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
		{
			size_t		len = strlen(spellings[i]);
			size_t		k;

			for (k = 0; k < len && p[k] != '\0'; k++)
				if (odi_ascii_upper(p[k]) != odi_ascii_upper(spellings[i][k]))
					break;
			if (k == len)
				return spellings[i];
		}
	return NULL;
}

bool
odi_email_valid(const char *input, odi_error *err)
{
	const char *at = strchr(input, '@');
	const char *p;
	const char *end = input + strlen(input);
	const char *spelled;

	if (*input == '\0')
		return fail_empty(err, HINT_EMAIL);
	if (at == NULL)
	{
		if ((spelled = spelled_at(input)) != NULL)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
							odi_msg("\"%s\" is written instead of \"@\""), spelled);
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("no \"@\" between the local name and the domain name"));
	}
	if (strchr(at + 1, '@') != NULL)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("more than one \"@\""));
	if (end - input > EMAIL_MAX)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("the address is longer than 254 characters"));
	if (at == input)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("the local name before \"@\" is empty"));
	if (at - input > EMAIL_LOCAL_MAX)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("the local name is longer than 64 characters"));
	if (*input == '"')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("quoted local names are not accepted"));
	for (p = input; p < at; p++)
	{
		if (*p == '.')
		{
			if (p == input || p + 1 == at || p[1] == '.')
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
								odi_msg("a dot at the start or end of the local name, or two dots in a row"));
		}
		else if ((unsigned char) *p >= 0x80)
		{
			char		buf[8];

			return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
							odi_msg("non-ASCII character \"%s\" in the local name"),
							char_text(p, buf));
		}
		else if (!is_atext(*p))
			return odi_fail_char(err, HINT_EMAIL, input, p);
	}
	if (at + 1 == end)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("the domain name after \"@\" is empty"));
	if (at[1] == '[')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_EMAIL,
						odi_msg("an address literal is not a domain name"));
	return check_host_name(input, at + 1, end, HINT_EMAIL, err);
}

/* Dotted-quad IPv4 address, no leading zeros. */
static bool
is_ipv4(const char *p, const char *end)
{
	int			part;

	for (part = 0; part < 4; part++)
	{
		size_t		n = 0;

		while (p + n < end && odi_is_digit(p[n]))
			n++;
		if (n == 0 || n > 3 || (n > 1 && *p == '0') || digits_value(p, n) > 255)
			return false;
		p += n;
		if (part < 3)
		{
			if (p == end || *p != '.')
				return false;
			p++;
		}
	}
	return p == end;
}

/* RFC 4291 text form: eight groups, one "::" for a run of zeros, IPv4 tail. */
static bool
is_ipv6(const char *p, const char *end)
{
	int			groups = 0;
	bool		compressed = false;

	if (end - p >= 2 && p[0] == ':' && p[1] == ':')
	{
		compressed = true;
		p += 2;
	}
	while (p < end)
	{
		const char *q = p;

		while (q < end && odi_is_hex(*q) && q - p < 5)
			q++;
		if (q < end && *q == '.')
		{
			if (!is_ipv4(p, end))
				return false;
			groups += 2;
			break;
		}
		if (q == p || q - p > 4)
			return false;
		groups++;
		p = q;
		if (p == end)
			break;
		if (*p++ != ':' || p == end)
			return false;
		if (*p == ':')
		{
			if (compressed)
				return false;
			compressed = true;
			p++;
		}
	}
	return compressed ? groups <= 7 : groups == 8;
}

/* Path, query and fragment: RFC 3986 characters, %XX escapes. */
static bool
check_path(const char *input, const char *p, odi_error *err)
{
	bool		in_fragment = false;
	char		buf[8];
	char		pos[ODI_ITOA_LEN];

	for (; *p != '\0'; p++)
	{
		if (*p == '%')
		{
			if (!odi_is_hex(p[1]) || !odi_is_hex(p[2]))
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
								odi_msg("\"%%\" at position %s is not followed by two hexadecimal digits"),
								odi_itoa(pos, (long) (p - input) + 1));
			p += 2;
		}
		else if (*p == '#' && !in_fragment)
			in_fragment = true;
		else if (*p == ' ')
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
							odi_msg("a space at position %s: write it as %%20"),
							odi_itoa(pos, (long) (p - input) + 1));
		else if ((unsigned char) *p >= 0x80)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
							odi_msg("non-ASCII character \"%s\" in the path: percent-encode its UTF-8 bytes"),
							char_text(p, buf));
		else if (!in_set(path_set, *p))
			return odi_fail_char(err, HINT_URL, input, p);
	}
	return true;
}

/* The scheme as written, for an error detail. */
static const char *
scheme_text(char *buf, const char *input, size_t len)
{
	snprintf(buf, ODI_ERROR_ARGLEN, "%.*s", (int) len, input);
	return buf;
}

bool
odi_url_parse(const char *input, odi_url *out, odi_error *err)
{
	const char *p = input;
	const char *host;
	const char *host_end;
	const char *auth_end;
	size_t		scheme_len;
	char		buf[ODI_ERROR_ARGLEN];

	memset(out, 0, sizeof(*out));
	if (*p == '\0')
		return fail_empty(err, HINT_URL);
	while (odi_is_alnum(*p) || *p == '+' || *p == '-' || *p == '.')
		p++;
	scheme_len = (size_t) (p - input);
	if (scheme_len == 0 || !odi_is_letter(input[0]) || *p != ':')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
						*input == '/' ? odi_msg("no scheme: the URL starts with \"/\"; write http:// or https:// and the host first")
						: odi_msg("no scheme: write http:// or https:// before the host"));
	out->https = odi_word_is(input, scheme_len, "HTTPS");
	if (!out->https && !odi_word_is(input, scheme_len, "HTTP"))
	{
		if (strncmp(p, "://", 3) != 0)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
							odi_msg("no scheme: write http:// or https:// before the host"));
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
						odi_msg("the scheme \"%s\" is not used: write http or https"),
						scheme_text(buf, input, scheme_len));
	}
	if (strncmp(p, "://", 3) != 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
						odi_msg("\"%s:\" must be followed by \"//\" and the host"),
						scheme_text(buf, input, scheme_len));
	host = p + 3;
	auth_end = host + strcspn(host, "/?#");
	if (auth_end == host)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
						odi_msg("there is no host after \"%s://\""),
						scheme_text(buf, input, scheme_len));
	if (memchr(host, '@', (size_t) (auth_end - host)) != NULL)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
						odi_msg("user names and passwords are not written in a URL"));
	if (*host == '[')
	{
		host_end = memchr(host, ']', (size_t) (auth_end - host));
		if (host_end == NULL || !is_ipv6(host + 1, host_end))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
							odi_msg("the IPv6 address in brackets is not valid"));
		host_end++;
	}
	else
	{
		host_end = memchr(host, ':', (size_t) (auth_end - host));
		if (host_end == NULL)
			host_end = auth_end;
		if (host_end == host)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
							odi_msg("there is no host before the port"));
		if (!is_ipv4(host, host_end))
		{
			if (strspn(host, ".0123456789") == (size_t) (host_end - host))
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
								odi_msg("the IPv4 address is not four numbers 0 to 255"));
			if (!check_host_name(input, host, host_end, HINT_URL, err))
				return false;
		}
	}
	if (host_end < auth_end)
	{
		const char *port = host_end + 1;
		size_t		n = count_digits(port);

		if (*host_end != ':')
			return odi_fail_char(err, HINT_URL, input, host_end);
		if (port + n != auth_end || n == 0)
			return n == 0 && port == auth_end
				? odi_fail(err, ODI_ERR_SYNTAX, HINT_URL, odi_msg("the port after \":\" is empty"))
				: odi_fail_char(err, HINT_URL, input, port + n);
		if (n > 5 || digits_value(port, n) == 0 || digits_value(port, n) > 65535)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_URL,
							odi_msg("the port is out of range (1 to 65535)"));
		out->port = digits_value(port, n);
	}
	out->host_start = (size_t) (host - input);
	out->host_len = (size_t) (host_end - host);
	out->path_start = (size_t) (auth_end - input);
	return check_path(input, auth_end, err);
}

/* generic top-level domains a host name without a scheme may end with (upper case) */
static const char *const generic_tlds[] = {
	"ACADEMY", "APP", "ASIA", "BIZ", "BLOG", "CLOUD", "COM", "DEV", "EDU", "GOV",
	"INFO", "INT", "MIL", "MOBI", "NAME", "NET", "ONLINE", "ORG", "PRO", "SITE",
	"STORE", "TECH", "WEB", "WEBSITE", "XYZ"
};

/* the host name's last label is a country code or a generic top-level domain */
static bool
known_tld(const char *host, size_t len)
{
	const char *dot = NULL;
	const char *p;
	size_t		n;
	size_t		i;

	for (p = host; p < host + len; p++)
		if (*p == '.')
			dot = p;
	if (dot == NULL)
		return false;
	n = (size_t) (host + len - dot - 1);
	for (i = 0; i < n; i++)
		if (!odi_is_letter(dot[1 + i]))
			return false;
	if (n == 2)
		return true;
	for (i = 0; i < sizeof(generic_tlds) / sizeof(generic_tlds[0]); i++)
		if (odi_word_is(dot + 1, n, generic_tlds[i]))
			return true;
	return false;
}

bool
odi_url_normalize(const char *input, char *out)
{
	const char *p = input;
	const char *end;
	const char *scheme_end;
	const char *host;
	const char *auth_end;
	char	   *o = out;
	odi_url		u;

	while (odi_is_blank(*p))
		p++;
	end = p + strlen(p);
	while (end > p && odi_is_blank(end[-1]))
		end--;
	if (end == p)
		return false;
	for (scheme_end = p; scheme_end < end && odi_is_letter(*scheme_end); scheme_end++)
		;
	if (scheme_end > p && end - scheme_end >= 3 && strncmp(scheme_end, "://", 3) == 0)
	{
		for (; p < scheme_end; p++)
			*o++ = odi_lower(*p);
		memcpy(o, "://", 3);
		o += 3;
		p += 3;
		host = p;
	}
	else
	{
		/* a host name alone: not an email address, not a word */
		host = p;
		if (memchr(p, '@', (size_t) (end - p)) != NULL)
			return false;
		auth_end = host + strcspn(host, "/?#:");
		if (auth_end > end)
			auth_end = end;
		if (!known_tld(host, (size_t) (auth_end - host)))
			return false;
		memcpy(o, "http://", 7);
		o += 7;
	}
	auth_end = host + strcspn(host, "/?#");
	if (auth_end > end)
		auth_end = end;
	for (p = host; p < auth_end; p++)
		*o++ = odi_lower(*p);
	memcpy(o, p, (size_t) (end - p));
	o += end - p;
	*o = '\0';
	return odi_url_parse(out, &u, NULL);
}

/* The validators with one signature: value discarded, error kept. */
bool
odi_day_valid(const char *input, odi_error *err)
{
	int			v;

	return odi_day_parse(input, &v, err);
}

bool
odi_month_valid(const char *input, odi_error *err)
{
	int			v;

	return odi_month_parse(input, &v, err);
}

bool
odi_year_valid(const char *input, odi_error *err)
{
	int			v;

	return odi_year_parse(input, &v, err);
}

bool
odi_date_valid(const char *input, odi_error *err)
{
	odi_date	d;

	return odi_date_parse(input, &d, err);
}

bool
odi_bool_valid(const char *input, odi_error *err)
{
	bool		v;

	return odi_bool_parse(input, &v, err);
}

bool
odi_url_valid(const char *input, odi_error *err)
{
	odi_url		u;

	return odi_url_parse(input, &u, err);
}
