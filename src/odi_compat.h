/*
 * odi_compat.h: the differences between the PostgreSQL majors we build
 * against (15 to 18), each behind PG_VERSION_NUM.  Include after postgres.h.
 */
#ifndef ODI_COMPAT_H
#define ODI_COMPAT_H

/* 16 moved the varlena macros (VARDATA, SET_VARSIZE, ...) out of postgres.h */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/* 18 replaced pg_attribute_noreturn() with the prefix specifier pg_noreturn */
#if PG_VERSION_NUM < 180000
#define pg_noreturn pg_attribute_noreturn()
#endif

/*
 * A GUC check hook's extra: 16+ frees it with guc_free(), so it must come
 * from guc_malloc(); 15 frees it with free().  NULL when out of memory.
 */
#if PG_VERSION_NUM >= 160000
#include "utils/guc.h"
#define odi_guc_malloc(size) guc_malloc(LOG, (size))
#else
#define odi_guc_malloc(size) malloc(size)
#endif

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

#endif
