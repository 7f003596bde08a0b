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
normalized(const char *input, const char *area, const char *want)
{
	odi_phone	phone;
	char		buf[ODI_PHONE_TEXT_LEN] = "NULL";
	char		digits[8];
	char		name[160];

	snprintf(name, sizeof(name), "normalize \"%s\" in area %s -> %s", input,
			 area ? area : "(none)", want);
	if (area != NULL && !odi_phone_area_code(area, digits))
		snprintf(buf, sizeof(buf), "bad area");
	else if (odi_phone_normalize_local(input, area ? digits : NULL, &phone))
		odi_phone_format(&phone, ODI_PHONE_CANONICAL, buf);
	unit_check_str(buf, want, name);
}

static void
kind_of(const char *input, odi_phone_kind want)
{
	odi_phone	phone;
	char		name[128];

	snprintf(name, sizeof(name), "kind of \"%s\" is %d", input, (int) want);
	unit_check(odi_phone_parse(input, &phone, NULL) && phone.kind == want,
			   name, NULL);
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
	/* G4.6-PHONE-2: the guideline's right examples, in format */
	canonical("021 1234567", "021 1234567");
	canonical("0815 123456789", "0815 123456789");
	canonical("(021) 12345678", "021 12345678");
	canonical("0815-1234-56789", "0815 123456789");
	canonical("0039 21 123456789", "+39 21 123456789");
	canonical("+39 815 123456789", "+39 815 123456789");
	/* G4.6-PHONE-4 (revised): the plan's lengths win over the illustration */
	rejected("021 123456789", "after the area code 021 come 7 or 8 digits, not 9");
	rejected("(021) 123456789", "after the area code 021 come 7 or 8 digits, not 9");
	rejected("+62 21 123456789", "after the area code 021 come 7 or 8 digits, not 9");
	rejected("021 451708485", "after the area code 021 come 7 or 8 digits, not 9");
	rejected("021 4517084-85", "the last group \"85\" continues the one before it: a range of numbers is not one number");
	rejected("031 504843-44", "the last group \"44\" continues the one before it: a range of numbers is not one number");
	rejected("(031) 504843 4", "the last group \"4\" continues the one before it: a range of numbers is not one number");
	canonical("031 504843-40", "031 50484340");
	/* a foreign number's area code may be followed by two digits */
	canonical("+61 1320118 22", "+61 1320118 22");
	canonical("0812 3456 78", "0812 345678");
	rejected("031 12345678901", "after the area code 031 come 5 to 8 digits, not 11");
	rejected("0274 1234", "after the area code 0274 come 5 to 8 digits, not 4");
	rejected("022 12345", "after the area code 022 come 6 to 8 digits, not 5");
	canonical("021 14123", "021 14123");
	canonical("021 500123", "021 500123");
	rejected("021 600123", "after the area code 021 come 7 or 8 digits, not 6");
	canonical("022 123456", "022 123456");
	canonical("031 12345", "031 12345");
	canonical("061 912345678", "061 912345678");
	rejected("061 812345678", "after the area code 061 come 5 to 8 digits, not 9");
	/* G4.6-PHONE-3, -4 */
	canonical("+62 21 12345678", "021 12345678");
	canonical("0062 812 3456 7890", "0812 34567890");
	canonical("  0274 512345 ", "0274 512345");
	canonical("112", "112");
	canonical("115", "115");
	canonical("14000", "14000");
	rejected("14 000", "the number has no area or operator code");
	rejected("123", "the number has no area or operator code");
	canonical("+1 415 555 2671", "+1 415 5552671");
	canonical("+14155552671", "+1 4155552671");
	/* universal access numbers */
	canonical("1500 567", "1500 567");
	canonical("1500-567", "1500 567");
	canonical("1500567", "1500 567");
	canonical("+62 1500 116", "1500 116");
	canonical("08071 840128", "08071 840128");
	canonical("+62 8071 840128", "08071 840128");
	kind_of("1500 567", ODI_PHONE_UAN);
	kind_of("08071 840128", ODI_PHONE_UAN);
	kind_of("14000", ODI_PHONE_SHORT);
	kind_of("0804 1 807 807", ODI_PHONE_SHARED_COST);
	kind_of("0177 123456", ODI_PHONE_TOLL_FREE);
	rejected("1500 5678", "after the access code 1500 of a universal access number come 3 digits, not 4");
	rejected("01500 567", "a 1500 number is written without a 0 before it");
	rejected("0807 2234567", "\"0807\" is not an Indonesian area or operator code");
	/* foreign numbers: an assigned country code and one of its lengths */
	rejected("+999 1234", "+999 begins no assigned country code");
	rejected("+216 3855709", "numbers with the country code +216 have 8 digits after it, not 7");
	rejected("+1 555 12345", "numbers with the country code +1 have 7, 10 digits after it, not 8");
	canonical("+216 71 123456", "+216 71 123456");
	canonical("+44 20 79460000", "+44 20 79460000");
	canonical("+800 1234 5678", "+800 1234 5678");
	rejected("002163855709", "+2163855709 is not an international number; with one 0 fewer it is the Indonesian number 021 63855709");
	rejected("0021 55959220", "+2155959220 is not an international number; with one 0 fewer it is the Indonesian number 021 55959220");
	rejected("001803 1234567", "001803 is the prefix of an international toll-free number, not a country code");
	rejected("007803 1234567", "007803 is the prefix of an international toll-free number, not a country code");
	canonical("+1 803 1234567", "+1 803 1234567");
	rejected("123456789", "the number has no area or operator code");
	rejected("08 1234", "too few digits for an Indonesian mobile number (6; at least 10)");
	rejected("0219 9", "after the area code 021 come 7 or 8 digits, not 2");
	rejected("02 9", "too few digits for an Indonesian fixed-line number (3; at least 8)");
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

	/* the normaliser: ranges are never one number; local numbers need an area */
	normalized("021 4517084-85", NULL, "NULL");
	normalized("021-2510608-09", NULL, "NULL");
	normalized("021 5856256 58", NULL, "NULL");
	normalized("62310438-39", NULL, "NULL");
	normalized("8617212-13", NULL, "NULL");
	normalized("8617212-13", "021", "NULL");
	normalized("031 504843-44", NULL, "NULL");
	normalized("4517084", NULL, "NULL");
	normalized("4517084", "021", "021 4517084");
	normalized("4517084", "(021)", "021 4517084");
	normalized("4517084", "21", "021 4517084");
	normalized("512345", "0274", "0274 512345");
	normalized("62310438", "021", "021 62310438");
	normalized("0812 3456 7890", "021", "0812 34567890");
	normalized("81234567890", "021", "0812 34567890");
	normalized("021 4517084", "0274", "021 4517084");
	normalized("4517084", "0812", "bad area");
	normalized("4517084", "0201", "bad area");
	normalized("4517084", "abc", "bad area");
	normalized("002163855709", NULL, "021 63855709");
	normalized("0039 21 123456789", NULL, "+39 21 123456789");
	normalized("Telp. (021) 451 7084", NULL, "021 4517084");
	normalized("+62 (0)21 4517084", NULL, "021 4517084");
	normalized("1500 567", NULL, "1500 567");
	normalized("021 123456789", NULL, "NULL");
	/* parentheses still enclose the area code; a fixed line's dropped 0 */
	normalized("(0226) 6225180", NULL, "NULL");
	normalized("(0266) 225180", NULL, "0266 225180");
	normalized("(021)1234567", NULL, "021 1234567");
	normalized("+62 (21) 1234567", NULL, "021 1234567");
	normalized("(021 1234567", NULL, "NULL");
	normalized("6445353054", NULL, "0644 5353054");
	normalized("723475245", NULL, "0723 475245");
	normalized("29484848", NULL, "NULL");
	normalized("29484848", "021", "021 29484848");
	normalized("2112345678", NULL, "021 12345678");

	round_trip_packed("021 12345678");
	round_trip_packed("1500 567");
	round_trip_packed("08071 840128");
	round_trip_packed("14000");
	round_trip_packed("+800 1234 5678");
	round_trip_packed("0815-1234-56789");
	round_trip_packed("+39 815 123456789");
	round_trip_packed("+14155552671");
	round_trip_packed("112");
	round_trip_packed("0804 123 4567");
	unit_check(!odi_phone_is_canonical(0), "zero is not a stored phone", NULL);
	unit_check(!odi_phone_is_canonical(~0ULL), "all ones is not a stored phone", NULL);
	return unit_done();
}
