#include "text.hpp"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "unicode.hpp"
#include "utf8.hpp"

namespace galley::detail {

namespace {

bool is_zero_width(char32_t c) {
  // ZWJ and ZWNJ are kept: they join emoji sequences and shape Indic and Arabic text.
  return c == 0x200B || c == 0x2060 || c == 0xFEFF;
}

// Characters past ASCII that the stage removes or replaces.
bool changes(char32_t c) {
  return c < 0xA0 || is_zero_width(c) || c == 0x00AD || !stands_for(c).empty();
}

// Whether NFC may change c: is_nfc_stable's test, a character at a time, its commonest
// answers first (they are its own).
bool nfc_unstable(char32_t c) {
  if (c < 0x300 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E))
    return false;
  return !is_nfc_stable(std::u32string_view(&c, 1));
}

// Whether the three bytes at p are one of the common ideographs or CJK punctuation
// (U+4E00–U+9FFF, U+3000–U+303F, U+FF01–U+FF5E): characters that stand for themselves
// and which NFC leaves alone, told from the bytes without decoding them. (The second
// byte's range by the lead's low half from a table, not a switch on the lead: in the
// module a switch is a jump table, an indirect branch a character that the varying leads
// mispredict.)
inline bool common_cjk_at(const char* p) {
  const auto b0 = static_cast<unsigned char>(p[0]), b1 = static_cast<unsigned char>(p[1]),
             b2 = static_cast<unsigned char>(p[2]);
  // The second byte from lowest[k] to lowest[k] + span[k], k the lead less E0: 80 after
  // E3, B8-BF after E4, 80-BF after E5-E9, BC-BD after EF; no byte after other leads.
  static constexpr std::uint16_t lowest[16] = {0x100, 0x100, 0x100, 0x80, 0xB8, 0x80, 0x80, 0x80,
                                               0x80, 0x80, 0x100, 0x100, 0x100, 0x100, 0x100, 0xBC};
  static constexpr std::uint8_t span[16] = {0, 0, 0, 0, 7, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0, 0, 0, 0, 0, 1};
  const unsigned k = b0 - 0xE0u;
  if (k > 15 || (b2 ^ 0x80u) >= 0x40 || b1 - unsigned{lowest[k]} > span[k]) return false;
  if (b0 == 0xEF) return b1 == 0xBC ? b2 >= 0x81 : b2 <= 0x9E;  // U+FF01–U+FF5E
  return true;
}

#if defined(__SSE2__)
// Which of the fifteen bytes at p belong to characters common_cjk_at() accepts, read as
// five characters of three bytes: a bit a byte, 0x7FFF when all five are (sixteen bytes
// read, the last not looked at). Each byte is held to the range its place in a character
// allows, and a character's bytes depend on its own alone. (In the module by WebAssembly
// SIMD too: one character at a time, the text stage ran at 4x its native time there on a
// long Chinese line.)
inline unsigned common_cjk5_at(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // (Lanes by place: leads at 0, 3, 6, 9 and 12, first continuation bytes after them,
  // second ones after those; lane 15 passes whatever it holds.)
  const __m128i lead = _mm_setr_epi8(-1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, 0);
  const __m128i first = _mm_slli_si128(lead, 1), second = _mm_slli_si128(lead, 2);
  const auto in_range = [](__m128i x, __m128i lo, __m128i width) {  // lo <= x <= lo + width, unsigned
    const __m128i d = _mm_sub_epi8(x, lo);
    return _mm_cmpeq_epi8(_mm_min_epu8(d, width), d);
  };
  const auto is = [&v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  // A lead: E3 (U+3000-U+303F), E4-E9 (U+4E00-U+9FFF), EF (U+FF01-U+FF5E).
  const __m128i e3 = is('\xE3'), e4 = is('\xE4'), ef = is('\xEF');
  const __m128i lead_ok = _mm_or_si128(in_range(v, _mm_set1_epi8('\xE3'), _mm_set1_epi8(6)), ef);
  // The byte after it: 80-BF, but 80 after E3, B8-BF after E4 and BC-BD after EF.
  const __m128i after_e3 = _mm_slli_si128(e3, 1), after_e4 = _mm_slli_si128(e4, 1), after_ef = _mm_slli_si128(ef, 1);
  const __m128i lo1 = _mm_or_si128(_mm_set1_epi8('\x80'), _mm_or_si128(_mm_and_si128(after_e4, _mm_set1_epi8(0x38)),
                                                                     _mm_and_si128(after_ef, _mm_set1_epi8(0x3C))));
  // (The width: 0 after E3, 1 after EF, 7 after E4, 3F otherwise.)
  const __m128i width1 = _mm_or_si128(
      _mm_sub_epi8(_mm_andnot_si128(_mm_or_si128(after_e3, after_ef), _mm_set1_epi8(0x3F)), _mm_and_si128(after_e4, _mm_set1_epi8(0x38))),
      _mm_and_si128(after_ef, _mm_set1_epi8(1)));
  const __m128i first_ok = in_range(v, lo1, width1);
  // The last byte: 80-BF, but 81-BF after EF BC and 80-9E after EF BD.
  const __m128i ef_bc = _mm_slli_si128(_mm_and_si128(after_ef, is('\xBC')), 1);
  const __m128i ef_bd = _mm_slli_si128(_mm_and_si128(after_ef, is('\xBD')), 1);
  const __m128i lo2 = _mm_sub_epi8(_mm_set1_epi8('\x80'), ef_bc);  // (a mask is -1: 80 + 1)
  const __m128i width2 = _mm_sub_epi8(_mm_add_epi8(_mm_set1_epi8(0x3F), ef_bc), _mm_and_si128(ef_bd, _mm_set1_epi8(0x21)));
  const __m128i second_ok = in_range(v, lo2, width2);
  const __m128i ok = _mm_or_si128(_mm_or_si128(_mm_and_si128(lead, lead_ok), _mm_and_si128(first, first_ok)),
                                  _mm_and_si128(second, second_ok));
  return static_cast<unsigned>(_mm_movemask_epi8(ok));
}
#endif

// Whether the eight bytes at p are all ASCII.
inline bool ascii8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080u) == 0;
}

}  // namespace

