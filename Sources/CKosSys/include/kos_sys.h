#ifndef KOS_SYS_H
#define KOS_SYS_H

// System calls Swift's Glibc module does not expose (they need _GNU_SOURCE).

/// pipe2(fds, O_CLOEXEC): both ends close on exec, so no concurrently spawned process inherits them.
int kos_pipe_cloexec(int fds[2]);

#endif

#ifndef KOS_SYS_PDEATH_H
#define KOS_SYS_PDEATH_H
/// prctl(PR_SET_PDEATHSIG, sig): this process gets `sig` when its parent dies. Returns 0, or -1.
int kos_set_parent_death_signal(int sig);
#endif

#ifndef KOS_SYS_STOP_H
#define KOS_SYS_STOP_H
/// Installs a handler for SIGTERM and SIGINT that only records the request (async-signal-safe); a main loop
/// polls kos_stop_requested(). Returns 0, or -1.
int kos_install_stop_handler(void);
/// The last stop signal received (SIGTERM or SIGINT), or 0.
int kos_stop_requested(void);
#endif

#ifndef KOS_SYS_RELOAD_H
#define KOS_SYS_RELOAD_H
/// Installs a SIGHUP handler that only records the request; a main loop takes it with kos_take_reload().
/// Returns 0, or -1.
int kos_install_reload_handler(void);
/// 1 when SIGHUP arrived since the last call (and clears it), else 0.
int kos_take_reload(void);
#endif

#ifndef KOS_SYS_SPAWN_H
#define KOS_SYS_SPAWN_H
#include <spawn.h>
/// posix_spawn_file_actions_addchdir_np: the child starts in `path`. Returns 0, or an error number.
int kos_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path);
#endif

#ifndef KOS_SYS_GUARDED_H
#define KOS_SYS_GUARDED_H
#include <sys/types.h>
/// Runs `path` with `argv` and exactly `envp` under a sentinel process that leads a new process group:
/// the sentinel gets SIGTERM when the calling thread's process dies (PR_SET_PDEATHSIG) and then kills the
/// whole group, so the program and anything it started never outlive the caller, even one killed with
/// SIGKILL. The program reads `in_fd` as stdin, writes stdout to `out_fd`, stderr to /dev/null.
/// `report_fd` (the write end of a close-on-exec pipe) receives 'x' and the errno as 4 bytes when the exec
/// fails, then 's' and the program's wait status as 4 bytes when it ends. The caller must not return from
/// the calling thread before the sentinel is reaped. Returns the sentinel's pid (the group's id), or -1.
pid_t kos_spawn_guarded(const char *path, char *const argv[], char *const envp[], int in_fd, int out_fd, int report_fd);
#endif
