// Linux process controls Swift's Glibc module does not export (<sys/prctl.h>); no-ops elsewhere.
#ifndef CPROCESSCONTROL_H
#define CPROCESSCONTROL_H

/// The calling process receives SIGKILL when its parent exits; 0 on success.
int nbrun_die_with_parent(void);

/// Neither this process nor anything it could start gains privileges through exec; 0 on success.
int nbrun_no_new_privileges(void);

/// A pipe whose two ends close on exec, made atomically where the system can; 0 on success.
int nbrun_pipe_cloexec(int ends[2]);

#endif
