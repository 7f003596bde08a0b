/*
 * domains.c: fmgr glue for the guideline's domains over text (validators in
 * domain_parse.c): the CHECK functions and the conversions to core types.
 */
#include "odi_glue.h"

#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "date_id_parse.h"
#include "domain_parse.h"
#include "kode_wilayah_parse.h"

/* name_is_valid(text): the domain's CHECK; never raises */
#define DOMAIN_VALIDATOR(name, validator) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(validator(text_to_cstring(PG_GETARG_TEXT_PP(0)), NULL)); \
}

DOMAIN_VALIDATOR(id_day_is_valid, odi_day_valid)
DOMAIN_VALIDATOR(id_month_is_valid, odi_month_valid)
DOMAIN_VALIDATOR(id_year_is_valid, odi_year_valid)
DOMAIN_VALIDATOR(id_date_is_valid, odi_date_valid)
DOMAIN_VALIDATOR(id_bool_is_valid, odi_bool_valid)
DOMAIN_VALIDATOR(id_number_is_valid, odi_number_valid)
DOMAIN_VALIDATOR(id_email_is_valid, odi_email_valid)
DOMAIN_VALIDATOR(id_url_is_valid, odi_url_valid)
DOMAIN_VALIDATOR(id_kode_wilayah_is_valid, odi_kode_wilayah_check)

/* The domain's CHECK has run, unless the function was called on plain text. */
pg_noreturn static void
report_bad(const char *type_name, const char *input, const odi_error *err)
{
	odi_report_input_error(NULL, type_name, input, err);
	pg_unreachable();
}

PG_FUNCTION_INFO_V1(id_date_to_date);
Datum
id_date_to_date(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_date	d;
	odi_error	err;
	int			year;
	int			day;
	DateADT		result;

	if (!odi_date_parse(input, &d, &err))
		report_bad("id_date", input, &err);
	year = odi_date_astronomical_year(&d);
	day = d.day != 0 ? d.day : 1;
	if (IS_VALID_JULIAN(year, d.month, day))
	{
		result = date2j(year, d.month, day) - POSTGRES_EPOCH_JDATE;
		if (IS_VALID_DATE(result))
			PG_RETURN_DATEADT(result);
	}
	ereport(ERROR,
			errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			errmsg("date out of range: \"%s\"", input),
			errdetail("PostgreSQL dates start on 24 November 4714 BC."));
}

PG_FUNCTION_INFO_V1(id_bool_to_boolean);
Datum
id_bool_to_boolean(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	bool		v;
	odi_error	err;

	if (!odi_bool_parse(input, &v, &err))
		report_bad("id_bool", input, &err);
	PG_RETURN_BOOL(v);
}

PG_FUNCTION_INFO_V1(id_number_to_numeric);
Datum
id_number_to_numeric(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_error	err;

	if (!odi_number_valid(input, &err))
		report_bad("id_number", input, &err);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(input),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* ---- normalisers: messy text to the domain's form, NULL if not understood ---- */

static Datum
date_normalize(FunctionCallInfo fcinfo, odi_field_order order)
{
	char		out[ODI_DATE_NORM_LEN];

	if (!odi_date_normalize(text_to_cstring(PG_GETARG_TEXT_PP(0)), order, out))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(out));
}

PG_FUNCTION_INFO_V1(id_date_normalize);
Datum
id_date_normalize(PG_FUNCTION_ARGS)
{
	return date_normalize(fcinfo, ODI_ORDER_DMY);
}

PG_FUNCTION_INFO_V1(id_date_normalize_order);
Datum
id_date_normalize_order(PG_FUNCTION_ARGS)
{
	char	   *order = text_to_cstring(PG_GETARG_TEXT_PP(1));

	if (pg_strcasecmp(order, "DMY") == 0)
		return date_normalize(fcinfo, ODI_ORDER_DMY);
	if (pg_strcasecmp(order, "MDY") == 0)
		return date_normalize(fcinfo, ODI_ORDER_MDY);
	if (pg_strcasecmp(order, "YMD") == 0)
		return date_normalize(fcinfo, ODI_ORDER_YMD);
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg("invalid field_order: \"%s\"", order),
			errhint("field_order is DMY (day/month/year, the Indonesian order), MDY or YMD."));
}

PG_FUNCTION_INFO_V1(id_url_normalize);
Datum
id_url_normalize(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *out = palloc(strlen(input) + 8);

	if (!odi_url_normalize(input, out))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(out));
}
