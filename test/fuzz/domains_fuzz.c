/*
 * libFuzzer harness for the guideline's simple value forms (4.2-4.4, 4.7,
 * 4.8).  The domains keep the text as written, so an accepted date must
 * format back to exactly its input; every rejection must say why.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "domain_parse.h"

static void
check_error(bool ok, const odi_error *err)
{
	char		detail[512];

	if (ok)
		return;
	odi_error_format(err, detail, sizeof(detail));
	if (detail[0] == '\0' || err->hint == NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	odi_error	err;
	odi_date	d;
	odi_url		u;
	int			v;
	bool		b;
	bool		ok;
	size_t		len;

	if (input == NULL)
		return 0;
	memcpy(input, data, size);
	input[size] = '\0';
	len = strlen(input);		/* the parsers stop at an embedded NUL */

	ok = odi_date_parse(input, &d, &err);
	check_error(ok, &err);
	if (ok)
	{
		char		text[ODI_DATE_TEXT_LEN];
		odi_date	back;

		odi_date_format(&d, text);
		if (strcmp(text, input) != 0 || !odi_date_parse(text, &back, NULL) ||
			memcmp(&back, &d, sizeof(d)) != 0 || d.year == 0)
			abort();
	}
	ok = odi_year_parse(input, &v, &err);
	check_error(ok, &err);
	if (ok && (v < -9999 || v > 9999 || strlen(input) != (v < 0 ? 5u : 4u)))
		abort();
	ok = odi_month_parse(input, &v, &err);
	check_error(ok, &err);
	if (ok && (v < 1 || v > 12 || len != 2))
		abort();
	ok = odi_day_parse(input, &v, &err);
	check_error(ok, &err);
	if (ok && (v < 1 || v > 31 || len != 2))
		abort();
	ok = odi_bool_parse(input, &b, &err);
	check_error(ok, &err);
	ok = odi_number_valid(input, &err);
	check_error(ok, &err);
	if (ok && strspn(input, "+-.0123456789") != len)
		abort();
	ok = odi_email_valid(input, &err);
	check_error(ok, &err);
	if (ok && (strchr(input, '@') == NULL || strchr(input, '@') != strrchr(input, '@') ||
			   len > 254))
		abort();
	ok = odi_url_parse(input, &u, &err);
	check_error(ok, &err);
	if (ok && (u.host_len == 0 || u.host_start + u.host_len > len || u.path_start > len ||
			   u.port < 0 || u.port > 65535))
		abort();
	free(input);
	return 0;
}
