// The only translation unit that sees ICU's headers. Each function forwards to one ICU call.
#include "CQuoteICU.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucol.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/uset.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *qn_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t qn_buffer_overflow_status(void) { return U_BUFFER_OVERFLOW_ERROR; }

void qn_icu_version(char *dest, int32_t capacity) {
  UVersionInfo v;
  char buf[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, buf);
  strncpy(dest, buf, (size_t)capacity);
  if (capacity > 0) dest[capacity - 1] = 0;
}

void qn_unicode_version(char *dest, int32_t capacity) {
  UVersionInfo v;
  char buf[U_MAX_VERSION_STRING_LENGTH];
  u_getUnicodeVersion(v);
  u_versionToString(v, buf);
  strncpy(dest, buf, (size_t)capacity);
  if (capacity > 0) dest[capacity - 1] = 0;
}

static const UNormalizer2 *instance(qn_form form, UErrorCode *ec) {
  switch (form) {
  case QN_FORM_NFC: return unorm2_getNFCInstance(ec);
  case QN_FORM_NFD: return unorm2_getNFDInstance(ec);
  case QN_FORM_NFKC: return unorm2_getNFKCInstance(ec);
  case QN_FORM_NFKD: return unorm2_getNFKDInstance(ec);
  case QN_FORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(ec);
  }
  return unorm2_getNFCInstance(ec);
}

int32_t qn_normalize(qn_form form, const uint16_t *src, int32_t length, uint16_t *dest,
                     int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &ec);
  int32_t r = U_SUCCESS(ec) ? unorm2_normalize(n, src, length, dest, capacity, &ec) : 0;
  *status = ec;
  return r;
}

int32_t qn_normalize_span_yes(qn_form form, const uint16_t *src, int32_t length, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &ec);
  int32_t r = U_SUCCESS(ec) ? unorm2_spanQuickCheckYes(n, src, length, &ec) : 0;
  *status = ec;
  return r;
}

int8_t qn_normalize_has_boundary_before(qn_form form, int32_t c, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &ec);
  int8_t r = U_SUCCESS(ec) ? unorm2_hasBoundaryBefore(n, c) : 1;
  *status = ec;
  return r;
}

void qn_normalize_bmp_flags(qn_form form, uint8_t *flags, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  const UNormalizer2 *n = instance(form, &ec);
  for (int32_t c = 0; c < 0x10000; c++) {
    flags[c] = 0;
    if (U_FAILURE(ec) || (c >= 0xD800 && c <= 0xDFFF)) continue;
    UChar unit = (UChar)c;
    uint8_t f = unorm2_hasBoundaryBefore(n, c) ? 1 : 0;
    if (!unorm2_isNormalized(n, &unit, 1, &ec)) f |= 2;
    flags[c] = f;
  }
  *status = ec;
}

int32_t qn_fold_case(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                     int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t r = u_strFoldCase(dest, capacity, src, length, U_FOLD_CASE_DEFAULT, &ec);
  *status = ec;
  return r;
}

int32_t qn_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t r = u_strToLower(dest, capacity, src, length, locale, &ec);
  *status = ec;
  return r;
}

int32_t qn_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dest,
                    int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t r = u_strToUpper(dest, capacity, src, length, locale, &ec);
  *status = ec;
  return r;
}

qn_transliterator *qn_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &ec);
  *status = ec;
  return (qn_transliterator *)t;
}

void qn_transliterator_close(qn_transliterator *t) { utrans_close((UTransliterator *)t); }

int32_t qn_transliterator_transform(qn_transliterator *t, uint16_t *text, int32_t length,
                                    int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t len = length;
  int32_t limit = length;
  utrans_transUChars((UTransliterator *)t, text, &len, capacity, 0, &limit, &ec);
  *status = ec;
  return len;
}

qn_break_iterator *qn_break_open(qn_break_kind kind, const char *locale, const uint16_t *text,
                                 int32_t length, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  UBreakIteratorType type = UBRK_CHARACTER;
  switch (kind) {
  case QN_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
  case QN_BREAK_WORD: type = UBRK_WORD; break;
  case QN_BREAK_LINE: type = UBRK_LINE; break;
  case QN_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
  }
  UBreakIterator *b = ubrk_open(type, locale, text, length, &ec);
  *status = ec;
  return (qn_break_iterator *)b;
}

void qn_break_close(qn_break_iterator *b) { ubrk_close((UBreakIterator *)b); }
int32_t qn_break_first(qn_break_iterator *b) { return ubrk_first((UBreakIterator *)b); }
int32_t qn_break_next(qn_break_iterator *b) { return ubrk_next((UBreakIterator *)b); }
int32_t qn_break_rule_status(qn_break_iterator *b) {
  return ubrk_getRuleStatus((UBreakIterator *)b);
}

