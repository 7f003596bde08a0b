/*
 * gen-wilayah: compiles the register of areas (the CSVs in data/wilayah) into C
 * tables for src/wilayah.c.  Usage: gen-wilayah DATA_DIR > src/wilayah_data.c
 *
 * Built and run by the Makefile on the build machine; the key and prefix
 * rules come from src/wilayah_key.h, the same header the library uses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wilayah.h"
#include "wilayah_key.h"

typedef struct gen_entry
{
	char	   *code;
	char	   *name;
	int			level;
	odi_wilayah_entry e;
} gen_entry;

typedef struct gen_key
{
	char	   *key;
	uint32_t	entry;
} gen_key;

static gen_entry *entries;
static size_t nentries;
static size_t entries_cap;
static gen_key *keys;
static size_t nkeys;
static size_t keys_cap;

static void
die(const char *what, const char *arg)
{
	fprintf(stderr, "gen-wilayah: %s%s%s\n", what, arg ? ": " : "", arg ? arg : "");
	exit(1);
}

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	*cap = need * 2;
	p = realloc(p, *cap * size);
	if (p == NULL)
		die("out of memory", NULL);
	return p;
}

/* One CSV field at *p (RFC 4180 quoting), copied; *p moves past its separator. */
static char *
csv_field(char **p)
{
	char	   *s = *p;
	char	   *out = malloc(strcspn(s, "\n") + 1);
	size_t		n = 0;

	if (out == NULL)
		die("out of memory", NULL);
	if (*s == '"')
	{
		for (s++;; s++)
		{
			if (*s == '\0')
				die("unterminated quote", *p);
			if (*s == '"' && s[1] == '"')
				out[n++] = *s++;
			else if (*s == '"')
			{
				s++;
				break;
			}
			else
				out[n++] = *s;
		}
	}
	else
		while (*s && *s != ',' && *s != '\n' && *s != '\r')
			out[n++] = *s++;
	out[n] = '\0';
	if (*s == ',')
		s++;
	*p = s;
	return out;
}

static char *
read_file(const char *dir, const char *file)
{
	char		path[4096];
	FILE	   *f;
	long		size;
	char	   *buf;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((f = fopen(path, "rb")) == NULL)
		die("cannot open", path);
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	buf = malloc((size_t) size + 1);
	if (buf == NULL || fread(buf, 1, (size_t) size, f) != (size_t) size)
		die("cannot read", path);
	buf[size] = '\0';
	fclose(f);
	return buf;
}

/* Calls row(fields, n) for every line after the header. */
static void
each_row(const char *dir, const char *file, int nfields,
		 void (*row) (char **fields))
{
	char	   *buf = read_file(dir, file);
	char	   *p = strchr(buf, '\n');
	char	   *fields[4];
	int			i;

	if (p == NULL)
		die("no header in", file);
	p++;
	while (*p)
	{
		if (*p == '\n' || *p == '\r')
		{
			p++;
			continue;
		}
		for (i = 0; i < nfields; i++)
			fields[i] = csv_field(&p);
		if (*p != '\n' && *p != '\r' && *p != '\0')
			die("too many fields in", file);
		row(fields);
	}
	free(buf);
}

static int	current_level;

static void
add_entry(char **f)
{
	gen_entry  *g;
	const char *name = current_level == ODI_WILAYAH_PROVINCE ? f[1] : f[2];
	int			parts[4] = {0, 0, 0, 0};
	int			nparts = 0;
	const char *c;

	entries = grow(entries, &entries_cap, nentries + 1, sizeof(gen_entry));
	g = &entries[nentries++];
	memset(g, 0, sizeof(*g));
	g->code = f[0];
	g->name = (char *) name;
	g->level = current_level;
	for (c = f[0]; *c; c++)
	{
		if (*c == '.')
			nparts++;
		else if (*c >= '0' && *c <= '9')
			parts[nparts] = parts[nparts] * 10 + (*c - '0');
		else
			die("bad code", f[0]);
	}
	if (nparts + 1 != current_level)
		die("code of the wrong level", f[0]);
	g->e.province = (uint8_t) parts[0];
	g->e.regency = (uint8_t) parts[1];
	g->e.district = (uint8_t) parts[2];
	g->e.village = (uint16_t) parts[3];
	g->e.level = (uint8_t) current_level;
	if (current_level == ODI_WILAYAH_REGENCY)
	{
		int			is_city = 0;

		if (odi_wilayah_prefix_len(name, strlen(name), &is_city) == 0)
			die("a regency without Kota or Kabupaten", name);
		g->e.is_city = (uint8_t) is_city;
	}
}

