// The only file that talks to utf8proc.
#include "unicode.hpp"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <vector>

namespace galley::detail {

namespace {

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

bool is_cjk_ideograph_or_kana(char32_t c) {
  return in(c, 0x4E00, 0x9FFF) || in(c, 0x3400, 0x4DBF) || in(c, 0x20000, 0x3134F) ||
         in(c, 0xF900, 0xFAFF) || in(c, 0x3040, 0x30FF) || in(c, 0x31F0, 0x31FF) ||
         in(c, 0x3100, 0x312F) || in(c, 0x31A0, 0x31BF) || in(c, 0x2E80, 0x2FDF) ||
         c == 0x3005 || c == 0x3007 || c == 0x30FC;
}

}  // namespace

namespace {

struct radical_range {
  char32_t first, last, ideograph;
};

// From the Unicode Character Database (EquivalentUnifiedIdeograph.txt), generated at build time.
constexpr radical_range radicals[] = {
#include "galley/radicals.inc"
};

// Latin presentation forms: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ.
constexpr std::u32string_view ligatures[] = {U"ff", U"fi", U"fl", U"ffi", U"ffl", U"st", U"st"};

}  // namespace

std::u32string_view stands_for_rare(char32_t c) {
  if (c >= 0xFB00 && c <= 0xFB06) return ligatures[c - 0xFB00];
  if (c < 0x2E80 || c > 0x2FDF) return {};
  std::size_t lo = 0, hi = std::size(radicals);
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (radicals[mid].last < c) lo = mid + 1;
    else hi = mid;
  }
  if (lo < std::size(radicals) && radicals[lo].first <= c) return {&radicals[lo].ideograph, 1};
  return {};
}

bool is_hangul(char32_t c) {
  return in(c, 0xAC00, 0xD7AF) || in(c, 0x1100, 0x11FF) || in(c, 0x3130, 0x318F);
}

char_class classify_rare(char32_t c) {
  if (c < 0x80) return ascii::classes.of[c];
  if (is_cjk_ideograph_or_kana(c) || is_hangul(c)) return char_class::cjk;
  if (in(c, 0xFF10, 0xFF19)) return char_class::digit;
  if (in(c, 0xFF21, 0xFF3A) || in(c, 0xFF41, 0xFF5A)) return char_class::latin;
  if (in(c, 0x3000, 0x303F) || in(c, 0xFF00, 0xFFEF) || in(c, 0x2018, 0x201F) ||
      c == 0x2026 || c == 0x2014 || c == 0x2015 || c == 0x00B7 || c == 0x2022 ||
      in(c, 0xFE30, 0xFE4F)) {
    if (c == 0x3000) return char_class::space;
    return char_class::cjk_punct;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_ZS: return char_class::space;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: return char_class::latin;
    case UTF8PROC_CATEGORY_ND: return char_class::digit;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO: return char_class::punct;
    default: return char_class::other;
  }
}

int cell_width_rare(char32_t c, bool cjk_context) {
  if (c < 0x80) return c < 0x20 ? 0 : 1;
  // Quotes, ellipsis and dashes are East Asian "ambiguous": CJK fonts print them wide.
  if (cjk_context && is_ambiguous_width(c)) return 2;
  int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
  return w < 0 ? 0 : w;
}

namespace {

// One code point's UTF-8 bytes written at p; returns where they end.
inline char* encode_utf8(char32_t c, char* p) {
  auto put = [&p](char32_t v) { *p++ = static_cast<char>(v); };
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
  return p;
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
  char bytes[4];
  out.append(bytes, encode_utf8(c, bytes));
}

std::string to_utf8(std::u32string_view s) {
  // Measured first, then written through a pointer: no capacity check per byte. (The
  // measure as a sum of comparisons, which the compiler vectorises: as a chain of
  // conditions it was a third of the function's instructions on Chinese text.)
  // (The code points compared as signed 32-bit integers, which they all fit, and counted in
  // 32 bits a chunk at a time: SSE2 compares those in one instruction each, four at a time;
  // unsigned and counted in 64 bits the measure cost six instructions a character.)
  // (The ASCII the text opens with found first, most of an English text, and copied apart
  // from the rest, which alone is measured; by SSE2 sixteen code points at a time, an OR
  // of them tested, then narrowed to bytes by two packs, where the compiler's loops took
  // some 4 instructions a character to find and copy them. A Chinese text stops at its
  // first character.)
  const std::size_t n = s.size();
  std::size_t ascii = 0;
#if defined(__SSE2__)
  const auto at = [&s](std::size_t k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k)); };
  for (; ascii + 16 <= n; ascii += 16) {
    const __m128i any = _mm_or_si128(_mm_or_si128(at(ascii), at(ascii + 4)), _mm_or_si128(at(ascii + 8), at(ascii + 12)));
    if (_mm_movemask_epi8(_mm_cmpgt_epi32(any, _mm_set1_epi32(0x7F))) != 0) break;
  }
