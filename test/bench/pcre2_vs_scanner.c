/*
 * pcre2_vs_scanner.c: our hand-written scanners against PCRE2 on the same
 * generated inputs, to decide whether the extension needs PCRE2.
 * Built and run by test/bench/pcre2, which explains the output.
 *
 * The regexes are the Table Schema patterns of table_schema() (date, time,
 * email, url), so they accept what the types print; id_phone's is simplified
 * to the shape of guideline 4.6 (digit groups, separators, an optional
 * country code and parenthesised area code) without the numbering plan.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain_parse.h"
#include "phone_parse.h"
#include "time_parse.h"

#define RUNS 5
#define MAX_VALUE 512
#define EXAMPLES 2

/* the pieces of table_schema()'s patterns */
#define YEAR "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
#define LEAP "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00" \
	"|-([0-9]{2}(0[59]|[2468][159]|[13579][37])|(0[048]|[2468][048]|[13579][26])01))-02-29"
#define DOMAIN "([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+" \
	"([0-9]*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?|[0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])"
#define IPV4_PART "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
#define PORT "(0{0,3}[1-9]|0{0,2}[1-9][0-9]|0?[1-9][0-9]{2}|[1-9][0-9]{3}" \
	"|0(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})" \
	"|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])"
#define PATH_CHAR "([A-Za-z0-9!$&'()*+,;=:@/?._~-]|%[0-9A-Fa-f]{2})"

static const char phone_re[] =
"^[ \\t]*(\\+[0-9]{1,3}[ -]?|00[0-9]{1,3}[ -])?(\\([0-9]{2,5}\\)[ -]?)?[0-9]{2,}([ -][0-9]{2,})*[ \\t]*$";
static const char time_re[] =
"^(([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(\\+0[789]00)?)$";
static const char date_re[] =
"^(-?" YEAR "-(0[1-9]|1[0-2]|(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
"|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|" LEAP ")$";
static const char email_re[] =
"^([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@" DOMAIN ")$";
static const char url_re[] =
"^([Hh][Tt][Tt][Pp][Ss]?://(" DOMAIN "|" IPV4_PART "(\\." IPV4_PART "){3}"
"|\\[[0-9A-Fa-f:.]+\\])(:" PORT ")?([/?]" PATH_CHAR "*)?(#" PATH_CHAR "*)?)$";

static uint64_t rng = 14;

static unsigned
rnd(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned) ((rng >> 33) % n);
}

#define PICK(list) ((list)[rnd(sizeof(list) / sizeof((list)[0]))])

/* n random digits, the first not 0 */
static char *
digits(char *buf, int n)
{
	int			i;

	buf[0] = (char) ('1' + rnd(9));
	for (i = 1; i < n; i++)
		buf[i] = (char) ('0' + rnd(10));
	buf[n] = '\0';
	return buf;
}

/* ---- realistic values, about a third of them written wrongly ---- */

static void
gen_phone(char *buf)
{
	static const char *const a2[] = {"21", "22", "24", "31", "61"};
	static const char *const a3[] = {"251", "274", "341", "361", "411", "511", "711", "761"};
	static const char *const mob[] = {"811", "812", "813", "815", "821", "822", "852",
	"857", "878", "881", "895", "899"};
	char		g1[16],
				g2[16];
	const char *a = rnd(2) ? PICK(a2) : PICK(a3);
	const char *m = PICK(mob);

	switch (rnd(20))
	{
		case 0:
		case 1:
		case 2:
			sprintf(buf, "0%s %s", a, digits(g1, 7));
			break;
		case 3:
			sprintf(buf, "(0%s) %s", a, digits(g1, 7));
			break;
		case 4:
		case 5:
		case 6:
			sprintf(buf, "0%s %s", m, digits(g1, 8));
			break;
		case 7:
		case 8:
			sprintf(buf, "0%s-%s-%s", m, digits(g1, 4), digits(g2, 4));
			break;
		case 9:
			sprintf(buf, "+62 %s %s %s", m, digits(g1, 4), digits(g2, 4));
			break;
		case 10:
			sprintf(buf, "0062 %s %s", a, digits(g1, 6));
			break;
		case 11:
			sprintf(buf, "+%s %s %s", rnd(2) ? "65" : "1", digits(g1, 4), digits(g2, 4));
			break;
		case 12:
			strcpy(buf, rnd(2) ? "112" : "110");
			break;
		case 13:				/* mistakes */
			sprintf(buf, "62%s%s", m, digits(g1, 8));
			break;
		case 14:
			sprintf(buf, "0%s.%s.%s", m, digits(g1, 4), digits(g2, 4));
			break;
		case 15:
			sprintf(buf, "0%s %s", a, digits(g1, 3));
			break;
		case 16:
			sprintf(buf, "+62 0%s %s", m, digits(g1, 8));
			break;
		case 17:
			sprintf(buf, "0%s %s%s", m, digits(g1, 8), digits(g2, 6));
			break;
		case 18:
			sprintf(buf, "0%s %s", PICK(a2), digits(g1, 3 + rnd(8)));
			break;
		default:
			sprintf(buf, "0%d %s", 10 + (int) rnd(990), digits(g1, 5 + rnd(5)));
			break;
	}
}

