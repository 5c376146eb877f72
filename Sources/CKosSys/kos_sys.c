#define _GNU_SOURCE
#include "kos_sys.h"

#include <fcntl.h>
#include <unistd.h>

int kos_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

#include <sys/prctl.h>

int kos_set_parent_death_signal(int sig) { return prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0); }

#include <pthread.h>
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t kos_stop_signal = 0;

static void kos_record_stop(int sig) { kos_stop_signal = sig; }

/// Installs `handler` for `sig` and unblocks `sig` on this thread: a process started by a thread that blocks
/// it (a test runner's, a wrapper's) inherits the mask, and this thread at least must take it.
static int kos_install(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(sig, &action, NULL) != 0) return -1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL) == 0 ? 0 : -1;
}

int kos_install_stop_handler(void) {
    return kos_install(SIGTERM, kos_record_stop) == 0 && kos_install(SIGINT, kos_record_stop) == 0 ? 0 : -1;
}

int kos_stop_requested(void) { return kos_stop_signal; }

static volatile sig_atomic_t kos_reload_signal = 0;

static void kos_record_reload(int sig) { (void)sig; kos_reload_signal = 1; }

int kos_install_reload_handler(void) { return kos_install(SIGHUP, kos_record_reload); }

int kos_take_reload(void) { return __atomic_exchange_n(&kos_reload_signal, 0, __ATOMIC_SEQ_CST) ? 1 : 0; }

#include <spawn.h>

int kos_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path) {
    return posix_spawn_file_actions_addchdir_np(actions, path);
}
