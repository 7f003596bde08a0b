/*
 * phone_parse.c: telephone numbers per guideline 4.6 and the Indonesian
 * numbering plan (after libphonenumber's metadata for region ID).
 */
#include "phone_parse.h"

#include <string.h>

#include "odi_chars.h"

#define HINT_COMPONENTS odi_msg("G4.6-PHONE-1: write an area code (021) or an operator code (0815) and the subscriber number, e.g. \"021 123456789\".")
#define HINT_FORMAT odi_msg("G4.6-PHONE-2: groups of digits separated by one space or \"-\", an optional area code in parentheses and an optional country code \"+62\" or \"0062\".")
#define HINT_PLAN odi_msg("G4.6-PHONE-4: Indonesian numbers follow the national numbering plan: area codes 021, 022, 024, 031, 061 or three digits (0274), mobile operator codes 081x-089x.")
#define HINT_COUNTRY odi_msg("G4.6-PHONE-3: a country code is written \"+39\" or \"0039\"; E.164 allows at most 15 digits with it.")

#define MAX_LEXED_DIGITS 32
#define MAX_GROUPS 16

static const uint64_t pow10_table[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL
};

/* Three-digit Indonesian area codes (after the trunk 0), as ranges. */
static const struct
{
	short		lo;
	short		hi;
}			area3_ranges[] = {
	{231, 234}, {251, 254}, {260, 268}, {271, 276}, {280, 289}, {291, 298},
	{321, 328}, {331, 336}, {338, 338}, {341, 343}, {351, 358}, {361, 363},
	{365, 366}, {368, 368}, {370, 374}, {376, 376}, {379, 379}, {380, 389},
	{401, 405}, {408, 411}, {413, 414}, {417, 423}, {426, 428}, {430, 432},
	{434, 436}, {438, 438}, {443, 443}, {451, 453}, {457, 458}, {461, 465},
	{471, 471}, {473, 474}, {481, 482}, {484, 485},
	{511, 513}, {515, 519}, {522, 522}, {525, 528}, {531, 532}, {534, 539},
	{541, 543}, {545, 545}, {548, 549}, {551, 554}, {556, 556}, {561, 568},
	{620, 629}, {631, 636}, {639, 639}, {641, 646}, {650, 659},
	{702, 702}, {711, 719}, {721, 739}, {741, 748}, {751, 769}, {770, 773},
	{776, 779},
	{901, 902}, {910, 911}, {913, 918}, {920, 924}, {927, 927}, {929, 929},
	{951, 952}, {955, 958}, {962, 963}, {966, 967}, {969, 969}, {971, 971},
	{975, 975}, {979, 979}, {980, 981}, {983, 984}, {986, 986}
};

static const char *const short_numbers[] = {
	"110", "112", "113", "115", "118", "119"
};

