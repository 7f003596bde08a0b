/*
 * odi_glue.h: what every fmgr glue file shares.
 */
#ifndef ODI_GLUE_H
#define ODI_GLUE_H

#include "postgres.h"

#include "odi_compat.h"

#include "fmgr.h"
#include "nodes/nodes.h"
#include "funcapi.h"
#include "utils/sortsupport.h"
#include "odi_error.h"

/*
 * Our messages come from po/<lang>.po (bound in _PG_init), as PL/pgSQL's do:
 * text domain "opendata_id-<major>" (PG_TEXTDOMAIN), so that the catalogs of
 * several majors sharing one locale directory (Debian's /usr/share/locale, one
 * package per major) are different files.
 */
#undef TEXTDOMAIN
#define TEXTDOMAIN PG_TEXTDOMAIN("opendata_id")

/*
 * Report a rejected input value: 22P02 (or 22003 for ODI_ERR_RANGE) with the
 * core wording, the parser's detail and its hint.  With an ErrorSaveContext
 * (PG16+ pg_input_is_valid and friends) the error is saved and this returns;
 * otherwise it does not return.
 */
/*
 * The input as an error message shows it: whole up to ODI_ECHO_MAX bytes,
 * else cut there at a character boundary and followed by "..." (a 40 MB cell
 * makes no better message than its first kilobyte).
 */
#define ODI_ECHO_MAX 1024
extern const char *odi_echo_input(const char *input);

extern void odi_report_input_error(Node *escontext, const char *type_name,
								   const char *input, const odi_error *err);

/* Report an invalid binary value (22P03) for recv functions. */
extern void odi_report_binary_error(const char *type_name, const char *detail);

/* Settings, defined by the glue file that reads them; called by _PG_init. */
extern void odi_time_define_gucs(void);

/*
 * The functions behind a btree operator class, for a type whose Datums
 * cmp(Datum, Datum) orders (returning <0, 0, >0): prefix_eq, _ne, _lt, _le,
 * _gt, _ge, prefix_cmp, prefix_sortsupport, and prefix_smaller and
 * prefix_larger for the min and max aggregates.
 */
#define ODI_CMP_FUNCTION(name, cmp, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = cmp(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)); \
	PG_RETURN_BOOL(expr); \
}

/*
 * The state (and combine) function of min or max: the first argument when
 * expr holds of c = cmp(first, second), else the second; so of two equal
 * values the first is kept.  Both arguments are Datums of the type; a value
 * passed by reference is returned as it came, which the aggregate machinery
 * copies into its own context.
 */
#define ODI_PICK_FUNCTION(name, cmp, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = cmp(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1)); \
	return (expr) ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1); \
}

#define ODI_COMPARISON_FUNCTIONS(prefix, cmp) \
ODI_CMP_FUNCTION(prefix##_eq, cmp, c == 0) \
ODI_CMP_FUNCTION(prefix##_ne, cmp, c != 0) \
ODI_CMP_FUNCTION(prefix##_lt, cmp, c < 0) \
ODI_CMP_FUNCTION(prefix##_le, cmp, c <= 0) \
ODI_CMP_FUNCTION(prefix##_gt, cmp, c > 0) \
ODI_CMP_FUNCTION(prefix##_ge, cmp, c >= 0) \
PG_FUNCTION_INFO_V1(prefix##_cmp); \
Datum \
prefix##_cmp(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT32(cmp(PG_GETARG_DATUM(0), PG_GETARG_DATUM(1))); \
} \
ODI_PICK_FUNCTION(prefix##_smaller, cmp, c <= 0) \
ODI_PICK_FUNCTION(prefix##_larger, cmp, c >= 0) \
static int \
prefix##_fastcmp(Datum a, Datum b, SortSupport ssup pg_attribute_unused()) \
{ \
	return cmp(a, b); \
} \
PG_FUNCTION_INFO_V1(prefix##_sortsupport); \
Datum \
prefix##_sortsupport(PG_FUNCTION_ARGS) \
{ \
	((SortSupport) PG_GETARG_POINTER(0))->comparator = prefix##_fastcmp; \
	PG_RETURN_VOID(); \
}

/*
 * The first call of a value-per-call function returning rows: its blessed
 * row type and the number of calls, set in the multi-call memory context.
 */
extern FuncCallContext *odi_srf_first_call(FunctionCallInfo fcinfo, uint64 max_calls);

#endif
