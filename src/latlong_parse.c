/*
 * latlong_parse.c: coordinates per guideline 4.5 (G4.5-LAT, G4.5-LON,
 * G4.5-PREC): the strict reader, the lenient one, the text form and the
 * stored form.  No PostgreSQL headers.
 */
#include "latlong_parse.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "odi_chars.h"

#define UNITS ODI_LL_UNITS
#define LAT_MAX (90 * UNITS)
#define LON_MAX (180 * UNITS)
#define MAX_NORMALIZE_LEN 256

static const int64_t pow10_tab[19] = {
	1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL,
	100000000LL, 1000000000LL, 10000000000LL, 100000000000LL,
	1000000000000LL, 10000000000000LL, 100000000000000LL,
	1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
	1000000000000000000LL
};

static const char *const hint_syntax =
odi_msg("G4.5-LAT, G4.5-LON: write decimal degrees as \"latitude, longitude\", e.g. \"-6.1754, 106.8272\"; latlong_normalize() reads decimal commas, N/S/E/W and degrees-minutes-seconds.");
static const char *const hint_prec =
odi_msg("G4.5-PREC: up to 15 decimals (a nanometre) are kept exactly.");
static const char *const hint_swap =
odi_msg("G4.5-LAT: did you write longitude first? The order is latitude, longitude: \"-6.1754, 106.8272\".");
static const char *const hint_lat =
odi_msg("G4.5-LAT: latitude is in decimal degrees from -90 to +90.");
static const char *const hint_lon =
odi_msg("G4.5-LON: longitude is in decimal degrees from -180 to +180.");

/* A decimal number as scanned: its integer part saturates at 1000. */
typedef struct number_scan
{
	bool		negative;
	int64_t		int_part;
	int64_t		frac;			/* the first 15 decimals */
	long		decimals;		/* how many were written */
} number_scan;

static const char *
skip_spaces(const char *p)
{
	while (odi_is_blank(*p))
		p++;
	return p;
}

/*
 * Digits, then optionally the separator and more digits.  On failure *pp is
 * where a digit was expected.
 */
static bool
scan_unsigned(const char **pp, const char *end, char sep, char sep2,
			  number_scan *n)
{
	const char *p = *pp;

	n->int_part = 0;
	n->frac = 0;
	n->decimals = 0;
	if (p >= end || !odi_is_digit(*p))
		return false;
	while (p < end && odi_is_digit(*p))
	{
		n->int_part = n->int_part * 10 + (*p++ - '0');
		if (n->int_part > 1000)
			n->int_part = 1000;
	}
	if (p < end && (*p == sep || (sep2 != '\0' && *p == sep2)))
	{
		p++;
		if (p >= end || !odi_is_digit(*p))
		{
			*pp = p;
			return false;
		}
		while (p < end && odi_is_digit(*p))
		{
			if (n->decimals < ODI_LL_MAX_DECIMALS)
				n->frac = n->frac * 10 + (*p - '0');
			n->decimals++;
			p++;
		}
	}
	*pp = p;
	return true;
}

/* Only for numbers of at most 15 decimals and an integer part below 1000. */
static odi_coord
number_coord(const number_scan *n)
{
	odi_coord	c;
	int			d = (int) n->decimals;

	c.units = n->int_part * UNITS + n->frac * pow10_tab[ODI_LL_MAX_DECIMALS - d];
	if (n->negative)
		c.units = -c.units;
	c.decimals = d < ODI_LL_MIN_DECIMALS ? ODI_LL_MIN_DECIMALS : d;
	return c;
}

static int64_t
abs64(int64_t v)
{
	return v < 0 ? -v : v;
}

