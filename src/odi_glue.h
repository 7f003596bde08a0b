/*
 * odi_glue.h: what every fmgr glue file shares.
 */
#ifndef ODI_GLUE_H
#define ODI_GLUE_H

#include "postgres.h"

#include "fmgr.h"
#include "nodes/nodes.h"
#include "odi_error.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
/* Before PostgreSQL 16 there are no soft errors: every error is thrown. */
#define errsave(context, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
	} while (0)
#define SOFT_ERROR_OCCURRED(escontext)	false
#endif

/*
 * Report a rejected input value: 22P02 (or 22003 for ODI_ERR_RANGE) with the
 * core wording, the parser's detail and its hint.  With an ErrorSaveContext
 * (PG16+ pg_input_is_valid and friends) the error is saved and this returns;
 * otherwise it does not return.
 */
extern void odi_report_input_error(Node *escontext, const char *type_name,
								   const char *input, const odi_error *err);

/* Report an invalid binary value (22P03) for recv functions. */
extern void odi_report_binary_error(const char *type_name, const char *detail);

/* Settings, defined by the glue file that reads them; called by _PG_init. */
extern void odi_time_define_gucs(void);


#endif
