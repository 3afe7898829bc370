#include "ParseArena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Each allocation carries a 16-byte header holding its size (for realloc); blocks are kept
// between windows and reused, up to kRetainedBytes; a pointer belongs to the arena exactly
// when it lies inside one of the thread's blocks, so frees need no header of system memory.

enum { kMaxBlocks = 32, kHeader = 16 };
static const size_t kFirstBlock = (size_t)1 << 20;
static const size_t kRetainedBytes = (size_t)16 << 20;

typedef struct {
  char *start;
  char *end;
} Block;

typedef struct {
  int depth;
  int count;
  int current;
  char *next;
  char *last;  // the most recent allocation (grown in place by realloc)
  size_t inUse;
  Block blocks[kMaxBlocks];
} Arena;

static _Thread_local Arena arena;
static pthread_key_t releaseKey;
static pthread_once_t releaseOnce = PTHREAD_ONCE_INIT;

static void releaseBlocks(void *unused) {
  (void)unused;
  for (int i = 0; i < arena.count; i++) free(arena.blocks[i].start);
  memset(&arena, 0, sizeof arena);
}

static void makeReleaseKey(void) { pthread_key_create(&releaseKey, releaseBlocks); }

static int owns(const void *pointer) {
  const char *p = (const char *)pointer;
  for (int i = 0; i < arena.count; i++)
    if (p >= arena.blocks[i].start && p < arena.blocks[i].end) return 1;
  return 0;
}

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

// Moves to the next block with room for `need` bytes, allocating one if none is left.
static int advance(size_t need) {
  while (arena.current + 1 < arena.count) {
    arena.current++;
    Block b = arena.blocks[arena.current];
    arena.next = b.start;
    if ((size_t)(b.end - b.start) >= need) return 1;
  }
  if (arena.count == kMaxBlocks) return 0;
  size_t size = arena.count == 0 ? kFirstBlock : (size_t)(arena.blocks[arena.count - 1].end - arena.blocks[arena.count - 1].start) * 2;
  if (size < need) size = rounded(need);
  char *start = aligned_alloc(16, size);
  if (start == NULL) return 0;
  if (arena.count == 0) {
    pthread_once(&releaseOnce, makeReleaseKey);
    pthread_setspecific(releaseKey, &arena);
  }
  arena.blocks[arena.count] = (Block){start, start + size};
  arena.current = arena.count++;
  arena.next = start;
  return 1;
}

static void *carve(size_t size) {
  size_t need = rounded(size) + kHeader;
  if (arena.count == 0 || (size_t)(arena.blocks[arena.current].end - arena.next) < need) {
    if (!advance(need)) return NULL;
  }
  char *header = arena.next;
  arena.next += need;
  *(size_t *)header = size;
  arena.last = header + kHeader;
  arena.inUse += need;
  return arena.last;
}

void *parse_arena_malloc(size_t size) {
  if (arena.depth > 0) {
    void *p = carve(size);
    if (p != NULL) return p;
  }
  return malloc(size);
}

void parse_arena_free(void *pointer) {
  if (pointer == NULL || owns(pointer)) return;
  free(pointer);
}

void *parse_arena_realloc(void *pointer, size_t size) {
  if (pointer == NULL) return parse_arena_malloc(size);
  if (!owns(pointer)) return realloc(pointer, size);
  size_t old = *(size_t *)((char *)pointer - kHeader);
  if (arena.depth > 0 && pointer == arena.last) {
    // The newest allocation grows or shrinks in place when its block has room.
    char *end = (char *)pointer + rounded(size);
    if (end <= arena.blocks[arena.current].end) {
      arena.inUse += (size_t)(end - arena.next);
      arena.next = end;
      *(size_t *)((char *)pointer - kHeader) = size;
      return pointer;
    }
  }
  void *moved = parse_arena_malloc(size);
  if (moved != NULL) memcpy(moved, pointer, old < size ? old : size);
  return moved;
}

char *parse_arena_strdup(const char *string) {
  if (string == NULL) return NULL;
  size_t length = strlen(string) + 1;
  char *copy = parse_arena_malloc(length);
  if (copy != NULL) memcpy(copy, string, length);
  return copy;
}

void parse_arena_begin(void) { arena.depth++; }

void parse_arena_end(void) {
  if (arena.depth == 0 || --arena.depth > 0) return;
  size_t kept = 0;
  int count = 0;
  for (int i = 0; i < arena.count; i++) {
    size_t size = (size_t)(arena.blocks[i].end - arena.blocks[i].start);
    if (kept + size <= kRetainedBytes) {
      kept += size;
      arena.blocks[count++] = arena.blocks[i];
    } else {
      free(arena.blocks[i].start);
    }
  }
  arena.count = count;
  arena.current = 0;
  arena.next = count > 0 ? arena.blocks[0].start : NULL;
  arena.last = NULL;
  arena.inUse = 0;
}

int parse_arena_is_active(void) { return arena.depth > 0; }

size_t parse_arena_bytes_in_use(void) { return arena.inUse; }
