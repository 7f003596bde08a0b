/* Unit tests of the pure money parser (guideline 3.2, G3-COMPOUND). */
#include "money_parse.h"
#include "unit.h"

/* want: "<amount> <currency>" or the error detail */
static const char *const cases[][2] = {
	/* the guideline's own examples (3.2, 4.2) */
	{"Rp 1.200.000,00", "1200000.00 IDR"},
	{"US$ 100", "100 USD"},
	{"US$ 1,100", "1100 USD"},
	{"Rp 3.450.000,00", "3450000.00 IDR"},
	{"Rp10.000.000,00", "10000000.00 IDR"},
	{"Rp 20.000,00", "20000.00 IDR"},
	/* the issue's */
	{"IDR 2.500", "2500 IDR"},
	{"\xE2\x82\xAC 3,50", "3.50 EUR"},
	/* other spellings */
	{"Rp. 5.000,-", "5000 IDR"},
	{"rp 750", "750 IDR"},
	{"-Rp 5.000", "-5000 IDR"},
	{"Rp -5.000", "-5000 IDR"},
	{"Rp -0", "0 IDR"},
	{"2.500 IDR", "2500 IDR"},
	{"US$ 1,100.50", "1100.50 USD"},
	{"USD 0.125", "0.125 USD"},
	{"US$ 1234.567", "1234.567 USD"},
	{"S$ 12", "12 SGD"},
	{"RM 3.20", "3.20 MYR"},
	{"\xC2\xA3 7", "7 GBP"},
	{"\xC2\xA0Rp\xC2\xA0" "1.000 ", "1000 IDR"},
	/* no currency: only what cannot be read two ways */
	{"1.200.000", "1200000 "},
	{"1,200,000.50", "1200000.50 "},
	{"1.200,5", "1200.5 "},
	{"1,5", "1.5 "},
	{"12.3456", "12.3456 "},
	{"0,125", "0.125 "},
	{"125", "125 "},
	/* ambiguity is an error, not a guess */
	{"1.100", "\"1.100\" is ambiguous: \".\" before three digits may be a decimal mark or group thousands, and no currency says which"},
	{"US$ 1.100", "\"1.100\" is ambiguous: \".\" before three digits may group thousands, though USD writes it as its decimal mark"},
	{"Rp 1,500", "\"1,500\" is ambiguous: \",\" before three digits may group thousands, though IDR writes it as its decimal mark"},
	{"$ 100", "\"$\" is the mark of several currencies; write the code (USD, SGD, JPY, ...)"},
	{"\xC2\xA5 100", "\"\xC2\xA5\" is the mark of several currencies; write the code (USD, SGD, JPY, ...)"},
	/* malformed */
	{"Rp 1,200,000.00", "\",\" is the decimal mark of IDR and appears more than once"},
	{"1.000,5,0", "\",\" is the decimal mark of this amount and appears more than once"},
	{"Rp 1.20.000", "digit group \"20\" does not fit \".\" as the thousands separator: groups after the first have 3 digits, the first at most 3"},
	{"Rp 1234.000", "digit group \"1234\" does not fit \".\" as the thousands separator: groups after the first have 3 digits, the first at most 3"},
	{"Rp 1..000", "unexpected character \".\" at position 6"},
	{"Rp 1.000.", "unexpected character \".\" at position 9"},
	{"Rp 1.000,5.0", "unexpected character \".\" at position 11"},
	{"US$ 1,100 USD", "unexpected character \"U\" at position 11"},
	{"RMB 100", "unknown currency \"RMB\""},
	{"Rp", "there is no amount"},
	{"", "there is no amount"},
	{"Rp 007", "the amount starts with a superfluous zero"},
	{"US$ 5.000,-", "unexpected character \",\" at position 10"},
	{"Rp 12a", "unexpected character \"a\" at position 6"},
	{"123456789012345678901234567890123456789", "more than 38 digits before the decimal mark"},
};

static void
check(const char *input, const char *want)
{
	odi_money	money;
	odi_error	err;
	char		got[256];
	char		name[200];

	if (odi_money_parse(input, &money, &err))
	{
		size_t		n = odi_money_amount(&money, got);

		snprintf(got + n, sizeof(got) - n, " %s", money.currency);
	}
	else
		odi_error_format(&err, got, sizeof(got));
	snprintf(name, sizeof(name), "money \"%s\"", input);
	unit_check_str(got, want, name);
}

/* format(parse(x)) reads back as the same amount, in the same text */
static void
round_trip(const char *input)
{
	odi_money	a,
				b;
	char		text[ODI_MONEY_TEXT_LEN];
	char		again[ODI_MONEY_TEXT_LEN];
	char		name[200];

	snprintf(name, sizeof(name), "money round trip \"%s\"", input);
	if (!odi_money_parse(input, &a, NULL))
		return;
	odi_money_format(&a, text);
	unit_check(odi_money_parse(text, &b, NULL) &&
			   memcmp(&a, &b, sizeof(a)) == 0 &&
			   odi_money_format(&b, again) > 0 && strcmp(text, again) == 0,
			   name, text);
}

int
main(void)
{
	char		padded[ODI_MONEY_MAX_INPUT + 2];

	/* input is bounded: at the limit it is read, one byte more is rejected unread */
	check(unit_padded(padded, "Rp 1", ODI_MONEY_MAX_INPUT), "1 IDR");
	check(unit_padded(padded, "Rp 1", ODI_MONEY_MAX_INPUT + 1), "the value is too long to be an amount (more than 256 bytes)");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		check(cases[i][0], cases[i][1]);
		round_trip(cases[i][0]);
	}
	return unit_done();
}
