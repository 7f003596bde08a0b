/*
 * odi_phone_cli: the pure telephone parser over stdin, one input a line.
 * Prints "valid<TAB>e164<TAB>kind<TAB>normalized e164<TAB>error detail" for
 * each line, where valid is 1 when the type's input function accepts the text.
 */
#include <stdio.h>
#include <string.h>

#include "phone_parse.h"

static const char *const kind_names[] = {
	[ODI_PHONE_FIXED] = "fixed",
	[ODI_PHONE_MOBILE] = "mobile",
	[ODI_PHONE_TOLL_FREE] = "toll_free",
	[ODI_PHONE_PREMIUM] = "premium",
	[ODI_PHONE_SHARED_COST] = "shared_cost",
	[ODI_PHONE_SHORT] = "short",
	[ODI_PHONE_UAN] = "uan",
	[ODI_PHONE_FOREIGN] = "foreign",
};

int
main(void)
{
	char		line[4096];

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
			kind = kind_names[phone.kind];
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
