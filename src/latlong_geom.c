/*
 * latlong_geom.c: spherical geometry for latlong's distance operator and its
 * GiST opclass (pure C, no PostgreSQL, so the unit tests and fuzzers check it).
 */
#include "latlong_geom.h"

#include <math.h>

#define PI 3.14159265358979323846
#define RAD (PI / 180.0)

double
odi_sphere_distance(double lat1, double lon1, double lat2, double lon2)
{
	double		slat;
	double		slon;
	double		a;

	/* the same result whichever argument comes first */
	if (lat1 > lat2 || (lat1 == lat2 && lon1 > lon2))
	{
		double		t = lat1;

		lat1 = lat2;
		lat2 = t;
		t = lon1;
		lon1 = lon2;
		lon2 = t;
	}
	slat = sin((lat2 - lat1) * RAD / 2);
	slon = sin((lon2 - lon1) * RAD / 2);
	a = slat * slat + cos(lat1 * RAD) * cos(lat2 * RAD) * slon * slon;
	if (a > 1)
		a = 1;
	return 2 * ODI_EARTH_RADIUS * asin(sqrt(a));
}

static double
clamp(double v, double lo, double hi)
{
	return v < lo ? lo : (v > hi ? hi : v);
}

/*
 * Distance to the nearest point of meridian mlon between lat_lo and lat_hi.
 * Along a meridian the distance has one minimum, at the latitude where
 * sin(lat) sin(phi) + cos(lat) cos(phi) cos(dlon) is largest; if that is off
 * the segment, an end is nearest.
 */
static double
meridian_distance(double lat, double lon, double mlon,
				  double lat_lo, double lat_hi)
{
	double		phi = lat * RAD;
	double		best = atan2(sin(phi), cos(phi) * cos((mlon - lon) * RAD)) / RAD;
	double		d = odi_sphere_distance(lat, lon, clamp(best, lat_lo, lat_hi), mlon);

	d = fmin(d, odi_sphere_distance(lat, lon, lat_lo, mlon));
	return fmin(d, odi_sphere_distance(lat, lon, lat_hi, mlon));
}

double
odi_box_min_distance(double lat, double lon, double lat_lo, double lat_hi,
					 double lon_lo, double lon_hi)
{
	double		d;

	if (lon >= lon_lo && lon <= lon_hi)
	{
		if (lat >= lat_lo && lat <= lat_hi)
			return 0;
		/* no point of the box is nearer than the latitude difference */
		d = odi_sphere_distance(lat, lon, clamp(lat, lat_lo, lat_hi), lon);
	}
	else
	{
		/*
		 * Along a parallel the distance grows with the longitude difference,
		 * so the nearest point is on one of the two bounding meridians.
		 */
		d = fmin(meridian_distance(lat, lon, lon_lo, lat_lo, lat_hi),
				 meridian_distance(lat, lon, lon_hi, lat_lo, lat_hi));
	}
	/* rounding: haversine can be off by centimetres near antipodes */
	d = d * (1 - 1e-9) - 1.0;
	return d > 0 ? d : 0;
}

odi_ll_box
odi_circle_box(double lat, double lon, double metres)
{
	odi_ll_box	b = {-90, 90, -180, 180};
	double		r;
	double		dlat;
	double		ratio;
	double		dlon;

	if (isnan(metres) || metres >= PI * ODI_EARTH_RADIUS)
		return b;
	if (metres < 0)
	{
		/* nothing is nearer than a negative distance */
		b.lat_lo = b.lat_hi = lat;
		b.lon_lo = b.lon_hi = lon;
		return b;
	}
	/* widened a little: the distance test after it is the exact one */
	r = metres / ODI_EARTH_RADIUS * (1 + 1e-9) + 1e-12;
	dlat = r / RAD;
	if (lat - dlat <= -90 || lat + dlat >= 90)
	{
		b.lat_lo = fmax(lat - dlat, -90);
		b.lat_hi = fmin(lat + dlat, 90);
		return b;
	}
	b.lat_lo = lat - dlat;
	b.lat_hi = lat + dlat;
	ratio = sin(r) / cos(lat * RAD);
	if (ratio >= 1)
		return b;
	dlon = asin(ratio) / RAD * (1 + 1e-9) + 1e-9;
	if (lon - dlon < -180 || lon + dlon > 180)
		return b;
	b.lon_lo = lon - dlon;
	b.lon_hi = lon + dlon;
	return b;
}
