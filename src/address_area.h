/*
 * address_area.h: where an address lies in the register of areas (pure C, no
 * PostgreSQL).
 */
#ifndef ODI_ADDRESS_AREA_H
#define ODI_ADDRESS_AREA_H

#include <stdbool.h>
#include <stdint.h>

#include "address_parse.h"
#include "wilayah.h"

typedef struct odi_address_area
{
	/* the most specific entry every reading of the components lies in; NONE when none */
	uint32_t	area;
	/* kelurahan in kecamatan (when written) in city in province (when written) */
	bool		in_register;
	/* entries the city matches (a regency, or the province for "Jakarta") */
	int			ncities;
} odi_address_area;

/*
 * Reads the components against the register.  The city matches a regency
 * by name ("Bandung", "Kota Bandung", "Kab. Bandung", "Jakarta Pusat"), or
 * the province for "Jakarta"; the kecamatan and the kelurahan are looked up
 * inside it.
 */
extern void odi_address_locate(const odi_address *addr, odi_address_area *out);

/*
 * May an address write province (a code) for a city of province?  The same,
 * or the province it was split from lately (Papua for Merauke, 2022).
 */
extern bool odi_address_province_holds(int written, int province);

/* Entries a city name may stand for: regencies, or province 31 for "Jakarta". */
extern int	odi_address_city_entries(const char *city, size_t len, uint32_t province,
									 uint32_t *out, int max);

/* How a kelurahan/desa name fits the entries a city stands for. */
typedef enum odi_village_fit
{
	ODI_VILLAGE_UNKNOWN,		/* not in them: a new or misspelt name */
	ODI_VILLAGE_FOUND,			/* a village of the city (or of its province, for "Yogyakarta") */
	ODI_VILLAGE_IS_DISTRICT		/* only a kecamatan of the city */
} odi_village_fit;

extern odi_village_fit odi_address_village_fit(const char *name, size_t len,
											   const uint32_t *cities, int ncities,
											   uint32_t *district);

#endif
