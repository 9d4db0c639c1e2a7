#include "galley/options.h"

#include "galley/document.h"

namespace galley {

bool parse_latin_spacing(std::string_view name, latin_spacing& out) {
  if (name == "keep") { out = latin_spacing::keep; return true; }
  if (name == "remove") { out = latin_spacing::remove; return true; }
  if (name == "add") { out = latin_spacing::add; return true; }
  return false;
}

bool parse_language_hint(std::string_view name, language_hint& out) {
  if (name == "auto" || name == "automatic") { out = language_hint::automatic; return true; }
  if (name == "zh" || name == "chinese" || name == "cjk") { out = language_hint::chinese; return true; }
  if (name == "en" || name == "latin") { out = language_hint::latin; return true; }
  return false;
}

std::string_view name_of(block_kind kind) {
  switch (kind) {
    case block_kind::paragraph: return "paragraph";
    case block_kind::heading: return "heading";
    case block_kind::byline: return "byline";
    case block_kind::caption: return "caption";
    case block_kind::credit: return "credit";
  }
  return "paragraph";
}

}  // namespace galley
