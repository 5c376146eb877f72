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
