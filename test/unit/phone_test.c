/* Unit tests of the pure telephone parser (guideline 4.6). */
#include "phone_parse.h"
#include "unit.h"

static void
canonical(const char *input, const char *want)
{
	odi_phone	phone;
	char		buf[ODI_PHONE_TEXT_LEN] = "";
	char		name[128];
	odi_error	err;

	snprintf(name, sizeof(name), "parse \"%s\" -> \"%s\"", input, want);
	if (!odi_phone_parse(input, &phone, &err))
		odi_error_format(&err, buf, sizeof(buf));
	else
		odi_phone_format(&phone, ODI_PHONE_CANONICAL, buf);
	unit_check_str(buf, want, name);
}

static void
rejected(const char *input, const char *want_detail)
{
	odi_phone	phone;
	odi_error	err;
	char		buf[256] = "accepted";
	char		name[160];

	snprintf(name, sizeof(name), "reject \"%s\": %s", input, want_detail);
	if (!odi_phone_parse(input, &phone, &err))
		odi_error_format(&err, buf, sizeof(buf));
	unit_check_str(buf, want_detail, name);
}

static void
round_trip_packed(const char *input)
{
	odi_phone	phone;
	odi_phone	back;
	char		a[ODI_PHONE_TEXT_LEN];
	char		b[ODI_PHONE_TEXT_LEN] = "";
	char		name[128];
	uint64_t	packed;

	snprintf(name, sizeof(name), "pack/unpack \"%s\"", input);
	if (!odi_phone_parse(input, &phone, NULL))
	{
		unit_check(0, name, "did not parse");
		return;
	}
	packed = odi_phone_pack(&phone);
	odi_phone_format(&phone, ODI_PHONE_CANONICAL, a);
	if (odi_phone_unpack(packed, &back))
		odi_phone_format(&back, ODI_PHONE_CANONICAL, b);
	unit_check(strcmp(a, b) == 0 && back.kind == phone.kind &&
			   odi_phone_is_canonical(packed), name, b);
}

int
main(void)
{
	/* G4.6-PHONE-2: the guideline's right examples */
	canonical("021 123456789", "021 123456789");
	canonical("0815 123456789", "0815 123456789");
	canonical("(021) 123456789", "021 123456789");
	canonical("0815-1234-56789", "0815 123456789");
	canonical("0039 21 123456789", "+39 21 123456789");
	canonical("+39 815 123456789", "+39 815 123456789");
	/* G4.6-PHONE-3, -4 */
	canonical("+62 21 123456789", "021 123456789");
	canonical("0062 812 3456 7890", "0812 34567890");
	canonical("  0274 512345 ", "0274 512345");
	canonical("112", "112");
	canonical("+1 415 555 2671", "+1 415 5552671");
	canonical("+14155552671", "+1 4155552671");
	rejected("123456789", "the number has no area or operator code");
	rejected("08 1234", "too few digits for an Indonesian mobile number (6; at least 10)");
	rejected("0219 9", "too few digits for an Indonesian fixed-line number (5; at least 8)");
	rejected("0815 1234567890", "too many digits for an Indonesian mobile number (14; at most 13)");
	rejected("0812x3456", "unexpected character \"x\" at position 5");
	rejected("0812  3456789", "unexpected character \" \" at position 6");
	rejected("", "the value is empty");
	rejected("0840 1234567", "\"0840\" is not an Indonesian area or operator code");
	rejected("0201 1234567", "\"0201\" is not an Indonesian area code");
	rejected("+62 021 1234567", "the trunk prefix 0 must not follow the country code +62");
	rejected("+0 123", "a country code cannot start with 0");
	rejected("+3 9 06 1234567", "the country code is split by a separator");
	rejected("+39 0612345678901234", "too many digits for an international number (18; E.164 allows at most 15)");
	rejected("021-", "the number ends where a digit is expected");
	rejected("(021 1234567", "a parenthesis is not closed");
	rejected("0812 3456 7890 ÷", "unexpected character \"÷\" at position 16");

	round_trip_packed("021 123456789");
	round_trip_packed("0815-1234-56789");
	round_trip_packed("+39 815 123456789");
	round_trip_packed("+14155552671");
	round_trip_packed("112");
	round_trip_packed("0804 123 4567");
	unit_check(!odi_phone_is_canonical(0), "zero is not a stored phone", NULL);
	unit_check(!odi_phone_is_canonical(~0ULL), "all ones is not a stored phone", NULL);
	return unit_done();
}