static int
entry_cmp(const void *a, const void *b)
{
	const gen_entry *x = a;
	const gen_entry *y = b;

	if (x->level != y->level)
		return x->level - y->level;
	return strcmp(x->code, y->code);
}

static uint32_t
entry_by_code(const char *code)
{
	size_t		lo = 0;
	size_t		hi = nentries;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		int			c = entries[mid].level - (int) (1 + (strlen(code) > 2) + (strlen(code) > 5) + (strlen(code) > 8));

		if (c == 0)
			c = strcmp(entries[mid].code, code);
		if (c == 0)
			return (uint32_t) mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return ODI_WILAYAH_NONE;
}

static void
add_key(const char *name, size_t len, uint32_t entry)
{
	char		key[ODI_WILAYAH_KEY_MAX + 1];
	int			n = odi_wilayah_key(name, len, key);

	if (n <= 0)
		die("a name without a key", name);
	keys = grow(keys, &keys_cap, nkeys + 1, sizeof(gen_key));
	keys[nkeys].key = malloc((size_t) n + 1);
	if (keys[nkeys].key == NULL)
		die("out of memory", NULL);
	memcpy(keys[nkeys].key, key, (size_t) n + 1);
	keys[nkeys].entry = entry;
	nkeys++;
}

static void
add_alias(char **f)
{
	uint32_t	e = entry_by_code(f[0]);

	if (e == ODI_WILAYAH_NONE)
		die("alias of an unknown code", f[0]);
	add_key(f[1], strlen(f[1]), e);
}

static int
key_cmp(const void *a, const void *b)
{
	const gen_key *x = a;
	const gen_key *y = b;
	int			c = strcmp(x->key, y->key);

	if (c != 0)
		return c;
	return x->entry < y->entry ? -1 : (x->entry > y->entry ? 1 : 0);
}

static size_t text_size;
static int	text_col;

static void
emit_text(const char *s)
{
	if (text_col == 0)
		fputs("\t\"", stdout);
	for (; *s; s++)
	{
		unsigned char c = (unsigned char) *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20 || c >= 0x7f || c == '?')
			printf("\\%03o", c);
		else
			putchar(c);
		text_size++;
		text_col++;
	}
	fputs("\\000", stdout);
	text_size++;
	if (++text_col >= 60)
	{
		fputs("\"\n", stdout);
		text_col = 0;
	}
}

/* the hash index: every distinct key's first reference, probed linearly */
static void
emit_hash(size_t distinct)
{
	uint32_t	size = 1;
	uint32_t   *slots;
	size_t		i;

	while (size < 2 * distinct)
		size <<= 1;
	slots = calloc(size, sizeof(uint32_t));
	if (slots == NULL)
		die("out of memory", NULL);
	for (i = 0; i < nkeys; i++)
	{
		uint32_t	h;

		if (i > 0 && strcmp(keys[i - 1].key, keys[i].key) == 0)
			continue;
		for (h = odi_wilayah_key_hash(keys[i].key) & (size - 1); slots[h]; h = (h + 1) & (size - 1))
			;
		slots[h] = (uint32_t) i + 1;
	}
	printf("const uint32_t odi_wilayah_hash_size = %u;\n\n", size);
	printf("const uint32_t odi_wilayah_hash[] = {");
	for (i = 0; i < size; i++)
		printf("%s%u,", i % 16 ? "" : "\n\t", slots[i]);
	printf("\n};\n");
	free(slots);
}

