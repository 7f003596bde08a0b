/* Unit tests of the Kemendagri area code (id_kode_wilayah). */
#include "kode_wilayah_parse.h"
#include "unit.h"

/* want is the level (1 province .. 4 village) or the error detail */
static void
check(const char *input, const char *want)
{
	odi_error	err;
	odi_wilayah_level level = 0;
	char		buf[256];
	char		name[512];

	if (odi_kode_wilayah_parse(input, &level, &err))
		snprintf(buf, sizeof(buf), "level %d", (int) level);
	else
		odi_error_format(&err, buf, sizeof(buf));
	snprintf(name, sizeof(name), "kode wilayah \"%s\": %s", input, want);
	unit_check_str(buf, want, name);
	unit_check(odi_kode_wilayah_valid(input, NULL) == (strncmp(want, "level", 5) == 0),
			   "kode wilayah validator agrees", input);
}

int
main(void)
{
	check("31", "level 1");
	check("31.71", "level 2");
	check("31.71.01", "level 3");
	check("31.71.01.1001", "level 4");
	check("94.71.03.2005", "level 4");
	check("10.01.01.0001", "level 4");
	check("09", "the province code must be two digits from 10 to 99, not \"09\"");
	check("3171", "the province code must be two digits from 10 to 99, not \"3171\"");
	check("3", "the province code must be two digits from 10 to 99, not \"3\"");
	check("31.7.01", "the regency or city code must be two digits from 01 to 99, not \"7\"");
	check("31.00", "the regency or city code must be two digits from 01 to 99, not \"00\"");
	check("31.71.001", "the kecamatan code must be two digits from 01 to 99, not \"001\"");
	check("31.71.01.101", "the kelurahan or desa code must be four digits from 0001 to 9999, not \"101\"");
	check("31.71.01.0000", "the kelurahan or desa code must be four digits from 0001 to 9999, not \"0000\"");
	check("", "the value ends too early, at position 1");
	check("31.", "the value ends too early, at position 4");
	check("31-71", "unexpected character \"-\" at position 3");
	check(" 31", "unexpected character \" \" at position 1");
	check("31.71.01.1001.1", "unexpected character \".\" at position 14");
	check("31.71.01.1001 ", "unexpected character \" \" at position 14");
	/* a part longer than an error's argument is cut, not overrun */
	check("31.7777777777777777777777777777777777777777777777777777777777777777777777777",
		  "the regency or city code must be two digits from 01 to 99, not \"777777777777777777777777777777777777777777777777777777777777777\"");
	return unit_done();
}
