// Command-line arguments of the galley tool, parsed without touching the file system.
#ifndef GALLEY_CLI_ARGUMENTS_HPP
#define GALLEY_CLI_ARGUMENTS_HPP

#include <string>
#include <vector>

#include <galley.h>

namespace galley::cli {

enum class output_format { json, markdown, html, text };

struct arguments {
  std::string input = "-";  // a path, or "-" for standard input
  std::string output;       // empty: standard output
  output_format format = output_format::markdown;
  galley::options options = [] {
    galley::options o;
    o.threads = 0;  // (the CLI reads a document's pages on every processor)
    return o;
  }();
  std::string id;           // the page id written into JSON
  bool compact = false;     // one-line JSON
  bool help = false;
  bool version = false;
};

/** Parses argv; returns an empty string on success, else a one-line error message. */
std::string parse_arguments(const std::vector<std::string>& args, arguments& out);

/** The --help text. */
const char* usage();

}  // namespace galley::cli

#endif