char32_t* decode_to(std::string_view s, char32_t* o) {
  const char *p = s.data(), *const e = p + s.size();
  if (s.size() >= 8 && ascii8(p)) {
    // A line that opens with eight ASCII bytes is most likely Latin, mostly ASCII: after an
    // ASCII character, eight bytes at a time while they are ASCII. (Not on other lines: a
    // CJK line's digits and spaces would pay for the test and rarely pass it.)
    while (p < e) {
      const char32_t c = *o++ = next_char(p);
      if (c >= 0x80) continue;
      for (; e - p >= 8 && ascii8(p); p += 8, o += 8)
        for (int k = 0; k < 8; ++k) o[k] = static_cast<unsigned char>(p[k]);
    }
  } else {
    // (Three bytes tested for first: most characters of a Chinese line.)
    auto at = [&p](int k) { return static_cast<char32_t>(static_cast<unsigned char>(p[k]) & 0x3Fu); };
    while (p < e) {
      const auto b = static_cast<unsigned char>(*p);
      if ((b & 0xF0) != 0xE0) {
        *o++ = next_char(p);
        continue;
      }
      *o++ = ((b & 0x0Fu) << 12) | (at(1) << 6) | at(2);
      p += 3;
    }
  }
  return o;
}

std::u32string_view decode_into(std::string_view s, char32_buffer& buf) {
  char32_t* const begin = buf.room(s.size());  // (at most a code point a byte)
  return {begin, static_cast<std::size_t>(decode_to(s, begin) - begin)};
}

