// The articles stage: units grouped into articles, headlines matched to bodies,
// continuations stitched, furniture sent to residue.
#ifndef GALLEY_ARTICLES_HPP
#define GALLEY_ARTICLES_HPP

#include <vector>

#include "galley/document.h"
#include "galley/options.h"
#include "layout.hpp"
#include "stage.hpp"
#include "units.hpp"

namespace galley::detail {

/**
 * Adds the page's articles and residue to doc.articles and doc.residue, from its units.
 * Every unit lands somewhere. False when the work budget ran out (some continuations were
 * then left where they stand).
 */
GALLEY_STAGE bool assemble_articles(std::vector<unit> units, const layout& lay, const options& opts, document& doc);

}  // namespace galley::detail

#endif
