/*
 * odi_calendar.h: the proleptic Gregorian calendar for the pure parsers.
 * Years are astronomical: 0 is 1 BC, -1 is 2 BC.
 */
#ifndef ODI_CALENDAR_H
#define ODI_CALENDAR_H

#include <stdbool.h>

static inline bool
odi_is_leap_year(int year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* month is 1..12 */
static inline int
odi_days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return month == 2 && odi_is_leap_year(year) ? 29 : days[month - 1];
}

#endif
