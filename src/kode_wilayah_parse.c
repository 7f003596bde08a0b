/*
 * kode_wilayah_parse.c: the Kemendagri area code, NN[.NN[.NN[.NNNN]]].
 */
#include "kode_wilayah_parse.h"

#include <string.h>

#include "odi_chars.h"

#define HINT_KODE_WILAYAH odi_msg("Kemendagri area codes (not a rule of the guideline; what open datasets are joined on): NN for a province, NN.NN for a regency or city, NN.NN.NN for a kecamatan, NN.NN.NN.NNNN for a kelurahan or desa, as in \"31.71.01.1001\".")

static const struct
{
	int			digits;
	char		lowest;			/* of the first digit */
	const char *detail;
}			parts[] = {
	{2, '1', odi_msg("the province code must be two digits from 10 to 99, not \"%s\"")},
	{2, '0', odi_msg("the regency or city code must be two digits from 01 to 99, not \"%s\"")},
	{2, '0', odi_msg("the kecamatan code must be two digits from 01 to 99, not \"%s\"")},
	{4, '0', odi_msg("the kelurahan or desa code must be four digits from 0001 to 9999, not \"%s\"")},
};

bool
odi_kode_wilayah_parse(const char *input, odi_wilayah_level *level,
					   odi_error *err)
{
	const char *p = input;

	for (int part = 0; part < 4; part++)
	{
		const char *start = p;
		size_t		n;

		while (odi_is_digit(*p))
			p++;
		n = (size_t) (p - start);
		if (n == 0)
			return odi_fail_char(err, HINT_KODE_WILAYAH, input, p);
		if (n != (size_t) parts[part].digits || *start < parts[part].lowest ||
			strspn(start, "0") >= n)
		{
			char		written[ODI_ERROR_ARGLEN];

			if (n >= sizeof(written))
				n = sizeof(written) - 1;
			memcpy(written, start, n);
			written[n] = '\0';
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_KODE_WILAYAH,
							parts[part].detail, written);
		}
		if (*p == '\0')
		{
			if (level)
				*level = (odi_wilayah_level) (ODI_WILAYAH_PROVINCE + part);
			return true;
		}
		if (*p != '.' || part == 3)
			return odi_fail_char(err, HINT_KODE_WILAYAH, input, p);
		p++;
	}
	return false;				/* not reached: the fourth part ends the loop */
}

bool
odi_kode_wilayah_valid(const char *input, odi_error *err)
{
	odi_wilayah_level level;

	return odi_kode_wilayah_parse(input, &level, err);
}
