/*
 * libFuzzer harness for the Kemendagri area code parser: never crashes, every
 * rejection has a detail and a hint, an accepted code has the shape of its
 * level (2, 5, 8 or 13 characters) and is what the format validator accepts.
 * The validator of the domain (odi_kode_wilayah_check) accepts a code exactly
 * when it is in the format and the register has it, and then the register
 * gives it back as the same text at the same level.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kode_wilayah_parse.h"
#include "wilayah.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t length_of_level[] = {0, 2, 5, 8, 13};
	char	   *input = malloc(size + 1);
	odi_error	err;
	odi_wilayah_level level;
	char		detail[512];
	char		code[ODI_WILAYAH_CODE_LEN];
	uint32_t	entry;
	bool		ok;
	bool		in_register;

	if (input == NULL)
		return 0;
	memcpy(input, data, size);
	input[size] = '\0';
	ok = odi_kode_wilayah_parse(input, &level, &err);
	if (ok != odi_kode_wilayah_valid(input, NULL))
		abort();
	if (ok)
	{
		if (level < ODI_WILAYAH_PROVINCE || level > ODI_WILAYAH_VILLAGE ||
			strlen(input) != length_of_level[level])
			abort();
	}
	else
	{
		odi_error_format(&err, detail, sizeof(detail));
		if (detail[0] == '\0' || err.hint == NULL)
			abort();
	}
	entry = odi_wilayah_by_code(input);
	in_register = odi_kode_wilayah_check(input, &err);
	if (in_register != (ok && entry != ODI_WILAYAH_NONE) ||
		in_register != odi_kode_wilayah_check(input, NULL))
		abort();
	if (in_register)
	{
		if (strcmp(odi_wilayah_code(entry, code), input) != 0 ||
			odi_wilayah_get(entry)->level != level)
			abort();
	}
	else
	{
		odi_error_format(&err, detail, sizeof(detail));
		if (detail[0] == '\0' || err.hint == NULL)
			abort();
	}
	free(input);
	return 0;
}
