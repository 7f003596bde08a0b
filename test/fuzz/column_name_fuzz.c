/*
 * libFuzzer harness for column names: every name conforms to G3-NAME and is
 * its own name.  "|" splits the input into a header path as well.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "column_name_parse.h"

static void
check_name(const char *name)
{
	char		again[ODI_COLUMN_NAME_MAX + 1];

	if (!odi_column_name_is_conforming(name) ||
		!odi_column_name(name, again, NULL) || strcmp(name, again) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *input = malloc(size + 1);
	const char *parts[16];
	int			n = 0;
	char		name[ODI_COLUMN_NAME_MAX + 1];
	odi_error	err;
	char		detail[256];

	memcpy(input, data, size);
	input[size] = '\0';
	if (odi_column_name(input, name, &err))
		check_name(name);
	else
		odi_error_format(&err, detail, sizeof(detail));

	for (char *p = input; n < 16;)
	{
		char	   *bar = strchr(p, '|');

		parts[n++] = (*p == '\0') ? NULL : p;
		if (bar == NULL)
			break;
		*bar = '\0';
		p = bar + 1;
	}
	if (odi_column_name_path(parts, n, name, NULL))
		check_name(name);
	free(input);
	return 0;
}
