/*
 * phone_parse.c: telephone numbers per guideline 4.6 and the Indonesian
 * numbering plan (after libphonenumber's metadata for region ID).
 */
#include "phone_parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "odi_chars.h"
#include "phone_plan_data.h"

#define HINT_COMPONENTS odi_msg("G4.6-PHONE-1: write an area code (021) or an operator code (0815) and the subscriber number, e.g. \"021 1234567\".")
#define HINT_FORMAT odi_msg("G4.6-PHONE-2: groups of digits separated by one space or \"-\", an optional area code in parentheses and an optional country code \"+62\" or \"0062\".")
#define HINT_PLAN odi_msg("G4.6-PHONE-4: Indonesian numbers follow the national numbering plan: area codes 021, 022, 024, 031, 061 or three digits (0274) with 5 to 8 digits after them (7 or 8 after 021 and 024), mobile operator codes 081x-089x.")
#define HINT_COUNTRY odi_msg("G4.6-PHONE-3: a country code is written \"+39\" or \"0039\"; E.164 allows at most 15 digits with it.")

#define MAX_LEXED_DIGITS 32
#define MAX_GROUPS 16

static const uint64_t pow10_table[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL
};

/* Short numbers: the emergency numbers, Basarnas (115) and the 140xx call centres. */
static const char *const short_numbers[] = {
	"110", "112", "113", "115", "118", "119", "150264"
};

typedef struct lexed
{
	bool		plus;
	int			ndigits;		/* may exceed MAX_LEXED_DIGITS */
	char		digits[MAX_LEXED_DIGITS + 1];
	int			ngroups;
	int			group_start[MAX_GROUPS];
	int			paren_group;	/* index of the group in parentheses, or -1 */
} lexed;

static bool
is_area3(int code)
{
	int			lo = 0;
	int			hi = odi_phone_area3_count - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (code < odi_phone_area3[mid].lo)
			hi = mid - 1;
		else if (code > odi_phone_area3[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

/*
 * The length of the assigned calling code the digits start with (codes are
 * prefix-free), or 0.
 */
static int
country_code_length(const char *digits, int ndigits, int *code)
{
	int			cc = 0;
	int			k;

	for (k = 1; k <= 3 && k <= ndigits; k++)
	{
		cc = cc * 10 + (digits[k - 1] - '0');
		if (odi_phone_cc_lengths[cc] != 0)
		{
			*code = cc;
			return k;
		}
	}
	return 0;
}

static bool
is_separator(char c)
{
	return c == ' ' || c == '-';
}

/*
 * Splits the input into digit groups; checks only its characters.  Counts
 * are kept in locals: stores to the char array could alias the struct's.
 */
static bool
lex(const char *input, lexed *lx, odi_error *err)
{
	const char *p = input;
	const char *end = input + strlen(input);
	bool		after_paren = false;
	int			nd = 0;
	int			ng = 0;
	int			paren_group = -1;
	bool		short_input;

	while (p < end && odi_is_blank(*p))
		p++;
	while (end > p && odi_is_blank(end[-1]))
		end--;
	if (p == end)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COMPONENTS,
						odi_msg("the value is empty"));
	lx->plus = *p == '+';
	if (lx->plus)
		p++;
	/* then no group can overflow digits[] */
	short_input = end - p <= MAX_LEXED_DIGITS;

	for (;;)
	{
		bool		in_paren = false;

		if (p < end && *p == '(')
		{
			if (paren_group >= 0 || ng > 1)
				return odi_fail_char(err, HINT_FORMAT, input, p);
			in_paren = true;
			paren_group = ng;
			p++;
		}
		if (p >= end || !odi_is_digit(*p))
		{
			if (p >= end)
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
								odi_msg("the number ends where a digit is expected"));
			return odi_fail_char(err, HINT_FORMAT, input, p);
		}
		if (ng == MAX_GROUPS)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
							odi_msg("too many groups of digits"));
		lx->group_start[ng++] = nd;
		/* what follows end is blanks, so the digit test alone stops there */
		if (short_input)
			while (odi_is_digit(*p))
				lx->digits[nd++] = *p++;
		else
			while (odi_is_digit(*p))
			{
				if (nd < MAX_LEXED_DIGITS)
					lx->digits[nd] = *p;
				nd++;
				p++;
			}
		if (in_paren)
		{
			if (p >= end || *p != ')')
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
								odi_msg("a parenthesis is not closed"));
			p++;
			after_paren = true;
		}
		else
			after_paren = false;

		if (p >= end)
			break;
		if (is_separator(*p))
			p++;
		else if (!(after_paren && odi_is_digit(*p)))
			return odi_fail_char(err, HINT_FORMAT, input, p);
	}
	if (nd <= MAX_LEXED_DIGITS)
		lx->digits[nd] = '\0';
	lx->ndigits = nd;
	lx->ngroups = ng;
	lx->paren_group = paren_group;
	return true;
}

static bool
fail_count(odi_error *err, const char *detail, int count, int limit,
		   const char *hint)
{
	char		a[ODI_ITOA_LEN];
	char		b[ODI_ITOA_LEN];

	if (err == NULL)
		return false;
	return odi_fail(err, ODI_ERR_SYNTAX, hint, detail,
					odi_itoa(a, count), odi_itoa(b, limit));
}

static inline bool
check_length(odi_error *err, const char *what_long, const char *what_short,
			 int nsn_len, int min_nsn, int max_nsn)
{
	/* counted as written nationally, with the trunk 0 */
	if (nsn_len > max_nsn)
		return fail_count(err, what_long, nsn_len + 1, max_nsn + 1, HINT_PLAN);
	if (nsn_len < min_nsn)
		return fail_count(err, what_short, nsn_len + 1, min_nsn + 1, HINT_PLAN);
	return true;
}

