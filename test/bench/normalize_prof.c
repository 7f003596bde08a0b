/*
 * normalize_prof.c: each normaliser against its validator on valid values, as
 * the glue calls them (work space and the stored form included; the text to
 * C string copy, the same in both, left out), for valgrind --tool=callgrind
 * (test/bench/profile normalize).  -DODI_PROF_BEFORE builds the glue of the
 * address normaliser as it was before its fast path (the large work space).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address_parse.h"
#include "latlong_parse.h"
#include "phone_parse.h"
#include "time_parse.h"

#define NVALUES 2000
#define NOINLINE __attribute__((noinline))

static unsigned long long rng = 46;

static unsigned
next(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned) ((rng >> 33) % n);
}

static char address[NVALUES][160];
static char phone[NVALUES][40];
static char timev[NVALUES][24];
static char latlong[NVALUES][48];

/* the shapes of test/bench/bench.sql */
static void
make_values(void)
{
	static const char *const places[] = {
		"Menteng, Menteng, Jakarta Pusat 10310", "Gambir, Jakarta Pusat 10110",
		"Kuningan Timur, Setiabudi, Jakarta Selatan 12950", "Rawamangun, Jakarta Timur 13220",
		"Cibodas, Cibodas, Tangerang 15138, Banten", "Depok, Pancoran Mas, Depok 16431",
		"Pluit, Penjaringan, Jakarta Utara 14450", "Baranangsiang, Bogor 16143, Jawa Barat"
	};
	static const char *const streets[] = {
		"Jl. Pati", "Jl. Medan Merdeka Selatan", "Jl. Kebon Sirih", "Gang Mawar", "Jl. H.R. Rasuna Said"
	};
	static const char *const phones[] = {
		"021 %u%u", "(021) %u%u", "021-%u-%u", "(0274) %u%u", "0812 %u%u",
		"0812-%u-%u", "+62 21 %u%u", "+62 812 %u %u", "+39 815 %u%u"
	};
	int			i;

	for (i = 0; i < NVALUES; i++)
	{
		unsigned	a = 1000 + next(9000);
		unsigned	b = 1000 + next(9000);

		snprintf(address[i], sizeof(address[i]), "%s%s No. %u%s, %s",
				 next(7) == 0 ? "Kompleks Giri Indah, " : "", streets[next(5)], 1 + next(250),
				 next(5) < 2 ? " RT03/RW11" : "", places[next(8)]);
		snprintf(phone[i], sizeof(phone[i]), phones[i % 9],
				 i % 9 == 1 || i % 9 == 3 ? 100 + a % 900 : a, b);
		snprintf(timev[i], sizeof(timev[i]), "%02u:%02u%s%s", next(24), next(60),
				 next(2) ? ":30" : "", (const char *[]) {"", "+0700", "+0800", "+0900"}[next(4)]);
		snprintf(latlong[i], sizeof(latlong[i]), "-%u.%04u, %u.%05u", next(10), next(10000),
				 95 + next(45), next(100000));
	}
}

static NOINLINE bool
address_valid(const char *v)
{
	char	   *work = malloc(odi_address_parse_work_size(v));
	odi_address a;
	bool		ok = odi_address_parse(v, work, &a, NULL);

	free(work);
	return ok;
}

static NOINLINE bool
address_normalize(const char *v)
{
	odi_address a;
	uint8_t    *stored = NULL;
#ifdef ODI_PROF_BEFORE
	char	   *work = malloc(odi_address_work_size(v));
	bool		ok = odi_address_normalize(v, work, &a);
#else
	char	   *work = malloc(odi_address_parse_work_size(v));
	bool		ok = odi_address_parse(v, work, &a, NULL);

	if (!ok)
	{
		free(work);
		work = malloc(odi_address_work_size(v));
		ok = odi_address_read_lenient(v, work, &a);
	}
#endif
	if (ok)
	{
		stored = malloc(odi_address_encoded_size(&a));
		odi_address_encode(&a, stored);
	}
	free(stored);
	free(work);
	return ok;
}

static NOINLINE bool
phone_valid(const char *v)
{
	odi_phone	p;

	return odi_phone_parse(v, &p, NULL);
}

static NOINLINE bool
phone_normalize(const char *v)
{
	odi_phone	p;

	return odi_phone_normalize(v, &p) && odi_phone_pack(&p) != 0;
}

static NOINLINE bool
phone_normalize_in_area(const char *v)
{
	odi_phone	p;

	return odi_phone_normalize_local(v, "21", &p) && odi_phone_pack(&p) != 0;
}

static NOINLINE bool
time_valid(const char *v)
{
	odi_time	t;

	return odi_time_parse(v, &t, NULL);
}

static NOINLINE bool
time_normalize(const char *v)
{
	odi_time	t;

	return odi_time_normalize(v, &t) && odi_time_pack(&t) != 0xffffffffu;
}

static NOINLINE bool
latlong_valid(const char *v)
{
	odi_latlong ll;

	return odi_latlong_parse(v, &ll, NULL);
}

static NOINLINE bool
latlong_normalize(const char *v)
{
	odi_latlong ll;

	return odi_latlong_normalize(v, &ll) && odi_latlong_pack(&ll).lat != 1;
}

int
main(int argc, char **argv)
{
	int			rounds = argc > 1 ? atoi(argv[1]) : 10;
	int			counts[9] = {0};
	int			r;
	int			i;

	make_values();
	for (r = 0; r < rounds; r++)
		for (i = 0; i < NVALUES; i++)
		{
			counts[0] += address_valid(address[i]);
			counts[1] += address_normalize(address[i]);
			counts[2] += phone_valid(phone[i]);
			counts[3] += phone_normalize(phone[i]);
			counts[4] += phone_normalize_in_area(phone[i]);
			counts[5] += time_valid(timev[i]);
			counts[6] += time_normalize(timev[i]);
			counts[7] += latlong_valid(latlong[i]);
			counts[8] += latlong_normalize(latlong[i]);
		}
	/* every value valid: each count is rounds * NVALUES */
	for (i = 0; i < 9; i++)
		if (counts[i] != rounds * NVALUES)
		{
			fprintf(stderr, "case %d: %d of %d values accepted\n", i, counts[i], rounds * NVALUES);
			return 1;
		}
	printf("%d values a case\n", rounds * NVALUES);
	return 0;
}
