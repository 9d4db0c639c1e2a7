// The articles stage: units grouped into articles, headlines matched to bodies,
// continuations stitched, furniture sent to residue.
#ifndef GALLEY_ARTICLES_HPP
#define GALLEY_ARTICLES_HPP

#include <vector>

#include "galley/document.h"
#include "galley/options.h"
#include "layout.hpp"
#include "units.hpp"

namespace galley::detail {

/** Builds doc.articles and doc.residue from the page's units. Every unit lands somewhere. */
// (noinline: a stage of the pipeline; see reflow.cpp.)
[[gnu::noinline]] void assemble_articles(std::vector<unit> units, const layout& lay, const options& opts, document& doc);

}  // namespace galley::detail

#endif
