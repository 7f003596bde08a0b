/*
 * phone_parse.h: telephone numbers per guideline 4.6 (pure C, no PostgreSQL).
 *
 * A number is its country code plus its national significant number (NSN:
 * the digits after the trunk 0 or the country code).  Indonesian numbers
 * (country code 62) are checked against the Indonesian numbering plan, and
 * their area or operator code is read from it; for a foreign number the area
 * code is the first group the writer separated.
 */
#ifndef ODI_PHONE_PARSE_H
#define ODI_PHONE_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "odi_error.h"

#define ODI_PHONE_CC_INDONESIA 62
#define ODI_PHONE_MAX_NSN 14	/* E.164: 15 digits with a 1-digit country code */
#define ODI_PHONE_MAX_AREA 7	/* what the packed form can hold */
/* longest text odi_phone_format writes, with its NUL */
#define ODI_PHONE_TEXT_LEN 32

typedef enum odi_phone_kind
{
	ODI_PHONE_FIXED,
	ODI_PHONE_MOBILE,
	ODI_PHONE_TOLL_FREE,
	ODI_PHONE_PREMIUM,
	ODI_PHONE_SHARED_COST,
	ODI_PHONE_SHORT,			/* emergency and service numbers: 112, 14000 */
	ODI_PHONE_UAN,				/* universal access numbers: 1500 567 */
	ODI_PHONE_FOREIGN
} odi_phone_kind;

typedef enum odi_phone_style
{
	ODI_PHONE_CANONICAL,		/* national for Indonesian, else international */
	ODI_PHONE_NATIONAL,			/* 021 123456789 */
	ODI_PHONE_INTERNATIONAL,	/* +62 21 123456789 */
	ODI_PHONE_E164				/* +6221123456789 */
} odi_phone_style;

typedef struct odi_phone
{
	int			country_code;
	int			area_len;		/* digits of the area/operator code in nsn */
	int			nsn_len;
	char		nsn[ODI_PHONE_MAX_NSN + 1];
	odi_phone_kind kind;
} odi_phone;

/* "fixed", "mobile", ... "foreign": id_phone_kind()'s names */
extern const char *odi_phone_kind_name(odi_phone_kind kind);

/* The type's input: every variant of guideline 4.6, nothing else. */
extern bool odi_phone_parse(const char *input, odi_phone *out, odi_error *err);

/*
 * Lenient reader for messy data (dots, slashes, "+62 (0)21", "62812...",
 * labels such as "Telp.", a mobile number whose leading 0 a spreadsheet ate).
 * Returns false when the input cannot be read with confidence.
 */
extern bool odi_phone_normalize(const char *input, odi_phone *out);

/*
 * The same, and a local number (5 to 8 digits, "4517084") is read in the
 * area whose code odi_phone_area_code() gave ("21"; NULL: none).
 */
extern bool odi_phone_normalize_local(const char *input, const char *area,
									  odi_phone *out);

/*
 * The lenient reading alone, without first trying the type's parse: the
 * normalisers' results on every input (test/unit/normalize_test.c and the
 * phone fuzzer check it).
 */
extern bool odi_phone_read_lenient(const char *input, const char *area,
								   odi_phone *out);

/*
 * An Indonesian fixed-line area code as a user writes it ("021", "(0274)",
 * "21") into its digits after the trunk 0 (digits: 5 bytes); false if the
 * plan has no such area code.
 */
extern bool odi_phone_area_code(const char *text, char *digits);

/* Written nationally with a trunk 0: Indonesian numbers but 1500 567. */
static inline bool
odi_phone_has_trunk(const odi_phone *phone)
{
	return phone->country_code == ODI_PHONE_CC_INDONESIA &&
		!(phone->kind == ODI_PHONE_UAN && phone->nsn[0] == '1');
}

/*
 * A regular expression (XML Schema's subset) that accepts exactly the texts
 * odi_phone_format writes canonically; returns its length, 0 if it did not fit.
 */
extern size_t odi_phone_schema_pattern(char *buf, size_t size);

/*
 * Writes the number in the given style; returns the length.  Short numbers
 * (112) have one form only.  A foreign number's national style is its
 * international one: its trunk prefix is not known.
 */
extern size_t odi_phone_format(const odi_phone *phone, odi_phone_style style,
							   char *buf);

/*
 * The 8-byte stored form: country code (10 bits), the NSN left-aligned as a
 * 14-digit integer (47 bits), its length (4 bits) and the area code's length
 * (3 bits).  Ordering and equality compare odi_phone_number_key(), which
 * leaves the area length out: equality is by number.
 */
extern uint64_t odi_phone_pack(const odi_phone *phone);

/* Decodes a stored value; false if its fields cannot be a number. */
extern bool odi_phone_unpack(uint64_t packed, odi_phone *out);

/* True only for exactly what odi_phone_pack writes for a valid number. */
extern bool odi_phone_is_canonical(uint64_t packed);

static inline uint64_t
odi_phone_number_key(uint64_t packed)
{
	return packed >> 3;
}

#endif
