// galley: reflow newspaper page text from a file or standard input.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

#include "arguments.hpp"
#include "huge_pages.hpp"

namespace {

int fail(const std::string& message) {
  std::cerr << "galley: " << message << '\n';
  return 2;
}

// Reads the whole input; returns an error message, or empty on success.
std::string read_input(const std::string& path, std::string& out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = std::move(ss).str();
    return {};
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "cannot read '" + path + "': " + std::strerror(errno);
  if (S_ISDIR(st.st_mode)) return "'" + path + "' is a directory, not a file";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "cannot read '" + path + "': " + std::strerror(errno);
  // The size stat() reported in one read (a byte-at-a-time copy cost as much as a
  // reflow stage); whatever else there is (a pipe, a file still growing) after it.
  out.resize(static_cast<std::size_t>(st.st_size));
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<std::size_t>(in.gcount()));
  if (in) out.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return "error while reading '" + path + "'";
  return {};
}

// The input's size when it can be known before reading it (a file, or standard input
// redirected from one); 0 otherwise.
std::size_t size_before_reading(const std::string& path) {
  struct stat st {};
  const int r = path == "-" ? ::fstat(0, &st) : ::stat(path.c_str(), &st);
  return r == 0 && S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
}

std::string render(const galley::document& doc, const galley::cli::arguments& args) {
  using galley::cli::output_format;
  switch (args.format) {
    case output_format::json: {
      galley::json_options o;
      o.pretty = !args.compact;
      o.id = args.id;
      return galley::to_json(doc, o);
    }
    case output_format::html: return galley::to_html(doc);
    case output_format::text: return galley::to_text(doc);
    case output_format::markdown: break;
  }
  return galley::to_markdown(doc);
}

}  // namespace

int main(int argc, char** argv) {
  galley::cli::arguments args;
  const std::string error = galley::cli::parse_arguments({argv + 1, argv + argc}, args);
  if (!error.empty()) return fail(error);
  if (args.help) { std::cout << galley::cli::usage(); return 0; }
  if (args.version) { std::cout << "galley " << galley::version() << '\n'; return 0; }

  if (size_before_reading(args.input) >= galley::cli::huge_pages_from_bytes) galley::cli::restart_with_huge_pages(argv);

  std::string input;
  if (std::string e = read_input(args.input, input); !e.empty()) return fail(e);
  const galley::result r = galley::reflow(input, args.options);
  if (!r) return fail(std::string(galley::error_message(r.error)));
  // The input is freed before the output is rendered (as large again as the input, or
  // more, in JSON).
  std::string().swap(input);
  for (const galley::warning& w : r.document.warnings) std::cerr << "galley: warning: " << w.message << '\n';

  const std::string text = render(r.document, args);
  if (args.output.empty()) {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) return fail("cannot write to standard output");
    return 0;
  }
  std::ofstream out(args.output, std::ios::binary);
  if (!out) return fail("cannot write '" + args.output + "': " + std::strerror(errno));
  out << text;
  out.close();
  if (!out) return fail("error while writing '" + args.output + "'");
  return 0;
}
