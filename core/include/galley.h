// Galley: turns the raw text of a newspaper page into headline-separated articles.
//
// One umbrella header over the per-topic headers in galley/.
//
// @example
//   galley::result r = galley::reflow(page_text);
//   if (!r) { std::cerr << galley::error_message(r.error) << '\n'; return 1; }
//   std::cout << galley::to_markdown(r.document);
#ifndef GALLEY_H
#define GALLEY_H

#include "galley/options.h"
#include "galley/document.h"
#include "galley/reflow.h"
#include "galley/render.h"

#endif
