/*
 * melt.c: melt(record, ...) turns one row into (variable, value) rows
 * (guideline 3.3, G3-GROW).
 *
 * The row is broken up with its row type's tuple descriptor; what each column
 * needs (skip it, copy it, or run it through its output and the value type's
 * input function) is worked out once per row type, exclude list and value
 * type, and kept in fn_extra, so a row costs no catalog lookup.  The result is
 * returned in materialize mode: a FunctionScan then uses our tuplestore as is.
 */
#include "odi_glue.h"

#include "access/detoast.h"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "parser/parse_coerce.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

typedef enum melt_mode
{
	MELT_SKIP,					/* dropped or excluded */
	MELT_COPY,					/* already of the value type (or binary
								 * coercible to it) */
	MELT_TO_TEXT,				/* the column type's output function */
	MELT_CONVERT				/* output function, then the value type's
								 * input function */
} melt_mode;

typedef struct melt_column
{
	melt_mode	mode;
	bool		varlena;		/* copied values may need detoasting */
	Datum		name;			/* the column's name as text */
	FmgrInfo	out;
} melt_column;

typedef struct melt_cache
{
	MemoryContext cxt;			/* holds the cache and its function info */
	Oid			row_type;
	int32		row_typmod;
	Oid			value_type;
	struct varlena *exclude;	/* copy of the exclude argument, or NULL */
	FmgrInfo	in;				/* the value type's input function */
	Oid			in_ioparam;
	int			ncolumns;
	Datum	   *values;
	bool	   *nulls;
	melt_column columns[FLEXIBLE_ARRAY_MEMBER];
} melt_cache;

/* what the error context callback reports */
typedef struct melt_progress
{
	melt_cache *cache;
	int			column;
	const char *value;
} melt_progress;

static bool
melt_cache_matches(melt_cache *cache, Oid row_type, int32 row_typmod,
				   Oid value_type, struct varlena *exclude)
{
	if (cache == NULL || cache->row_type != row_type ||
		cache->row_typmod != row_typmod || cache->value_type != value_type)
		return false;
	if (exclude == NULL || cache->exclude == NULL)
		return exclude == cache->exclude;
	return VARSIZE_ANY(exclude) == VARSIZE_ANY(cache->exclude) &&
		memcmp(exclude, cache->exclude, VARSIZE_ANY(exclude)) == 0;
}

static void
melt_exclude_columns(melt_cache *cache, TupleDesc tupdesc, ArrayType *exclude)
{
	Datum	   *names;
	bool	   *isnull;
	int			n;

	deconstruct_array(exclude, TEXTOID, -1, false, TYPALIGN_INT,
					  &names, &isnull, &n);
	for (int i = 0; i < n; i++)
	{
		char	   *name;
		int			col;

		if (isnull[i])
			continue;
		name = TextDatumGetCString(names[i]);
		for (col = 0; col < tupdesc->natts; col++)
		{
			Form_pg_attribute att = TupleDescAttr(tupdesc, col);

			if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0)
				break;
		}
		if (col == tupdesc->natts)
			ereport(ERROR,
					errcode(ERRCODE_UNDEFINED_COLUMN),
					errmsg("column \"%s\" named in exclude does not exist in the row given to melt",
						   name),
					errhint("Names in exclude are column names as stored, case and spaces included."));
		cache->columns[col].mode = MELT_SKIP;
	}
}

