/*
 * Unit tests of the Kemendagri area code (id_kode_wilayah): its format
 * (odi_kode_wilayah_parse) and its validator, which also looks the code up in
 * the register of areas (odi_kode_wilayah_check).
 */
#include <stdlib.h>

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

/* want is "ok" or the error detail of the validator */
static void
check_register(const char *input, const char *want)
{
	odi_error	err;
	char		buf[256];
	char		name[512];
	bool		ok = odi_kode_wilayah_check(input, &err);

	if (ok)
		snprintf(buf, sizeof(buf), "ok");
	else
		odi_error_format(&err, buf, sizeof(buf));
	snprintf(name, sizeof(name), "kode wilayah \"%s\" in the register: %s", input, want);
	unit_check_str(buf, want, name);
	unit_check(ok || err.hint != NULL, "kode wilayah: a rejection has a hint", input);
	unit_check(odi_kode_wilayah_check(input, NULL) == ok, "kode wilayah check without err agrees", input);
}

/* the release the message names is the one data/wilayah/README.md describes */
static void
check_source_named(const char *source)
{
	FILE	   *f = fopen("data/wilayah/README.md", "r");
	char	   *text = calloc(1, 65536);
	size_t		n = 0;

	if (f != NULL && text != NULL)
	{
		n = fread(text, 1, 65535, f);
		fclose(f);
	}
	unit_check(n > 0 && strstr(text, source) != NULL,
			   "kode wilayah: the error names the release data/wilayah/README.md describes", source);
	free(text);
}

int
main(void)
{
	check("31", "level 1");
	check("31.71", "level 2");
	check("31.71.01", "level 3");
	check("31.71.01.1001", "level 4");
	check("94.71.03.2005", "level 4");	/* the format only: not in the register */
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

	/* the validator: the format, then the register */
	check_register("31", "ok");
	check_register("31.71", "ok");
	check_register("31.71.01", "ok");
	check_register("31.71.01.1001", "ok");
	check_register("32.73.02.1004", "ok");
	check_register("91.71.03.2004", "ok");
	check_register("96", "ok");
	check_register("10", "the code \"10\" is not in the register of areas (Kemendagri, idn-area-data 4.0.1)");
	check_register("31.99", "the code \"31.99\" is not in the register of areas (Kemendagri, idn-area-data 4.0.1)");
	check_register("31.71.99", "the code \"31.71.99\" is not in the register of areas (Kemendagri, idn-area-data 4.0.1)");
	check_register("31.71.01.1007", "the code \"31.71.01.1007\" is not in the register of areas (Kemendagri, idn-area-data 4.0.1)");
	check_register("94.71.03.2005", "the code \"94.71.03.2005\" is not in the register of areas (Kemendagri, idn-area-data 4.0.1)");
	check_register("31.7.01", "the regency or city code must be two digits from 01 to 99, not \"7\"");
	check_register("3171", "the province code must be two digits from 10 to 99, not \"3171\"");
	check_register("", "the value ends too early, at position 1");
	check_register("31.71.01.1001 ", "unexpected character \" \" at position 14");
	check_source_named("idn-area-data 4.0.1");
	return unit_done();
}