static void
gen_time(char *buf)
{
	static const char *const offsets[] = {"", "", "", "+0700", "+0800", "+0900"};
	int			h = (int) rnd(24);
	int			m = (int) rnd(60);

	switch (rnd(16))
	{
		case 0:
			sprintf(buf, "%d:%02d", h, m);
			break;
		case 1:
			sprintf(buf, "%02d.%02d", h, m);
			break;
		case 2:
			sprintf(buf, "%02d:%02d %s", h, m, rnd(2) ? "WIB" : "WITA");
			break;
		case 3:
			sprintf(buf, "%02d:%02d:%02d+07:00", h, m, (int) rnd(60));
			break;
		case 4:
			sprintf(buf, "%02d:%02d", 20 + (int) rnd(10), 50 + (int) rnd(15));
			break;
		case 5:
			sprintf(buf, "%02d:%02d+0%d00", h, m, (int) rnd(10));
			break;
		case 6:
			sprintf(buf, "%02d:%02d %s", h, m, PICK(offsets));
			break;
		case 7:
		case 8:
		case 9:
			sprintf(buf, "%02d:%02d:%02d%s", h, m, (int) rnd(60), PICK(offsets));
			break;
		default:
			sprintf(buf, "%02d:%02d%s", h, m, PICK(offsets));
			break;
	}
}

static void
gen_date(char *buf)
{
	int			y = 1945 + (int) rnd(90);
	int			m = 1 + (int) rnd(12);
	int			d = 1 + (int) rnd(31);	/* 30 February and 31 April too */

	switch (rnd(20))
	{
		case 0:
			sprintf(buf, "%02d/%02d/%04d", d, m, y);
			break;
		case 1:
			sprintf(buf, "%04d-%d-%d", y, m, d);
			break;
		case 2:
			sprintf(buf, "%02d-%02d-%04d", d, m, y);
			break;
		case 3:
			sprintf(buf, "%04d-%02d-%02dT10:00", y, m, d);
			break;
		case 4:
			sprintf(buf, "%04d-%02d", y, m);
			break;
		case 5:
			sprintf(buf, "-%04d-%02d-%02d", 1 + (int) rnd(800), m, d);
			break;
		case 6:
			sprintf(buf, "%04d-02-29", 1800 + (int) rnd(400));
			break;
		case 7:
			sprintf(buf, "%04d-%02d-%02d", y, 1 + (int) rnd(14), d);
			break;
		default:
			sprintf(buf, "%04d-%02d-%02d", y, m, d);
			break;
	}
}

static void
gen_email(char *buf)
{
	static const char *const names[] = {"budi", "siti", "agus", "dewi", "humas", "ppid",
	"data", "info", "dinkes", "admin", "rina.wati", "pusdatin"};
	static const char *const domains[] = {"jakarta.go.id", "kemkes.go.id", "gmail.com",
		"yahoo.co.id", "bps.go.id", "ui.ac.id", "example.com",
	"dinas-kesehatan.jatengprov.go.id"};
	static const char *const seps[] = {".", "_", "", "+"};
	const char *n1 = PICK(names);
	const char *n2 = PICK(names);
	const char *s = PICK(seps);
	const char *d = PICK(domains);
	char		g[16];

	switch (rnd(25))
	{
		case 0:
			sprintf(buf, "%s%s%s(at)%s", n1, s, n2, d);
			break;
		case 1:
			sprintf(buf, "%s..%s@%s", n1, n2, d);
			break;
		case 2:
			sprintf(buf, "%s@%s.", n1, d);
			break;
		case 3:
			sprintf(buf, "%s %s@%s", n1, n2, d);
			break;
		case 4:
			sprintf(buf, "%s@localhost", n1);
			break;
		case 5:
			sprintf(buf, "%s@%s, %s@%s", n1, d, n2, PICK(domains));
			break;
		case 6:
			/* longer than RFC 5321 allows before "@" (64) */
			sprintf(buf, "%s.%s.%s.%s.%s.%s.%s.%s@%s", n1, n2, n1, n2, n1, n2, n1,
					digits(g, 12), d);
			break;
		case 7:
			sprintf(buf, "%s%s@%s", n1, digits(g, 1 + rnd(4)), d);
			break;
		default:
			sprintf(buf, "%s%s%s@%s", n1, s, n2, d);
			break;
	}
}