/*
 * The kind and the area, operator or access code of an Indonesian NSN, from
 * its first digits, and the NSN lengths the plan gives that code.  False when
 * no code of the plan starts the number.
 */
static inline bool
classify(const char *nsn, int len, odi_phone *out, int *min_len, int *max_len)
{
	int			two;

	if (len < 3)
		return false;
	if (nsn[0] == '8')
	{
		out->area_len = 3;
		if (nsn[1] != '0' && nsn[1] != '4')
		{
			out->kind = ODI_PHONE_MOBILE;
			*min_len = 9;
			*max_len = 12;
			return true;
		}
		if (nsn[1] != '0')
			return false;
		*min_len = *max_len = 10;
		switch (nsn[2])
		{
			case '0':
				out->kind = ODI_PHONE_TOLL_FREE;
				*min_len = 8;
				return true;
			case '4':
				out->kind = ODI_PHONE_SHARED_COST;
				return true;
			case '9':
				out->kind = ODI_PHONE_PREMIUM;
				return true;
			case '7':
				out->kind = ODI_PHONE_UAN;
				out->area_len = 4;
				return len >= 4 && nsn[3] == '1';
		}
		return false;
	}
	if (nsn[0] == '1')
	{
		if (nsn[1] == '7' && nsn[2] == '7')
		{
			out->kind = ODI_PHONE_TOLL_FREE;
			out->area_len = 3;
			*min_len = 9;
			*max_len = 11;
			return true;
		}
		if (len >= 4 && nsn[1] == '5' && nsn[2] == '0' && nsn[3] == '0')
		{
			out->kind = ODI_PHONE_UAN;
			out->area_len = 4;
			*min_len = *max_len = 7;
			return true;
		}
		return false;
	}
	if (nsn[0] < '2' || nsn[0] > '9')
		return false;
	out->kind = ODI_PHONE_FIXED;
	out->area_len = 2;
	two = (nsn[0] - '0') * 10 + (nsn[1] - '0');
	switch (two)
	{
		case 21:
			/* 021 14xxx and 021 500xxx besides 7 or 8 digits */
			*min_len = 9;
			*max_len = 10;
			if ((len == 7 && nsn[2] == '1' && nsn[3] == '4') ||
				(len == 8 && nsn[2] == '5' && nsn[3] == '0' && nsn[4] == '0'))
				*min_len = len;
			return true;
		case 22:
			*min_len = 8;
			*max_len = 10;
			return true;
		case 24:
			*min_len = 9;
			*max_len = 10;
			return true;
		case 31:
			*min_len = 7;
			*max_len = 10;
			return true;
		case 61:
			/* 0619 may take 9 digits after 061 */
			*min_len = 7;
			*max_len = nsn[2] == '9' ? 11 : 10;
			return true;
	}
	out->area_len = 3;
	*min_len = 8;
	*max_len = 11;
	return is_area3(two * 10 + (nsn[2] - '0'));
}

static bool
fail_subscriber(odi_error *err, const char *nsn, int area_len, int len,
				int min_len, int max_len)
{
	char		code[ODI_PHONE_MAX_AREA + 2];
	char		lo[ODI_ITOA_LEN];
	char		hi[ODI_ITOA_LEN];
	char		got[ODI_ITOA_LEN];

	if (err == NULL)
		return false;
	code[0] = '0';
	memcpy(code + 1, nsn, area_len);
	code[area_len + 1] = '\0';
	odi_itoa(lo, min_len - area_len);
	odi_itoa(hi, max_len - area_len);
	odi_itoa(got, len - area_len);
	if (max_len == min_len + 1)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
						odi_msg("after the area code %s come %s or %s digits, not %s"),
						code, lo, hi, got);
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
					odi_msg("after the area code %s come %s to %s digits, not %s"),
					code, lo, hi, got);
}

/* What is wrong with an Indonesian NSN that apply_indonesian_plan refused. */
static bool
fail_plan(const char *nsn, int len, odi_phone *out, odi_error *err)
{
	int			min_len;
	int			max_len;
	char		code[8];

	if (!classify(nsn, len, out, &min_len, &max_len))
	{
		if (len < 2)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_COMPONENTS,
							odi_msg("the number has no area or operator code"));
		code[0] = '0';
		memcpy(code + 1, nsn, len < 3 ? (size_t) len : 3);
		code[len < 3 ? len + 1 : 4] = '\0';
		if (nsn[0] >= '2' && nsn[0] <= '9' && nsn[0] != '8')
		{
			if (len < 3)
				return fail_count(err,
								  odi_msg("too few digits for an Indonesian fixed-line number (%s; at least %s)"),
								  len + 1, 8, HINT_PLAN);
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
							odi_msg("\"%s\" is not an Indonesian area code"), code);
		}
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
						odi_msg("\"%s\" is not an Indonesian area or operator code"),
						code);
	}
	switch (out->kind)
	{
		case ODI_PHONE_FIXED:
			return fail_subscriber(err, nsn, out->area_len, len, min_len, max_len);
		case ODI_PHONE_MOBILE:
			return check_length(err,
								odi_msg("too many digits for an Indonesian mobile number (%s; at most %s)"),
								odi_msg("too few digits for an Indonesian mobile number (%s; at least %s)"),
								len, min_len, max_len);
		case ODI_PHONE_TOLL_FREE:
			return check_length(err,
								odi_msg("too many digits for an Indonesian toll-free number (%s; at most %s)"),
								odi_msg("too few digits for an Indonesian toll-free number (%s; at least %s)"),
								len, min_len, max_len);
		case ODI_PHONE_UAN:
			{
				char		after[ODI_ITOA_LEN];
				char		got[ODI_ITOA_LEN];
				const char *access = nsn[0] == '1' ? "1500" : "08071";

				odi_itoa(after, min_len - out->area_len);
				odi_itoa(got, len - out->area_len);
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
								odi_msg("after the access code %s of a universal access number come %s digits, not %s"),
								access, after, got);
			}
		default:
			return check_length(err,
								odi_msg("too many digits for an Indonesian shared-cost or premium number (%s; at most %s)"),
								odi_msg("too few digits for an Indonesian shared-cost or premium number (%s; at least %s)"),
								len, min_len, max_len);
	}
}

