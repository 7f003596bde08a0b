/* odi_error.c: error records shared by the pure parsers. */
#include "odi_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

bool
odi_fail(odi_error *err, odi_error_kind kind, const char *hint,
		 const char *detail,...)
{
	va_list		ap;
	const char *p;
	int			i;

	if (err == NULL)
		return false;
	err->kind = kind;
	err->hint = hint;
	err->detail = detail;
	for (i = 0; i < ODI_ERROR_NARGS; i++)
		err->arg[i][0] = '\0';
	/* read exactly as many arguments as the format has %s conversions */
	va_start(ap, detail);
	for (p = strstr(detail, "%s"), i = 0; p != NULL && i < ODI_ERROR_NARGS;
		 p = strstr(p + 2, "%s"), i++)
		snprintf(err->arg[i], ODI_ERROR_ARGLEN, "%s", va_arg(ap, const char *));
	va_end(ap);
	return false;
}

bool
odi_fail_char(odi_error *err, const char *hint, const char *input,
			  const char *at)
{
	char		ch[8];
	char		pos[ODI_ITOA_LEN];
	long		chars = 1;
	const char *p;
	size_t		len = 1;

	if (err == NULL)
		return false;
	for (p = input; p < at; p++)
		if (((unsigned char) *p & 0xC0) != 0x80)
			chars++;
	if (*at == '\0')
		return odi_fail(err, ODI_ERR_SYNTAX, hint,
						odi_msg("the value ends too early, at position %s"),
						odi_itoa(pos, chars));
	/* show a whole UTF-8 character, not a byte of one */
	while (at[len] != '\0' && ((unsigned char) at[len] & 0xC0) == 0x80 && len < 4)
		len++;
	memcpy(ch, at, len);
	ch[len] = '\0';
	return odi_fail(err, ODI_ERR_SYNTAX, hint,
					odi_msg("unexpected character \"%s\" at position %s"),
					ch, odi_itoa(pos, chars));
}

void
odi_error_format(const odi_error *err, char *buf, size_t size)
{
	snprintf(buf, size, err->detail, ODI_ERROR_ARGS(err));
}

const char *
odi_itoa(char *buf, long value)
{
	snprintf(buf, ODI_ITOA_LEN, "%ld", value);
	return buf;
}
