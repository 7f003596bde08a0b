/*
 * wilayah.c: lookups in the compiled register of areas.
 */
#include "wilayah.h"

#include <string.h>

#include "wilayah_key.h"

size_t
odi_wilayah_memory_size(void)
{
	return odi_wilayah_count * sizeof(odi_wilayah_entry) +
		odi_wilayah_key_count * sizeof(odi_wilayah_key_ref) +
		odi_wilayah_text_size + sizeof(odi_wilayah_level_start);
}

/* digits of v, zero-padded to width, at p; returns the end */
static char *
put_digits(char *p, unsigned v, int width)
{
	int			i;

	for (i = width - 1; i >= 0; i--, v /= 10)
		p[i] = (char) ('0' + v % 10);
	return p + width;
}

const char *
odi_wilayah_code(uint32_t entry, char *buf)
{
	const odi_wilayah_entry *e = odi_wilayah_get(entry);
	unsigned	parts[4] = {e->province, e->regency, e->district, e->village};
	char	   *p = buf;
	int			i;

	for (i = 0; i < e->level; i++)
	{
		if (i > 0)
			*p++ = '.';
		p = put_digits(p, parts[i], i == 3 ? 4 : 2);
	}
	*p = '\0';
	return buf;
}

/* the code's parts, ordered as the entries are within a level */
static int
code_cmp(const odi_wilayah_entry *e, const unsigned parts[4])
{
	unsigned	mine[4] = {e->province, e->regency, e->district, e->village};
	int			i;

	for (i = 0; i < 4; i++)
		if (mine[i] != parts[i])
			return mine[i] < parts[i] ? -1 : 1;
	return 0;
}

uint32_t
odi_wilayah_by_code(const char *code)
{
	odi_wilayah_level level;
	unsigned	parts[4] = {0, 0, 0, 0};
	int			n = 0;
	const char *c;
	uint32_t	lo;
	uint32_t	hi;

	if (!odi_kode_wilayah_parse(code, &level, NULL))
		return ODI_WILAYAH_NONE;
	for (c = code; *c; c++)
	{
		if (*c == '.')
			n++;
		else
			parts[n] = parts[n] * 10 + (unsigned) (*c - '0');
	}
	lo = odi_wilayah_level_start[level];
	hi = odi_wilayah_level_start[level + 1];
	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;
		int			cmp = code_cmp(odi_wilayah_get(mid), parts);

		if (cmp == 0)
			return mid;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return ODI_WILAYAH_NONE;
}

uint32_t
odi_wilayah_ancestor(uint32_t entry, odi_wilayah_level level)
{
	while (entry != ODI_WILAYAH_NONE && odi_wilayah_get(entry)->level > level)
		entry = odi_wilayah_get(entry)->parent;
	if (entry != ODI_WILAYAH_NONE && odi_wilayah_get(entry)->level != level)
		return ODI_WILAYAH_NONE;
	return entry;
}

bool
odi_wilayah_within(uint32_t inner, uint32_t outer)
{
	if (inner == ODI_WILAYAH_NONE || outer == ODI_WILAYAH_NONE)
		return false;
	return odi_wilayah_ancestor(inner, odi_wilayah_get(outer)->level) == outer;
}

size_t
odi_wilayah_regency_prefix(const char *name, size_t len, odi_wilayah_kind *kind)
{
	int			is_city = 0;
	size_t		n = odi_wilayah_prefix_len(name, len, &is_city);

	*kind = n == 0 ? ODI_WILAYAH_KIND_ANY
		: (is_city ? ODI_WILAYAH_KIND_KOTA : ODI_WILAYAH_KIND_KABUPATEN);
	return n;
}

/* first key reference whose key is not below key */
static uint32_t
key_lower_bound(const char *key)
{
	uint32_t	lo = 0;
	uint32_t	hi = odi_wilayah_key_count;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (strcmp(odi_wilayah_text + odi_wilayah_keys[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Adds the entries with key, at level (0: any), of kind, inside within. */
static int
collect(const char *key, int level, odi_wilayah_kind kind, uint32_t within,
		uint32_t *out, int max, int n)
{
	uint32_t	i;

	for (i = key_lower_bound(key); i < odi_wilayah_key_count &&
		 strcmp(odi_wilayah_text + odi_wilayah_keys[i].key, key) == 0; i++)
	{
		uint32_t	entry = odi_wilayah_keys[i].entry;
		const odi_wilayah_entry *e = odi_wilayah_get(entry);
		int			k;

		if (level != 0 && e->level != level)
			continue;
		if (kind != ODI_WILAYAH_KIND_ANY &&
			(e->level != ODI_WILAYAH_REGENCY || e->is_city != (kind == ODI_WILAYAH_KIND_KOTA)))
			continue;
		if (within != ODI_WILAYAH_NONE && !odi_wilayah_within(entry, within))
			continue;
		for (k = 0; k < n && k < max; k++)
			if (out[k] == entry)
				break;
		if (k < n && k < max)
			continue;
		if (n < max)
			out[n] = entry;
		n++;
	}
	return n;
}

int
odi_wilayah_find(const char *name, size_t len, int level, uint32_t within,
				 uint32_t *out, int max)
{
	char		key[ODI_WILAYAH_KEY_MAX + 1];
	odi_wilayah_kind kind = ODI_WILAYAH_KIND_ANY;
	size_t		skip = 0;
	int			n = 0;

	if (level == 0 || level == ODI_WILAYAH_REGENCY)
		skip = odi_wilayah_regency_prefix(name, len, &kind);
	if (skip > 0 && odi_wilayah_key(name + skip, len - skip, key) > 0)
		n = collect(key, ODI_WILAYAH_REGENCY, kind, within, out, max, n);
	if (skip > 0 && level == ODI_WILAYAH_REGENCY)
		return n;
	if (odi_wilayah_key(name, len, key) <= 0)
		return n;
	return collect(key, level, ODI_WILAYAH_KIND_ANY, within, out, max, n);
}

/* the release of the data in data/wilayah/ (its README.md) */
#define WILAYAH_SOURCE "idn-area-data 4.0.1"

#define HINT_KODE_WILAYAH_REGISTER odi_msg("Kemendagri area codes (not a rule of the guideline; what open datasets are joined on): a code must name an area of the register of areas, which id_wilayah() lists, as \"31.71.01.1001\" (Gambir, Jakarta Pusat) does.")

bool
odi_kode_wilayah_check(const char *input, odi_error *err)
{
	/* the lookup parses the code: a second parse only for an error */
	if (odi_wilayah_by_code(input) != ODI_WILAYAH_NONE)
		return true;
	if (!odi_kode_wilayah_parse(input, NULL, err))
		return false;
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_KODE_WILAYAH_REGISTER,
					odi_msg("the code \"%s\" is not in the register of areas (Kemendagri, %s)"),
					input, WILAYAH_SOURCE);
}
