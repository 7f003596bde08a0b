/* latlong.c: fmgr glue for latlong (parsing and geometry in latlong_parse.c). */
#include "odi_glue.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/geo_decls.h"

#include "latlong.h"

odi_latlong
latlong_get(Datum d)
{
	return odi_latlong_unpack(*(odi_latlong_packed *) DatumGetPointer(d));
}

Datum
latlong_datum(const odi_latlong *ll)
{
	odi_latlong_packed *p = palloc(sizeof(odi_latlong_packed));

	*p = odi_latlong_pack(ll);
	return PointerGetDatum(p);
}

#define PG_GETARG_LATLONG(n) latlong_get(PG_GETARG_DATUM(n))

/* latlong(lat, lon) and the cast from point share this. */
static Datum
latlong_from_degrees(FunctionCallInfo fcinfo, double lat, double lon)
{
	odi_latlong ll;
	odi_error	err;

	if (!odi_latlong_from_degrees(lat, lon, &ll, &err))
	{
		char	   *text = psprintf("%s, %s", float8out_internal(lat),
									float8out_internal(lon));

		odi_report_input_error(fcinfo->context, "latlong", text, &err);
		PG_RETURN_NULL();
	}
	return latlong_datum(&ll);
}

PG_FUNCTION_INFO_V1(latlong_in);
Datum
latlong_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	odi_latlong ll;
	odi_error	err;

	if (!odi_latlong_parse(input, &ll, &err))
	{
		odi_report_input_error(fcinfo->context, "latlong", input, &err);
		PG_RETURN_NULL();
	}
	return latlong_datum(&ll);
}

PG_FUNCTION_INFO_V1(latlong_out);
Datum
latlong_out(PG_FUNCTION_ARGS)
{
	odi_latlong ll = PG_GETARG_LATLONG(0);
	char	   *buf = palloc(ODI_LL_TEXT_LEN);

	odi_latlong_format(&ll, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(latlong_recv);
Datum
latlong_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	odi_latlong_packed *p;

	if (buf->len - buf->cursor != (int) sizeof(odi_latlong_packed))
		odi_report_binary_error("latlong", "a latlong value is 16 bytes");
	p = palloc(sizeof(odi_latlong_packed));
	p->lat = pq_getmsgint64(buf);
	p->lon = pq_getmsgint64(buf);
	if (!odi_latlong_is_canonical(*p))
		odi_report_binary_error("latlong",
								"not a coordinate in range in canonical encoding");
	PG_RETURN_POINTER(p);
}

PG_FUNCTION_INFO_V1(latlong_send);
Datum
latlong_send(PG_FUNCTION_ARGS)
{
	odi_latlong_packed *p = (odi_latlong_packed *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, p->lat);
	pq_sendint64(&buf, p->lon);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(latlong_make);
Datum
latlong_make(PG_FUNCTION_ARGS)
{
	return latlong_from_degrees(fcinfo, PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1));
}

PG_FUNCTION_INFO_V1(latlong_from_point);
Datum
latlong_from_point(PG_FUNCTION_ARGS)
{
	Point	   *pt = PG_GETARG_POINT_P(0);

	return latlong_from_degrees(fcinfo, pt->y, pt->x);
}

PG_FUNCTION_INFO_V1(latlong_to_point);
Datum
latlong_to_point(PG_FUNCTION_ARGS)
{
	odi_latlong ll = PG_GETARG_LATLONG(0);
	Point	   *pt = palloc(sizeof(Point));

	pt->x = odi_coord_degrees(ll.lon);
	pt->y = odi_coord_degrees(ll.lat);
	PG_RETURN_POINT_P(pt);
}

PG_FUNCTION_INFO_V1(latlong_latitude);
Datum
latlong_latitude(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(odi_coord_degrees(PG_GETARG_LATLONG(0).lat));
}

PG_FUNCTION_INFO_V1(latlong_longitude);
Datum
latlong_longitude(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(odi_coord_degrees(PG_GETARG_LATLONG(0).lon));
}

double
latlong_distance_internal(const odi_latlong *a, const odi_latlong *b)
{
	return odi_sphere_distance(odi_coord_degrees(a->lat), odi_coord_degrees(a->lon),
							   odi_coord_degrees(b->lat), odi_coord_degrees(b->lon));
}

PG_FUNCTION_INFO_V1(latlong_distance);
Datum
latlong_distance(PG_FUNCTION_ARGS)
{
	odi_latlong a = PG_GETARG_LATLONG(0);
	odi_latlong b = PG_GETARG_LATLONG(1);

	PG_RETURN_FLOAT8(latlong_distance_internal(&a, &b));
}

bool
latlong_in_box(double lat, double lon, const BOX *box)
{
	return lon >= box->low.x && lon <= box->high.x &&
		lat >= box->low.y && lat <= box->high.y;
}

static bool
latlong_box_args(FunctionCallInfo fcinfo, int ll_arg, int box_arg)
{
	odi_latlong ll = PG_GETARG_LATLONG(ll_arg);

	return latlong_in_box(odi_coord_degrees(ll.lat), odi_coord_degrees(ll.lon),
						  PG_GETARG_BOX_P(box_arg));
}

PG_FUNCTION_INFO_V1(latlong_contained);
Datum
latlong_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(latlong_box_args(fcinfo, 0, 1));
}

