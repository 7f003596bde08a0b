/*
 * The normalisers' fast path: on a value the type's parser accepts, each
 * normaliser gives what that parse gives, and the same as the lenient
 * reading it used to run first.  Every value of the real corpora
 * (test/corpus/address/real*.tsv, test/corpus/phone/real.tsv) and of the fuzz
 * seeds (test/fuzz/corpus/{address,phone,time,latlong}) goes through every
 * normaliser, as written, with its separators changed and in its canonical
 * form, and so do values where the two readings part ways:
 *   - address: the glue's two steps (odi_address_parse in exactly
 *     odi_address_parse_work_size() bytes, else odi_address_read_lenient)
 *     against odi_address_normalize in the large work space;
 *   - phone: odi_phone_normalize_local (without an area, in 021, in the
 *     dataset's area) against odi_phone_read_lenient, the reading without
 *     the fast path;
 *   - time, latlong: the normaliser against the parser where it accepts.
 * ODI_VERBOSE=1 prints the counts.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>

#include "address_parse.h"
#include "latlong_parse.h"
#include "phone_parse.h"
#include "time_parse.h"
#include "unit.h"

#define MAX_SHOWN 5

static int	nvalues;
static int	nvalid[4];
static int	nmismatch;

static void
mismatch(const char *what, const char *value, const char *fast, const char *slow)
{
	if (++nmismatch <= MAX_SHOWN)
		printf("# %s: \"%s\": fast path %s, lenient reading %s\n", what, value, fast, slow);
}

static void
check_address(const char *v)
{
	size_t		small = odi_address_parse_work_size(v);
	char	   *work = malloc(small);	/* exactly: ASan sees an overrun */
	char	   *big = malloc(odi_address_work_size(v));
	char	   *big2 = malloc(odi_address_work_size(v));
	odi_address fast;
	odi_address slow;
	bool		parsed = odi_address_parse(v, work, &fast, NULL);
	bool		got = parsed || odi_address_read_lenient(v, big, &fast);
	bool		want = odi_address_normalize(v, big2, &slow);

	if (parsed)
		nvalid[0]++;
	if (got != want)
		mismatch("address", v, got ? "reads it" : "refuses it", want ? "reads it" : "refuses it");
	else if (got)
	{
		size_t		n = odi_address_encoded_size(&fast);
		uint8_t    *a = malloc(n);
		uint8_t    *b = malloc(n);

		odi_address_encode(&fast, a);
		if (odi_address_encoded_size(&slow) != n)
			mismatch("address", v, "one value", "another");
		else
		{
			odi_address_encode(&slow, b);
			if (memcmp(a, b, n) != 0)
				mismatch("address", v, "one value", "another");
		}
		free(a);
		free(b);
	}
	free(work);
	free(big);
	free(big2);
}

static void
check_phone_in(const char *v, const char *area)
{
	odi_phone	fast;
	odi_phone	slow;
	bool		got = odi_phone_normalize_local(v, area, &fast);
	bool		want = odi_phone_read_lenient(v, area, &slow);

	if (got != want)
		mismatch("phone", v, got ? "reads it" : "refuses it", want ? "reads it" : "refuses it");
	else if (got && odi_phone_pack(&fast) != odi_phone_pack(&slow))
	{
		char		a[64];
		char		b[64];

		odi_phone_format(&fast, ODI_PHONE_E164, a);
		odi_phone_format(&slow, ODI_PHONE_E164, b);
		mismatch("phone", v, a, b);
	}
}

static void
check_phone(const char *v, const char *area_text)
{
	char		area[8];
	odi_phone	p;

	if (odi_phone_parse(v, &p, NULL))
		nvalid[1]++;
	check_phone_in(v, NULL);
	check_phone_in(v, "21");
	if (area_text != NULL && odi_phone_area_code(area_text, area) && strcmp(area, "21") != 0)
		check_phone_in(v, area);
}

static void
check_time(const char *v)
{
	odi_time	parsed;
	odi_time	normalized;

	if (!odi_time_parse(v, &parsed, NULL))
		return;
	nvalid[2]++;
	if (!odi_time_normalize(v, &normalized))
		mismatch("time", v, "accepts it", "refuses it");
	else if (odi_time_pack(&parsed) != odi_time_pack(&normalized))
		mismatch("time", v, "one value", "another");
}

static void
check_latlong(const char *v)
{
	odi_latlong parsed;
	odi_latlong normalized;
	odi_latlong_packed a;
	odi_latlong_packed b;

	if (!odi_latlong_parse(v, &parsed, NULL))
		return;
	nvalid[3]++;
	if (!odi_latlong_normalize(v, &normalized))
	{
		mismatch("latlong", v, "accepts it", "refuses it");
		return;
	}
	a = odi_latlong_pack(&parsed);
	b = odi_latlong_pack(&normalized);
	if (a.lat != b.lat || a.lon != b.lon)
		mismatch("latlong", v, "one value", "another");
}

static void
check_one(const char *v, const char *area)
{
	nvalues++;
	check_address(v);
	check_phone(v, area);
	check_time(v);
	check_latlong(v);
}