page_text decode_page(std::string_view input, statistics& st) {
  page_text t;
  // Room for a line per line break, counted by memchr (which reads a word at a time or more),
  // and for a final '\n', the line it ends and the end mark.
#if defined(__SSE2__)
  // (Both in one pass, sixteen bytes at a time by SSE2: memchr was called once a
  // line. A byte's count of matches goes down by one a match, summed every 255 rounds.)
  const auto breaks = [&input] {
    std::size_t n = 0, k = 0;
    const char* const p = input.data();
    while (k + 16 <= input.size()) {
      __m128i down = _mm_setzero_si128();
      for (int round = 0; round < 255 && k + 16 <= input.size(); ++round, k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
        down = _mm_add_epi8(down, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
      }
      const __m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), down), _mm_setzero_si128());
      n += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    }
    for (; k < input.size(); ++k) n += p[k] == '\n' || p[k] == '\r';
    return n;
  };
  t.line_begin.reserve(breaks() + 2);
#else
  const auto count = [&input](char c) {
    std::size_t n = 0;
    for (const char *p = input.data(), *e = p + input.size(); (p = static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(e - p)))); ++p) ++n;
    return n;
  };
  t.line_begin.reserve(count('\n') + count('\r') + 2);
#endif
  t.line_begin.push_back(0);
  std::size_t start = 0;
  if (input.substr(0, 3) == "\xEF\xBB\xBF") { start = 3; ++st.byte_order_marks_removed; }
  // The text is the input itself until something in it must change; from there on it is
  // copied into t.own_, a clean run at a time (input[run, i) not yet copied).
  bool copying = false;
  std::size_t run = start;
  std::string& own = t.own_;
  auto out_size = [&](std::size_t i) { return copying ? own.size() + (i - run) : i - start; };
  auto divert = [&](std::size_t i) {
    if (!copying) {
      copying = true;
      own.reserve(input.size() - start + 16);
    }
    own.append(input.substr(run, i - run));
  };
  bool unstable = false;  // some character may change under NFC
  std::size_t i = start;
  while (i < input.size()) {
    // Printable ASCII stands for itself: most bytes of most pages take this path, eight at
    // a time while they can (no byte past ASCII, below 0x20 or 0x7F among them; not tried
    // after a lone ASCII character, a Chinese page's space between ideographs), then a
    // byte at a time to the run's end.
    const auto b = static_cast<unsigned char>(input[i]);
    if (b >= 0x20 && b < 0x7F) {
      std::uint64_t w;
      if (++i + 8 <= input.size() && static_cast<unsigned char>(input[i]) < 0x80) {
#if defined(__SSE2__)
        // (Sixteen at a time by SSE2, which every x86-64 processor has and the WebAssembly
        // module has as SIMD (wasm/CMakeLists.txt). Past ASCII is negative as a signed byte.)
        for (; i + 16 <= input.size(); i += 16) {
          const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(input.data() + i));
          const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)), _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
          if (_mm_movemask_epi8(printable) != 0xFFFF) break;
        }
