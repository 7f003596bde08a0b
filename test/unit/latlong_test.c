/* Unit tests of the pure coordinate parser and geometry (guideline 4.5). */
#include <math.h>
#include <stdlib.h>

#include "latlong_geom.h"
#include "latlong_parse.h"
#include "unit.h"

static void
canonical(const char *input, const char *want)
{
	odi_latlong ll;
	char		buf[256] = "";
	char		name[200];
	odi_error	err;

	snprintf(name, sizeof(name), "parse \"%s\" -> \"%s\"", input, want);
	if (!odi_latlong_parse(input, &ll, &err))
		odi_error_format(&err, buf, sizeof(buf));
	else
		odi_latlong_format(&ll, buf);
	unit_check_str(buf, want, name);
}

static void
rejected(const char *input, const char *want_detail, const char *hint_part)
{
	odi_latlong ll;
	odi_error	err;
	char		buf[256] = "accepted";
	char		name[300];

	snprintf(name, sizeof(name), "reject \"%s\": %s", input, want_detail);
	if (!odi_latlong_parse(input, &ll, &err))
		odi_error_format(&err, buf, sizeof(buf));
	unit_check_str(buf, want_detail, name);
	if (hint_part && strcmp(buf, "accepted") != 0)
	{
		snprintf(name, sizeof(name), "hint of \"%s\" says \"%s\"", input, hint_part);
		unit_check(err.hint && strstr(err.hint, hint_part) != NULL, name, err.hint);
	}
}

static void
normalized(const char *input, const char *want)
{
	odi_latlong ll;
	char		buf[ODI_LL_TEXT_LEN] = "NULL";
	char		name[200];

	snprintf(name, sizeof(name), "normalize \"%s\" -> \"%s\"", input, want);
	if (odi_latlong_normalize(input, &ll))
		odi_latlong_format(&ll, buf);
	unit_check_str(buf, want, name);
}

static void
from_degrees(double lat, double lon, const char *want)
{
	odi_latlong ll;
	char		buf[256] = "";
	char		name[200];
	odi_error	err;

	snprintf(name, sizeof(name), "from degrees %.17g, %.17g -> \"%s\"", lat, lon, want);
	if (!odi_latlong_from_degrees(lat, lon, &ll, &err))
		odi_error_format(&err, buf, sizeof(buf));
	else
		odi_latlong_format(&ll, buf);
	unit_check_str(buf, want, name);
}

static void
degrees_exact(const char *input)
{
	odi_latlong ll;
	char		name[200];
	char		lat[64];
	const char *comma = strchr(input, ',');

	snprintf(lat, sizeof(lat), "%.*s", (int) (comma - input), input);
	snprintf(name, sizeof(name), "latitude of \"%s\" is strtod(\"%s\")", input, lat);
	unit_check(odi_latlong_parse(input, &ll, NULL) &&
			   odi_coord_degrees(ll.lat) == strtod(lat, NULL) &&
			   odi_coord_degrees(ll.lon) == strtod(comma + 1, NULL), name, NULL);
}

static double
uniform(double lo, double hi)
{
	return lo + (hi - lo) * ((double) rand() / RAND_MAX);
}

/* Points in random boxes (poles, antimeridian) are never nearer than the bound. */
static void
box_bound_holds(void)
{
	int			violations = 0;
	int			b;
	char		got[128] = "";

	srand(20141128);
	for (b = 0; b < 3000; b++)
	{
		double		lat_lo = uniform(-90, 90);
		double		lat_hi = fmin(90, lat_lo + uniform(0, b % 3 == 0 ? 180 : 5));
		double		lon_lo = uniform(-180, 180);
		double		lon_hi = fmin(180, lon_lo + uniform(0, b % 4 == 0 ? 360 : 3));
		double		qlat = b % 5 == 0 ? uniform(85, 90) : uniform(-90, 90);
		double		qlon = b % 7 == 0 ? (b % 2 ? 179.9 : -179.9) : uniform(-180, 180);
		double		bound;
		int			k;

		if (b % 11 == 0)
		{
			lon_lo = 175;
			lon_hi = 180;
		}
		bound = odi_box_min_distance(qlat, qlon, lat_lo, lat_hi, lon_lo, lon_hi);
		for (k = 0; k < 200; k++)
		{
			double		plat = k == 0 ? lat_lo : (k == 1 ? lat_hi : uniform(lat_lo, lat_hi));
			double		plon = k == 2 ? lon_lo : (k == 3 ? lon_hi : uniform(lon_lo, lon_hi));
			double		d = odi_sphere_distance(plat, plon, qlat, qlon);

			if (d < bound)
			{
				violations++;
				snprintf(got, sizeof(got), "q %g %g box %g..%g %g..%g: %g < %g",
						 qlat, qlon, lat_lo, lat_hi, lon_lo, lon_hi, d, bound);
			}
		}
	}
	unit_check(violations == 0, "box distance is a lower bound (3000 boxes x 200 points)", got);
}

