/* money_parse.c: "Rp 1.200.000,00" -> 1200000.00 IDR (G3-COMPOUND). */
#include "money_parse.h"

#include <string.h>

#include "odi_chars.h"

#define HINT_MONEY odi_msg("G3-COMPOUND: write the amount and the currency apart; Rp/IDR and € group thousands with \".\", US$ and the others with \",\".")

typedef struct currency
{
	const char *mark;			/* as written; letters match in any case */
	const char *code;
	char		decimal;
} currency;

/* longer marks first, so "US$" is not read as "US" and "$" */
static const currency currencies[] = {
	{"US$", "USD", '.'}, {"USD", "USD", '.'},
	{"Rp.", "IDR", ','}, {"IDR", "IDR", ','}, {"Rp", "IDR", ','},
	{"\xE2\x82\xAC", "EUR", ','}, {"EUR", "EUR", ','},
	{"S$", "SGD", '.'}, {"SGD", "SGD", '.'},
	{"MYR", "MYR", '.'}, {"RM", "MYR", '.'},
	{"\xC2\xA3", "GBP", '.'}, {"GBP", "GBP", '.'},
	{"A$", "AUD", '.'}, {"AUD", "AUD", '.'},
	{"JPY", "JPY", '.'}, {"CNY", "CNY", '.'},
};

#define N_CURRENCIES (sizeof(currencies) / sizeof(currencies[0]))

/* Skips spaces, tabs, U+00A0 and U+202F; returns the new position. */
static const char *
skip_space(const char *p)
{
	for (;;)
	{
		if (odi_is_blank(*p))
			p++;
		else if (strncmp(p, "\xC2\xA0", 2) == 0)
			p += 2;
		else if (strncmp(p, "\xE2\x80\xAF", 3) == 0)
			p += 3;
		else
			return p;
	}
}

/* A minus sign ("-" or U+2212); returns its length or 0. */
static size_t
minus_sign(const char *p)
{
	if (*p == '-')
		return 1;
	if (strncmp(p, "\xE2\x88\x92", 3) == 0)
		return 3;
	return 0;
}

/* The currency written at p, or NULL; *len is the mark's length. */
static const currency *
match_currency(const char *p, size_t *len)
{
	for (size_t i = 0; i < N_CURRENCIES; i++)
	{
		const char *m = currencies[i].mark;
		size_t		n = strlen(m);
		size_t		k;

		for (k = 0; k < n && p[k] != '\0' && odi_lower(p[k]) == odi_lower(m[k]); k++)
			;
		/* a mark ending in a letter must end a word: "RMB" is not "RM" */
		if (k == n && !(odi_is_letter(m[n - 1]) && odi_is_letter(p[n])))
		{
			*len = n;
			return &currencies[i];
		}
	}
	return NULL;
}

/*
 * Reads a currency mark at *p if there is one.  Returns false (with err set)
 * for a mark that names no single currency.
 */
static bool
read_currency(const char *input, const char **p, const currency **cur,
			  odi_error *err)
{
	const char *s = *p;
	size_t		len;
	size_t		n = 0;
	char		word[ODI_ERROR_ARGLEN];

	*cur = match_currency(s, &len);
	if (*cur != NULL)
	{
		*p = s + len;
		return true;
	}
	if (*s == '$' || strncmp(s, "\xC2\xA5", 2) == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
						odi_msg("\"%s\" is the mark of several currencies; write the code (USD, SGD, JPY, ...)"),
						*s == '$' ? "$" : "\xC2\xA5");
	while (odi_is_letter(s[n]) || s[n] == '$')
		n++;
	if (n == 0)
		return true;
	if (n >= sizeof(word))
		return odi_fail_char(err, HINT_MONEY, input, s);
	memcpy(word, s, n);
	word[n] = '\0';
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
					odi_msg("unknown currency \"%s\""), word);
}

