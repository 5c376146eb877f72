#include "kos_curl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// The soname of Debian's libcurl4 (the OpenSSL flavour the headers come from, libcurl4-openssl-dev).
#define KOS_CURL_SONAME "libcurl.so.4"

static struct {
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  void (*easy_reset)(CURL *);
  void (*easy_cleanup)(CURL *);
  CURLcode (*easy_perform)(CURL *);
  const char *(*easy_strerror)(CURLcode);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
  CURLM *(*multi_init)(void);
  CURLMcode (*multi_setopt)(CURLM *, CURLMoption, ...);
  CURLMcode (*multi_add_handle)(CURLM *, CURL *);
  CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
  CURLMcode (*multi_perform)(CURLM *, int *);
  CURLMsg *(*multi_info_read)(CURLM *, int *);
  CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
  CURLMcode (*multi_wakeup)(CURLM *);
} api;

static int loaded;
static char problem[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

#define RESOLVE(field, name)                                                                                  \
  do {                                                                                                        \
    *(void **)(&api.field) = dlsym(library, name);                                                            \
    if (api.field == NULL) {                                                                                  \
      snprintf(problem, sizeof problem, "%s has no %s (libcurl 7.85 or later is needed)", KOS_CURL_SONAME, name); \
      return;                                                                                                 \
    }                                                                                                         \
  } while (0)

static void open_library(void) {
  void *library = dlopen(KOS_CURL_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) {
    const char *why = dlerror();
    snprintf(problem, sizeof problem, "libcurl could not be loaded (%s): install Debian's libcurl4", why ? why : KOS_CURL_SONAME);
    return;
  }
  RESOLVE(global_init, "curl_global_init");
  RESOLVE(easy_init, "curl_easy_init");
  RESOLVE(easy_reset, "curl_easy_reset");
  RESOLVE(easy_cleanup, "curl_easy_cleanup");
  RESOLVE(easy_perform, "curl_easy_perform");
  RESOLVE(easy_strerror, "curl_easy_strerror");
  RESOLVE(easy_setopt, "curl_easy_setopt");
  RESOLVE(easy_getinfo, "curl_easy_getinfo");
  RESOLVE(slist_append, "curl_slist_append");
  RESOLVE(slist_free_all, "curl_slist_free_all");
  RESOLVE(multi_init, "curl_multi_init");
  RESOLVE(multi_setopt, "curl_multi_setopt");
  RESOLVE(multi_add_handle, "curl_multi_add_handle");
  RESOLVE(multi_remove_handle, "curl_multi_remove_handle");
  RESOLVE(multi_perform, "curl_multi_perform");
  RESOLVE(multi_info_read, "curl_multi_info_read");
  RESOLVE(multi_poll, "curl_multi_poll");
  RESOLVE(multi_wakeup, "curl_multi_wakeup");
  CURLcode code = api.global_init(CURL_GLOBAL_DEFAULT);
  if (code != CURLE_OK) {
    snprintf(problem, sizeof problem, "libcurl could not initialise (%s)", api.easy_strerror(code));
    return;
  }
  loaded = 1;
}

const char *kos_curl_load(void) {
  pthread_once(&once, open_library);
  return loaded ? NULL : problem;
}

// Every door answers as libcurl does when it cannot start (NULL, CURLE_FAILED_INIT) while the library is not
// open, so a caller that skipped kos_curl_load gets a failed exchange, never a jump through NULL.
#define READY (kos_curl_load() == NULL)

CURL *kos_curl_easy_init(void) { return READY ? api.easy_init() : NULL; }
void kos_curl_easy_reset(CURL *h) { if (READY) api.easy_reset(h); }
void kos_curl_easy_cleanup(CURL *h) { if (READY) api.easy_cleanup(h); }
CURLcode kos_curl_easy_perform(CURL *h) { return READY ? api.easy_perform(h) : CURLE_FAILED_INIT; }
const char *kos_curl_easy_strerror(CURLcode code) { return READY ? api.easy_strerror(code) : problem; }
struct curl_slist *kos_curl_slist_append(struct curl_slist *list, const char *line) { return READY ? api.slist_append(list, line) : NULL; }
void kos_curl_slist_free_all(struct curl_slist *list) { if (READY && list != NULL) api.slist_free_all(list); }
CURLM *kos_curl_multi_init(void) { return READY ? api.multi_init() : NULL; }
CURLMcode kos_curl_multi_add_handle(CURLM *m, CURL *h) { return READY ? api.multi_add_handle(m, h) : CURLM_INTERNAL_ERROR; }
CURLMcode kos_curl_multi_remove_handle(CURLM *m, CURL *h) { return READY ? api.multi_remove_handle(m, h) : CURLM_INTERNAL_ERROR; }
CURLMcode kos_curl_multi_perform(CURLM *m, int *running) { return READY ? api.multi_perform(m, running) : CURLM_INTERNAL_ERROR; }
CURLMsg *kos_curl_multi_info_read(CURLM *m, int *queued) { return READY ? api.multi_info_read(m, queued) : NULL; }
CURLMcode kos_curl_multi_poll(CURLM *m, struct curl_waitfd *fds, unsigned int count, int timeout_ms, int *ready) {
  return READY ? api.multi_poll(m, fds, count, timeout_ms, ready) : CURLM_INTERNAL_ERROR;
}
CURLMcode kos_curl_multi_wakeup(CURLM *m) { return READY ? api.multi_wakeup(m) : CURLM_INTERNAL_ERROR; }

CURLcode kos_curl_setopt_long(CURL *h, CURLoption o, long v) { return READY ? api.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode kos_curl_setopt_string(CURL *h, CURLoption o, const char *v) { return READY ? api.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode kos_curl_setopt_pointer(CURL *h, CURLoption o, void *v) { return READY ? api.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode kos_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return READY ? api.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode kos_curl_setopt_write(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) {
  return READY ? api.easy_setopt(h, CURLOPT_WRITEFUNCTION, f) : CURLE_FAILED_INIT;
}
CURLcode kos_curl_setopt_header(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) {
  return READY ? api.easy_setopt(h, CURLOPT_HEADERFUNCTION, f) : CURLE_FAILED_INIT;
}
CURLcode kos_curl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return READY ? api.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLMcode kos_curl_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return READY ? api.multi_setopt(m, o, v) : CURLM_INTERNAL_ERROR; }
CURLcode kos_curl_getinfo_long(CURL *h, CURLINFO i, long *v) { return READY ? api.easy_getinfo(h, i, v) : CURLE_FAILED_INIT; }
CURLcode kos_curl_getinfo_double(CURL *h, CURLINFO i, double *v) { return READY ? api.easy_getinfo(h, i, v) : CURLE_FAILED_INIT; }
CURLcode kos_curl_setopt_opensocket(CURL *h, kos_opensocket_fn f) {
  return READY ? api.easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, f) : CURLE_FAILED_INIT;
}
