/*
 * Real addresses as institutions publish them (the TSV files of test/corpus/address,
 * each with its source and a careful reader's reading): every one is read by
 * the type and by id_address_normalize and sorted into read right, rightly
 * refused (a mandatory part is missing), refused although complete, and
 * wrong.  Wrong must be 0; the share of complete ones read right is
 * reported and must not fall below what was measured.
 *
 * Components are compared as a reader would: case, spacing and punctuation
 * aside, "Jalan"/"Jln." as "Jl.", a city with or without its "Kota" or
 * "Kabupaten" (but never a kota for a kabupaten), labels aside.
 */
#include <stdlib.h>

#include "address_parse.h"
#include "odi_chars.h"
#include "unit.h"
#include "wilayah.h"
#include "wilayah_key.h"

#define NFIELDS 16

enum
{
	F_ID, F_PROVINCE_CODE, F_SOURCE, F_INSTITUTION, F_ADDRESS, F_VERDICT,
	F_STREET, F_NUMBER, F_RT, F_RW, F_KELURAHAN, F_KECAMATAN, F_CITY,
	F_POSTAL, F_PROVINCE, F_NOTES
};

static bool verbose;

/* letters and digits, lower case */
static void
key_of(const char *s, char *out)
{
	if (s == NULL || odi_wilayah_key(s, strlen(s), out) < 0)
		out[0] = '\0';
}

static bool
same_key(const char *got, const char *want)
{
	char		a[ODI_WILAYAH_KEY_MAX + 1];
	char		b[ODI_WILAYAH_KEY_MAX + 1];

	key_of(got, a);
	key_of(want, b);
	return strcmp(a, b) == 0;
}

/* "Jalan X", "Jln. X", "JL X": "jl" then the name */
static bool
same_street(const char *got, const char *want)
{
	static const char *const prefixes[] = {"jalan ", "jln. ", "jln.", "jln ", "jl. ", "jl.", "jl "};
	char		g[512];
	char		w[512];
	const char *pair[2] = {got, want};
	char	   *dst[2] = {g, w};
	int			k;

	for (k = 0; k < 2; k++)
	{
		const char *s = pair[k];
		size_t		i;

		for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		{
			size_t		n = strlen(prefixes[i]);
			size_t		j;

			for (j = 0; j < n && s[j] && odi_lower(s[j]) == prefixes[i][j]; j++)
				;
			if (j == n)
			{
				snprintf(dst[k], 512, "Jl. %s", s + n);
				break;
			}
		}
		if (i == sizeof(prefixes) / sizeof(prefixes[0]))
			snprintf(dst[k], 512, "%s", s);
	}
	return same_key(g, w);
}

/* "Blk. A No. 465" = "Blok A No. 465" */
static bool
same_number(const char *got, const char *want)
{
	char		g[ODI_WILAYAH_KEY_MAX + 1];
	char		w[ODI_WILAYAH_KEY_MAX + 1];
	char	   *keys[2] = {g, w};
	int			k;

	key_of(got, g);
	key_of(want, w);
	for (k = 0; k < 2; k++)
		if (strncmp(keys[k], "blk", 3) == 0 && strncmp(keys[k], "blok", 4) != 0)
		{
			memmove(keys[k] + 4, keys[k] + 3, strlen(keys[k] + 3) + 1);
			memcpy(keys[k], "blok", 4);
		}
	return strcmp(g, w) == 0;
}

/* "Kota Bandung" = "Bandung" = "Kota Bandung"; "Kab. Bandung" != "Kota Bandung" */
static bool
same_city(const char *got, const char *want)
{
	odi_wilayah_kind gk;
	odi_wilayah_kind wk;
	size_t		gs = odi_wilayah_regency_prefix(got, strlen(got), &gk);
	size_t		ws = odi_wilayah_regency_prefix(want, strlen(want), &wk);

	if (gk != ODI_WILAYAH_KIND_ANY && wk != ODI_WILAYAH_KIND_ANY && gk != wk)
		return false;
	return same_key(got + gs, want + ws);
}

/* "05", "" (0), and the Roman RW numbers some write ("I", "VIII") */
static int
int_or_zero(const char *s)
{
	static const char *const roman[] = {
		"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
		"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"
	};
	int			i;

	for (i = 0; i < 20; i++)
		if (strcmp(s, roman[i]) == 0)
			return i + 1;
	return *s ? atoi(s) : 0;
}

static int
province_of(const char *name)
{
	uint32_t	e;

	if (!*name || odi_wilayah_find(name, strlen(name), ODI_WILAYAH_PROVINCE, ODI_WILAYAH_NONE, &e, 1) != 1)
		return 0;
	return odi_wilayah_get(e)->province;
}

