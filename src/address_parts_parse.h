/*
 * address_parts_parse.h: an id_address from the columns government lists
 * split it into (alamat, rt, rw, kelurahan, kecamatan, kota, kode_pos), pure
 * C, no PostgreSQL.
 *
 * The parts are put in the order and with the separators of G4.5-ADDR-1,
 *   alamat[ RTxx/RWyy], kelurahan[, kecamatan], kota kode_pos
 * and the text is read by the type's own parser, or else by the address
 * normaliser (odi_address_normalize) when that reading keeps the parts where
 * they were given.  A part is absent when NULL, empty or "-"; rt, rw and
 * kecamatan may be absent (G4.5-ADDR-2), and an RT or RW of 0 is none.
 */
#ifndef ODI_ADDRESS_PARTS_PARSE_H
#define ODI_ADDRESS_PARTS_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "address_parse.h"
#include "odi_error.h"

typedef struct odi_address_parts
{
	const char *alamat;			/* each NULL when the column is NULL */
	const char *rt;
	const char *rw;
	const char *kelurahan;
	const char *kecamatan;
	const char *kota;
	const char *kode_pos;
} odi_address_parts;

/* Bytes for odi_address_from_parts's text and work. */
extern size_t odi_address_parts_text_size(const odi_address_parts *parts);
extern size_t odi_address_parts_work_size(const odi_address_parts *parts);

/*
 * Writes the address text into text (also on failure: the parts as given,
 * for the error message) and reads it into out, whose strings point into
 * work.  On failure err's detail names the part that is missing or wrong.
 */
extern bool odi_address_from_parts(const odi_address_parts *parts, char *text,
								   char *work, odi_address *out,
								   odi_error *err);

#endif
