#define _GNU_SOURCE
#include "kos_sys.h"

#include <fcntl.h>
#include <unistd.h>

int kos_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

#include <sys/prctl.h>

int kos_set_parent_death_signal(int sig) { return prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0); }
