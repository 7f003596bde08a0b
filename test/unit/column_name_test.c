/* Unit tests of the pure column-name folding (guideline 3.1, G3-HEAD, G3-NAME). */
#include "column_name_parse.h"
#include "unit.h"

/* want: the name or the error detail */
static const char *const cases[][2] = {
	/* the guideline's own names */
	{"Papan Tulis", "papan_tulis"},
	{"Jenis Model", "jenis_model"},
	{"Nilai Biaya", "nilai_biaya"},
	{"Mata Uang", "mata_uang"},
	{"Jenis Peralatan", "jenis_peralatan"},
	{"jenis_peralatan", "jenis_peralatan"},
	{"Bulan", "bulan"},
	/* punctuation, accents, digits */
	{"Nilai Biaya (Rp)", "nilai_biaya_rp"},
	{"Persentase (%)", "persentase_persen"},
	{"Kenaikan%", "kenaikan_persen"},
	{"Sarana & Prasarana", "sarana_dan_prasarana"},
	{"Sarana&Prasarana", "sarana_dan_prasarana"},
	{"Jum'at", "jumat"},
	{"No.", "no"},
	{"  __Luas -- Wilayah__  ", "luas_wilayah"},
	{"Caf\xC3\xA9 Pu\xC3\xB1" "ado", "cafe_punado"},
	{"Stra\xC3\x9F" "e", "strasse"},
	{"\xC3\x86on \xC5\x92uvre", "aeon_oeuvre"},
	{"\xC3\x9Cr\xC3\xBCn A\xC4\x9F\xC4\xB1rl\xC4\xB1\xC4\x9F\xC4\xB1", "urun_agirligi"},
	{"Suhu (\xC2\xB0" "C)", "suhu_c"},
	{"Tahun 2014", "tahun_2014"},
	{"2014", "kolom_2014"},
	{"1 Januari", "kolom_1_januari"},
	{"Jumlah 1 2 3 4 5", "jumlah_1_2_3_4_5"},
	{"\xE4\xBA\xBA\xE5\x8F\xA3 Jiwa", "jiwa"},
	{"a\xFF" "b", "a_b"},
	{"Nama Kelurahan Yang Sangat Panjang Sekali Sampai Melewati Batas Enam Puluh Tiga",
	"nama_kelurahan_yang_sangat_panjang_sekali_sampai_melewati_batas"},
	{"???", "the header has no letter or digit to make a column name from"},
	{"", "the header has no letter or digit to make a column name from"},
	{"\xE4\xBA\xBA\xE5\x8F\xA3", "the header has no letter or digit to make a column name from"},
};

static void
check(const char *input, const char *want)
{
	char		got[256];
	char		again[ODI_COLUMN_NAME_MAX + 1];
	char		name[200];
	odi_error	err;

	snprintf(name, sizeof(name), "column_name \"%s\"", input);
	if (!odi_column_name(input, got, &err))
	{
		odi_error_format(&err, got, sizeof(got));
		unit_check_str(got, want, name);
		return;
	}
	unit_check_str(got, want, name);
	snprintf(name, sizeof(name), "column_name \"%s\" conforms and is stable", input);
	unit_check(odi_column_name_is_conforming(got) &&
			   odi_column_name(got, again, NULL) && strcmp(got, again) == 0,
			   name, again);
}

static void
check_path(const char *const *parts, int n, const char *want)
{
	char		got[256];
	odi_error	err;
	char		name[200];

	snprintf(name, sizeof(name), "column_name path -> %s", want);
	if (!odi_column_name_path(parts, n, got, &err))
		odi_error_format(&err, got, sizeof(got));
	unit_check_str(got, want, name);
}

int
main(void)
{
	const char *const kotak[] = {"Kotak 1", "A"};
	const char *const merged[] = {"Ukuran (cm)", NULL, "", "Panjang"};
	const char *const repeated[] = {"Ukuran", "Ukuran", "Tinggi"};
	const char *const digits[] = {"2014", "Jumlah"};
	const char *const empty[] = {NULL, "", "--"};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check(cases[i][0], cases[i][1]);
	check_path(kotak, 2, "kotak_1_a");
	check_path(merged, 4, "ukuran_cm_panjang");
	check_path(repeated, 3, "ukuran_tinggi");
	check_path(digits, 2, "kolom_2014_jumlah");
	check_path(empty, 3, "no part of the header path has a letter or digit to make a column name from");
	unit_check(!odi_column_name_is_conforming("Papan_Tulis"), "Papan_Tulis does not conform", NULL);
	unit_check(!odi_column_name_is_conforming("papan__tulis"), "papan__tulis does not conform", NULL);
	unit_check(!odi_column_name_is_conforming("_papan"), "_papan does not conform", NULL);
	unit_check(!odi_column_name_is_conforming("1papan"), "1papan does not conform", NULL);
	return unit_done();
}
