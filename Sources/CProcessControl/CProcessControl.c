#define _GNU_SOURCE
#include "CProcessControl.h"
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <sys/resource.h>

int nbrun_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0); }
int nbrun_set_thread_nice(int nice) {
    id_t thread = (id_t)syscall(SYS_gettid);
    int old = getpriority(PRIO_PROCESS, thread);
    setpriority(PRIO_PROCESS, thread, nice);
    return old;
}
int nbrun_no_new_privileges(void) { return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); }
#else
int nbrun_die_with_parent(void) { return -1; }
int nbrun_no_new_privileges(void) { return -1; }
int nbrun_set_thread_nice(int nice) { return nice; }
#endif

int nbrun_pipe_cloexec(int ends[2]) {
#ifdef __linux__
    return pipe2(ends, O_CLOEXEC);
#else
    if (pipe(ends) != 0) return -1;
    fcntl(ends[0], F_SETFD, FD_CLOEXEC);
    fcntl(ends[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

int nbrun_thread_count(void) {
#ifdef __linux__
    FILE *status = fopen("/proc/self/status", "r");
    if (!status) return 0;
    char line[256];
    int threads = 0;
    while (fgets(line, sizeof line, status)) {
        if (strncmp(line, "Threads:", 8) == 0) { threads = atoi(line + 8); break; }
    }
    fclose(status);
    return threads;
#else
    return 0;
#endif
}

static void close_from(int lowest) {
#if defined(__linux__) && defined(SYS_close_range)
    if (syscall(SYS_close_range, (unsigned)lowest, ~0U, 0) == 0) return;
#endif
    long highest = sysconf(_SC_OPEN_MAX);
    for (long descriptor = lowest; descriptor < (highest > 0 ? highest : 1024); descriptor++) close((int)descriptor);
}

int nbrun_fork_worker(int input, int output, int errors) {
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid != 0) return pid;
#ifdef __linux__
    // Dies with the runner; a runner that is already gone (it exited before the line above) ends it now.
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (getppid() != parent) _exit(0);
#endif
    dup2(input, 0);
    dup2(output, 1);
    dup2(errors, 2);
    close_from(3);
    const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned index = 0; index < sizeof crashes / sizeof crashes[0]; index++) signal(crashes[index], SIG_DFL);
    return 0;
}