static void
gen_url(char *buf)
{
	static const char *const hosts[] = {"data.jakarta.go.id", "satudata.kemkes.go.id",
		"www.bps.go.id", "example.com", "opendata.jabarprov.go.id", "192.168.1.10",
	"portal.data.go.id"};
	static const char *const paths[] = {"", "/", "/dataset/daftar-sekolah", "/data/01/2013/dataset.csv",
		"/dataset/jumlah-penduduk?page=2", "/api/3/action/package_show?id=puskesmas",
	"/dataset/rs#ringkasan", "/files/Data%20Penduduk%202020.xlsx"};
	const char *h = PICK(hosts);
	const char *p = PICK(paths);

	switch (rnd(20))
	{
		case 0:
			sprintf(buf, "%s%s", h, p);
			break;
		case 1:
			sprintf(buf, "htps://%s%s", h, p);
			break;
		case 2:
			sprintf(buf, "https://%s/data set.csv", h);
			break;
		case 3:
			sprintf(buf, "ftp://%s%s", h, p);
			break;
		case 4:
			sprintf(buf, "http://%s:%d%s", h, (int) rnd(70000), p);
			break;
		case 5:
			sprintf(buf, "http://%s..%s", h, p);
			break;
		case 6:
		case 7:
			sprintf(buf, "http://%s%s", h, p);
			break;
		default:
			sprintf(buf, "https://%s%s", h, p);
			break;
	}
}

/* one character replaced, inserted or deleted */
static void
mutate(char *buf)
{
	static const char alphabet[] = "0123456789 -+.:/@()aOxZ_%#?";
	size_t		len = strlen(buf);
	size_t		at = len > 0 ? rnd((unsigned) len) : 0;
	char		c = alphabet[rnd(sizeof(alphabet) - 1)];

	switch (rnd(3))
	{
		case 0:
			if (len > 0)
				buf[at] = c;
			break;
		case 1:
			if (len + 1 < MAX_VALUE)
			{
				memmove(buf + at + 1, buf + at, len - at + 1);
				buf[at] = c;
			}
			break;
		default:
			if (len > 0)
				memmove(buf + at, buf + at + 1, len - at);
			break;
	}
}

/* ---- the scanners, as the extension's validators call them ---- */

static bool
phone_ok(const char *s)
{
	odi_phone	p;

	return odi_phone_parse(s, &p, NULL);
}

static bool
time_ok(const char *s)
{
	odi_time	t;

	return odi_time_parse(s, &t, NULL);
}

static bool
date_ok(const char *s)
{
	return odi_date_valid(s, NULL);
}

static bool
email_ok(const char *s)
{
	return odi_email_valid(s, NULL);
}

static bool
url_ok(const char *s)
{
	return odi_url_valid(s, NULL);
}

static const struct kind
{
	const char *name;
	const char *pattern;
	void		(*gen) (char *buf);
	bool		(*scanner) (const char *s);
}			kinds[] = {
	{"id_phone*", phone_re, gen_phone, phone_ok},
	{"id_time_tz", time_re, gen_time, time_ok},
	{"id_date", date_re, gen_date, date_ok},
	{"id_email", email_re, gen_email, email_ok},
	{"id_url", url_re, gen_url, url_ok},
};

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double) ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

static double
median(double *v)
{
	qsort(v, RUNS, sizeof(double), cmp_double);
	return v[RUNS / 2];
}

static pcre2_code *
compile(const char *name, const char *pattern)
{
	int			errcode;
	PCRE2_SIZE	erroff;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, 0,
								   &errcode, &erroff, NULL);

	if (re == NULL)
	{
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		fprintf(stderr, "%s: pattern error at %zu: %s\n", name, (size_t) erroff, msg);
		exit(1);
	}
	return re;
}

