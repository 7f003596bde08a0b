/*
 * address_parse.c: Indonesian addresses per guideline 4.5.
 *
 * Stored form (after the varlena header): version byte, province code, RT
 * and RW (2 bytes each, big-endian, 0 when absent), postal code (3 bytes,
 * big-endian), then city, kelurahan, street, number, kecamatan and complex
 * as NUL-terminated strings (the optional ones empty when absent).
 */
#include "address_parse.h"

#include <stdio.h>
#include <string.h>

#include "odi_chars.h"

#define HINT_FORMAT odi_msg("G4.5-ADDR-1: write \"[complex, ]street No. number[ RTxx/RWyy], kelurahan/desa[, kecamatan], city postal code[, province]\", e.g. \"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310\".")
#define HINT_MANDATORY odi_msg("G4.5-ADDR-2: street, building number, kelurahan/desa, city and postal code are mandatory, e.g. \"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310\".")
#define HINT_NUMBER odi_msg("G4.5-ADDR-3: \"No.\" or \"Nomor\" separates the street name from the building number; without it a trailing number belongs to the street name (\"Jl. Dukuh 3\" is not \"Jl. Dukuh No. 3\").")
#define HINT_POSTAL odi_msg("G4.5-ADDR-4: the city and its postal code are separated by one space; a postal code has exactly 5 digits and does not start with 0.")
#define HINT_PROVINCE odi_msg("G4.5-ADDR-2: the optional province after the postal code is one of the 38 provinces (\"DKI Jakarta\", \"Jawa Barat\", \"Jabar\", \"DIY\", ...); postal codes start with 1 in Jakarta and surroundings, 2-3 in Sumatra, 4 in Jawa Barat and Banten, 5 in Jawa Tengah and DIY, 6 in Jawa Timur, 7 in Kalimantan, 8 in Bali and Nusa Tenggara, 9 in Sulawesi, Maluku and Papua.")

#define MAX_SEGS 6
#define MAX_WORDS 64
#define MAX_RT 999

typedef struct seg
{
	const char *p;
	int			len;
} seg;

/*
 * Provinces by Kemendagri code; digits: the first digits of their postal
 * codes; aliases: other spellings as letters only, lower case, "|"-separated.
 */
static const struct province
{
	int			code;
	const char *name;
	const char *digits;
	const char *aliases;
}			provinces[] = {
	{11, "Aceh", "2", "nanggroeacehdarussalam|nad|diaceh|daerahistimewaaceh"},
	{12, "Sumatera Utara", "2", "sumut|sumatrautara"},
	{13, "Sumatera Barat", "2", "sumbar|sumatrabarat"},
	{14, "Riau", "2", ""},
	{15, "Jambi", "3", ""},
	{16, "Sumatera Selatan", "3", "sumsel|sumatraselatan"},
	{17, "Bengkulu", "3", ""},
	{18, "Lampung", "3", ""},
	{19, "Kepulauan Bangka Belitung", "3", "babel|bangkabelitung|kepbangkabelitung"},
	{21, "Kepulauan Riau", "2", "kepri|kepriau"},
	{31, "DKI Jakarta", "1", "jakarta|dki|daerahkhususibukotajakarta|daerahkhususjakarta"},
	{32, "Jawa Barat", "14", "jabar"},
	{33, "Jawa Tengah", "5", "jateng"},
	{34, "DI Yogyakarta", "5", "diy|yogyakarta|daerahistimewayogyakarta|jogja|jogjakarta"},
	{35, "Jawa Timur", "6", "jatim"},
	{36, "Banten", "14", ""},
	{51, "Bali", "8", ""},
	{52, "Nusa Tenggara Barat", "8", "ntb"},
	{53, "Nusa Tenggara Timur", "8", "ntt"},
	{61, "Kalimantan Barat", "7", "kalbar"},
	{62, "Kalimantan Tengah", "7", "kalteng"},
	{63, "Kalimantan Selatan", "7", "kalsel"},
	{64, "Kalimantan Timur", "7", "kaltim"},
	{65, "Kalimantan Utara", "7", "kaltara"},
	{71, "Sulawesi Utara", "9", "sulut"},
	{72, "Sulawesi Tengah", "9", "sulteng"},
	{73, "Sulawesi Selatan", "9", "sulsel"},
	{74, "Sulawesi Tenggara", "9", "sultra"},
	{75, "Gorontalo", "9", ""},
	{76, "Sulawesi Barat", "9", "sulbar"},
	{81, "Maluku", "9", ""},
	{82, "Maluku Utara", "9", "malut"},
	{91, "Papua", "9", ""},
	{92, "Papua Barat", "9", "pabar"},
	{93, "Papua Selatan", "9", ""},
	{94, "Papua Tengah", "9", ""},
	{95, "Papua Pegunungan", "9", ""},
	{96, "Papua Barat Daya", "9", ""},
};

#define NPROVINCES ((int) (sizeof(provinces) / sizeof(provinces[0])))

/* a letter of any script: ASCII letters and every non-ASCII byte */
static bool
is_script_letter(char c)
{
	return odi_is_letter(c) || (unsigned char) c >= 0x80;
}

static bool
is_name_char(char c)
{
	switch (c)
	{
		case ' ':
		case '.':
		case '\'':
		case '-':
		case '/':
		case '(':
		case ')':
		case '&':
			return true;
		default:
			return is_script_letter(c) || odi_is_digit(c);
	}
}

static bool
word_is(const char *p, int len, const char *word)
{
	return (int) strlen(word) == len && memcmp(p, word, len) == 0;
}

