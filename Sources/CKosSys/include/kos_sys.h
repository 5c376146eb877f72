#ifndef KOS_SYS_H
#define KOS_SYS_H

// System calls Swift's Glibc module does not expose (they need _GNU_SOURCE).

/// pipe2(fds, O_CLOEXEC): both ends close on exec, so no concurrently spawned process inherits them.
int kos_pipe_cloexec(int fds[2]);

#endif