/* Classifies an Indonesian NSN, finds its code and checks its length. */
static inline bool
apply_indonesian_plan(const char *nsn, int len, odi_phone *out, odi_error *err)
{
	int			min_len;
	int			max_len;

	if (classify(nsn, len, out, &min_len, &max_len) &&
		len >= min_len && len <= max_len)
		return true;
	return fail_plan(nsn, len, out, err);
}

/* 110 ... 119, 150264 and the five-digit 140xx call centres */
static bool
is_short_number(const char *digits, int ndigits)
{
	size_t		i;

	if (ndigits == 5)
		return digits[0] == '1' && digits[1] == '4' && digits[2] == '0';
	for (i = 0; i < sizeof(short_numbers) / sizeof(short_numbers[0]); i++)
		if (strcmp(digits, short_numbers[i]) == 0)
			return true;
	return false;
}

/* The first group boundary after offset, or -1. */
static int
next_group_start(const lexed *lx, int offset)
{
	int			g;

	for (g = 0; g < lx->ngroups; g++)
		if (lx->group_start[g] > offset)
			return lx->group_start[g];
	return -1;
}

/*
 * A parenthesised group declares the area code: it must be the first group
 * of the national number and agree with the numbering plan.
 */
static bool
check_paren_group_slow(const lexed *lx, int nsn_offset, int trunk,
					   const odi_phone *out, odi_error *err)
{
	int			g = lx->paren_group;
	int			start;
	int			glen;
	char		written[MAX_LEXED_DIGITS + 3];
	char		plan[ODI_PHONE_MAX_AREA + 2];

	start = lx->group_start[g];
	glen = (g + 1 < lx->ngroups ? lx->group_start[g + 1] : lx->ndigits) - start;
	if (start == nsn_offset - trunk && glen == out->area_len + trunk)
		return true;
	if (start != nsn_offset - trunk)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("only the area code may stand in parentheses"));
	written[0] = '(';
	memcpy(written + 1, lx->digits + start, glen);
	written[glen + 1] = ')';
	written[glen + 2] = '\0';
	memcpy(plan, lx->digits + nsn_offset - trunk, out->area_len + trunk);
	plan[out->area_len + trunk] = '\0';
	if (out->area_len == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("%s is not an area code"), written);
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
					odi_msg("%s is not an area code: the numbering plan reads \"%s\""),
					written, plan);
}

static inline bool
check_paren_group(const lexed *lx, int nsn_offset, int trunk,
				  const odi_phone *out, odi_error *err)
{
	return lx->paren_group < 0 ||
		check_paren_group_slow(lx, nsn_offset, trunk, out, err);
}

/* A mask of odi_phone_cc_lengths as "8", "6-12" or "7, 10". */
static void
render_lengths(uint32_t mask, char *buf, size_t size)
{
	size_t		n = 0;
	int			len;

	buf[0] = '\0';
	for (len = 1; len < 32; len++)
	{
		int			last = len;

		if (!(mask & (1u << len)))
			continue;
		while (last + 1 < 32 && (mask & (1u << (last + 1))))
			last++;
		if (n + 8 >= size)
			break;
		if (n > 0)
			n += (size_t) snprintf(buf + n, size - n, ", ");
		if (last == len)
			n += (size_t) snprintf(buf + n, size - n, "%d", len);
		else
			n += (size_t) snprintf(buf + n, size - n, "%d-%d", len, last);
		len = last;
	}
}

/*
 * "0021 63855709" is more often a Jakarta number with an extra 0 than a
 * foreign one; an error about such a number says so.
 */
static bool
fail_foreign(const lexed *lx, odi_error *err, const char *detail,
			 const char *arg1, const char *arg2, const char *arg3)
{
	odi_phone	national;
	char		text[ODI_PHONE_TEXT_LEN];
	char		written[ODI_PHONE_MAX_NSN + 8];
	int			len = lx->ndigits - 2;

	if (err == NULL)
		return false;
	if (!lx->plus && len <= ODI_PHONE_MAX_NSN)
	{
		memset(&national, 0, sizeof(national));
		national.country_code = ODI_PHONE_CC_INDONESIA;
		national.nsn_len = len;
		memcpy(national.nsn, lx->digits + 2, len);
		national.nsn[len] = '\0';
		if (apply_indonesian_plan(national.nsn, len, &national, NULL))
		{
			odi_phone_format(&national, ODI_PHONE_NATIONAL, text);
			written[0] = '+';
			memcpy(written + 1, lx->digits + 2, len + 1);
			return odi_fail(err, ODI_ERR_SYNTAX,
							odi_msg("G4.6-PHONE-3: \"00\" introduces a country code; an Indonesian number starts with one 0."),
							odi_msg("%s is not an international number; with one 0 fewer it is the Indonesian number %s"),
							written, text);
		}
	}
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY, detail, arg1, arg2, arg3);
}

