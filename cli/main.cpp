// galley: reflow newspaper page text from a file or standard input.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "arguments.hpp"
#include "huge_pages.hpp"
#include "read_input.hpp"

namespace {

int fail(const std::string& message) {
  std::cerr << "galley: " << message << '\n';
  return 2;
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

  galley::cli::input_bytes input;
  {
    galley::cli::input_source source(args.input);
    if (!source.error().empty()) return fail(source.error());
    if (source.size_before_reading() >= galley::cli::huge_pages_from_bytes) galley::cli::restart_with_huge_pages(argv);
    if (std::string e = source.read_all(input); !e.empty()) return fail(e);
  }
  const galley::result r = galley::reflow(input.view(), args.options);
  if (!r) return fail(std::string(galley::error_message(r.error)));
  // The input is freed before the output is rendered (as large again as the input, or
  // more, in JSON).
  input.release();
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