/* The bound is tight: across the antimeridian it is the real distance. */
static void
box_bound_tight(void)
{
	double		across = odi_box_min_distance(0, 179.9, -1, 1, -179.95, -179.9);
	double		real = odi_sphere_distance(0, 179.9, 0, -179.95);
	double		pole = odi_box_min_distance(89, 0, 89.5, 90, 170, 175);
	char		got[128];

	snprintf(got, sizeof(got), "%.3f vs %.3f", across, real);
	unit_check(across <= real && across > real - 2, "bound across the antimeridian is the gap", got);
	snprintf(got, sizeof(got), "%.3f", pole);
	unit_check(fabs(pole - odi_sphere_distance(89, 0, 90, 0)) < 2,
			   "bound to a box at the pole passes over the pole", got);
	unit_check(odi_box_min_distance(-6.2, 106.8, -7, -6, 106, 107) == 0,
			   "bound is 0 inside the box", NULL);
}

/* Every point within the radius lies in odi_circle_box. */
static void
circle_box_holds(void)
{
	int			misses = 0;
	int			c;
	char		got[160] = "";

	srand(6371);
	for (c = 0; c < 2000; c++)
	{
		double		lat = c % 5 == 0 ? uniform(80, 90) * (c % 2 ? 1 : -1) : uniform(-90, 90);
		double		lon = c % 7 == 0 ? 179.95 : uniform(-180, 180);
		double		metres = uniform(0, c % 3 == 0 ? 3e6 : 5e4);
		odi_ll_box	b = odi_circle_box(lat, lon, metres);
		int			k;

		for (k = 0; k < 300; k++)
		{
			double		plat = fmax(-90, fmin(90, lat + uniform(-30, 30) * metres / 3e6));
			double		plon = lon + uniform(-30, 30) * metres / 3e6 / fmax(0.01, cos(plat * 3.14159265358979 / 180));

			if (plon > 180)
				plon -= 360;
			if (plon < -180)
				plon += 360;
			if (plon < -180 || plon > 180)
				continue;
			if (odi_sphere_distance(lat, lon, plat, plon) <= metres &&
				!(plat >= b.lat_lo && plat <= b.lat_hi && plon >= b.lon_lo && plon <= b.lon_hi))
			{
				misses++;
				snprintf(got, sizeof(got), "centre %g %g r %g: %g %g outside", lat, lon, metres, plat, plon);
			}
		}
	}
	unit_check(misses == 0, "circle box holds the circle (2000 circles x 300 points)", got);
}

static void
packing(void)
{
	const char *inputs[] = {"-6.1754, 106.8272", "90, -180", "-90, 180", "0, 0",
	"1.123456789012345, -106.123456789012345", "-0.0001, 0.00001"};
	size_t		i;

	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		odi_latlong ll;
		odi_latlong back;
		odi_latlong_packed p;
		char		a[ODI_LL_TEXT_LEN];
		char		b[ODI_LL_TEXT_LEN];
		char		name[128];

		snprintf(name, sizeof(name), "pack/unpack \"%s\"", inputs[i]);
		if (!odi_latlong_parse(inputs[i], &ll, NULL))
		{
			unit_check(0, name, "did not parse");
			continue;
		}
		p = odi_latlong_pack(&ll);
		back = odi_latlong_unpack(p);
		odi_latlong_format(&ll, a);
		odi_latlong_format(&back, b);
		unit_check(strcmp(a, b) == 0 && odi_latlong_is_canonical(p) &&
				   odi_latlong_cmp(&ll, &back) == 0, name, b);
	}
	{
		odi_latlong_packed zero = {0, 0};
		odi_latlong_packed bad = {90 * ODI_LL_UNITS * 16 + 16 + 4, 4};
		odi_latlong_packed digits = {(ODI_LL_UNITS + 1) * 16 + 4, 4};

		unit_check(!odi_latlong_is_canonical(zero), "0 decimals is not canonical", NULL);
		unit_check(!odi_latlong_is_canonical(bad), "latitude above 90 is not canonical", NULL);
		unit_check(!odi_latlong_is_canonical(digits), "digits beyond the decimals are not canonical", NULL);
	}
}

