#ifndef NEWSFACTS_PARSE_ARENA_H
#define NEWSFACTS_PARSE_ARENA_H

#include <stddef.h>

/// A per-thread bump allocator for libxml2's memory while one page is parsed and read.
///
/// Install the four functions with xmlMemSetup once per process. Between
/// parse_arena_begin and parse_arena_end on a thread, libxml2's allocations on that thread are
/// carved from the thread's arena blocks and its frees of them cost nothing; parse_arena_end
/// drops them all at once. Outside that window, and for memory that was not carved from an
/// arena, the functions pass through to malloc, realloc and free, so memory allocated before
/// the allocator was installed is still freed correctly.

void *parse_arena_malloc(size_t size);
void *parse_arena_realloc(void *pointer, size_t size);
void parse_arena_free(void *pointer);
char *parse_arena_strdup(const char *string);

/// Starts carving this thread's libxml2 allocations from its arena (nesting is counted).
void parse_arena_begin(void);
/// Ends the outermost window: every arena allocation of the thread is dropped at once. Blocks
/// beyond the retained capacity are returned to the system.
void parse_arena_end(void);
/// Whether this thread is inside a window.
int parse_arena_is_active(void);
/// Bytes carved in the current window so far (for tests and the bench).
size_t parse_arena_bytes_in_use(void);

#endif
