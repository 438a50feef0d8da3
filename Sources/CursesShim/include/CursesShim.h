// The small C layer under CursesUI: what Swift cannot import from ncurses (macros such as
// KEY_F(n) and the A_* attributes, getmaxyx), what it may not touch in Swift 6 mode (the
// globals stdscr, LINES, COLS, COLORS, COLOR_PAIRS, stdin and stdout), and the signal flag
// the event loop reads.
//
// Only plain C types cross this header — no WINDOW, SCREEN, chtype or attr_t — so the
// platform differences (an opaque WINDOW and the library's name on macOS, the width of
// attr_t) stay inside shim.c. Every drawing and input function works on the current
// screen's stdscr, the only window Downhill uses.
#ifndef CURSES_SHIM_H
#define CURSES_SHIM_H

#include <stdbool.h>
#include <stdio.h>
#include <wchar.h>

// MARK: - Attributes

/// Attribute bits for `downhill_put`, mapped to ncurses' A_* inside the shim.
enum {
  DOWNHILL_BOLD = 1,
  DOWNHILL_DIM = 2,
  DOWNHILL_REVERSE = 4,
  DOWNHILL_UNDERLINE = 8,
};

// MARK: - Screens

/// Whether the terminfo entry of `term` can address the cursor (has `cup`): 1 it can, 0 it
/// cannot, -1 there is no such entry. Reads the entry without touching the terminal.
int downhill_terminal_addresses_cursor(const char *term);

/// Starts ncurses on `term` (NULL: $TERM) writing to `output` and reading from `input`
/// (NULL: the process's standard output and input) with `newterm`, which returns NULL on
/// failure where `initscr` would exit. The new screen becomes the current one. Returns the
/// screen (an ncurses SCREEN) or NULL.
void *downhill_screen_open(const char *term, FILE *output, FILE *input);

/// Puts the current screen in the tutorial's modes: raw (Ctrl-C, Ctrl-Z and Ctrl-\ arrive
/// as keys), no echo, keypad decoding, `escape_delay` milliseconds for a lone Escape, no
/// newline translation, and colours with the terminal's default colours where it has them.
/// Returns whether default colours (pair colour -1) are available.
bool downhill_screen_configure(int escape_delay);

/// Makes `screen` the current one (for a second screen, as the benchmark opens).
void downhill_screen_select(void *screen);

/// Ends curses mode on the current screen if it is on (`endwin`); safe to call twice.
void downhill_screen_end(void);

/// Whether curses mode is off on the current screen (after `endwin`, before a refresh).
bool downhill_screen_is_ended(void);

/// Frees `screen` after `downhill_screen_end` (`delscreen`).
void downhill_screen_delete(void *screen);

/// The current screen's size in rows and columns (`getmaxyx` of stdscr).
void downhill_screen_size(int *rows, int *columns);

/// Sets the current screen's size (`resize_term`), for a screen without a terminal whose
/// size could be asked.
void downhill_screen_resize(int rows, int columns);

// MARK: - Colours

/// How many colours the terminal has (COLORS), 0 without colour.
int downhill_color_count(void);

/// How many colour pairs may be defined (COLOR_PAIRS), 0 without colour.
int downhill_color_pair_count(void);

/// Defines colour pair `pair` (1 or more) as `foreground` on `background`; -1 is the
/// terminal's default colour. Returns 0 on success, -1 on failure.
int downhill_define_pair(int pair, int foreground, int background);

// MARK: - Drawing

/// The columns `character` takes in this locale (`wcwidth`): 1 or 2, 0 for a combining
/// mark, -1 for one the locale cannot show.
int downhill_character_width(wchar_t character);

/// Puts one cell at (`row`, `column`) of stdscr: `count` (1 to 5) wide characters, a
/// spacing one and its combining marks, with `attributes` (DOWNHILL_* bits) and colour
/// `pair` (0 the default). Nothing is shown until `downhill_show`. Returns 0, or -1 when
/// ncurses refused the characters.
int downhill_put(
  int row, int column, const wchar_t *characters, int count, unsigned attributes, int pair);