/* Copies the digits of [s, e) into out, which has room for max digits. */
static bool
take_digits(const char *s, const char *e, char *out, size_t max, size_t *len)
{
	for (; s < e; s++)
	{
		if (!odi_is_digit(*s))
			continue;
		if (*len >= max)
			return false;
		out[(*len)++] = *s;
	}
	out[*len] = '\0';
	return true;
}

/*
 * Reads the number [s, e) (digits, "." and ",") with decimal mark dec
 * (0: not known) into out.
 */
static bool
read_number(const char *input, const char *s, const char *e, char dec,
			const char *code, odi_money *out, odi_error *err)
{
	const char *last_dot = NULL;
	const char *last_comma = NULL;
	int			dots = 0;
	int			commas = 0;
	char		group;
	const char *mark = NULL;	/* the decimal mark, if there is one */
	const char *q;
	const char *start;
	const char *int_end;
	size_t		len = 0;
	char		sep[2] = {0, 0};

	for (q = s; q < e; q++)
	{
		if (*q == '.')
			dots++, last_dot = q;
		else if (*q == ',')
			commas++, last_comma = q;
	}
	if (dec == 0)
	{
		if (dots > 0 && commas > 0)
			dec = last_dot > last_comma ? '.' : ',';
		else if (dots + commas == 1)
			dec = dots ? '.' : ',';
		else
			dec = dots ? ',' : '.';		/* a repeated mark groups thousands */
	}
	group = dec == '.' ? ',' : '.';
	for (q = s; q < e; q++)
	{
		if (*q != dec)
			continue;
		if (mark != NULL)
		{
			sep[0] = dec;
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
							code[0]
							? odi_msg("\"%s\" is the decimal mark of %s and appears more than once")
							: odi_msg("\"%s\" is the decimal mark of this amount and appears more than once"),
							sep, code);
		}
		mark = q;
	}

	/* the integer part: one group of 1-3 digits, then groups of 3 */
	int_end = mark ? mark : e;
	if (memchr(s, group, (size_t) (int_end - s)) != NULL)
	{
		start = s;
		for (q = s;; q++)
		{
			size_t		n;

			if (q < int_end && *q != group)
				continue;
			n = (size_t) (q - start);
			if (n == 0)
				return odi_fail_char(err, HINT_MONEY, input,
									 q == int_end ? start - 1 : q);
			if (start == s ? n > 3 : n != 3)
			{
				char		digits[ODI_ERROR_ARGLEN];

				if (n >= sizeof(digits))
					n = sizeof(digits) - 1;
				memcpy(digits, start, n);
				digits[n] = '\0';
				sep[0] = group;
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
								odi_msg("digit group \"%s\" does not fit \"%s\" as the thousands separator: groups after the first have 3 digits, the first at most 3"),
								digits, sep);
			}
			if (q == int_end)
				break;
			start = q + 1;
		}
	}
	if (!take_digits(s, int_end, out->digits, ODI_MONEY_MAX_DIGITS, &len))
		return odi_fail(err, ODI_ERR_RANGE, HINT_MONEY,
						odi_msg("more than 38 digits before the decimal mark"));
	if (len > 1 && out->digits[0] == '0')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
						odi_msg("the amount starts with a superfluous zero"));

	out->fraction[0] = '\0';
	if (mark != NULL)
	{
		size_t		flen = 0;

		for (q = mark + 1; q < e; q++)
			if (*q == group)
				return odi_fail_char(err, HINT_MONEY, input, q);
		if (!take_digits(mark + 1, e, out->fraction, ODI_MONEY_MAX_FRACTION, &flen))
			return odi_fail(err, ODI_ERR_RANGE, HINT_MONEY,
							odi_msg("more than 20 digits after the decimal mark"));
		/* "1.100": a decimal mark, or a thousands separator? */
		if (flen == 3 && len <= 3 && strcmp(out->digits, "0") != 0 &&
			memchr(s, group, (size_t) (mark - s)) == NULL)
		{
			char		amount[ODI_ERROR_ARGLEN];
			size_t		n = (size_t) (e - s);

			memcpy(amount, s, n);
			amount[n] = '\0';
			sep[0] = dec;
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
							code[0]
							? odi_msg("\"%s\" is ambiguous: \"%s\" before three digits may group thousands, though %s writes it as its decimal mark")
							: odi_msg("\"%s\" is ambiguous: \"%s\" before three digits may be a decimal mark or group thousands, and no currency says which"),
							amount, sep, code);
		}
	}
	return true;
}

