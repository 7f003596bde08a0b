/*
 * Fuzzer for the address parser, normaliser and stored form:
 * parse -> format -> parse gives the same value and text; what the parser
 * accepts encodes canonically; normalising a value's text gives the value;
 * hostile bytes never crash the decoder.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "address_parse.h"

static void
check_round_trip(const odi_address *addr)
{
	size_t		len = odi_address_text_len(addr);
	char	   *text = malloc(len + 1);
	char	   *text2 = malloc(len + 1);
	char	   *work;
	size_t		size = odi_address_encoded_size(addr);
	uint8_t    *enc = malloc(size);
	uint8_t    *enc2;
	char	   *cwork = malloc(odi_address_canonical_work_size(size));
	odi_address again;
	odi_address decoded;

	if (odi_address_format(addr, text) != len || strlen(text) != len)
		abort();
	work = malloc(odi_address_work_size(text));
	if (!odi_address_parse(text, work, &again, NULL))
		abort();
	if (odi_address_text_len(&again) != len)
		abort();
	odi_address_format(&again, text2);
	if (strcmp(text, text2) != 0)
		abort();
	odi_address_encode(addr, enc);
	if (odi_address_encoded_size(&again) != size)
		abort();
	enc2 = malloc(size);
	odi_address_encode(&again, enc2);
	if (memcmp(enc, enc2, size) != 0)
		abort();
	if (!odi_address_decode(enc, size, &decoded) ||
		!odi_address_is_canonical(enc, size, cwork))
		abort();
	if (odi_address_cmp(enc, size, enc2, size) != 0)
		abort();
	/* the normaliser is the identity on every valid value */
	if (!odi_address_normalize(text, work, &again) ||
		odi_address_encoded_size(&again) != size)
		abort();
	odi_address_encode(&again, enc2);
	if (memcmp(enc, enc2, size) != 0)
		abort();
	free(text);
	free(text2);
	free(work);
	free(enc);
	free(enc2);
	free(cwork);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	char	   *work;
	char	   *cwork;
	odi_address addr;
	odi_error	err;

	memcpy(input, data, size);
	input[size] = '\0';
	work = malloc(odi_address_work_size(input));

	if (odi_address_parse(input, work, &addr, &err))
		check_round_trip(&addr);
	else
	{
		char		buf[512];

		odi_error_format(&err, buf, sizeof(buf));
	}
	if (odi_address_normalize(input, work, &addr))
		check_round_trip(&addr);

	/* the raw bytes as a stored value */
	cwork = malloc(odi_address_canonical_work_size(size));
	if (odi_address_is_canonical(data, size, cwork))
	{
		odi_address decoded;

		if (!odi_address_decode(data, size, &decoded))
			abort();
		check_round_trip(&decoded);
	}
	if (odi_address_decode(data, size, &addr))
		(void) odi_address_cmp(data, size, data, size);

	free(cwork);
	free(work);
	free(input);
	return 0;
}
