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

#include <errno.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static void kos_kill_group(int sig) {
    (void)sig;
    kill(0, SIGKILL);
}

static void kos_set_handler(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

/// The signals that stop a process group's leader: SIGTERM (the parent died), SIGINT, SIGHUP.
static void kos_set_handlers(void (*handler)(int)) {
    kos_set_handler(SIGTERM, handler);
    kos_set_handler(SIGINT, handler);
    kos_set_handler(SIGHUP, handler);
}

static void kos_write_record(int fd, char tag, int32_t value) {
    char record[5];
    record[0] = tag;
    memcpy(record + 1, &value, 4);
    ssize_t ignored = write(fd, record, sizeof record);
    (void)ignored;
}

pid_t kos_spawn_guarded(const char *path, char *const argv[], char *const envp[], int in_fd, int out_fd, int report_fd) {
    pid_t parent = getpid();
    pid_t sentinel = fork();
    if (sentinel != 0) {
        if (sentinel > 0) setpgid(sentinel, sentinel);
        return sentinel;
    }
    // The sentinel: only async-signal-safe calls from here on (the parent has other threads).
    setpgid(0, 0);
    kos_set_handlers(kos_kill_group);
    kos_set_handler(SIGPIPE, SIG_DFL);
    kos_set_handler(SIGCHLD, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
    if (getppid() != parent) kos_kill_group(0);
    // Keep only what the program needs: stdin, stdout, /dev/null as stderr, and the report pipe as fd 3;
    // every other descriptor of the parent (sockets, the store, other pipes' ends) is closed here.
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull < 0 || dup2(in_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(devnull, 2) < 0 || (report_fd != 3 && dup2(report_fd, 3) < 0)) {
        kos_write_record(report_fd, 'x', errno);
        _exit(127);
    }
    if (syscall(SYS_close_range, 4U, ~0U, 0U) != 0) {
        for (int fd = 4; fd < 65536; fd++) close(fd);
    }
    fcntl(3, F_SETFD, FD_CLOEXEC);
    pid_t child = fork();
    if (child < 0) {
        kos_write_record(3, 'x', errno);
        _exit(127);
    }
    if (child == 0) {
        kos_set_handlers(SIG_DFL);
        execve(path, argv, envp);
        kos_write_record(3, 'x', errno);
        _exit(127);
    }
    close(0);
    close(1);
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            status = 127 << 8;
            break;
        }
    }
    kos_write_record(3, 's', status);
    _exit(0);
}
