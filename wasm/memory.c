/*
 * memcpy, memmove, memset and memchr for the WebAssembly module, eight or sixteen bytes a
 * step.
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
#include <wasm_simd128.h>

typedef uint64_t __attribute__((may_alias, aligned(1))) word;
typedef uint32_t __attribute__((may_alias, aligned(1))) half;

/*
 * Sixteen bytes a step by WebAssembly SIMD, and a short copy (most are: a key, a number,
 * a few characters) in two moves that overlap, not a byte a step. Safe for memmove's
 * forward copies too: each step's bytes are read before they are written, and the last
 * sixteen are read first (and the parameters are not restrict, for that).
 */
__attribute__((target("simd128"))) void* memcpy(void* dest, const void* src, size_t n) {
  unsigned char* d = dest;
  const unsigned char* s = src;
  if (n >= 16) {
    const v128_t last = wasm_v128_load(s + n - 16);
    unsigned char* const end = d + n - 16;
    for (; n > 32; n -= 32, d += 32, s += 32) {
      const v128_t a = wasm_v128_load(s), b = wasm_v128_load(s + 16);
      wasm_v128_store(d, a);
      wasm_v128_store(d + 16, b);
    }
    if (n > 16) wasm_v128_store(d, wasm_v128_load(s));
    wasm_v128_store(end, last);
    return dest;
  }
  if (n >= 8) {
    const word a = *(const word*)s, b = *(const word*)(s + n - 8);
    *(word*)d = a;
    *(word*)(d + n - 8) = b;
  } else if (n >= 4) {
    const uint32_t a = *(const half*)s, b = *(const half*)(s + n - 4);
    *(half*)d = a;
    *(half*)(d + n - 4) = b;
  } else if (n) {
    const unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
    d[0] = a;
    d[n / 2] = b;
    d[n - 1] = c;
  }
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

/* libc-optz's memmove copied backwards a byte a step (forwards it calls memcpy). */
void* memmove(void* dest, const void* src, size_t n) {
  if ((uintptr_t)dest - (uintptr_t)src >= n) return memcpy(dest, src, n);
  unsigned char* d = (unsigned char*)dest + n;
  const unsigned char* s = (const unsigned char*)src + n;
  for (; n >= 8; n -= 8) {
    d -= 8, s -= 8;
    *(word*)d = *(const word*)s;
  }
  while (n--) *--d = *--s;
  return dest;
}

/*
 * Sixteen bytes a step by WebAssembly SIMD (libc's reads four): every line of a page is
 * found by a search for its end, and each space of a line by another (the page passes that
 * look for columns side by side and joined rows), 9% of an English document's call.
 */
__attribute__((target("simd128"))) void* memchr(const void* src, int c, size_t n) {
  const unsigned char* s = src;
  const unsigned char* const end = s + n;
  if (n >= 16) {
    const v128_t k = wasm_i8x16_splat((char)c);
    for (;; s += 16) {
      if (s > end - 16) s = end - 16;  /* (the last step overlaps the one before) */
      const uint32_t m = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(s), k));
      if (m) return (void*)(s + __builtin_ctz(m));
      if (s == end - 16) return 0;
    }
  }
  for (; s < end; ++s)
    if (*s == (unsigned char)c) return (void*)s;
  return 0;
}