static bool
word_is_ci(const char *p, int len, const char *word)
{
	int			i;

	if ((int) strlen(word) != len)
		return false;
	for (i = 0; i < len; i++)
		if (odi_lower(p[i]) != word[i])
			return false;
	return true;
}

/* 1-based character position of at in input, as text */
static const char *
char_pos(char *buf, const char *input, const char *at)
{
	long		chars = 1;
	const char *p;

	for (p = input; p < at; p++)
		if (((unsigned char) *p & 0xC0) != 0x80)
			chars++;
	return odi_itoa(buf, chars);
}

/* Copies a piece of input for an error message, cut at a character boundary. */
static const char *
quote(char *buf, const char *p, int len)
{
	int			max = ODI_ERROR_ARGLEN - 4;

	if (len > max)
	{
		len = max;
		while (len > 0 && ((unsigned char) p[len] & 0xC0) == 0x80)
			len--;
		memcpy(buf, p, len);
		memcpy(buf + len, "...", 4);
		return buf;
	}
	memcpy(buf, p, len);
	buf[len] = '\0';
	return buf;
}

/* Appends p[0..len) to *work, NUL-terminated; *work points at the NUL. */
static void
append(char **work, const char *p, int len)
{
	memcpy(*work, p, len);
	*work += len;
	**work = '\0';
}

static char *
copy_out(char **work, const char *p, int len)
{
	char	   *s = *work;

	memcpy(s, p, len);
	s[len] = '\0';
	*work += len + 1;
	return s;
}

/* name's letters, in lower case, are key */
static bool
letters_equal(const char *name, const char *key)
{
	for (; *name; name++)
		if (odi_is_letter(*name) && odi_lower(*name) != *key++)
			return false;
	return *key == '\0';
}

static int
province_index(const char *p, int len)
{
	char		key[64];
	int			n = 0;
	int			i;

	for (i = 0; i < len; i++)
	{
		if (odi_is_letter(p[i]))
		{
			if (n == (int) sizeof(key) - 1)
				return -1;
			key[n++] = odi_lower(p[i]);
		}
		else if (strchr(" .-'", p[i]) == NULL)
			return -1;
	}
	key[n] = '\0';
	if (n == 0)
		return -1;
	for (i = 0; i < NPROVINCES; i++)
	{
		const char *a;

		if (letters_equal(provinces[i].name, key))
			return i;
		for (a = provinces[i].aliases; *a;)
		{
			const char *bar = strchr(a, '|');
			int			alen = bar ? (int) (bar - a) : (int) strlen(a);

			if (alen == n && memcmp(a, key, n) == 0)
				return i;
			a += alen + (bar ? 1 : 0);
		}
	}
	return -1;
}

static int
province_by_code(int code)
{
	int			i;

	for (i = 0; i < NPROVINCES; i++)
		if (provinces[i].code == code)
			return i;
	return -1;
}

const char *
odi_address_province_name(int code)
{
	int			i = province_by_code(code);

	return i < 0 ? NULL : provinces[i].name;
}

size_t
odi_address_work_size(const char *input)
{
	return 8 * strlen(input) + 512;
}

/*
 * Checks characters and spacing and splits the input at ", ".  Leading and
 * trailing spaces are ignored.
 */
static bool
split_segments(const char *input, seg *segs, int *nsegs, odi_error *err)
{
	const char *p = input;
	const char *end = input + strlen(input);
	const char *start;
	const char *q;
	char		pos[ODI_ITOA_LEN];
	char		count[ODI_ITOA_LEN];
	int			n = 0;

	while (p < end && *p == ' ')
		p++;
	while (end > p && end[-1] == ' ')
		end--;
	if (p == end)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MANDATORY,
						odi_msg("the value is empty"));
	for (start = q = p;; q++)
	{
		if (q == end || *q == ',')
		{
			if (q == start)
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
								odi_msg("an empty part before the comma at position %s"),
								char_pos(pos, input, q));
			if (n < MAX_SEGS)
			{
				segs[n].p = start;
				segs[n].len = (int) (q - start);
			}
			n++;
			if (q == end)
				break;
			if (q + 1 == end)
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
								odi_msg("the address ends with a comma"));
			if (q[1] != ' ')
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
								odi_msg("the comma at position %s must be followed by one space"),
								char_pos(pos, input, q));
			q++;
			start = q + 1;
			if (*start == ' ')
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
								odi_msg("two spaces in a row at position %s"),
								char_pos(pos, input, q));
			continue;
		}
		if (*q == ' ' && (q[1] == ' ' || q[1] == ','))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
							q[1] == ' ' ? odi_msg("two spaces in a row at position %s")
							: odi_msg("a space before the comma at position %s"),
							char_pos(pos, input, q));
		if (!is_name_char(*q))
			return odi_fail_char(err, HINT_FORMAT, input, q);
	}
	if (n > MAX_SEGS)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("too many parts separated by commas (%s; at most 6: complex, street, kelurahan/desa, kecamatan, city and postal code, province)"),
						odi_itoa(count, n));
	*nsegs = n;
	return true;
}

/* The words of a segment (separated by single spaces). */
static int
split_words(seg s, seg *words, int max)
{
	int			n = 0;
	int			i = 0;

	while (i < s.len)
	{
		int			j = i;

		while (j < s.len && s.p[j] != ' ')
			j++;
		if (n < max)
		{
			words[n].p = s.p + i;
			words[n].len = j - i;
		}
		n++;
		i = j + 1;
	}
	return n;
}

static bool
is_no_word(seg w)
{
	return word_is(w.p, w.len, "No.") || word_is(w.p, w.len, "Nomor");
}

static bool
is_marker_word(seg w)
{
	return is_no_word(w) || word_is(w.p, w.len, "Kav.");
}

