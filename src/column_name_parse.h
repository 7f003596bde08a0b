/*
 * column_name_parse.h: conforming column names (guideline 3.1, G3-HEAD and
 * G3-NAME), pure C, no PostgreSQL.
 *
 * A conforming name matches ^[a-z][a-z0-9_]*$ with words joined by one "_"
 * and fits a PostgreSQL identifier (63 bytes).  Input is UTF-8.
 */
#ifndef ODI_COLUMN_NAME_PARSE_H
#define ODI_COLUMN_NAME_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "odi_error.h"

#define ODI_COLUMN_NAME_MAX 63
/* written before a name that would start with a digit */
#define ODI_COLUMN_NAME_DIGIT_PREFIX "kolom_"

/*
 * The conforming name for one header: letters lower-cased, Latin accents
 * dropped (é -> e, ß -> ss), apostrophes dropped, "%" read as "persen" and
 * "&" as "dan", every other run of characters that are not letters or digits
 * one "_".  Writes ODI_COLUMN_NAME_MAX + 1 bytes at most into out.  Fails
 * when the header has no letter or digit.
 */
extern bool odi_column_name(const char *header, char *out, odi_error *err);

/*
 * The name for a hierarchical header, given top row first: the parts'
 * names joined by "_".  NULL and empty parts (cells of a merged header) are
 * skipped, and a part equal to the one before it (a merged cell repeated on
 * export) is written once.
 */
extern bool odi_column_name_path(const char *const *parts, int nparts,
								 char *out, odi_error *err);

/* Whether name is already conforming (G3-NAME). */
extern bool odi_column_name_is_conforming(const char *name);

#endif
