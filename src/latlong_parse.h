/*
 * latlong_parse.h: coordinates per guideline 4.5 (pure C, no PostgreSQL).
 *
 * A coordinate is kept exactly as the decimal that was written: an integer
 * count of 10^-15 degree ("units") and the number of decimals to print (at
 * least 4, G4.5-PREC; at most 15).  The units below the printed decimals are
 * always zero, so the text form reads back to the same value and text.
 * The geometry on coordinates is in latlong_geom.h.
 */
#ifndef ODI_LATLONG_PARSE_H
#define ODI_LATLONG_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "odi_error.h"

#define ODI_LL_MIN_DECIMALS 4
#define ODI_LL_MAX_DECIMALS 15
#define ODI_LL_UNITS 1000000000000000LL	/* units per degree */
/* longest text odi_latlong_format writes, with its NUL */
#define ODI_LL_TEXT_LEN 48

typedef struct odi_coord
{
	int64_t		units;			/* degrees * 10^15 */
	int			decimals;		/* ODI_LL_MIN_DECIMALS .. ODI_LL_MAX_DECIMALS */
} odi_coord;

typedef struct odi_latlong
{
	odi_coord	lat;
	odi_coord	lon;
} odi_latlong;

/*
 * The 16-byte stored form: for each coordinate units * 16 + decimals.
 * Equality and order use the units only (odi_latlong_cmp): "-6.2, 106.8"
 * and "-6.2000, 106.80000" are the same position printed differently.
 */
typedef struct odi_latlong_packed
{
	int64_t		lat;
	int64_t		lon;
} odi_latlong_packed;

/* The type's input: "lat, long" or "(lat,long)" in decimal degrees. */
extern bool odi_latlong_parse(const char *input, odi_latlong *out,
							  odi_error *err);

/*
 * Lenient reader: decimal commas ("-6,1754; 106,8272"), hemisphere letters
 * (N/S/E/W and Indonesian U/S/T/B, LU/LS/BT/BB) in either order, degrees,
 * minutes and seconds.  False unless exactly one reading is in range.
 */
extern bool odi_latlong_normalize(const char *input, odi_latlong *out);

/*
 * From binary degrees (latlong(lat, lon), point casts): the shortest decimal
 * that reads back as the same double, rounded to 15 decimals if none does.
 */
extern bool odi_latlong_from_degrees(double lat, double lon, odi_latlong *out,
									 odi_error *err);

/* "lat, long"; returns the length. */
extern size_t odi_latlong_format(const odi_latlong *ll, char *buf);

/* The nearest double to the coordinate's exact decimal value. */
extern double odi_coord_degrees(odi_coord c);

extern odi_latlong_packed odi_latlong_pack(const odi_latlong *ll);
extern odi_latlong odi_latlong_unpack(odi_latlong_packed packed);

/* True only for what odi_latlong_pack writes for a value in range. */
extern bool odi_latlong_is_canonical(odi_latlong_packed packed);

/* Order: latitude, then longitude; the number of decimals is not compared. */
extern int	odi_latlong_cmp(const odi_latlong *a, const odi_latlong *b);

/* Inside Indonesia's bounding box (see latlong_parse.c for its extremes). */
extern bool odi_latlong_in_indonesia(const odi_latlong *ll);

#endif
