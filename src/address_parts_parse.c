/* address_parts_parse.c: an id_address from split columns (G4.5-ADDR). */
#include "address_parts_parse.h"

#include <stdio.h>
#include <string.h>

#include "address_area.h"
#include "odi_chars.h"
#include "wilayah.h"

#define HINT_PARTS odi_msg("G4.5-ADDR-2: alamat (the street and building number), kelurahan, kota and kode_pos are mandatory; rt, rw and kecamatan may be empty, NULL or \"-\".")
#define HINT_RTRW odi_msg("G4.5-ADDR-1: RT and RW are numbers from 1 to 999 (\"2\", \"002\", \"RT 002\"), written \"RT02/RW11\" after the building number.")
#define HINT_POSTAL odi_msg("G4.5-ADDR-4: the city and its postal code are separated by one space; a postal code has exactly 5 digits and does not start with 0.")
#define HINT_STREET odi_msg("G4.5-ADDR-3: alamat holds the street, \"No.\" or \"Nomor\" and the building number, after an optional complex name: \"Jl. Pati No. 1\", \"Kompleks Giri Indah, Jl. Dukuh 3 No. 3\".")
#define HINT_ONE_NAME odi_msg("G4.5-ADDR-1: the parts are joined with commas, so kelurahan, kecamatan and kota are each one name without a comma.")
#define HINT_CITY odi_msg("G4.5-ADDR-2: the city is a kota or kabupaten of the register of areas (Kemendagri, 514 of them; \"Jakarta\" for the capital as a whole), with or without \"Kota\" or \"Kabupaten\".")

/* a street part whose reading does not depend on the other parts */
#define PROBE_TAIL ", Gambir, Jakarta Pusat 10110"

typedef struct span
{
	const char *p;
	size_t		len;
} span;

static span
trimmed(const char *s)
{
	span		r = {"", 0};

	if (s == NULL)
		return r;
	r.p = s;
	while (odi_is_blank(*r.p))
		r.p++;
	r.len = strlen(r.p);
	while (r.len > 0 && odi_is_blank(r.p[r.len - 1]))
		r.len--;
	return r;
}

/* empty, or only dashes: "-", "--" */
static bool
absent(span s)
{
	size_t		i;

	for (i = 0; i < s.len; i++)
		if (s.p[i] != '-')
			return false;
	return true;
}

static const char *
quote(char *buf, span s)
{
	size_t		max = ODI_ERROR_ARGLEN - 4;
	size_t		len = s.len;

	if (len > max)
	{
		len = max;
		while (len > 0 && ((unsigned char) s.p[len] & 0xC0) == 0x80)
			len--;
		memcpy(buf, s.p, len);
		memcpy(buf + len, "...", 4);
		return buf;
	}
	memcpy(buf, s.p, len);
	buf[len] = '\0';
	return buf;
}

/*
 * "2", "002", "RT 002", "Rt.2", "RT:02" (label the letter after R): the
 * number, 0 for none, -1 when unreadable.
 */
static int
read_rtrw(span s, char label)
{
	const char *p = s.p;
	const char *end = s.p + s.len;
	int			v = 0;
	int			n = 0;

	if (absent(s))
		return 0;
	if (s.len >= 2 && odi_lower(p[0]) == 'r' && odi_lower(p[1]) == label)
	{
		p += 2;
		while (p < end && (*p == '.' || *p == ':' || *p == ' '))
			p++;
	}
	for (; p < end && odi_is_digit(*p) && n < 4; p++, n++)
		v = v * 10 + (*p - '0');
	if (p != end || n == 0 || n > 3)
		return -1;
	return v;
}

static bool
is_postal_code(span s)
{
	size_t		i;

	if (s.len != 5 || s.p[0] == '0')
		return false;
	for (i = 0; i < 5; i++)
		if (!odi_is_digit(s.p[i]))
			return false;
	return true;
}

static char *
put(char *t, span s)
{
	memcpy(t, s.p, s.len);
	return t + s.len;
}

static char *
puts_(char *t, const char *s)
{
	size_t		n = strlen(s);

	memcpy(t, s, n);
	return t + n;
}

/* the parts as given, joined by ", ": the text an error message quotes */
static void
parts_as_given(const span *s, char *text)
{
	char	   *t = text;
	int			i;

	for (i = 0; i < 7; i++)
	{
		if (absent(s[i]))
			continue;
		if (t != text)
			t = puts_(t, ", ");
		t = put(t, s[i]);
	}
	*t = '\0';
}

size_t
odi_address_parts_text_size(const odi_address_parts *parts)
{
	const char *const all[7] = {parts->alamat, parts->rt, parts->rw, parts->kelurahan,
	parts->kecamatan, parts->kota, parts->kode_pos};
	size_t		n = 64;
	int			i;

	for (i = 0; i < 7; i++)
		if (all[i] != NULL)
			n += strlen(all[i]) + 2;
	return n;
}

size_t
odi_address_parts_work_size(const odi_address_parts *parts)
{
	size_t		n = odi_address_parts_text_size(parts) + sizeof(PROBE_TAIL);

	/* the probe's text, then the normaliser's work (linear in its length) */
	return n + 16 + odi_address_work_size("") + 16 * n;
}

