/*
 * wilayah_sql.c: fmgr glue for the register of areas compiled into the
 * library (wilayah.c): id_wilayah() lists it.
 */
#include "odi_glue.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "wilayah.h"

/* by odi_wilayah_level; the names of the data package's files */
static const char *const level_names[] = {
	NULL, "province", "regency", "district", "village"
};

/*
 * id_wilayah(): one row per entry (code, parent_code, level, name), in code
 * order; parent_code NULL for a province.
 */
PG_FUNCTION_INFO_V1(id_wilayah);
Datum
id_wilayah(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;

	if (SRF_IS_FIRSTCALL())
		odi_srf_first_call(fcinfo, odi_wilayah_count);
	funcctx = SRF_PERCALL_SETUP();
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		uint32		entry = (uint32) funcctx->call_cntr;
		const odi_wilayah_entry *e = odi_wilayah_get(entry);
		char		code[ODI_WILAYAH_CODE_LEN];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = CStringGetTextDatum(odi_wilayah_code(entry, code));
		if (e->parent == ODI_WILAYAH_NONE)
		{
			values[1] = (Datum) 0;
			nulls[1] = true;
		}
		else
			values[1] = CStringGetTextDatum(odi_wilayah_code(e->parent, code));
		values[2] = CStringGetTextDatum(level_names[e->level]);
		values[3] = CStringGetTextDatum(odi_wilayah_name(entry));
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}
