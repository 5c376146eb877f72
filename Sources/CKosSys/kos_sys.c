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

int kos_install_stop_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = kos_record_stop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(SIGTERM, &action, NULL) != 0) return -1;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    // A process started by a thread that blocks these (a test runner's, a wrapper's) inherits the mask:
    // unblock them here, so this thread at least takes them.
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &stops, NULL);
    return 0;
}

int kos_stop_requested(void) { return kos_stop_signal; }
