/* time.c: fmgr glue for id_time_tz (parsing lives in time_parse.c). */
#include "odi_glue.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"

#include "time_parse.h"

#define PG_GETARG_TIME_TZ(n) PG_GETARG_UINT32(n)
#define PG_RETURN_TIME_TZ(x) PG_RETURN_UINT32(x)

/* opendata_id.default_offset, read only by the casts to timetz */
static char *default_offset_text;
static int	default_offset_hours = 7;

static odi_time
time_decode(uint32 packed)
{
	odi_time	t;

	if (!odi_time_unpack(packed, &t))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("corrupted id_time_tz value"));
	return t;
}

PG_FUNCTION_INFO_V1(id_time_tz_in);
Datum
id_time_tz_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	odi_time	t;
	odi_error	err;

	if (!odi_time_parse(input, &t, &err))
	{
		odi_report_input_error(fcinfo->context, "id_time_tz", input, &err);
		PG_RETURN_NULL();
	}
	PG_RETURN_TIME_TZ(odi_time_pack(&t));
}

PG_FUNCTION_INFO_V1(id_time_tz_out);
Datum
id_time_tz_out(PG_FUNCTION_ARGS)
{
	odi_time	t = time_decode(PG_GETARG_TIME_TZ(0));
	char	   *buf = palloc(ODI_TIME_TEXT_LEN);

	odi_time_format(&t, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(id_time_tz_recv);
Datum
id_time_tz_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	uint32		packed;

	if (buf->len - buf->cursor != 4)
		odi_report_binary_error("id_time_tz", "an id_time_tz value is 4 bytes");
	packed = pq_getmsgint(buf, 4);
	if (!odi_time_is_canonical(packed))
		odi_report_binary_error("id_time_tz",
								"not a valid time of day in canonical encoding");
	PG_RETURN_TIME_TZ(packed);
}

PG_FUNCTION_INFO_V1(id_time_tz_send);
Datum
id_time_tz_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, PG_GETARG_TIME_TZ(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static int
time_tz_cmp(Datum a, Datum b)
{
	uint32		ka = odi_time_sort_key(DatumGetUInt32(a));
	uint32		kb = odi_time_sort_key(DatumGetUInt32(b));

	return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

ODI_COMPARISON_FUNCTIONS(id_time_tz, time_tz_cmp)

/* Equal values have equal stored forms, so the whole stored form is hashed. */
PG_FUNCTION_INFO_V1(id_time_tz_hash);
Datum
id_time_tz_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(PG_GETARG_TIME_TZ(0));
}

PG_FUNCTION_INFO_V1(id_time_tz_hash_extended);
Datum
id_time_tz_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(PG_GETARG_TIME_TZ(0), PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(id_time_tz_same_instant);
Datum
id_time_tz_same_instant(PG_FUNCTION_ARGS)
{
	odi_time	a = time_decode(PG_GETARG_TIME_TZ(0));
	odi_time	b = time_decode(PG_GETARG_TIME_TZ(1));

	PG_RETURN_BOOL(odi_time_instant(&a) == odi_time_instant(&b));
}

PG_FUNCTION_INFO_V1(id_time_tz_to_time);
Datum
id_time_tz_to_time(PG_FUNCTION_ARGS)
{
	odi_time	t = time_decode(PG_GETARG_TIME_TZ(0));

	PG_RETURN_TIMEADT((TimeADT) t.seconds * USECS_PER_SEC);
}

/* Reads opendata_id.default_offset for a time without offset: STABLE. */
PG_FUNCTION_INFO_V1(id_time_tz_to_timetz);
Datum
id_time_tz_to_timetz(PG_FUNCTION_ARGS)
{
	odi_time	t = time_decode(PG_GETARG_TIME_TZ(0));
	TimeTzADT  *result = palloc(sizeof(TimeTzADT));
	int			hours = t.offset_hours != 0 ? t.offset_hours : default_offset_hours;

	result->time = (TimeADT) t.seconds * USECS_PER_SEC;
	result->zone = -hours * SECS_PER_HOUR;	/* timetz counts seconds west */
	PG_RETURN_TIMETZADT_P(result);
}

static Datum
text_or_null(FunctionCallInfo fcinfo, const char *s)
{
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(s));
}

PG_FUNCTION_INFO_V1(id_time_tz_offset);
Datum
id_time_tz_offset(PG_FUNCTION_ARGS)
{
	odi_time	t = time_decode(PG_GETARG_TIME_TZ(0));

	return text_or_null(fcinfo, odi_time_offset_text(&t));
}

PG_FUNCTION_INFO_V1(id_time_tz_zone);
Datum
id_time_tz_zone(PG_FUNCTION_ARGS)
{
	odi_time	t = time_decode(PG_GETARG_TIME_TZ(0));

	return text_or_null(fcinfo, odi_time_zone_name(&t));
}

PG_FUNCTION_INFO_V1(id_time_tz_is_valid);
Datum
id_time_tz_is_valid(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_time	t;

	PG_RETURN_BOOL(odi_time_parse(input, &t, NULL));
}

PG_FUNCTION_INFO_V1(id_time_tz_normalize);
Datum
id_time_tz_normalize(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_time	t;

	if (!odi_time_normalize(input, &t))
		PG_RETURN_NULL();
	PG_RETURN_TIME_TZ(odi_time_pack(&t));
}

static bool
check_default_offset(char **newval, void **extra,
					 GucSource source pg_attribute_unused())
{
	static const char *const accepted[] = {"+0700", "+0800", "+0900"};
	int			i;

	for (i = 0; i < 3; i++)
		if (*newval != NULL && strcmp(*newval, accepted[i]) == 0)
		{
			int		   *hours = odi_guc_malloc(sizeof(int));

			if (hours == NULL)
				return false;
			*hours = 7 + i;
			*extra = hours;
			return true;
		}
	GUC_check_errdetail("The default offset is one of +0700 (WIB), +0800 (WITA) and +0900 (WIT) (guideline G4.4-TIME-2).");
	return false;
}

static void
assign_default_offset(const char *newval pg_attribute_unused(), void *extra)
{
	default_offset_hours = *(int *) extra;
}

void
odi_time_define_gucs(void)
{
	DefineCustomStringVariable("opendata_id.default_offset",
							   "UTC offset assumed for an id_time_tz without offset when it is cast to timetz.",
							   "+0700 (WIB), +0800 (WITA) or +0900 (WIT). Ordering and equality never read it.",
							   &default_offset_text,
							   "+0700",
							   PGC_USERSET,
							   0,
							   check_default_offset,
							   assign_default_offset,
							   NULL);
}
