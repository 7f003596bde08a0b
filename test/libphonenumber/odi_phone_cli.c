/*
 * odi_phone_cli: the pure telephone parser over stdin, one input a line.
 * Prints "valid<TAB>e164<TAB>kind<TAB>normalized e164<TAB>error detail" for
 * each line, where valid is 1 when the type's input function accepts the text.
 * With --time: parses every line 20 times and prints the CPU time per value
 * in nanoseconds instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "phone_parse.h"


static int
time_parser(void)
{
	size_t		cap = 1 << 16;
	size_t		n = 0;
	char	  **lines = malloc(cap * sizeof(char *));
	char		line[4096];
	clock_t		start;
	long		valid = 0;
	int			round;
	size_t		i;

	while (fgets(line, sizeof(line), stdin) != NULL)
	{
		line[strcspn(line, "\n")] = '\0';
		if (n == cap)
			lines = realloc(lines, (cap *= 2) * sizeof(char *));
		lines[n] = malloc(strlen(line) + 1);
		strcpy(lines[n++], line);
	}
	start = clock();
	for (round = 0; round < 20; round++)
		for (i = 0; i < n; i++)
		{
			odi_phone	phone;

			valid += odi_phone_parse(lines[i], &phone, NULL);
		}
	printf("%.1f\n", n == 0 ? 0.0 :
		   (double) (clock() - start) / CLOCKS_PER_SEC * 1e9 / (20.0 * n));
	return valid >= 0 ? 0 : 1;
}

int
main(int argc, char **argv)
{
	char		line[4096];

	if (argc > 1 && strcmp(argv[1], "--time") == 0)
		return time_parser();

	while (fgets(line, sizeof(line), stdin) != NULL)
	{
		odi_phone	phone;
		char		e164[ODI_PHONE_TEXT_LEN] = "";
		char		normalized[ODI_PHONE_TEXT_LEN] = "";
		char		detail[512] = "";
		const char *kind = "";
		bool		valid;
		odi_error	err;

		line[strcspn(line, "\n")] = '\0';
		valid = odi_phone_parse(line, &phone, &err);
		if (valid)
		{
			odi_phone_format(&phone, ODI_PHONE_E164, e164);
			kind = odi_phone_kind_name(phone.kind);
		}
		else
			odi_error_format(&err, detail, sizeof(detail));
		if (odi_phone_normalize(line, &phone))
			odi_phone_format(&phone, ODI_PHONE_E164, normalized);
		printf("%d\t%s\t%s\t%s\t%s\n", valid ? 1 : 0, e164, kind, normalized,
			   detail);
	}
	return 0;
}
