/*
 * address_parse.h: Indonesian addresses per guideline 4.5 (pure C, no
 * PostgreSQL).
 *
 * Grammar (G4.5-ADDR-1, -2):
 *   [complex, ]street No. number[ RTxx/RWyy], kelurahan[, kecamatan],
 *   city postal[, province]
 * The street segment is the one holding "No."/"Nomor" (or "Kav."); the
 * building number may be "12A", "5-7", "Kav. 3", "Blok C2 No. 5".
 */
#ifndef ODI_ADDRESS_PARSE_H
#define ODI_ADDRESS_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "odi_error.h"

#define ODI_ADDRESS_VERSION 1
/* version, province, RT (2), RW (2), postal code (3) */
#define ODI_ADDRESS_FIXED_LEN 9

typedef struct odi_address
{
	const char *complex;		/* NULL when absent */
	const char *street;
	const char *number;			/* "12A", "Kav. 3", "Blok C2 No. 5" */
	const char *kelurahan;
	const char *kecamatan;		/* NULL when absent */
	const char *city;
	int			postal_code;	/* 10000..99999 */
	int			rt;				/* 0 when absent (then rw is 0 too) */
	int			rw;
	int			province;		/* Kemendagri code (31 = DKI Jakarta), 0 if absent */
} odi_address;

/*
 * Scratch space the parser and normaliser need for an input: the components
 * are copied there, NUL-terminated.
 */
extern size_t odi_address_work_size(const char *input);

/* Enough for odi_address_parse alone (the type's input: much smaller). */
extern size_t odi_address_parse_work_size(const char *input);

/* The type's input: the guideline's grammar, nothing else. */
extern bool odi_address_parse(const char *input, char *work,
							  odi_address *out, odi_error *err);

/*
 * Lenient reader: Jln./Jalan, Nomor/No/no., "RT 2 RW 11", "RT.002/RW.011",
 * runs of spaces, stray or missing commas, a postal code glued to the city
 * or after a comma, a missing comma before a known city whose postal range
 * holds the code.  False when the input cannot be read with confidence.
 */
extern bool odi_address_normalize(const char *input, char *work,
								  odi_address *out);

/*
 * odi_address_normalize is odi_address_parse, then on failure this: so what
 * the type reads needs only odi_address_parse_work_size() bytes of work.
 */
extern bool odi_address_read_lenient(const char *input, char *work,
									 odi_address *out);

/* Canonical text; odi_address_text_len() excludes the NUL. */
extern size_t odi_address_text_len(const odi_address *addr);
extern size_t odi_address_format(const odi_address *addr, char *buf);

/* Stored form: see address_parse.c.  encode writes encoded_size bytes. */
extern size_t odi_address_encoded_size(const odi_address *addr);
extern void odi_address_encode(const odi_address *addr, uint8_t *buf);

/* Reads the stored form's structure (strings point into buf). */
extern bool odi_address_decode(const uint8_t *buf, size_t len,
							   odi_address *out);

/*
 * True only for exactly what odi_address_encode writes for an address the
 * parser accepts.  work: odi_address_canonical_work_size(len) bytes.
 */
extern size_t odi_address_canonical_work_size(size_t len);
extern bool odi_address_is_canonical(const uint8_t *buf, size_t len,
									 char *work);

/*
 * Order of two stored values: postal code, city, kelurahan, street, number
 * (numeric-aware), then the bytes: 0 only for equal encodings.
 */
extern int	odi_address_cmp(const uint8_t *a, size_t alen,
							const uint8_t *b, size_t blen);

/* Numeric-aware comparison: "2" < "10" < "10A"; 0 only if equal. */
extern int	odi_address_number_cmp(const char *a, const char *b);

/* Official name of a province code, or NULL. */
extern const char *odi_address_province_name(int code);

/* The first digits of a province's postal codes ("14" for Jawa Barat), or NULL. */
extern const char *odi_address_province_postal_digits(int code);

#endif
