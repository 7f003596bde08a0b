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

#include "address_area.h"
#include "odi_chars.h"
#include "wilayah.h"
#include "wilayah_key.h"

#define HINT_FORMAT odi_msg("G4.5-ADDR-1: write \"[complex, ]street No. number[ RTxx/RWyy], kelurahan/desa[, kecamatan], city postal code[, province]\", e.g. \"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310\".")
#define HINT_MANDATORY odi_msg("G4.5-ADDR-2: street, building number, kelurahan/desa, city and postal code are mandatory, e.g. \"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310\".")
#define HINT_NUMBER odi_msg("G4.5-ADDR-3: \"No.\" or \"Nomor\" separates the street name from the building number; without it a trailing number belongs to the street name (\"Jl. Dukuh 3\" is not \"Jl. Dukuh No. 3\").")
#define HINT_POSTAL odi_msg("G4.5-ADDR-4: the city and its postal code are separated by one space; a postal code has exactly 5 digits and does not start with 0.")
#define HINT_PROVINCE odi_msg("G4.5-ADDR-2: the optional province after the postal code is one of the 38 provinces (\"DKI Jakarta\", \"Jawa Barat\", \"Jabar\", \"DIY\", ...); postal codes start with 1 in Jakarta and surroundings, 2-3 in Sumatra, 4 in Jawa Barat and Banten, 5 in Jawa Tengah and DIY, 6 in Jawa Timur, 7 in Kalimantan, 8 in Bali and Nusa Tenggara, 9 in Sulawesi, Maluku and Papua.")

#define HINT_PLACE odi_msg("G4.5-ADDR-1: every part in its place and without labels: \"[complex, ]street No. number[ RTxx/RWyy], kelurahan/desa[, kecamatan], city postal code[, province]\", e.g. \"Jl. Cihampelas No. 161, Cipaganti, Coblong, Kota Bandung 40131, Jawa Barat\".")

#define HINT_CITY odi_msg("G4.5-ADDR-2: the city is a kota or kabupaten of the register of areas (Kemendagri, 514 of them; \"Jakarta\" for the capital as a whole), with or without \"Kota\" or \"Kabupaten\".")

#define MAX_SEGS 6
#define MAX_WORDS 64
#define MAX_RT 999

typedef struct seg
{
	const char *p;
	int			len;
} seg;

/*
 * Provinces by Kemendagri code, with the name the canonical form writes and
 * the first digits of their postal codes; other spellings are the register's
 * (data/wilayah/aliases.csv).
 */
static const struct province
{
	int			code;
	const char *name;
	const char *digits;
}			provinces[] = {
	{11, "Aceh", "2"},
	{12, "Sumatera Utara", "2"},
	{13, "Sumatera Barat", "2"},
	{14, "Riau", "2"},
	{15, "Jambi", "3"},
	{16, "Sumatera Selatan", "3"},
	{17, "Bengkulu", "3"},
	{18, "Lampung", "3"},
	{19, "Kepulauan Bangka Belitung", "3"},
	{21, "Kepulauan Riau", "2"},
	{31, "DKI Jakarta", "1"},
	{32, "Jawa Barat", "14"},
	{33, "Jawa Tengah", "5"},
	{34, "DI Yogyakarta", "5"},
	{35, "Jawa Timur", "6"},
	{36, "Banten", "14"},
	{51, "Bali", "8"},
	{52, "Nusa Tenggara Barat", "8"},
	{53, "Nusa Tenggara Timur", "8"},
	{61, "Kalimantan Barat", "7"},
	{62, "Kalimantan Tengah", "7"},
	{63, "Kalimantan Selatan", "7"},
	{64, "Kalimantan Timur", "7"},
	{65, "Kalimantan Utara", "7"},
	{71, "Sulawesi Utara", "9"},
	{72, "Sulawesi Tengah", "9"},
	{73, "Sulawesi Selatan", "9"},
	{74, "Sulawesi Tenggara", "9"},
	{75, "Gorontalo", "9"},
	{76, "Sulawesi Barat", "9"},
	{81, "Maluku", "9"},
	{82, "Maluku Utara", "9"},
	{91, "Papua", "9"},
	{92, "Papua Barat", "9"},
	{93, "Papua Selatan", "9"},
	{94, "Papua Tengah", "9"},
	{95, "Papua Pegunungan", "9"},
	{96, "Papua Barat Daya", "9"},
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
	int			i;

	for (i = 0; i < len; i++)
		if (p[i] != word[i])
			return false;
	return len > 0 && word[len] == '\0';
}

