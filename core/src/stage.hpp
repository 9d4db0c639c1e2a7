// GALLEY_STAGE marks a pipeline stage or a pass of the articles stage: large, called once
// per page, and kept a function of its own in the WebAssembly module instead of being
// inlined into its caller. Inlined, the whole pipeline was one 85 KB function, which a
// browser's baseline compiler has to take whole on the first call of a page, and which was
// 2 KB larger (see wasm/CMakeLists.txt for the link's side of it). Native builds inline as
// the compiler sees fit.
#ifndef GALLEY_STAGE_HPP
#define GALLEY_STAGE_HPP

#ifdef __EMSCRIPTEN__
#define GALLEY_STAGE [[gnu::noinline]]
#else
#define GALLEY_STAGE
#endif

// GALLEY_SMALL marks code run once a unit, a join or a page, not once a character: built for
// size in the WebAssembly module (clang's minsize), the per-character code around it for
// speed. (The module's size budget is what it buys room in.)
#if defined(__clang__)
#define GALLEY_SMALL [[clang::minsize]]
#else
#define GALLEY_SMALL
#endif

#endif
