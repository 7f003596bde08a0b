/*
 * compound.c: fmgr glue for column_name, parse_money and parse_date_id
 * (guideline 3.1 and 3.2); the parsing lives in the *_parse.c files.
 */
#include "odi_glue.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"

#include "column_name_parse.h"
#include "date_id_parse.h"
#include "money_parse.h"

/* The argument as a UTF-8 C string, which is what the parsers read. */
static char *
arg_utf8(text *arg)
{
	char	   *s = text_to_cstring(arg);

	return (char *) pg_server_to_any(s, strlen(s), PG_UTF8);
}

static void
report_column_name_error(const char *input, const odi_error *err)
{
	ereport(ERROR,
			errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			errmsg("cannot make a column name from \"%s\"", odi_echo_input(input)),
			errdetail(err->detail, ODI_ERROR_ARGS(err)),
			errhint("%s", dgettext(TEXTDOMAIN, err->hint)));
}

PG_FUNCTION_INFO_V1(odi_sql_column_name);
Datum
odi_sql_column_name(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	char		name[ODI_COLUMN_NAME_MAX + 1];
	odi_error	err;

	if (!odi_column_name(arg_utf8(arg), name, &err))
		report_column_name_error(text_to_cstring(arg), &err);
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

PG_FUNCTION_INFO_V1(odi_sql_column_name_path);
Datum
odi_sql_column_name_path(PG_FUNCTION_ARGS)
{
	ArrayType  *path = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	const char **parts;
	char		name[ODI_COLUMN_NAME_MAX + 1];
	odi_error	err;

	deconstruct_array(path, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	parts = palloc(Max(n, 1) * sizeof(char *));
	for (int i = 0; i < n; i++)
		parts[i] = nulls[i] ? NULL : arg_utf8(DatumGetTextPP(elems[i]));
	if (!odi_column_name_path(parts, n, name, &err))
		report_column_name_error(DatumGetCString(OidFunctionCall1(F_ARRAY_OUT,
																  PointerGetDatum(path))),
								 &err);
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* parse_money(text) -> TABLE(amount numeric, currency text): one row. */
PG_FUNCTION_INFO_V1(odi_sql_parse_money);
Datum
odi_sql_parse_money(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Datum		values[2] = {0, 0};
	bool		nulls[2] = {true, true};

	InitMaterializedSRF(fcinfo, 0);
	if (!PG_ARGISNULL(0))
	{
		text	   *arg = PG_GETARG_TEXT_PP(0);
		odi_money	money;
		odi_error	err;
		char		amount[ODI_MONEY_TEXT_LEN];

		if (!odi_money_parse(arg_utf8(arg), &money, &err))
			odi_report_input_error(NULL, "money", text_to_cstring(arg), &err);
		odi_money_amount(&money, amount);
		values[0] = DirectFunctionCall3(numeric_in, CStringGetDatum(amount),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1));
		nulls[0] = false;
		if (money.currency[0] != '\0')
		{
			values[1] = PointerGetDatum(cstring_to_text(money.currency));
			nulls[1] = false;
		}
	}
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	return (Datum) 0;
}

/* parse_money_is_valid(text) -> boolean: whether parse_money reads it, without raising */
PG_FUNCTION_INFO_V1(odi_sql_parse_money_is_valid);
Datum
odi_sql_parse_money_is_valid(PG_FUNCTION_ARGS)
{
	odi_money	money;
	odi_error	err;

	PG_RETURN_BOOL(odi_money_parse(arg_utf8(PG_GETARG_TEXT_PP(0)), &money, &err));
}

PG_FUNCTION_INFO_V1(odi_sql_parse_date_id);
Datum
odi_sql_parse_date_id(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	odi_date_id date;
	odi_error	err;

	if (!odi_date_id_parse(arg_utf8(arg), &date, &err))
	{
		const char *input = odi_echo_input(text_to_cstring(arg));

		if (err.kind == ODI_ERR_RANGE)
			ereport(ERROR,
					errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
					errmsg("date/time field value out of range: \"%s\"", input),
					errdetail(err.detail, ODI_ERROR_ARGS(&err)),
					errhint("%s", dgettext(TEXTDOMAIN, err.hint)));
		ereport(ERROR,
				errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				errmsg("invalid input syntax for type date: \"%s\"", input),
				errdetail(err.detail, ODI_ERROR_ARGS(&err)),
				errhint("%s", dgettext(TEXTDOMAIN, err.hint)));
	}
	PG_RETURN_DATEADT(date2j(date.year, date.month, date.day) - POSTGRES_EPOCH_JDATE);
}
