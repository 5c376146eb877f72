#ifndef KOS_ICU_H
#define KOS_ICU_H
#include <stdint.h>

// Debian's ICU (libicu-dev) behind one door. Only plain C types cross it: Foundation carries its own,
// newer ICU headers, and the two sets of declarations cannot meet in one Swift module.

/// The UTS #39 confusable skeleton of UTF-16 `text`; returns the length written to `out`, or -1.
int32_t kos_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

#endif

#ifndef KOS_ICU_REGEX_H
#define KOS_ICU_REGEX_H
/// An ICU regular expression over UTF-16 text. Not thread-safe: one per thread (kos_regex_clone).
typedef struct kos_regex kos_regex;

/// Compiles a UTF-8 pattern; NULL when it does not compile (then `error_offset` is where, or -1).
kos_regex *kos_regex_compile(const char *pattern, int case_insensitive, int32_t *error_offset);
kos_regex *kos_regex_clone(const kos_regex *regex);
void kos_regex_free(kos_regex *regex);

/// Finds up to `capacity` non-overlapping matches in `text`; writes UTF-16 offsets to starts/ends and
/// returns how many were found, or -1 on error.
int32_t kos_regex_find_all(kos_regex *regex, const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity);
#endif
