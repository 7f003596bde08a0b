/* error_test.c: the shared error records (src/odi_error.c). */
#include <stdlib.h>

#include "odi_error.h"
#include "unit.h"

static void
char_error(const char *input, size_t offset, const char *want)
{
	/* a heap copy, so ASan sees a read past the terminating NUL */
	size_t		len = strlen(input) + 1;
	char	   *copy = malloc(len);
	odi_error	err;
	char		detail[128];

	memcpy(copy, input, len);
	odi_fail_char(&err, NULL, copy, copy + offset);
	odi_error_format(&err, detail, sizeof(detail));
	unit_check_str(detail, want, want);
	free(copy);
}

int
main(void)
{
	char_error("021x", 3, "unexpected character \"x\" at position 4");
	char_error("Jl. Pati\xC3\xB7", 8, "unexpected character \"\xC3\xB7\" at position 9");
	char_error("\xC3\xA9x", 2, "unexpected character \"x\" at position 2");
	char_error("021-", 4, "the value ends too early, at position 5");
	char_error("", 0, "the value ends too early, at position 1");
	unit_check(!odi_fail_char(NULL, NULL, "x", "x"), "no record wanted: still false", NULL);
	return unit_done();
}
