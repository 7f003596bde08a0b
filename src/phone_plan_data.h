/*
 * phone_plan_data.h: numbering-plan tables extracted from libphonenumber's
 * metadata (src/phone_plan_data.c, generated; pure C).
 */
#ifndef ODI_PHONE_PLAN_DATA_H
#define ODI_PHONE_PLAN_DATA_H

#include <stdint.h>

typedef struct odi_phone_code_range
{
	short		lo;
	short		hi;
} odi_phone_code_range;

/* bit n set: n digits may follow the calling code; 0: not assigned */
extern const uint32_t odi_phone_cc_lengths[1000];

/* bit d set: a national number of that calling code may start with 0d */
extern const uint16_t odi_phone_cc_zero[1000];

extern const odi_phone_code_range odi_phone_area3[];
extern const int odi_phone_area3_count;

#endif
