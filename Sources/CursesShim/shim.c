// The C side of CursesUI: see include/CursesShim.h for what each function does and why it
// is written in C.

// The wide-character API (cchar_t, setcchar, wget_wch, wcwidth) needs these before the
// first include: the flags pkg-config gives for ncursesw, which SwiftPM drops.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include "CursesShim.h"

#include <signal.h>
#include <stddef.h>
#include <time.h>

#include <ncurses.h>
// term.h defines its capabilities as macros with plain names (lines, columns, …): no
// variable here may be called after one.
#include <term.h>

// MARK: - Screens

int downhill_terminal_addresses_cursor(const char *term) {
  int status = 0;
  // setupterm reads the terminfo entry into a TERMINAL of its own, which is freed again:
  // newterm later makes the one the screen uses. The descriptor is only asked for its size.
  if (setupterm(term, fileno(stdout), &status) != OK) {
    return -1;
  }
  char *cup = tigetstr("cup");
  int addresses = (cup != NULL && cup != (char *)-1 && cup[0] != '\0') ? 1 : 0;
  TERMINAL *entry = cur_term;
  set_curterm(NULL);
  del_curterm(entry);
  return addresses;
}

void *downhill_screen_open(const char *term, FILE *output, FILE *input) {
  SCREEN *screen = newterm(term, output != NULL ? output : stdout, input != NULL ? input : stdin);
  if (screen != NULL) {
    set_term(screen);
  }
  return screen;
}

bool downhill_screen_configure(int escape_delay) {
  raw();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  set_escdelay(escape_delay);
  bool defaults = false;
  if (has_colors()) {
    start_color();
    defaults = use_default_colors() == OK;
  }
  return defaults;
}

void downhill_screen_select(void *screen) {
  set_term((SCREEN *)screen);
}

void downhill_screen_end(void) {
  if (!isendwin()) {
    endwin();
  }
}

bool downhill_screen_is_ended(void) {
  return isendwin();
}

void downhill_screen_delete(void *screen) {
  delscreen((SCREEN *)screen);
}

void downhill_screen_size(int *height, int *width) {
  int y = 0;
  int x = 0;
  getmaxyx(stdscr, y, x);
  *height = y;
  *width = x;
}

void downhill_screen_resize(int height, int width) {
  resize_term(height, width);
}

// MARK: - Colours

int downhill_color_count(void) {
  return has_colors() ? COLORS : 0;
}

int downhill_color_pair_count(void) {
  return has_colors() ? COLOR_PAIRS : 0;
}

int downhill_define_pair(int pair, int foreground, int background) {
  if (pair < 1 || pair > 0x7FFF) {
    return -1;
  }
  return init_pair((short)pair, (short)foreground, (short)background) == OK ? 0 : -1;
}

// MARK: - Drawing

int downhill_character_width(wchar_t character) {
  return wcwidth(character);
}

int downhill_put(
  int row, int column, const wchar_t *characters, int count, unsigned attributes, int pair) {
  wchar_t text[CCHARW_MAX + 1];
  int length = count < CCHARW_MAX ? count : CCHARW_MAX;
  if (length < 1) {
    return -1;
  }
  for (int i = 0; i < length; i++) {
    text[i] = characters[i];
  }
  text[length] = L'\0';
  attr_t attrs = A_NORMAL;
  if (attributes & DOWNHILL_BOLD) attrs |= A_BOLD;
  if (attributes & DOWNHILL_DIM) attrs |= A_DIM;
  if (attributes & DOWNHILL_REVERSE) attrs |= A_REVERSE;
  if (attributes & DOWNHILL_UNDERLINE) attrs |= A_UNDERLINE;
  cchar_t cell;
  if (setcchar(&cell, text, attrs, (short)(pair > 0x7FFF ? 0 : pair), NULL) == ERR) {
    return -1;
  }
  // Writing the bottom-right cell reports ERR (the cursor cannot move past it) although
  // the cell is drawn, so the result is not a failure.
  mvwadd_wch(stdscr, row, column, &cell);
  return 0;
}

void downhill_show(int row, int column, bool repaint) {
  if (repaint) {
    clearok(curscr, TRUE);
  }
  if (row >= 0) {
    leaveok(stdscr, FALSE);
    wmove(stdscr, row, column);
    curs_set(1);
  } else {
    leaveok(stdscr, TRUE);
    curs_set(0);
  }
  wnoutrefresh(stdscr);
  doupdate();
}

// MARK: - Input