/* Two-digit country codes; 1 and 7 have one digit, every other code three. */
static const bool cc_two_digits[100] = {
	[20] = true, [27] = true, [30] = true, [31] = true, [32] = true,
	[33] = true, [34] = true, [36] = true, [39] = true, [40] = true,
	[41] = true, [43] = true, [44] = true, [45] = true, [46] = true,
	[47] = true, [48] = true, [49] = true, [51] = true, [52] = true,
	[53] = true, [54] = true, [55] = true, [56] = true, [57] = true,
	[58] = true, [60] = true, [61] = true, [62] = true, [63] = true,
	[64] = true, [65] = true, [66] = true, [81] = true, [82] = true,
	[84] = true, [86] = true, [90] = true, [91] = true, [92] = true,
	[93] = true, [94] = true, [95] = true, [98] = true
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
	int			hi = (int) (sizeof(area3_ranges) / sizeof(area3_ranges[0])) - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (code < area3_ranges[mid].lo)
			hi = mid - 1;
		else if (code > area3_ranges[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

static int
country_code_length(const char *digits)
{
	if (digits[0] == '1' || digits[0] == '7')
		return 1;
	if (odi_is_digit(digits[1]) &&
		cc_two_digits[(digits[0] - '0') * 10 + (digits[1] - '0')])
		return 2;
	return 3;
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

/* Classifies an Indonesian NSN and finds its area or operator code. */
static bool
apply_indonesian_plan(const char *nsn, int len, odi_phone *out, odi_error *err)
{
	char		code[8];

	if (len >= 3 && nsn[0] == '8')
	{
		if (nsn[1] >= '1' && nsn[1] != '4')
		{
			out->kind = ODI_PHONE_MOBILE;
			out->area_len = 3;
			return check_length(err,
								odi_msg("too many digits for an Indonesian mobile number (%s; at most %s)"),
								odi_msg("too few digits for an Indonesian mobile number (%s; at least %s)"),
								len, 9, 12);
		}
		if (nsn[1] == '0' && (nsn[2] == '0' || nsn[2] == '4' || nsn[2] == '9'))
		{
			out->area_len = 3;
			if (nsn[2] == '0')
			{
				out->kind = ODI_PHONE_TOLL_FREE;
				return check_length(err,
									odi_msg("too many digits for an Indonesian toll-free number (%s; at most %s)"),
									odi_msg("too few digits for an Indonesian toll-free number (%s; at least %s)"),
									len, 8, 10);
			}
			out->kind = nsn[2] == '4' ? ODI_PHONE_SHARED_COST : ODI_PHONE_PREMIUM;
			return check_length(err,
								odi_msg("too many digits for an Indonesian shared-cost or premium number (%s; at most %s)"),
								odi_msg("too few digits for an Indonesian shared-cost or premium number (%s; at least %s)"),
								len, 10, 10);
		}
	}
	else if (len >= 3 && nsn[0] == '1' && nsn[1] == '7' && nsn[2] == '7')
	{
		out->kind = ODI_PHONE_TOLL_FREE;
		out->area_len = 3;
		return check_length(err,
							odi_msg("too many digits for an Indonesian toll-free number (%s; at most %s)"),
							odi_msg("too few digits for an Indonesian toll-free number (%s; at least %s)"),
							len, 9, 11);
	}
	else if (len >= 2 && nsn[0] >= '2' && nsn[0] <= '9' && nsn[0] != '8')
	{
		int			two = (nsn[0] - '0') * 10 + (nsn[1] - '0');

		out->kind = ODI_PHONE_FIXED;
		if (two == 21 || two == 22 || two == 24 || two == 31 || two == 61)
			out->area_len = 2;
		else if (len >= 3 && is_area3(two * 10 + (nsn[2] - '0')))
			out->area_len = 3;
		else if (len >= 3)
		{
			code[0] = '0';
			memcpy(code + 1, nsn, 3);
			code[4] = '\0';
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
							odi_msg("\"%s\" is not an Indonesian area code"), code);
		}
		else
			return fail_count(err,
							  odi_msg("too few digits for an Indonesian fixed-line number (%s; at least %s)"),
							  len + 1, 8, HINT_PLAN);
		return check_length(err,
							odi_msg("too many digits for an Indonesian fixed-line number (%s; at most %s)"),
							odi_msg("too few digits for an Indonesian fixed-line number (%s; at least %s)"),
							len, out->area_len + 5, 11);
	}

	if (len < 2)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COMPONENTS,
						odi_msg("the number has no area or operator code"));
	code[0] = '0';
	memcpy(code + 1, nsn, len < 3 ? (size_t) len : 3);
	code[len < 3 ? len + 1 : 4] = '\0';
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLAN,
					odi_msg("\"%s\" is not an Indonesian area or operator code"),
					code);
}

static bool
is_short_number(const char *digits)
{
	size_t		i;

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

	if (lx->ndigits <= cc_offset)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
						odi_msg("the country code is missing"));
	if (cc_digits[0] == '0')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_COUNTRY,
						odi_msg("a country code cannot start with 0"));
	cc_len = country_code_length(cc_digits);
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

	out->country_code = 0;
	for (i = 0; i < cc_len; i++)
		out->country_code = out->country_code * 10 + (cc_digits[i] - '0');
	out->nsn_len = nsn_len;
	memcpy(out->nsn, lx->digits + nsn_offset, nsn_len);
	out->nsn[nsn_len] = '\0';

	if (out->country_code == ODI_PHONE_CC_INDONESIA)
	{
		if (out->nsn[0] == '0')
			return odi_fail(err, ODI_ERR_SYNTAX,
							odi_msg("G4.6-PHONE-3: after \"+62\" write the area or operator code without its 0: \"+62 21 123456789\"."),
							odi_msg("the trunk prefix 0 must not follow the country code +62"));
		if (!apply_indonesian_plan(out->nsn, nsn_len, out, err))
			return false;
		return check_paren_group(lx, nsn_offset, 0, out, err);
	}

	out->kind = ODI_PHONE_FOREIGN;
	if (nsn_len < 4)
		return fail_count(err,
						  odi_msg("too few digits after the country code (%s; at least %s)"),
						  nsn_len, 4, HINT_COUNTRY);
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
	memset(out, 0, sizeof(*out));

	if (lx.plus || (lx.ndigits >= 2 && lx.digits[0] == '0' && lx.digits[1] == '0'))
		return parse_international(&lx, out, err);

	out->country_code = ODI_PHONE_CC_INDONESIA;
	if (lx.digits[0] != '0')
	{
		if (lx.ngroups == 1 && lx.paren_group < 0 && is_short_number(lx.digits))
		{
			out->kind = ODI_PHONE_SHORT;
			out->nsn_len = 3;
			memcpy(out->nsn, lx.digits, 4);
			return true;
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
odi_phone_normalize(const char *input, odi_phone *out)
{
	char		clean[2 * MAX_LEXED_DIGITS + 8];
	size_t		n = 0;
	int			ndigits = 0;
	bool		plus = false;
	bool		pending_sep = false;
	const char *p = skip_label(input);

	for (; *p != '\0'; p++)
	{
		char		c = *p;

		if (odi_is_digit(c))
		{
			if (n + 2 >= sizeof(clean))
				return false;
			if (pending_sep && n > 0 && clean[n - 1] != '+')
				clean[n++] = ' ';
			pending_sep = false;
			clean[n++] = c;
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
		else if (odi_is_blank(c) || c == '-' || c == '.' || c == '(' || c == ')')
			pending_sep = true;
		else
			return false;
	}
	clean[n] = '\0';
	if (ndigits == 0)
		return false;

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
	return odi_phone_parse(clean, out, NULL);
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
		n = append(buf, n, "0", 1);
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
	uint64_t	value = 0;
	int			i;

	for (i = 0; i < phone->nsn_len; i++)
		value = value * 10 + (uint64_t) (phone->nsn[i] - '0');
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
		odi_phone	plan = *out;

		if (!apply_indonesian_plan(out->nsn, out->nsn_len, &plan, NULL))
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
