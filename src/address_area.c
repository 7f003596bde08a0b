/*
 * address_area.c: an address's place in the register of areas.
 */
#include "address_area.h"

#include <string.h>

#include "wilayah_key.h"

#define MAX_MATCHES 64

bool
odi_address_province_holds(int written, int province)
{
	/* provinces split off since 2012, whose cities many still write under the old one */
	static const struct
	{
		int			now;
		int			before;
	}			former[] = {
		{65, 64},				/* Kalimantan Utara, from Kalimantan Timur (2012) */
		{93, 91}, {94, 91}, {95, 91},	/* Papua Selatan, Tengah, Pegunungan (2022) */
		{96, 92},				/* Papua Barat Daya, from Papua Barat (2022) */
	};
	size_t		i;

	if (written == province)
		return true;
	for (i = 0; i < sizeof(former) / sizeof(former[0]); i++)
		if (former[i].now == province && former[i].before == written)
			return true;
	return false;
}

int
odi_address_city_entries(const char *city, size_t len, uint32_t province,
						 uint32_t *out, int max)
{
	char		key[ODI_WILAYAH_KEY_MAX + 1];
	int			n = odi_wilayah_find(city, len, ODI_WILAYAH_REGENCY, ODI_WILAYAH_NONE, out, max);
	uint32_t	region;
	odi_wilayah_kind kind;
	size_t		skip;
	bool		other_kind = false;
	int			i;
	int			k;

	if (province != ODI_WILAYAH_NONE)
	{
		int			code = odi_wilayah_get(province)->province;

		if (n > max)
			n = max;
		for (i = k = 0; i < n; i++)
			if (odi_address_province_holds(code, odi_wilayah_get(out[i])->province))
				out[k++] = out[i];
		n = k;
	}

	/*
	 * "Yogyakarta", "Jambi": a city named as its province also stands for
	 * the province ("Sinduadi, Mlati, Yogyakarta"); "Jakarta" for the
	 * capital as a whole; "Kabupaten Bengkulu", a kind the register has not
	 * (only Kota Bengkulu), for the province too.
	 */
	skip = odi_wilayah_regency_prefix(city, len, &kind);
	if (skip > 0 && n == 0 &&
		odi_wilayah_find(city + skip, len - skip, ODI_WILAYAH_REGENCY, ODI_WILAYAH_NONE, &region, 1) > 0)
	{
		city += skip;
		len -= skip;
		skip = 0;
		other_kind = true;
	}
	if (skip == 0 &&
		(n > 0 || other_kind || (odi_wilayah_key(city, len, key) > 0 && strcmp(key, "jakarta") == 0)) &&
		odi_wilayah_find(city, len, ODI_WILAYAH_PROVINCE, ODI_WILAYAH_NONE, &region, 1) == 1 &&
		(province == ODI_WILAYAH_NONE || province == region))
	{
		if (n < max)
			out[n] = region;
		n++;
	}
	return n;
}

/* the deepest entry holding every entry added so far */
typedef struct widest
{
	bool		any;
	uint32_t	entry;			/* NONE when they share no province */
} widest;

static void
widen(widest *w, uint32_t b)
{
	uint32_t	a = w->entry;
	int			level;

	if (!w->any)
	{
		w->any = true;
		w->entry = b;
		return;
	}
	w->entry = ODI_WILAYAH_NONE;
	if (a == ODI_WILAYAH_NONE)
		return;
	for (level = ODI_WILAYAH_VILLAGE; level >= ODI_WILAYAH_PROVINCE; level--)
	{
		uint32_t	x = odi_wilayah_ancestor(a, level);

		if (x != ODI_WILAYAH_NONE && x == odi_wilayah_ancestor(b, level))
		{
			w->entry = x;
			return;
		}
	}
}

void
odi_address_locate(const odi_address *a, odi_address_area *out)
{
	uint32_t	province = ODI_WILAYAH_NONE;
	uint32_t	cities[MAX_MATCHES];
	uint32_t	districts[MAX_MATCHES];
	uint32_t	villages[MAX_MATCHES];
	widest		found = {false, ODI_WILAYAH_NONE};
	widest		partial = {false, ODI_WILAYAH_NONE};
	int			nc;
	int			c;

	memset(out, 0, sizeof(*out));
	out->area = ODI_WILAYAH_NONE;
	if (a->province != 0)
	{
		char		code[4] = {(char) ('0' + a->province / 10), (char) ('0' + a->province % 10), 0, 0};

		province = odi_wilayah_by_code(code);
	}
	nc = odi_address_city_entries(a->city, strlen(a->city), province, cities, MAX_MATCHES);
	out->ncities = nc;
	if (nc > MAX_MATCHES)
		nc = MAX_MATCHES;
	for (c = 0; c < nc; c++)
	{
		int			nd = 1;
		int			d;

		districts[0] = cities[c];
		if (a->kecamatan)
			nd = odi_wilayah_find(a->kecamatan, strlen(a->kecamatan),
								  ODI_WILAYAH_DISTRICT, cities[c], districts, MAX_MATCHES);
		if (nd > MAX_MATCHES)
			nd = MAX_MATCHES;
		for (d = 0; d < nd; d++)
		{
			int			nv = odi_wilayah_find(a->kelurahan, strlen(a->kelurahan),
											  ODI_WILAYAH_VILLAGE, districts[d],
											  villages, MAX_MATCHES);
			int			v;

			widen(&partial, districts[d]);
			if (nv > MAX_MATCHES)
				nv = MAX_MATCHES;
			for (v = 0; v < nv; v++)
				widen(&found, villages[v]);
		}
		if (nd == 0)
			widen(&partial, cities[c]);
	}
	out->in_register = found.any;
	if (found.any)
		out->area = found.entry;
	else if (partial.any)
		out->area = partial.entry;
	else
		out->area = province;
}

/*
 * The city's own villages first, then its kecamatan, then (for a city named
 * as its province) the province's villages.  *district: the kecamatan, for
 * ODI_VILLAGE_IS_DISTRICT.
 */
odi_village_fit
odi_address_village_fit(const char *name, size_t len, const uint32_t *cities,
						int ncities, uint32_t *district)
{
	uint32_t	found = ODI_WILAYAH_NONE;
	int			pass;
	int			i;

	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < ncities; i++)
		{
			bool		region = odi_wilayah_get(cities[i])->level == ODI_WILAYAH_PROVINCE;

			if (region != (pass == 2))
				continue;
			if (pass != 1 ? !odi_wilayah_exists(name, len, ODI_WILAYAH_VILLAGE, cities[i])
				: odi_wilayah_find(name, len, ODI_WILAYAH_DISTRICT, cities[i], &found, 1) == 0)
				continue;
			if (pass != 1)
				return ODI_VILLAGE_FOUND;
			if (district)
				*district = found;
			return ODI_VILLAGE_IS_DISTRICT;
		}
	return ODI_VILLAGE_UNKNOWN;
}