int
main(int argc, char **argv)
{
	long		n = argc > 1 ? atol(argv[1]) : 1000000;
	char	  **value = malloc(n * sizeof(char *));
	size_t	   *len = malloc(n * sizeof(size_t));
	char	   *examples[sizeof(kinds) / sizeof(kinds[0])][EXAMPLES];
	size_t		k;
	unsigned	version_len = pcre2_config(PCRE2_CONFIG_VERSION, NULL);
	char	   *version = malloc(version_len);
	uint32_t	jit = 0;

	if (value == NULL || len == NULL || version == NULL || n <= 0)
		return 1;
	pcre2_config(PCRE2_CONFIG_VERSION, version);
	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	if (!jit)
	{
		fprintf(stderr, "PCRE2 %s has no JIT on this machine\n", version);
		return 1;
	}
	printf("%ld values a type, CPU time a value (CLOCK_PROCESS_CPUTIME_ID), median of %d runs; PCRE2 %s\n\n",
		   n, RUNS, version);
	printf("| type | valid (scanner / regex) | scanner ns | PCRE2 JIT ns | JIT / scanner | PCRE2 interpreted ns | disagree (scanner only / regex only) |\n");
	printf("|---|---|---|---|---|---|---|\n");

	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
	{
		const struct kind *kd = &kinds[k];
		pcre2_code *re = compile(kd->name, kd->pattern);
		pcre2_code *re_jit = pcre2_code_copy(re);
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
		double		t_scan[RUNS],
					t_jit[RUNS],
					t_interp[RUNS];
		long		valid_scan = 0,
					valid_re = 0,
					only_scan = 0,
					only_re = 0,
					interp_differs = 0;
		long		i;
		int			r;
		volatile long sink = 0;

		if (re_jit == NULL || md == NULL ||
			pcre2_jit_compile(re_jit, PCRE2_JIT_COMPLETE) != 0)
		{
			fprintf(stderr, "%s: JIT compilation failed\n", kd->name);
			return 1;
		}
		rng = 14 + k;
		for (i = 0; i < n; i++)
		{
			char		buf[MAX_VALUE];

			kd->gen(buf);
			if (rnd(10) == 0)
				mutate(buf);
			len[i] = strlen(buf);
			value[i] = malloc(len[i] + 1);
			if (value[i] == NULL)
				return 1;
			memcpy(value[i], buf, len[i] + 1);
		}
		examples[k][0] = examples[k][1] = NULL;
		for (i = 0; i < n; i++)
		{
			bool		s = kd->scanner(value[i]);
			bool		j = pcre2_jit_match(re_jit, (PCRE2_SPTR) value[i], len[i], 0, 0, md, NULL) >= 0;
			bool		m = pcre2_match(re, (PCRE2_SPTR) value[i], len[i], 0, 0, md, NULL) >= 0;

			valid_scan += s;
			valid_re += j;
			interp_differs += j != m;
			if (s && !j)
			{
				only_scan++;
				if (examples[k][0] == NULL)
					examples[k][0] = value[i];
			}
			else if (j && !s)
			{
				only_re++;
				if (examples[k][1] == NULL)
					examples[k][1] = value[i];
			}
		}
		if (interp_differs != 0)
		{
			fprintf(stderr, "%s: JIT and interpreted PCRE2 disagree on %ld values\n",
					kd->name, interp_differs);
			return 1;
		}

		/* interleaved, so a busy moment of a shared machine hits all three */
		for (r = 0; r < RUNS; r++)
		{
			double		t0 = cpu_now();
			long		hits = 0;

			for (i = 0; i < n; i++)
				hits += kd->scanner(value[i]);
			t_scan[r] = cpu_now() - t0;
			sink += hits;

			hits = 0;
			t0 = cpu_now();
			for (i = 0; i < n; i++)
				hits += pcre2_jit_match(re_jit, (PCRE2_SPTR) value[i], len[i], 0, 0, md, NULL) >= 0;
			t_jit[r] = cpu_now() - t0;
			sink += hits;

			hits = 0;
			t0 = cpu_now();
			for (i = 0; i < n; i++)
				hits += pcre2_match(re, (PCRE2_SPTR) value[i], len[i], 0, 0, md, NULL) >= 0;
			t_interp[r] = cpu_now() - t0;
			sink += hits;
		}
		{
			double		scan_ns = median(t_scan) * 1e9 / n;
			double		jit_ns = median(t_jit) * 1e9 / n;
			double		interp_ns = median(t_interp) * 1e9 / n;

			printf("| %s | %.1f%% / %.1f%% | %.1f | %.1f | %.2f | %.1f | %ld (%ld / %ld) |\n",
				   kd->name, 100.0 * valid_scan / n, 100.0 * valid_re / n,
				   scan_ns, jit_ns, jit_ns / scan_ns, interp_ns,
				   only_scan + only_re, only_scan, only_re);
		}
		fflush(stdout);
		(void) sink;

		/* the examples point into value[]: keep their text */
		for (r = 0; r < EXAMPLES; r++)
			if (examples[k][r] != NULL)
				examples[k][r] = strdup(examples[k][r]);
		for (i = 0; i < n; i++)
			free(value[i]);
		pcre2_match_data_free(md);
		pcre2_code_free(re_jit);
		pcre2_code_free(re);
	}

	printf("\n* id_phone's regex is simplified: the shape of guideline 4.6 only, no numbering plan.\n");
	printf("\nFirst disagreements (accepted by the scanner only | by the regex only):\n");
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
	{
		printf("  %-11s \"%s\" | \"%s\"\n", kinds[k].name,
			   examples[k][0] ? examples[k][0] : "",
			   examples[k][1] ? examples[k][1] : "");
		free(examples[k][0]);
		free(examples[k][1]);
	}
	free(value);
	free(len);
	free(version);
	return 0;
}