static bool
word_is_ci(const char *p, int len, const char *word)
{
	int			i;

	/* word's NUL ends the comparison: no strlen */
	for (i = 0; i < len; i++)
		if (odi_lower(p[i]) != word[i])
			return false;
	return len > 0 && word[len] == '\0';
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

static int province_by_code(int code);

/* the province a name stands for, as an index in provinces[], or -1 */
static int
province_index(const char *p, int len)
{
	/* the spellings last looked up: a table repeats its provinces */
	static struct
	{
		char		name[32];
		int			len;
		int			index;
	}			seen[8];
	static int	next;
	uint32_t	entry;
	int			i;

	for (i = 0; i < 8; i++)
		if (seen[i].len == len && memcmp(seen[i].name, p, len) == 0)
			return seen[i].index;
	if (odi_wilayah_find(p, (size_t) len, ODI_WILAYAH_PROVINCE, ODI_WILAYAH_NONE, &entry, 1) != 1)
		i = -1;
	else
		i = province_by_code(odi_wilayah_get(entry)->province);
	if (len > 0 && len < (int) sizeof(seen[0].name))
	{
		memcpy(seen[next].name, p, len);
		seen[next].len = len;
		seen[next].index = i;
		next = (next + 1) % 8;
	}
	return i;
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
odi_address_province_postal_digits(int code)
{
	int			i = province_by_code(code);

	return i < 0 ? NULL : provinces[i].digits;
}

const char *
odi_address_province_name(int code)
{
	int			i = province_by_code(code);

	return i < 0 ? NULL : provinces[i].name;
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
is_lot_word(seg w)
{
	return word_is(w.p, w.len, "Kav.") || word_is(w.p, w.len, "Km.");
}

static bool
is_marker_word(seg w)
{
	return is_no_word(w) || is_lot_word(w);
}

static bool
has_marker(seg s)
{
	int			i = 0;

	while (i < s.len)
	{
		int			j = i;

		while (j < s.len && s.p[j] != ' ')
			j++;
		/* No., Nomor, Kav., Km. */
		if ((s.p[i] == 'N' || s.p[i] == 'K') && is_marker_word((seg) {s.p + i, j - i}))
			return true;
		i = j + 1;
	}
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

static bool
word_in(seg w, const char *const *list, size_t n)
{
	size_t		i;

	if (w.len == 0)
		return false;
	for (i = 0; i < n; i++)
		if (odi_lower(w.p[0]) == list[i][0] && word_is_ci(w.p, w.len, list[i]))
			return true;
	return false;
}

#define WORD_IN(w, list) word_in(w, list, sizeof(list) / sizeof(list[0]))

static const char *const jl_words[] = {"jl", "jl.", "jln", "jln.", "jalan"};

/* the first letters of building_words: most words are passed at once */
static inline bool
maybe_building(seg w)
{
	switch (odi_lower(w.p[0]))
	{
		case 'a':
		case 'g':
		case 'k':
		case 'l':
		case 'm':
		case 'p':
		case 'r':
		case 't':
		case 'w':
			return true;
		default:
			return false;
	}
}

/* a building or complex inside what would be the street */
static const char *const building_words[] = {
	"ruko", "gedung", "gd.", "plaza", "mall", "komplek", "kompleks", "komp.", "perumahan",
	"perum", "perum.", "apartemen", "wisma", "menara", "graha", "kios", "lantai", "lt.",
	"rukan", "tower"
};

/* "RT02/RW11", "RT02" or "RW11": 1 to 3 digits each, not zero */
static bool
parse_rtrw_word(seg w, int *rt, int *rw)
{
	int			i = 2;
	int			v[2] = {0, 0};
	int			k;

	/* "RW05": an RW without RT */
	if (w.len >= 3 && memcmp(w.p, "RW", 2) == 0)
	{
		int			v = 0;

		for (i = 2; i < w.len && i < 5 && odi_is_digit(w.p[i]); i++)
			v = v * 10 + (w.p[i] - '0');
		if (i != w.len || v == 0)
			return false;
		*rt = 0;
		*rw = v;
		return true;
	}
	if (w.len < 3 || memcmp(w.p, "RT", 2) != 0)
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
			/* "RT26": an RT without RW */
			if (i == w.len)
				break;
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

/* p starts with the n lower-case bytes of text, whatever its case */
static bool
same_start_ci(const char *p, const char *text, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (odi_lower(p[i]) != text[i])
			return false;
	return true;
}

static bool
starts_ci(const char *p, int len, const char *prefix)
{
	int			n = (int) strlen(prefix);

	return len >= n && same_start_ci(p, prefix, n);
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

/* ---- what a name is: labels and the register ---- */

typedef enum label_kind
{
	LABEL_NONE,
	LABEL_HAMLET,				/* below the kelurahan: dusun, lingkungan */
	LABEL_VILLAGE,
	LABEL_DISTRICT,
	LABEL_CITY,
	LABEL_PROVINCE,
	LABEL_POSTAL,
	LABEL_STREET,
	LABEL_RTRW
} label_kind;

static const struct label
{
	const char *text;
	int			len;
	label_kind	kind;
}			labels[] = {
	{"kelurahan/desa", 14, LABEL_VILLAGE}, {"kel./desa", 9, LABEL_VILLAGE},
	{"kel/desa", 8, LABEL_VILLAGE}, {"desa/kelurahan", 14, LABEL_VILLAGE},
	{"desa/kel.", 9, LABEL_VILLAGE}, {"desa/kel", 8, LABEL_VILLAGE},
	{"kelurahan", 9, LABEL_VILLAGE}, {"kel.", 4, LABEL_VILLAGE}, {"kel", 3, LABEL_VILLAGE},
	{"desa", 4, LABEL_VILLAGE}, {"ds.", 3, LABEL_VILLAGE}, {"ds", 2, LABEL_VILLAGE},
	{"kalurahan", 9, LABEL_VILLAGE}, {"gampong", 7, LABEL_VILLAGE}, {"gampoeng", 8, LABEL_VILLAGE},
	{"dusun", 5, LABEL_HAMLET}, {"dsn.", 4, LABEL_HAMLET}, {"dsn", 3, LABEL_HAMLET},
	{"padukuhan", 9, LABEL_HAMLET}, {"pedukuhan", 9, LABEL_HAMLET}, {"lingkungan", 10, LABEL_HAMLET},
	{"lk.", 3, LABEL_HAMLET}, {"link.", 5, LABEL_HAMLET},
	{"kapanewon", 9, LABEL_DISTRICT}, {"kemantren", 9, LABEL_DISTRICT}, {"distrik", 7, LABEL_DISTRICT},
	{"kecamatan", 9, LABEL_DISTRICT}, {"kec.", 4, LABEL_DISTRICT}, {"kec", 3, LABEL_DISTRICT},
	{"kota administrasi", 17, LABEL_CITY}, {"kota adm.", 9, LABEL_CITY},
	{"kabupaten administrasi", 22, LABEL_CITY}, {"kab. adm.", 9, LABEL_CITY},
	{"kabupaten", 9, LABEL_CITY}, {"kab.", 4, LABEL_CITY}, {"kab", 3, LABEL_CITY},
	{"kotamadya", 9, LABEL_CITY}, {"kodya", 5, LABEL_CITY}, {"kota", 4, LABEL_CITY},
	{"provinsi", 8, LABEL_PROVINCE}, {"propinsi", 8, LABEL_PROVINCE},
	{"prov.", 5, LABEL_PROVINCE}, {"prov", 4, LABEL_PROVINCE},
	{"prop.", 5, LABEL_PROVINCE}, {"prop", 4, LABEL_PROVINCE},
	{"kode pos", 8, LABEL_POSTAL}, {"kodepos", 7, LABEL_POSTAL},
	{"kd. pos", 7, LABEL_POSTAL}, {"kd pos", 6, LABEL_POSTAL},
	{"jalan", 5, LABEL_STREET}, {"jln.", 4, LABEL_STREET}, {"jln", 3, LABEL_STREET},
	{"jl.", 3, LABEL_STREET}, {"jl", 2, LABEL_STREET}, {"gang", 4, LABEL_STREET},
	{"gg.", 3, LABEL_STREET}, {"gg", 2, LABEL_STREET},
};

/*
 * The label p[0..len) starts with, if any: *label_len is its length with the
 * ":" and spaces after it.  A label ends at a space, a ":" or the end, or
 * (when it ends with a dot) right before a letter ("Kec.Coblong").
 */
static label_kind
leading_label(const char *p, int len, int *label_len)
{
	size_t		i;
	int			k;

	*label_len = 0;
	/* "RT02", "RT 2", "Rt. 004", "RT/RW 002/011"; not "Rw. Laut" (Rawa Laut) */
	if (len >= 3 && odi_lower(p[0]) == 'r' && (odi_lower(p[1]) == 't' || odi_lower(p[1]) == 'w'))
	{
		k = 2;
		if (len >= 5 && p[2] == '/' && odi_lower(p[3]) == 'r' &&
			(odi_lower(p[4]) == 'w' || odi_lower(p[4]) == 't'))
			k = 5;
		while (k < len && k < 7 && (p[k] == '.' || p[k] == ' ' || p[k] == ':'))
			k++;
		if (k < len && odi_is_digit(p[k]))
		{
			*label_len = len;
			return LABEL_RTRW;
		}
	}
	if (!strchr("dgjklp", odi_lower(p[0])))
		return LABEL_NONE;
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
	{
		int			n = labels[i].len;

		if (n > len || odi_lower(p[0]) != labels[i].text[0] ||
			odi_lower(p[1]) != labels[i].text[1] || !same_start_ci(p, labels[i].text, n))
			continue;
		if (n < len && p[n] != ' ' && p[n] != ':' &&
			!(labels[i].text[n - 1] == '.' && is_script_letter(p[n])))
			continue;
		k = n;
		while (k < len && (p[k] == ' ' || p[k] == ':'))
			k++;
		*label_len = k;
		return labels[i].kind;
	}
	return LABEL_NONE;
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
	char		q2[ODI_ERROR_ARGLEN];
	int			ll;
	char		*num;

	if (n > MAX_WORDS)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("the street part has too many words"));
	for (k = 0; k < n && !is_marker_word(w[k]); k++)
		;
	/* "Jl. Raya Bogor Km. 26 No. 5": the kilometre post is part of the street */
	if (k < n && word_is(w[k].p, w[k].len, "Km."))
	{
		int			j;

		for (j = k + 1; j < n && !is_no_word(w[j]) && !word_is(w[j].p, w[j].len, "Kav."); j++)
			;
		if (j < n)
			k = j;
	}
	b = k;
	/* "Blok C2 No. 5" is a number; "Jl. Blok M No. 3" a street named "Blok M" */
	if (k >= 3 && word_is(w[k - 2].p, w[k - 2].len, "Blok") &&
		!(k == 3 && is_street_word(w[0])))
		b = k - 2;
	/* "Blok B. 12 No. 6" */
	else if (k >= 4 && word_is(w[k - 3].p, w[k - 3].len, "Blok") &&
			 !(k == 4 && is_street_word(w[0])))
		b = k - 3;
	if (b == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_MANDATORY,
						odi_msg("the street name is missing before \"%s\""),
						quote(q, s.p, s.len));
	for (i = 1; i < b; i++)
	{
		if (odi_lower(w[i].p[0]) == 'j' && WORD_IN(w[i], jl_words))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("\"%s\" names two streets: write the one the building is on, and a complex name before it if there is one"),
							quote(q, s.p, (int) (w[b - 1].p + w[b - 1].len - s.p)));
		if (odi_lower(w[i].p[0]) == 'r' &&
			leading_label(w[i].p, (int) (s.p + s.len - w[i].p), &ll) == LABEL_RTRW)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
							odi_msg("the RT/RW \"%s\" comes after the building number, as in \"No. 6 RT02/RW06\""),
							quote(q, w[i].p, (int) (w[k].p - 1 - w[i].p)));
		if (maybe_building(w[i]) && WORD_IN(w[i], building_words))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("\"%s\" holds the name of a building or complex (\"%s\"): write it before the street, followed by a comma"),
							quote(q, s.p, (int) (w[b - 1].p + w[b - 1].len - s.p)),
							quote(q2, w[i].p, w[i].len));
	}
	if (maybe_building(w[0]) && WORD_IN(w[0], building_words))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is a complex or building, not a street: write the street after it, as in \"%s, Jl. Melati No. 5\""),
						quote(q, s.p, (int) (w[b - 1].p + w[b - 1].len - s.p)),
						quote(q2, s.p, (int) (w[b - 1].p + w[b - 1].len - s.p)));
	/* "Jalan", "Jln.", "JL": the street is written "Jl." */
	if (b > 1 && WORD_IN(w[0], jl_words))
	{
		out->street = *work;
		append(work, "Jl. ", 4);
		append(work, w[1].p, (int) (w[b - 1].p + w[b - 1].len - w[1].p));
		(*work)++;
	}
	else
		out->street = copy_out(work, s.p, (int) (w[b - 1].p + w[b - 1].len - s.p));
	if (!check_name(odi_msg("the street name \"%s\" has no letter"),
					(seg) {s.p, (int) (w[b - 1].p + w[b - 1].len - s.p)}, err))
		return false;

	num = *work;
	if (b < k)
	{
		append(work, "Blok ", 5);
		for (i = b + 1; i < k; i++)
		{
			if (!check_number_word(w[i], false, err))
				return false;
			append(work, w[i].p, w[i].len);
			append(work, " ", 1);
		}
	}
	i = k;
	for (;;)
	{
		bool		kav = is_lot_word(w[i]);

		if (i + 1 >= n)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUMBER,
							odi_msg("the building number is missing after \"%s\""),
							quote(q, w[i].p, w[i].len));
		if (!check_number_word(w[i + 1], true, err))
			return false;
		if (kav)
		{
			append(work, w[i].p, w[i].len);
			append(work, " ", 1);
		}
		else if (*work != num)
			append(work, "No. ", 4);
		append(work, w[i + 1].p, w[i + 1].len);
		i += 2;
		/* "Kav. 3 No. 5": one "No." may follow a lot number or a kilometre post */
		if (!(kav && i < n && is_no_word(w[i])))
			break;
		**work = ' ';
		(*work)++;
	}
	/* "No. 9 Blok E" */
	if (i + 1 < n && word_is(w[i].p, w[i].len, "Blok"))
	{
		if (!check_number_word(w[i + 1], false, err))
			return false;
		append(work, " Blok ", 6);
		append(work, w[i + 1].p, w[i + 1].len);
		i += 2;
	}
	**work = '\0';
	(*work)++;
	out->number = num;

	if (i < n && parse_rtrw_word(w[i], &out->rt, &out->rw))
		i++;
	else if (i < n && w[i].len >= 2 && (memcmp(w[i].p, "RT", 2) == 0 || memcmp(w[i].p, "RW", 2) == 0))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_FORMAT,
						odi_msg("\"%s\" is not an RT/RW: write it as \"RT02/RW11\" (or \"RT02\" without an RW)"),
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
	for (i = 0; i < nw && i < MAX_WORDS; i++)
		if (w[i].len > 3 && (memcmp(w[i].p, "No.", 3) == 0 || memcmp(w[i].p, "No:", 3) == 0) &&
			odi_is_digit(w[i].p[3]))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_NUMBER,
							odi_msg("\"%s\": write one space between \"No.\" and the building number, as in \"No. %s\""),
							quote(q1, w[i].p, w[i].len), quote(q2, w[i].p + 3, w[i].len - 3));
	/* a postal code is not a building number */
	if (nw >= 2 && nw <= MAX_WORDS && all_digits(w[nw - 1].p, w[nw - 1].len) &&
		w[nw - 1].len <= 4)
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

