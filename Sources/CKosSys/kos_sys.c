#define _GNU_SOURCE
#include "kos_sys.h"

#include <fcntl.h>
#include <unistd.h>

int kos_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
