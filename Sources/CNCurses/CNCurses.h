// The ncurses API as Swift imports it, wide-character functions included.
//
// pkg-config's cflags for ncursesw carry -D_XOPEN_SOURCE=600, which is what makes
// <ncurses.h> declare the wide API (cchar_t, setcchar, mvadd_wch, wget_wch); SwiftPM drops
// that flag, so the same switches are set here, before the first include.
#ifndef CNCURSES_H
#define CNCURSES_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

#endif
