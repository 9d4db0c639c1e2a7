/*
 * memcpy and memset for the WebAssembly module, eight bytes a step.
 *
 * The module links Emscripten's libc built for size (libc-optz, chosen by -Oz), whose
 * memcpy and memset copy and fill one byte a step: clearing a 16 KB hash table took
 * 16 K iterations, and memset and memcpy were 10% of a page's time in Node. These take
 * their place (a definition in an object of our own comes before the library's). Built
 * without link-time optimisation and with -fno-builtin, so that the compiler neither
 * turns their loops back into calls to themselves nor folds them into the rest.
 * Unaligned 64-bit accesses are valid in WebAssembly (the alignment is only a hint).
 */
#include <stddef.h>
#include <stdint.h>

typedef uint64_t __attribute__((may_alias, aligned(1))) word;

void* memcpy(void* restrict dest, const void* restrict src, size_t n) {
  unsigned char* d = dest;
  const unsigned char* s = src;
  for (; n >= 32; n -= 32, d += 32, s += 32) {
    const word a = ((const word*)s)[0], b = ((const word*)s)[1], c = ((const word*)s)[2], e = ((const word*)s)[3];
    ((word*)d)[0] = a;
    ((word*)d)[1] = b;
    ((word*)d)[2] = c;
    ((word*)d)[3] = e;
  }
  for (; n >= 8; n -= 8, d += 8, s += 8) *(word*)d = *(const word*)s;
  while (n--) *d++ = *s++;
  return dest;
}

void* memset(void* dest, int c, size_t n) {
  unsigned char* d = dest;
  const word v = (uint64_t)(unsigned char)c * 0x0101010101010101ull;
  for (; n >= 32; n -= 32, d += 32) {
    ((word*)d)[0] = v;
    ((word*)d)[1] = v;
    ((word*)d)[2] = v;
    ((word*)d)[3] = v;
  }
  for (; n >= 8; n -= 8, d += 8) *(word*)d = v;
  while (n--) *d++ = (unsigned char)c;
  return dest;
}
