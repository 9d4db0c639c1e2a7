// The JSON contract of shared/eval/FORMAT.md, written by hand: the format is small and
// fixed, and a JSON library would add size to the WASM module for no gain.
#include <cmath>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "galley/render.h"
#include "stage.hpp"
#include "text.hpp"

namespace galley {

namespace {

// The rounding error of a * b: exactly a * b - fl(a * b) (Dekker's product; std::fma would
// do, but WebAssembly has no fused multiply-add and its software one is 1 KB).
GALLEY_SMALL double product_error(double a, double b, double p) {
  const auto split = [](double v, double& hi, double& lo) {
    const double c = 134217729.0 * v;  // 2^27 + 1
    hi = c - (c - v);
    lo = v - hi;
  };
  double ah, al, bh, bl;
  split(a, ah, al);
  split(b, bh, bl);
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

// Rounds x * 10^k (k >= 0) or x / 10^-k (k < 0), for x > 0, to the nearest integer, ties to
// even, as printf rounds the exact binary value: the product or quotient is rounded to a
// double, and the exact error of that rounding settles the ties it made. (Exact for
// |k| <= 22, where 10^|k| is a double; outside that, to within one in the last digit.)
GALLEY_SMALL double scaled_round(double x, int k) {
  const int m = k < 0 ? -k : k;
  double s = 1;
  for (int i = 0; i < m; ++i) s *= 10;
  const double p = k >= 0 ? x * s : x / s;
  double err = 0;  // has the sign of the exact value minus p
  if (m <= 22 && k >= 0) err = product_error(x, s, p);
  if (m <= 22 && k < 0) {
    const double back = p * s;  // x - p * s exactly is (x - back) - its error; x - back is exact
    err = (x - back) - product_error(p, s, back);
  }
  const double n = std::floor(p);
  const double frac = p - n;
  const bool odd = n - 2 * std::floor(n / 2) != 0;
  return frac > 0.5 || (frac == 0.5 && (err > 0 || (err == 0 && odd))) ? n + 1 : n;
}

// printf's "%.4g" without printf (which adds 7 KB to the WASM module): four significant
// digits, trailing zeros dropped, the exponent form below 1e-4 and from 1e4 on.
GALLEY_SMALL void append_g4(std::string& out, double d) {
  if (std::signbit(d)) out += '-';
  d = std::fabs(d);
  if (std::isnan(d)) { out += "nan"; return; }
  if (std::isinf(d)) { out += "inf"; return; }
  if (d == 0) { out += '0'; return; }
  int bias = 0;  // tiny values are scaled into range first (to within one in the last digit)
  if (d < 1e-280) { d *= 1e300; bias = -300; }
  int binary;
  std::frexp(d, &binary);
  int e = (binary - 1) * 30103 / 100000 - 1;  // near the decimal exponent, and corrected below
  double n = scaled_round(d, 3 - e);
  while (n < 1000 || n >= 10000) {
    e += n < 1000 ? -1 : 1;
    n = scaled_round(d, 3 - e);
  }
  e += bias;
  char digits[4];
  for (int i = 3, v = static_cast<int>(n); i >= 0; --i, v /= 10) digits[i] = static_cast<char>('0' + v % 10);
  int last = 3;  // the last digit written: trailing zeros go
  if (e >= -4 && e < 4) {
    const int point = e >= 0 ? e : -1;  // the digit the decimal point follows
    while (last > point && digits[last] == '0') --last;
    if (e < 0) out.append("0.").append(static_cast<std::size_t>(-e - 1), '0');
    for (int i = 0; i <= last; ++i) {
      out += digits[i];
      if (i == point && i < last) out += '.';
    }
    return;
  }
  while (last > 0 && digits[last] == '0') --last;
  out += digits[0];
  if (last > 0) out.append(1, '.').append(digits + 1, static_cast<std::size_t>(last));
  out += e < 0 ? "e-" : "e+";
  if (e > -10 && e < 10) out += '0';
  out += std::to_string(e < 0 ? -e : e);
}

// Copies n bytes, for the writer's short pieces (a key, an indent, a number, most under 32
// bytes), without a call: in the WebAssembly module a copy of a length not known at compile
// time is a call of libc's memmove (wasm/memory.c), which cost more than the bytes it moved
// (a sixth of to_json's time).
inline void copy_bytes(char* d, const char* s, std::size_t n) {
  // (Two copies that overlap cover every length between one and twice their width.)
  const auto two = [d, s, n]<typename word>(word) {
    word a, b;
    std::memcpy(&a, s, sizeof a);
    std::memcpy(&b, s + n - sizeof b, sizeof b);
    std::memcpy(d, &a, sizeof a);
    std::memcpy(d + n - sizeof b, &b, sizeof b);
  };
  if (n > 32) {
    std::memcpy(d, s, n);
  } else if (n > 16) {
    two(std::uint64_t{});
    std::uint64_t a, b;
    std::memcpy(&a, s + 8, 8);
    std::memcpy(&b, s + n - 16, 8);
    std::memcpy(d + 8, &a, 8);
    std::memcpy(d + n - 16, &b, 8);
  } else if (n >= 8) {
    two(std::uint64_t{});
  } else if (n >= 4) {
    two(std::uint32_t{});
  } else if (n > 0) {
    d[0] = s[0];
    d[n / 2] = s[n / 2];
    d[n - 1] = s[n - 1];
  }
}

// n in decimal at p (room for 20 digits); returns the end. (std::to_chars is four calls a
// number in the module, libc++'s digit-pair helpers not inlined: a tenth of to_json's time
// on the lines' provenance.)
inline char* decimal(char* p, std::size_t n) {
  std::size_t digits = 1;
  for (std::size_t rest = n; rest >= 10; rest /= 10) ++digits;
  char* const end = p + digits;
  for (char* q = end; q != p; n /= 10) *--q = static_cast<char>('0' + n % 10);
  return end;
}

// A line break and indents of up to 32 levels, for the writer's short pieces.
constexpr std::string_view indented = "\n                                                                ";
constexpr std::string_view spaces = indented.substr(1);

class json_writer {
 public:
  json_writer(bool pretty, bool ascii, std::size_t omit_from, std::size_t expected)
      : pretty_(pretty), ascii_(ascii), omit_from_(omit_from) {
    out_.reserve(expected);
    // (A table: the scan for the next byte to escape is the stage's inner loop.)
    for (unsigned c = 0; c < 256; ++c) escaped_[c] = c < 0x20 || (ascii && c >= 0x80) || c == '"' || c == '\\';
  }

  void open(char bracket) { separator(); put(bracket); ++depth_; first_ = true; }
  void close(char bracket) {
    --depth_;
    if (!first_) newline();
    put(bracket);
    first_ = false;
  }
  // Keys are the format's own names, never anything to escape: the separator, the indent
  // and the key go in one append (a key cost six appends; a page's blocks have three keys each).
  void key(std::string_view k) {
    char buf[96];
    const std::size_t indent = pretty_ ? static_cast<std::size_t>(depth_) * 2 : 0;
    if (after_key_ || depth_ == 0 || indent > spaces.size() || indent + k.size() + 8 > sizeof buf) {
      separator();
      put('"');
      put(k);
      put(pretty_ ? std::string_view("\": ") : std::string_view("\":"));
    } else {
      char* p = buf;
      if (!first_) *p++ = ',';
      first_ = false;
      if (pretty_) {
        *p++ = '\n';
        copy_bytes(p, spaces.data(), indent);  // (std::fill_n was a call of memset in the module)
        p += indent;
      }
      *p++ = '"';
      copy_bytes(p, k.data(), k.size());
      p += k.size();
      *p++ = '"';
      *p++ = ':';
      if (pretty_) *p++ = ' ';
      put(std::string_view(buf, static_cast<std::size_t>(p - buf)));
    }
    after_key_ = true;
  }
  void value(std::string_view s) { separator(); string_literal(s.size() < omit_from_ ? s : std::string_view()); }
  void value(std::size_t n) {
    separator();
    number(n);
  }
  void value(bool b) { separator(); put(b ? "true" : "false"); }
  void value(double d) {
    separator();
    flush();
    append_g4(out_, d);
  }
  void lines(const std::vector<line_range>& ranges) {
    open('[');
    for (const line_range& r : ranges) {
      separator();
      // ("[first,last]" made here and put in one append, not five.)
      char buf[64];
      char* p = buf;
      *p++ = '[';
      p = decimal(p, static_cast<std::size_t>(r.first));
      *p++ = ',';
      p = decimal(p, static_cast<std::size_t>(r.last));
      *p++ = ']';
      put(std::string_view(buf, static_cast<std::size_t>(p - buf)));
    }
    close(']');
  }
  std::string take() {
    put('\n');
    flush();
    return std::move(out_);
  }

 private:
  void newline() {
    if (!pretty_) return;
    // (The line break and the indent in one append: an append of two spaces a level cost
    // more than the text on English pages, a block's lines nested six deep.)
    const std::size_t n = 1 + 2 * static_cast<std::size_t>(depth_);
    if (n <= indented.size()) { put(indented.substr(0, n)); return; }
    put('\n');
    for (int i = 0; i < depth_; ++i) put("  ");
  }
  void separator() {
    if (after_key_) { after_key_ = false; return; }
    if (depth_ == 0) return;
    if (!first_) put(',');
    newline();
    first_ = false;
  }
  void number(std::size_t n) {
    char buf[24];
    put(std::string_view(buf, static_cast<std::size_t>(decimal(buf, n) - buf)));
  }
  bool needs_escape(char ch) const { return escaped_[static_cast<unsigned char>(ch)]; }
  // Whether any of the eight bytes of w needs an escape (needs_escape's answer for a word:
  // a byte below 0x20, a quote or a backslash, or past ASCII when asked; each test is exact
  // for "any": a borrow can only mark a byte above one that holds).
  bool any_escaped8(std::uint64_t w) const {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v; };
    std::uint64_t m = ((w - ones * 0x20) & ~w) | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'));
    if (ascii_) m |= w;
    return (m & highs) != 0;
  }
  // "\u" and a UTF-16 code unit in four hex digits.
  void escape(char32_t unit) {
    put("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) put("0123456789abcdef"[(unit >> shift) & 0xF]);
  }
  // (Out of line and built for speed: the callers around it, once an article or a
  // document, are built for size in the module.)
  [[gnu::noinline]] void string_literal(std::string_view s) {
    put('"');
    std::size_t k = 0;
    while (k < s.size()) {
      // Copy the run up to the next character that needs an escape in one go.
      // (Eight bytes at a time while none needs one: text runs long between escapes.)
      std::size_t run = k;
#if defined(__SSE2__)
      // (Sixteen bytes at a time by SSE2, which every x86-64 processor has and the module
      // has as WebAssembly SIMD: the scan was a fifth of the stage on English text.)
      for (; run + 16 <= s.size(); run += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
        // (Below 0x20 as signed bytes: 0x00-0x1F, and past ASCII, which is negative.)
        __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
        const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
        m = _mm_or_si128(m, ascii_ ? low : _mm_andnot_si128(v, low));  // (v's sign bit: past ASCII)
        if (_mm_movemask_epi8(m) != 0) break;
      }
#endif
      for (std::uint64_t w; run + 8 <= s.size(); run += 8) {
        std::memcpy(&w, s.data() + run, 8);
        if (any_escaped8(w)) break;
      }
      while (run < s.size() && !needs_escape(s[run])) ++run;
      put(s.substr(k, run - k));
      if (run == s.size()) break;
      k = run + 1;
      const auto c = static_cast<unsigned char>(s[run]);
      switch (c) {
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\n': put("\\n"); break;
        case '\t': put("\\t"); break;
        case '\r': put("\\r"); break;
        default:
          if (c < 0x80) {
            escape(c);
          } else {
            // (The core's own UTF-8, well formed: next_char reads it as the stages do.)
            const char* p = s.data() + run;
            char32_t u = detail::next_char(p);
            k = static_cast<std::size_t>(p - s.data());
            if (u >= 0x10000) {  // (a surrogate pair)
              escape(0xD800 + ((u - 0x10000) >> 10));
              u = 0xDC00 + (u & 0x3FF);
            }
            escape(u);
          }
      }
    }
    put('"');
  }

  // Output goes through a buffer of its own: a character appended to a std::string
  // is a call in the WebAssembly module (libc++'s string members are compiled in its
  // library, not inlined), and the JSON is written a few characters at a time. (4 KB, not
  // 256 B: an append costs some ten calls of libc++'s accessors in the module, a tenth of
  // to_json's time when the buffer was flushed every 256 bytes.)
  void put(char c) {
    if (fill_ == sizeof buf_) flush();
    buf_[fill_++] = c;
  }
  [[gnu::noinline]] void put(std::string_view s) {
    if (s.size() > sizeof buf_ - fill_) {
      flush();
      if (s.size() > sizeof buf_ / 2) { out_.append(s); return; }
    }
    copy_bytes(buf_ + fill_, s.data(), s.size());
    fill_ += s.size();
  }
  [[gnu::noinline]] void flush() {
    out_.append(buf_, fill_);
    fill_ = 0;
  }

  char buf_[4096];
  std::size_t fill_ = 0;
  std::string out_;
  bool pretty_;
  bool ascii_;
  std::size_t omit_from_;  // (strings this long are written empty: json_options::omit_from)
  bool escaped_[256];  // by byte: written as an escape (control characters, quote, backslash; past ASCII when asked)
  int depth_ = 0;
  bool first_ = true;
  bool after_key_ = false;
};

GALLEY_SMALL void write_stats(json_writer& w, const statistics& s) {
  w.key("stats");
  w.open('{');
  const std::pair<const char*, std::size_t> counts[] = {
      {"input_bytes", s.input_bytes},
      {"input_lines", s.input_lines},
      {"pages", s.pages},
      {"invalid_bytes_replaced", s.invalid_bytes_replaced},
      {"control_chars_removed", s.control_chars_removed},
      {"byte_order_marks_removed", s.byte_order_marks_removed},
      {"layout_spaces_removed", s.layout_spaces_removed},
      {"line_end_hyphens_removed", s.line_end_hyphens_removed},
      {"soft_hyphens_removed", s.soft_hyphens_removed},
      {"zero_width_removed", s.zero_width_removed},
      {"characters_mapped", s.characters_mapped},
      {"markup_removed", s.markup_removed},
      {"side_by_side_lines", s.side_by_side_lines},
      {"articles", s.articles},
      {"blocks", s.blocks},
      {"residue_items", s.residue_items},
  };
  for (const auto& [name, n] : counts) { w.key(name); w.value(n); }
  w.key("double_spaced");
  w.value(s.double_spaced);
  w.close('}');
}

// Room for the output, estimated generously: grown by doubling, a document's JSON (26 MB
// for 10 MB of Chinese) was copied at each step and its last buffer up to half unused;
// room reserved and never written is never touched either.
std::size_t expected_size(const document& doc) {
  std::size_t n = 4096 + 256 * doc.explanation.size();
  for (const article& a : doc.articles) {
    n += 512 + a.headline.size() + 256 * a.deck.size();  // (a deck line is short)
    for (const block& b : a.blocks) n += 256 + b.text.size();
  }
  for (const residue_item& r : doc.residue) n += 256 + r.text.size();
  return n;
}

}  // namespace

// (The document's structure, once an article, a block or a document, built for size in the
// WebAssembly module: its texts' bytes are string_literal()'s, built for speed.)
GALLEY_SMALL std::string to_json(const document& doc, const json_options& opts) {
  json_writer w(opts.pretty, opts.ascii, opts.omit_from, expected_size(doc));
  w.open('{');
  if (!opts.id.empty()) { w.key("id"); w.value(opts.id); }
  w.key("lang");
  w.value(doc.lang);
  w.key("articles");
  w.open('[');
  for (const article& a : doc.articles) {
    w.open('{');
    w.key("headline");
    w.value(a.headline);
    w.key("deck");
    w.open('[');
    for (const std::string& d : a.deck) w.value(d);
    w.close(']');
    w.key("blocks");
    w.open('[');
    for (const block& b : a.blocks) {
      w.open('{');
      w.key("kind");
      w.value(name_of(b.kind));
      w.key("text");
      w.value(b.text);
      if (opts.extras) { w.key("lines"); w.lines(b.lines); }
      w.close('}');
    }
    w.close(']');
    if (opts.extras) {
      w.key("headline_lines");
      w.lines(a.headline_lines);
      w.key("deck_lines");
      w.open('[');
      for (const auto& d : a.deck_lines) w.lines(d);
      w.close(']');
    }
    w.close('}');
  }
  w.close(']');
  w.key("residue");
  w.open('[');
  for (const residue_item& r : doc.residue) {
    w.open('{');
    w.key("kind");
    w.value(r.kind);
    w.key("text");
    w.value(r.text);
    if (opts.extras) {
      w.key("reason");
      w.value(r.reason);
      w.key("lines");
      w.lines(r.lines);
    }
    w.close('}');
  }
  w.close(']');
  if (opts.extras) {
    write_stats(w, doc.stats);
    w.key("warnings");
    w.open('[');
    for (const warning& x : doc.warnings) {
      w.open('{');
      w.key("code");
      w.value(x.code);
      w.key("message");
      w.value(x.message);
      w.close('}');
    }
    w.close(']');
    if (!doc.explanation.empty()) {
      w.key("explanation");
      w.open('[');
      for (const line_explanation& e : doc.explanation) {
        w.open('{');
        w.key("line");
        w.value(static_cast<std::size_t>(e.line));
        w.key("role");
        w.value(e.role);
        w.key("scores");
        w.open('{');
        for (const auto& [name, score] : e.scores) { w.key(name); w.value(score); }
        w.close('}');
        w.close('}');
      }
      w.close(']');
    }
  }
  w.close('}');
  return w.take();
}

}  // namespace galley