static bool
parse_international(const lexed *lx, odi_phone *out, odi_error *err)
{
	int			cc_offset = lx->plus ? 0 : 2;
	const char *cc_digits = lx->digits + cc_offset;
	int			cc_len;
	int			nsn_offset;
	int			nsn_len;
	int			area_end;
	int			i;
	char		buf[ODI_ITOA_LEN];
	char		cc_text[8];

	if (lx->ndigits <= cc_offset)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
						odi_msg("the country code is missing"));
	if (cc_digits[0] == '0')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
						odi_msg("a country code cannot start with 0"));
	if (!lx->plus && lx->ndigits >= 6 &&
		(cc_digits[0] == '1' || cc_digits[0] == '7') &&
		memcmp(cc_digits + 1, "803", 3) == 0)
		return odi_fail(err, ODI_ERR_SYNTAX,
						odi_msg("G4.6-PHONE-3: an international toll-free number (001803, 007803) can be dialled only inside Indonesia and has no international form; keep it in a text column."),
						odi_msg("%s is the prefix of an international toll-free number, not a country code"),
						cc_digits[0] == '1' ? "001803" : "007803");
	cc_len = country_code_length(cc_digits, lx->ndigits - cc_offset,
								 &out->country_code);
	if (cc_len == 0)
	{
		cc_len = lx->ndigits - cc_offset < 3 ? lx->ndigits - cc_offset : 3;
		cc_text[0] = '+';
		memcpy(cc_text + 1, cc_digits, cc_len);
		cc_text[cc_len + 1] = '\0';
		return fail_foreign(lx, err,
							odi_msg("%s begins no assigned country code"),
							cc_text, NULL, NULL);
	}
	nsn_offset = cc_offset + cc_len;
	nsn_len = lx->ndigits - nsn_offset;
	if (nsn_len <= 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
						odi_msg("the number after the country code is missing"));
	for (i = 0; i < lx->ngroups; i++)
		if (lx->group_start[i] > cc_offset && lx->group_start[i] < nsn_offset)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
							odi_msg("the country code is split by a separator"));
	if (cc_len + nsn_len > 15)
		return fail_count(err,
						  odi_msg("too many digits for an international number (%s; E.164 allows at most %s)"),
						  cc_len + nsn_len, 15, HINT_COUNTRY);

	out->nsn_len = nsn_len;
	memcpy(out->nsn, lx->digits + nsn_offset, nsn_len);
	out->nsn[nsn_len] = '\0';

	if (out->country_code == ODI_PHONE_CC_INDONESIA)
	{
		if (out->nsn[0] == '0')
			return odi_fail(err, ODI_ERR_SYNTAX,
							odi_msg("G4.6-PHONE-3: after \"+62\" write the area or operator code without its 0: \"+62 21 1234567\"."),
							odi_msg("the trunk prefix 0 must not follow the country code +62"));
		if (!apply_indonesian_plan(out->nsn, nsn_len, out, err))
			return false;
		return check_paren_group(lx, nsn_offset, 0, out, err);
	}

	out->kind = ODI_PHONE_FOREIGN;
	if (out->nsn[0] == '0' && nsn_len > 1 &&
		!(odi_phone_cc_zero[out->country_code] & (1u << (out->nsn[1] - '0'))))
	{
		cc_text[0] = '+';
		odi_itoa(cc_text + 1, out->country_code);
		return odi_fail(err, ODI_ERR_SYNTAX,
						odi_msg("G4.6-PHONE-3: after the country code write the number without the 0 dialled inside its country: \"+44 20 79460000\"."),
						odi_msg("no number of the country code %s starts with 0 (a trunk prefix must not follow the country code)"),
						cc_text);
	}
	if (!(odi_phone_cc_lengths[out->country_code] & (1u << nsn_len)))
	{
		char		lengths[ODI_ERROR_ARGLEN];
		char		got[ODI_ITOA_LEN];

		cc_text[0] = '+';
		odi_itoa(cc_text + 1, out->country_code);
		render_lengths(odi_phone_cc_lengths[out->country_code], lengths,
					   sizeof(lengths));
		odi_itoa(got, nsn_len);
		return fail_foreign(lx, err,
							odi_msg("numbers with the country code %s have %s digits after it, not %s"),
							cc_text, lengths, got);
	}
	area_end = next_group_start(lx, nsn_offset);
	out->area_len = area_end < 0 ? 0 : area_end - nsn_offset;
	if (out->area_len > ODI_PHONE_MAX_AREA)
	{
		memcpy(buf, out->nsn, out->area_len);
		buf[out->area_len] = '\0';
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
						odi_msg("the area code %s has more than 7 digits"), buf);
	}
	return check_paren_group(lx, nsn_offset, 0, out, err);
}

/* Written nationally, or after +62 or 0062. */
static bool
is_indonesian(const char *digits, bool plus)
{
	if (!plus && !(digits[0] == '0' && digits[1] == '0'))
		return true;
	if (!plus)
		digits += 2;
	return digits[0] == '6' && digits[1] == '2';
}

/*
 * "021 4517084-85", "5856256 58": a range of numbers, whose last group (of
 * last_len digits) continues the group of before digits that ends at
 * prev_end.  Read as one number it would be wrong.  Only for Indonesian
 * numbers: a foreign number's area code may be followed by two digits.
 */