#endif
        for (; i + 8 <= input.size(); i += 8) {
          std::memcpy(&w, input.data() + i, 8);
          if (!printable_ascii8(w)) break;
        }
        while (i < input.size() && input[i] >= 0x20 && input[i] < 0x7F) ++i;  // (the run's last bytes)
      }
      continue;
    }
    // The common ideographs and CJK punctuation (most of a Chinese page), a run at a time.
    if (b >= 0xE3 && b <= 0xEF) {
      const std::size_t from = i;
      for (;;) {
        const std::size_t begin = i;
        // (The first two one at a time: on a page set with spaces between its ideographs most
        // runs are one character long, and a run of five tested at once costs more.)
        for (int k = 0; k < 2 && i + 2 < input.size() && common_cjk_at(input.data() + i); ++k) i += 3;
        bool more = i == begin + 6;
#if defined(__SSE2__)
        // (Five at a time, and then one: a run that ends there, a line of seven ideographs,
        // is not tested five at a time again to find it ended.)
        while (more && i + 16 <= input.size()) {
          const unsigned ok = common_cjk5_at(input.data() + i);
          if (ok != 0x7FFF) {
            i += 3 * (static_cast<unsigned>(__builtin_ctz(~ok)) / 3);  // (the characters before the first that is not)
            more = false;
          } else if (i += 15; i + 2 < input.size() && common_cjk_at(input.data() + i)) {
            i += 3;
          } else {
            more = false;
          }
        }
#endif
        if (more)
          while (i + 2 < input.size() && common_cjk_at(input.data() + i)) i += 3;
        // A justified line's ideographs one space apart ("伙 伴 关 系") go on with the run: the
        // space stands for itself too, and each went once round the whole loop. (A space and
        // an ideograph at a time while they last: the run's tests would stop at the space.)
        if (i + 3 < input.size() && input[i] == ' ' && common_cjk_at(input.data() + i + 1)) {
          do i += 4;
          while (i + 3 < input.size() && input[i] == ' ' && common_cjk_at(input.data() + i + 1));
          continue;
        }
        break;
      }
      if (i != from) continue;
    }
    if (b == '\n') {
      ++i;
      t.line_begin.push_back(static_cast<std::uint32_t>(out_size(i)));
      continue;
    }
    char32_t c = 0;
    // (An invalid byte is replaced by itself alone, as the WHATWG decoder does for most cases.)
    const std::size_t len = decode_utf8(input, i, c);
    if (len > 1 && !changes(c)) {
      unstable = unstable || nfc_unstable(c);
      i += len;
      continue;
    }
    divert(i);
    if (len == 0) {
      ++st.invalid_bytes_replaced;
      append_utf8(own, 0xFFFD);  // (which NFC leaves alone)
      run = ++i;
      continue;
    }
    i += len;
    if (c == U'\r') {
      if (i < input.size() && input[i] == '\n') ++i;
      own.push_back('\n');
      t.line_begin.push_back(static_cast<std::uint32_t>(own.size()));
    } else if (c == U'\t') {
      own.push_back(' ');
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      ++st.control_chars_removed;
    } else if (is_zero_width(c)) {
      ++st.zero_width_removed;
    } else if (c == 0x00AD) {
      ++st.soft_hyphens_removed;
      // At a line's end it says where a word was split: the units stage joins it back.
      std::size_t j = i;
      while (j < input.size() && (input[j] == ' ' || input[j] == '\t')) ++j;
      const auto line_index = static_cast<std::uint32_t>(t.line_begin.size() - 1);
      if ((j == input.size() || input[j] == '\n' || input[j] == '\r') &&
          (t.soft_hyphen_lines.empty() || t.soft_hyphen_lines.back() != line_index))
        t.soft_hyphen_lines.push_back(line_index);
    } else {
      // (What they stand for, unified ideographs and ASCII letters, NFC leaves alone.)
      for (char32_t m : stands_for(c)) append_utf8(own, m);
      ++st.characters_mapped;
    }
    run = i;
  }
  if (copying) {
    own.append(input.substr(run));
    t.borrowed_ = false;
  } else {
    t.input_ = input.substr(start);
  }
  // A '\n' after the last line is implied when the text lacks one.
  const std::size_t size = t.bytes().size();
  if (size == 0 || t.line_begin.back() != size) t.line_begin.push_back(static_cast<std::uint32_t>(size + 1));
  st.input_bytes = input.size();
  st.input_lines = t.line_count();
  if (unstable) {
    // Normalise line by line, so that line numbers stay those of the input.
    std::string n;
    n.reserve(t.bytes().size() + t.bytes().size() / 8 + 16);
    std::vector<std::uint32_t> begin;
    begin.reserve(t.line_begin.size());
    begin.push_back(0);
    char32_buffer buf;
    for (std::size_t l = 0; l < t.line_count(); ++l) {
      const std::string_view line = t.line(l);
      if (is_nfc_stable(decode_into(line, buf)) || !normalize_nfc(line, n)) n += line;
      n.push_back('\n');
      begin.push_back(static_cast<std::uint32_t>(n.size()));
    }
    t.own_ = std::move(n);
    t.borrowed_ = false;
    t.line_begin = std::move(begin);
  }
  return t;
}

}  // namespace galley::detail