static bool
has_marker(seg s)
{
	seg			words[MAX_WORDS];
	int			n = split_words(s, words, MAX_WORDS);
	int			i;

	for (i = 0; i < n && i < MAX_WORDS; i++)
		if (is_marker_word(words[i]))
			return true;
	return false;
}

static bool
all_digits(const char *p, int len)
{
	int			i;

	if (len == 0)
		return false;
	for (i = 0; i < len; i++)
		if (!odi_is_digit(p[i]))
			return false;
	return true;
}

static bool
has_letter(const char *p, int len)
{
	int			i;

	for (i = 0; i < len; i++)
		if (is_script_letter(p[i]))
			return true;
	return false;
}

/*
 * A name must have a letter.  detail names the part in its own words
 * ("the city \"%s\" has no letter"), so that a translation has every word.
 */
static bool
check_name(const char *detail, seg s, odi_error *err)
{
	char		q[ODI_ERROR_ARGLEN];

	if (!has_letter(s.p, s.len))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT, detail,
						quote(q, s.p, s.len));
	return true;
}

/* a building number: a letter or digit, then letters, digits, "-", "/", "." */
static bool
check_number_word(seg w, bool need_digit, odi_error *err)
{
	char		q[ODI_ERROR_ARGLEN];
	bool		digit = false;
	int			i;

	for (i = 0; i < w.len; i++)
	{
		char		c = w.p[i];

		if (odi_is_digit(c))
			digit = true;
		else if (!odi_is_letter(c) && (i == 0 || strchr("-/.", c) == NULL))
			break;
	}
	if (i < w.len || (need_digit && !digit))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUMBER,
						odi_msg("\"%s\" is not a building number: write digits, optionally with letters, \"-\" or \"/\" (12, 12A, 5-7)"),
						quote(q, w.p, w.len));
	return true;
}

static bool
is_street_word(seg w)
{
	static const char *const words[] = {"jl.", "jl", "jln.", "jln", "jalan", "gg.", "gang"};
	size_t		i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (word_is_ci(w.p, w.len, words[i]))
			return true;
	return false;
}

/* "RT02/RW11": 1 to 3 digits each, not zero */
static bool
parse_rtrw_word(seg w, int *rt, int *rw)
{
	int			i = 2;
	int			v[2] = {0, 0};
	int			k;

	if (w.len < 8 || memcmp(w.p, "RT", 2) != 0)
		return false;
	for (k = 0; k < 2; k++)
	{
		int			start = i;

		while (i < w.len && odi_is_digit(w.p[i]) && i - start < 3)
			v[k] = v[k] * 10 + (w.p[i++] - '0');
		if (i == start || v[k] == 0)
			return false;
		if (k == 0)
		{
			if (i + 3 > w.len || memcmp(w.p + i, "/RW", 3) != 0)
				return false;
			i += 3;
		}
	}
	if (i != w.len)
		return false;
	*rt = v[0];
	*rw = v[1];
	return true;
}

/*
 * The street segment: street [Blok B ](No. N | Kav. N[ No. N])[ RTxx/RWyy].
 * Writes street and number (with "Nomor" as "No.") into work.
 */
static bool
parse_street(seg s, char **work, odi_address *out, odi_error *err)
{
	seg			w[MAX_WORDS];
	int			n = split_words(s, w, MAX_WORDS);
	int			k;
	int			b;
	int			i;
	char		q[ODI_ERROR_ARGLEN];
	char		*num;

	if (n > MAX_WORDS)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("the street part has too many words"));
	for (k = 0; k < n && !is_marker_word(w[k]); k++)
		;
	b = k;
	/* "Blok C2 No. 5" is a number; "Jl. Blok M No. 3" a street named "Blok M" */
	if (k >= 3 && word_is(w[k - 2].p, w[k - 2].len, "Blok") &&
		!(k == 3 && is_street_word(w[0])))
		b = k - 2;
	if (b == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MANDATORY,
						odi_msg("the street name is missing before \"%s\""),
						quote(q, s.p, s.len));
	out->street = copy_out(work, s.p, (int) (w[b - 1].p + w[b - 1].len - s.p));
	if (!check_name(odi_msg("the street name \"%s\" has no letter"),
					(seg) {s.p, (int) (w[b - 1].p + w[b - 1].len - s.p)}, err))
		return false;

	num = *work;
	if (b < k)
	{
		if (!check_number_word(w[b + 1], false, err))
			return false;
		append(work, "Blok ", 5);
		append(work, w[b + 1].p, w[b + 1].len);
		append(work, " ", 1);
	}
	i = k;
	for (;;)
	{
		bool		kav = word_is(w[i].p, w[i].len, "Kav.");

		if (i + 1 >= n)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUMBER,
							odi_msg("the building number is missing after \"%s\""),
							quote(q, w[i].p, w[i].len));
		if (!check_number_word(w[i + 1], true, err))
			return false;
		if (kav)
			append(work, "Kav. ", 5);
		else if (*work != num)
			append(work, "No. ", 4);
		append(work, w[i + 1].p, w[i + 1].len);
		i += 2;
		/* "Kav. 3 No. 5": one "No." may follow a lot number */
		if (!(kav && i < n && is_no_word(w[i])))
			break;
		**work = ' ';
		(*work)++;
	}
	**work = '\0';
	(*work)++;
	out->number = num;

	if (i < n && parse_rtrw_word(w[i], &out->rt, &out->rw))
		i++;
	else if (i < n && w[i].len >= 2 && memcmp(w[i].p, "RT", 2) == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("\"%s\" is not an RT/RW: write it as \"RT02/RW11\""),
						quote(q, w[i].p, (int) (s.p + s.len - w[i].p)));
	if (i < n)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("unexpected \"%s\" after the building number: the street part is \"street No. number[ RTxx/RWyy]\""),
						quote(q, w[i].p, (int) (s.p + s.len - w[i].p)));
	return true;
}

