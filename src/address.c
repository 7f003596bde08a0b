/* address.c: fmgr glue for id_address (parsing lives in address_parse.c). */
#include "odi_glue.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "address_area.h"
#include "address_parse.h"
#include "address_parts_parse.h"

#define ADDR_DATA(v) ((const uint8 *) VARDATA_ANY(v))
#define ADDR_LEN(v) ((size_t) VARSIZE_ANY_EXHDR(v))

static odi_address
address_decode(struct varlena *v)
{
	odi_address addr;

	if (!odi_address_decode(ADDR_DATA(v), ADDR_LEN(v), &addr))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("corrupted id_address value"));
	return addr;
}

static struct varlena *
address_encode(const odi_address *addr)
{
	size_t		size = odi_address_encoded_size(addr);
	struct varlena *v = palloc(VARHDRSZ + size);

	SET_VARSIZE(v, VARHDRSZ + size);
	odi_address_encode(addr, (uint8_t *) VARDATA(v));
	return v;
}

PG_FUNCTION_INFO_V1(id_address_in);
Datum
id_address_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	char	   *work = palloc(odi_address_parse_work_size(input));
	odi_address addr;
	odi_error	err;

	if (!odi_address_parse(input, work, &addr, &err))
	{
		odi_report_input_error(fcinfo->context, "id_address", input, &err);
		PG_RETURN_NULL();
	}
	PG_RETURN_POINTER(address_encode(&addr));
}

PG_FUNCTION_INFO_V1(id_address_out);
Datum
id_address_out(PG_FUNCTION_ARGS)
{
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0));
	char	   *buf = palloc(odi_address_text_len(&addr) + 1);

	odi_address_format(&addr, buf);
	PG_RETURN_CSTRING(buf);
}

PG_FUNCTION_INFO_V1(id_address_recv);
Datum
id_address_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t		len = (size_t) (buf->len - buf->cursor);
	const uint8 *data = (const uint8 *) pq_getmsgbytes(buf, (int) len);
	const char *strings[6];
	struct varlena *v;
	odi_address addr;
	int			i;

	if (!odi_address_is_canonical(data, len,
								  palloc(odi_address_canonical_work_size(len))))
		odi_report_binary_error("id_address",
								"not a valid address in canonical encoding");
	odi_address_decode(data, len, &addr);
	strings[0] = addr.complex;
	strings[1] = addr.street;
	strings[2] = addr.number;
	strings[3] = addr.kelurahan;
	strings[4] = addr.kecamatan;
	strings[5] = addr.city;
	for (i = 0; i < 6; i++)
		if (strings[i] &&
			!pg_verifymbstr(strings[i], (int) strlen(strings[i]), true))
			odi_report_binary_error("id_address",
									"a component is not valid in the server encoding");
	v = palloc(VARHDRSZ + len);
	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), data, len);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(id_address_send);
Datum
id_address_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) ADDR_DATA(v), (int) ADDR_LEN(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static int
address_cmp_internal(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_VARLENA_PP(0);
	struct varlena *b = PG_GETARG_VARLENA_PP(1);

	return odi_address_cmp(ADDR_DATA(a), ADDR_LEN(a), ADDR_DATA(b), ADDR_LEN(b));
}

#define ADDRESS_CMP_FUNCTION(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = address_cmp_internal(fcinfo); \
	PG_RETURN_BOOL(expr); \
}

ADDRESS_CMP_FUNCTION(id_address_lt, c < 0)
ADDRESS_CMP_FUNCTION(id_address_le, c <= 0)
ADDRESS_CMP_FUNCTION(id_address_gt, c > 0)
ADDRESS_CMP_FUNCTION(id_address_ge, c >= 0)

/*
 * The state (and combine) functions of min and max: the first argument when
 * expr holds of c = cmp(first, second), else the second (of two equal values,
 * the first); returned detoasted, for the aggregate to copy.
 */
#define ADDRESS_PICK_FUNCTION(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	struct varlena *a = PG_GETARG_VARLENA_PP(0); \
	struct varlena *b = PG_GETARG_VARLENA_PP(1); \
	int			c = odi_address_cmp(ADDR_DATA(a), ADDR_LEN(a), ADDR_DATA(b), ADDR_LEN(b)); \
	PG_RETURN_POINTER((expr) ? a : b); \
}

ADDRESS_PICK_FUNCTION(id_address_smaller, c <= 0)
ADDRESS_PICK_FUNCTION(id_address_larger, c >= 0)

/* equality is bytewise on the canonical encoding, as cmp == 0 is */
static bool
address_eq_internal(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_VARLENA_PP(0);
	struct varlena *b = PG_GETARG_VARLENA_PP(1);

	return ADDR_LEN(a) == ADDR_LEN(b) &&
		memcmp(ADDR_DATA(a), ADDR_DATA(b), ADDR_LEN(a)) == 0;
}

PG_FUNCTION_INFO_V1(id_address_eq);
Datum
id_address_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(address_eq_internal(fcinfo));
}

PG_FUNCTION_INFO_V1(id_address_ne);
Datum
id_address_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!address_eq_internal(fcinfo));
}

PG_FUNCTION_INFO_V1(id_address_cmp);
Datum
id_address_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(address_cmp_internal(fcinfo));
}

PG_FUNCTION_INFO_V1(id_address_hash);
Datum
id_address_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);

	return hash_any(ADDR_DATA(v), (int) ADDR_LEN(v));
}

PG_FUNCTION_INFO_V1(id_address_hash_extended);
Datum
id_address_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);

	return hash_any_extended(ADDR_DATA(v), (int) ADDR_LEN(v),
							 PG_GETARG_INT64(1));
}

