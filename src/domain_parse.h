/*
 * domain_parse.h: the guideline's simple value forms (pure C, no PostgreSQL).
 *
 * Numbers (4.2), yes/no values (4.3), days, months, years and dates (4.4),
 * email addresses (4.7) and URLs (4.8).  These are checked as written and
 * kept as text by the domains over text; nothing is rewritten.
 */
#ifndef ODI_DOMAIN_PARSE_H
#define ODI_DOMAIN_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "odi_error.h"

/* longest text odi_date_format writes, with its NUL: -9999-12-31 */
#define ODI_DATE_TEXT_LEN 12

/*
 * A year as the guideline writes it: -1 is 1 BC (written -0001), 1 is AD 1.
 * 0 (written 0000) is a valid G4.4-YEAR but no calendar year, so no date.
 */
typedef struct odi_date
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31, or 0 for YYYY-MM */
} odi_date;

extern bool odi_day_parse(const char *input, int *day, odi_error *err);
extern bool odi_month_parse(const char *input, int *month, odi_error *err);
extern bool odi_year_parse(const char *input, int *year, odi_error *err);
extern bool odi_date_parse(const char *input, odi_date *out, odi_error *err);
extern int	odi_date_format(const odi_date *d, char *buf);

/* Proleptic Gregorian year numbering with a year 0 (1 BC is 0, 2 BC is -1). */
extern int	odi_date_astronomical_year(const odi_date *d);

extern bool odi_bool_parse(const char *input, bool *out, odi_error *err);

typedef struct odi_url
{
	bool		https;
	size_t		host_start;		/* byte offsets into the input */
	size_t		host_len;
	int			port;			/* 0 when none was written */
	size_t		path_start;		/* where the path (or query) starts */
} odi_url;

extern bool odi_url_parse(const char *input, odi_url *out, odi_error *err);

/*
 * A URL as people write it, as G4.8-URL wants it, in out (strlen(input) + 8
 * bytes): trimmed, scheme and host in lower case (not the path), "http://"
 * before a host name written without a scheme ("www.jakarta.go.id",
 * "dinkes.jakarta.go.id/puskesmas") when its last label is a top-level
 * domain (two letters, or a generic one: com, org, ...).  False when the
 * result is not a valid URL, or the text is an email address or a word.
 */
extern bool odi_url_normalize(const char *input, char *out);

/*
 * Every form as a validator of one signature (the domains' CHECKs, the tests):
 * true if the text conforms; err (may be NULL) says why not.  Numbers and
 * email addresses are only validated: they have no parsed form.
 */
typedef bool (*odi_validator) (const char *input, odi_error *err);
extern bool odi_number_valid(const char *input, odi_error *err);
extern bool odi_email_valid(const char *input, odi_error *err);
extern bool odi_day_valid(const char *input, odi_error *err);
extern bool odi_month_valid(const char *input, odi_error *err);
extern bool odi_year_valid(const char *input, odi_error *err);
extern bool odi_date_valid(const char *input, odi_error *err);
extern bool odi_bool_valid(const char *input, odi_error *err);
extern bool odi_url_valid(const char *input, odi_error *err);

#endif