/* the canonical text of what each normaliser reads in v */
static void
check_canonical(const char *v, const char *area)
{
	char	   *work = malloc(odi_address_work_size(v));
	odi_address addr;
	odi_phone	phone;
	odi_time	t;
	odi_latlong ll;
	char		buf[128];

	if (odi_address_normalize(v, work, &addr))
	{
		char	   *text = malloc(odi_address_text_len(&addr) + 1);

		odi_address_format(&addr, text);
		check_one(text, area);
		free(text);
	}
	free(work);
	if (odi_phone_normalize_local(v, "21", &phone))
	{
		odi_phone_format(&phone, ODI_PHONE_NATIONAL, buf);
		check_one(buf, area);
		odi_phone_format(&phone, ODI_PHONE_INTERNATIONAL, buf);
		check_one(buf, area);
	}
	if (odi_time_normalize(v, &t))
	{
		odi_time_format(&t, buf);
		check_one(buf, area);
	}
	if (odi_latlong_normalize(v, &ll))
	{
		odi_latlong_format(&ll, buf);
		check_one(buf, area);
	}
}

/*
 * v, v with '-' and ' ' swapped, v with ' ' doubled, and the canonical text
 * of what v is read as
 */
static void
check_value(const char *v, const char *area)
{
	size_t		n = strlen(v);
	char	   *w = malloc(2 * n + 1);
	size_t		i;
	size_t		k = 0;

	check_canonical(v, area);
	check_one(v, area);
	for (i = 0; i <= n; i++)
		w[i] = v[i] == '-' ? ' ' : v[i] == ' ' ? '-' : v[i];
	check_one(w, area);
	for (i = 0; i < n; i++)
	{
		w[k++] = v[i];
		if (v[i] == ' ')
			w[k++] = ' ';
	}
	w[k] = '\0';
	check_one(w, area);
	free(w);
}

static bool
address_row(char **f, void *arg)
{
	(void) arg;
	check_value(f[4], NULL);
	return true;
}

static bool
phone_row(char **f, void *arg)
{
	(void) arg;
	check_value(f[1], strcmp(f[2], "") == 0 ? NULL : f[2]);
	return true;
}

/* every file of a fuzz seed directory, as one value (up to its first NUL) */
static int
read_seeds(const char *dir)
{
	DIR		   *d = opendir(dir);
	struct dirent *e;
	int			n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
	{
		char		path[1024];
		char		buf[4096];
		FILE	   *file;
		size_t		len;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if ((file = fopen(path, "rb")) == NULL)
			continue;
		len = fread(buf, 1, sizeof(buf) - 1, file);
		fclose(file);
		buf[len] = '\0';
		check_value(buf, NULL);
		n++;
	}
	closedir(d);
	return n;
}

int
main(void)
{
	static const char *const address_files[] = {
		"test/corpus/address/real.tsv", "test/corpus/address/real2.tsv",
		"test/corpus/address/real3.tsv"
	};
	static const char *const seed_dirs[] = {
		"test/fuzz/corpus/address", "test/fuzz/corpus/phone",
		"test/fuzz/corpus/time", "test/fuzz/corpus/latlong"
	};
	/* where the lenient reading and the type part ways */
	static const char *const edges[] = {
		"+39 (0)6 1234 5678", "+44 (0)20 7946 0958", "+62 (0)21 3841234", "(0)21 3841234",
		"0-01934560 1", "0 01934560 1", "(00) 1934560 1", "0 (01) 934560 1", "00 1934560 1",
		"0021 63855709", "+62 021 3841234", "62812345678901", "81234567890", "6445353054",
		"021 4517084-85", "0812-3456-78", "(021)3841234", "(0274) 512345", "1500-567", "112",
		"+62 812-3456-7890", "0062 21 1234567", " 021 1234567 ", "021\t1234567",
		"09:15+0700", "pukul 09.15", "21:00:00+0900", "-6.1754, 106.8272", "(-6.1754, 106.8272)",
		"Jl. Pati No. 1, Menteng, Jakarta Pusat 10310"
	};
	char		name[256];
	size_t		i;
	int			n;

	for (i = 0; i < sizeof(edges) / sizeof(edges[0]); i++)
		check_value(edges[i], "021");

	for (i = 0; i < sizeof(address_files) / sizeof(address_files[0]); i++)
	{
		n = unit_read_tsv(address_files[i], 16, address_row, NULL);
		snprintf(name, sizeof(name), "normalize: %s read (%d rows)", address_files[i], n);
		unit_check(n > 0, name, NULL);
	}
	n = unit_read_tsv("test/corpus/phone/real.tsv", 5, phone_row, NULL);
	snprintf(name, sizeof(name), "normalize: test/corpus/phone/real.tsv read (%d rows)", n);
	unit_check(n > 0, name, NULL);
	for (i = 0; i < sizeof(seed_dirs) / sizeof(seed_dirs[0]); i++)
	{
		n = read_seeds(seed_dirs[i]);
		snprintf(name, sizeof(name), "normalize: %s read (%d seeds)", seed_dirs[i], n);
		unit_check(n > 0, name, NULL);
	}
	if (getenv("ODI_VERBOSE") != NULL)
		printf("# %d values; the types accept %d addresses, %d phones, %d times, %d latlongs\n",
			   nvalues, nvalid[0], nvalid[1], nvalid[2], nvalid[3]);
	unit_check(nvalid[0] > 100 && nvalid[1] > 100 && nvalid[2] > 10 && nvalid[3] > 10,
			   "normalize: the corpora hold values each type accepts", NULL);
	snprintf(name, sizeof(name),
			 "normalize: the fast path and the lenient reading agree on all %d values", nvalues);
	unit_check(nmismatch == 0, name, NULL);
	return unit_done();
}
