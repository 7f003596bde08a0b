/*
 * kode_wilayah_parse.h: the Kemendagri area code (pure C, no PostgreSQL).
 *
 * 31 (province), 31.71 (regency or city), 31.71.01 (kecamatan),
 * 31.71.01.1001 (kelurahan or desa).  The parser checks the format only;
 * odi_kode_wilayah_check also looks the code up in the register of areas.
 */
#ifndef ODI_KODE_WILAYAH_PARSE_H
#define ODI_KODE_WILAYAH_PARSE_H

#include <stdbool.h>

#include "odi_error.h"

typedef enum odi_wilayah_level
{
	ODI_WILAYAH_PROVINCE = 1,
	ODI_WILAYAH_REGENCY,
	ODI_WILAYAH_DISTRICT,
	ODI_WILAYAH_VILLAGE
} odi_wilayah_level;

/* The level of a conforming code in *level; false and err when it does not conform. */
extern bool odi_kode_wilayah_parse(const char *input, odi_wilayah_level *level,
								   odi_error *err);
extern bool odi_kode_wilayah_valid(const char *input, odi_error *err);

/*
 * The validator of id_kode_wilayah: a code in the format that exists in the
 * register of areas (wilayah.h).  Defined in wilayah.c, with the register, so
 * that this parser links without it.
 */
extern bool odi_kode_wilayah_check(const char *input, odi_error *err);

#endif
