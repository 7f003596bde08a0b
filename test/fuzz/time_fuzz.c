/*
 * libFuzzer harness for the time parser (guideline 4.4): strict input,
 * normaliser, format and the packed form must agree.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "time_parse.h"

static void
check_round_trip(const odi_time *t)
{
	char		text[ODI_TIME_TEXT_LEN];
	char		again[ODI_TIME_TEXT_LEN];
	odi_time	back;
	odi_error	err;
	uint32_t	packed = odi_time_pack(t);

	if (!odi_time_is_canonical(packed))
		abort();
	odi_time_format(t, text);
	if (!odi_time_parse(text, &back, &err) || odi_time_pack(&back) != packed)
		abort();
	odi_time_format(&back, again);
	if (strcmp(text, again) != 0)
		abort();
	if (odi_time_sort_key(packed) != odi_time_sort_key(odi_time_pack(&back)))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	odi_time	strict;
	odi_time	lenient;
	odi_error	err;
	bool		strict_ok;
	bool		lenient_ok;

	if (input == NULL)
		return 0;
	memcpy(input, data, size);
	input[size] = '\0';

	strict_ok = odi_time_parse(input, &strict, &err);
	if (strict_ok)
		check_round_trip(&strict);
	else
	{
		char		detail[512];

		odi_error_format(&err, detail, sizeof(detail));
		if (detail[0] == '\0')
			abort();
	}
	lenient_ok = odi_time_normalize(input, &lenient);
	if (lenient_ok)
		check_round_trip(&lenient);
	/* the normaliser reads everything the type accepts, to the same value */
	if (strict_ok && (!lenient_ok || odi_time_pack(&strict) != odi_time_pack(&lenient)))
		abort();
	free(input);
	return 0;
}