int
main(int argc, char **argv)
{
	static const char *const files[] = {
		NULL, "provinces.csv", "regencies.csv", "districts.csv", "villages.csv"
	};
	uint32_t	level_start[ODI_WILAYAH_VILLAGE + 2] = {0};
	uint32_t   *name_at;
	uint32_t   *key_at;
	size_t		i;
	size_t		distinct = 0;

	if (argc != 2)
		die("usage: gen-wilayah DATA_DIR", NULL);
	for (current_level = ODI_WILAYAH_PROVINCE; current_level <= ODI_WILAYAH_VILLAGE; current_level++)
		each_row(argv[1], files[current_level], current_level == ODI_WILAYAH_PROVINCE ? 2 : 3, add_entry);
	qsort(entries, nentries, sizeof(gen_entry), entry_cmp);

	for (i = 0; i < nentries; i++)
	{
		gen_entry  *g = &entries[i];
		const char *name = g->name;
		size_t		len = strlen(name);

		if (i > 0 && entries[i - 1].level == g->level && strcmp(entries[i - 1].code, g->code) == 0)
			die("duplicate code", g->code);
		if (g->level > ODI_WILAYAH_PROVINCE)
		{
			char		parent[ODI_WILAYAH_CODE_LEN];

			snprintf(parent, sizeof(parent), "%.*s", (int) (strrchr(g->code, '.') - g->code), g->code);
			if ((g->e.parent = entry_by_code(parent)) == ODI_WILAYAH_NONE)
				die("no parent for", g->code);
		}
		else
			g->e.parent = ODI_WILAYAH_NONE;
		if (g->level == ODI_WILAYAH_REGENCY)
		{
			int			is_city;
			size_t		skip = odi_wilayah_prefix_len(name, len, &is_city);

			name += skip;
			len -= skip;
		}
		add_key(name, len, (uint32_t) i);
		level_start[g->level + 1] = (uint32_t) i + 1;
	}
	for (i = ODI_WILAYAH_PROVINCE + 1; i <= ODI_WILAYAH_VILLAGE + 1; i++)
		if (level_start[i] == 0)
			die("a level without entries", NULL);
	level_start[ODI_WILAYAH_PROVINCE] = 0;
	current_level = 0;
	each_row(argv[1], "aliases.csv", 2, add_alias);
	qsort(keys, nkeys, sizeof(gen_key), key_cmp);

	printf("/* Generated by tools/gen-wilayah.c from data/wilayah (idn-area-data 4.0.1, ODbL): do not edit. */\n");
	printf("#include \"wilayah.h\"\n\n");
	printf("const char odi_wilayah_text[] =\n");
	name_at = malloc(nentries * sizeof(uint32_t));
	for (i = 0; i < nentries; i++)
	{
		name_at[i] = (uint32_t) text_size;
		emit_text(entries[i].name);
	}
	key_at = malloc(nkeys * sizeof(uint32_t));
	for (i = 0; i < nkeys; i++)
	{
		if (i == 0 || strcmp(keys[i - 1].key, keys[i].key) != 0)
		{
			key_at[i] = (uint32_t) text_size;
			emit_text(keys[i].key);
			distinct++;
		}
		else
			key_at[i] = key_at[i - 1];
	}
	printf("%s;\n\n", text_col ? "\"" : "\t\"\"");
	printf("const uint32_t odi_wilayah_text_size = %zu;\n\n", text_size);
	printf("const uint32_t odi_wilayah_count = %zu;\n\n", nentries);
	printf("const uint32_t odi_wilayah_level_start[%d] = {", ODI_WILAYAH_VILLAGE + 2);
	for (i = 0; i < ODI_WILAYAH_VILLAGE + 2; i++)
		printf("%s%u", i ? ", " : "", level_start[i]);
	printf("};\n\nconst odi_wilayah_entry odi_wilayah_entries[] = {\n");
	for (i = 0; i < nentries; i++)
	{
		odi_wilayah_entry *e = &entries[i].e;

		printf("\t{%u, %u, %u, %u, %u, %u, %u, %u},\n", name_at[i],
			   e->parent, e->village, e->province, e->regency, e->district,
			   e->level, e->is_city);
	}
	printf("};\n\nconst uint32_t odi_wilayah_key_count = %zu;\n\n", nkeys);
	printf("const odi_wilayah_key_ref odi_wilayah_keys[] = {\n");
	for (i = 0; i < nkeys; i++)
		printf("\t{%u, %u},\n", key_at[i], keys[i].entry);
	printf("};\n\n");
	emit_hash(distinct);
	fprintf(stderr, "gen-wilayah: %zu entries, %zu keys (%zu distinct), %zu bytes of text\n",
			nentries, nkeys, distinct, text_size);
	return 0;
}
