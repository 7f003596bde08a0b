/*
 * latlong_geom.h: distances and bounding boxes on the mean Earth sphere, for
 * latlong's operators and GiST opclass (pure C, no PostgreSQL).  Arguments
 * are in degrees, distances in metres.
 */
#ifndef ODI_LATLONG_GEOM_H
#define ODI_LATLONG_GEOM_H

/* WGS 84 mean radius (IUGG R1 = (2a + b) / 3), metres */
#define ODI_EARTH_RADIUS 6371008.8

/* Haversine distance on the mean sphere. */
extern double odi_sphere_distance(double lat1, double lon1,
								  double lat2, double lon2);

/*
 * A lower bound of the distance from (lat, lon) to any point of the box
 * [lat_lo, lat_hi] x [lon_lo, lon_hi] (degrees, lon_lo <= lon_hi; the box
 * does not wrap).  Longitudes are compared modulo 360, so the bound is right
 * across the antimeridian and for boxes that touch a pole.
 */
extern double odi_box_min_distance(double lat, double lon,
								   double lat_lo, double lat_hi,
								   double lon_lo, double lon_hi);

/*
 * A box [lat_lo, lat_hi] x [lon_lo, lon_hi] holding every point within
 * metres of the centre.  It spans all longitudes when the circle holds a pole
 * or crosses the antimeridian.
 */
typedef struct odi_ll_box
{
	double		lat_lo;
	double		lat_hi;
	double		lon_lo;
	double		lon_hi;
} odi_ll_box;

extern odi_ll_box odi_circle_box(double lat, double lon, double metres);

#endif
