/*
 * money_parse.h: amounts of money written with a currency (guideline 3.2,
 * G3-COMPOUND), pure C, no PostgreSQL.
 *
 * Which of "." and "," groups thousands and which marks decimals depends on
 * the currency, as it is written in Indonesia:
 *   IDR (Rp, Rp., IDR) and EUR (€, EUR): "." groups thousands, "," is the
 *     decimal mark: Rp 1.200.000,00, € 3,50;
 *   USD (US$, USD), SGD (S$), MYR (RM), GBP (£), AUD (A$), JPY, CNY: ","
 *     groups thousands, "." is the decimal mark: US$ 1,100.50.
 * Groups after the first have exactly three digits.  A lone separator before
 * exactly three digits after a 1-3 digit number ("US$ 1.100", "Rp 1,500",
 * "1.100" with no currency) could be either and is rejected, as are "$"
 * and "¥" (several currencies use them).  With no currency, the mark that
 * comes last is the decimal one when both appear, and a mark written more
 * than once groups thousands.
 */
#ifndef ODI_MONEY_PARSE_H
#define ODI_MONEY_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "odi_error.h"

/* longer input cannot be an amount with its currency: rejected before it is read */
#define ODI_MONEY_MAX_INPUT 256

#define ODI_MONEY_MAX_DIGITS 38		/* before the decimal mark */
#define ODI_MONEY_MAX_FRACTION 20
/* longest text odi_money_amount or odi_money_format writes, with its NUL */
#define ODI_MONEY_TEXT_LEN 96

typedef struct odi_money
{
	bool		negative;		/* never set for zero */
	char		digits[ODI_MONEY_MAX_DIGITS + 1];	/* no leading zeros; "0" */
	char		fraction[ODI_MONEY_MAX_FRACTION + 1];	/* as written; may be "" */
	char		currency[4];	/* ISO 4217 code, "" when none was written */
} odi_money;

extern bool odi_money_parse(const char *input, odi_money *out, odi_error *err);

/* The amount as numeric text: "-1200000.00". */
extern size_t odi_money_amount(const odi_money *money, char *buf);

/* The amount in its currency's convention: "IDR 1.200.000,00", "USD 1,100". */
extern size_t odi_money_format(const odi_money *money, char *buf);

#endif
