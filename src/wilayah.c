/*
 * wilayah.c: lookups in the compiled register of areas.
 */
#include "wilayah.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "wilayah_key.h"

size_t
odi_wilayah_memory_size(void)
{
	return odi_wilayah_count * sizeof(odi_wilayah_entry) +
		odi_wilayah_key_count * sizeof(odi_wilayah_key_ref) +
		odi_wilayah_text_size + sizeof(odi_wilayah_level_start) +
		odi_wilayah_hash_size * sizeof(uint32_t);
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

static int	find_written(const char *name, size_t len, int level, uint32_t within,
						 uint32_t *out, int max);

/* the first key reference of key, or odi_wilayah_key_count when there is none */
static uint32_t
key_first(const char *key)
{
	uint32_t	mask = odi_wilayah_hash_size - 1;
	uint32_t	h;

	for (h = odi_wilayah_key_hash(key) & mask; odi_wilayah_hash[h]; h = (h + 1) & mask)
	{
		uint32_t	ref = odi_wilayah_hash[h] - 1;

		if (strcmp(odi_wilayah_text + odi_wilayah_keys[ref].key, key) == 0)
			return ref;
	}
	return odi_wilayah_key_count;
}

/* Adds the entries with key, at level (0: any), of kind, inside within. */
static int
collect(const char *key, int level, odi_wilayah_kind kind, uint32_t within,
		uint32_t *out, int max, int n)
{
	uint32_t	i;

	for (i = key_first(key); i < odi_wilayah_key_count &&
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
		if (max == 0)
			break;
	}
	return n;
}

/*
 * Google Maps in English: "South Tangerang City" is Kota Tangerang Selatan,
 * "Central Java" Jawa Tengah, "Riau Islands" Kepulauan Riau.  False when
 * name has none of these words.
 */
static bool
from_english(const char *name, size_t len, char *out, size_t cap)
{
	static const struct
	{
		const char *en;
		const char *id;
	}			directions[] = {
		{"north", "Utara"}, {"south", "Selatan"}, {"east", "Timur"}, {"west", "Barat"},
		{"central", "Tengah"}, {"southeast", "Tenggara"}, {"southwest", "Barat Daya"},
	}, words[] = {
		{"java", "Jawa"}, {"sumatra", "Sumatera"},
	}, suffixes[] = {
		{"city", "Kota"}, {"regency", "Kabupaten"}, {"islands", "Kepulauan"},
	};
	const char *w[16];
	size_t		wl[16];
	const char *direction = NULL;
	const char *prefix = NULL;
	int			n = 0;
	int			first = 0;
	int			i;
	size_t		at = 0;
	size_t		k;

	for (k = 0; k < len && n < 16;)
	{
		size_t		e = k;

		while (e < len && name[e] != ' ')
			e++;
		w[n] = name + k;
		wl[n++] = e - k;
		k = e + 1;
	}
	if (n < 2 || k < len)
		return false;
	for (k = 0; k < sizeof(directions) / sizeof(directions[0]); k++)
		if (wl[0] == strlen(directions[k].en) && strncasecmp(w[0], directions[k].en, wl[0]) == 0)
		{
			direction = directions[k].id;
			first = 1;
		}
	for (k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++)
		if (wl[n - 1] == strlen(suffixes[k].en) && strncasecmp(w[n - 1], suffixes[k].en, wl[n - 1]) == 0)
		{
			prefix = suffixes[k].id;
			n--;
		}
	if ((direction == NULL && prefix == NULL) || first >= n)
		return false;
	at += (size_t) snprintf(out, cap, "%s", prefix ? prefix : "");
	for (i = first; i < n && at < cap; i++)
	{
		const char *word = w[i];
		size_t		wlen = wl[i];

		for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			if (wlen == strlen(words[k].en) && strncasecmp(word, words[k].en, wlen) == 0)
			{
				word = words[k].id;
				wlen = strlen(word);
			}
		at += (size_t) snprintf(out + at, cap - at, "%s%.*s", at ? " " : "", (int) wlen, word);
	}
	if (direction && at < cap)
		at += (size_t) snprintf(out + at, cap - at, " %s", direction);
	return at < cap;
}

int
odi_wilayah_find(const char *name, size_t len, int level, uint32_t within,
				 uint32_t *out, int max)
{
	int			n = find_written(name, len, level, within, out, max);
	char		english[128];

	if (n == 0 && from_english(name, len, english, sizeof(english)))
		n = find_written(english, strlen(english), level, within, out, max);
	return n;
}

static int
find_written(const char *name, size_t len, int level, uint32_t within,
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
	/* "Kota Baru" may still be Kabupaten Kotabaru */
	if (skip > 0 && level == ODI_WILAYAH_REGENCY && n > 0)
		return n;
	if (odi_wilayah_key(name, len, key) <= 0)
		return n;
	return collect(key, level, ODI_WILAYAH_KIND_ANY, within, out, max, n);
}

bool
odi_wilayah_exists(const char *name, size_t len, int level, uint32_t within)
{
	return odi_wilayah_find(name, len, level, within, NULL, 0) > 0;
}

/* where the entries at level inside parent begin and end (they are contiguous) */
static void
descendants(uint32_t parent, int level, uint32_t *from, uint32_t *to)
{
	const odi_wilayah_entry *p = odi_wilayah_get(parent);
	unsigned	want[4] = {p->province, p->regency, p->district, p->village};
	int			depth = p->level;
	uint32_t	lo = odi_wilayah_level_start[level];
	uint32_t	hi = odi_wilayah_level_start[level + 1];
	int			pass;

	/* first the lower bound of the prefix, then its upper bound */
	for (pass = 0; pass < 2; pass++)
	{
		uint32_t	a = odi_wilayah_level_start[level];
		uint32_t	b = odi_wilayah_level_start[level + 1];

		while (a < b)
		{
			uint32_t	mid = a + (b - a) / 2;
			const odi_wilayah_entry *e = odi_wilayah_get(mid);
			unsigned	mine[4] = {e->province, e->regency, e->district, e->village};
			int			c = 0;
			int			k;

			for (k = 0; k < depth && c == 0; k++)
				c = mine[k] < want[k] ? -1 : (mine[k] > want[k] ? 1 : 0);
			if (c < 0 || (pass == 1 && c == 0))
				a = mid + 1;
			else
				b = mid;
		}
		if (pass == 0)
			lo = a;
		else
			hi = a;
	}
	*from = lo;
	*to = hi;
}

/* edit distance of a and b, or limit + 1 when it is over limit */
static int
distance(const char *a, const char *b, int limit)
{
	int			la = (int) strlen(a);
	int			lb = (int) strlen(b);
	int			row[ODI_WILAYAH_KEY_MAX + 2];
	int			i;
	int			j;

	if (la - lb > limit || lb - la > limit)
		return limit + 1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++)
	{
		int			diag = row[0];
		int			best;

		row[0] = i;
		best = row[0];
		for (j = 1; j <= lb; j++)
		{
			int			up = row[j];
			int			v = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[lb];
}

/* "Tegal Sari Mandala III" and the register's "Tegal S Mandala III": word by word, an initial for a word */
static bool
same_words(const char *written, size_t len, const char *name)
{
	const char *w = written;
	const char *we = written + len;
	const char *n = name;

	for (;;)
	{
		const char *a;
		const char *b;
		size_t		al;
		size_t		bl;
		char		ka[ODI_WILAYAH_KEY_MAX + 1];
		char		kb[ODI_WILAYAH_KEY_MAX + 1];

		while (w < we && *w == ' ')
			w++;
		while (*n == ' ')
			n++;
		if (w == we || *n == '\0')
			return w == we && *n == '\0';
		for (a = w; w < we && *w != ' '; w++)
			;
		for (b = n; *n && *n != ' '; n++)
			;
		al = (size_t) (w - a);
		bl = (size_t) (n - b);
		if (odi_wilayah_key(a, al, ka) <= 0 || odi_wilayah_key(b, bl, kb) <= 0)
			return false;
		if (strcmp(ka, kb) != 0 &&
			!((strlen(ka) == 1 || strlen(kb) == 1) && ka[0] == kb[0]))
			return false;
	}
}

int
odi_wilayah_find_near(const char *name, size_t len, int level,
					  const uint32_t *within, int nwithin, uint32_t *found)
{
	char		key[ODI_WILAYAH_KEY_MAX + 1];
	int			klen = odi_wilayah_key(name, len, key);
	int			limit;
	int			n = 0;
	int			w;

	if (klen < 5)
		return 0;
	limit = klen <= 8 ? 1 : (klen <= 16 ? 2 : 3);
	for (w = 0; w < nwithin; w++)
	{
		uint32_t	from;
		uint32_t	to;
		uint32_t	i;

		if (odi_wilayah_get(within[w])->level >= level)
			continue;
		descendants(within[w], level, &from, &to);
		for (i = from; i < to; i++)
		{
			const char *other = odi_wilayah_name(i);
			char		okey[ODI_WILAYAH_KEY_MAX + 1];

			if (odi_wilayah_key(other, strlen(other), okey) <= 0)
				continue;
			if (distance(key, okey, limit) <= limit || same_words(name, len, other))
			{
				if (n == 0 || *found != i)
					n++;
				*found = i;
			}
		}
	}
	return n;
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