#endif
  while (ascii < n && s[ascii] < 0x80) ++ascii;
  std::size_t bytes = n;
  constexpr std::size_t chunk = std::size_t{1} << 28;
  for (std::size_t from = ascii; from < n; from += chunk) {
    const std::size_t to = std::min(n, from + chunk);
    std::uint32_t more = 0;
    for (std::size_t k = from; k < to; ++k) {
      const auto c = static_cast<std::int32_t>(s[k]);
      more += std::uint32_t{c > 0x7F} + std::uint32_t{c > 0x7FF} + std::uint32_t{c > 0xFFFF};
    }
    bytes += more;
  }
  std::string out(bytes, '\0');
  char* p = out.data();
  std::size_t k = 0;
#if defined(__SSE2__)
  for (; k + 16 <= ascii; k += 16)
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + k), _mm_packus_epi16(_mm_packs_epi32(at(k), at(k + 4)), _mm_packs_epi32(at(k + 8), at(k + 12))));
#endif
  for (; k < ascii; ++k) p[k] = static_cast<char>(s[k]);
  p += ascii;
  // (ASCII first, then the three bytes of the rest of the BMP: most of a Chinese text.)
  const auto put = [&p](char32_t c) {
    if (c < 0x80) {
      *p++ = static_cast<char>(c);
    } else if (c - 0x800 < 0xF800) {
      p[0] = static_cast<char>(0xE0 | (c >> 12));
      p[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      p[2] = static_cast<char>(0x80 | (c & 0x3F));
      p += 3;
    } else {
      p = encode_utf8(c, p);
    }
  };
#if defined(__SSE2__)
  // Four characters of three bytes each (U+0800 to U+FFFF: ideographs, CJK punctuation) at
  // a time by SSE2 (the WebAssembly module's SIMD too), some 5 instructions a character
  // where one at a time took about 21: the bytes made in four 32-bit lanes, each half of
  // the register packed to six bytes, and each half stored as eight, the two past its own
  // written over by what follows (so only while two more characters follow: at least two
  // more bytes). Four that are not all so go one at a time.
  for (; k + 6 <= s.size(); k += 4) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k));
    const __m128i three = _mm_and_si128(_mm_cmpgt_epi32(c, _mm_set1_epi32(0x7FF)), _mm_cmplt_epi32(c, _mm_set1_epi32(0x10000)));
    if (_mm_movemask_epi8(three) != 0xFFFF) {
      for (std::size_t j = k; j < k + 4; ++j) put(s[j]);
      continue;
    }
    const __m128i low6 = _mm_set1_epi32(0x3F);
    const __m128i bytes3 = _mm_or_si128(
        _mm_or_si128(_mm_srli_epi32(c, 12), _mm_slli_epi32(_mm_and_si128(_mm_srli_epi32(c, 6), low6), 8)),
        _mm_or_si128(_mm_slli_epi32(_mm_and_si128(c, low6), 16), _mm_set1_epi32(0x8080E0)));
    const __m128i packed = _mm_or_si128(_mm_and_si128(bytes3, _mm_set1_epi64x(0xFFFFFF)),
                                        _mm_and_si128(_mm_srli_epi64(bytes3, 8), _mm_set1_epi64x(0xFFFFFF000000)));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(p), packed);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(p + 6), _mm_unpackhi_epi64(packed, packed));
    p += 12;
  }
#endif
  for (; k < s.size(); ++k) put(s[k]);
  return out;
}

bool is_nfc_stable(std::u32string_view s) {
  for (char32_t c : s) {
    if (c < 0x300) continue;  // nothing below U+0300 composes with a predecessor or decomposes under NFC
    if (in(c, 0x4E00, 0x9FFF) || in(c, 0x3000, 0x303F) || in(c, 0xFF01, 0xFF5E)) continue;
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
    if (in(c, 0x1100, 0x11FF)) return false;  // conjoining jamo compose algorithmically
    if (p->combining_class != 0 || p->comb_index != UINT16_MAX) return false;
    if (p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX) return false;  // canonical decomposition
  }
  return true;
}

bool normalize_nfc(std::string_view s, std::string& out) {
  // utf8proc_map's two steps (decompose, then compose and encode in place), into a buffer
  // of our own: utf8proc_map shrinks its result with realloc, which then is the only
  // caller of realloc in the WebAssembly module (0.4 KB gzipped with utf8proc_map).
  const auto* in = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  const auto length = static_cast<utf8proc_ssize_t>(s.size());
  const auto nfc = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  const utf8proc_ssize_t decomposed = utf8proc_decompose(in, length, nullptr, 0, nfc);
  if (decomposed < 0) return false;
  std::vector<utf8proc_int32_t> buffer(static_cast<std::size_t>(decomposed) + 1);  // (the encoding's closing NUL fits)
  if (utf8proc_decompose(in, length, buffer.data(), decomposed, nfc) != decomposed) return false;
  const utf8proc_ssize_t n = utf8proc_reencode(buffer.data(), decomposed, nfc);
  if (n < 0) return false;
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
  return true;
}

}  // namespace galley::detail
