/*
 * Micro-benchmark: the hand-written email and URL scanners of
 * src/domain_parse.c against PCRE2 patterns of the same rules (compiled once,
 * matched with and without JIT).  Not run by the tests; build and run with
 *
 *   cc -O2 -Isrc tools/bench/email_url.c src/domain_parse.c src/odi_error.c \
 *      $(pkg-config --cflags --libs libpcre2-8) -o /tmp/bench && /tmp/bench
 *
 * The patterns check less than the scanners (no IPv6 structure, no port
 * range) and say nothing about what is wrong; they are here for timing.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain_parse.h"

#define N 300000
#define REPEAT 5

static const char *const email_pattern =
"^(?=.{1,254}$)(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
"@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?![0-9]+$)"
"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$";

static const char *const url_pattern =
"^[Hh][Tt][Tt][Pp][Ss]?://"
"(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
"|\\[[0-9A-Fa-f:.]+\\]"
"|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?![0-9]+(?:[:/?#]|$))[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
"(?::[0-9]{1,5})?"
"(?:[/?#](?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?)?$";

static const char *const email_samples[] = {
	"namalokal@example.com", "nama.lokal@example.com", "humas+data@jakarta.go.id",
	"dinas.kesehatan.dki@jakarta.go.id", "nama@localhost", "namalokalsaja",
	"nama.lokal(at)example.com", "a@b@example.com", "nama..lokal@example.com",
	"pusat.data.dan.informasi.kementerian@subdomain.panjang.example.co.id"
};

static const char *const url_samples[] = {
	"http://example.com", "https://example.com/data/01/2013/dataset.csv",
	"https://data.jakarta.go.id/dataset/daftar-sekolah-menengah-atas-negeri?page=2#ringkasan",
	"http://192.168.1.10/data.csv", "example.com", "/example.com/data/01/2013/dataset.csv",
	"ftp://example.com", "http://", "http://example.com/data set.csv",
	"https://xn--bcher-kva.de/katalog/2014/jakarta-pusat/kecamatan-menteng/kelurahan.csv"
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
run(const char *name, const char *pattern, const char *const *samples, size_t nsamples,
	odi_validator scanner)
{
	int			errcode;
	PCRE2_SIZE	erroff;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, 0,
								   &errcode, &erroff, NULL);
	pcre2_match_data *md;
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	const char **inputs = malloc(N * sizeof(char *));
	size_t	   *lens = malloc(N * sizeof(size_t));
	long		hits[3] = {0, 0, 0};
	long		disagree = 0;
	double		t[4];
	double		best[3] = {0, 0, 0};
	pcre2_code *jit;
	int			i;
	int			r;

	if (re == NULL)
	{
		fprintf(stderr, "%s: pattern error %d at %zu\n", name, errcode, erroff);
		exit(1);
	}
	jit = pcre2_code_copy(re);
	if (pcre2_jit_compile(jit, PCRE2_JIT_COMPLETE) != 0)
	{
		fprintf(stderr, "%s: no JIT on this machine\n", name);
		exit(1);
	}
	md = pcre2_match_data_create_from_pattern(re, NULL);
	pcre2_set_match_limit(mc, 100000);
	for (i = 0; i < N; i++)
	{
		inputs[i] = samples[(size_t) i % nsamples];
		lens[i] = strlen(inputs[i]);
	}

	/* best of REPEAT rounds: the machine is shared */
	for (r = 0; r < REPEAT; r++)
	{
		hits[0] = hits[1] = hits[2] = 0;
		t[0] = now();
		for (i = 0; i < N; i++)
			hits[0] += scanner(inputs[i], NULL);
		t[1] = now();
		for (i = 0; i < N; i++)
			hits[1] += pcre2_match(re, (PCRE2_SPTR) inputs[i], lens[i], 0, 0, md, mc) >= 0;
		t[2] = now();
		for (i = 0; i < N; i++)
			hits[2] += pcre2_match(jit, (PCRE2_SPTR) inputs[i], lens[i], 0, 0, md, mc) >= 0;
		t[3] = now();
		for (i = 0; i < 3; i++)
			if (r == 0 || t[i + 1] - t[i] < best[i])
				best[i] = t[i + 1] - t[i];
	}
	for (i = 0; i < (int) nsamples; i++)
		disagree += scanner(samples[i], NULL) !=
			(pcre2_match(re, (PCRE2_SPTR) samples[i], strlen(samples[i]), 0, 0, md, mc) >= 0);

	printf("%-5s %d strings, best of 5: scanner %.1f ms, PCRE2 interpreted %.1f ms, PCRE2 JIT %.1f ms "
		   "(accepted %ld/%ld/%ld; samples where they disagree: %ld)\n",
		   name, N, best[0] * 1e3, best[1] * 1e3, best[2] * 1e3,
		   hits[0], hits[1], hits[2], disagree);
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	pcre2_code_free(re);
	pcre2_code_free(jit);
	free(inputs);
	free(lens);
}

int
main(void)
{
	run("email", email_pattern, email_samples,
		sizeof(email_samples) / sizeof(email_samples[0]), odi_email_valid);
	run("url", url_pattern, url_samples,
		sizeof(url_samples) / sizeof(url_samples[0]), odi_url_valid);
	return 0;
}