/* No segment holds "No.": explain, quoting the part that looks like the street. */
static bool
fail_no_number(const seg *segs, int n, odi_error *err)
{
	seg			w[MAX_WORDS];
	seg			s = segs[0];
	int			i;
	int			nw;
	char		q1[ODI_ERROR_ARGLEN];
	char		q2[ODI_ERROR_ARGLEN];
	char		q3[ODI_ERROR_ARGLEN];

	for (i = 0; i < n; i++)
		if (split_words(segs[i], w, 1) > 0 && is_street_word(w[0]))
		{
			s = segs[i];
			break;
		}
	nw = split_words(s, w, MAX_WORDS);
	if (nw >= 2 && nw <= MAX_WORDS && all_digits(w[nw - 1].p, w[nw - 1].len))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUMBER,
						odi_msg("there is no building number: \"%s\" is read as a street name; a building number follows \"No.\", as in \"%s No. %s\""),
						quote(q1, s.p, s.len),
						quote(q2, s.p, (int) (w[nw - 2].p + w[nw - 2].len - s.p)),
						quote(q3, w[nw - 1].p, w[nw - 1].len));
	return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUMBER,
					odi_msg("there is no building number: write \"No.\" and the number after the street name, as in \"%s No. 1\""),
					quote(q1, s.p, s.len));
}

/* number of ASCII digits at the end of s */
static int
trailing_digits(seg s)
{
	int			d = 0;

	while (d < s.len && odi_is_digit(s.p[s.len - 1 - d]))
		d++;
	return d;
}

/* "city 12345": the city, the postal code and their separation */
static bool
parse_city(seg s, const seg *prev, bool prev_is_street, char **work,
		   odi_address *out, odi_error *err)
{
	int			d = trailing_digits(s);
	const char *code = s.p + s.len - d;
	char		q1[ODI_ERROR_ARGLEN];
	char		q2[ODI_ERROR_ARGLEN];
	char		nd[ODI_ITOA_LEN];
	seg			city;
	int			i;

	if (d == s.len)
	{
		if (prev_is_street)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_MANDATORY,
							odi_msg("the kelurahan/desa and the city are missing before the postal code \"%s\""),
							quote(q1, code, d));
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_POSTAL,
						odi_msg("the postal code \"%s\" stands alone after a comma; write it after the city with one space: \"%s %s\""),
						quote(q1, code, d), quote(q2, prev->p, prev->len), q1);
	}
	if (code[-1] != ' ')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_POSTAL,
						odi_msg("the postal code \"%s\" must be separated from the city by one space"),
						quote(q1, code, d));
	if (d != 5)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_POSTAL,
						odi_msg("the postal code \"%s\" has %s digits; an Indonesian postal code has 5"),
						quote(q1, code, d), odi_itoa(nd, d));
	if (code[0] == '0')
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_POSTAL,
						odi_msg("the postal code \"%s\" starts with 0; Indonesian postal codes start with 1 to 9"),
						quote(q1, code, d));
	city.p = s.p;
	city.len = s.len - d - 1;
	if (!check_name(odi_msg("the city \"%s\" has no letter"), city, err))
		return false;
	out->city = copy_out(work, city.p, city.len);
	out->postal_code = 0;
	for (i = 0; i < 5; i++)
		out->postal_code = out->postal_code * 10 + (code[i] - '0');
	return true;
}

static bool
parse_province(seg s, odi_address *out, odi_error *err)
{
	int			i = province_index(s.p, s.len);
	char		q[ODI_ERROR_ARGLEN];
	char		code[ODI_ITOA_LEN];
	char		first[2] = {0, 0};
	char		second[2] = {0, 0};
	const char *dg;

	if (i < 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PROVINCE,
						odi_msg("\"%s\" after the postal code is not an Indonesian province"),
						quote(q, s.p, s.len));
	dg = provinces[i].digits;
	if (strchr(dg, '0' + out->postal_code / 10000) == NULL)
	{
		first[0] = dg[0];
		second[0] = dg[1];
		/* one whole message per case: "or" is translated with the rest */
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PROVINCE,
						dg[1] != '\0'
						? odi_msg("the postal code %s does not belong to the province %s: its postal codes start with %s or %s")
						: odi_msg("the postal code %s does not belong to the province %s: its postal codes start with %s"),
						odi_itoa(code, out->postal_code), provinces[i].name, first,
						second);
	}
	out->province = provinces[i].code;
	return true;
}

