/* phone.c: fmgr glue for id_phone (parsing lives in phone_parse.c). */
#include "odi_glue.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "phone_parse.h"

#if SIZEOF_DATUM < 8
#error "id_phone is passed by value and needs 8-byte Datums"
#endif

#define PG_GETARG_PHONE(n) ((uint64) PG_GETARG_INT64(n))
#define PG_RETURN_PHONE(x) PG_RETURN_INT64((int64) (x))

static odi_phone
phone_decode(uint64 packed)
{
	odi_phone	phone;

	if (!odi_phone_unpack(packed, &phone))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("corrupted id_phone value"));
	return phone;
}

static text *
phone_text(uint64 packed, odi_phone_style style)
{
	odi_phone	phone = phone_decode(packed);
	char		buf[ODI_PHONE_TEXT_LEN];
	size_t		len = odi_phone_format(&phone, style, buf);

	return cstring_to_text_with_len(buf, (int) len);
}

static Datum
phone_from_cstring(FunctionCallInfo fcinfo, const char *input)
{
	odi_phone	phone;
	odi_error	err;

	if (!odi_phone_parse(input, &phone, &err))
	{
		odi_report_input_error(fcinfo->context, "id_phone", input, &err);
		PG_RETURN_NULL();
	}
	PG_RETURN_PHONE(odi_phone_pack(&phone));
}

PG_FUNCTION_INFO_V1(id_phone_in);
Datum
id_phone_in(PG_FUNCTION_ARGS)
{
	return phone_from_cstring(fcinfo, PG_GETARG_CSTRING(0));
}

/* the cast from text: the input function without text's output in between */
PG_FUNCTION_INFO_V1(id_phone_from_text);
Datum
id_phone_from_text(PG_FUNCTION_ARGS)
{
	return phone_from_cstring(fcinfo, text_to_cstring(PG_GETARG_TEXT_PP(0)));
}

PG_FUNCTION_INFO_V1(id_phone_out);
Datum
id_phone_out(PG_FUNCTION_ARGS)
{
	odi_phone	phone = phone_decode(PG_GETARG_PHONE(0));
	char	   *buf = palloc(ODI_PHONE_TEXT_LEN);

	odi_phone_format(&phone, ODI_PHONE_CANONICAL, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(id_phone_recv);
Datum
id_phone_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	uint64		packed;

	if (buf->len - buf->cursor != 8)
		odi_report_binary_error("id_phone", "an id_phone value is 8 bytes");
	packed = (uint64) pq_getmsgint64(buf);
	if (!odi_phone_is_canonical(packed))
		odi_report_binary_error("id_phone",
								"not a valid telephone number in canonical encoding");
	PG_RETURN_PHONE(packed);
}

PG_FUNCTION_INFO_V1(id_phone_send);
Datum
id_phone_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) PG_GETARG_PHONE(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static int
phone_cmp(Datum a, Datum b)
{
	uint64		ka = odi_phone_number_key((uint64) DatumGetInt64(a));
	uint64		kb = odi_phone_number_key((uint64) DatumGetInt64(b));

	return ka < kb ? -1 : (ka > kb ? 1 : 0);
}

ODI_COMPARISON_FUNCTIONS(id_phone, phone_cmp)

PG_FUNCTION_INFO_V1(id_phone_hash);
Datum
id_phone_hash(PG_FUNCTION_ARGS)
{
	uint64		key = odi_phone_number_key(PG_GETARG_PHONE(0));

	return hash_any((unsigned char *) &key, sizeof(key));
}

PG_FUNCTION_INFO_V1(id_phone_hash_extended);
Datum
id_phone_hash_extended(PG_FUNCTION_ARGS)
{
	uint64		key = odi_phone_number_key(PG_GETARG_PHONE(0));

	return hash_any_extended((unsigned char *) &key, sizeof(key),
							 PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(id_phone_is_valid);
Datum
id_phone_is_valid(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_phone	phone;

	PG_RETURN_BOOL(odi_phone_parse(input, &phone, NULL));
}

PG_FUNCTION_INFO_V1(id_phone_normalize);
Datum
id_phone_normalize(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_phone	phone;

	if (!odi_phone_normalize(input, &phone))
		PG_RETURN_NULL();
	PG_RETURN_PHONE(odi_phone_pack(&phone));
}

/* a call site's default area: read once if it is a constant, else when it changes */
typedef struct area_cache
{
	char		digits[8];
	bool		constant;
	int			len;
	char		text[FLEXIBLE_ARRAY_MEMBER];
} area_cache;

static const char *
default_area(FunctionCallInfo fcinfo)
{
	area_cache *cache = fcinfo->flinfo->fn_extra;
	text	   *arg;
	int			len;
	char	   *area;
	char		digits[8];

	if (cache != NULL && cache->constant)
		return cache->digits;
	arg = PG_GETARG_TEXT_PP(1);
	len = VARSIZE_ANY_EXHDR(arg);
	if (cache != NULL && cache->len == len && memcmp(cache->text, VARDATA_ANY(arg), len) == 0)
		return cache->digits;
	area = text_to_cstring(arg);
	if (!odi_phone_area_code(area, digits))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid default area code: \"%s\"", area),
				errdetail("The default area must be an Indonesian fixed-line area code."),
				errhint("Write it as \"021\" or \"0274\" (G4.6-PHONE-1)."));
	if (cache != NULL)
		pfree(cache);
	cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, offsetof(area_cache, text) + len);
	memcpy(cache->digits, digits, sizeof(digits));
	cache->constant = get_fn_expr_arg_stable(fcinfo->flinfo, 1);
	cache->len = len;
	memcpy(cache->text, VARDATA_ANY(arg), len);
	fcinfo->flinfo->fn_extra = cache;
	return cache->digits;
}