/// Milliseconds on a clock that never jumps.
static long long monotonic_milliseconds(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

int downhill_read(int timeout, unsigned int *code) {
  wint_t key = 0;
  long long start = monotonic_milliseconds();
  wtimeout(stdscr, timeout);
  int result = wget_wch(stdscr, &key);
  if (result == OK) {
    *code = (unsigned int)key;
    return DOWNHILL_READ_CHARACTER;
  }
  if (result == KEY_CODE_YES) {
    *code = (unsigned int)key;
    return DOWNHILL_READ_KEY;
  }
  *code = 0;
  if (downhill_pending_signal() != 0) {
    return DOWNHILL_READ_NONE;
  }
  // A wait that gives up well before its timeout (or a blocking one that gives up at all)
  // met end of file or an error: the terminal has gone away.
  long long elapsed = monotonic_milliseconds() - start;
  if (timeout < 0 || (timeout >= 20 && elapsed < timeout / 2)) {
    return DOWNHILL_READ_FAILED;
  }
  return DOWNHILL_READ_NONE;
}

int downhill_key_f(int n) {
  return KEY_F(n);
}

int downhill_key_resize(void) {
  return KEY_RESIZE;
}

// MARK: - Signals

/// The one flag the signal handlers write: the last signal caught, 0 for none.
static volatile sig_atomic_t pending_signal = 0;

static const int caught_signals[] = {SIGTERM, SIGHUP, SIGINT};
enum { caught_signal_count = sizeof caught_signals / sizeof caught_signals[0] };
static struct sigaction replaced_actions[caught_signal_count];
static bool installed = false;

/// While a command runs (`downhill_interruptible_begin`), Ctrl-C is a SIGINT that asks the
/// command to stop, not one that ends the program.
static volatile sig_atomic_t interruptible = 0;
static volatile sig_atomic_t interrupt_requested = 0;

static void record_signal(int signal_number) {
  if (signal_number == SIGINT && interruptible) {
    interrupt_requested = 1;
    return;
  }
  pending_signal = signal_number;
}

void downhill_signals_install(void) {
  if (installed) {
    return;
  }
  struct sigaction action;
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: the wait for a key returns at once, and the loop reads the flag.
  action.sa_flags = 0;
  for (int i = 0; i < caught_signal_count; i++) {
    sigaction(caught_signals[i], &action, &replaced_actions[i]);
  }
  installed = true;
}

void downhill_signals_restore(void) {
  if (!installed) {
    return;
  }
  for (int i = 0; i < caught_signal_count; i++) {
    sigaction(caught_signals[i], &replaced_actions[i], NULL);
  }
  installed = false;
}

int downhill_pending_signal(void) {
  return pending_signal;
}

void downhill_suspend(void) {
  struct sigaction standard;
  struct sigaction previous;
  standard.sa_handler = SIG_DFL;
  sigemptyset(&standard.sa_mask);
  standard.sa_flags = 0;
  sigaction(SIGTSTP, &standard, &previous);
  sigset_t stop;
  sigset_t mask;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &stop, &mask);
  // Stops here until `fg` continues the process. In an orphaned process group the kernel
  // discards the signal, and the tutorial simply goes on.
  raise(SIGTSTP);
  sigprocmask(SIG_SETMASK, &mask, NULL);
  sigaction(SIGTSTP, &previous, NULL);
}

// MARK: - Crashes

#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

static const int fatal_signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT};
enum { fatal_signal_count = sizeof fatal_signals / sizeof fatal_signals[0] };
static struct sigaction fatal_previous[fatal_signal_count];
static bool fatal_armed = false;
static struct termios shell_modes;
static bool shell_modes_saved = false;
/// What the handler writes to leave curses mode: filled from terminfo when armed.
static char leave_sequence[256];
static size_t leave_length = 0;
static volatile sig_atomic_t leaving = 0;

void downhill_crash_guard_prepare(void) {
  shell_modes_saved = tcgetattr(STDIN_FILENO, &shell_modes) == 0;
}

/// Appends terminfo capability `name` to the leave sequence, if the terminal has it.
static void append_capability(const char *name) {
  char *value = tigetstr((char *)name);
  if (value == NULL || value == (char *)-1) {
    return;
  }
  size_t length = strlen(value);
  if (leave_length + length >= sizeof leave_sequence) {
    return;
  }
  memcpy(leave_sequence + leave_length, value, length);
  leave_length += length;
}