bool
odi_address_parse(const char *input, char *work, odi_address *out,
				  odi_error *err)
{
	seg			segs[MAX_SEGS];
	int			n = 0;
	int			street = -1;
	int			city = -1;
	int			i;
	char		count[ODI_ITOA_LEN];
	char		q[ODI_ERROR_ARGLEN];

	memset(out, 0, sizeof(*out));
	if (!split_segments(input, segs, &n, err))
		return false;
	for (i = 0; i < n && street < 0; i++)
		if (has_marker(segs[i]))
			street = i;
	if (street < 0)
		return fail_no_number(segs, n, err);
	if (!parse_street(segs[street], &work, out, err))
		return false;
	if (street > 1)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("only the complex name may come before the street; found %s parts before \"%s\""),
						odi_itoa(count, street), quote(q, segs[street].p, segs[street].len));
	if (street == 1)
	{
		if (!check_name(odi_msg("the complex name \"%s\" has no letter"), segs[0], err))
			return false;
		out->complex = copy_out(&work, segs[0].p, segs[0].len);
	}

	for (i = n - 1; i > street && city < 0; i--)
		if (trailing_digits(segs[i]) > 0)
			city = i;
	if (city < 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MANDATORY,
						odi_msg("the city and the postal code are missing: an address ends with the city and its postal code, as in \"Jakarta Pusat 10310\""));
	if (!parse_city(segs[city], &segs[city - 1], city - 1 == street, &work, out, err))
		return false;
	if (n - 1 - city > 1)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("only the province may follow the postal code; found %s parts after it"),
						odi_itoa(count, n - 1 - city));
	if (city - street - 1 == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MANDATORY,
						odi_msg("the kelurahan/desa is missing between the street and the city"));
	if (city - street - 1 > 2)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("too many parts between the street and the city (%s; at most 2: kelurahan/desa and kecamatan)"),
						odi_itoa(count, city - street - 1));
	if (!check_name(odi_msg("the kelurahan/desa \"%s\" has no letter"),
					segs[street + 1], err))
		return false;
	out->kelurahan = copy_out(&work, segs[street + 1].p, segs[street + 1].len);
	if (city - street - 1 == 2)
	{
		if (!check_name(odi_msg("the kecamatan \"%s\" has no letter"),
						segs[street + 2], err))
			return false;
		out->kecamatan = copy_out(&work, segs[street + 2].p, segs[street + 2].len);
	}
	if (city < n - 1 && !parse_province(segs[n - 1], out, err))
		return false;
	return true;
}

/* ---- output ---- */

typedef struct builder
{
	char	   *buf;			/* NULL: only count */
	size_t		len;
	size_t		cap;			/* with buf: bytes available */
	bool		overflow;
} builder;

static void
put(builder *b, const char *s, size_t len)
{
	if (b->buf)
	{
		if (b->len + len + 1 > b->cap)
		{
			b->overflow = true;
			return;
		}
		memcpy(b->buf + b->len, s, len);
		b->buf[b->len + len] = '\0';
	}
	b->len += len;
}

static void
puts_(builder *b, const char *s)
{
	put(b, s, strlen(s));
}

static bool
number_has_prefix(const char *number)
{
	return strncmp(number, "Blok ", 5) == 0 || strncmp(number, "Kav. ", 5) == 0;
}

static size_t
format_into(const odi_address *a, builder *b)
{
	char		tmp[32];

	if (a->complex)
	{
		puts_(b, a->complex);
		puts_(b, ", ");
	}
	puts_(b, a->street);
	puts_(b, number_has_prefix(a->number) ? " " : " No. ");
	puts_(b, a->number);
	if (a->rt > 0)
	{
		snprintf(tmp, sizeof(tmp), " RT%02d/RW%02d", a->rt, a->rw);
		puts_(b, tmp);
	}
	puts_(b, ", ");
	puts_(b, a->kelurahan);
	if (a->kecamatan)
	{
		puts_(b, ", ");
		puts_(b, a->kecamatan);
	}
	puts_(b, ", ");
	puts_(b, a->city);
	snprintf(tmp, sizeof(tmp), " %05d", a->postal_code);
	puts_(b, tmp);
	if (a->province)
	{
		const char *name = odi_address_province_name(a->province);

		puts_(b, ", ");
		puts_(b, name ? name : "?");
	}
	return b->len;
}

size_t
odi_address_text_len(const odi_address *addr)
{
	builder		b = {NULL, 0, 0, false};

	return format_into(addr, &b);
}

size_t
odi_address_format(const odi_address *addr, char *buf)
{
	builder		b = {buf, 0, (size_t) -1, false};

	buf[0] = '\0';
	return format_into(addr, &b);
}

/* ---- stored form ---- */

static const char *
opt(const char *s)
{
	return s ? s : "";
}

size_t
odi_address_encoded_size(const odi_address *a)
{
	return ODI_ADDRESS_FIXED_LEN + strlen(a->city) + strlen(a->kelurahan) +
		strlen(a->street) + strlen(a->number) + strlen(opt(a->kecamatan)) +
		strlen(opt(a->complex)) + 6;
}

void
odi_address_encode(const odi_address *a, uint8_t *buf)
{
	const char *strings[6];
	uint8_t    *p = buf + ODI_ADDRESS_FIXED_LEN;
	int			i;

	buf[0] = ODI_ADDRESS_VERSION;
	buf[1] = (uint8_t) a->province;
	buf[2] = (uint8_t) (a->rt >> 8);
	buf[3] = (uint8_t) a->rt;
	buf[4] = (uint8_t) (a->rw >> 8);
	buf[5] = (uint8_t) a->rw;
	buf[6] = (uint8_t) (a->postal_code >> 16);
	buf[7] = (uint8_t) (a->postal_code >> 8);
	buf[8] = (uint8_t) a->postal_code;
	strings[0] = a->city;
	strings[1] = a->kelurahan;
	strings[2] = a->street;
	strings[3] = a->number;
	strings[4] = opt(a->kecamatan);
	strings[5] = opt(a->complex);
	for (i = 0; i < 6; i++)
	{
		size_t		len = strlen(strings[i]);

		memcpy(p, strings[i], len + 1);
		p += len + 1;
	}
}

