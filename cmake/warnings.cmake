# Strict warnings on Galley's own targets only (utf8proc keeps its own flags).
function(galley_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
endfunction()
