/*
 * id_address against the register of areas: for every kelurahan/desa (every
 * name style: hyphens, apostrophes, parentheses, digits, "Desa ...",
 * "Jalan ...", "Kota ..."), an address built from its register names must be
 * read with those names, in the guideline's layout (by the type) and in the
 * Google Maps layout (by the normaliser), and located at its code.
 */
#include <stdlib.h>

#include "address_area.h"
#include "address_parse.h"
#include "odi_chars.h"
#include "unit.h"
#include "wilayah.h"
#include "wilayah_key.h"

/* can the grammar hold this name? (a comma or a quote cannot be written) */
static bool
writable(const char *name)
{
	for (; *name; name++)
		if (*name == ',' || *name == '"' || *name == '*')
			return false;
	return true;
}

/* villages of district whose name has the same key as village's */
static int
namesakes(uint32_t village)
{
	const odi_wilayah_entry *e = odi_wilayah_get(village);
	const char *name = odi_wilayah_name(village);
	uint32_t	found[8];

	return odi_wilayah_find(name, strlen(name), ODI_WILAYAH_VILLAGE, e->parent, found, 8);
}

static bool
same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* the same name for the register ("Ujumbou." and "Ujumbou") */
static bool
same_key(const char *a, const char *b)
{
	char		ka[ODI_WILAYAH_KEY_MAX + 1];
	char		kb[ODI_WILAYAH_KEY_MAX + 1];

	return a && b && odi_wilayah_key(a, strlen(a), ka) >= 0 &&
		odi_wilayah_key(b, strlen(b), kb) >= 0 && strcmp(ka, kb) == 0;
}

int
main(void)
{
	long		tried = 0;
	long		unwritable = 0;
	long		strict_refused = 0;
	long		strict_wrong = 0;
	long		located_wrong = 0;
	long		maps_read = 0;
	long		maps_null = 0;
	long		maps_wrong = 0;
	long		not_identity = 0;
	char		first_bad[4096] = "";
	char		first_null[1024] = "";
	char		got[4096];
	uint32_t	i;
	bool		verbose = getenv("ODI_VERBOSE") != NULL;

	for (i = odi_wilayah_level_start[ODI_WILAYAH_VILLAGE]; i < odi_wilayah_count; i++)
	{
		const odi_wilayah_entry *e = odi_wilayah_get(i);
		uint32_t	district = e->parent;
		uint32_t	regency = odi_wilayah_get(district)->parent;
		const char *v = odi_wilayah_name(i);
		const char *d = odi_wilayah_name(district);
		const char *r = odi_wilayah_name(regency);
		const char *p = odi_address_province_name(e->province);
		const char *digits = odi_address_province_postal_digits(e->province);
		char		text[512];
		char		maps[512];
		char		back[512];
		char	   *work;
		odi_address a;
		odi_address b;
		odi_address_area area;
		int			postal = (digits[0] - '0') * 10000 + 1111;

		tried++;
		if (!writable(v) || !writable(d))
		{
			unwritable++;
			continue;
		}
		snprintf(text, sizeof(text), "Jl. Uji No. 1, %s, %s, %s %d, %s", v, d, r, postal, p);
		snprintf(maps, sizeof(maps), "Jl. Uji No.1, %s, Kec. %s, %s, %s %d", v, d, r,
				 odi_wilayah_name(odi_wilayah_ancestor(i, ODI_WILAYAH_PROVINCE)), postal);
		work = malloc(odi_address_work_size(maps) + odi_address_work_size(text));
		if (!odi_address_parse(text, work, &a, NULL))
		{
			strict_refused++;
			if (verbose)
				printf("# refused: %s\n", text);
			if (!first_bad[0])
				snprintf(first_bad, sizeof(first_bad), "refused: %s", text);
			free(work);
			continue;
		}
		if (!same(a.kelurahan, v) || !same(a.kecamatan, d) || !same(a.city, r) ||
			a.province != e->province)
		{
			strict_wrong++;
			snprintf(first_bad, sizeof(first_bad), "misread: %s", text);
		}
		odi_address_locate(&a, &area);
		if (!area.in_register ||
			(namesakes(i) == 1 && area.area != i) ||
			(namesakes(i) > 1 && area.area != district))
		{
			located_wrong++;
			snprintf(first_bad, sizeof(first_bad), "located elsewhere: %s", text);
		}
		/* normalising a valid value changes nothing */
		odi_address_format(&a, back);
		if (!odi_address_normalize(back, work, &b) ||
			odi_address_encoded_size(&a) != odi_address_encoded_size(&b) ||
			!same(a.kelurahan, b.kelurahan) || !same(a.city, b.city) || !same(a.street, b.street))
		{
			not_identity++;
			snprintf(first_bad, sizeof(first_bad), "normalize changed: %s", back);
		}
		if (odi_address_normalize(maps, work, &b))
		{
			if (same_key(b.kelurahan, v) && same_key(b.kecamatan, d) && same(b.city, r) &&
				b.province == e->province && b.postal_code == postal)
				maps_read++;
			else
			{
				maps_wrong++;
				odi_address_format(&b, back);
				if (verbose)
					printf("# misread: %s -> %s\n", maps, back);
				snprintf(first_bad, sizeof(first_bad), "Maps layout misread: %s -> %s", maps, back);
			}
		}
		else
		{
			maps_null++;
			if (verbose)
				printf("# NULL: %s\n", maps);
			if (!first_null[0])
				snprintf(first_null, sizeof(first_null), "%s", maps);
		}
		free(work);
	}
	printf("# %ld villages; %ld not writable in the grammar (a comma or quote in the name)\n",
		   tried, unwritable);
	printf("# guideline layout: %ld refused, %ld misread, %ld located elsewhere, %ld changed by normalize\n",
		   strict_refused, strict_wrong, located_wrong, not_identity);
	printf("# Maps layout: %ld read right, %ld NULL, %ld wrong%s%s\n", maps_read, maps_null, maps_wrong,
		   first_null[0] ? "; first NULL: " : "", first_null);
	snprintf(got, sizeof(got), "%s", first_bad);
	unit_check(strict_refused == 0 && strict_wrong == 0,
			   "register: every writable village in the guideline layout is read with its names", got);
	unit_check(located_wrong == 0, "register: every such address is located at its village", got);
	unit_check(not_identity == 0, "register: normalising each of them changes nothing", got);
	unit_check(maps_wrong == 0, "register: the Maps layout of every village is never misread", got);
	unit_check(maps_read * 100 >= (tried - unwritable) * 99,
			   "register: the Maps layout of at least 99% of villages is read", got);
	return unit_done();
}