static bool
check_range(const odi_latlong *ll, const char *lat_text, const char *lon_text,
			odi_error *err)
{
	bool		lat_bad = abs64(ll->lat.units) > LAT_MAX;
	bool		lon_bad = abs64(ll->lon.units) > LON_MAX;

	if (lat_bad && lon_bad)
		return odi_fail(err, ODI_ERR_RANGE, hint_lat,
						odi_msg("latitude %s and longitude %s are out of range (-90 to 90 and -180 to 180)"),
						lat_text, lon_text);
	if (lat_bad)
		return odi_fail(err, ODI_ERR_RANGE,
						abs64(ll->lat.units) <= LON_MAX &&
						abs64(ll->lon.units) <= LAT_MAX ? hint_swap : hint_lat,
						odi_msg("latitude %s is out of range: it must be between -90 and 90"),
						lat_text);
	if (lon_bad)
		return odi_fail(err, ODI_ERR_RANGE, hint_lon,
						odi_msg("longitude %s is out of range: it must be between -180 and 180"),
						lon_text);
	return true;
}

static void
copy_text(char *dst, const char *start, const char *end)
{
	size_t		len = (size_t) (end - start);

	if (len >= ODI_ERROR_ARGLEN)
	{
		len = ODI_ERROR_ARGLEN - 4;
		memcpy(dst + len, "...", 4);
	}
	else
		dst[len] = '\0';
	memcpy(dst, start, len);
}

/* Details naming one coordinate, longitude first: [is_lat] */
static const char *const msg_incomplete[2] = {
	odi_msg("the longitude is missing or incomplete"),
	odi_msg("the latitude is missing or incomplete")
};
static const char *const msg_missing[2] = {
	odi_msg("the longitude is missing"),
	odi_msg("the latitude is missing")
};
static const char *const msg_decimals[2] = {
	odi_msg("the longitude has %s decimals; at most 15 can be kept"),
	odi_msg("the latitude has %s decimals; at most 15 can be kept")
};
static const char *const msg_nan[2] = {
	odi_msg("the longitude is not a number"),
	odi_msg("the latitude is not a number")
};

/* One coordinate of the strict form. */
static bool
parse_number(const char **pp, const char *input, bool is_lat,
			 odi_coord *out, odi_error *err)
{
	const char *p = *pp;
	number_scan n;
	char		buf[ODI_ITOA_LEN];

	n.negative = false;
	if (*p == '+' || *p == '-')
		n.negative = (*p++ == '-');
	if (!scan_unsigned(&p, p + strlen(p), '.', '\0', &n))
	{
		if (*p == '\0')
			return odi_fail(err, ODI_ERR_SYNTAX, hint_syntax,
							msg_incomplete[is_lat]);
		if (*p == ',' && p == *pp)
			return odi_fail(err, ODI_ERR_SYNTAX, hint_syntax,
							msg_missing[is_lat]);
		return odi_fail_char(err, hint_syntax, input, p);
	}
	if (n.decimals > ODI_LL_MAX_DECIMALS)
		return odi_fail(err, ODI_ERR_SYNTAX, hint_prec,
						msg_decimals[is_lat], odi_itoa(buf, n.decimals));
	*out = number_coord(&n);
	*pp = p;
	return true;
}

bool
odi_latlong_parse(const char *input, odi_latlong *out, odi_error *err)
{
	const char *p = skip_spaces(input);
	const char *lat_start;
	const char *lat_end;
	const char *lon_start;
	const char *lon_end;
	bool		paren = false;
	char		lat_text[ODI_ERROR_ARGLEN];
	char		lon_text[ODI_ERROR_ARGLEN];

	if (*p == '\0')
		return odi_fail(err, ODI_ERR_SYNTAX, hint_syntax,
						odi_msg("the value is empty"));
	if (*p == '(')
	{
		paren = true;
		p = skip_spaces(p + 1);
	}
	lat_start = p;
	if (!parse_number(&p, input, true, &out->lat, err))
		return false;
	lat_end = p;
	p = skip_spaces(p);
	if (*p != ',')
	{
		if (*p == '\0' || *p == ')')
			return odi_fail(err, ODI_ERR_SYNTAX, hint_syntax,
							odi_msg("the longitude is missing"));
		if (p > lat_end && (odi_is_digit(*p) || *p == '-' || *p == '+'))
			return odi_fail(err, ODI_ERR_SYNTAX, hint_syntax,
							odi_msg("latitude and longitude must be separated by a comma"));
		return odi_fail_char(err, hint_syntax, input, p);
	}
	p = skip_spaces(p + 1);
	lon_start = p;
	if (!parse_number(&p, input, false, &out->lon, err))
		return false;
	lon_end = p;
	p = skip_spaces(p);
	if (paren)
	{
		if (*p != ')')
			return *p == '\0'
				? odi_fail(err, ODI_ERR_SYNTAX, hint_syntax,
						   odi_msg("a parenthesis is not closed"))
				: odi_fail_char(err, hint_syntax, input, p);
		p = skip_spaces(p + 1);
	}
	if (*p != '\0')
		return odi_fail_char(err, hint_syntax, input, p);
	if (err != NULL)
	{
		copy_text(lat_text, lat_start, lat_end);
		copy_text(lon_text, lon_start, lon_end);
	}
	return check_range(out, lat_text, lon_text, err);
}