int32_t qn_locale_delimiter(const char *locale, qn_delimiter which, uint16_t *dest,
                            int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  ULocaleData *data = ulocdata_open(locale, &ec);
  int32_t r = 0;
  if (U_SUCCESS(ec)) {
    ULocaleDataDelimiterType t = ULOCDATA_QUOTATION_START;
    switch (which) {
    case QN_QUOTE_START: t = ULOCDATA_QUOTATION_START; break;
    case QN_QUOTE_END: t = ULOCDATA_QUOTATION_END; break;
    case QN_QUOTE_ALT_START: t = ULOCDATA_ALT_QUOTATION_START; break;
    case QN_QUOTE_ALT_END: t = ULOCDATA_ALT_QUOTATION_END; break;
    }
    r = ulocdata_getDelimiter(data, t, dest, capacity, &ec);
    ulocdata_close(data);
  }
  *status = ec;
  return r;
}

int32_t qn_locale_exemplar_ranges(const char *locale, uint32_t *dest, int32_t capacity,
                                  int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  ULocaleData *data = ulocdata_open(locale, &ec);
  int32_t ranges = 0;
  if (U_SUCCESS(ec)) {
    USet *set = ulocdata_getExemplarSet(data, NULL, USET_ADD_CASE_MAPPINGS,
                                        ULOCDATA_ES_STANDARD, &ec);
    if (U_SUCCESS(ec) && set != NULL) {
      int32_t items = uset_getItemCount(set);
      for (int32_t i = 0; i < items && U_SUCCESS(ec); i++) {
        UChar32 start = 0, end = 0;
        // A string item (`ch`) has length > 0 and no range: skipped.
        int32_t length = uset_getItem(set, i, &start, &end, NULL, 0, &ec);
        if (ec == U_BUFFER_OVERFLOW_ERROR) {
          ec = U_ZERO_ERROR;
          continue;
        }
        if (length != 0 || U_FAILURE(ec)) continue;
        if (2 * ranges + 1 < capacity) {
          dest[2 * ranges] = (uint32_t)start;
          dest[2 * ranges + 1] = (uint32_t)end;
        }
        ranges++;
      }
    }
    if (set != NULL) uset_close(set);
    ulocdata_close(data);
  }
  *status = ec;
  return ranges;
}

int32_t qn_language_tag(const char *tag, char *dest, int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  char canonical[ULOC_FULLNAME_CAPACITY];
  int32_t n = uloc_canonicalize(tag, canonical, ULOC_FULLNAME_CAPACITY, &ec);
  int32_t r = 0;
  // A tag too long for a locale ID is no language (and its buffer would not be terminated).
  if (U_SUCCESS(ec) && ec != U_STRING_NOT_TERMINATED_WARNING && n < ULOC_FULLNAME_CAPACITY) {
    r = uloc_toLanguageTag(canonical, dest, capacity, 0, &ec);
    if (ec == U_STRING_NOT_TERMINATED_WARNING) ec = U_BUFFER_OVERFLOW_ERROR;
  } else if (U_SUCCESS(ec)) {
    ec = U_BUFFER_OVERFLOW_ERROR;
  }
  *status = ec;
  return r;
}

int32_t qn_language_count(void) {
  const char *const *codes = uloc_getISOLanguages();
  int32_t n = 0;
  while (codes[n] != NULL) n++;
  return n;
}

const char *qn_language_code(int32_t index) {
  if (index < 0 || index >= qn_language_count()) return NULL;
  return uloc_getISOLanguages()[index];
}

int32_t qn_language_name(const char *code, const char *displayLocale, uint16_t *dest,
                         int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t r = uloc_getDisplayLanguage(code, displayLocale, dest, capacity, &ec);
  *status = ec;
  return r;
}

int32_t qn_script(int32_t c, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t r = (int32_t)uscript_getScript(c, &ec);
  *status = ec;
  return r;
}

int32_t qn_joining_type(int32_t c) { return u_getIntPropertyValue(c, UCHAR_JOINING_TYPE); }

const char *qn_script_short_name(int32_t script) {
  return uscript_getShortName((UScriptCode)script);
}

qn_collator *qn_collator_open(const char *locale, int32_t strength, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  UCollator *c = ucol_open(locale, &ec);
  if (U_SUCCESS(ec)) {
    UCollationStrength s = strength <= 0 ? UCOL_PRIMARY : (strength == 1 ? UCOL_SECONDARY : UCOL_TERTIARY);
    ucol_setStrength(c, s);
  }
  *status = ec;
  return (qn_collator *)c;
}

void qn_collator_close(qn_collator *c) { ucol_close((UCollator *)c); }

int32_t qn_collator_compare(qn_collator *c, const uint16_t *a, int32_t aLength, const uint16_t *b,
                            int32_t bLength) {
  return (int32_t)ucol_strcoll((const UCollator *)c, a, aLength, b, bLength);
}

int32_t qn_codepage_decode(const char *converter, const char *src, int32_t length, uint16_t *dest,
                           int32_t capacity, int32_t *status) {
  UErrorCode ec = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(converter, &ec);
  int32_t r = 0;
  if (U_SUCCESS(ec)) {
    r = ucnv_toUChars(cnv, dest, capacity, src, length, &ec);
    ucnv_close(cnv);
  }
  *status = ec;
  return r;
}
