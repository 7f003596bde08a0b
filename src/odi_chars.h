/*
 * odi_chars.h: ASCII character classes for the pure parsers, the same in
 * every locale (<ctype.h> is not).
 */
#ifndef ODI_CHARS_H
#define ODI_CHARS_H

#include <stdbool.h>

static inline bool
odi_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
odi_is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline char
odi_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

#endif
