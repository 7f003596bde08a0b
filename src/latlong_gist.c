/*
 * latlong_gist.c: GiST operator class for latlong.
 *
 * Keys are boxes in degrees (x = longitude, y = latitude); a leaf holds the
 * degenerate box of its point, built from the same doubles the operators use,
 * so leaf tests and leaf distances are exact and need no recheck.  Boxes never
 * wrap: an inner box is the plain min/max of what it holds, and the distance
 * bound treats longitudes modulo 360 (odi_box_min_distance).
 */
#include "odi_glue.h"

#include "access/gist.h"
#include "access/stratnum.h"

#include "latlong.h"

static BOX *
latlong_point_box(const odi_latlong *ll)
{
	BOX		   *box = palloc(sizeof(BOX));

	box->low.x = box->high.x = odi_coord_degrees(ll->lon);
	box->low.y = box->high.y = odi_coord_degrees(ll->lat);
	return box;
}

static void
box_extend(BOX *acc, const BOX *b)
{
	acc->low.x = Min(acc->low.x, b->low.x);
	acc->low.y = Min(acc->low.y, b->low.y);
	acc->high.x = Max(acc->high.x, b->high.x);
	acc->high.y = Max(acc->high.y, b->high.y);
}

PG_FUNCTION_INFO_V1(latlong_gist_compress);
Datum
latlong_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);

	if (entry->leafkey)
	{
		GISTENTRY  *leaf = palloc(sizeof(GISTENTRY));
		odi_latlong ll = latlong_get(entry->key);

		gistentryinit(*leaf, PointerGetDatum(latlong_point_box(&ll)),
					  entry->rel, entry->page, entry->offset, false);
		PG_RETURN_POINTER(leaf);
	}
	PG_RETURN_POINTER(entry);
}

PG_FUNCTION_INFO_V1(latlong_gist_consistent);
Datum
latlong_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	BOX		   *key = DatumGetBoxP(entry->key);
	BOX		   *query;

	if (strategy != RTContainedByStrategyNumber)
		elog(ERROR, "latlong_gist_consistent: unexpected strategy number %d", strategy);
	query = PG_GETARG_BOX_P(1);
	*recheck = false;
	/* for a leaf (a point) overlapping is being inside */
	PG_RETURN_BOOL(key->high.x >= query->low.x && key->low.x <= query->high.x &&
				   key->high.y >= query->low.y && key->low.y <= query->high.y);
}

PG_FUNCTION_INFO_V1(latlong_gist_distance);
Datum
latlong_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	odi_latlong q = latlong_get(PG_GETARG_DATUM(1));
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	BOX		   *key = DatumGetBoxP(entry->key);
	double		qlat = odi_coord_degrees(q.lat);
	double		qlon = odi_coord_degrees(q.lon);

	if (strategy != RTKNNSearchStrategyNumber)
		elog(ERROR, "latlong_gist_distance: unexpected strategy number %d", strategy);
	*recheck = false;
	if (GIST_LEAF(entry))
		PG_RETURN_FLOAT8(odi_sphere_distance(key->low.y, key->low.x, qlat, qlon));
	PG_RETURN_FLOAT8(odi_box_min_distance(qlat, qlon, key->low.y, key->high.y,
										  key->low.x, key->high.x));
}

PG_FUNCTION_INFO_V1(latlong_gist_union);
Datum
latlong_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *sizep = (int *) PG_GETARG_POINTER(1);
	BOX		   *u = palloc(sizeof(BOX));
	int			i;

	*u = *DatumGetBoxP(entryvec->vector[0].key);
	for (i = 1; i < entryvec->n; i++)
		box_extend(u, DatumGetBoxP(entryvec->vector[i].key));
	*sizep = sizeof(BOX);
	PG_RETURN_POINTER(u);
}

/* area in square degrees, with a little of the perimeter so points differ */
static double
box_size(const BOX *b)
{
	double		w = b->high.x - b->low.x;
	double		h = b->high.y - b->low.y;

	return w * h + 1e-6 * (w + h);
}

PG_FUNCTION_INFO_V1(latlong_gist_penalty);
Datum
latlong_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *orig = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *add = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	BOX			u = *DatumGetBoxP(orig->key);

	box_extend(&u, DatumGetBoxP(add->key));
	*penalty = (float) (box_size(&u) - box_size(DatumGetBoxP(orig->key)));
	PG_RETURN_POINTER(penalty);
}

typedef struct split_item
{
	OffsetNumber off;
	double		centre;
} split_item;

static int
split_item_cmp(const void *a, const void *b)
{
	double		ca = ((const split_item *) a)->centre;
	double		cb = ((const split_item *) b)->centre;

	return ca < cb ? -1 : (ca > cb ? 1 : 0);
}

/*
 * Sort by the centre along the axis where the centres spread most and cut in
 * the middle: two halves of equal size, each compact along that axis.
 */
PG_FUNCTION_INFO_V1(latlong_gist_picksplit);
Datum
latlong_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			n = maxoff - FirstOffsetNumber + 1;
	split_item *items = palloc(n * sizeof(split_item));
	BOX			centres;
	bool		by_lon;
	BOX		   *left = palloc(sizeof(BOX));
	BOX		   *right = palloc(sizeof(BOX));
	int			i;

	for (i = 0; i < n; i++)
	{
		BOX		   *b = DatumGetBoxP(entryvec->vector[FirstOffsetNumber + i].key);
		BOX			c;

		c.low.x = c.high.x = (b->low.x + b->high.x) / 2;
		c.low.y = c.high.y = (b->low.y + b->high.y) / 2;
		if (i == 0)
			centres = c;
		else
			box_extend(&centres, &c);
	}
	by_lon = centres.high.x - centres.low.x > centres.high.y - centres.low.y;
	for (i = 0; i < n; i++)
	{
		BOX		   *b = DatumGetBoxP(entryvec->vector[FirstOffsetNumber + i].key);

		items[i].off = FirstOffsetNumber + i;
		items[i].centre = by_lon ? b->low.x + b->high.x : b->low.y + b->high.y;
	}
	qsort(items, n, sizeof(split_item), split_item_cmp);

	v->spl_left = palloc(n * sizeof(OffsetNumber));
	v->spl_right = palloc(n * sizeof(OffsetNumber));
	v->spl_nleft = v->spl_nright = 0;
	for (i = 0; i < n; i++)
	{
		BOX		   *b = DatumGetBoxP(entryvec->vector[items[i].off].key);

		if (i < n / 2)
		{
			if (v->spl_nleft == 0)
				*left = *b;
			else
				box_extend(left, b);
			v->spl_left[v->spl_nleft++] = items[i].off;
		}
		else
		{
			if (v->spl_nright == 0)
				*right = *b;
			else
				box_extend(right, b);
			v->spl_right[v->spl_nright++] = items[i].off;
		}
	}
	v->spl_ldatum = BoxPGetDatum(left);
	v->spl_rdatum = BoxPGetDatum(right);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(latlong_gist_same);
Datum
latlong_gist_same(PG_FUNCTION_ARGS)
{
	BOX		   *a = PG_GETARG_BOX_P(0);
	BOX		   *b = PG_GETARG_BOX_P(1);
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = a->low.x == b->low.x && a->low.y == b->low.y &&
		a->high.x == b->high.x && a->high.y == b->high.y;
	PG_RETURN_POINTER(result);
}
