/* odi_glue.c: module magic and error reporting shared by the glue files. */
#include "odi_glue.h"

#include <limits.h>
#include <stdlib.h>

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/guc.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * glibc gives the top of the heap back to the system whenever more than
 * 128 kB of it is free, until the first free() of a block it had mapped
 * raises that threshold (mallopt(3), M_MMAP_THRESHOLD), which a session's
 * first large query usually does at its end.  Until then each match of a
 * regex with a large DFA (the readable patterns that conformance_report
 * tries on every value: 100 kB each) grows the heap, faults its pages in and
 * gives them back: the first report of a session took 3 to 10 times as long
 * as the second.  One mapped block freed here raises the threshold now.
 */
static void
raise_trim_threshold(void)
{
#ifdef __GLIBC__
	void	   *volatile block = malloc(1024 * 1024);

	free(block);
#endif
}

/* The library's only _PG_init: every setting of opendata_id is defined here. */
void
_PG_init(void)
{
	pg_bindtextdomain(TEXTDOMAIN);	/* po/: messages in lc_messages' language */
	odi_time_define_gucs();
	MarkGUCPrefixReserved("opendata_id");
	raise_trim_threshold();
}

const char *
odi_echo_input(const char *input)
{
	size_t		len = strlen(input);

	if (len <= ODI_ECHO_MAX)
		return input;
	return psprintf("%.*s...", pg_mbcliplen(input, (int) Min(len, INT_MAX), ODI_ECHO_MAX),
					input);
}

void
odi_report_input_error(Node *escontext, const char *type_name,
					   const char *input, const odi_error *err)
{
	input = odi_echo_input(input);
	if (err->kind == ODI_ERR_RANGE)
		errsave(escontext,
				errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				errmsg("value \"%s\" is out of range for type %s",
					   input, type_name),
				errdetail(err->detail, ODI_ERROR_ARGS(err)),
				err->hint ? errhint("%s", dgettext(TEXTDOMAIN, err->hint)) : 0);
	else
		errsave(escontext,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type %s: \"%s\"",
					   type_name, input),
				errdetail(err->detail, ODI_ERROR_ARGS(err)),
				err->hint ? errhint("%s", dgettext(TEXTDOMAIN, err->hint)) : 0);
}

void
odi_report_binary_error(const char *type_name, const char *detail)
{
	ereport(ERROR,
			errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			errmsg("invalid external binary value for type %s", type_name),
			errdetail("%s", dgettext(TEXTDOMAIN, detail)));
}

FuncCallContext *
odi_srf_first_call(FunctionCallInfo fcinfo, uint64 max_calls)
{
	FuncCallContext *funcctx = SRF_FIRSTCALL_INIT();
	MemoryContext old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
	TupleDesc	tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	funcctx->tuple_desc = BlessTupleDesc(tupdesc);
	funcctx->max_calls = max_calls;
	MemoryContextSwitchTo(old);
	return funcctx;
}
