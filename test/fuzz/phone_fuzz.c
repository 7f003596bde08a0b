/*
 * libFuzzer harness for the telephone parser (guideline 4.6): the input
 * function, the normaliser and the stored form.  Aborts when a value does not
 * survive parse -> format -> parse with the same number and the same text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "phone_parse.h"

static const odi_phone_style styles[] = {
	ODI_PHONE_NATIONAL, ODI_PHONE_INTERNATIONAL, ODI_PHONE_E164
};

/* A parsed number's canonical text reads back as the same number and text. */
static void
check_round_trip(const odi_phone *phone)
{
	char		text[ODI_PHONE_TEXT_LEN];
	char		again[ODI_PHONE_TEXT_LEN];
	odi_phone	reread;
	odi_phone	unpacked;
	uint64_t	packed = odi_phone_pack(phone);
	size_t		i;

	if (odi_phone_format(phone, ODI_PHONE_CANONICAL, text) >= sizeof(text))
		abort();
	if (!odi_phone_parse(text, &reread, NULL) || odi_phone_pack(&reread) != packed)
		abort();
	odi_phone_format(&reread, ODI_PHONE_CANONICAL, again);
	if (strcmp(text, again) != 0 || reread.kind != phone->kind)
		abort();
	if (!odi_phone_is_canonical(packed) || !odi_phone_unpack(packed, &unpacked) ||
		odi_phone_pack(&unpacked) != packed)
		abort();
	/* every style is the same number; E.164 drops the area code's length */
	for (i = 0; i < sizeof(styles) / sizeof(styles[0]); i++)
	{
		odi_phone_format(phone, styles[i], again);
		if (!odi_phone_parse(again, &reread, NULL) ||
			odi_phone_number_key(odi_phone_pack(&reread)) !=
			odi_phone_number_key(packed))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	odi_phone	phone;
	odi_error	err;
	uint64_t	packed = 0;
	size_t		i;

	memcpy(input, data, size);
	input[size] = '\0';

	if (odi_phone_parse(input, &phone, &err))
		check_round_trip(&phone);
	else
	{
		char		detail[512];

		if (err.detail == NULL)
			abort();
		odi_error_format(&err, detail, sizeof(detail));
	}
	if (odi_phone_parse(input, &phone, NULL) != odi_phone_parse(input, &phone, &err))
		abort();					/* the validator agrees with the input function */

	if (odi_phone_normalize(input, &phone))
		check_round_trip(&phone);
	if (odi_phone_normalize_local(input, "274", &phone))
		check_round_trip(&phone);
	{
		odi_phone	slow;
		bool		read = odi_phone_normalize_local(input, "274", &phone);

		/* the fast path reads what the lenient reading reads */
		if (read != odi_phone_read_lenient(input, "274", &slow) ||
			(read && odi_phone_pack(&phone) != odi_phone_pack(&slow)))
			abort();
	}
	{
		char		area[8];

		/* an area code it accepts reads a local number */
		if (odi_phone_area_code(input, area) &&
			!odi_phone_normalize_local("5123456", area, &phone))
			abort();
	}

	/* the first 8 bytes as a stored value, as id_phone_recv sees them */
	for (i = 0; i < 8 && i < size; i++)
		packed = (packed << 8) | data[i];
	if (odi_phone_is_canonical(packed))
	{
		char		text[ODI_PHONE_TEXT_LEN];

		if (!odi_phone_unpack(packed, &phone))
			abort();
		odi_phone_format(&phone, ODI_PHONE_CANONICAL, text);
		if (!odi_phone_parse(text, &phone, NULL) || odi_phone_pack(&phone) != packed)
			abort();
	}
	free(input);
	return 0;
}