static melt_cache *
melt_build_cache(FmgrInfo *flinfo, TupleDesc tupdesc, Oid row_type,
				 int32 row_typmod, Oid value_type, struct varlena *exclude)
{
	MemoryContext cxt;
	MemoryContext old;
	int			ncolumns = tupdesc->natts;
	melt_cache *cache;

	/* rows of another type: the old cache goes, all of it */
	if (flinfo->fn_extra != NULL)
	{
		MemoryContextDelete(((melt_cache *) flinfo->fn_extra)->cxt);
		flinfo->fn_extra = NULL;
	}
	cxt = AllocSetContextCreate(flinfo->fn_mcxt, "melt cache", ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(cxt);
	cache = palloc0(offsetof(melt_cache, columns) +
					ncolumns * sizeof(melt_column));
	cache->cxt = cxt;
	cache->row_type = row_type;
	cache->row_typmod = row_typmod;
	cache->value_type = value_type;
	cache->ncolumns = ncolumns;
	cache->values = palloc(Max(ncolumns, 1) * sizeof(Datum));
	cache->nulls = palloc(Max(ncolumns, 1) * sizeof(bool));
	if (value_type != TEXTOID)
	{
		Oid			infunc;

		getTypeInputInfo(value_type, &infunc, &cache->in_ioparam);
		fmgr_info_cxt(infunc, &cache->in, cxt);
	}

	for (int i = 0; i < ncolumns; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);
		melt_column *col = &cache->columns[i];
		Oid			outfunc;
		bool		isvarlena;

		if (att->attisdropped)
		{
			col->mode = MELT_SKIP;
			continue;
		}
		col->name = PointerGetDatum(cstring_to_text(NameStr(att->attname)));
		col->varlena = att->attlen == -1;
		if (IsBinaryCoercible(att->atttypid, value_type))
			col->mode = MELT_COPY;
		else
		{
			col->mode = value_type == TEXTOID ? MELT_TO_TEXT : MELT_CONVERT;
			getTypeOutputInfo(att->atttypid, &outfunc, &isvarlena);
			fmgr_info_cxt(outfunc, &col->out, cxt);
		}
	}

	/* the copy keeps the cache's key even if the argument is freed */
	if (exclude != NULL)
	{
		cache->exclude = palloc(VARSIZE_ANY(exclude));
		memcpy(cache->exclude, exclude, VARSIZE_ANY(exclude));
		melt_exclude_columns(cache, tupdesc, (ArrayType *) exclude);
	}

	MemoryContextSwitchTo(old);
	flinfo->fn_extra = cache;
	return cache;
}

/* The result's tuple descriptor, copied where the tuplestore lives. */
static TupleDesc
melt_result_desc(FunctionCallInfo fcinfo, ReturnSetInfo *rsinfo)
{
	TupleDesc	desc = rsinfo->expectedDesc;
	MemoryContext old;

	if (desc == NULL &&
		get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("function returning record called in context that cannot accept type record"));
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	desc = CreateTupleDescCopy(desc);
	MemoryContextSwitchTo(old);
	return desc;
}

static void
melt_error_context(void *arg)
{
	melt_progress *p = (melt_progress *) arg;
	Datum		name;
	const char *value = p->value;
	int			len;

	if (p->column < 0)
		return;
	name = p->cache->columns[p->column].name;
	len = strlen(value);
	if (len > 60)
	{
		len = pg_mbcliplen(value, len, 60);
		errcontext("melt: column \"%s\", value \"%.*s...\", converting to type %s",
				   TextDatumGetCString(name), len, value,
				   format_type_be(p->cache->value_type));
	}
	else
		errcontext("melt: column \"%s\", value \"%s\", converting to type %s",
				   TextDatumGetCString(name), value,
				   format_type_be(p->cache->value_type));
}

/*
 * melt(row, exclude, include_nulls[, value_type]): one (variable, value) row
 * per column, in column order.  Not strict: a NULL row melts to NULL values of
 * its declared row type, a NULL exclude means none, NULL include_nulls false.
 */
