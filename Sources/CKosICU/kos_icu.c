#include "kos_icu.h"

#include <pthread.h>
#include <unicode/uspoof.h>

static USpoofChecker *checker;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void open_checker(void) {
    UErrorCode status = U_ZERO_ERROR;
    checker = uspoof_open(&status);
    if (U_FAILURE(status)) checker = NULL;
}

int32_t kos_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    pthread_once(&once, open_checker);
    if (checker == NULL) return -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uspoof_getSkeleton(checker, 0, (const UChar *)text, length, (UChar *)out, capacity, &status);
    return U_FAILURE(status) ? -1 : n;
}

#include <stdlib.h>
#include <string.h>
#include <unicode/uregex.h>

struct kos_regex {
    URegularExpression *re;
};

kos_regex *kos_regex_compile(const char *pattern, int case_insensitive, int32_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    URegularExpression *re = uregex_openC(pattern, case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, &parse, &status);
    if (U_FAILURE(status) || re == NULL) {
        if (error_offset) *error_offset = parse.offset;
        if (re) uregex_close(re);
        return NULL;
    }
    kos_regex *out = malloc(sizeof *out);
    if (!out) { uregex_close(re); return NULL; }
    out->re = re;
    return out;
}

kos_regex *kos_regex_clone(const kos_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *re = uregex_clone(regex->re, &status);
    if (U_FAILURE(status) || re == NULL) return NULL;
    kos_regex *out = malloc(sizeof *out);
    if (!out) { uregex_close(re); return NULL; }
    out->re = re;
    return out;
}

void kos_regex_free(kos_regex *regex) {
    if (!regex) return;
    uregex_close(regex->re);
    free(regex);
}

int32_t kos_regex_find_all(kos_regex *regex, const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(regex->re, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t n = 0;
    while (n < capacity && uregex_findNext(regex->re, &status)) {
        if (U_FAILURE(status)) return -1;
        int32_t s = uregex_start(regex->re, 0, &status);
        int32_t e = uregex_end(regex->re, 0, &status);
        if (U_FAILURE(status)) return -1;
        if (e > s) { starts[n] = s; ends[n] = e; n++; }
    }
    // Do not keep a pointer into the caller's buffer.
    uregex_setText(regex->re, (const UChar *)u"", 0, &status);
    return U_FAILURE(status) ? -1 : n;
}
