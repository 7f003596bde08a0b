/*
 * Unit tests of the compiled register of areas: its counts against the CSVs
 * it was built from (read here again), every entry found by its code and by
 * its name, and the spellings the lookups accept.
 */
#include <stdlib.h>

#include "unit.h"
#include "wilayah.h"

#define DATA "data/wilayah/"

/* data rows of a CSV (quoted fields hold no newline in these files) */
static long
csv_rows(const char *file)
{
	FILE	   *f = fopen(file, "r");
	long		lines = 0;
	int			c;

	if (f == NULL)
		return -1;
	while ((c = fgetc(f)) != EOF)
		if (c == '\n')
			lines++;
	fclose(f);
	return lines - 1;
}

static void
check_count(int level, const char *file)
{
	char		got[64];
	char		name[128];
	long		want = csv_rows(file);
	long		have = (long) (odi_wilayah_level_start[level + 1] - odi_wilayah_level_start[level]);

	snprintf(got, sizeof(got), "%ld in the library, %ld in the CSV", have, want);
	snprintf(name, sizeof(name), "register: every row of %s is compiled in", file);
	unit_check(want > 0 && have == want, name, got);
}

static int
find(const char *name, int level, uint32_t within, uint32_t *out, int max)
{
	return odi_wilayah_find(name, strlen(name), level, within, out, max);
}

/* name (at level) is found exactly once, with the code want */
static void
check_unique(const char *name, int level, const char *want)
{
	uint32_t	found[8];
	char		code[ODI_WILAYAH_CODE_LEN];
	char		label[256];
	int			n = find(name, level, ODI_WILAYAH_NONE, found, 8);

	snprintf(label, sizeof(label), "register: \"%s\" at level %d is %s", name, level, want);
	unit_check_str(n == 1 ? odi_wilayah_code(found[0], code) : (n == 0 ? "none" : "several"),
				   want, label);
}

static void
check_count_found(const char *name, int level, const char *within, int want)
{
	uint32_t	found[64];
	char		label[256];
	char		got[32];
	int			n = find(name, level, within ? odi_wilayah_by_code(within) : ODI_WILAYAH_NONE,
						 found, 64);

	snprintf(label, sizeof(label), "register: \"%s\" at level %d within %s: %d found",
			 name, level, within ? within : "Indonesia", want);
	snprintf(got, sizeof(got), "%d", n);
	unit_check(n == want, label, got);
}

int
main(void)
{
	uint32_t	i;
	uint32_t	by_code_bad = 0;
	uint32_t	by_name_bad = 0;
	uint32_t	parent_bad = 0;
	char		got[128];

	check_count(ODI_WILAYAH_PROVINCE, DATA "provinces.csv");
	check_count(ODI_WILAYAH_REGENCY, DATA "regencies.csv");
	check_count(ODI_WILAYAH_DISTRICT, DATA "districts.csv");
	check_count(ODI_WILAYAH_VILLAGE, DATA "villages.csv");

	for (i = 0; i < odi_wilayah_count; i++)
	{
		const odi_wilayah_entry *e = odi_wilayah_get(i);
		char		code[ODI_WILAYAH_CODE_LEN];
		const char *name = odi_wilayah_name(i);
		uint32_t	found[512];
		int			n;
		int			k;

		if (odi_wilayah_by_code(odi_wilayah_code(i, code)) != i)
			by_code_bad++;
		n = odi_wilayah_find(name, strlen(name), e->level, e->parent, found, 512);
		for (k = 0; k < n && k < 512 && found[k] != i; k++)
			;
		if (k == n || k == 512)
			by_name_bad++;
		if (e->level > ODI_WILAYAH_PROVINCE &&
			(e->parent == ODI_WILAYAH_NONE || odi_wilayah_get(e->parent)->level != e->level - 1 ||
			 !odi_wilayah_within(i, e->parent)))
			parent_bad++;
	}
	snprintf(got, sizeof(got), "%u", by_code_bad);
	unit_check(by_code_bad == 0, "register: every entry is found by its code", got);
	snprintf(got, sizeof(got), "%u", by_name_bad);
	unit_check(by_name_bad == 0, "register: every entry is found by its name within its parent", got);
	snprintf(got, sizeof(got), "%u", parent_bad);
	unit_check(parent_bad == 0, "register: every entry lies inside its parent, one level up", got);

	unit_check(odi_wilayah_by_code("31.99") == ODI_WILAYAH_NONE, "register: 31.99 does not exist", NULL);
	unit_check(odi_wilayah_by_code("3171") == ODI_WILAYAH_NONE, "register: a malformed code is none", NULL);

	check_unique("Jawa Barat", ODI_WILAYAH_PROVINCE, "32");
	check_unique("JAWA BARAT", ODI_WILAYAH_PROVINCE, "32");
	check_unique("Jawa Tim.", ODI_WILAYAH_PROVINCE, "35");
	check_unique("DKI Jakarta", ODI_WILAYAH_PROVINCE, "31");
	check_unique("Daerah Khusus Ibukota Jakarta", ODI_WILAYAH_PROVINCE, "31");
	check_unique("D.I. Yogyakarta", ODI_WILAYAH_PROVINCE, "34");
	check_unique("Jakarta Pusat", ODI_WILAYAH_REGENCY, "31.71");
	check_unique("Kota Administrasi Jakarta Pusat", ODI_WILAYAH_REGENCY, "31.71");
	check_unique("Kota Adm. Jakarta Pusat", ODI_WILAYAH_REGENCY, "31.71");
	check_unique("Kota Bandung", ODI_WILAYAH_REGENCY, "32.73");
	check_unique("Kab. Bandung", ODI_WILAYAH_REGENCY, "32.04");
	check_unique("Kabupaten Bandung", ODI_WILAYAH_REGENCY, "32.04");
	check_unique("Kepulauan Seribu", ODI_WILAYAH_REGENCY, "31.01");
	check_count_found("Bandung", ODI_WILAYAH_REGENCY, NULL, 2);
	check_count_found("Coblong", ODI_WILAYAH_DISTRICT, "32.73", 1);
	check_count_found("Cipaganti", ODI_WILAYAH_VILLAGE, "32.73.02", 1);
	check_count_found("Menteng", ODI_WILAYAH_VILLAGE, "31.71", 1);
	check_count_found("Menteng", ODI_WILAYAH_DISTRICT, "31.71", 1);
	check_count_found("Kota Bandung", ODI_WILAYAH_DISTRICT, NULL, 0);
	check_count_found("Soka'an", ODI_WILAYAH_VILLAGE, "35.13", 1);
	check_unique("Menteng", ODI_WILAYAH_DISTRICT, "31.71.06");

	printf("# register: %u entries, %u name keys, %zu bytes compiled in\n",
		   odi_wilayah_count, odi_wilayah_key_count, odi_wilayah_memory_size());
	return unit_done();
}
