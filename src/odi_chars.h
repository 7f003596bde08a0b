/*
 * odi_chars.h: ASCII character classes for the pure parsers, the same in
 * every locale (<ctype.h> is not).
 */
#ifndef ODI_CHARS_H
#define ODI_CHARS_H

#include <stdbool.h>
#include <stddef.h>

static inline bool
odi_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* a space or a tab */
static inline bool
odi_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static inline bool
odi_is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
odi_is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
odi_is_letter(char c)
{
	return odi_is_lower(c) || odi_is_upper(c);
}

static inline char
odi_lower(char c)
{
	return odi_is_upper(c) ? (char) (c - 'A' + 'a') : c;
}

static inline bool
odi_is_alnum(char c)
{
	return odi_is_digit(c) || odi_is_letter(c);
}

static inline bool
odi_is_hex(char c)
{
	return odi_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline char
odi_ascii_upper(char c)
{
	return odi_is_lower(c) ? (char) (c - 'a' + 'A') : c;
}

/* p[0..len) equals word, ignoring ASCII case; word is in upper case. */
static inline bool
odi_word_is(const char *p, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (word[i] == '\0' || odi_ascii_upper(p[i]) != word[i])
			return false;
	return word[len] == '\0';
}

#endif
