/*
 * guideline_error.c: what a guideline type's input would say about a value,
 * as text and without raising (conformance_report needs no subtransaction).
 */
#include "odi_glue.h"

#include "utils/builtins.h"

#include "address_parse.h"
#include "domain_parse.h"
#include "latlong_parse.h"
#include "phone_parse.h"
#include "time_parse.h"

static bool
phone_check(const char *input, odi_error *err)
{
	odi_phone	phone;

	return odi_phone_parse(input, &phone, err);
}

static bool
address_check(const char *input, odi_error *err)
{
	odi_address addr;

	return odi_address_parse(input, palloc(odi_address_work_size(input)), &addr, err);
}

static bool
latlong_check(const char *input, odi_error *err)
{
	odi_latlong ll;

	return odi_latlong_parse(input, &ll, err);
}

static bool
time_check(const char *input, odi_error *err)
{
	odi_time	t;

	return odi_time_parse(input, &t, err);
}

/* the kinds of guideline_types() */
static const struct
{
	const char *kind;
	bool		(*check) (const char *input, odi_error *err);
}			checks[] =
{
	{"phone", phone_check},
	{"address", address_check},
	{"latlong", latlong_check},
	{"time", time_check},
	{"day", odi_day_valid},
	{"month", odi_month_valid},
	{"year", odi_year_valid},
	{"date", odi_date_valid},
	{"bool", odi_bool_valid},
	{"number", odi_number_valid},
	{"email", odi_email_valid},
	{"url", odi_url_valid},
};

PG_FUNCTION_INFO_V1(odi_guideline_error);
Datum
odi_guideline_error(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *kind = text_to_cstring(PG_GETARG_TEXT_PP(1));
	odi_error	err;

	for (size_t i = 0; i < lengthof(checks); i++)
	{
		if (strcmp(kind, checks[i].kind) != 0)
			continue;
		if (checks[i].check(input, &err))
			PG_RETURN_NULL();
		PG_RETURN_TEXT_P(cstring_to_text(psprintf(dgettext(TEXTDOMAIN, err.detail),
												  ODI_ERROR_ARGS(&err))));
	}
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg("unknown guideline kind \"%s\"", kind),
			errhint("Use one of phone, address, latlong, time, day, month, year, date, bool, number, email, url."));
	PG_RETURN_NULL();
}