/* a postal code's first digit is one of a province's */
static bool
postal_fits(const char *digits, int postal)
{
	return strchr(digits, '0' + postal / 10000) != NULL;
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
	if (!postal_fits(dg, out->postal_code))
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


/* does the register have an entry at level named p[0..len) inside within? */
static bool
register_has(const char *p, int len, int level, uint32_t within)
{
	return odi_wilayah_exists(p, (size_t) len, level, within);
}

/*
 * A label that is part of an official name ("Desa Baru", "Jalan Baru", "Kota
 * Baru" are villages) is no label.
 */
static label_kind
name_label(seg s, int level, int *label_len)
{
	label_kind	kind = leading_label(s.p, s.len, label_len);

	/* "Kota", "Kelurahan": a bare label word is a name */
	if (kind != LABEL_RTRW && *label_len >= s.len)
		return LABEL_NONE;
	if ((kind == LABEL_VILLAGE || kind == LABEL_STREET || kind == LABEL_CITY || kind == LABEL_HAMLET) &&
		*label_len < s.len && level != ODI_WILAYAH_REGENCY &&
		register_has(s.p, s.len, level, ODI_WILAYAH_NONE))
		return LABEL_NONE;
	return kind;
}

/*
 * What the grammar cannot see: a label or a name of another kind in the
 * place of the kelurahan, the kecamatan or the city.  New names are not
 * refused; a name the register knows only as a kecamatan of the city is.
 */
static bool
check_places(const seg *village, const seg *district, const seg *city,
			 const odi_address *out, odi_error *err)
{
	char		q1[ODI_ERROR_ARGLEN];
	char		q2[ODI_ERROR_ARGLEN];
	char		q3[ODI_ERROR_ARGLEN];
	char		code[ODI_ITOA_LEN];
	seg			c = {city->p, (int) strlen(out->city)};
	uint32_t	cities[16];
	uint32_t	found;
	int			ncities;
	int			ll;
	label_kind	kind;
	int			i;

	kind = name_label(*village, ODI_WILAYAH_VILLAGE, &ll);
	if (kind == LABEL_VILLAGE)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("the kelurahan/desa \"%s\" starts with the label \"%s\": write the name alone, \"%s\""),
						quote(q1, village->p, village->len),
						quote(q2, village->p, ll - (village->p[ll - 1] == ' ')),
						quote(q3, village->p + ll, village->len - ll));
	if (kind == LABEL_DISTRICT)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is a kecamatan, in the place of the kelurahan/desa: write the kelurahan/desa, then the kecamatan, without labels"),
						quote(q1, village->p, village->len));
	if (kind == LABEL_HAMLET)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is a dusun or lingkungan, below the kelurahan/desa: write the kelurahan/desa in its place"),
						quote(q1, village->p, village->len));
	if (kind == LABEL_CITY || kind == LABEL_PROVINCE || kind == LABEL_POSTAL)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is not a kelurahan/desa: the kelurahan/desa follows the street, the city comes right before the postal code"),
						quote(q1, village->p, village->len));
	if (kind == LABEL_STREET)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is a street, in the place of the kelurahan/desa: only a complex name may come before the street"),
						quote(q1, village->p, village->len));
	if (kind == LABEL_RTRW)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is an RT/RW, in the place of the kelurahan/desa: write it after the building number, as in \"No. 6 RT02/RW06\""),
						quote(q1, village->p, village->len));
	if (district)
	{
		kind = name_label(*district, ODI_WILAYAH_DISTRICT, &ll);
		if (kind == LABEL_DISTRICT || kind == LABEL_VILLAGE)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("the kecamatan \"%s\" starts with the label \"%s\": write the name alone, \"%s\""),
							quote(q1, district->p, district->len),
							quote(q2, district->p, ll - (district->p[ll - 1] == ' ')),
							quote(q3, district->p + ll, district->len - ll));
		if (kind != LABEL_NONE)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("\"%s\" is not a kecamatan: the kecamatan follows the kelurahan/desa, the city comes right before the postal code"),
							quote(q1, district->p, district->len));
	}

	kind = leading_label(c.p, c.len, &ll);
	if (kind != LABEL_NONE && kind != LABEL_CITY && (ll < c.len || kind == LABEL_POSTAL))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is not a city: the city (kota or kabupaten) comes right before the postal code, without other labels"),
						quote(q1, c.p, c.len));
	for (i = 1; i < c.len; i++)
	{
		int			l2;

		if (c.p[i - 1] == ' ' &&
			((odi_lower(c.p[i]) == 'k' && leading_label(c.p + i, c.len - i, &l2) == LABEL_POSTAL) ||
			 (c.p[i] == '-' && i == c.len - 1)))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_POSTAL,
							odi_msg("the city \"%s\" ends with \"%s\": write the postal code right after the city name, as in \"%s %s\""),
							quote(q1, c.p, c.len), quote(q2, c.p + i, c.len - i),
							quote(q3, c.p, i - 1), odi_itoa(code, out->postal_code));
	}
	for (i = 1; i < c.len; i++)
		if (c.p[i - 1] == ' ' &&
			((c.p[i] == '-' && c.p[i + 1] == ' ') ||
			 (odi_lower(c.p[i]) == 'i' && starts_ci(c.p + i, c.len - i, "indonesia"))))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("the city \"%s\" holds more than a city's name: write the city alone before the postal code, and the province after it"),
							quote(q1, c.p, c.len));
	ncities = odi_address_city_entries(c.p, (size_t) c.len, ODI_WILAYAH_NONE, cities, 16);
	if (ncities == 0 && province_index(c.p, c.len) < 0)
	{
		/* "Menteng Jakarta Pusat 10330": a comma is missing before a known city */
		for (i = 1; i < c.len; i++)
		{
			uint32_t	e;

			if (c.p[i - 1] == ' ' &&
				odi_address_city_entries(c.p + i, (size_t) (c.len - i), ODI_WILAYAH_NONE, &e, 1) > 0)
				return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
								odi_msg("the city \"%s\" ends with the city \"%s\": write a comma before it if \"%s\" is the kelurahan/desa or the kecamatan"),
								quote(q1, c.p, c.len), quote(q2, c.p + i, c.len - i),
								quote(q3, c.p, i - 1));
		}
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_CITY,
						odi_msg("\"%s\" is not a city or regency of the register of areas: write the kota or kabupaten as Kemendagri names it (\"Kota Bandung\", \"Kabupaten Bogor\", \"Bandung\", \"Jakarta Selatan\")"),
						quote(q1, c.p, c.len));
	}
	if (ncities == 0 && province_index(c.p, c.len) >= 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is a province, in the place of the city: write the city (kota or kabupaten) before the postal code and the province after it, as in \"Kota Bandung 40131, Jawa Barat\""),
						quote(q1, c.p, c.len));
	if (ncities > 16)
		ncities = 16;
	/* the province written after the postal code holds the city */
	if (out->province != 0)
	{
		int			k = 0;

		for (i = 0; i < ncities; i++)
			if (odi_address_province_holds(out->province, odi_wilayah_get(cities[i])->province))
				cities[k++] = cities[i];
		if (k == 0)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("%s is not in the province %s"),
							quote(q1, c.p, c.len), odi_address_province_name(out->province));
		ncities = k;
	}
	if (odi_address_village_fit(village->p, (size_t) village->len, cities, ncities, &found) ==
		ODI_VILLAGE_IS_DISTRICT)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
						odi_msg("\"%s\" is a kecamatan of %s, not a kelurahan/desa there: write the kelurahan/desa before it"),
						quote(q1, village->p, village->len),
						odi_wilayah_name(odi_wilayah_get(found)->parent));
	return true;
}

/*
 * Addresses of a table share their places: the places last found right are
 * remembered (a direct-mapped cache of the kelurahan, kecamatan, city and
 * province), so that checking them again costs a hash and a comparison.
 * Only what passed is kept; the check is a pure function of these parts.
 */
#define PLACE_CACHE_SIZE 512
#define PLACE_CACHE_TEXT 120

static struct
{
	uint32_t	hash;
	uint16_t	len;
	uint8_t		province;
	char		text[PLACE_CACHE_TEXT];
}			place_cache[PLACE_CACHE_SIZE];