bool
odi_money_parse(const char *input, odi_money *out, odi_error *err)
{
	const char *p = skip_space(input);
	const currency *cur = NULL;
	const currency *suffix = NULL;
	bool		negative = false;
	const char *num;
	const char *end;
	size_t		n;
	bool		dash_cents = false;
	char		limit[ODI_ITOA_LEN];

	if (memchr(input, '\0', ODI_MONEY_MAX_INPUT + 1) == NULL)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
						odi_msg("the value is too long to be an amount (more than %s bytes)"),
						odi_itoa(limit, ODI_MONEY_MAX_INPUT));

	if ((n = minus_sign(p)) > 0)
		negative = true, p = skip_space(p + n);
	if (!read_currency(input, &p, &cur, err))
		return false;
	p = skip_space(p);
	if (!negative && (n = minus_sign(p)) > 0)
		negative = true, p = skip_space(p + n);
	if (!odi_is_digit(*p))
	{
		if (*p == '\0')
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_MONEY,
							odi_msg("there is no amount"));
		return odi_fail_char(err, HINT_MONEY, input, p);
	}
	num = p;
	while (odi_is_digit(*p) || *p == '.' || *p == ',')
		p++;
	end = p;
	/* "Rp 5.000,-": no cents */
	if (end[-1] == ',' && *p == '-')
		end--, p++, dash_cents = true;
	if (!odi_is_digit(end[-1]))
		return odi_fail_char(err, HINT_MONEY, input, end - 1);
	p = skip_space(p);
	if (cur == NULL)
	{
		if (!read_currency(input, &p, &suffix, err))
			return false;
		cur = suffix;
		p = skip_space(p);
	}
	if (*p != '\0')
		return odi_fail_char(err, HINT_MONEY, input, p);
	if (dash_cents && (cur == NULL || cur->decimal != ','))
		return odi_fail_char(err, HINT_MONEY, input, end);

	memset(out, 0, sizeof(*out));
	if (cur != NULL)
		memcpy(out->currency, cur->code, 4);
	if (!read_number(input, num, end, cur ? cur->decimal : 0, out->currency,
					 out, err))
		return false;
	out->negative = negative &&
		(strcmp(out->digits, "0") != 0 || strspn(out->fraction, "0") != strlen(out->fraction));
	return true;
}

size_t
odi_money_amount(const odi_money *money, char *buf)
{
	char	   *p = buf;

	if (money->negative)
		*p++ = '-';
	strcpy(p, money->digits);
	p += strlen(p);
	if (money->fraction[0] != '\0')
	{
		*p++ = '.';
		strcpy(p, money->fraction);
		p += strlen(p);
	}
	*p = '\0';
	return (size_t) (p - buf);
}

size_t
odi_money_format(const odi_money *money, char *buf)
{
	char		dec = '.';
	char	   *p = buf;
	size_t		len = strlen(money->digits);

	if (money->currency[0] == '\0')
		return odi_money_amount(money, buf);
	for (size_t i = 0; i < N_CURRENCIES; i++)
		if (strcmp(currencies[i].code, money->currency) == 0)
		{
			dec = currencies[i].decimal;
			break;
		}
	memcpy(p, money->currency, 3);
	p += 3;
	*p++ = ' ';
	if (money->negative)
		*p++ = '-';
	for (size_t i = 0; i < len; i++)
	{
		if (i > 0 && (len - i) % 3 == 0)
			*p++ = dec == '.' ? ',' : '.';
		*p++ = money->digits[i];
	}
	if (money->fraction[0] != '\0')
	{
		*p++ = dec;
		strcpy(p, money->fraction);
		p += strlen(p);
	}
	*p = '\0';
	return (size_t) (p - buf);
}
