#ifndef KOS_CURL_H
#define KOS_CURL_H
#include <curl/curl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

// Debian's libcurl (libcurl4, OpenSSL flavour), opened when the first exchange needs it rather than by the
// dynamic loader at every start: its chain of some thirty libraries (TLS, Kerberos, LDAP, IDN, …) costs each
// process about 3.5 ms to map and relocate, and `kos lint` never talks HTTP. (The kosd executable links
// libcurl, so there dlopen finds it already mapped.) Swift calls only the kos_curl_* doors below; the types
// and constants are libcurl's own, from its headers.

/// NULL once libcurl is open and initialised (curl_global_init); otherwise why it could not be (the loader's
/// words). Safe from any thread; the work is done once.
const char *kos_curl_load(void);

CURL *kos_curl_easy_init(void);
void kos_curl_easy_reset(CURL *h);
void kos_curl_easy_cleanup(CURL *h);
CURLcode kos_curl_easy_perform(CURL *h);
const char *kos_curl_easy_strerror(CURLcode code);
struct curl_slist *kos_curl_slist_append(struct curl_slist *list, const char *line);
void kos_curl_slist_free_all(struct curl_slist *list);
CURLM *kos_curl_multi_init(void);
CURLMcode kos_curl_multi_add_handle(CURLM *m, CURL *h);
CURLMcode kos_curl_multi_remove_handle(CURLM *m, CURL *h);
CURLMcode kos_curl_multi_perform(CURLM *m, int *running);
CURLMsg *kos_curl_multi_info_read(CURLM *m, int *queued);
CURLMcode kos_curl_multi_poll(CURLM *m, struct curl_waitfd *fds, unsigned int count, int timeout_ms, int *ready);
CURLMcode kos_curl_multi_wakeup(CURLM *m);

// curl_easy_setopt is variadic, which Swift cannot call: one typed door per argument kind.
CURLcode kos_curl_setopt_long(CURL *h, CURLoption o, long v);
CURLcode kos_curl_setopt_string(CURL *h, CURLoption o, const char *v);
CURLcode kos_curl_setopt_pointer(CURL *h, CURLoption o, void *v);
CURLcode kos_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v);
CURLcode kos_curl_setopt_write(CURL *h, size_t (*f)(char *, size_t, size_t, void *));
CURLcode kos_curl_setopt_header(CURL *h, size_t (*f)(char *, size_t, size_t, void *));
CURLcode kos_curl_setopt_off(CURL *h, CURLoption o, curl_off_t v);
CURLMcode kos_curl_multi_setopt_long(CURLM *m, CURLMoption o, long v);
CURLcode kos_curl_getinfo_long(CURL *h, CURLINFO i, long *v);
CURLcode kos_curl_getinfo_double(CURL *h, CURLINFO i, double *v);
// The open-socket callback: the address libcurl is about to connect to, checked before the socket exists.
typedef curl_socket_t (*kos_opensocket_fn)(void *clientp, curlsocktype purpose, struct curl_sockaddr *address);
CURLcode kos_curl_setopt_opensocket(CURL *h, kos_opensocket_fn f);

// The outcome of a finished transfer from curl_multi_info_read (a union member Swift cannot name).
static inline CURLcode kos_curl_msg_result(const CURLMsg *m) { return m->data.result; }
// Copies the IPv4 (4 bytes) or IPv6 (16 bytes) address of a curl_sockaddr into out; returns how many, 0 for another family.
static inline int kos_sockaddr_bytes(const struct curl_sockaddr *a, unsigned char *out) {
  if (a->family == AF_INET) { const struct sockaddr_in *s = (const struct sockaddr_in *)(const void *)&a->addr; memcpy(out, &s->sin_addr, 4); return 4; }
  if (a->family == AF_INET6) { const struct sockaddr_in6 *s = (const struct sockaddr_in6 *)(const void *)&a->addr; memcpy(out, &s->sin6_addr, 16); return 16; }
  return 0;
}
static inline curl_socket_t kos_open_socket(const struct curl_sockaddr *a) { return socket(a->family, a->socktype, a->protocol); }
#endif