/* the first component of got that differs from the reading, or NULL */
static const char *
differs(const odi_address *a, char **f)
{
	int			province = province_of(f[F_PROVINCE]);

	if (!same_street(a->street, f[F_STREET]))
		return "street";
	if (!same_number(a->number, f[F_NUMBER]))
		return "number";
	if (a->rt != int_or_zero(f[F_RT]) || a->rw != int_or_zero(f[F_RW]))
		return "RT/RW";
	if (!same_key(a->kelurahan, f[F_KELURAHAN]))
		return "kelurahan";
	if (!same_key(a->kecamatan ? a->kecamatan : "", f[F_KECAMATAN]))
		return "kecamatan";
	if (!same_city(a->city, f[F_CITY]))
		return "city";
	if (a->postal_code != atoi(f[F_POSTAL]))
		return "postal code";
	if (f[F_PROVINCE][0] && province == 0)
		return "province (the reading's is unknown)";
	if (a->province != province)
		return "province";
	return NULL;
}

typedef struct tally
{
	int			complete;
	int			read_right;
	int			refused_complete;
	int			incomplete;
	int			rightly_refused;
	int			wrong;
} tally;

static void
read_row(char **f, tally *t, char *first_wrong, size_t cap)
{
	const char *address = f[F_ADDRESS];
	char	   *work = malloc(odi_address_work_size(address));
	bool		complete = strcmp(f[F_VERDICT], "complete") == 0;
	odi_address a;
	char		text[2048];
	bool		read = odi_address_normalize(address, work, &a);
	const char *bad = read && complete ? differs(&a, f) : NULL;

	if (read)
		odi_address_format(&a, text);
	if (complete)
	{
		t->complete++;
		if (read && bad == NULL)
		{
			t->read_right++;
			if (getenv("ODI_VERBOSE") && strcmp(getenv("ODI_VERBOSE"), "2") == 0)
				printf("# right: %s\n", f[F_ID]);
		}
		else if (!read)
		{
			t->refused_complete++;
			if (verbose)
				printf("# refused, complete: %s %s\n", f[F_ID], address);
		}
	}
	else
	{
		t->incomplete++;
		if (!read)
			t->rightly_refused++;
		else
			bad = f[F_VERDICT];
	}
	if (bad)
	{
		t->wrong++;
		if (verbose || !first_wrong[0])
			snprintf(first_wrong, cap, "%s \"%s\" read as \"%s\" (%s)", f[F_ID], address, text, bad);
		if (verbose)
			printf("# wrong: %s\n", first_wrong);
	}
	free(work);
}

typedef struct corpus
{
	tally	   *t;
	char	   *first_wrong;
	size_t		cap;
} corpus;

static bool
corpus_row(char **f, void *arg)
{
	corpus	   *c = arg;

	read_row(f, c->t, c->first_wrong, c->cap);
	return true;
}

static void
check_file(const char *path, tally *all)
{
	tally		t = {0, 0, 0, 0, 0, 0};
	char		first_wrong[4096] = "";
	char		name[512];
	char		got[64];
	corpus		c = {&t, first_wrong, sizeof(first_wrong)};
	int			rows = unit_read_tsv(path, NFIELDS, corpus_row, &c);

	snprintf(name, sizeof(name), "corpus %s: every row has its 16 fields", path);
	snprintf(got, sizeof(got), "%d", rows);
	unit_check(rows > 0, name, got);
	printf("# %s: %d addresses; complete %d: read right %d, refused %d; incomplete %d: rightly refused %d; wrong %d\n",
		   path, rows, t.complete, t.read_right, t.refused_complete, t.incomplete,
		   t.rightly_refused, t.wrong);
	snprintf(name, sizeof(name), "corpus %s: no address is read wrong", path);
	unit_check(t.wrong == 0, name, first_wrong);
	if (t.complete == 0)
		return;
	all->complete += t.complete;
	all->read_right += t.read_right;
	all->wrong += t.wrong;
}

int
main(int argc, char **argv)
{
	static const char *const corpora[] = {
		"test/corpus/address/real.tsv", "test/corpus/address/real2.tsv",
		"test/corpus/address/real3.tsv"
	};
	tally		all = {0, 0, 0, 0, 0, 0};
	char		got[64];
	int			i;

	verbose = getenv("ODI_VERBOSE") != NULL;
	if (argc > 1)
		for (i = 1; i < argc; i++)
			check_file(argv[i], &all);
	else
		for (i = 0; i < (int) (sizeof(corpora) / sizeof(corpora[0])); i++)
			check_file(corpora[i], &all);
	printf("# all: read right %d of %d complete addresses (%.1f%%)\n", all.read_right,
		   all.complete, all.complete ? 100.0 * all.read_right / all.complete : 0.0);
	/* the goal: 90% of the complete addresses read right */
	snprintf(got, sizeof(got), "%d of %d", all.read_right, all.complete);
	unit_check(all.complete > 0 && all.read_right * 100 >= all.complete * 90,
			   "corpus: at least 90% of the complete addresses are read right", got);
	return unit_done();
}
