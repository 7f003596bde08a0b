/*
 * Fuzzer for the coordinate parser, normaliser and geometry (guideline 4.5).
 * clang -fsanitize=fuzzer,address,undefined -Isrc test/fuzz/latlong_fuzz.c \
 *     src/[name]_parse.c (all of them) src/latlong_geom.c src/odi_error.c -lm
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "latlong_geom.h"
#include "latlong_parse.h"

static void
check(int ok)
{
	if (!ok)
		abort();
}

static bool
same(const odi_latlong *a, const odi_latlong *b)
{
	return odi_latlong_cmp(a, b) == 0 && a->lat.decimals == b->lat.decimals &&
		a->lon.decimals == b->lon.decimals;
}

/* text -> value -> text -> value: same value, same text, valid stored form */
static void
check_canonical(const odi_latlong *ll)
{
	char		text[ODI_LL_TEXT_LEN];
	char		again[ODI_LL_TEXT_LEN];
	odi_latlong back;
	odi_latlong_packed p = odi_latlong_pack(ll);
	odi_latlong unpacked = odi_latlong_unpack(p);

	check(odi_latlong_format(ll, text) < ODI_LL_TEXT_LEN);
	check(odi_latlong_parse(text, &back, NULL));
	check(same(ll, &back));
	odi_latlong_format(&back, again);
	check(strcmp(text, again) == 0);
	check(odi_latlong_is_canonical(p));
	check(same(ll, &unpacked));
}

static double
take_double(const uint8_t **data, double lo, double hi)
{
	uint64_t	bits;
	double		v;

	memcpy(&bits, *data, 8);
	*data += 8;
	v = (double) (bits >> 11) / (double) (1ULL << 53);
	return lo + (hi - lo) * v;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	odi_latlong ll;
	odi_latlong lenient;
	odi_error	err;
	bool		strict_ok;

	memcpy(input, data, size);
	input[size] = '\0';

	strict_ok = odi_latlong_parse(input, &ll, &err);
	if (strict_ok)
		check_canonical(&ll);
	else
	{
		char		detail[256];

		odi_error_format(&err, detail, sizeof(detail));
		check(detail[0] != '\0');
	}
	check(odi_latlong_parse(input, &lenient, NULL) == strict_ok);

	/* the normaliser reads everything the type reads, the same way */
	if (odi_latlong_normalize(input, &lenient))
		check_canonical(&lenient);
	else
		check(!strict_ok);
	if (strict_ok)
		check(odi_latlong_normalize(input, &lenient) && same(&ll, &lenient));

	/* from doubles: the shortest decimal that reads back as the same double */
	if (size >= 16)
	{
		double		lat;
		double		lon;

		memcpy(&lat, data, 8);
		memcpy(&lon, data + 8, 8);
		if (odi_latlong_from_degrees(lat, lon, &ll, &err))
		{
			check_canonical(&ll);
			/* exact, or rounded to 15 decimals */
			check(fabs(odi_coord_degrees(ll.lat) - lat) < 3e-14);
			check(fabs(odi_coord_degrees(ll.lon) - lon) < 3e-14);
		}
	}

	/* the GiST bound: no point of a box is nearer than it says */
	if (size >= 48)
	{
		const uint8_t *p = data;
		double		qlat = take_double(&p, -90, 90);
		double		qlon = take_double(&p, -180, 180);
		double		lat_lo = take_double(&p, -90, 90);
		double		lat_hi = take_double(&p, lat_lo, 90);
		double		lon_lo = take_double(&p, -180, 180);
		double		lon_hi = take_double(&p, lon_lo, 180);
		double		bound = odi_box_min_distance(qlat, qlon, lat_lo, lat_hi, lon_lo, lon_hi);
		int			k;

		check(bound >= 0);
		for (k = 0; k < 9; k++)
		{
			double		plat = lat_lo + (lat_hi - lat_lo) * (k % 3) / 2;
			double		plon = lon_lo + (lon_hi - lon_lo) * (k / 3) / 2;

			check(bound <= odi_sphere_distance(plat, plon, qlat, qlon));
		}
		/* and every point within a radius lies in the circle's box */
		{
			double		metres = (lat_hi - lat_lo) * 111195;
			odi_ll_box	b = odi_circle_box(qlat, qlon, metres);

			for (k = 0; k < 9; k++)
			{
				double		plat = lat_lo + (lat_hi - lat_lo) * (k % 3) / 2;
				double		plon = lon_lo + (lon_hi - lon_lo) * (k / 3) / 2;

				if (odi_sphere_distance(qlat, qlon, plat, plon) <= metres)
					check(plat >= b.lat_lo && plat <= b.lat_hi &&
						  plon >= b.lon_lo && plon <= b.lon_hi);
			}
		}
	}
	free(input);
	return 0;
}
