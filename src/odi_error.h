/*
 * odi_error.h: how the pure parsers describe what is wrong with an input.
 *
 * No PostgreSQL headers here.  A parser fills an odi_error when it rejects a
 * value; the fmgr glue turns it into ereport/errsave, a fuzzer or unit test
 * into plain text.  The detail is a printf format whose conversions are all
 * "%s" (so it can be translated and its arguments reordered), with its
 * arguments rendered as strings.
 */
#ifndef ODI_ERROR_H
#define ODI_ERROR_H

#include <stdbool.h>
#include <stddef.h>

#define ODI_ERROR_NARGS 4
#define ODI_ERROR_ARGLEN 64

/* marks a string for message extraction without translating it here */
#define odi_msg(s) (s)

typedef enum odi_error_kind
{
	ODI_ERR_SYNTAX,				/* 22P02 invalid_text_representation */
	ODI_ERR_RANGE				/* 22003 numeric_value_out_of_range */
} odi_error_kind;

typedef struct odi_error
{
	odi_error_kind kind;
	const char *detail;			/* format, only %s conversions */
	const char *hint;			/* fixed text citing a guideline rule, or NULL */
	char		arg[ODI_ERROR_NARGS][ODI_ERROR_ARGLEN];
} odi_error;

/*
 * The arguments of an odi_error e, for a printf-like call with e->detail
 * (errdetail, odi_error_format): as many as ODI_ERROR_NARGS.
 */
#define ODI_ERROR_ARGS(e) (e)->arg[0], (e)->arg[1], (e)->arg[2], (e)->arg[3]

/*
 * Record an error.  err may be NULL (validators do not want the text).
 * The variadic arguments are const char *, as many as detail has %s (at
 * most ODI_ERROR_NARGS; po/update --check counts them in every message).
 * Always returns false, so a parser can "return odi_fail(...)".
 */
extern bool odi_fail(odi_error *err, odi_error_kind kind, const char *hint,
					 const char *detail,...);

/*
 * Set an error about one character: its text and 1-based character position;
 * at the terminating NUL, an error saying the value ends too early.
 */
extern bool odi_fail_char(odi_error *err, const char *hint, const char *input,
						  const char *at);

/* Render detail with its arguments (fuzzers, unit tests, the glue). */
extern void odi_error_format(const odi_error *err, char *buf, size_t size);

/* Write a long as decimal text into buf (ODI_ITOA_LEN bytes); returns buf. */
#define ODI_ITOA_LEN 24
extern const char *odi_itoa(char *buf, long value);

#endif
