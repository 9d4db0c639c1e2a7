#include "arguments.hpp"

namespace galley::cli {

const char* usage() {
  return "usage: galley [FILE|-] [options]\n"
         "Turns the raw text of a newspaper page into headline-separated articles.\n"
         "\n"
         "  FILE                    the page as UTF-8 text; '-' or nothing reads standard input.\n"
         "                          A form feed ends a page (pdftotext prints one after each):\n"
         "                          each page is read on its own, and a story that jump lines\n"
         "                          (\"下转第3版\" / \"上接第1版\") carry to a later page is one article\n"
         "  -f, --format FORMAT     json | markdown | html | text (default: markdown)\n"
         "  -o, --output FILE       write to FILE instead of standard output\n"
         "      --spacing MODE      CJK-Latin spacing: keep | remove | add (default: keep)\n"
         "      --lang LANG         language hint: auto | zh | en (default: auto)\n"
         "      --keep-line-breaks  keep the input's line breaks inside paragraphs\n"
         "      --explain           add per-line role scores to the JSON output\n"
         "      --id ID             page id written into the JSON output\n"
         "      --compact           one-line JSON\n"
         "      --max-input-bytes N refuse inputs larger than N bytes (default: 67108864)\n"
         "  -j, --jobs N            read the pages (ended by form feeds) on N threads\n"
         "                          (default: 0, one per processor)\n"
         "  -h, --help              show this help\n"
         "  -V, --version           show the version\n";
}

std::string parse_arguments(const std::vector<std::string>& args, arguments& out) {
  bool have_input = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& v) -> bool {
      if (i + 1 >= args.size()) return false;
      v = args[++i];
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help") {
      out.help = true;
    } else if (a == "-V" || a == "--version") {
      out.version = true;
    } else if (a == "-f" || a == "--format") {
      if (!value(v)) return "missing value after " + a;
      if (v == "json") out.format = output_format::json;
      else if (v == "markdown" || v == "md") out.format = output_format::markdown;
      else if (v == "html") out.format = output_format::html;
      else if (v == "text" || v == "txt") out.format = output_format::text;
      else return "unknown format '" + v + "' (expected json, markdown, html or text)";
    } else if (a == "-o" || a == "--output") {
      if (!value(out.output)) return "missing file name after " + a;
    } else if (a == "--spacing") {
      if (!value(v)) return "missing value after --spacing";
      if (!parse_latin_spacing(v, out.options.spacing))
        return "unknown spacing '" + v + "' (expected keep, remove or add)";
    } else if (a == "--lang") {
      if (!value(v)) return "missing value after --lang";
      if (!parse_language_hint(v, out.options.language))
        return "unknown language '" + v + "' (expected auto, zh or en)";
    } else if (a == "--keep-line-breaks") {
      out.options.keep_line_breaks = true;
    } else if (a == "--explain") {
      out.options.explain = true;
    } else if (a == "--compact") {
      out.compact = true;
    } else if (a == "--id") {
      if (!value(out.id)) return "missing value after --id";
    } else if (a == "--max-input-bytes") {
      if (!value(v)) return "missing value after --max-input-bytes";
      std::size_t n = 0;
      for (char c : v) {
        if (c < '0' || c > '9' || n > (std::size_t{1} << 50)) return "invalid size '" + v + "'";
        n = n * 10 + static_cast<std::size_t>(c - '0');
      }
      if (v.empty() || n == 0) return "invalid size '" + v + "'";
      out.options.max_input_bytes = n;
    } else if (a == "-j" || a == "--jobs") {
      if (!value(v)) return "missing value after " + a;
      unsigned n = 0;
      for (char c : v) {
        if (c < '0' || c > '9' || n > 4096) return "invalid number of jobs '" + v + "'";
        n = n * 10 + static_cast<unsigned>(c - '0');
      }
      if (v.empty() || n > 4096) return "invalid number of jobs '" + v + "'";
      out.options.threads = n;
    } else if (a.size() > 1 && a[0] == '-') {
      return "unknown option '" + a + "' (see --help)";
    } else {
      if (have_input) return "more than one input file given ('" + out.input + "' and '" + a + "')";
      out.input = a;
      have_input = true;
    }
  }
  return {};
}

}  // namespace galley::cli