static bool
is_range(const char *prev_end, int before, const char *last, int last_len)
{
	return last_len <= 2 && before >= 5 &&
		strncmp(prev_end - last_len, last, last_len) < 0;
}

bool
odi_phone_parse(const char *input, odi_phone *out, odi_error *err)
{
	lexed		lx;

	if (!lex(input, &lx, err))
		return false;
	if (lx.ndigits > MAX_LEXED_DIGITS)
		return fail_count(err,
						  odi_msg("too many digits for a telephone number (%s; E.164 allows at most %s)"),
						  lx.ndigits, 15, HINT_COUNTRY);
	/* the last group's length first: it is what rules most numbers out */
	if (lx.ngroups >= 2 &&
		lx.ndigits - lx.group_start[lx.ngroups - 1] <= 2 &&
		is_indonesian(lx.digits, lx.plus))
	{
		int			last = lx.group_start[lx.ngroups - 1];

		if (is_range(lx.digits + last, last - lx.group_start[lx.ngroups - 2],
					 lx.digits + last, lx.ndigits - last))
			return odi_fail(err, ODI_ERR_SYNTAX,
							odi_msg("G4.6-PHONE-2: one number per value; write each number of a range in full."),
							odi_msg("the last group \"%s\" continues the one before it: a range of numbers is not one number"),
							lx.digits + last);
	}
	memset(out, 0, sizeof(*out));

	if (lx.plus || (lx.ndigits >= 2 && lx.digits[0] == '0' && lx.digits[1] == '0'))
		return parse_international(&lx, out, err);

	out->country_code = ODI_PHONE_CC_INDONESIA;
	if (lx.digits[0] != '0')
	{
		if (lx.ngroups == 1 && lx.paren_group < 0 &&
			is_short_number(lx.digits, lx.ndigits))
		{
			out->kind = ODI_PHONE_SHORT;
			out->nsn_len = lx.ndigits;
			memcpy(out->nsn, lx.digits, lx.ndigits + 1);
			return true;
		}
		/* 1500 567: a universal access number has no trunk 0 */
		if (lx.ndigits >= 4 && memcmp(lx.digits, "1500", 4) == 0 &&
			lx.ndigits <= ODI_PHONE_MAX_NSN)
		{
			out->nsn_len = lx.ndigits;
			memcpy(out->nsn, lx.digits, lx.ndigits + 1);
			if (!apply_indonesian_plan(out->nsn, out->nsn_len, out, err))
				return false;
			return check_paren_group(&lx, 0, 0, out, err);
		}
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COMPONENTS,
						odi_msg("the number has no area or operator code"));
	}
	if (lx.ndigits - 1 > ODI_PHONE_MAX_NSN)
		return fail_count(err,
						  odi_msg("too many digits for an Indonesian number (%s; at most %s)"),
						  lx.ndigits, 13, HINT_PLAN);
	out->nsn_len = lx.ndigits - 1;
	memcpy(out->nsn, lx.digits + 1, lx.ndigits);
	if (!apply_indonesian_plan(out->nsn, out->nsn_len, out, err))
		return false;
	if (out->kind == ODI_PHONE_UAN && out->nsn[0] == '1')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
						odi_msg("a 1500 number is written without a 0 before it"));
	return check_paren_group(&lx, 1, 1, out, err);
}

/* A label some datasets put before the number: "Telp.", "HP:", "WA". */
static const char *
skip_label(const char *p)
{
	static const char *const labels[] = {
		"telepon", "telp", "tlp", "tel", "phone", "hp", "wa"
	};
	size_t		i;

	while (odi_is_blank(*p))
		p++;
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
	{
		size_t		len = strlen(labels[i]);
		size_t		k;

		for (k = 0; k < len; k++)
			if (odi_lower(p[k]) != labels[i][k])
				break;
		if (k == len && !odi_is_letter(p[len]))
		{
			p += len;
			if (*p == '.')
				p++;
			while (odi_is_blank(*p))
				p++;
			if (*p == ':')
				p++;
			return p;
		}
	}
	return p;
}

bool
odi_phone_area_code(const char *text, char *digits)
{
	const char *p = text;
	int			n = 0;
	char		nsn[16];
	odi_phone	plan;
	int			min_len;
	int			max_len;

	while (odi_is_blank(*p))
		p++;
	if (*p == '(')
		p++;
	if (*p == '0')
		p++;
	while (odi_is_digit(*p) && n < 4)
		digits[n++] = *p++;
	digits[n] = '\0';
	if (*p == ')')
		p++;
	while (odi_is_blank(*p))
		p++;
	if (*p != '\0' || n < 2 || n > 3)
		return false;
	/* the plan reads exactly these digits as a fixed line's area code */
	memcpy(nsn, digits, n);
	memcpy(nsn + n, "1234567", 8);
	return classify(nsn, n + 7, &plan, &min_len, &max_len) &&
		plan.kind == ODI_PHONE_FIXED && plan.area_len == n;
}

