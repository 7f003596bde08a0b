/* address_parts_test.c: odi_address_from_parts (G4.5-ADDR-1 .. -4). */
#include <stdio.h>
#include <stdlib.h>

#include "address_parts_parse.h"
#include "unit.h"

/* want: the canonical address, or the error detail as formatted */
static void
check(const char *alamat, const char *rt, const char *rw, const char *kel,
	  const char *kec, const char *kota, const char *pos, const char *want)
{
	odi_address_parts p = {alamat, rt, rw, kel, kec, kota, pos};
	char	   *text = malloc(odi_address_parts_text_size(&p));
	char	   *work = malloc(odi_address_parts_work_size(&p));
	char		got[512];
	char		name[600];
	odi_address a;
	odi_error	err;

	if (odi_address_from_parts(&p, text, work, &a, &err))
	{
		if (odi_address_text_len(&a) < sizeof(got))
			odi_address_format(&a, got);
		else
			snprintf(got, sizeof(got), "(too long)");
	}
	else
		odi_error_format(&err, got, sizeof(got));
	snprintf(name, sizeof(name), "parts of \"%s\" -> %s", alamat ? alamat : "NULL", want);
	unit_check_str(got, want, name);
	free(text);
	free(work);
}

int
main(void)
{
	check("Jl. Pati No. 1", NULL, NULL, "Menteng", NULL, "Jakarta Pusat", "10310",
		  "Jl. Pati No. 1, Menteng, Jakarta Pusat 10310");
	check("Jl. Dukuh 3 No. 3", "002", "RW 11", "Cibodas", "-", "Tangerang", " 15114 ",
		  "Jl. Dukuh 3 No. 3 RT02/RW11, Cibodas, Tangerang 15114");
	check("JL. GADANG NOMOR 1", "0", "", "PEGANGSAAN DUA", "KELAPA GADING", "JAKARTA UTARA", "14250",
		  "Jl. GADANG No. 1, PEGANGSAAN DUA, KELAPA GADING, JAKARTA UTARA 14250");
	check("Jl. Madu No. 10 RT 003/RW 03", "3", "3", "Mangga Besar", NULL, "Jakarta Barat", "11180",
		  "Jl. Madu No. 10 RT03/RW03, Mangga Besar, Jakarta Barat 11180");
	check("Jl. Pati No. 1", NULL, NULL, "Menteng", NULL, "--", "10310",
		  "the part \"kota\" is missing");
	check(NULL, NULL, NULL, NULL, NULL, NULL, NULL, "the part \"alamat\" is missing");
	check("Jl. Pati No. 1", "RT 1000", NULL, "Menteng", NULL, "Jakarta Pusat", "10310",
		  "the part \"rt\" is not a number from 1 to 999: \"RT 1000\"");
	check("Jl. Pati No. 1", NULL, NULL, "Menteng", NULL, "Jakarta Pusat", "1031",
		  "the part \"kode_pos\" is not a postal code (5 digits, not starting with 0): \"1031\"");
	check("Jl. Pati", NULL, NULL, "Menteng", NULL, "Jakarta Pusat", "10310",
		  "the part \"alamat\" is not a street with its building number (\"street No. number\"): \"Jl. Pati\"");
	check("Jl. Pati No. 1", NULL, NULL, "Menteng", NULL, "Jakarta Tengah", "10310",
		  "the part \"kota\" is not a city or regency of the register of areas: \"Jakarta Tengah\"");
	check("Jl. Pati No. 1", NULL, NULL, "Menteng, Gondangdia", NULL, "Jakarta Pusat", "10310",
		  "the part \"kelurahan\" holds a comma: \"Menteng, Gondangdia\"");
	return unit_done();
}
