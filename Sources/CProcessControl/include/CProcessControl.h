// Linux process controls Swift's Glibc module does not export (<sys/prctl.h>); no-ops elsewhere.
#ifndef CPROCESSCONTROL_H
#define CPROCESSCONTROL_H

/// The calling process receives SIGKILL when its parent exits; 0 on success.
int nbrun_die_with_parent(void);

/// Neither this process nor anything it could start gains privileges through exec; 0 on success.
int nbrun_no_new_privileges(void);

/// A pipe whose two ends close on exec, made atomically where the system can; 0 on success.
int nbrun_pipe_cloexec(int ends[2]);

/// How many threads the calling process has (Linux: /proc/self/status); 0 when it cannot tell.
int nbrun_thread_count(void);

/// Sets the calling thread's nice value (Linux schedules each thread by its own) and returns the one it
/// had; elsewhere it changes nothing and returns `nice`.
int nbrun_set_thread_nice(int nice);

/// Forks a worker that runs this program's code without exec (only safe while the process has one thread).
/// In the child, `input`, `output` and `errors` become descriptors 0, 1 and 2, every other descriptor is
/// closed, and the crash signals get their default action (a crash ends the worker at once, as a signal
/// the runner reports); stdio is flushed first so nothing buffered is written twice. Returns fork()'s value.
int nbrun_fork_worker(int input, int output, int errors);

#endif