bool
odi_phone_read_lenient(const char *input, const char *area, odi_phone *out)
{
	char		clean[2 * MAX_LEXED_DIGITS + 8];
	char		local[2 * MAX_LEXED_DIGITS + 16];
	int			group_len[MAX_GROUPS];
	int			ngroups = 0;
	size_t		n = 0;
	int			ndigits = 0;
	bool		plus = false;
	bool		pending_sep = false;
	bool		paren_open = false;
	bool		paren_seen = false;
	const char *p = skip_label(input);

	for (; *p != '\0'; p++)
	{
		char		c = *p;

		if (odi_is_digit(c))
		{
			if (n + 2 >= sizeof(clean))
				return false;
			if (n == 0 || pending_sep || clean[n - 1] == '+' || clean[n - 1] == '(')
			{
				if (ngroups == MAX_GROUPS)
					return false;
				group_len[ngroups++] = 0;
			}
			if (pending_sep && n > 0 && clean[n - 1] != '+')
				clean[n++] = ' ';
			pending_sep = false;
			clean[n++] = c;
			group_len[ngroups - 1]++;
			ndigits++;
		}
		else if (c == '+' && n == 0)
		{
			clean[n++] = '+';
			plus = true;
		}
		else if (c == '(' && p[1] == '0' && p[2] == ')')
		{
			/*
			 * "+62 (0)21": a trunk 0 shown after the country code.  Only for
			 * Indonesia, whose numbers never start with 0; elsewhere (Italy)
			 * the 0 may belong to the number.
			 */
			clean[n] = '\0';
			if (strcmp(clean, "+62") != 0 && strcmp(clean, "0062") != 0)
				return false;
			p += 2;
			pending_sep = true;
		}
		else if (c == '(' && odi_is_digit(p[1]) && !paren_seen)
		{
			/* kept: the type checks that "(0226)" is an area code */
			if (n + 3 >= sizeof(clean))
				return false;
			if (n > 0 && clean[n - 1] != '+')
				clean[n++] = ' ';
			clean[n++] = '(';
			paren_open = paren_seen = true;
			pending_sep = false;
		}
		else if (c == ')' && paren_open)
		{
			if (n + 2 >= sizeof(clean))
				return false;
			clean[n++] = ')';
			paren_open = false;
			pending_sep = true;
		}
		else if (odi_is_blank(c) || c == '-' || c == '.' || c == '(' || c == ')')
			pending_sep = true;
		else
			return false;
	}
	clean[n] = '\0';
	if (ndigits == 0 || paren_open)
		return false;
	if (ngroups >= 2 && is_indonesian(clean + (plus ? 1 : 0), plus))
	{
		const char *tail = clean + n - group_len[ngroups - 1];

		if (is_range(tail - 1, group_len[ngroups - 2], tail, group_len[ngroups - 1]))
			return false;
	}

	if (!plus && clean[0] != '0')
	{
		if (strncmp(clean, "62", 2) == 0 && ndigits >= 10 && ndigits <= 14)
		{
			memmove(clean + 1, clean, n + 1);
			clean[0] = '+';
		}
		else if (clean[0] == '8' && strchr("12356789", clean[1]) != NULL &&
				 ndigits >= 9 && ndigits <= 12)
		{
			/* a mobile number whose leading 0 a spreadsheet dropped */
			memmove(clean + 1, clean, n + 1);
			clean[0] = '0';
		}
	}
	/* "+62 021 ...": the trunk 0 written after the country code */
	{
		char	   *q = NULL;

		if (strncmp(clean, "+62", 3) == 0)
			q = clean + 3;
		else if (strncmp(clean, "0062", 4) == 0)
			q = clean + 4;
		if (q != NULL)
		{
			if (*q == ' ')
				q++;
			if (*q == '0')
				memmove(q, q + 1, strlen(q));
		}
	}
	if (odi_phone_parse(clean, out, NULL))
		return true;
	/* "0021 63855709": an Indonesian number with an extra 0 */
	if (clean[0] == '0' && clean[1] == '0' && clean[2] != '0')
		return odi_phone_parse(clean + 1, out, NULL) &&
			out->country_code == ODI_PHONE_CC_INDONESIA;
	/*
	 * "6445353054": a fixed-line number whose leading 0 a spreadsheet dropped;
	 * a local number has 8 digits at most
	 */
	if (odi_is_digit(clean[0]) && clean[0] != '0' && clean[0] != '8' &&
		strncmp(clean, "62", 2) != 0 && ndigits >= 9 && ndigits <= 11)
	{
		snprintf(local, sizeof(local), "0%s", clean);
		return odi_phone_parse(local, out, NULL) && out->kind == ODI_PHONE_FIXED;
	}
	/* "4517084": a local number, in the area the caller names */
	if (area != NULL && odi_is_digit(clean[0]) && clean[0] != '0' &&
		ndigits >= 5 && ndigits <= 8)
	{
		snprintf(local, sizeof(local), "0%s %s", area, clean);
		return odi_phone_parse(local, out, NULL) && out->kind == ODI_PHONE_FIXED;
	}
	return false;
}

/*
 * Where the lenient reading takes a value the type reads for another: "(0)",
 * a trunk 0 to it and a digit to the type ("+39 (0)6 ..."), and a prefix 00
 * split by a separator or a parenthesis ("0 0193...", "(00) ..."), a
 * domestic number to it and an international one to the type.  Only the
 * type's syntax matters (on other values both take the lenient reading): a
 * parenthesis opens the first or the second group, and a separator follows
 * a group without one.
 */
static bool
read_otherwise(const char *p)
{
	const char *first;

	while (odi_is_blank(*p))
		p++;
	p += *p == '+';
	first = p;
	if (*p == '(')
		return p[1] == '0' && (p[2] == ')' || p[2] == '0');
	while (odi_is_digit(*p))
		p++;
	if (*p != ' ' && *p != '-')
		return false;
	p++;
	if (p[0] == '(' && p[1] == '0' && p[2] == ')')
		return true;
	return p - first == 2 && *first == '0' && (p[0] == '0' || (p[0] == '(' && p[1] == '0'));
}

