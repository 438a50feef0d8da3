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

static void record_signal(int signal_number) {
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
