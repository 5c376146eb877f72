#ifndef KOS_CCURL_SHIM_H
#define KOS_CCURL_SHIM_H
#include <curl/curl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

// curl_easy_setopt is variadic, which Swift cannot call: one typed door per argument kind.
static inline CURLcode kos_curl_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode kos_curl_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode kos_curl_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode kos_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode kos_curl_setopt_write(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) { return curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, f); }
static inline CURLcode kos_curl_setopt_header(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) { return curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, f); }
static inline CURLcode kos_curl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLMcode kos_curl_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }
// The outcome of a finished transfer from curl_multi_info_read (a union member Swift cannot name).
static inline CURLcode kos_curl_msg_result(const CURLMsg *m) { return m->data.result; }
static inline CURLcode kos_curl_global_init(void) { return curl_global_init(CURL_GLOBAL_DEFAULT); }
static inline CURLcode kos_curl_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode kos_curl_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
// The open-socket callback: the address libcurl is about to connect to, checked before the socket exists.
typedef curl_socket_t (*kos_opensocket_fn)(void *clientp, curlsocktype purpose, struct curl_sockaddr *address);
static inline CURLcode kos_curl_setopt_opensocket(CURL *h, kos_opensocket_fn f) { return curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, f); }
// Copies the IPv4 (4 bytes) or IPv6 (16 bytes) address of a curl_sockaddr into out; returns how many, 0 for another family.
static inline int kos_sockaddr_bytes(const struct curl_sockaddr *a, unsigned char *out) {
  if (a->family == AF_INET) { const struct sockaddr_in *s = (const struct sockaddr_in *)(const void *)&a->addr; memcpy(out, &s->sin_addr, 4); return 4; }
  if (a->family == AF_INET6) { const struct sockaddr_in6 *s = (const struct sockaddr_in6 *)(const void *)&a->addr; memcpy(out, &s->sin6_addr, 16); return 16; }
  return 0;
}
static inline curl_socket_t kos_open_socket(const struct curl_sockaddr *a) { return socket(a->family, a->socktype, a->protocol); }
#endif