PG_FUNCTION_INFO_V1(id_phone_normalize_in_area);
Datum
id_phone_normalize_in_area(PG_FUNCTION_ARGS)
{
	const char *area = default_area(fcinfo);
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	odi_phone	phone;

	if (!odi_phone_normalize_local(input, area, &phone))
		PG_RETURN_NULL();
	PG_RETURN_PHONE(odi_phone_pack(&phone));
}

PG_FUNCTION_INFO_V1(id_phone_format);
Datum
id_phone_format(PG_FUNCTION_ARGS)
{
	uint64		packed = PG_GETARG_PHONE(0);
	char	   *style = text_to_cstring(PG_GETARG_TEXT_PP(1));

	if (strcmp(style, "national") == 0)
		PG_RETURN_TEXT_P(phone_text(packed, ODI_PHONE_NATIONAL));
	if (strcmp(style, "international") == 0)
		PG_RETURN_TEXT_P(phone_text(packed, ODI_PHONE_INTERNATIONAL));
	if (strcmp(style, "e164") == 0)
		PG_RETURN_TEXT_P(phone_text(packed, ODI_PHONE_E164));
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg("unknown telephone number style \"%s\"", style),
			errhint("Use \"national\", \"international\" or \"e164\"."));
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(id_phone_country_code);
Datum
id_phone_country_code(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(phone_decode(PG_GETARG_PHONE(0)).country_code);
}

PG_FUNCTION_INFO_V1(id_phone_area_code);
Datum
id_phone_area_code(PG_FUNCTION_ARGS)
{
	odi_phone	phone = phone_decode(PG_GETARG_PHONE(0));
	char		buf[ODI_PHONE_MAX_AREA + 2];
	int			n = 0;

	if (phone.area_len == 0)
		PG_RETURN_NULL();
	if (odi_phone_has_trunk(&phone))
		buf[n++] = '0';
	memcpy(buf + n, phone.nsn, phone.area_len);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, n + phone.area_len));
}

PG_FUNCTION_INFO_V1(id_phone_subscriber);
Datum
id_phone_subscriber(PG_FUNCTION_ARGS)
{
	odi_phone	phone = phone_decode(PG_GETARG_PHONE(0));

	PG_RETURN_TEXT_P(cstring_to_text_with_len(phone.nsn + phone.area_len,
											  phone.nsn_len - phone.area_len));
}

PG_FUNCTION_INFO_V1(id_phone_is_mobile);
Datum
id_phone_is_mobile(PG_FUNCTION_ARGS)
{
	odi_phone	phone = phone_decode(PG_GETARG_PHONE(0));

	if (phone.kind == ODI_PHONE_FOREIGN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(phone.kind == ODI_PHONE_MOBILE);
}

PG_FUNCTION_INFO_V1(id_phone_kind);
Datum
id_phone_kind(PG_FUNCTION_ARGS)
{
	odi_phone	phone = phone_decode(PG_GETARG_PHONE(0));

	PG_RETURN_TEXT_P(cstring_to_text(odi_phone_kind_name(phone.kind)));
}
