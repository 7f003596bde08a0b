/*
 * wilayah_key.h: the key a name of the register is matched by: its ASCII
 * letters (in lower case) and digits, nothing else, with the usual
 * abbreviations written out.  "Soka'an", "SOKA AN" and "Soka\"an" share the
 * key "sokaan"; "Semarang Bar." and "Semarang Barat" share "semarangbarat".  Shared by the library and the
 * generator of its tables, so the two cannot disagree.
 */
#ifndef ODI_WILAYAH_KEY_H
#define ODI_WILAYAH_KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "odi_chars.h"

#define ODI_WILAYAH_KEY_MAX 96

/* Abbreviations the register and the people who write addresses share. */
static const struct
{
	const char *word;			/* lower case, with its dot */
	const char *full;
}			odi_wilayah_abbreviations[] = {
	{"bar.", "barat"}, {"tim.", "timur"}, {"sel.", "selatan"}, {"ut.", "utara"},
	{"teng.", "tengah"}, {"ten.", "tengah"}, {"tg.", "tanjung"}, {"tj.", "tanjung"},
	{"tlk.", "teluk"}, {"pd.", "pondok"}, {"ps.", "pasar"}, {"kb.", "kebon"},
	{"gn.", "gunung"}, {"kp.", "kampung"}, {"cemp.", "cempaka"}, {"sp.", "simpang"},
	{"kep.", "kepulauan"}, {"kby.", "kebayoran"}, {"klp.", "kelapa"}, {"lb.", "lebak"},
	/* whole words, as Google Maps shortens city names */
	{"jkt", "jakarta"}, {"bks", "bekasi"}, {"sby", "surabaya"}, {"kby", "kebayoran"},
};

/*
 * The abbreviation word w[0..n) is, as an index in odi_wilayah_abbreviations,
 * or -1; dotless: match the dotted ones written without their dot ("Bar"),
 * three letters at least.
 */
static inline int
odi_wilayah_abbreviation(const char *w, size_t n, bool dotless)
{
	int			a;

	for (a = 0; a < (int) (sizeof(odi_wilayah_abbreviations) / sizeof(odi_wilayah_abbreviations[0])); a++)
	{
		const char *word = odi_wilayah_abbreviations[a].word;
		size_t		k;

		for (k = 0; k < n && word[k] && word[k] != (dotless ? '.' : '\0') &&
			 odi_lower(w[k]) == word[k]; k++)
			;
		if (k == n && (dotless ? word[k] == '.' && k >= 3 : word[k] == '\0'))
			return a;
	}
	return -1;
}

/*
 * Writes the key of s[0..len) into out (NUL-terminated): its letters and
 * digits in lower case, each abbreviation of odi_wilayah_abbreviations
 * written out; -1 when longer than ODI_WILAYAH_KEY_MAX.
 */
static inline int
odi_wilayah_key(const char *s, size_t len, char *out)
{
	int			n = 0;
	size_t		i = 0;

	while (i < len)
	{
		size_t		end = i;
		int			a;

		while (end < len && s[end] != ' ')
			end++;
		if (end == i)
		{
			i++;
			continue;
		}
		/* an abbreviation ends with a dot or is short */
		a = -1;
		if (s[end - 1] == '.' || end - i <= 4)
			a = odi_wilayah_abbreviation(s + i, end - i, false);
		/* "Besusu Bar", "Palu Tim": the last word of a name, without its dot */
		if (a < 0 && i > 0 && end == len && end - i <= 4)
			a = odi_wilayah_abbreviation(s + i, end - i, true);
		if (a >= 0)
		{
			const char *f = odi_wilayah_abbreviations[a].full;

			for (; *f; f++)
			{
				if (n == ODI_WILAYAH_KEY_MAX)
					return -1;
				out[n++] = *f;
			}
		}
		else
			for (; i < end; i++)
			{
				if (!odi_is_alnum(s[i]))
					continue;
				if (n == ODI_WILAYAH_KEY_MAX)
					return -1;
				out[n++] = odi_lower(s[i]);
			}
		i = end + 1;
	}
	out[n] = '\0';
	return n;
}

/* FNV-1a of a key: the slot of the key in odi_wilayah_hash */
static inline uint32_t
odi_wilayah_key_hash(const char *key)
{
	uint32_t	h = 2166136261u;

	for (; *key; key++)
		h = (h ^ (unsigned char) *key) * 16777619u;
	return h;
}

/*
 * Length of a regency prefix ("Kota", "Kota Administrasi", "Kab.", ...) at the
 * start of s[0..len) with the space after it, 0 when there is none or nothing
 * follows it; *is_city tells which kind it names.
 */
static inline size_t
odi_wilayah_prefix_len(const char *s, size_t len, int *is_city)
{
	static const struct
	{
		const char *word;
		int			is_city;
	}			prefixes[] = {
		{"kota administrasi ", 1}, {"kota adm. ", 1}, {"kota adm ", 1},
		{"kotamadya ", 1}, {"kota madya ", 1}, {"kodya ", 1}, {"kota ", 1},
		{"kabupaten administrasi ", 0}, {"kab. adm. ", 0}, {"kab. adm ", 0},
		{"kab adm ", 0}, {"kabupaten ", 0}, {"kab. ", 0}, {"kab ", 0},
	};
	size_t		i;

	for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
	{
		const char *w = prefixes[i].word;
		size_t		n = 0;

		while (w[n] && n < len && odi_lower(s[n]) == w[n])
			n++;
		if (w[n] != '\0' || n == len)
			continue;
		*is_city = prefixes[i].is_city;
		return n;
	}
	return 0;
}

#endif