/// Shows what was put: moves the cursor to (`row`, `column`) and makes it visible, or hides
/// it when `row` is negative; with `repaint`, repaints the whole terminal rather than what
/// changed (after a resize or a resume). Then `wnoutrefresh` and `doupdate`.
void downhill_show(int row, int column, bool repaint);

// MARK: - Input

/// What `downhill_read` got.
enum {
  /// Nothing: the timeout passed, or a signal interrupted the wait.
  DOWNHILL_READ_NONE = 0,
  /// A character; the code is its Unicode scalar (or a C0 control).
  DOWNHILL_READ_CHARACTER = 1,
  /// A key ncurses decoded; the code is its KEY_* number.
  DOWNHILL_READ_KEY = 2,
  /// Input failed at once: end of file or a lost terminal.
  DOWNHILL_READ_FAILED = 3,
};

/// Waits up to `timeout` milliseconds (-1 forever, 0 not at all) for a key on stdscr
/// (`wget_wch`) and returns one of the DOWNHILL_READ_* values, the code in `code`.
int downhill_read(int timeout, unsigned int *code);

/// ncurses' number for function key `n` (KEY_F(n)).
int downhill_key_f(int n);

/// ncurses' number for a resize (KEY_RESIZE).
int downhill_key_resize(void);

// MARK: - Signals

/// Catches SIGTERM, SIGHUP and SIGINT into a flag that `downhill_pending_signal` reads
/// (without SA_RESTART, so a wait for a key ends at once). SIGWINCH is left to ncurses.
void downhill_signals_install(void);

/// Puts back the dispositions `downhill_signals_install` replaced.
void downhill_signals_restore(void);

/// The last of SIGTERM, SIGHUP or SIGINT received since installation, or 0.
int downhill_pending_signal(void);

/// Until `downhill_interruptible_end`, Ctrl-C on the terminal is a SIGINT that sets the
/// flag `downhill_interrupt_requested` reads, rather than a key or a request to quit.
void downhill_interruptible_begin(void);

/// Puts the terminal's modes back as `downhill_interruptible_begin` found them.
void downhill_interruptible_end(void);

/// 1 when Ctrl-C was pressed since `downhill_interruptible_begin`, else 0.
int downhill_interrupt_requested(void);

/// Stops the process as Ctrl-Z would in a shell (SIGTSTP with its default disposition),
/// returning when it is continued. Call after `downhill_screen_end`.
void downhill_suspend(void);

// MARK: - Crashes

/// Remembers the terminal's modes (of standard input) as the shell left them. Call before
/// ncurses starts, then `downhill_crash_guard_arm` once it has.
void downhill_crash_guard_prepare(void);

/// Catches the fatal signals (SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT)
/// so that a crash first gives the terminal back: it writes the terminal's own sequences
/// for leaving the alternate screen and keypad mode, showing the cursor and plain text
/// (read from terminfo now, as a signal handler may not), and puts back the modes
/// `downhill_crash_guard_prepare` saw, dropping unread input. Then the signal goes on to
/// whatever handled it before (Swift's backtracer) or its default action, so the report
/// lands on a usable shell and the process ends. Runs on its own stack, so a stack
/// overflow is caught too.
void downhill_crash_guard_arm(void);

/// Puts back the handlers `downhill_crash_guard_arm` replaced (after a normal restore).
void downhill_crash_guard_disarm(void);

/// Discards input the terminal has received but nobody has read (the rest of a paste),
/// so that it does not reach the shell as a command after the tutorial exits; input still
/// arriving is dropped too, until it has been quiet for 30 ms (2 s at most). Call while the
/// terminal is still in raw mode, where a partial line counts as input.
void downhill_drain_input(void);

/// Raises `signal` at once, for the test hook that checks the crash guard.
void downhill_raise(int signal);

#endif