PG_FUNCTION_INFO_V1(latlong_box_contains);
Datum
latlong_box_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(latlong_box_args(fcinfo, 1, 0));
}

PG_FUNCTION_INFO_V1(latlong_circle_box);
Datum
latlong_circle_box(PG_FUNCTION_ARGS)
{
	odi_latlong ll = PG_GETARG_LATLONG(0);
	odi_ll_box	b = odi_circle_box(odi_coord_degrees(ll.lat),
								   odi_coord_degrees(ll.lon), PG_GETARG_FLOAT8(1));
	BOX		   *box = palloc(sizeof(BOX));

	box->low.x = b.lon_lo;
	box->high.x = b.lon_hi;
	box->low.y = b.lat_lo;
	box->high.y = b.lat_hi;
	PG_RETURN_BOX_P(box);
}

PG_FUNCTION_INFO_V1(latlong_in_indonesia);
Datum
latlong_in_indonesia(PG_FUNCTION_ARGS)
{
	odi_latlong ll = PG_GETARG_LATLONG(0);

	PG_RETURN_BOOL(odi_latlong_in_indonesia(&ll));
}

static int
latlong_cmp_args(FunctionCallInfo fcinfo)
{
	odi_latlong a = PG_GETARG_LATLONG(0);
	odi_latlong b = PG_GETARG_LATLONG(1);

	return odi_latlong_cmp(&a, &b);
}

#define LATLONG_CMP_FUNCTION(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = latlong_cmp_args(fcinfo); \
	PG_RETURN_BOOL(expr); \
}

LATLONG_CMP_FUNCTION(latlong_eq, c == 0)
LATLONG_CMP_FUNCTION(latlong_ne, c != 0)
LATLONG_CMP_FUNCTION(latlong_lt, c < 0)
LATLONG_CMP_FUNCTION(latlong_le, c <= 0)
LATLONG_CMP_FUNCTION(latlong_gt, c > 0)
LATLONG_CMP_FUNCTION(latlong_ge, c >= 0)

/*
 * The state (and combine) functions of min and max: the first argument when
 * expr holds of c = cmp(first, second), else the second (of two equal
 * positions, the first, with its decimals as written).
 */
#define LATLONG_PICK_FUNCTION(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = latlong_cmp_args(fcinfo); \
	return (expr) ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1); \
}

LATLONG_PICK_FUNCTION(latlong_smaller, c <= 0)
LATLONG_PICK_FUNCTION(latlong_larger, c >= 0)

PG_FUNCTION_INFO_V1(latlong_cmp);
Datum
latlong_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(latlong_cmp_args(fcinfo));
}

/* the hash covers what equality compares: the positions, not the decimals */
static void
latlong_hash_key(Datum d, int64 key[2])
{
	odi_latlong ll = latlong_get(d);

	key[0] = ll.lat.units;
	key[1] = ll.lon.units;
}

PG_FUNCTION_INFO_V1(latlong_hash);
Datum
latlong_hash(PG_FUNCTION_ARGS)
{
	int64		key[2];

	latlong_hash_key(PG_GETARG_DATUM(0), key);
	return hash_any((unsigned char *) key, sizeof(key));
}

PG_FUNCTION_INFO_V1(latlong_hash_extended);
Datum
latlong_hash_extended(PG_FUNCTION_ARGS)
{
	int64		key[2];

	latlong_hash_key(PG_GETARG_DATUM(0), key);
	return hash_any_extended((unsigned char *) key, sizeof(key),
							 PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(latlong_is_valid);
Datum
latlong_is_valid(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_latlong ll;

	PG_RETURN_BOOL(odi_latlong_parse(input, &ll, NULL));
}

PG_FUNCTION_INFO_V1(latlong_normalize);
Datum
latlong_normalize(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_latlong ll;

	if (!odi_latlong_normalize(input, &ll))
		PG_RETURN_NULL();
	return latlong_datum(&ll);
}
