/*
 * time_parse.h: times of day per guideline 4.4 (pure C, no PostgreSQL).
 *
 * HH:MM or HH:MM:SS, optionally followed by the Indonesian offset +0700
 * (WIB), +0800 (WITA) or +0900 (WIT).  A value keeps what was written: its
 * seconds of day, its offset (or none) and whether seconds were written.
 */
#ifndef ODI_TIME_PARSE_H
#define ODI_TIME_PARSE_H

#include <stdbool.h>
#include <stdint.h>

#include "odi_error.h"

#define ODI_TIME_SECONDS_PER_DAY 86400
/* longest text odi_time_format writes, with its NUL: 23:59:59+0900 */
#define ODI_TIME_TEXT_LEN 16
/* a time without offset is ordered (never cast) as if it were +0700 */
#define ODI_TIME_ORDER_OFFSET 7

typedef struct odi_time
{
	int			seconds;		/* seconds since midnight, 0..86399 */
	int			offset_hours;	/* 7, 8, 9, or 0 when no offset was written */
	bool		has_seconds;	/* HH:MM:SS (true) or HH:MM (false) */
} odi_time;

/* The type's input: exactly the guideline's form (surrounding blanks aside). */
extern bool odi_time_parse(const char *input, odi_time *out, odi_error *err);

/*
 * Lenient reader for messy data: dots (09.15), one-digit hours (9:15), zone
 * names (WIB, WITA, WIT), an offset after a space or written +07:00 or +07.
 * False when the input cannot be read with confidence.
 */
extern bool odi_time_normalize(const char *input, odi_time *out);

/* Writes the canonical form; returns its length. */
extern int	odi_time_format(const odi_time *t, char *buf);

/* "+0700" or NULL; "WIB", "WITA", "WIT" or NULL. */
extern const char *odi_time_offset_text(const odi_time *t);
extern const char *odi_time_zone_name(const odi_time *t);

/*
 * Stored form, 20 bits of a uint32: seconds << 3 | offset code << 1 |
 * has_seconds, where the offset code is 0 (none), 1 (+0700), 2 (+0800) or
 * 3 (+0900).
 */
extern uint32_t odi_time_pack(const odi_time *t);
extern bool odi_time_unpack(uint32_t packed, odi_time *out);

/* True only for what odi_time_pack writes for a valid time. */
extern bool odi_time_is_canonical(uint32_t packed);

/* Seconds since midnight UTC, not wrapped: -32400 .. 86399 - 25200. */
extern int	odi_time_instant(const odi_time *t);

/*
 * Sort key: the instant, then the written offset as core timetz orders
 * zones (+0900, +0800, +0700, then none), then HH:MM before HH:MM:SS.
 * Two values are equal exactly when their keys are.
 */
extern uint32_t odi_time_sort_key(uint32_t packed);

#endif