/* ---- from binary degrees ---- */

static void
coord_from_double(double v, odi_coord *out)
{
	char		buf[48];
	const char *p = buf;
	number_scan n;
	int			d;

	for (d = 0; d < ODI_LL_MAX_DECIMALS; d++)
	{
		snprintf(buf, sizeof(buf), "%.*f", d, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if (d == ODI_LL_MAX_DECIMALS)
		snprintf(buf, sizeof(buf), "%.*f", d, v);
	n.negative = (*p == '-');
	if (n.negative)
		p++;
	scan_unsigned(&p, p + strlen(p), '.', '\0', &n);
	*out = number_coord(&n);
	/* a value rounded to 15 decimals keeps no trailing zeros */
	while (out->decimals > ODI_LL_MIN_DECIMALS &&
		   out->units % pow10_tab[ODI_LL_MAX_DECIMALS - out->decimals + 1] == 0)
		out->decimals--;
}

/* The shortest text that reads back as v, for error details. */
static void
shortest_text(double v, char *buf)
{
	int			p;

	if (isinf(v))
	{
		strcpy(buf, v < 0 ? "-Infinity" : "Infinity");
		return;
	}
	for (p = 0; fabs(v) < 1e15 && p <= 20; p++)
	{
		snprintf(buf, ODI_ERROR_ARGLEN, "%.*f", p, v);
		if (strtod(buf, NULL) == v)
			return;
	}
	for (p = 1; p < 17; p++)
	{
		snprintf(buf, ODI_ERROR_ARGLEN, "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			return;
	}
	snprintf(buf, ODI_ERROR_ARGLEN, "%.17g", v);
}

bool
odi_latlong_from_degrees(double lat, double lon, odi_latlong *out,
						 odi_error *err)
{
	char		lat_text[ODI_ERROR_ARGLEN];
	char		lon_text[ODI_ERROR_ARGLEN];

	if (isnan(lat) || isnan(lon))
		return odi_fail(err, ODI_ERR_RANGE, hint_lat,
						msg_nan[isnan(lat) ? 1 : 0]);
	shortest_text(lat, lat_text);
	shortest_text(lon, lon_text);
	/* far out of range (or infinite): no exact decimal needed */
	out->lat.units = fabs(lat) > 999 ? (lat < 0 ? -1000 : 1000) * UNITS : 0;
	out->lon.units = fabs(lon) > 999 ? (lon < 0 ? -1000 : 1000) * UNITS : 0;
	out->lat.decimals = out->lon.decimals = ODI_LL_MIN_DECIMALS;
	if (out->lat.units == 0)
		coord_from_double(lat, &out->lat);
	if (out->lon.units == 0)
		coord_from_double(lon, &out->lon);
	return check_range(out, lat_text, lon_text, err);
}

/* ---- text form ---- */

static size_t
coord_format(odi_coord c, char *buf)
{
	uint64_t	a = c.units < 0 ? (uint64_t) 0 - (uint64_t) c.units : (uint64_t) c.units;
	char		frac[24];
	int			d = c.decimals;

	if (d < ODI_LL_MIN_DECIMALS)
		d = ODI_LL_MIN_DECIMALS;
	if (d > ODI_LL_MAX_DECIMALS)
		d = ODI_LL_MAX_DECIMALS;
	snprintf(frac, sizeof(frac), "%015" PRIu64, a % (uint64_t) UNITS);
	return (size_t) sprintf(buf, "%s%" PRIu64 ".%.*s", c.units < 0 ? "-" : "",
							a / (uint64_t) UNITS, d, frac);
}

size_t
odi_latlong_format(const odi_latlong *ll, char *buf)
{
	size_t		n = coord_format(ll->lat, buf);

	buf[n++] = ',';
	buf[n++] = ' ';
	return n + coord_format(ll->lon, buf + n);
}

double
odi_coord_degrees(odi_coord c)
{
	int64_t		m = c.units / pow10_tab[ODI_LL_MAX_DECIMALS - c.decimals];
	char		buf[ODI_LL_TEXT_LEN];

	/* both exact, so one division rounds correctly, as strtod would */
	if (m > -(1LL << 53) && m < (1LL << 53))
		return (double) m / (double) pow10_tab[c.decimals];
	coord_format(c, buf);
	return strtod(buf, NULL);
}

/* ---- stored form ---- */

static int64_t
coord_pack(odi_coord c)
{
	return c.units * 16 + c.decimals;
}

static odi_coord
coord_unpack(int64_t packed)
{
	odi_coord	c;

	c.decimals = (int) ((uint64_t) packed & 15);
	c.units = (packed - c.decimals) / 16;
	return c;
}

odi_latlong_packed
odi_latlong_pack(const odi_latlong *ll)
{
	odi_latlong_packed p;

	p.lat = coord_pack(ll->lat);
	p.lon = coord_pack(ll->lon);
	return p;
}

odi_latlong
odi_latlong_unpack(odi_latlong_packed packed)
{
	odi_latlong ll;

	ll.lat = coord_unpack(packed.lat);
	ll.lon = coord_unpack(packed.lon);
	return ll;
}

static bool
coord_is_canonical(int64_t packed, int64_t max)
{
	odi_coord	c = coord_unpack(packed);

	return c.decimals >= ODI_LL_MIN_DECIMALS &&
		abs64(c.units) <= max &&
		c.units % pow10_tab[ODI_LL_MAX_DECIMALS - c.decimals] == 0;
}

bool
odi_latlong_is_canonical(odi_latlong_packed packed)
{
	return coord_is_canonical(packed.lat, LAT_MAX) &&
		coord_is_canonical(packed.lon, LON_MAX);
}

int
odi_latlong_cmp(const odi_latlong *a, const odi_latlong *b)
{
	if (a->lat.units != b->lat.units)
		return a->lat.units < b->lat.units ? -1 : 1;
	if (a->lon.units != b->lon.units)
		return a->lon.units < b->lon.units ? -1 : 1;
	return 0;
}

/*
 * Indonesia's extreme points, rounded outwards to 0.01 degree: Rondo island
 * 6.075 N, Ndana island 11.010 S, Benggala island 94.973 E and the land border
 * with Papua New Guinea near Sota, 141.019 E.
 */
bool
odi_latlong_in_indonesia(const odi_latlong *ll)
{
	return ll->lat.units >= -1102 * (UNITS / 100) &&
		ll->lat.units <= 608 * (UNITS / 100) &&
		ll->lon.units >= 9497 * (UNITS / 100) &&
		ll->lon.units <= 14102 * (UNITS / 100);
}

/* ---- the lenient reader ---- */

typedef enum ll_axis
{
	AXIS_NONE,
	AXIS_LAT,
	AXIS_LON
} ll_axis;

/* Length of a space, tab or no-break space at p, or 0. */
static int
space_len(const char *p, const char *end)
{
	if (p < end && odi_is_blank(*p))
		return 1;
	if (end - p >= 2 && (unsigned char) p[0] == 0xC2 && (unsigned char) p[1] == 0xA0)
		return 2;
	return 0;
}

static const char *
skip_space_range(const char *p, const char *end)
{
	int			n;

	while ((n = space_len(p, end)) > 0)
		p += n;
	return p;
}

/* Length of the first of the symbols found at p, or 0. */
static int
match_symbol(const char *p, const char *end, const char *const *symbols)
{
	for (; *symbols != NULL; symbols++)
	{
		size_t		len = strlen(*symbols);

		if ((size_t) (end - p) >= len && memcmp(p, *symbols, len) == 0)
			return (int) len;
	}
	return 0;
}

static const char *const degree_signs[] = {"\xC2\xB0", "\xC2\xBA", NULL};
static const char *const minute_signs[] = {"'", "\xE2\x80\xB2", "\xE2\x80\x99", NULL};
static const char *const second_signs[] = {"\"", "''", "\xE2\x80\xB3", "\xE2\x80\x9D", NULL};
static const char *const minus_signs[] = {"-", "\xE2\x88\x92", NULL};

/* N/S/E/W, Indonesian U(tara)/S(elatan)/T(imur)/B(arat), LU/LS/BT/BB. */
static int
match_hemisphere(const char *p, const char *end, ll_axis *axis, bool *negative)
{
	static const struct
	{
		const char *word;
		ll_axis		axis;
		bool		negative;
	}			words[] = {
		{"LU", AXIS_LAT, false}, {"LS", AXIS_LAT, true},
		{"BT", AXIS_LON, false}, {"BB", AXIS_LON, true},
		{"N", AXIS_LAT, false}, {"U", AXIS_LAT, false}, {"S", AXIS_LAT, true},
		{"E", AXIS_LON, false}, {"T", AXIS_LON, false},
		{"W", AXIS_LON, true}, {"B", AXIS_LON, true},
	};
	size_t		i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		size_t		len = strlen(words[i].word);
		size_t		k;

		if ((size_t) (end - p) < len)
			continue;
		for (k = 0; k < len && odi_ascii_upper(p[k]) == words[i].word[k]; k++)
			;
		if (k < len || (p + len < end && odi_is_letter(p[len])))
			continue;
		*axis = words[i].axis;
		*negative = words[i].negative;
		return (int) len;
	}
	return 0;
}

/* Degrees, minutes and seconds as an exact decimal of 4 to 15 places. */
static odi_coord
dms_coord(const number_scan *deg, const number_scan *min,
		  const number_scan *sec)
{
	long		j = min->decimals;
	long		k = sec ? sec->decimals : 0;
	int64_t		den = 3600 * pow10_tab[j + k];
	int64_t		num;
	int64_t		q;
	int64_t		r;
	int64_t		frac = 0;
	int			places = sec ? 5 + (int) k : 3 + (int) j;
	int			i;
	odi_coord	c;

	num = deg->int_part * den +
		(min->int_part * pow10_tab[j] + min->frac) * 60 * pow10_tab[k];
	if (sec)
		num += (sec->int_part * pow10_tab[k] + sec->frac) * pow10_tab[j];
	if (places < ODI_LL_MIN_DECIMALS)
		places = ODI_LL_MIN_DECIMALS;
	q = num / den;
	r = num % den;
	for (i = 0; i < places; i++)
	{
		r *= 10;
		frac = frac * 10 + r / den;
		r %= den;
	}
	if (2 * r >= den && ++frac == pow10_tab[places])
	{
		frac = 0;
		q++;
	}
	c.units = q * UNITS + frac * pow10_tab[ODI_LL_MAX_DECIMALS - places];
	c.decimals = places;
	return c;
}

/* Minutes or seconds: below 60, at most 6 decimals, then their sign. */
static bool
scan_sexagesimal(const char **pp, const char *end, char sep2,
				 const char *const *signs, number_scan *n)
{
	const char *p = *pp;
	int			len;

	if (!scan_unsigned(&p, end, '.', sep2, n) || n->int_part >= 60 ||
		n->decimals > 6)
		return false;
	p = skip_space_range(p, end);
	if ((len = match_symbol(p, end, signs)) == 0)
		return false;
	*pp = skip_space_range(p + len, end);
	return true;
}

/*
 * One coordinate of the lenient form in [p, end): an optional hemisphere,
 * sign, decimal degrees or degrees-minutes-seconds, an optional hemisphere.
 */
static bool
lenient_coord(const char *p, const char *end, bool comma_decimal,
			  odi_coord *out, ll_axis *axis)
{
	char		sep2 = comma_decimal ? ',' : '\0';
	bool		negative = false;
	bool		signed_ = false;
	number_scan deg;
	number_scan min;
	number_scan sec;
	bool		has_min = false;
	bool		has_sec = false;
	int			n;

	*axis = AXIS_NONE;
	p = skip_space_range(p, end);
	if ((n = match_hemisphere(p, end, axis, &negative)) > 0)
		p = skip_space_range(p + n, end);
	if (p < end && *p == '+')
	{
		signed_ = true;
		p++;
	}
	else if ((n = match_symbol(p, end, minus_signs)) > 0)
	{
		signed_ = negative = true;
		p += n;
	}
	if (signed_ && *axis != AXIS_NONE)
		return false;
	if (!scan_unsigned(&p, end, '.', sep2, &deg))
		return false;
	p = skip_space_range(p, end);
	if ((n = match_symbol(p, end, degree_signs)) > 0)
	{
		p = skip_space_range(p + n, end);
		if (p < end && odi_is_digit(*p))
		{
			if (deg.decimals > 0 ||
				!scan_sexagesimal(&p, end, sep2, minute_signs, &min))
				return false;
			has_min = true;
			if (p < end && odi_is_digit(*p))
			{
				if (min.decimals > 0 ||
					!scan_sexagesimal(&p, end, sep2, second_signs, &sec))
					return false;
				has_sec = true;
			}
		}
	}
	if (*axis == AXIS_NONE && !signed_ &&
		(n = match_hemisphere(p, end, axis, &negative)) > 0)
		p = skip_space_range(p + n, end);
	if (p != end || deg.int_part > 180 || deg.decimals > ODI_LL_MAX_DECIMALS)
		return false;
	deg.negative = false;
	if (has_min)
		*out = dms_coord(&deg, &min, has_sec ? &sec : NULL);
	else
		*out = number_coord(&deg);
	if (negative)
		out->units = -out->units;
	return true;
}

/* Reads [s, a) and [b, e) as the two coordinates; counts distinct readings. */
static void
try_split(const char *s, const char *a, const char *b, const char *e,
		  bool comma_decimal, odi_latlong *result, int *readings)
{
	odi_coord	c1;
	odi_coord	c2;
	ll_axis		a1;
	ll_axis		a2;
	odi_latlong ll;

	if (!lenient_coord(s, a, comma_decimal, &c1, &a1) ||
		!lenient_coord(b, e, comma_decimal, &c2, &a2))
		return;
	if (a1 != AXIS_NONE && a1 == a2)
		return;
	if (a1 == AXIS_LON || a2 == AXIS_LAT)
	{
		ll.lat = c2;
		ll.lon = c1;
	}
	else
	{
		ll.lat = c1;
		ll.lon = c2;
	}
	if (!check_range(&ll, NULL, NULL, NULL))
		return;
	if (*readings > 0 &&
		ll.lat.units == result->lat.units && ll.lon.units == result->lon.units &&
		ll.lat.decimals == result->lat.decimals &&
		ll.lon.decimals == result->lon.decimals)
		return;
	*result = ll;
	(*readings)++;
}

bool
odi_latlong_normalize(const char *input, odi_latlong *out)
{
	size_t		len = strlen(input);
	const char *s = input;
	const char *e = input + len;
	const char *p;
	int			readings = 0;

	/* what the type reads, read the same way, however long its blanks */
	if (odi_latlong_parse(input, out, NULL))
		return true;
	if (len > MAX_NORMALIZE_LEN)
		return false;
	s = skip_space_range(s, e);
	while (e > s && (space_len(e - 1, e) || (e - s >= 2 && space_len(e - 2, e) == 2)))
		e -= space_len(e - 1, e) ? 1 : 2;
	if (e - s >= 2 && *s == '(' && e[-1] == ')')
	{
		s++;
		e--;
	}
	for (p = s; p < e; p++)
	{
		int			n;

		if (*p == ';' || *p == ',')
			try_split(s, p, p + 1, e, *p == ';', out, &readings);
		else if ((n = space_len(p, e)) > 0 && (p == s || !space_len(p - 1, e)))
			try_split(s, p, skip_space_range(p, e), e, true, out, &readings);
	}
	return readings == 1;
}
