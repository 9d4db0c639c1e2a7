# Profile-guided optimisation of the native core (g++ only; the WebAssembly module is not
# profiled). Two builds: the first, GALLEY_PROFILE_GENERATE=DIR, writes how often each
# branch and call ran into DIR while the CLI reads training pages (`./dev build` runs it on
# pages generated from ../shared, bench/training.py); the second, GALLEY_PROFILE_USE=DIR,
# lays out and inlines the core by that profile. The outputs are the same; the time is not
# (docs/performance.md, "Profile-guided optimisation").
set(GALLEY_PROFILE_GENERATE "" CACHE PATH "Build the core instrumented to write its profile into this folder (PGO's first build)")
set(GALLEY_PROFILE_USE "" CACHE PATH "Build the core optimised by the profile in this folder (PGO's second build)")

function(galley_profile target)
  if(EMSCRIPTEN OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  # Profiles are named by each object's path under the build folder, not the absolute one,
  # so that the two builds, in two folders, find each other's.
  set(prefix -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  if(GALLEY_PROFILE_GENERATE)
    # (Atomic counters: the CLI reads pages on several threads.)
    target_compile_options(${target} PRIVATE -fprofile-generate=${GALLEY_PROFILE_GENERATE} -fprofile-update=atomic ${prefix})
    target_link_options(${target} INTERFACE -fprofile-generate)
  elseif(GALLEY_PROFILE_USE)
    if(NOT EXISTS "${GALLEY_PROFILE_USE}/trained")
      message(FATAL_ERROR "GALLEY_PROFILE_USE: no profile in '${GALLEY_PROFILE_USE}' (its 'trained' stamp is missing)")
    endif()
    # Code the training never ran is optimised as without a profile, not for size; a source
    # changed since the training keeps its profile for the functions that did not change.
    target_compile_options(${target} PRIVATE -fprofile-use=${GALLEY_PROFILE_USE} -fprofile-partial-training ${prefix}
                                             -Wno-missing-profile -Wno-coverage-mismatch)
    # Every object is rebuilt when the profile is trained again.
    get_target_property(sources ${target} SOURCES)
    set_source_files_properties(${sources} TARGET_DIRECTORY ${target} PROPERTIES OBJECT_DEPENDS "${GALLEY_PROFILE_USE}/trained")
  endif()
endfunction()
