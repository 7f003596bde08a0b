/* libFuzzer harness for the Indonesian date parser: parse -> format -> parse is stable. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date_id_parse.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	odi_date_id a,
				b;
	odi_error	err;
	char		text[ODI_DATE_ID_TEXT_LEN];
	char		again[ODI_DATE_ID_TEXT_LEN];
	char		detail[256];

	memcpy(input, data, size);
	input[size] = '\0';
	if (!odi_date_id_parse(input, &a, &err))
		odi_error_format(&err, detail, sizeof(detail));
	else
	{
		if (a.weekday >= 0 && a.weekday != odi_weekday(a.year, a.month, a.day))
			abort();
		for (int w = 0; w < 2; w++)
		{
			odi_date_id_format(&a, w == 1, text);
			if (!odi_date_id_parse(text, &b, NULL) || b.year != a.year ||
				b.month != a.month || b.day != a.day)
				abort();
			odi_date_id_format(&b, w == 1, again);
			if (strcmp(text, again) != 0)
				abort();
		}
	}
	free(input);
	return 0;
}
