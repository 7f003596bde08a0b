/*
 * unit.h: a tiny TAP-style harness for the pure parsers.  Each check prints
 * "ok - name" or "not ok - name"; test/run-tests counts them.
 */
#ifndef ODI_UNIT_H
#define ODI_UNIT_H

#include <stdio.h>
#include <string.h>

static int	unit_failures;

static inline void
unit_check(int passed, const char *name, const char *got)
{
	if (passed)
		printf("ok - %s\n", name);
	else
	{
		printf("not ok - %s (got: %s)\n", name, got ? got : "");
		unit_failures++;
	}
}

static inline void
unit_check_str(const char *got, const char *want, const char *name)
{
	unit_check(strcmp(got, want) == 0, name, got);
}

/* prefix followed by spaces up to len bytes, NUL-terminated; buf holds len + 1 */
static inline char *
unit_padded(char *buf, const char *prefix, size_t len)
{
	size_t		n = strlen(prefix);

	memcpy(buf, prefix, n);
	memset(buf + n, ' ', len - n);
	buf[len] = '\0';
	return buf;
}

static inline int
unit_done(void)
{
	return unit_failures == 0 ? 0 : 1;
}

#endif
