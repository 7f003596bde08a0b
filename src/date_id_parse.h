/*
 * date_id_parse.h: dates written out in Indonesian, "Selasa, 2 September
 * 2014" (guideline 3.2, G3-COMPOUND), pure C, no PostgreSQL and no locale.
 *
 * [weekday[,]] day month year: the day in 1 or 2 digits, the month by its
 * Indonesian name or abbreviation (Januari .. Desember, Pebruari, Nopember,
 * Jan, Feb, Peb, Mar, Apr, Mei, Jun, Jul, Agu, Ags, Agt, Agus, Sep, Sept, Okt,
 * Nov, Nop, Des; an abbreviation may end in "."), the year in 4 digits (G4.4-YEAR).
 * Parts are separated by spaces or "-"; letters match in any case.  A weekday
 * (Senin .. Minggu, Jumat/Jum'at, Ahad, or Sen, Sel, Rab, Kam, Jum, Sab, Min)
 * must be the date's own.
 */
#ifndef ODI_DATE_ID_PARSE_H
#define ODI_DATE_ID_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "odi_error.h"

/* longer input cannot be a written date: rejected before it is read */
#define ODI_DATE_ID_MAX_INPUT 128

/* longest text odi_date_id_format writes, with its NUL */
#define ODI_DATE_ID_TEXT_LEN 40

typedef struct odi_date_id
{
	int			year;			/* 1 .. 9999 */
	int			month;			/* 1 .. 12 */
	int			day;
	int			weekday;		/* 0 = Minggu (Sunday) .. 6 = Sabtu; -1 if not written */
} odi_date_id;

/* ODI_ERR_SYNTAX: not such a date (22007); ODI_ERR_RANGE: no such day (22008). */
extern bool odi_date_id_parse(const char *input, odi_date_id *out, odi_error *err);

/* Day of the week of a Gregorian date, 0 = Sunday. */
extern int	odi_weekday(int year, int month, int day);

/* "Selasa, 2 September 2014", or without the weekday. */
extern size_t odi_date_id_format(const odi_date_id *date, bool with_weekday,
								  char *buf);

/*
 * The order of the fields of a numeric date: day/month/year (the Indonesian
 * order), month/day/year, year/month/day.
 */
typedef enum odi_field_order
{
	ODI_ORDER_DMY,
	ODI_ORDER_MDY,
	ODI_ORDER_YMD
} odi_field_order;

/* longest text odi_date_normalize writes, with its NUL: -9999-12-31 */
#define ODI_DATE_NORM_LEN 12

/*
 * A date as people write it, as G4.4-DATE's YYYY-MM-DD in out: "2/9/2014",
 * "02-09-2014", "2.9.2014" in the given order; a 4-digit first field is
 * always the year ("2014-9-2", "2014/09/02"); a time part is read only when
 * it is midnight ("2013-01-01 00:00:00"); what odi_date_id_parse reads; a
 * value that already conforms (also YYYY-MM) as it is.  False for anything
 * else: two-digit years, impossible dates, other times of day.
 */
extern bool odi_date_normalize(const char *input, odi_field_order order,
							   char *out);

#endif
