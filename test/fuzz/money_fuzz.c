/* libFuzzer harness for the money parser: parse -> format -> parse is stable. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "money_parse.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	odi_money	a,
				b;
	odi_error	err;
	char		text[ODI_MONEY_TEXT_LEN];
	char		again[ODI_MONEY_TEXT_LEN];
	char		amount[ODI_MONEY_TEXT_LEN];
	char		detail[256];

	memcpy(input, data, size);
	input[size] = '\0';
	if (!odi_money_parse(input, &a, &err))
		odi_error_format(&err, detail, sizeof(detail));
	else
	{
		odi_money_amount(&a, amount);
		odi_money_format(&a, text);
		if (!odi_money_parse(text, &b, NULL) || memcmp(&a, &b, sizeof(a)) != 0)
			abort();
		odi_money_format(&b, again);
		if (strcmp(text, again) != 0)
			abort();
		/* the amount alone reads back too (with no currency, or none needed) */
		if (a.currency[0] == '\0' &&
			(!odi_money_parse(amount, &b, NULL) || memcmp(&a, &b, sizeof(a)) != 0))
			abort();
	}
	free(input);
	return 0;
}