bool
odi_address_decode(const uint8_t *buf, size_t len, odi_address *out)
{
	const char *strings[6];
	size_t		off = ODI_ADDRESS_FIXED_LEN;
	int			i;

	memset(out, 0, sizeof(*out));
	if (len < ODI_ADDRESS_FIXED_LEN + 6 || buf[0] != ODI_ADDRESS_VERSION)
		return false;
	for (i = 0; i < 6; i++)
	{
		const uint8_t *nul = memchr(buf + off, '\0', len - off);

		if (nul == NULL)
			return false;
		strings[i] = (const char *) buf + off;
		off = (size_t) (nul - buf) + 1;
		if (i == 5 && off != len)
			return false;
	}
	out->province = buf[1];
	out->rt = (buf[2] << 8) | buf[3];
	out->rw = (buf[4] << 8) | buf[5];
	out->postal_code = (buf[6] << 16) | (buf[7] << 8) | buf[8];
	out->city = strings[0];
	out->kelurahan = strings[1];
	out->street = strings[2];
	out->number = strings[3];
	out->kecamatan = strings[4][0] ? strings[4] : NULL;
	out->complex = strings[5][0] ? strings[5] : NULL;
	if (out->province != 0 && province_by_code(out->province) < 0)
		return false;
	if ((out->rt == 0) != (out->rw == 0) || out->rt > MAX_RT || out->rw > MAX_RT)
		return false;
	if (out->postal_code < 10000 || out->postal_code > 99999)
		return false;
	return out->city[0] && out->kelurahan[0] && out->street[0] && out->number[0];
}

size_t
odi_address_canonical_work_size(size_t len)
{
	return 4 * len + 1024;
}

bool
odi_address_is_canonical(const uint8_t *buf, size_t len, char *work)
{
	odi_address decoded;
	odi_address parsed;
	char	   *text = work;
	char	   *parse_work;
	uint8_t    *again;
	size_t		text_len;

	if (!odi_address_decode(buf, len, &decoded))
		return false;
	text_len = odi_address_text_len(&decoded);
	if (text_len > len + 256)
		return false;
	odi_address_format(&decoded, text);
	parse_work = text + text_len + 1;
	if (!odi_address_parse(text, parse_work, &parsed, NULL))
		return false;
	if (odi_address_encoded_size(&parsed) != len)
		return false;
	again = (uint8_t *) parse_work + text_len + 64;
	odi_address_encode(&parsed, again);
	return memcmp(again, buf, len) == 0;
}

/* ---- ordering ---- */

int
odi_address_number_cmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *) a;
	const unsigned char *q = (const unsigned char *) b;

	while (*p && *q)
	{
		if (odi_is_digit((char) *p) && odi_is_digit((char) *q))
		{
			const unsigned char *ps;
			const unsigned char *qs;
			size_t		pl;
			size_t		ql;
			int			c;

			while (*p == '0')
				p++;
			while (*q == '0')
				q++;
			for (ps = p; odi_is_digit((char) *p); p++)
				;
			for (qs = q; odi_is_digit((char) *q); q++)
				;
			pl = (size_t) (p - ps);
			ql = (size_t) (q - qs);
			if (pl != ql)
				return pl < ql ? -1 : 1;
			c = memcmp(ps, qs, pl);
			if (c != 0)
				return c < 0 ? -1 : 1;
			continue;
		}
		if (*p != *q)
			return *p < *q ? -1 : 1;
		p++;
		q++;
	}
	if (*p || *q)
		return *p ? 1 : -1;
	/* "02" and "2": equal as numbers, ordered by their text */
	{
		int			c = strcmp(a, b);

		return c < 0 ? -1 : (c > 0 ? 1 : 0);
	}
}