/*
 * What the type reads is read as the type reads it: the lenient reading would
 * only tidy its separators and parse it again (test/unit/normalize_test.c).
 */
bool
odi_phone_normalize_local(const char *input, const char *area, odi_phone *out)
{
	if (!read_otherwise(input) && odi_phone_parse(input, out, NULL))
		return true;
	return odi_phone_read_lenient(input, area, out);
}

bool
odi_phone_normalize(const char *input, odi_phone *out)
{
	if (!read_otherwise(input) && odi_phone_parse(input, out, NULL))
		return true;
	return odi_phone_read_lenient(input, NULL, out);
}

/* Appends to a pattern; past its size the pattern is cut and marked failed. */
typedef struct pattern_buf
{
	char	   *buf;
	size_t		size;
	size_t		len;
	bool		full;
} pattern_buf;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
put(pattern_buf *pb, const char *fmt,...)
{
	va_list		ap;
	int			n;

	if (pb->full)
		return;
	va_start(ap, fmt);
	n = vsnprintf(pb->buf + pb->len, pb->size - pb->len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t) n >= pb->size - pb->len)
		pb->full = true;
	else
		pb->len += (size_t) n;
}

/* "[1-46]": a class of the digits in mask (bit d: digit d) */
static void
put_digits(pattern_buf *pb, unsigned mask)
{
	int			d;
	int			count = 0;

	for (d = 0; d < 10; d++)
		count += (mask >> d) & 1;
	if (count == 1)
	{
		for (d = 0; !(mask & (1u << d)); d++)
			;
		put(pb, "%d", d);
		return;
	}
	put(pb, "[");
	for (d = 0; d < 10; d++)
	{
		int			last = d;

		if (!(mask & (1u << d)))
			continue;
		while (last < 9 && (mask & (1u << (last + 1))))
			last++;
		if (last >= d + 2)
			put(pb, "%d-%d", d, last);
		else if (last == d + 1)
			put(pb, "%d%d", d, last);
		else
			put(pb, "%d", d);
		d = last;
	}
	put(pb, "]");
}

/* lo to hi more digits (lo may be 0) */
static void
put_count(pattern_buf *pb, int lo, int hi)
{
	if (hi <= 0)
		return;
	if (lo < 0)
		lo = 0;
	if (lo == hi)
		put(pb, hi == 1 ? "[0-9]" : "[0-9]{%d}", hi);
	else
		put(pb, "[0-9]{%d,%d}", lo, hi);
}

/*
 * A foreign national number of lo..hi digits as the type prints it: whole, or
 * its first 1 to 7 digits (the area code as written), a space and the rest.
 */
static void
put_foreign_lengths(pattern_buf *pb, bool zero, int lo, int hi, bool *any)
{
	int			g;

	for (g = 0; g <= ODI_PHONE_MAX_AREA && g < hi; g++)
	{
		if (*any)
			put(pb, "|");
		*any = true;
		put(pb, zero ? "[0-9]" : "[1-9]");
		if (g >= 1)
		{
			put_count(pb, g - 1, g - 1);
			put(pb, " ");
			put_count(pb, lo - g < 1 ? 1 : lo - g, hi - g);
		}
		else
			put_count(pb, lo - 1, hi - 1);
	}
}

/*
 * The calling codes of n digits whose numbers may (or may not) start with 0,
 * and the shortest and longest of their numbers, E.164's 15 digits allowing.
 */
static void
put_foreign_group(pattern_buf *pb, int n, bool zero)
{
	int			cc;
	bool		first = true;
	bool		any = false;
	int			lo = 32;
	int			hi = 0;
	int			len;

	for (cc = 1; cc < 1000; cc++)
	{
		uint32_t	mask = odi_phone_cc_lengths[cc] & ((1u << (16 - n)) - 1);

		if (cc == ODI_PHONE_CC_INDONESIA || mask == 0 ||
			(cc < 10 ? 1 : cc < 100 ? 2 : 3) != n ||
			(odi_phone_cc_zero[cc] != 0) != zero)
			continue;
		put(pb, first ? "|\\+(%d" : "|%d", cc);
		first = false;
		for (len = 1; len < 32; len++)
			if (mask & (1u << len))
			{
				if (len < lo)
					lo = len;
				if (len > hi)
					hi = len;
			}
	}
	if (first)
		return;
	put(pb, ") (");
	put_foreign_lengths(pb, zero, lo, hi, &any);
	put(pb, ")");
}

size_t
odi_phone_schema_pattern(char *buf, size_t size)
{
	pattern_buf pb = {buf, size, 0, false};
	int			tens;
	bool		first = true;
	int			n;

	/* Indonesian numbers as the type prints them (see classify) */
	put(&pb, "0(");
	for (tens = 20; tens < 100; tens++)
	{
		unsigned	mask = 0;
		int			d;

		for (d = 0; d < 10; d++)
			if (is_area3(tens * 10 + d))
				mask |= 1u << d;
		if (mask == 0)
			continue;
		put(&pb, first ? "%d" : "|%d", tens);
		put_digits(&pb, mask);
		first = false;
	}
	put(&pb, ") [0-9]{5,8}"
		"|021 (14[0-9]{3}|500[0-9]{3}|[0-9]{7,8})|022 [0-9]{6,8}|024 [0-9]{7,8}"
		"|031 [0-9]{5,8}|061 ([0-9]{5,8}|9[0-9]{8})"
		"|08[1235-9][0-9] [0-9]{6,9}|0800 [0-9]{5,7}|0177 [0-9]{6,8}|080[49] [0-9]{7}"
		"|1500 [0-9]{3}|08071 [0-9]{6}|11[023589]|140[0-9]{2}|150264");
	/*
	 * Foreign numbers: the assigned calling codes, by their digits; which
	 * lengths each country has, and which digit may follow a leading 0, are
	 * left to the type, so that the pattern stays small.
	 */
	for (n = 1; n <= 3; n++)
	{
		put_foreign_group(&pb, n, false);
		put_foreign_group(&pb, n, true);
	}
	return pb.full ? 0 : pb.len;
}

