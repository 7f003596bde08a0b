/*
 * unit.h: a tiny TAP-style harness for the pure parsers.  Each check prints
 * "ok - name" or "not ok - name"; test/run-tests counts them.
 */
#ifndef ODI_UNIT_H
#define ODI_UNIT_H

#include <stdbool.h>
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

/*
 * Reads a TSV file whose first line is a header: calls row() with the fields
 * of every non-empty line, which must have exactly nfields.  Returns the
 * number of rows, -1 if the file cannot be read, -2 - k when row k (from 0)
 * has another number of fields or row() returns false.
 */
static inline int
unit_read_tsv(const char *path, int nfields, bool (*row) (char **f, void *arg),
			  void *arg)
{
	FILE	   *file = fopen(path, "r");
	char		line[8192];
	char	   *f[32];
	int			rows = 0;

	if (file == NULL || nfields > 32)
		return -1;
	if (fgets(line, sizeof(line), file) == NULL)
	{
		fclose(file);
		return -1;
	}
	while (fgets(line, sizeof(line), file))
	{
		char	   *p = line;
		int			n = 0;

		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '\0')
			continue;
		while (n < nfields)
		{
			f[n++] = p;
			p = strchr(p, '\t');
			if (p == NULL)
				break;
			*p++ = '\0';
		}
		if (n != nfields || p != NULL || !row(f, arg))
		{
			fclose(file);
			return -2 - rows;
		}
		rows++;
	}
	fclose(file);
	return rows;
}

static inline int
unit_done(void)
{
	return unit_failures == 0 ? 0 : 1;
}

#endif