int
main(void)
{
	odi_latlong a;
	odi_latlong b;
	double		d;
	char		got[64];

	/* G4.5-PREC: the guideline's examples keep every digit, 4 at least */
	canonical("30.0000, 110.0000", "30.0000, 110.0000");
	canonical("-15.6821828, -62.6821828", "-15.6821828, -62.6821828");
	canonical("30, 110", "30.0000, 110.0000");
	canonical("-6.2, 106.8", "-6.2000, 106.8000");
	canonical("-6.1754,106.8272", "-6.1754, 106.8272");
	canonical("(-6.1754,106.8272)", "-6.1754, 106.8272");
	canonical("( -6.1754 , 106.8272 )", "-6.1754, 106.8272");
	canonical("  +6.1 , +95.3  ", "6.1000, 95.3000");
	canonical("-0, -0.0", "0.0000, 0.0000");
	canonical("90, 180", "90.0000, 180.0000");
	canonical("-90, -180", "-90.0000, -180.0000");
	canonical("-6.175400, 106.82720", "-6.175400, 106.82720");
	canonical("1.123456789012345, 106.123456789012345", "1.123456789012345, 106.123456789012345");
	canonical("006.1754, 0106.8272", "6.1754, 106.8272");
	/* G4.5-LAT, G4.5-LON */
	rejected("106.8272, -6.1754", "latitude 106.8272 is out of range: it must be between -90 and 90",
			 "did you write longitude first?");
	rejected("-91, 0", "latitude -91 is out of range: it must be between -90 and 90", "G4.5-LAT");
	rejected("100, 100", "latitude 100 is out of range: it must be between -90 and 90", "G4.5-LAT: latitude");
	rejected("0, 180.0000001", "longitude 180.0000001 is out of range: it must be between -180 and 180", "G4.5-LON");
	rejected("200, 300", "latitude 200 and longitude 300 are out of range (-90 to 90 and -180 to 180)", NULL);
	rejected("90.000000000000001, 0", "latitude 90.000000000000001 is out of range: it must be between -90 and 90", NULL);
	rejected("", "the value is empty", NULL);
	rejected("-6.1754", "the longitude is missing", NULL);
	rejected("-6.1754,", "the longitude is missing or incomplete", NULL);
	rejected(", 106.8", "the latitude is missing", NULL);
	rejected("-6.1754 106.8272", "latitude and longitude must be separated by a comma", NULL);
	rejected("-6,1754, 106,8272", "unexpected character \",\" at position 8", "latlong_normalize");
	rejected("-6.1754; 106.8272", "unexpected character \";\" at position 8", NULL);
	rejected("6.1754 S, 106.8272 E", "unexpected character \"S\" at position 8", NULL);
	rejected("-6., 106.8", "unexpected character \",\" at position 4", NULL);
	rejected(".5, 106.8", "unexpected character \".\" at position 1", NULL);
	rejected("(-6.2, 106.8", "a parenthesis is not closed", NULL);
	rejected("-6.2, 106.8)", "unexpected character \")\" at position 12", NULL);
	rejected("1e1, 2", "unexpected character \"e\" at position 2", NULL);
	rejected("-6.2°, 106.8°", "unexpected character \"°\" at position 5", NULL);
	rejected("1.1234567890123456, 0", "the latitude has 16 decimals; at most 15 can be kept", "G4.5-PREC");
	rejected("--6.2, 106.8", "unexpected character \"-\" at position 2", NULL);
	rejected("99999999999999999999999, 0",
			 "latitude 99999999999999999999999 is out of range: it must be between -90 and 90", NULL);

	/* exact decimals: the double of a coordinate is what strtod reads */
	degrees_exact("-6.1754, 106.8272");
	degrees_exact("-15.6821828, -62.6821828");
	degrees_exact("0.1, 0.7");
	degrees_exact("1.123456789012345, 106.123456789012345");
	degrees_exact("-89.999999999999999, 179.999999999999999");

	from_degrees(-6.1754, 106.8272, "-6.1754, 106.8272");
	from_degrees(30, 110, "30.0000, 110.0000");
	from_degrees(0.1 + 0.2, -0.0, "0.3000, 0.0000");
	from_degrees(1e-20, 1.7e-15, "0.0000, 0.000000000000002");
	from_degrees(-15.6821828, 179.99999999, "-15.6821828, 179.99999999");
	from_degrees(106.8272, -6.1754, "latitude 106.8272 is out of range: it must be between -90 and 90");
	from_degrees(1e300, 0, "latitude 1e+300 is out of range: it must be between -90 and 90");
	from_degrees(NAN, 0, "the latitude is not a number");
	from_degrees(0, INFINITY, "longitude Infinity is out of range: it must be between -180 and 180");

	/* latlong_normalize: the examples and their neighbours */
	normalized("-6,1754; 106,8272", "-6.1754, 106.8272");
	{
		/* what the type reads, however long (a fuzzer found 300 tabs) */
		char		blanks[400];

		memset(blanks, '\t', sizeof(blanks));
		memcpy(blanks, "4,", 2);
		memcpy(blanks + sizeof(blanks) - 3, "0\t", 3);
		normalized(blanks, "4.0000, 0.0000");
	}
	normalized("6.1754 S, 106.8272 E", "-6.1754, 106.8272");
	normalized("6°10'31.4\"S 106°49'37.9\"E", "-6.175389, 106.827194");
	normalized("03°19'03.44\" N 097°07'41.73\" E", "3.3176222, 97.1282583");
	normalized("106.8272 E, 6.1754 S", "-6.1754, 106.8272");
	normalized("6.1754 LS, 106.8272 BT", "-6.1754, 106.8272");
	normalized("S 6.1754 E 106.8272", "-6.1754, 106.8272");
	normalized("6° 10′ 31.4″ S, 106° 49′ 37.9″ E", "-6.175389, 106.827194");
	normalized("6°10.523'S 106°49.632'E", "-6.175383, 106.827200");
	normalized("-6.1754°, 106.8272°", "-6.1754, 106.8272");
	normalized("(-6.1754, 106.8272)", "-6.1754, 106.8272");
	normalized("-6.1754 106.8272", "-6.1754, 106.8272");
	normalized("-6,1754 106,8272", "-6.1754, 106.8272");
	normalized("\xE2\x88\x92" "6.1754, 106.8272", "-6.1754, 106.8272");
	normalized("  -6.1754 ,106.8272  ", "-6.1754, 106.8272");
	normalized("0°0'0\"N 0°0'0\"E", "0.00000, 0.00000");
	normalized("89°59'59.99999\"N 0°E", "89.9999999972, 0.0000");
	normalized("-6,1754, 106,8272", "NULL");		/* which comma separates? */
	normalized("106.8272, -6.1754", "NULL");		/* swapped: not guessed */
	normalized("-6.1754 S, 106.8272 E", "NULL");	/* sign and letter */
	normalized("6.1754 S, 106.8272 S", "NULL");		/* two latitudes */
	normalized("6°60'0\"S 106°0'0\"E", "NULL");	/* 60 minutes */
	normalized("6.5°10'S 106°E", "NULL");			/* decimal degrees and minutes */
	normalized("-6.1754", "NULL");
	normalized("", "NULL");
	normalized("abc, def", "NULL");
	normalized("1.2.3, 4", "NULL");

	packing();

	/* distances: haversine on the mean sphere */
	odi_latlong_parse("-6.1754, 106.8272", &a, NULL);	/* Monas, Jakarta */
	odi_latlong_parse("-7.2458, 112.7378", &b, NULL);	/* Tugu Pahlawan, Surabaya */
	d = odi_sphere_distance(odi_coord_degrees(a.lat), odi_coord_degrees(a.lon),
							odi_coord_degrees(b.lat), odi_coord_degrees(b.lon));
	snprintf(got, sizeof(got), "%.1f", d);
	/* 664.1 km on the WGS 84 ellipsoid (Vincenty), see sql/latlong.sql */
	unit_check(fabs(d - 664108) / 664108 < 0.005, "Jakarta-Surabaya within 0.5% of 664.1 km", got);
	snprintf(got, sizeof(got), "%.6f", odi_sphere_distance(0, 0, 0, 180));
	unit_check(fabs(odi_sphere_distance(0, 0, 0, 180) - 3.14159265358979 * ODI_EARTH_RADIUS) < 1e-3,
			   "antipodes are pi R apart", got);
	unit_check(odi_sphere_distance(10, 20, -30, 40) == odi_sphere_distance(-30, 40, 10, 20),
			   "distance is symmetric to the bit", NULL);
	unit_check(fabs(odi_sphere_distance(0, 179.9, 0, -179.9) - odi_sphere_distance(0, 0, 0, 0.2)) < 1e-6,
			   "distance across the antimeridian", NULL);
	unit_check(odi_sphere_distance(90, 0, 90, 123) < 1e-6, "all longitudes meet at the pole", NULL);

	box_bound_holds();
	box_bound_tight();
	circle_box_holds();

	unit_check(odi_latlong_parse("5.8946, 95.3192", &a, NULL) && odi_latlong_in_indonesia(&a),
			   "Sabang is in Indonesia's box", NULL);
	unit_check(odi_latlong_parse("-8.4991, 140.4049", &a, NULL) && odi_latlong_in_indonesia(&a),
			   "Merauke is in Indonesia's box", NULL);
	unit_check(odi_latlong_parse("14.5995, 120.9842", &a, NULL) && !odi_latlong_in_indonesia(&a),
			   "Manila is not", NULL);
	return unit_done();
}