static int
sign(int c)
{
	return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int
odi_address_cmp(const uint8_t *a, size_t alen, const uint8_t *b, size_t blen)
{
	odi_address x;
	odi_address y;
	int			c;

	if (odi_address_decode(a, alen, &x) && odi_address_decode(b, blen, &y))
	{
		if (x.postal_code != y.postal_code)
			return x.postal_code < y.postal_code ? -1 : 1;
		if ((c = strcmp(x.city, y.city)) != 0)
			return sign(c);
		if ((c = strcmp(x.kelurahan, y.kelurahan)) != 0)
			return sign(c);
		if ((c = strcmp(x.street, y.street)) != 0)
			return sign(c);
		if ((c = odi_address_number_cmp(x.number, y.number)) != 0)
			return c;
	}
	c = memcmp(a, b, alen < blen ? alen : blen);
	if (c != 0)
		return sign(c);
	return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

/* ---- the lenient reader ---- */

/*
 * Cities whose name, followed by a postal code in their range, tells where
 * a missing comma belongs ("Menteng Jakarta Pusat 10310").  prefix: the
 * first two digits of their postal codes.
 */
static const struct city
{
	const char *name;
	int			prefix;
}			known_cities[] = {
	{"jakarta pusat", 10}, {"jakarta barat", 11},
	{"jakarta selatan", 12}, {"jakarta timur", 13},
	{"jakarta utara", 14}, {"kepulauan seribu", 14},
	{"tangerang", 15}, {"tangerang selatan", 15},
	{"bogor", 16}, {"depok", 16}, {"bekasi", 17},
	{"medan", 20}, {"binjai", 20}, {"pematangsiantar", 21},
	{"banda aceh", 23}, {"lhokseumawe", 24}, {"padang", 25},
	{"bukittinggi", 26}, {"pekanbaru", 28}, {"dumai", 28},
	{"batam", 29}, {"tanjungpinang", 29}, {"palembang", 30},
	{"pangkalpinang", 33}, {"bandar lampung", 35},
	{"jambi", 36}, {"bengkulu", 38}, {"bandung", 40},
	{"cimahi", 40}, {"karawang", 41}, {"serang", 42},
	{"cilegon", 42}, {"sukabumi", 43}, {"garut", 44},
	{"cirebon", 45}, {"tasikmalaya", 46}, {"semarang", 50},
	{"pekalongan", 51}, {"tegal", 52}, {"yogyakarta", 55},
	{"sleman", 55}, {"bantul", 55}, {"magelang", 56},
	{"surakarta", 57}, {"surabaya", 60}, {"sidoarjo", 61},
	{"gresik", 61}, {"madiun", 63}, {"kediri", 64},
	{"malang", 65}, {"batu", 65}, {"jember", 68},
	{"banyuwangi", 68}, {"banjarmasin", 70},
	{"banjarbaru", 70}, {"palangka raya", 73},
	{"samarinda", 75}, {"balikpapan", 76}, {"tarakan", 77},
	{"pontianak", 78}, {"denpasar", 80}, {"badung", 80},
	{"mataram", 83}, {"kupang", 85}, {"makassar", 90},
	{"parepare", 91}, {"kendari", 93}, {"palu", 94},
	{"manado", 95}, {"bitung", 95}, {"gorontalo", 96},
	{"ambon", 97}, {"ternate", 97}, {"sorong", 98},
	{"manokwari", 98}, {"jayapura", 99}, {"merauke", 99},
};

static bool
word_in(seg w, const char *const *list, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (word_is_ci(w.p, w.len, list[i]))
			return true;
	return false;
}

#define WORD_IN(w, list) word_in(w, list, sizeof(list) / sizeof(list[0]))

static const char *const jl_words[] = {"jl", "jl.", "jln", "jln.", "jalan"};
static const char *const no_words[] = {"no", "no.", "no:", "no.:", "nomor", "nomer"};
static const char *const kav_words[] = {"kav", "kav.", "kavling"};
static const char *const blok_words[] = {"blok", "blk", "blk."};
static const char *const label_words[] = {
	"kel.", "kel", "kelurahan", "desa", "ds.", "kec.", "kec", "kecamatan",
	"prov.", "prov", "provinsi"
};
static const char *const region_words[] = {"kota", "kab.", "kab", "kabupaten"};

static bool
starts_ci(const char *p, int len, const char *prefix)
{
	int			n = (int) strlen(prefix);
	int			i;

	if (len < n)
		return false;
	for (i = 0; i < n; i++)
		if (odi_lower(p[i]) != prefix[i])
			return false;
	return true;
}

static const char *
skip_chars(const char *p, const char *end, const char *set)
{
	while (p < end && strchr(set, *p) != NULL)
		p++;
	return p;
}

static const char *
read_small(const char *p, const char *end, int *v)
{
	const char *start = p;

	*v = 0;
	while (p < end && odi_is_digit(*p) && p - start < 4)
		*v = *v * 10 + (*p++ - '0');
	return p == start || (p < end && odi_is_digit(*p)) ? NULL : p;
}

/* "RT 2 RW 11", "RT.002/RW.011", "rt 02 / rw 11", "RT/RW 002/011" */
static bool
read_rtrw(const char *p, const char *end, int *rt, int *rw)
{
	p += 2;
	if (end - p >= 3 && starts_ci(p, 3, "/rw"))
	{
		p = skip_chars(p + 3, end, ".: ");
		if ((p = read_small(p, end, rt)) == NULL)
			return false;
		p = skip_chars(p, end, " ");
		if (p == end || (*p != '/' && *p != '-'))
			return false;
		p = skip_chars(p + 1, end, " ");
	}
	else
	{
		p = skip_chars(p, end, ".: ");
		if ((p = read_small(p, end, rt)) == NULL)
			return false;
		p = skip_chars(p, end, " /-");
		if (end - p < 2 || !starts_ci(p, 2, "rw"))
			return false;
		p = skip_chars(p + 2, end, ".: ");
	}
	if ((p = read_small(p, end, rw)) == NULL)
		return false;
	return p == end && *rt >= 1 && *rt <= MAX_RT && *rw >= 1 && *rw <= MAX_RT;
}

static bool
has_digit(seg w)
{
	int			i;

	for (i = 0; i < w.len; i++)
		if (odi_is_digit(w.p[i]))
			return true;
	return false;
}

/* Collapses white space and commas: parts joined by ", ", single spaces. */
static void
clean_spacing(const char *input, builder *b)
{
	bool		space = false;
	bool		comma = false;
	const char *p;

	for (p = input; *p; p++)
	{
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			space = true;
		else if (*p == ',')
			comma = true;
		else
		{
			if (b->len > 0 && comma)
				puts_(b, ", ");
			else if (b->len > 0 && space)
				puts_(b, " ");
			space = comma = false;
			put(b, p, 1);
		}
	}
}

/* Rewrites one part; false when it cannot be read with confidence. */
static bool
rewrite_part(seg s, builder *b)
{
	seg			w[MAX_WORDS];
	int			nw = split_words(s, w, MAX_WORDS);
	size_t		sep = b->len;
	size_t		start;
	int			i = 0;
	int			rt;
	int			rw;
	bool		rtrw = false;

	if (nw > MAX_WORDS)
		return false;
	if (word_is_ci(s.p, s.len, "indonesia"))
		return true;
	if (b->len > 0)
		puts_(b, ", ");
	start = b->len;
	if (nw > 1 && WORD_IN(w[0], label_words))
		i = 1;
	for (; i < nw; i++)
	{
		seg			t = w[i];
		int			d = trailing_digits(t);

		if (b->len > start)
			puts_(b, " ");
		if (b->len == start && WORD_IN(t, jl_words))
			puts_(b, "Jl.");
		else if (b->len == start && (starts_ci(t.p, t.len, "jl.") || starts_ci(t.p, t.len, "jln.")) &&
				 odi_is_letter(t.p[t.len - 1]))
		{
			int			skip = odi_lower(t.p[2]) == 'n' ? 4 : 3;

			puts_(b, "Jl. ");
			put(b, t.p + skip, t.len - skip);
		}
		else if (starts_ci(t.p, t.len, "rt") &&
				 (t.len == 2 || strchr(".:/0123456789", t.p[2]) != NULL))
		{
			char		tmp[32];

			if (!read_rtrw(t.p, s.p + s.len, &rt, &rw))
				return false;
			snprintf(tmp, sizeof(tmp), "RT%02d/RW%02d", rt, rw);
			puts_(b, tmp);
			rtrw = b->len - start == strlen(tmp);
			break;
		}
		else if (WORD_IN(t, no_words) && i + 1 < nw && has_digit(w[i + 1]))
			puts_(b, "No.");
		else if (starts_ci(t.p, t.len, "no") && t.len > 2 &&
				 (odi_is_digit(t.p[2]) || (t.p[2] == '.' && t.len > 3 && odi_is_digit(t.p[3]))))
		{
			int			skip = t.p[2] == '.' ? 3 : 2;

			puts_(b, "No. ");
			put(b, t.p + skip, t.len - skip);
		}
		else if (WORD_IN(t, kav_words) && i + 1 < nw)
			puts_(b, "Kav.");
		else if (WORD_IN(t, blok_words) && i + 1 < nw)
			puts_(b, "Blok");
		else if (i == nw - 1 && d == 5 && t.len > 5 && is_script_letter(t.p[t.len - 6]))
		{
			/* "Tangerang15138" */
			put(b, t.p, t.len - 5);
			puts_(b, " ");
			put(b, t.p + t.len - 5, 5);
		}
		else
			put(b, t.p, t.len);
	}
	/* a part that is only RT/RW or only a postal code joins the one before */
	if (sep < start && b->buf &&
		(rtrw || (b->len - start == 5 && all_digits(b->buf + start, 5))))
	{
		b->buf[sep] = ' ';
		memmove(b->buf + sep + 1, b->buf + start, b->len - start + 1);
		b->len -= 1;
	}
	return true;
}

/*
 * "Menteng Jakarta Pusat 10310" after the street: a known city at the end
 * of the part, with the postal code in its range, marks the missing comma.
 * Returns the offset in s where ", " belongs, or -1.
 */
static int
find_city_split(seg s)
{
	int			best = -1;
	int			best_len = 0;
	int			code;
	size_t		i;
	seg			rest;
	seg			w[MAX_WORDS];
	int			nw;

	if (s.len < 8 || trailing_digits(s) != 5 || s.p[s.len - 6] != ' ')
		return -1;
	code = (s.p[s.len - 5] - '0') * 10 + (s.p[s.len - 4] - '0');
	s.len -= 6;
	for (i = 0; i < sizeof(known_cities) / sizeof(known_cities[0]); i++)
	{
		int			n = (int) strlen(known_cities[i].name);

		if (code != known_cities[i].prefix ||
			s.len <= n + 1 || s.p[s.len - n - 1] != ' ' ||
			!word_is_ci(s.p + s.len - n, n, known_cities[i].name) || n <= best_len)
			continue;
		best = s.len - n - 1;
		best_len = n;
	}
	if (best < 0)
		return -1;
	rest.p = s.p;
	rest.len = best;
	nw = split_words(rest, w, MAX_WORDS);
	if (nw > MAX_WORDS || WORD_IN(w[nw - 1], region_words) || !has_letter(rest.p, rest.len))
		return -1;
	return best;
}

bool
odi_address_normalize(const char *input, char *work, odi_address *out)
{
	size_t		cap = 2 * strlen(input) + 64;
	builder		a = {work, 0, cap, false};
	builder		b = {work + cap, 0, cap, false};
	builder		c = {work + 2 * cap, 0, cap, false};
	char	   *parse_work = work + 3 * cap;
	seg			parts[MAX_SEGS + 1];
	int			n = 0;
	int			street = -1;
	int			city = -1;
	int			at;
	int			i;
	const char *p;

	a.buf[0] = b.buf[0] = '\0';
	clean_spacing(input, &a);
	for (p = a.buf; *p;)
	{
		const char *e = strstr(p, ", ");
		seg			s = {p, e ? (int) (e - p) : (int) strlen(p)};

		if (!rewrite_part(s, &b))
			return false;
		p = e ? e + 2 : p + s.len;
	}
	if (a.overflow || b.overflow)
		return false;

	/* the missing comma before a known city */
	for (p = b.buf; *p && n <= MAX_SEGS;)
	{
		const char *e = strstr(p, ", ");

		parts[n].p = p;
		parts[n].len = e ? (int) (e - p) : (int) strlen(p);
		n++;
		p = e ? e + 2 : p + strlen(p);
	}
	for (i = 0; i < n && i <= MAX_SEGS; i++)
	{
		if (street < 0 && has_marker(parts[i]))
			street = i;
		else if (street >= 0 && trailing_digits(parts[i]) == 5)
			city = i;
	}
	if (n <= MAX_SEGS && street >= 0 && city > street && city - street - 1 < 2 &&
		(at = find_city_split(parts[city])) >= 0)
	{
		put(&c, b.buf, parts[city].p - b.buf + at);
		puts_(&c, ",");
		puts_(&c, parts[city].p + at);
		if (c.overflow)
			return false;
		return odi_address_parse(c.buf, parse_work, out, NULL);
	}
	return odi_address_parse(b.buf, parse_work, out, NULL);
}