const char *
odi_phone_kind_name(odi_phone_kind kind)
{
	static const char *const names[] = {
		[ODI_PHONE_FIXED] = "fixed",
		[ODI_PHONE_MOBILE] = "mobile",
		[ODI_PHONE_TOLL_FREE] = "toll_free",
		[ODI_PHONE_PREMIUM] = "premium",
		[ODI_PHONE_SHARED_COST] = "shared_cost",
		[ODI_PHONE_SHORT] = "short",
		[ODI_PHONE_UAN] = "uan",
		[ODI_PHONE_FOREIGN] = "foreign",
	};

	return names[kind];
}

static size_t
append(char *buf, size_t at, const char *s, size_t len)
{
	memcpy(buf + at, s, len);
	buf[at + len] = '\0';
	return at + len;
}

size_t
odi_phone_format(const odi_phone *phone, odi_phone_style style, char *buf)
{
	char		cc[ODI_ITOA_LEN];
	size_t		n = 0;
	bool		indonesian = phone->country_code == ODI_PHONE_CC_INDONESIA;
	size_t		area = (size_t) phone->area_len;

	buf[0] = '\0';
	if (phone->kind == ODI_PHONE_SHORT)
		return append(buf, 0, phone->nsn, phone->nsn_len);
	if (style == ODI_PHONE_CANONICAL || style == ODI_PHONE_NATIONAL)
		style = indonesian ? ODI_PHONE_NATIONAL : ODI_PHONE_INTERNATIONAL;

	if (style == ODI_PHONE_NATIONAL)
	{
		if (odi_phone_has_trunk(phone))
			n = append(buf, n, "0", 1);
	}
	else
	{
		odi_itoa(cc, phone->country_code);
		n = append(buf, n, "+", 1);
		n = append(buf, n, cc, strlen(cc));
		if (style == ODI_PHONE_E164)
			return append(buf, n, phone->nsn, phone->nsn_len);
		n = append(buf, n, " ", 1);
	}
	if (area > 0)
	{
		n = append(buf, n, phone->nsn, area);
		n = append(buf, n, " ", 1);
	}
	return append(buf, n, phone->nsn + area, phone->nsn_len - area);
}

uint64_t
odi_phone_pack(const odi_phone *phone)
{
	const char *d = phone->nsn;
	uint64_t	value = 0;
	int			i;

	/* two digits a step: half the multiplications */
	for (i = 0; i + 1 < phone->nsn_len; i += 2)
		value = value * 100 + (uint64_t) ((d[i] - '0') * 10 + (d[i + 1] - '0'));
	if (i < phone->nsn_len)
		value = value * 10 + (uint64_t) (d[i] - '0');
	value *= pow10_table[ODI_PHONE_MAX_NSN - phone->nsn_len];
	return ((uint64_t) phone->country_code << 54) | (value << 7) |
		((uint64_t) phone->nsn_len << 3) | (uint64_t) phone->area_len;
}

bool
odi_phone_unpack(uint64_t packed, odi_phone *out)
{
	uint64_t	value = (packed >> 7) & ((1ULL << 47) - 1);
	int			i;

	memset(out, 0, sizeof(*out));
	out->country_code = (int) (packed >> 54);
	out->nsn_len = (int) ((packed >> 3) & 0xF);
	out->area_len = (int) (packed & 0x7);
	if (out->country_code == 0 || out->nsn_len == 0 ||
		out->nsn_len > ODI_PHONE_MAX_NSN || out->area_len > out->nsn_len ||
		value >= pow10_table[ODI_PHONE_MAX_NSN] ||
		value % pow10_table[ODI_PHONE_MAX_NSN - out->nsn_len] != 0)
		return false;
	value /= pow10_table[ODI_PHONE_MAX_NSN - out->nsn_len];
	for (i = out->nsn_len - 1; i >= 0; i--)
	{
		out->nsn[i] = (char) ('0' + value % 10);
		value /= 10;
	}
	if (out->country_code != ODI_PHONE_CC_INDONESIA)
		out->kind = ODI_PHONE_FOREIGN;
	else if (out->area_len == 0)
		out->kind = ODI_PHONE_SHORT;
	else
	{
		/* by prefix only: a value stored by 0.2 may have a length 0.3 refuses */
		odi_phone	plan = *out;
		int			min_len;
		int			max_len;

		if (!classify(out->nsn, out->nsn_len, &plan, &min_len, &max_len))
			return false;
		out->kind = plan.kind;
	}
	return true;
}

bool
odi_phone_is_canonical(uint64_t packed)
{
	odi_phone	decoded;
	odi_phone	reread;
	char		text[ODI_PHONE_TEXT_LEN];

	if (!odi_phone_unpack(packed, &decoded))
		return false;
	odi_phone_format(&decoded, ODI_PHONE_CANONICAL, text);
	return odi_phone_parse(text, &reread, NULL) &&
		odi_phone_pack(&reread) == packed;
}