/* the reading of text, if it keeps each given part in its place */
static bool
read_text(const char *text, char *work, int rt, int rw, bool kecamatan,
		  int postal, odi_address *out)
{
	if (!odi_address_parse(text, work, out, NULL) &&
		!odi_address_normalize(text, work, out))
		return false;
	if (out->postal_code != postal || (kecamatan != (out->kecamatan != NULL)))
		return false;
	return (rt == 0 && rw == 0) || (out->rt == rt && out->rw == rw);
}

/*
 * alamat[rtrw], kelurahan[, kecamatan], kota kode_pos into text; with
 * probe, alamat[rtrw] and PROBE_TAIL.  True.
 */
static bool
assemble(const span *s, const char *rtrw, char *text, bool probe)
{
	char	   *t = text;

	t = put(t, s[0]);
	t = puts_(t, rtrw);
	if (probe)
		t = puts_(t, PROBE_TAIL);
	else
	{
		t = puts_(t, ", ");
		t = put(t, s[3]);
		if (!absent(s[4]))
		{
			t = puts_(t, ", ");
			t = put(t, s[4]);
		}
		t = puts_(t, ", ");
		t = put(t, s[5]);
		t = puts_(t, " ");
		t = put(t, s[6]);
	}
	*t = '\0';
	return true;
}

/* the street part reads the same before a tail of known places */
static bool
street_reads(const span *s, const char *rtrw, char *work, int rt, int rw,
			 odi_address *out)
{
	size_t		n = s[0].len + strlen(rtrw) + sizeof(PROBE_TAIL);
	size_t		aligned = (n + 15) & ~(size_t) 15;

	assemble(s, rtrw, work, true);
	return read_text(work, work + aligned, rt, rw, false, 10110, out);
}

bool
odi_address_from_parts(const odi_address_parts *parts, char *text, char *work,
					   odi_address *out, odi_error *err)
{
	static const char *const names[7] = {"alamat", "rt", "rw", "kelurahan",
	"kecamatan", "kota", "kode_pos"};
	span		s[7];
	char		q[ODI_ERROR_ARGLEN];
	char		rtrw[32] = "";
	int			rt;
	int			rw;
	int			postal = 0;
	int			i;
	uint32_t	cities[1];

	s[0] = trimmed(parts->alamat);
	s[1] = trimmed(parts->rt);
	s[2] = trimmed(parts->rw);
	s[3] = trimmed(parts->kelurahan);
	s[4] = trimmed(parts->kecamatan);
	s[5] = trimmed(parts->kota);
	s[6] = trimmed(parts->kode_pos);
	memset(out, 0, sizeof(*out));
	parts_as_given(s, text);

	for (i = 0; i < 7; i++)
		if ((i == 0 || i == 3 || i == 5 || i == 6) && absent(s[i]))
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_PARTS,
							odi_msg("the part \"%s\" is missing"), names[i]);
	rt = read_rtrw(s[1], 't');
	rw = read_rtrw(s[2], 'w');
	if (rt < 0 || rw < 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_RTRW,
						odi_msg("the part \"%s\" is not a number from 1 to 999: \"%s\""),
						names[rt < 0 ? 1 : 2], quote(q, s[rt < 0 ? 1 : 2]));
	if (!is_postal_code(s[6]))
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_POSTAL,
						odi_msg("the part \"%s\" is not a postal code (5 digits, not starting with 0): \"%s\""),
						names[6], quote(q, s[6]));
	for (i = 0; i < 5; i++)
		postal = postal * 10 + (s[6].p[i] - '0');
	for (i = 3; i <= 5; i++)
		if (memchr(s[i].p, ',', s[i].len) != NULL)
			return odi_fail(err, ODI_ERR_SYNTAX, HINT_ONE_NAME,
							odi_msg("the part \"%s\" holds a comma: \"%s\""),
							names[i], quote(q, s[i]));

	if (rt > 0 && rw > 0)
		snprintf(rtrw, sizeof(rtrw), " RT%02d/RW%02d", rt, rw);
	else if (rt > 0)
		snprintf(rtrw, sizeof(rtrw), " RT%02d", rt);
	else if (rw > 0)
		snprintf(rtrw, sizeof(rtrw), " RW%02d", rw);

	/*
	 * The RT/RW after the street, or (when alamat has its own) none if
	 * alamat's is the same.
	 */
	assemble(s, rtrw, text, false);
	if (read_text(text, work, rt, rw, !absent(s[4]), postal, out))
		return true;
	if (rtrw[0] != '\0' && assemble(s, "", text, false) &&
		read_text(text, work, rt, rw, !absent(s[4]), postal, out))
		return true;
	assemble(s, rtrw, text, false);

	/* which part: the street alone, then the city */
	if (!street_reads(s, rtrw, work, rt, rw, out) &&
		(rtrw[0] == '\0' || !street_reads(s, "", work, rt, rw, out)))
	{
		memset(out, 0, sizeof(*out));
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_STREET,
						odi_msg("the part \"%s\" is not a street with its building number (\"street No. number\"): \"%s\""),
						names[0], quote(q, s[0]));
	}
	memset(out, 0, sizeof(*out));
	if (odi_address_city_entries(s[5].p, s[5].len, ODI_WILAYAH_NONE, cities, 1) == 0)
		return odi_fail(err, ODI_ERR_SYNTAX, HINT_CITY,
						odi_msg("the part \"%s\" is not a city or regency of the register of areas: \"%s\""),
						names[5], quote(q, s[5]));
	/* the parser's own detail names the component */
	return odi_address_parse(text, work, out, err);
}