PG_FUNCTION_INFO_V1(id_address_is_valid);
Datum
id_address_is_valid(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *work = palloc(odi_address_parse_work_size(input));
	odi_address addr;
	bool		valid = odi_address_parse(input, work, &addr, NULL);

	/* freed at once: a query calls this on many columns of a row */
	pfree(work);
	pfree(input);
	PG_RETURN_BOOL(valid);
}

PG_FUNCTION_INFO_V1(id_address_normalize);
Datum
id_address_normalize(PG_FUNCTION_ARGS)
{
	char	   *input = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *work = palloc(odi_address_parse_work_size(input));
	struct varlena *result = NULL;
	odi_address addr;

	/*
	 * odi_address_normalize in two steps: what the type reads needs the
	 * parser's small work space only, the lenient reading the large one.
	 * Both are freed at once: conformance_report calls this on every column
	 * of a row, and the row's memory is freed only after the row.
	 */
	if (odi_address_parse(input, work, &addr, NULL))
		result = address_encode(&addr);
	else
	{
		pfree(work);
		work = palloc(odi_address_work_size(input));
		if (odi_address_read_lenient(input, work, &addr))
			result = address_encode(&addr);
	}
	pfree(work);
	pfree(input);
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(result);
}

/* ---- from the split columns of a list (address_parts_parse.c) ---- */

static bool
address_from_parts(FunctionCallInfo fcinfo, char **assembled, odi_address *addr,
				   odi_error *err)
{
	const char *arg[7];
	odi_address_parts parts;
	int			i;

	for (i = 0; i < 7; i++)
		arg[i] = PG_ARGISNULL(i) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(i));
	parts.alamat = arg[0];
	parts.rt = arg[1];
	parts.rw = arg[2];
	parts.kelurahan = arg[3];
	parts.kecamatan = arg[4];
	parts.kota = arg[5];
	parts.kode_pos = arg[6];
	*assembled = palloc(odi_address_parts_text_size(&parts));
	return odi_address_from_parts(&parts, *assembled,
								  palloc(odi_address_parts_work_size(&parts)),
								  addr, err);
}

PG_FUNCTION_INFO_V1(id_address_from_parts);
Datum
id_address_from_parts(PG_FUNCTION_ARGS)
{
	char	   *assembled;
	odi_address addr;
	odi_error	err;

	if (!address_from_parts(fcinfo, &assembled, &addr, &err))
		odi_report_input_error(NULL, "id_address", assembled, &err);
	PG_RETURN_POINTER(address_encode(&addr));
}

/* the detail id_address_from_parts would raise, in lc_messages; NULL if none */
PG_FUNCTION_INFO_V1(id_address_from_parts_error);
Datum
id_address_from_parts_error(PG_FUNCTION_ARGS)
{
	char	   *assembled;
	odi_address addr;
	odi_error	err;

	if (address_from_parts(fcinfo, &assembled, &addr, &err))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(psprintf(dgettext(TEXTDOMAIN, err.detail),
											  ODI_ERROR_ARGS(&err))));
}

/* ---- accessors: NULL where an optional part is absent ---- */

#define ADDRESS_TEXT_ACCESSOR(name, field) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0)); \
	if (addr.field == NULL) \
		PG_RETURN_NULL(); \
	PG_RETURN_TEXT_P(cstring_to_text(addr.field)); \
}

ADDRESS_TEXT_ACCESSOR(id_address_complex, complex)
ADDRESS_TEXT_ACCESSOR(id_address_street, street)
ADDRESS_TEXT_ACCESSOR(id_address_number, number)
ADDRESS_TEXT_ACCESSOR(id_address_kelurahan, kelurahan)
ADDRESS_TEXT_ACCESSOR(id_address_kecamatan, kecamatan)
ADDRESS_TEXT_ACCESSOR(id_address_city, city)

/* RT and RW as printed: at least two digits */
#define ADDRESS_RTRW_ACCESSOR(name, field) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0)); \
	char		buf[16]; \
	if (addr.field == 0) \
		PG_RETURN_NULL(); \
	snprintf(buf, sizeof(buf), "%02d", addr.field); \
	PG_RETURN_TEXT_P(cstring_to_text(buf)); \
}

ADDRESS_RTRW_ACCESSOR(id_address_rt, rt)
ADDRESS_RTRW_ACCESSOR(id_address_rw, rw)

PG_FUNCTION_INFO_V1(id_address_postal_code);
Datum
id_address_postal_code(PG_FUNCTION_ARGS)
{
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0));
	char		buf[16];

	snprintf(buf, sizeof(buf), "%05d", addr.postal_code);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(id_address_province);
Datum
id_address_province(PG_FUNCTION_ARGS)
{
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0));

	if (addr.province == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(odi_address_province_name(addr.province)));
}

/* ---- the register of areas (address_area.c) ---- */

/* the most specific entry the components match, as its code; NULL when none */
PG_FUNCTION_INFO_V1(id_address_area_code);
Datum
id_address_area_code(PG_FUNCTION_ARGS)
{
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0));
	odi_address_area area;
	char		code[ODI_WILAYAH_CODE_LEN];

	odi_address_locate(&addr, &area);
	if (area.area == ODI_WILAYAH_NONE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(odi_wilayah_code(area.area, code)));
}

/* kelurahan in kecamatan (when written) in city in province (when written) */
PG_FUNCTION_INFO_V1(id_address_in_register);
Datum
id_address_in_register(PG_FUNCTION_ARGS)
{
	odi_address addr = address_decode(PG_GETARG_VARLENA_PP(0));
	odi_address_area area;

	odi_address_locate(&addr, &area);
	PG_RETURN_BOOL(area.in_register);
}
