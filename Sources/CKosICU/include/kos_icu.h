#ifndef KOS_ICU_H
#define KOS_ICU_H
#include <stdint.h>

// Debian's ICU (libicu-dev) behind one door. Only plain C types cross it: Foundation carries its own,
// newer ICU headers, and the two sets of declarations cannot meet in one Swift module.

/// The UTS #39 confusable skeleton of UTF-16 `text`; returns the length written to `out`, or -1.
int32_t kos_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

#endif
