#include "kos_icu.h"

#include <pthread.h>

// The spoof checker of the ICU that Foundation carries (_FoundationICU, which exports ICU's C functions with a
// swift_ prefix). Declared here with plain C types: its headers are not installed, and using it instead of
// Debian's libicu spares every process the loading of a second ICU.
typedef int kos_uerror;  // UErrorCode: 0 is success, above 0 a failure
extern void *swift_uspoof_open(kos_uerror *status);
extern int32_t swift_uspoof_getSkeleton(const void *checker, uint32_t type, const uint16_t *id, int32_t length, uint16_t *dest,
                                        int32_t capacity, kos_uerror *status);

static void *checker;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void open_checker(void) {
    kos_uerror status = 0;
    checker = swift_uspoof_open(&status);
    if (status > 0) checker = NULL;
}

int32_t kos_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    pthread_once(&once, open_checker);
    if (checker == NULL) return -1;
    kos_uerror status = 0;
    int32_t n = swift_uspoof_getSkeleton(checker, 0, text, length, out, capacity, &status);
    return status > 0 ? -1 : n;
}
