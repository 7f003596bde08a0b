/*
 * guideline_error.c: the registry of guideline kinds (odi_kinds.h) as SQL:
 * guideline_registry() lists it, guideline_error() says what a kind's parser
 * finds wrong with a value, as text and without raising (conformance_report
 * needs no subtransaction).
 */
#include "odi_glue.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/memutils.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "address_parse.h"
#include "domain_parse.h"
#include "kode_wilayah_parse.h"
#include "latlong_parse.h"
#include "phone_parse.h"
#include "time_parse.h"

/* the types' parsers as checks of one signature */
static bool
odi_phone_check(const char *input, odi_error *err)
{
	odi_phone	phone;

	return odi_phone_parse(input, &phone, err);
}

static bool
odi_address_check(const char *input, odi_error *err)
{
	odi_address addr;

	return odi_address_parse(input, palloc(odi_address_parse_work_size(input)), &addr, err);
}

static bool
odi_latlong_check(const char *input, odi_error *err)
{
	odi_latlong ll;

	return odi_latlong_parse(input, &ll, err);
}

static bool
odi_time_check(const char *input, odi_error *err)
{
	odi_time	t;

	return odi_time_parse(input, &t, err);
}

typedef struct odi_kind
{
	const char *kind;
	const char *sql_type;
	bool		(*check) (const char *input, odi_error *err);
	const char *rule;
	const char *reader;
	const char *readable;
	const char *schema_field;
	const char *schema_pattern;
	const char *examples[12];
} odi_kind;

static const odi_kind kinds[] = {
#define ODI_KIND(kind, sql_type, check, rule, reader, readable, field, pattern, examples) \
	{kind, sql_type, check, rule, reader, readable, field, pattern, examples},
#include "odi_kinds.h"
};

static const odi_kind *
kind_by_name(const char *name)
{
	StringInfoData names;

	for (size_t i = 0; i < lengthof(kinds); i++)
		if (strcmp(name, kinds[i].kind) == 0)
			return &kinds[i];
	initStringInfo(&names);
	for (size_t i = 0; i < lengthof(kinds); i++)
		appendStringInfo(&names, "%s%s", i > 0 ? ", " : "", kinds[i].kind);
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg("unknown guideline kind \"%s\"", name),
			errhint("The kinds are %s (guideline_types() lists them).", names.data));
	pg_unreachable();
}

PG_FUNCTION_INFO_V1(odi_guideline_error);
Datum
odi_guideline_error(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const odi_kind *k = kind_by_name(text_to_cstring(PG_GETARG_TEXT_PP(1)));
	odi_error	err;

	if (k->check(input, &err))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(psprintf(dgettext(TEXTDOMAIN, err.detail),
											  ODI_ERROR_ARGS(&err))));
}

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = s == NULL;
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

/*
 * The telephone pattern follows the numbering plan's tables; it is built once
 * per backend.
 */
static const char *
phone_schema_pattern(void)
{
	static char *pattern = NULL;

	if (pattern == NULL)
	{
		size_t		size = 64 * 1024;
		char	   *buf = MemoryContextAlloc(TopMemoryContext, size);

		if (odi_phone_schema_pattern(buf, size) == 0)
			ereport(ERROR,
					errcode(ERRCODE_INTERNAL_ERROR),
					errmsg_internal("the id_phone pattern needs more than %zu bytes", size));
		pattern = buf;
	}
	return pattern;
}

/* guideline_registry(): one row per kind, in the registry's order */
PG_FUNCTION_INFO_V1(odi_guideline_registry);
Datum
odi_guideline_registry(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;

	if (SRF_IS_FIRSTCALL())
		odi_srf_first_call(fcinfo, lengthof(kinds));
	funcctx = SRF_PERCALL_SETUP();
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		const odi_kind *k = &kinds[funcctx->call_cntr];
		Datum		values[9];
		bool		nulls[9];
		Datum		examples[lengthof(k->examples)];
		int			n = 0;

		while (k->examples[n] != NULL)
		{
			examples[n] = CStringGetTextDatum(k->examples[n]);
			n++;
		}
		values[0] = Int32GetDatum((int32) funcctx->call_cntr + 1);
		nulls[0] = false;
		values[1] = text_or_null(k->kind, &nulls[1]);
		values[2] = text_or_null(k->sql_type, &nulls[2]);
		values[3] = text_or_null(k->rule, &nulls[3]);
		values[4] = text_or_null(k->reader, &nulls[4]);
		values[5] = text_or_null(k->readable, &nulls[5]);
		values[6] = text_or_null(k->schema_field, &nulls[6]);
		values[7] = text_or_null(k->check == odi_phone_check ? phone_schema_pattern() :
								 k->schema_pattern, &nulls[7]);
		values[8] = PointerGetDatum(construct_array(examples, n, TEXTOID, -1, false, TYPALIGN_INT));
		nulls[8] = false;
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}
