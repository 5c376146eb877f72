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