static bool
check_places_cached(const seg *village, const seg *district, const seg *city,
					const odi_address *out, odi_error *err)
{
	/* the input from the kelurahan to the end of the city's name, and the province */
	const char *text = village->p;
	int			len = (int) (city->p + city->len - 6 - village->p);
	uint32_t	h = 2166136261u ^ (uint32_t) out->province;
	int			slot;
	int			i;

	if (len <= 0 || len > PLACE_CACHE_TEXT)
		return check_places(village, district, city, out, err);
	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) text[i]) * 16777619u;
	slot = (int) (h % PLACE_CACHE_SIZE);
	if (place_cache[slot].hash == h && place_cache[slot].len == len &&
		place_cache[slot].province == out->province &&
		memcmp(place_cache[slot].text, text, len) == 0)
		return true;
	if (!check_places(village, district, city, out, err))
		return false;
	place_cache[slot].hash = h;
	place_cache[slot].len = (uint16_t) len;
	place_cache[slot].province = (uint8_t) out->province;
	memcpy(place_cache[slot].text, text, len);
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
		int			ll;

		if (!check_name(odi_msg("the complex name \"%s\" has no letter"), segs[0], err))
			return false;
		if ((odi_lower(segs[0].p[0]) == 'j' || odi_lower(segs[0].p[0]) == 'g') &&
			leading_label(segs[0].p, segs[0].len, &ll) == LABEL_STREET && ll < segs[0].len)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PLACE,
							odi_msg("\"%s\" is a street, in the place of the complex name: a street name has no comma (\"Jl. Prof. H. M. Yamin S.H. No. 79\"), and only a complex name comes before the street"),
							quote(q, segs[0].p, segs[0].len));
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
	return check_places_cached(&segs[street + 1], out->kecamatan ? &segs[street + 2] : NULL,
							   &segs[city], out, err);
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
	return strncmp(number, "Blok ", 5) == 0 || strncmp(number, "Kav. ", 5) == 0 ||
		strncmp(number, "Km. ", 4) == 0;
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
	if (a->rt > 0 || a->rw > 0)
	{
		if (a->rt > 0 && a->rw > 0)
			snprintf(tmp, sizeof(tmp), " RT%02d/RW%02d", a->rt, a->rw);
		else if (a->rt > 0)
			snprintf(tmp, sizeof(tmp), " RT%02d", a->rt);
		else
			snprintf(tmp, sizeof(tmp), " RW%02d", a->rw);
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
	if (out->rt > MAX_RT || out->rw > MAX_RT)
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

#define MAX_TOKENS 128
#define MAX_CHUNKS 12
#define MAX_PIECES 6
#define MAX_CITIES 16

typedef struct token
{
	const char *p;
	int			len;
	bool		comma;			/* a comma (or a line break) comes before it */
} token;

typedef enum role
{
	ROLE_HAMLET,				/* a dusun or neighbourhood before the kelurahan: dropped */
	ROLE_VILLAGE,
	ROLE_DISTRICT,
	ROLE_CITY,
	ROLE_PROVINCE,
	ROLE_TOWN					/* the post town repeated before the postal code: dropped */
} role;

/* a run of area words between commas */
typedef struct chunk
{
	int			start;
	int			end;
} chunk;

typedef struct piece
{
	int			chunk;
	int			start;
	int			end;
	role		role;
	label_kind	label;			/* the label it was written with */
	bool		whole;			/* the whole chunk */
} piece;

typedef struct reader
{
	token		t[MAX_TOKENS];
	int			n;
	chunk		c[MAX_CHUNKS];
	int			nc;
	int			postal;
	piece		cur[MAX_PIECES];
	int			ncur;
	/* the best reading so far */
	piece		best[MAX_PIECES];
	int			nbest;
	int			best_score;
	bool		ambiguous;
	char		best_text[512];
	struct
	{
		short		start;
		short		end;
		int			role;
		bool		known;
	}			memo[96];
	int			nmemo;
	bool		label_known[MAX_TOKENS];
	signed char label_at[MAX_TOKENS];
	signed char label_len[MAX_TOKENS];
} reader;

static bool
tok_is(const token *t, const char *const *list, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (word_is_ci(t->p, t->len, list[i]))
			return true;
	return false;
}

#define TOK_IN(t, list) tok_is(t, list, sizeof(list) / sizeof(list[0]))

static const char *const no_words[] = {"no", "no.", "no:", "no.:", "nomor", "nomer", "nmr", "nmr.", "nomor:"};
static const char *const kav_words[] = {"kav", "kav.", "kavling"};
static const char *const km_words[] = {"km", "km."};
static const char *const blok_words[] = {"blok", "blok.", "blk", "blk."};
static const char *const country_words[] = {"indonesia", "nkri"};
static const char *const contact_words[] = {
	"telp", "telp.", "tel.", "tlp", "tlp.", "telepon", "telpon", "phone", "fax", "fax.",
	"faks", "faks.", "faksimile", "email", "e-mail", "email:", "website", "web", "hp", "hp.",
	"wa", "whatsapp", "http", "www"
};

static bool
tok_has_digit(const token *t)
{
	int			i;

	for (i = 0; i < t->len; i++)
		if (odi_is_digit(t->p[i]))
			return true;
	return false;
}

static bool
tok_is_postal(const token *t)
{
	return t->len == 5 && all_digits(t->p, 5) && t->p[0] != '0';
}

static bool
is_dash(const token *t)
{
	return (t->len == 1 && t->p[0] == '-') ||
		(t->len == 3 && (memcmp(t->p, "\xe2\x80\x93", 3) == 0 || memcmp(t->p, "\xe2\x80\x94", 3) == 0));
}

/* "S.H.", "M.Si.", "Ph.D.": an academic title after a name */
static bool
tok_is_title(const token *t)
{
	int			i;
	int			letters = 0;

	if (t->len < 2 || t->p[t->len - 1] != '.' || !odi_is_upper(t->p[0]))
		return false;
	for (i = 0; i < t->len; i++)
	{
		if (t->p[i] == '.')
		{
			if (letters == 0 || letters > 3)
				return false;
			letters = 0;
		}
		else if (odi_is_letter(t->p[i]))
			letters++;
		else
			return false;
	}
	return true;
}

/* "Km", "KM.", "No.KM.": a kilometre post precedes a decimal comma */
static bool
has_km(const char *p, int len)
{
	int			i;

	for (i = 0; i + 1 < len; i++)
		if (odi_lower(p[i]) == 'k' && odi_lower(p[i + 1]) == 'm' &&
			(i == 0 || !odi_is_letter(p[i - 1])) &&
			(i + 2 == len || !odi_is_letter(p[i + 2])))
			return true;
	return false;
}

static bool
is_separator(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';';
}

/*
 * The input as tokens (copied into buf, NUL-terminated): spaces and commas
 * separate them; "Km 3,5" keeps its decimal comma, as a dot.
 */
static bool
tokenize(const char *input, char *buf, reader *r)
{
	const char *p = input;
	char	   *o = buf;
	bool		comma = false;

	r->n = 0;
	while (*p)
	{
		token	   *t;

		if (is_separator(*p))
		{
			comma |= *p == ',' || *p == ';' || *p == '\n';
			p++;
			continue;
		}
		if (r->n == MAX_TOKENS)
			return false;
		t = &r->t[r->n++];
		t->p = o;
		t->comma = comma;
		comma = false;
		while (*p && !is_separator(*p))
		{
			*o++ = *p++;
			if (*p == ',' && odi_is_digit(p[1]) && odi_is_digit(o[-1]) &&
				((r->n >= 2 && has_km(r->t[r->n - 2].p, r->t[r->n - 2].len)) ||
				 has_km(t->p, (int) (o - t->p))))
			{
				*o++ = '.';
				p++;
			}
		}
		t->len = (int) (o - t->p);
		*o++ = '\0';
	}
	return true;
}

/* Splits glued tokens in place (the token array grows). */
static bool
split_glued(reader *r)
{
	static const char *const dotted[] = {
		"no.", "no:", "kec.", "kel.", "kab.", "prov.", "ds.", "gg.", "jl.", "jln.",
		"kav.", "km.", "blok.", "rt.", "rw."
	};
	int			i;

	for (i = 0; i < r->n; i++)
	{
		token	   *t = &r->t[i];
		int			cut = 0;
		size_t		k;

		if (t->len == 7 && t->p[0] == '(' && t->p[6] == ')' && all_digits(t->p + 1, 5))
		{
			t->p++;
			t->len -= 2;
		}
		while (t->len > 1 && t->p[t->len - 1] == ':')
			t->len--;
		/* "58111." */
		if (t->len == 6 && t->p[5] == '.' && all_digits(t->p, 5))
			t->len--;
		/* "Pettuada`e": the grammar's apostrophe */
		for (k = 0; k < (size_t) t->len; k++)
			if (t->p[k] == '`')
				((char *) t->p)[k] = '\'';
		/* "Kota Makassar.": a sentence's dot, not an abbreviation's */
		if (t->len >= 5 && t->p[t->len - 1] == '.' && odi_is_lower(t->p[t->len - 2]) &&
			odi_is_lower(t->p[t->len - 3]) && odi_is_lower(t->p[t->len - 4]) &&
			odi_is_lower(t->p[t->len - 5]) && (i + 1 == r->n || r->t[i + 1].comma))
			t->len--;
		for (k = 0; k < sizeof(dotted) / sizeof(dotted[0]) && cut == 0; k++)
		{
			int			n = (int) strlen(dotted[k]);

			if (t->len > n && starts_ci(t->p, n, dotted[k]) && odi_is_alnum(t->p[n]) &&
				!starts_ci(t->p, 2, "rt") && !starts_ci(t->p, 2, "rw"))
				cut = n;
		}
		/* "(", ")", a Plus Code ("6HP6+CV3"), a lone "Nomor" part: nothing to read */
		if ((t->len == 1 && (t->p[0] == '(' || t->p[0] == ')')) ||
			((t->len == 7 || t->len == 8) && t->p[4] == '+') ||
			(TOK_IN(t, no_words) && (i + 1 == r->n || r->t[i + 1].comma) && (i == 0 || t->comma)))
		{
			t->len = 0;
			continue;
		}
		/* "Bengkulu-38119" */
		if (t->len > 6 && t->p[t->len - 6] == '-' && trailing_digits((seg) {t->p, t->len}) == 5 &&
			odi_is_letter(t->p[t->len - 7]))
		{
			if (r->n == MAX_TOKENS)
				return false;
			memmove(&r->t[i + 2], &r->t[i + 1], sizeof(token) * (r->n - i - 1));
			r->n++;
			r->t[i + 1].p = t->p + t->len - 5;
			r->t[i + 1].len = 5;
			r->t[i + 1].comma = false;
			t->len -= 6;
			continue;
		}
		/* "Kota Kupang-NTT": a province glued with a hyphen */
		{
			const char *dash = memchr(t->p, '-', t->len);

			if (dash && dash > t->p && dash + 1 < t->p + t->len && odi_is_letter(dash[-1]) &&
				odi_is_letter(dash[1]) &&
				odi_wilayah_exists(dash + 1, (size_t) (t->p + t->len - dash - 1), ODI_WILAYAH_PROVINCE,
								   ODI_WILAYAH_NONE))
			{
				if (r->n == MAX_TOKENS)
					return false;
				memmove(&r->t[i + 2], &r->t[i + 1], sizeof(token) * (r->n - i - 1));
				r->n++;
				r->t[i + 1].p = dash + 1;
				r->t[i + 1].len = (int) (t->p + t->len - dash - 1);
				r->t[i + 1].comma = true;
				t->len = (int) (dash - t->p);
				continue;
			}
		}
		/* "No161", "NO28A" */
		if (cut == 0 && t->len > 2 && starts_ci(t->p, 2, "no") && odi_is_digit(t->p[2]))
			cut = 2;
		/* "Tangerang15138" */
		if (cut == 0 && t->len > 5 && trailing_digits((seg) {t->p, t->len}) == 5 &&
			odi_is_letter(t->p[t->len - 6]))
			cut = t->len - 5;
		if (cut == 0)
			continue;
		if (r->n == MAX_TOKENS)
			return false;
		memmove(&r->t[i + 2], &r->t[i + 1], sizeof(token) * (r->n - i - 1));
		r->n++;
		r->t[i + 1].p = t->p + cut;
		r->t[i + 1].len = t->len - cut;
		r->t[i + 1].comma = false;
		t->len = cut;
	}
	return true;
}

/*
 * The complex: the parts before the street, joined by spaces; "No." and
 * "Kav." lose their dot there, since they mark the building number.
 */
static void
put_complex(builder *b, const reader *r, int from, int to)
{
	bool		first = true;
	int			i;

	for (i = from; i < to; i++)
	{
		const token *t = &r->t[i];
		int			len = t->len;

		if (len == 0)
			continue;
		if (!first)
			puts_(b, " ");
		if (t->p[len - 1] == '.' && (TOK_IN(t, no_words) || TOK_IN(t, kav_words) || TOK_IN(t, km_words)))
			len--;
		put(b, t->p, len);
		first = false;
	}
}

/* tokens [from, to) joined by single spaces */
static void
put_tokens(builder *b, const reader *r, int from, int to)
{
	int			i;

	bool		first = true;

	for (i = from; i < to; i++)
	{
		if (r->t[i].len == 0)
			continue;
		if (!first)
			puts_(b, " ");
		put(b, r->t[i].p, r->t[i].len);
		first = false;
	}
}

/* the label of tokens [from, to), and how many tokens it takes */
static label_kind
tokens_label(const reader *r, int from, int to, int *ntokens)
{
	char		text[64];
	int			len = 0;
	int			i;
	int			ll;
	label_kind	kind;

	*ntokens = 0;
	text[0] = '\0';
	for (i = from; i < to && i < from + 3; i++)
	{
		if (len + r->t[i].len + 2 > (int) sizeof(text))
			break;
		if (i > from)
			text[len++] = ' ';
		memcpy(text + len, r->t[i].p, r->t[i].len);
		len += r->t[i].len;
	}
	kind = leading_label(text, len, &ll);
	if (kind == LABEL_NONE || kind == LABEL_RTRW)
		return kind;
	/* the tokens the label covers */
	for (i = from, len = 0; i < to && len < ll; i++)
	{
		len += r->t[i].len + 1;
		(*ntokens)++;
	}
	if (len - 1 > ll && *ntokens > 0)
		return LABEL_NONE;		/* the label ends inside a token */
	return *ntokens < to - from || kind == LABEL_POSTAL ? kind : LABEL_NONE;
}

/* the text of piece tokens [from, to) in buf */
static seg
tokens_text(const reader *r, int from, int to, char *buf, int cap)
{
	builder		b = {buf, 0, (size_t) cap, false};

	buf[0] = '\0';
	put_tokens(&b, r, from, to);
	return (seg) {buf, b.overflow ? 0 : (int) b.len};
}

/* a word of three letters or more: "A-B" after a number is no kelurahan */
static bool
has_long_word(const reader *r, int start, int end)
{
	int			i;

	for (i = start; i < end; i++)
	{
		int			run = 0;
		int			k;

		for (k = 0; k < r->t[i].len; k++)
			if (odi_is_letter(r->t[i].p[k]) || (unsigned char) r->t[i].p[k] >= 0x80)
			{
				if (++run >= 3)
					return true;
			}
			else
				run = 0;
	}
	return false;
}

/* "Sukamaju Kec. Cibinong": a label inside what would be one name */
static bool
has_inner_label(const reader *r, int start, int end)
{
	static const char *const inner[] = {
		"kec.", "kec", "kecamatan", "kel.", "kelurahan", "kab.", "kabupaten",
		"prov.", "provinsi", "propinsi"
	};
	int			i;

	for (i = start + 1; i < end; i++)
		if (TOK_IN(&r->t[i], inner))
			return true;
	return false;
}

static bool
postal_digit_ok(int province_code, int postal)
{
	int			i = province_by_code(province_code);

	return i < 0 || postal_fits(provinces[i].digits, postal);
}

/*
 * Scores one assignment of roles to pieces against the register; -1 when it
 * cannot be right.  Writes the reading's text (kelurahan|kecamatan|city|province).
 */
static int
score_reading(const reader *r, const piece *pc, int np, char *text, int cap)
{
	const piece *v = NULL;
	const piece *d = NULL;
	const piece *c = NULL;
	const piece *p = NULL;
	const piece *town = NULL;
	const piece *hamlet = NULL;
	char		vb[256];
	char		db[256];
	char		cb[256];
	char		pb[256];
	seg			vs = {"", 0};
	seg			ds = {"", 0};
	seg			cs;
	uint32_t	cities[MAX_CITIES];
	int			ncities;
	int			province = 0;
	int			score = 0;
	bool		vmatch = false;
	bool		d_known = false;
	bool		d_labelled = false;	/* a labelled kecamatan the register puts elsewhere */
	uint32_t	districts[MAX_CITIES];
	int			ndistricts = 0;
	int			i;
	int			k;
	uint32_t	prov_entry = ODI_WILAYAH_NONE;

	for (i = 0; i < np; i++)
	{
		const piece *x = &pc[i];

		if (x->role == ROLE_VILLAGE)
			v = x;
		else if (x->role == ROLE_DISTRICT)
			d = x;
		else if (x->role == ROLE_CITY)
			c = x;
		else if (x->role == ROLE_PROVINCE)
			p = x;
		else if (x->role == ROLE_TOWN)
			town = x;
		else
			hamlet = x;
	}
	if (v == NULL || c == NULL)
		return -1;
	if (p)
	{
		seg			ps = tokens_text(r, p->start, p->end, pb, sizeof(pb));
		int			pi = province_index(ps.p, ps.len);

		if (pi < 0 || !postal_digit_ok(provinces[pi].code, r->postal))
			return -1;
		province = provinces[pi].code;
		prov_entry = odi_wilayah_by_code((char[3]) {(char) ('0' + province / 10), (char) ('0' + province % 10), 0});
		score += 1;
	}
	cs = tokens_text(r, c->start, c->end, cb, sizeof(cb));
	if (cs.len == 0)
		return -1;
	ncities = odi_address_city_entries(cs.p, (size_t) cs.len, prov_entry, cities, MAX_CITIES);
	if (ncities > MAX_CITIES)
		return -1;
	for (i = k = 0; i < ncities; i++)
		if (postal_digit_ok(odi_wilayah_get(cities[i])->province, r->postal))
			cities[k++] = cities[i];
	ncities = k;
	/* the register knows every city: a name it does not know is no city */
	if (ncities == 0)
		return -1;
	score += 4;
	if (d)
	{
		ds = tokens_text(r, d->start, d->end, db, sizeof(db));
		for (i = 0; i < ncities && ndistricts < MAX_CITIES; i++)
			ndistricts += odi_wilayah_find(ds.p, (size_t) ds.len, ODI_WILAYAH_DISTRICT, cities[i],
										   districts + ndistricts, MAX_CITIES - ndistricts);
		if (ndistricts > MAX_CITIES)
			ndistricts = MAX_CITIES;
		if (ndistricts > 0)
			score += 2;
		/* "Kec. Ilir Tim. II", "grogol pertamburan": one kecamatan spelt nearly so */
		else if ((d->whole || d->label == LABEL_DISTRICT) &&
				 odi_wilayah_find_near(ds.p, (size_t) ds.len, ODI_WILAYAH_DISTRICT,
									   cities, ncities, &districts[0]) == 1)
		{
			ndistricts = 1;
			score += 1;
		}

		/*
		 * "Pekiringan, Kec. Kesambi, Kabupaten Cirebon": the register puts
		 * Kesambi in Kota Cirebon, but the labels say what each part is; it
		 * is read as written (id_address_in_register tells).
		 */
		else if (!(d->label == LABEL_DISTRICT && c->label == LABEL_CITY && v->whole &&
				   register_has(ds.p, ds.len, ODI_WILAYAH_DISTRICT, ODI_WILAYAH_NONE)))
			return -1;
		d_known = ndistricts > 0;
		d_labelled = ndistricts == 0;
	}
	vs = tokens_text(r, v->start, v->end, vb, sizeof(vb));
	if (vs.len == 0)
		return -1;
	if (d_labelled)
		vmatch = false;
	else if (d)
		for (i = 0; i < ndistricts && !vmatch; i++)
			vmatch = register_has(vs.p, vs.len, ODI_WILAYAH_VILLAGE, districts[i]);
	else
	{
		odi_village_fit fit = odi_address_village_fit(vs.p, (size_t) vs.len, cities, ncities, NULL);

		if (fit == ODI_VILLAGE_IS_DISTRICT)
			return -1;
		vmatch = fit == ODI_VILLAGE_FOUND;
	}
	if (vmatch)
		score += 4;
	else
	{
		uint32_t	near;
		bool		spelt_nearly = !d_labelled && (v->whole || v->label == LABEL_VILLAGE) &&
			odi_wilayah_find_near(vs.p, (size_t) vs.len, ODI_WILAYAH_VILLAGE,
								  d ? districts : cities, d ? ndistricts : ncities, &near) == 1;

		/*
		 * A kelurahan the register does not know by this name (renamed,
		 * split, spelt otherwise): only where the register has one spelt
		 * nearly so, or where its label or a known kecamatan after it says
		 * so; never the name of another kind of area.
		 */
		if (!(spelt_nearly || v->label == LABEL_VILLAGE || (d && d_known) || d_labelled) ||
			!has_long_word(r, v->start, v->end) ||
			!(v->whole || v->label == LABEL_VILLAGE) ||
			has_inner_label(r, v->start, v->end) || !has_letter(vs.p, vs.len) ||
			register_has(vs.p, vs.len, ODI_WILAYAH_DISTRICT, ODI_WILAYAH_NONE) ||
			register_has(vs.p, vs.len, ODI_WILAYAH_REGENCY, ODI_WILAYAH_NONE) ||
			province_index(vs.p, vs.len) >= 0)
			return -1;
		score += spelt_nearly ? 3 : 1;
	}
	if (hamlet)
	{
		char		hb[256];
		char		hk[ODI_WILAYAH_KEY_MAX + 1];
		char		dk[ODI_WILAYAH_KEY_MAX + 1];
		seg			hs = tokens_text(r, hamlet->start, hamlet->end, hb, sizeof(hb));

		/*
		 * "Ambarukmo, Caturtunggal, Kec. Depok": a padukuhan, dusun or estate
		 * before a kelurahan the register confirms in a kecamatan it
		 * confirms; never another village or kecamatan of the city.
		 */
		if (!vmatch || ndistricts == 0 || score < 10 || !has_long_word(r, hamlet->start, hamlet->end) ||
			odi_wilayah_key(hs.p, (size_t) hs.len, hk) <= 0 ||
			odi_wilayah_key(ds.p, (size_t) ds.len, dk) <= 0)
			return -1;
		for (i = hamlet->start; i < hamlet->end; i++)
			if (tok_has_digit(&r->t[i]) || TOK_IN(&r->t[i], blok_words) ||
				TOK_IN(&r->t[i], jl_words) || TOK_IN(&r->t[i], no_words))
				return -1;
		if (strcmp(hk, dk) != 0)
			for (i = 0; i < ncities; i++)
				if (register_has(hs.p, hs.len, ODI_WILAYAH_VILLAGE, cities[i]) ||
					register_has(hs.p, hs.len, ODI_WILAYAH_DISTRICT, cities[i]))
					return -1;
		score -= 1;
	}
	if (town)
	{
		char		tb[256];
		seg			ts = tokens_text(r, town->start, town->end, tb, sizeof(tb));
		uint32_t	same[MAX_CITIES];
		int			nsame;

		/* "..., Kab. Musi Banyuasin, Sumatera Selatan Sekayu 30711" */
		if (ncities == 0)
			return -1;
		nsame = odi_address_city_entries(ts.p, (size_t) ts.len, ODI_WILAYAH_NONE, same, MAX_CITIES);
		for (i = 0; i < ncities; i++)
		{
			for (k = 0; k < nsame && k < MAX_CITIES && same[k] != cities[i]; k++)
				;
			if ((k < nsame && k < MAX_CITIES) ||
				register_has(ts.p, ts.len, ODI_WILAYAH_DISTRICT, cities[i]))
				break;
		}
		if (i == ncities)
			return -1;
	}
	snprintf(text, (size_t) cap, "%.*s|%.*s|%.*s|%d", vs.len, vs.p, ds.len, ds.p,
			 cs.len, cs.p, province);
	return score;
}

static void
consider(reader *r)
{
	char		text[512] = "";
	int			score = score_reading(r, r->cur, r->ncur, text, sizeof(text));
#ifdef ODI_DEBUG_READER
	fprintf(stderr, "reading %d: %s\n", score, text);
#endif

	if (score < 0 || score < r->best_score)
		return;
	if (score == r->best_score)
	{
		if (strcmp(text, r->best_text) != 0)
			r->ambiguous = true;
		return;
	}
	r->best_score = score;
	r->ambiguous = false;
	memcpy(r->best, r->cur, sizeof(piece) * r->ncur);
	r->nbest = r->ncur;
	snprintf(r->best_text, sizeof(r->best_text), "%s", text);
}


/*
 * tokens_label() of a piece [ps, pe) of a chunk ending at chunk_end: the
 * label at a token is looked up once per reading.
 */
static label_kind
piece_label(reader *r, int ps, int pe, int chunk_end, int *nl)
{
	label_kind	kind;

	if (!r->label_known[ps])
	{
		r->label_at[ps] = (signed char) tokens_label(r, ps, chunk_end, nl);
		r->label_len[ps] = (signed char) *nl;
		r->label_known[ps] = true;
	}
	kind = (label_kind) r->label_at[ps];
	*nl = r->label_len[ps];
	if (kind == LABEL_NONE || kind == LABEL_RTRW || kind == LABEL_POSTAL)
		return kind;
	return *nl < pe - ps ? kind : LABEL_NONE;
}

/* Is tokens [start, end) a city (or a province) of the register?  Remembered per reading. */
static bool
piece_known(reader *r, int start, int end, role ro)
{
	char		buf[256];
	seg			t;
	uint32_t	e;
	int			i;
	bool		known;

	for (i = 0; i < r->nmemo; i++)
		if (r->memo[i].start == start && r->memo[i].end == end && r->memo[i].role == (int) ro)
			return r->memo[i].known;
	t = tokens_text(r, start, end, buf, sizeof(buf));
	if (t.len == 0)
		known = false;
	else if (ro == ROLE_CITY)
		known = odi_address_city_entries(t.p, (size_t) t.len, ODI_WILAYAH_NONE, &e, 1) > 0;
	else if (ro == ROLE_PROVINCE)
		known = province_index(t.p, t.len) >= 0;
	else
		known = odi_wilayah_exists(t.p, (size_t) t.len,
								   ro == ROLE_VILLAGE ? ODI_WILAYAH_VILLAGE : ODI_WILAYAH_DISTRICT,
								   ODI_WILAYAH_NONE);
	if (r->nmemo < (int) (sizeof(r->memo) / sizeof(r->memo[0])))
	{
		r->memo[r->nmemo].start = (short) start;
		r->memo[r->nmemo].end = (short) end;
		r->memo[r->nmemo].role = (int) ro;
		r->memo[r->nmemo].known = known;
		r->nmemo++;
	}
	return known;
}

/* Adds a piece [start, end) with role and goes on from token next of chunk ci. */
static void assign(reader *r, int ci, int from, int min_role);

static void
add_piece(reader *r, int ci, int start, int end, role ro, label_kind label,
		  bool whole, int next)
{
	piece	   *p;

	if (r->ncur == MAX_PIECES)
		return;
	/*
	 * A city or a province the register does not know ends this reading
	 * early, and so does a piece cut out of a part that is no kelurahan or
	 * kecamatan anywhere (only what the register knows may be cut out).
	 */
	if ((ro == ROLE_CITY || ro == ROLE_PROVINCE ||
		 (!whole && label == LABEL_NONE && (ro == ROLE_VILLAGE || ro == ROLE_DISTRICT))) &&
		!piece_known(r, start, end, ro))
		return;
	p = &r->cur[r->ncur++];
	p->chunk = ci;
	p->start = start;
	p->end = end;
	p->role = ro;
	p->label = label;
	p->whole = whole;
	if (next == r->c[ci].end)
		assign(r, ci + 1, -1, ro + 1);
	else
		assign(r, ci, next, ro + 1);
	r->ncur--;
}

/* a name of the register at level, written in full with its label ("Desa Baru") */
static bool
full_name_known(const reader *r, int start, int end, int level)
{
	char		buf[256];
	seg			s = tokens_text(r, start, end, buf, sizeof(buf));

	return s.len > 0 && register_has(s.p, s.len, level, ODI_WILAYAH_NONE);
}

/*
 * Every way to cut chunks [ci..] into pieces, from token "from" of chunk ci
 * on, with roles from min_role up: a piece's label limits its role.
 */
static void
assign(reader *r, int ci, int from, int min_role)
{
	const chunk *c;
	int			to;

	if (ci == r->nc)
	{
		consider(r);
		return;
	}
	c = &r->c[ci];
	if (from < 0)
		from = c->start;
	for (to = from + 1; to <= c->end; to++)
	{
		int			ps = from;
		int			pe = to;
		int			nl;
		bool		whole;
		label_kind	label;
		int			ro;

		while (ps < pe && is_dash(&r->t[ps]))
			ps++;
		while (pe > ps && is_dash(&r->t[pe - 1]))
			pe--;
		if (ps == pe)
			continue;
		whole = from == c->start && to == c->end;
		label = piece_label(r, ps, pe, c->end, &nl);
		switch (label)
		{
			case LABEL_VILLAGE:
				if (min_role <= ROLE_VILLAGE)
				{
					add_piece(r, ci, ps + nl, pe, ROLE_VILLAGE, label, whole, to);
					if (full_name_known(r, ps, pe, ODI_WILAYAH_VILLAGE))
						add_piece(r, ci, ps, pe, ROLE_VILLAGE, label, whole, to);
				}
				break;
			case LABEL_DISTRICT:
				if (min_role <= ROLE_DISTRICT)
					add_piece(r, ci, ps + nl, pe, ROLE_DISTRICT, label, whole, to);
				break;
			case LABEL_PROVINCE:
				if (min_role <= ROLE_PROVINCE)
					add_piece(r, ci, ps + nl, pe, ROLE_PROVINCE, label, whole, to);
				break;
			case LABEL_CITY:
				/* the city keeps its Kota or Kabupaten; "Kota Baru" may be a village */
				if (min_role <= ROLE_VILLAGE && full_name_known(r, ps, pe, ODI_WILAYAH_VILLAGE))
					add_piece(r, ci, ps, pe, ROLE_VILLAGE, label, whole, to);
				if (min_role <= ROLE_DISTRICT && full_name_known(r, ps, pe, ODI_WILAYAH_DISTRICT))
					add_piece(r, ci, ps, pe, ROLE_DISTRICT, label, whole, to);
				if (min_role <= ROLE_CITY)
					add_piece(r, ci, ps, pe, ROLE_CITY, label, whole, to);
				break;
			case LABEL_HAMLET:
				if (min_role == ROLE_HAMLET)
					add_piece(r, ci, ps, pe, ROLE_HAMLET, label, whole, to);
				/* "Dusun Pengkolan" is the name of a desa */
				if (min_role <= ROLE_VILLAGE && full_name_known(r, ps, pe, ODI_WILAYAH_VILLAGE))
					add_piece(r, ci, ps, pe, ROLE_VILLAGE, LABEL_NONE, whole, to);
				break;
			case LABEL_POSTAL:
			case LABEL_RTRW:
				break;
			default:
				for (ro = min_role; ro <= ROLE_TOWN; ro++)
					if ((ro > ROLE_HAMLET && ro < ROLE_TOWN) ||
						(ro == ROLE_HAMLET && ci == 0) ||
						(ro == ROLE_TOWN && ci == r->nc - 1 && to == c->end && min_role > ROLE_CITY))
						add_piece(r, ci, ps, pe, (role) ro, label, whole, to);
				break;
		}
	}
}

/* the key of tokens [from, to), without a label */
static void
chunk_key(const reader *r, int from, int to, char *key)
{
	char		buf[256];
	int			nl;
	seg			t;

	if (tokens_label(r, from, to, &nl) != LABEL_NONE)
		from += nl;
	t = tokens_text(r, from, to, buf, sizeof(buf));
	if (odi_wilayah_key(t.p, (size_t) t.len, key) < 0)
		key[0] = '\0';
}

static bool chunk_is_city(const reader *r, const chunk *c);

/* a whole chunk that is a kelurahan/desa of the city chunk city names */
static bool
chunk_is_village(const reader *r, const chunk *c, const chunk *city)
{
	char		buf[256];
	char		cbuf[256];
	seg			s = tokens_text(r, c->start, c->end, buf, sizeof(buf));
	seg			cs = tokens_text(r, city->start, city->end, cbuf, sizeof(cbuf));
	uint32_t	cities[MAX_CITIES];
	int			n = odi_address_city_entries(cs.p, (size_t) cs.len, ODI_WILAYAH_NONE, cities, MAX_CITIES);
	int			i;

	for (i = 0; i < n && i < MAX_CITIES; i++)
		if (odi_wilayah_exists(s.p, (size_t) s.len, ODI_WILAYAH_VILLAGE, cities[i]))
			return true;
	return false;
}

static void
drop_chunk(reader *r, int i)
{
	memmove(&r->c[i], &r->c[i + 1], sizeof(chunk) * (r->nc - i - 1));
	r->nc--;
}

/*
 * Google Maps says some parts twice: "Trimulyo, Jetis, Trimulyo, Jetis",
 * "Cempaka Putih, Kec. Cemp. Putih", "Kotabaru, Yogyakarta, Kota Yogyakarta".
 * A part said again is said once.
 */
static void
drop_repeated_parts(reader *r)
{
	char		keys[MAX_CHUNKS][ODI_WILAYAH_KEY_MAX + 1];
	int			i;
	int			j;
	int			nl;

	for (i = 0; i < r->nc; i++)
		chunk_key(r, r->c[i].start, r->c[i].end, keys[i]);
	/*
	 * A pair said again: the second goes; but a city and its province said
	 * before the kelurahan ("Km 9, Kota Sorong, Papua Bar., Klasabi, ...,
	 * Kota Sorong, Papua Bar.") are read where they belong, at the end.
	 */
	for (i = 0; i + 3 < r->nc; i++)
		for (j = i + 2; j + 1 < r->nc; j++)
			if (keys[i][0] && strcmp(keys[i], keys[j]) == 0 && strcmp(keys[i + 1], keys[j + 1]) == 0)
			{
				int			gone = tokens_label(r, r->c[i].start, r->c[i].end, &nl) == LABEL_CITY &&
					j + 2 == r->nc ? i : j;

				drop_chunk(r, gone + 1);
				drop_chunk(r, gone);
				memmove(&keys[gone], &keys[gone + 2], sizeof(keys[0]) * (r->nc - gone));
			}
	/* "Sekip, Sinduadi, Sleman, Sinduadi, Mlati, Kabupaten Sleman": the city said early */
	for (j = 0; j < r->nc; j++)
		if (tokens_label(r, r->c[j].start, r->c[j].end, &nl) == LABEL_CITY)
			for (i = 0; i + 1 < j; i++)
				if (keys[i][0] && strcmp(keys[i], keys[j]) == 0 &&
					tokens_label(r, r->c[i].start, r->c[i].end, &nl) == LABEL_NONE &&
					!chunk_is_village(r, &r->c[i], &r->c[j]))
				{
					drop_chunk(r, i);
					memmove(&keys[i], &keys[i + 1], sizeof(keys[0]) * (r->nc - i));
					i--;
					j--;
				}
	/* "..., Sinduadi, Sinduadi, Mlati, ...": a kelurahan said twice before its kecamatan */
	for (i = 0; i + 2 < r->nc; i++)
		if (keys[i][0] && strcmp(keys[i], keys[i + 1]) == 0 &&
			tokens_label(r, r->c[i].start, r->c[i].end, &nl) == LABEL_NONE &&
			tokens_label(r, r->c[i + 1].start, r->c[i + 1].end, &nl) == LABEL_NONE &&
			!chunk_is_city(r, &r->c[i + 2]) &&
			tokens_label(r, r->c[i + 2].start, r->c[i + 2].end, &nl) != LABEL_CITY)
		{
			drop_chunk(r, i + 1);
			memmove(&keys[i + 1], &keys[i + 2], sizeof(keys[0]) * (r->nc - i - 1));
		}
	for (i = 1; i + 1 < r->nc; i++)
	{
		label_kind	next = tokens_label(r, r->c[i + 1].start, r->c[i + 1].end, &nl);

		/* "Kotabaru, Yogyakarta, Kota Yogyakarta": the city said before itself */
		if (next == LABEL_CITY && keys[i][0] && strcmp(keys[i], keys[i + 1]) == 0 &&
			tokens_label(r, r->c[i].start, r->c[i].end, &nl) == LABEL_NONE)
		{
			drop_chunk(r, i);
			memmove(&keys[i], &keys[i + 1], sizeof(keys[0]) * (r->nc - i));
			i--;
		}
	}
}

/* a whole chunk that names a city of the register, and nothing else */
static bool
chunk_is_city(const reader *r, const chunk *c)
{
	char		buf[256];
	uint32_t	e;
	seg			s = tokens_text(r, c->start, c->end, buf, sizeof(buf));

	return s.len > 0 && odi_address_city_entries(s.p, (size_t) s.len, ODI_WILAYAH_NONE, &e, 1) > 0 &&
		!odi_wilayah_exists(s.p, (size_t) s.len, ODI_WILAYAH_VILLAGE, ODI_WILAYAH_NONE);
}

/* Cuts the area tokens [from, to) into chunks at commas and the removed postal code. */
static bool
make_chunks(reader *r, int from, int to)
{
	int			i = from;

	r->nc = 0;
	while (i < to)
	{
		chunk	   *c;

		if (r->t[i].len == 0)
		{
			i++;
			continue;
		}
		if (r->nc == MAX_CHUNKS)
			return false;
		c = &r->c[r->nc++];
		c->start = i;
		for (i++; i < to && r->t[i].len > 0 && !r->t[i].comma; i++)
			;
		c->end = i;
		if (c->end - c->start > 16)
			return false;
	}
	drop_repeated_parts(r);
	return true;
}

/* a Roman RW number ("RT 4/I", "RW VIII") */
static const char *
read_roman(const char *p, const char *end, int *v)
{
	static const char *const numerals[] = {
		"xx", "xix", "xviii", "xvii", "xvi", "xv", "xiv", "xiii", "xii", "xi", "x",
		"ix", "viii", "vii", "vi", "v", "iv", "iii", "ii", "i"
	};
	int			k;

	for (k = 0; k < 20; k++)
	{
		int			n = (int) strlen(numerals[k]);

		if (end - p >= n && starts_ci(p, n, numerals[k]) &&
			(p + n == end || !odi_is_letter(p[n])))
		{
			*v = 20 - k;
			return p + n;
		}
	}
	return NULL;
}

/*
 * "RT 2 RW 11", "RT.002/RW.011", "RT002/006", "RT/RW 002/011", "RT 26",
 * "Rt 12/I", "RW.5" alone, "RW 05 RT 12".
 */
static bool
read_rtrw(const char *p, const char *end, int *rt, int *rw)
{
	const char *q;

	/* "RW.5", "RW 05 RT 12" */
	if (starts_ci(p, 2, "rw"))
	{
		*rt = 0;
		p = skip_chars(p + 2, end, ".: ");
		if ((p = read_small(p, end, rw)) == NULL)
			return false;
		p = skip_chars(p, end, " /-.");
		if (end - p >= 2 && starts_ci(p, 2, "rt"))
		{
			p = skip_chars(p + 2, end, ".: ");
			if ((p = read_small(p, end, rt)) == NULL)
				return false;
		}
		return p == end && *rw >= 1 && *rw <= MAX_RT && *rt <= MAX_RT;
	}
	if (!starts_ci(p, 2, "rt"))
		return false;
	p += 2;
	*rw = 0;
	if (end - p >= 3 && starts_ci(p, 3, "/rw"))
	{
		p = skip_chars(p + 3, end, ".: ");
		if ((p = read_small(p, end, rt)) == NULL)
			return false;
		p = skip_chars(p, end, " ");
		if (p == end || (*p != '/' && *p != '-'))
			return false;
		p = skip_chars(p + 1, end, " ");
		if ((p = read_small(p, end, rw)) == NULL)
			return false;
	}
	else
	{
		p = skip_chars(p, end, ".: ");
		if ((p = read_small(p, end, rt)) == NULL)
			return false;
		p = skip_chars(p, end, " /-.");
		if (end - p >= 2 && starts_ci(p, 2, "rw"))
			p = skip_chars(p + 2, end, ".: ");
		if (p < end && (q = read_small(p, end, rw)) == NULL && (q = read_roman(p, end, rw)) == NULL)
			return false;
		if (p < end)
			p = q;
	}
	return p == end && *rt >= 1 && *rt <= MAX_RT && *rw <= MAX_RT;
}

static int
atoi_small(const char *p, int len)
{
	int			v = 0;
	int			i;

	for (i = 0; i < len && i < 4; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

/* Reads an RT/RW starting at token i (to the next comma); the token after it, or -1. */
static int
take_rtrw(const reader *r, int i, int *rt, int *rw)
{
	char		buf[128];
	int			j;
	seg			s;

	for (j = i + 1; j < r->n && j < i + 6; j++)
		if (r->t[j].comma && !(j == i + 2 && starts_ci(r->t[j].p, r->t[j].len, "rw")))
			break;
	while (j > i)
	{
		s = tokens_text(r, i, j, buf, sizeof(buf));
		if (s.len > 2 && read_rtrw(s.p, s.p + s.len, rt, rw))
			return j;
		j--;
	}
	return -1;
}

static bool
is_no_tok(const reader *r, int i)
{
	return i + 1 < r->n && TOK_IN(&r->t[i], no_words) && tok_has_digit(&r->t[i + 1]) &&
		!r->t[i + 1].comma;
}

static bool
is_lot_tok(const reader *r, int i)
{
	return i + 1 < r->n && (TOK_IN(&r->t[i], kav_words) || TOK_IN(&r->t[i], km_words)) &&
		tok_has_digit(&r->t[i + 1]) && !r->t[i + 1].comma;
}

/* a single capital after a number: "No. 7 A" */
static bool
is_number_letter(const reader *r, int i)
{
	int			nl;

	return i < r->n && !r->t[i].comma && r->t[i].len == 1 && odi_is_upper(r->t[i].p[0]) &&
		(i + 1 == r->n || r->t[i + 1].comma || tokens_label(r, i + 1, r->n, &nl) == LABEL_RTRW);
}

/* Writes the building number from token m (a marker); returns the token after it. */
/*
 * "No. 1,3,5", "Kav. 23, 25, 27": more numbers after commas, rising, written
 * "1/3/5"; the token after the number token n; returns the token after the list.
 */
static int
read_number_list(const reader *r, int n, builder *b)
{
	int			i = n + 1;
	int			last;

	if (!all_digits(r->t[n].p, r->t[n].len) || r->t[n].len > 4)
		return i;
	last = atoi_small(r->t[n].p, r->t[n].len);
	while (i < r->n && r->t[i].comma && r->t[i].len <= 3 && all_digits(r->t[i].p, r->t[i].len) &&
		   r->t[i].p[0] != '0' && (i + 1 == r->n || r->t[i + 1].comma))
	{
		int			v = atoi_small(r->t[i].p, r->t[i].len);

		if (v <= last || v > last + 20)
			break;
		puts_(b, "/");
		put(b, r->t[i].p, r->t[i].len);
		last = v;
		i++;
	}
	return i;
}

static int
read_number(const reader *r, int m, builder *b)
{
	int			i = m;

	if (TOK_IN(&r->t[i], kav_words) || TOK_IN(&r->t[i], km_words))
	{
		puts_(b, TOK_IN(&r->t[i], kav_words) ? "Kav. " : "Km. ");
		put(b, r->t[i + 1].p, r->t[i + 1].len);
		i = read_number_list(r, i + 1, b);
		if (!is_no_tok(r, i))
			return i;
		puts_(b, " ");
	}
	puts_(b, "No. ");
	put(b, r->t[i + 1].p, r->t[i + 1].len);
	i = read_number_list(r, i + 1, b);
	/* "No. 10 - 12" */
	if (i + 1 < r->n && is_dash(&r->t[i]) && !r->t[i].comma &&
		all_digits(r->t[i + 1].p, r->t[i + 1].len) && !r->t[i + 1].comma &&
		!tok_is_postal(&r->t[i + 1]))
	{
		puts_(b, "-");
		put(b, r->t[i + 1].p, r->t[i + 1].len);
		i += 2;
	}
	if (is_number_letter(r, i))
		put(b, r->t[i++].p, 1);
	/* "No. 9 Blok E" */
	if (i + 1 < r->n && TOK_IN(&r->t[i], blok_words) && !r->t[i].comma && !r->t[i + 1].comma &&
		(i + 2 == r->n || r->t[i + 2].comma))
	{
		puts_(b, " Blok ");
		put(b, r->t[i + 1].p, r->t[i + 1].len);
		i += 2;
	}
	return i;
}

static bool
read_lenient(const char *input, char *work, size_t cap, odi_address *out)
{
	reader	   *r = (reader *) work;
	char	   *tokbuf = work + sizeof(reader);
	builder		o = {tokbuf + 2 * strlen(input) + 8, 0, cap, false};
	int			m;
	int			nstart;
	int			send;
	int			sstart;
	int			cstart;
	int			cend;
	int			early_rt = 0;
	int			early_rw = 0;
	int			inner;
	bool		attached;
	char		number[256];
	builder		numb = {number, 0, sizeof(number), false};
	int			i;
	int			after;
	int			area_end;
	int			rt = 0;
	int			rw = 0;
	int			postal_at = -1;
	int			k;
	char	   *parse_work;

	memset(r, 0, sizeof(*r));
	if (!tokenize(input, tokbuf, r) || !split_glued(r) || r->n == 0)
		return false;

	/* "... 12345 Telp. (021) 3456789, Fax ...": a letterhead's contacts end the address */
	for (i = 1; i < r->n; i++)
		if (TOK_IN(&r->t[i], contact_words) &&
			(i + 1 == r->n || tok_has_digit(&r->t[i + 1]) ||
			 memchr(r->t[i + 1].p, '@', r->t[i + 1].len) || r->t[i + 1].p[0] == '(' ||
			 r->t[i + 1].p[0] == '+'))
		{
			r->n = i;
			break;
		}
	/* "4, Jl. Sekolah ...": a number before everything says nothing */
	if (r->n > 1 && r->t[1].comma && all_digits(r->t[0].p, r->t[0].len))
		r->t[0].len = 0;
	/* the building number: the first No./Kav./Km. followed by a number */
	for (m = 0; m < r->n && !is_no_tok(r, m) && !is_lot_tok(r, m); m++)
		;
	if (m == r->n)
		return false;
	/*
	 * "Ruko Grogol Permai, Blok C No. 21, Jl. Prof. Dr. Latumeten No. 4":
	 * the premise's unit first, then the street with its number.
	 */
	{
		int			part = m;
		int			later = -1;

		while (part > 0 && !r->t[part].comma)
			part--;
		if (!TOK_IN(&r->t[part], jl_words))
			for (i = m + 1; i < r->n; i++)
				if (r->t[i].comma && TOK_IN(&r->t[i], jl_words))
				{
					for (k = i + 1; k < r->n && !r->t[k].comma; k++)
						if (is_no_tok(r, k) || is_lot_tok(r, k))
							break;
					if (k < r->n && !r->t[k].comma)
					{
						if (later >= 0)
							return false;	/* two streets with numbers */
						later = k;
					}
				}
		if (later >= 0)
			m = later;
	}
	/* a kilometre post followed by a number belongs to the street */
	if (TOK_IN(&r->t[m], km_words))
		for (k = m + 2; k < r->n && !r->t[k].comma; k++)
			if (is_no_tok(r, k) || (TOK_IN(&r->t[k], kav_words) && is_lot_tok(r, k)))
			{
				m = k;
				break;
			}
	nstart = m;
	if (m >= 2 && TOK_IN(&r->t[m - 2], blok_words) && !r->t[m - 1].comma && !r->t[m].comma)
		nstart = m - 2;
	/* "Blok B. 12 No. 6" */
	else if (m >= 3 && TOK_IN(&r->t[m - 3], blok_words) && !r->t[m - 2].comma &&
			 !r->t[m - 1].comma && !r->t[m].comma)
		nstart = m - 3;
	/* "No. Km. 10", "No. Blok D9B No. 2": the first No. says nothing */
	send = nstart;
	if (send > 0 && !r->t[send].comma && TOK_IN(&r->t[send - 1], no_words))
		send--;
	/* the street: from the last comma before the number */
	for (sstart = send; sstart > 0 && !r->t[sstart].comma; sstart--)
		;
	/* "Jl. Merdeka, No. 5"; "No. 78, Jl. Embong Malang" is read below */
	if (sstart == send && sstart > 0)
		for (sstart--; sstart > 0 && !r->t[sstart].comma; sstart--)
			;
	/* "Jalan Prof. H. M. Yamin, S.H. No. 79" */
	for (i = sstart; i < send && tok_is_title(&r->t[i]); i++)
		;
	if (i == send && sstart > 0 && i > sstart)
		for (sstart--; sstart > 0 && !r->t[sstart].comma; sstart--)
			;
	/* what comes before the street is the complex (several parts are joined) */
	if (sstart > 0 && TOK_IN(&r->t[0], jl_words))
		return false;
	cstart = 0;
	cend = sstart;
	/* a complex before the street without a comma: "Gedung Gambir Bersama Jalan K.H. ..." */
	/* ... also after a complex of its own: "golf lake residence, Rukan Jl. Outer Ring Road" */
	for (i = sstart + 1; i < send && cend == sstart; i++)
		if (TOK_IN(&r->t[i], jl_words) && !TOK_IN(&r->t[sstart], jl_words))
		{
			cend = i;
			sstart = i;
		}

	/* "Jl. Ahmad Yani Rt. 004/ Rw 001 No. 28": the RT/RW before the number */
	for (i = sstart + 1; i < send; i++)
		if (tokens_label(r, i, send, &k) == LABEL_RTRW)
		{
			if (take_rtrw(r, i, &rt, &rw) != send)
				return false;
			early_rt = rt;
			early_rw = rw;
			send = i;
			break;
		}

	numb.buf[0] = '\0';
	if (nstart < m)
	{
		puts_(&numb, "Blok ");
		put_tokens(&numb, r, nstart + 1, m);
		puts_(&numb, " ");
	}
	after = read_number(r, m, &numb);
	/*
	 * "Komp Ruko Mahkota Raya Blok G No. 9 Jl. Raja Ali Haji, ...", "Ruko
	 * Golden Boulevard Blok C No. 1, Jl. Pahlawan Seribu, ...", "No. 78/I, Jl.
	 * Embong Malang, ...": the complex and the number, then the street.
	 */
	if (after < r->n && TOK_IN(&r->t[after], jl_words) &&
		(sstart == send || !TOK_IN(&r->t[sstart], jl_words)) && sstart == 0 && cend == 0)
	{
		cstart = sstart;
		cend = send;
		sstart = after;
		for (send = after + 1; send < r->n && !r->t[send].comma; send++)
			if (TOK_IN(&r->t[send], jl_words) || TOK_IN(&r->t[send], building_words) ||
				tok_is_postal(&r->t[send]))
				return false;
		/* "Dutamas Blok B-2 No. 8, Jl. Rs Fatmawati 39": which number? */
		if (all_digits(r->t[send - 1].p, r->t[send - 1].len))
			return false;
		after = send;
	}
	/* no street; "komplek taruko No. 1, ...": a complex with a number, and no street */
	if (sstart == send || TOK_IN(&r->t[sstart], building_words))
		return false;
	/*
	 * "Jl. Jend. Sudirman Ruko Sudirman Square No. 12-14": the building
	 * after the street's name is the complex, written before the street.
	 */
	inner = -1;
	for (i = sstart + 1; i < send; i++)
	{
		if (TOK_IN(&r->t[i], jl_words))
			return false;		/* two streets */
		if (inner < 0 && TOK_IN(&r->t[i], building_words))
			inner = i;
	}
	if (inner >= 0 && !TOK_IN(&r->t[sstart], jl_words))
		return false;
	for (i = cstart; i < cend && r->t[i].len == 0; i++)
		;
	if (i < cend || inner >= 0)
	{
		if (i < cend)
			put_complex(&o, r, cstart, cend);
		if (i < cend && inner >= 0)
			puts_(&o, " ");
		if (inner >= 0)
		{
			put_complex(&o, r, inner, send);
			send = inner;
		}
		puts_(&o, ", ");
	}
	if (TOK_IN(&r->t[sstart], jl_words) && sstart + 1 < send)
	{
		puts_(&o, "Jl. ");
		put_tokens(&o, r, sstart + 1, send);
	}
	else
		put_tokens(&o, r, sstart, send);
	puts_(&o, " ");
	puts_(&o, numb.buf);
	if (numb.overflow)
		return false;

	/* "No.16A 1, Pegangsaan", "No.70, 001, Terban": Google's RT, unlabelled, said again below */
	if (after < r->n && r->t[after].len <= 3 && all_digits(r->t[after].p, r->t[after].len) &&
		after + 1 < r->n && r->t[after + 1].comma && !tok_is_postal(&r->t[after]) &&
		tokens_label(r, after + 1, r->n, &k) != LABEL_RTRW)
		r->t[after++].len = 0;
	/* "No. 31 010, RT.010/RW.07": the RT again after the number */
	if (after + 1 < r->n && all_digits(r->t[after].p, r->t[after].len) && !r->t[after].comma &&
		r->t[after + 1].comma && tokens_label(r, after + 1, r->n, &k) == LABEL_RTRW &&
		take_rtrw(r, after + 1, &rt, &rw) > 0 && rt == atoi_small(r->t[after].p, r->t[after].len))
		after++;
	/* an RT/RW after the number, in the same part or the next */
	if (after < r->n && tokens_label(r, after, r->n, &k) == LABEL_RTRW)
	{
		int			next = take_rtrw(r, after, &rt, &rw);

		if (next < 0)
			return false;
		for (i = after; i < next; i++)
			r->t[i].len = 0;
		after = next;
	}
	else
	{
		rt = early_rt;
		rw = early_rw;
	}
	/* an RT/RW written later, as a part of its own */
	for (i = after + 1; i < r->n; i++)
		if (r->t[i].comma && r->t[i].len > 0 && tokens_label(r, i, r->n, &k) == LABEL_RTRW)
		{
			int			next = take_rtrw(r, i, &rt, &rw);

			if (next < 0 || (rt == 0 && rw == 0) || (next < r->n && !r->t[next].comma))
				return false;
			for (k = i; k < next; k++)
				r->t[k].len = 0;
			if (next < r->n)
				r->t[next].comma = true;
			break;
		}
	if (rt > 0 || rw > 0)
	{
		char		tmp[32];

		if (rt > 0 && rw > 0)
			snprintf(tmp, sizeof(tmp), " RT%02d/RW%02d", rt, rw);
		else if (rt > 0)
			snprintf(tmp, sizeof(tmp), " RT%02d", rt);
		else
			snprintf(tmp, sizeof(tmp), " RW%02d", rw);
		puts_(&o, tmp);
	}
	/* the area: without "Indonesia", the postal code and its label */
	area_end = r->n;
	for (i = after; i < area_end; i++)
		if (TOK_IN(&r->t[i], country_words) &&
			((r->t[i].comma && (i + 1 == r->n || r->t[i + 1].comma)) ||
			 (i > after && is_dash(&r->t[i - 1])) || i + 1 == r->n ||
			 tok_is_postal(&r->t[i + 1])))
		{
			r->t[i].len = 0;
			if (i > after && is_dash(&r->t[i - 1]))
				r->t[i - 1].len = 0;
		}
	/* "(Seberang AEON Mall BSD)": a note */
	for (i = after; i < area_end; i++)
		if (r->t[i].len > 0 && r->t[i].p[0] == '(')
		{
			for (k = i; k < area_end && (r->t[k].len == 0 || r->t[k].p[r->t[k].len - 1] != ')'); k++)
				;
			/*
			 * only a note at the end, or right after the number ("No. 01 (Ring
			 * Road), ..."): "Tanjung Niara (Wosia Selatan)" is a name
			 */
			if (k == area_end || (k != area_end - 1 && i != after))
				break;
			for (; i <= k; i++)
				r->t[i].len = 0;
			if (i < r->n)
				r->t[i].comma = true;
		}
	for (i = after; i < area_end; i++)
	{
		if (!tok_is_postal(&r->t[i]))
			continue;
		/* "Jakarta Barat 11730 11730": said twice */
		if (postal_at >= 0 && memcmp(r->t[i].p, r->t[postal_at].p, 5) == 0)
		{
			r->t[i].len = 0;
			continue;
		}
		if (postal_at >= 0)
			return false;
		postal_at = i;
	}
	if (postal_at < 0)
		return false;
	r->postal = 0;
	for (i = 0; i < 5; i++)
		r->postal = r->postal * 10 + (r->t[postal_at].p[i] - '0');
	/* "Kode Pos 16914", "KP. 16914", "Yogyakarta - 55162" */
	for (i = postal_at - 1; i >= after && i >= postal_at - 2; i--)
	{
		int			nl;

		if (tokens_label(r, i, postal_at + 1, &nl) == LABEL_POSTAL && i + nl == postal_at)
		{
			for (k = i; k < postal_at; k++)
				r->t[k].len = 0;
			break;
		}
	}
	if (postal_at > after && is_dash(&r->t[postal_at - 1]))
		r->t[postal_at - 1].len = 0;
	r->t[postal_at].len = 0;
	if (postal_at + 1 < r->n)
		r->t[postal_at + 1].comma = true;
	/* another street after the number: a corner street, or a sign of two addresses */
	for (i = after; i < area_end; i++)
		if ((r->t[i].comma || i == after) && r->t[i].len > 0 && TOK_IN(&r->t[i], jl_words))
		{
			char		buf[256];
			bool		digits = false;
			seg			part;
			int			first;

			for (k = i + 1; k < area_end && !r->t[k].comma; k++)
				digits |= tok_has_digit(&r->t[k]);
			part = tokens_text(r, i, k, buf, sizeof(buf));
			if (register_has(part.p, part.len, ODI_WILAYAH_VILLAGE, ODI_WILAYAH_NONE))
				continue;
			for (first = after; first < i && r->t[first].len == 0; first++)
				;
			/* "Jl. Ipda Tut Harsono No. 53, Jl. Melati Wetan, Muja Muju, ...": the corner */
			if (first != i || digits || k == area_end)
				return false;
			for (; i < k; i++)
				r->t[i].len = 0;
			if (k < r->n)
				r->t[k].comma = true;
			i = k - 1;
		}
	attached = after < area_end && !r->t[after].comma;
	if (after < area_end)
		r->t[after].comma = true;
	if (!make_chunks(r, after, area_end))
		return false;

	r->best_score = -1;
	assign(r, 0, -1, ROLE_HAMLET);
	/* "Jl. Bromo No. 29 Medan, Kelurahan Binjai, Kecamatan Medan Denai 20228": the city first */
	if (r->best_score < 0 && attached && r->nc >= 3 && chunk_is_city(r, &r->c[0]))
	{
		chunk		city = r->c[0];
		int			at = r->nc - 1;
		char		pb[256];
		seg			last = tokens_text(r, r->c[at].start, r->c[at].end, pb, sizeof(pb));

		if (province_index(last.p, last.len) < 0)
			at++;
		memmove(&r->c[0], &r->c[1], sizeof(chunk) * (at - 1));
		r->c[at - 1] = city;
		assign(r, 0, -1, ROLE_HAMLET);
	}
	if (r->best_score < 0 || r->ambiguous)
		return false;
	for (i = 0; i < r->nbest; i++)
	{
		const piece *p = &r->best[i];

		if (p->role >= ROLE_PROVINCE)
			break;
		if (p->role == ROLE_HAMLET)
			continue;
		puts_(&o, ", ");
		put_tokens(&o, r, p->start, p->end);
		if (p->role == ROLE_CITY)
		{
			char		tmp[8];

			snprintf(tmp, sizeof(tmp), " %05d", r->postal);
			puts_(&o, tmp);
		}
	}
	if (i < r->nbest && r->best[i].role == ROLE_PROVINCE)
	{
		char		pb[256];
		seg			ps = tokens_text(r, r->best[i].start, r->best[i].end, pb, sizeof(pb));

		puts_(&o, ", ");
		puts_(&o, provinces[province_index(ps.p, ps.len)].name);
	}
	if (o.overflow)
		return false;
	parse_work = o.buf + o.len + 1;
#ifdef ODI_DEBUG_READER
	fprintf(stderr, "read as: %s\n", o.buf);
#endif
	return odi_address_parse(o.buf, parse_work, out, NULL);
}

bool
odi_address_read_lenient(const char *input, char *work, odi_address *out)
{
	return read_lenient(input, work, 2 * strlen(input) + 256, out);
}

bool
odi_address_normalize(const char *input, char *work, odi_address *out)
{
	if (odi_address_parse(input, work, out, NULL))
		return true;
	return odi_address_read_lenient(input, work, out);
}

size_t
odi_address_work_size(const char *input)
{
	return sizeof(reader) + 16 * strlen(input) + 2048;
}

size_t
odi_address_parse_work_size(const char *input)
{
	return 8 * strlen(input) + 512;
}
