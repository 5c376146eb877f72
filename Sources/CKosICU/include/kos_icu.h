#ifndef KOS_ICU_H
#define KOS_ICU_H
#include <stdint.h>

// ICU behind one door, with only plain C types crossing it (Foundation's own ICU headers are not installed).

/// The UTS #39 confusable skeleton of UTF-16 `text`; returns the length written to `out`, or -1.
int32_t kos_confusable_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

#endif