PG_FUNCTION_INFO_V1(odi_sql_melt);
Datum
odi_sql_melt(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	HeapTupleHeader rec = NULL;
	Oid			row_type;
	int32		row_typmod;
	Oid			value_type = TEXTOID;
	struct varlena *exclude = NULL;
	bool		include_nulls = false;
	TupleDesc	tupdesc;
	TupleDesc	result_desc;
	melt_cache *cache;
	Tuplestorestate *store;
	MemoryContext old;
	melt_progress progress;
	ErrorContextCallback callback;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("set-valued function called in context that cannot accept a set"));

	if (PG_NARGS() > 3)
	{
		value_type = get_fn_expr_argtype(fcinfo->flinfo, 3);
		if (!OidIsValid(value_type))
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("could not determine the value type for melt"));
	}
	if (PG_NARGS() > 1 && !PG_ARGISNULL(1))
		exclude = (struct varlena *) PG_GETARG_ARRAYTYPE_P(1);
	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
		include_nulls = PG_GETARG_BOOL(2);

	result_desc = melt_result_desc(fcinfo, rsinfo);
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	store = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
								  false, work_mem);
	MemoryContextSwitchTo(old);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = result_desc;

	if (PG_ARGISNULL(0))
	{
		row_type = get_fn_expr_argtype(fcinfo->flinfo, 0);
		row_typmod = -1;
		/* an untyped NULL record has no columns to melt */
		if (!OidIsValid(row_type) || row_type == RECORDOID ||
			!type_is_rowtype(row_type))
			return (Datum) 0;
	}
	else
	{
		rec = PG_GETARG_HEAPTUPLEHEADER(0);
		row_type = HeapTupleHeaderGetTypeId(rec);
		row_typmod = HeapTupleHeaderGetTypMod(rec);
	}

	tupdesc = lookup_rowtype_tupdesc_domain(row_type, row_typmod, false);
	cache = (melt_cache *) fcinfo->flinfo->fn_extra;
	if (!melt_cache_matches(cache, row_type, row_typmod, value_type, exclude) ||
		cache->ncolumns != tupdesc->natts)
		cache = melt_build_cache(fcinfo->flinfo, tupdesc, row_type, row_typmod,
								 value_type, exclude);

	if (rec != NULL)
	{
		HeapTupleData tuple;

		tuple.t_len = HeapTupleHeaderGetDatumLength(rec);
		ItemPointerSetInvalid(&tuple.t_self);
		tuple.t_tableOid = InvalidOid;
		tuple.t_data = rec;
		heap_deform_tuple(&tuple, tupdesc, cache->values, cache->nulls);
	}
	else
		memset(cache->nulls, true, cache->ncolumns * sizeof(bool));
	ReleaseTupleDesc(tupdesc);

	progress.cache = cache;
	progress.column = -1;
	callback.callback = melt_error_context;
	callback.arg = &progress;
	callback.previous = error_context_stack;
	error_context_stack = &callback;

	for (int i = 0; i < cache->ncolumns; i++)
	{
		melt_column *col = &cache->columns[i];
		Datum		out[2];
		bool		outnull[2] = {false, false};
		Datum		value = cache->values[i];

		CHECK_FOR_INTERRUPTS();
		if (col->mode == MELT_SKIP)
			continue;
		if (cache->nulls[i])
		{
			if (!include_nulls)
				continue;
			outnull[1] = true;
			value = (Datum) 0;
		}
		else if (col->mode == MELT_COPY)
		{
			/* a TOAST pointer must not outlive the row it points from */
			if (col->varlena && VARATT_IS_EXTERNAL(DatumGetPointer(value)))
				value = PointerGetDatum(detoast_external_attr((struct varlena *) DatumGetPointer(value)));
		}
		else if (col->mode == MELT_TO_TEXT)
			value = PointerGetDatum(cstring_to_text(OutputFunctionCall(&col->out, value)));
		else
		{
			char	   *str = OutputFunctionCall(&col->out, value);

			progress.column = i;
			progress.value = str;
			value = InputFunctionCall(&cache->in, str, cache->in_ioparam, -1);
			progress.column = -1;
		}
		out[0] = col->name;
		out[1] = value;
		tuplestore_putvalues(store, result_desc, out, outnull);
	}
	error_context_stack = callback.previous;
	return (Datum) 0;
}

/*
 * The progress of a long scan (melt_into, conformance_report): called once a
 * row, a NOTICE every "every" calls.  The count lives in fn_extra, so it starts
 * again with each query.  Always true: it is called in the scan's WHERE clause.
 */
PG_FUNCTION_INFO_V1(odi_sql_progress_notice);
Datum
odi_sql_progress_notice(PG_FUNCTION_ARGS)
{
	int64		total;
	int64		every;
	int64	   *count = (int64 *) fcinfo->flinfo->fn_extra;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_BOOL(true);
	total = PG_GETARG_INT64(1);
	every = PG_GETARG_INT64(2);
	if (count == NULL)
	{
		count = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(int64));
		fcinfo->flinfo->fn_extra = count;
	}
	if (++*count % (every > 0 ? every : PG_INT64_MAX) == 0)
		ereport(NOTICE,
				errmsg("%s: %lld of about %lld rows",
					   text_to_cstring(PG_GETARG_TEXT_PP(0)), (long long) *count, (long long) total));
	PG_RETURN_BOOL(true);
}
