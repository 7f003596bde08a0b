/* latlong.h: what the latlong glue files share (PostgreSQL side). */
#ifndef ODI_LATLONG_H
#define ODI_LATLONG_H

#include "postgres.h"

#include "odi_compat.h"

#include "fmgr.h"
#include "utils/geo_decls.h"

#include "latlong_geom.h"
#include "latlong_parse.h"

extern odi_latlong latlong_get(Datum d);
extern Datum latlong_datum(const odi_latlong *ll);
extern double latlong_distance_internal(const odi_latlong *a,
										const odi_latlong *b);
/* box: x = longitude, y = latitude, edges included */
extern bool latlong_in_box(double lat, double lon, const BOX *box);

#endif