/// The signal handler: only async-signal-safe calls (write, tcsetattr, sigaction, raise).
static void leave_on_fatal_signal(int signal_number, siginfo_t *info, void *context) {
  if (!leaving) {
    leaving = 1;
    if (leave_length > 0) {
      ssize_t ignored = write(STDOUT_FILENO, leave_sequence, leave_length);
      (void)ignored;
    }
    if (shell_modes_saved) {
      // TCSAFLUSH also drops input nobody read.
      tcsetattr(STDIN_FILENO, TCSAFLUSH, &shell_modes);
    }
  }
  int index = 0;
  while (index < fatal_signal_count && fatal_signals[index] != signal_number) {
    index++;
  }
  if (index == fatal_signal_count) {
    return;
  }
  struct sigaction previous = fatal_previous[index];
  // Sent by kill(2), raise(3) or abort(3), or a trap instruction that does not fault
  // again when returned to: nothing re-raises it by itself.
  bool sent = info == NULL || info->si_code <= 0 || signal_number == SIGQUIT;
#if defined(__x86_64__) || defined(__i386__)
  sent = sent || signal_number == SIGTRAP;
#endif
  if (!sent) {
    // A fault: put the old handler back and return; the faulting instruction runs again
    // and the old handler (Swift's backtracer, or the default action) gets it with the
    // real context.
    sigaction(signal_number, &previous, NULL);
    return;
  }
  // Sent: the old handler runs now, with this signal's details; if it returns (a
  // backtracer that reported and carried on, or no handler at all), the default action
  // ends the process, so it never goes on with a terminal it no longer controls.
  if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction != NULL) {
    previous.sa_sigaction(signal_number, info, context);
  } else if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler != SIG_DFL
             && previous.sa_handler != SIG_IGN && previous.sa_handler != NULL) {
    previous.sa_handler(signal_number);
  }
  struct sigaction standard;
  memset(&standard, 0, sizeof standard);
  standard.sa_handler = SIG_DFL;
  sigemptyset(&standard.sa_mask);
  sigaction(signal_number, &standard, NULL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signal_number);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  raise(signal_number);
}

void downhill_crash_guard_arm(void) {
  if (fatal_armed) {
    return;
  }
  leave_length = 0;
  // Plain text, the cursor shown, keypad mode off, the alternate screen left: what endwin
  // would send. A terminal without rmcup gets a new line so the report starts clean.
  append_capability("sgr0");
  append_capability("cnorm");
  append_capability("rmkx");
  append_capability("rmcup");
  if (leave_length + 2 < sizeof leave_sequence) {
    leave_sequence[leave_length++] = '\r';
    leave_sequence[leave_length++] = '\n';
  }
  // Its own stack, so that a stack overflow's SIGSEGV can still be handled.
  static bool stack_made = false;
  if (!stack_made) {
    stack_t stack;
    stack.ss_size = 64 * 1024;
    stack.ss_sp = malloc(stack.ss_size);
    stack.ss_flags = 0;
    if (stack.ss_sp != NULL && sigaltstack(&stack, NULL) == 0) {
      stack_made = true;
    }
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = leave_on_fatal_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (int i = 0; i < fatal_signal_count; i++) {
    sigaction(fatal_signals[i], &action, &fatal_previous[i]);
  }
  leaving = 0;
  fatal_armed = true;
}

void downhill_crash_guard_disarm(void) {
  if (!fatal_armed) {
    return;
  }
  for (int i = 0; i < fatal_signal_count; i++) {
    sigaction(fatal_signals[i], &fatal_previous[i], NULL);
  }
  fatal_armed = false;
}

void downhill_drain_input(void) {
  // A paste can still be arriving (a terminal writes it as the reader takes it): drop what
  // came, and keep dropping until the input has been quiet for 30 ms, for at most 2 s.
  long long start = monotonic_milliseconds();
  do {
    tcflush(STDIN_FILENO, TCIFLUSH);
    struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    if (poll(&input, 1, 30) <= 0) {
      break;
    }
  } while (monotonic_milliseconds() - start < 2000);
  tcflush(STDIN_FILENO, TCIFLUSH);
}

void downhill_raise(int signal_number) {
  raise(signal_number);
}

// MARK: - Interrupting a command

static struct termios interruptible_saved;
static bool interruptible_has_saved = false;

void downhill_interruptible_begin(void) {
  interrupt_requested = 0;
  interruptible_has_saved = false;
  if (!installed || isatty(0) == 0 || tcgetattr(0, &interruptible_saved) != 0) {
    return;
  }
  struct termios signalling = interruptible_saved;
  // Ctrl-C alone becomes a signal: no suspend, no quit, nothing else changes.
  signalling.c_lflag |= ISIG;
  signalling.c_cc[VINTR] = 3;
  signalling.c_cc[VQUIT] = _POSIX_VDISABLE;
  signalling.c_cc[VSUSP] = _POSIX_VDISABLE;
#ifdef VDSUSP
  signalling.c_cc[VDSUSP] = _POSIX_VDISABLE;
#endif
  if (tcsetattr(0, TCSANOW, &signalling) == 0) {
    interruptible_has_saved = true;
    interruptible = 1;
  }
}

void downhill_interruptible_end(void) {
  interruptible = 0;
  interrupt_requested = 0;
  if (interruptible_has_saved) {
    tcsetattr(0, TCSANOW, &interruptible_saved);
    interruptible_has_saved = false;
  }
}

int downhill_interrupt_requested(void) {
  return interrupt_requested;
}
