/*
 * phone_prof.c: the id_phone input path (parse + pack) without a server, for
 * timing and for valgrind --tool=callgrind (see test/bench/profile).  The
 * numbers have the shapes test/bench/bench.sql generates.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "phone_parse.h"

#define NVALUES 12000

static unsigned long long rng = 46;

static unsigned
next(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned) ((rng >> 33) % n);
}

/* n random digits, the first not 0 */
static char *
digits(char *p, int n)
{
	*p++ = (char) ('1' + next(9));
	while (--n > 0)
		*p++ = (char) ('0' + next(10));
	*p = '\0';
	return p;
}

static void
make_value(int i, char *buf)
{
	static const char *const a2[] = {"21", "22", "24", "31", "61"};
	static const char *const a3[] = {"251", "274", "341", "361", "411", "511", "711", "761"};
	static const char *const mob[] = {"811", "812", "813", "815", "816", "817", "818",
		"819", "821", "822", "823", "852", "853", "855", "856", "857", "858", "859",
	"877", "878", "881", "882", "895", "896", "897", "898", "899"};
	const char *x2 = a2[next(5)];
	const char *x3 = a3[next(8)];
	const char *m = mob[next(27)];
	char		d1[16],
				d2[16];

	switch (i % 12)
	{
		case 0:
			sprintf(buf, "0%s %s", x2, (digits(d1, 8), d1));
			break;
		case 1:
			sprintf(buf, "(0%s) %s", x2, (digits(d1, 7), d1));
			break;
		case 2:
			digits(d1, 4);
			sprintf(buf, "0%s-%s-%s", x2, d1, (digits(d2, 4), d2));
			break;
		case 3:
			sprintf(buf, "0%s %s", x3, (digits(d1, 6), d1));
			break;
		case 4:
			sprintf(buf, "(0%s) %s", x3, (digits(d1, 7), d1));
			break;
		case 5:
			sprintf(buf, "0%s %s", m, (digits(d1, 8), d1));
			break;
		case 6:
			digits(d1, 4);
			sprintf(buf, "0%s-%s-%s", m, d1, (digits(d2, 5), d2));
			break;
		case 7:
			sprintf(buf, "+62 %s %s", x2, (digits(d1, 8), d1));
			break;
		case 8:
			digits(d1, 4);
			sprintf(buf, "+62 %s %s %s", m, d1, (digits(d2, 4), d2));
			break;
		case 9:
			sprintf(buf, "0062 %s %s", x3, (digits(d1, 6), d1));
			break;
		case 10:
			sprintf(buf, "+39 815 %s", (digits(d1, 9), d1));
			break;
		default:
			sprintf(buf, "0039 06 %s", (digits(d1, 8), d1));
			break;
	}
}

int
main(int argc, char **argv)
{
	static char values[NVALUES][32];
	int			rounds = argc > 1 ? atoi(argv[1]) : 100;
	unsigned long long sum = 0;
	struct timespec t0,
				t1;
	double		ns;
	int			r,
				i;

	for (i = 0; i < NVALUES; i++)
		make_value(i, values[i]);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (r = 0; r < rounds; r++)
		for (i = 0; i < NVALUES; i++)
		{
			odi_phone	phone;
			odi_error	err;

			if (!odi_phone_parse(values[i], &phone, &err))
			{
				fprintf(stderr, "rejected: %s\n", values[i]);
				return 1;
			}
			sum += odi_phone_pack(&phone);
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) /
		((double) rounds * NVALUES);
	printf("%d values x %d rounds: %.1f ns a value (checksum %llx)\n",
		   NVALUES, rounds, ns, sum);
	return 0;
}
