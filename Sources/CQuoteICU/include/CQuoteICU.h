// CQuoteICU: a thin C shim over the system ICU (libicu-dev, ICU 72).
//
// Why this exists:
//  1. ICU's C functions are macros that rename to versioned symbols (unorm2_normalize ->
//     unorm2_normalize_72); Swift cannot call them through a module map.
//  2. Foundation on Linux carries its own ICU headers (_FoundationICU). If the system ICU headers
//     were visible to a Swift module that also imports Foundation, `UErrorCode` and friends would
//     conflict. So this header includes only <stdint.h>/<stddef.h> and declares its own
//     `qn_`-prefixed functions, enums and opaque handles; only the .c files include <unicode/*.h>.
//
// Conventions: UTF-16 code units are `uint16_t`, lengths and ICU status codes are `int32_t`
// (status <= 0 is success or a warning, > 0 is an error). One function per ICU call, no logic.
#ifndef CQUOTEICU_H
#define CQUOTEICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Errors and versions

/// The ICU name of a status code, e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *qn_error_name(int32_t status);
/// The status code ICU uses when a destination buffer is too small.
int32_t qn_buffer_overflow_status(void);
/// Writes the ICU version ("72.1") into `dest` (NUL-terminated).
void qn_icu_version(char *dest, int32_t capacity);
/// Writes the Unicode version ICU implements ("15.0") into `dest` (NUL-terminated).
void qn_unicode_version(char *dest, int32_t capacity);

// MARK: Normalizer2

typedef enum {
  QN_FORM_NFC = 0,
  QN_FORM_NFD = 1,
  QN_FORM_NFKC = 2,
  QN_FORM_NFKD = 3,
  QN_FORM_NFKC_CASEFOLD = 4,
} qn_form;

int32_t qn_normalize(qn_form form, const uint16_t *src, int32_t length, uint16_t *dest,
                     int32_t capacity, int32_t *status);
/// Length of the prefix of `src` that is certainly normalized (unorm2_spanQuickCheckYes).
int32_t qn_normalize_span_yes(qn_form form, const uint16_t *src, int32_t length, int32_t *status);
/// Whether the form has a normalization boundary before code point `c`.
int8_t qn_normalize_has_boundary_before(qn_form form, int32_t c, int32_t *status);
/// For every code point of the Basic Multilingual Plane (surrogates: 0), into `flags[0x10000]`:
/// bit 0 when the form has a boundary before it, bit 1 when normalizing it alone changes it.
void qn_normalize_bmp_flags(qn_form form, uint8_t *flags, int32_t *status);

// MARK: Case mapping

int32_t qn_fold_case(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                     int32_t *status);
int32_t qn_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status);
int32_t qn_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status);

// MARK: Transliteration

typedef struct qn_transliterator qn_transliterator;
qn_transliterator *qn_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status);
void qn_transliterator_close(qn_transliterator *t);
/// Transforms `text[0..<length]` in place; returns the new length (may exceed capacity with
/// an overflow status, in which case the caller retries with a larger buffer).
int32_t qn_transliterator_transform(qn_transliterator *t, uint16_t *text, int32_t length,
                                    int32_t capacity, int32_t *status);

// MARK: Break iteration

typedef enum {
  QN_BREAK_CHARACTER = 0,
  QN_BREAK_WORD = 1,
  QN_BREAK_LINE = 2,
  QN_BREAK_SENTENCE = 3,
} qn_break_kind;

typedef struct qn_break_iterator qn_break_iterator;
qn_break_iterator *qn_break_open(qn_break_kind kind, const char *locale, const uint16_t *text,
                                 int32_t length, int32_t *status);
void qn_break_close(qn_break_iterator *b);
int32_t qn_break_first(qn_break_iterator *b);
/// The next boundary, or -1 when done.
int32_t qn_break_next(qn_break_iterator *b);
/// The rule status of the boundary last returned (word breaks: 0 none, 100 number, 200 letter,
/// 300 kana, 400 ideo).
int32_t qn_break_rule_status(qn_break_iterator *b);

// MARK: Locale data

typedef enum {
  QN_QUOTE_START = 0,
  QN_QUOTE_END = 1,
  QN_QUOTE_ALT_START = 2,
  QN_QUOTE_ALT_END = 3,
} qn_delimiter;

int32_t qn_locale_delimiter(const char *locale, qn_delimiter which, uint16_t *dest,
                            int32_t capacity, int32_t *status);

/// The standard exemplar characters of `locale` (CLDR: the letters its orthography uses), with
/// their case mappings, as code point ranges: `dest` receives first/last pairs; returns the
/// number of ranges (which may exceed `capacity / 2`: call again with more room). Multi-character
/// exemplars (`ch`, `dž`) are left out.
int32_t qn_locale_exemplar_ranges(const char *locale, uint32_t *dest, int32_t capacity,
                                  int32_t *status);

/// The canonical BCP 47 tag of a language tag or ICU locale ID (`spa` → `es`, `en_US` → `en-US`;
/// ICU's canonicalization with CLDR's aliases), NUL-terminated in `dest`; its length.
int32_t qn_language_tag(const char *tag, char *dest, int32_t capacity, int32_t *status);

/// The number of ISO 639 languages ICU lists, and the code of the `index`th (NULL past the end).
int32_t qn_language_count(void);
const char *qn_language_code(int32_t index);

/// The name of language `code` in `displayLocale` (`es` in `en`: `Spanish`; in `es`: `español`).
int32_t qn_language_name(const char *code, const char *displayLocale, uint16_t *dest,
                         int32_t capacity, int32_t *status);

// MARK: Scripts

/// The UScriptCode of code point `c`.
int32_t qn_script(int32_t c, int32_t *status);
/// The short (ISO 15924) name of a script code, e.g. "Latn".
const char *qn_script_short_name(int32_t script);

/// Unicode's Joining_Type of `c` (`u_getIntPropertyValue(c, UCHAR_JOINING_TYPE)`): 0 non-joining,
/// 1 join-causing, 2 dual-joining, 3 left-joining, 4 right-joining, 5 transparent.
int32_t qn_joining_type(int32_t c);

// MARK: Collation

typedef struct qn_collator qn_collator;
/// strength: 0 primary, 1 secondary, 2 tertiary.
qn_collator *qn_collator_open(const char *locale, int32_t strength, int32_t *status);
void qn_collator_close(qn_collator *c);
/// -1, 0 or 1.
int32_t qn_collator_compare(qn_collator *c, const uint16_t *a, int32_t aLength, const uint16_t *b,
                            int32_t bLength);

// MARK: Single-byte codepages (for mojibake tables)

/// Decodes `length` bytes with the named ICU converter ("windows-1252", "macintosh"...).
int32_t qn_codepage_decode(const char *converter, const char *src, int32_t length, uint16_t *dest,
                           int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
