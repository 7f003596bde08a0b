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
static void
digits(char *p, int n)
{
	*p++ = (char) ('1' + next(9));
	while (--n > 0)
		*p++ = (char) ('0' + next(10));
	*p = '\0';
}

/* the twelve shapes of bench.sql: code, then one or two groups of digits */
static const struct
{
	const char *format;			/* three %s: code, first group, second group */
	int			code;			/* 0: none, 2: "21", 3: "274", 8: "812" */
	int			first;
	int			second;
}			shapes[] = {
	{"0%s %s%s", 2, 8, 0}, {"(0%s) %s%s", 2, 7, 0}, {"0%s-%s-%s", 2, 4, 4},
	{"0%s %s%s", 3, 6, 0}, {"(0%s) %s%s", 3, 7, 0}, {"0%s %s%s", 8, 8, 0},
	{"0%s-%s-%s", 8, 4, 5}, {"+62 %s %s%s", 2, 8, 0}, {"+62 %s %s %s", 8, 4, 4},
	{"0062 %s %s%s", 3, 6, 0}, {"+39 815%s %s%s", 0, 9, 0}, {"0039 06%s %s%s", 0, 8, 0}
};

static void
make_value(int i, char *buf)
{
	static const char *const a2[] = {"21", "22", "24", "31", "61"};
	static const char *const a3[] = {"251", "274", "341", "361", "411", "511", "711", "761"};
	static const char *const mob[] = {"811", "812", "813", "815", "816", "817", "818",
		"819", "821", "822", "823", "852", "853", "855", "856", "857", "858", "859",
	"877", "878", "881", "882", "895", "896", "897", "898", "899"};
	const char *codes[9] = {""};
	char		g1[16] = "",
				g2[16] = "";
	int			k = i % 12;

	codes[2] = a2[next(5)];
	codes[3] = a3[next(8)];
	codes[8] = mob[next(27)];
	digits(g1, shapes[k].first);
	if (shapes[k].second > 0)
		digits(g2, shapes[k].second);
	sprintf(buf, shapes[k].format, codes[shapes[k].code], g1, g2);
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
