/* column_name_parse.c: header text to conforming column names (G3-NAME). */
#include "column_name_parse.h"

#include <string.h>

#include "odi_chars.h"

#define HINT_NAME odi_msg("G3-NAME: a column name is lower-case words joined by \"_\", e.g. papan_tulis.")

/* room for a name before it is cut to ODI_COLUMN_NAME_MAX */
#define WORK_LEN 192

/*
 * ASCII letters for U+00C0..U+00FF and U+0100..U+017F; "_" is not a letter,
 * an upper-case letter stands for two letters (see pair()).
 */
static const char latin1[] =
"aaaaaaAceeeeiiiidnooooo_ouuuuyTS"
"aaaaaaAceeeeiiiidnooooo_ouuuuyTy";
static const char latin_ext_a[] =
"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiJJjjkkkllllllllll"
"nnnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

static const char *
pair(char c)
{
	switch (c)
	{
		case 'A':
			return "ae";
		case 'J':
			return "ij";
		case 'O':
			return "oe";
		case 'S':
			return "ss";
		default:
			return "th";
	}
}

typedef char odi_latin1_size[sizeof(latin1) == 64 + 1 ? 1 : -1];
typedef char odi_latin_ext_a_size[sizeof(latin_ext_a) == 128 + 1 ? 1 : -1];

/* Decodes one UTF-8 character; an invalid byte reads as U+FFFD, one byte. */
static unsigned int
next_char(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned int cp;
	int			n;

	if (s[0] < 0x80)
	{
		*p = s + 1;
		return s[0];
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 1, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 2, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 3, cp = s[0] & 0x07;
	else
	{
		*p = s + 1;
		return 0xFFFD;
	}
	for (int i = 1; i <= n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*p = s + 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	*p = s + n + 1;
	return cp;
}

/*
 * What a character contributes: letters or digits (into piece), "" for a
 * character that is dropped, NULL for a word separator.  *word is set for a
 * symbol read as a word of its own.
 */
static const char *
fold_char(unsigned int cp, char piece[3], bool *word)
{
	char		c = 0;

	*word = false;
	piece[1] = '\0';
	if (cp < 0x80)
	{
		if (odi_is_alnum((char) cp))
			c = odi_lower((char) cp);
		else if (cp == '\'')
			return "";
		else if (cp == '%' || cp == '&')
		{
			*word = true;
			return cp == '%' ? "persen" : "dan";
		}
	}
	else if (cp == 0x2019 || cp == 0x02BC)	/* ’ and ʼ: apostrophes */
		return "";
	else if (cp >= 0xC0 && cp <= 0x17F)
	{
		c = cp <= 0xFF ? latin1[cp - 0xC0] : latin_ext_a[cp - 0x100];
		if (odi_is_upper(c))
			return pair(c);
	}
	if (c == 0 || c == '_')
		return NULL;
	piece[0] = c;
	return piece;
}

/*
 * Writes the words of text into buf (WORK_LEN + 1 bytes), joined by "_";
 * returns false if text has no letter or digit.
 */
static bool
fold_words(const char *text, char *buf, size_t *len)
{
	const unsigned char *p = (const unsigned char *) text;
	bool		sep = false;

	*len = 0;
	while (*p != '\0')
	{
		char		piece[3];
		bool		word;
		const char *s = fold_char(next_char(&p), piece, &word);
		size_t		n;

		if (s == NULL)
		{
			sep = true;
			continue;
		}
		n = strlen(s);
		if (n == 0)
			continue;
		if (*len + n + 1 > WORK_LEN)
			break;
		if ((sep || word) && *len > 0)
			buf[(*len)++] = '_';
		memcpy(buf + *len, s, n);
		*len += n;
		sep = word;
	}
	buf[*len] = '\0';
	return *len > 0;
}

/* Adds the digit prefix where needed and cuts to ODI_COLUMN_NAME_MAX. */
static void
finish(const char *work, size_t len, char *out)
{
	size_t		prefix = 0;

	if (odi_is_digit(work[0]))
	{
		prefix = strlen(ODI_COLUMN_NAME_DIGIT_PREFIX);
		memcpy(out, ODI_COLUMN_NAME_DIGIT_PREFIX, prefix);
	}
	if (prefix + len > ODI_COLUMN_NAME_MAX)
		len = ODI_COLUMN_NAME_MAX - prefix;
	memcpy(out + prefix, work, len);
	len += prefix;
	while (len > 0 && out[len - 1] == '_')
		len--;
	out[len] = '\0';
}

bool
odi_column_name(const char *header, char *out, odi_error *err)
{
	char		work[WORK_LEN + 1];
	size_t		len;

	if (!fold_words(header, work, &len))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NAME,
						odi_msg("the header has no letter or digit to make a column name from"));
	finish(work, len, out);
	return true;
}

bool
odi_column_name_path(const char *const *parts, int nparts, char *out,
					 odi_error *err)
{
	char		work[WORK_LEN + 1];
	char		prev[WORK_LEN + 1] = "";
	size_t		len = 0;

	for (int i = 0; i < nparts && len < WORK_LEN; i++)
	{
		char		part[WORK_LEN + 1];
		size_t		plen;

		if (parts[i] == NULL || !fold_words(parts[i], part, &plen))
			continue;
		if (strcmp(part, prev) == 0)
			continue;
		memcpy(prev, part, plen + 1);
		if (len > 0)
			work[len++] = '_';
		if (len + plen > WORK_LEN)
			plen = WORK_LEN - len;
		memcpy(work + len, part, plen);
		len += plen;
	}
	work[len] = '\0';
	if (len == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NAME,
						odi_msg("no part of the header path has a letter or digit to make a column name from"));
	finish(work, len, out);
	return true;
}

bool
odi_column_name_is_conforming(const char *name)
{
	size_t		len = strlen(name);

	if (len == 0 || len > ODI_COLUMN_NAME_MAX || !odi_is_lower(name[0]) ||
		name[len - 1] == '_')
		return false;
	for (size_t i = 1; i < len; i++)
	{
		char		c = name[i];

		if (c == '_' && name[i - 1] == '_')
			return false;
		if (!(odi_is_lower(c) || odi_is_digit(c) || c == '_'))
			return false;
	}
	return true;
}
