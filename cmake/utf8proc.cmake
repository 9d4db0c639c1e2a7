# utf8proc compiled from the Debian source package that `./dev setup` unpacks; the same
# source serves the native and the WASM build, so both see the same Unicode version.
if(NOT GALLEY_UTF8PROC_DIR OR NOT EXISTS "${GALLEY_UTF8PROC_DIR}/utf8proc.c")
  message(FATAL_ERROR "utf8proc source not found in '${GALLEY_UTF8PROC_DIR}'. "
                      "Run ./dev setup, or pass -DGALLEY_UTF8PROC_DIR=<unpacked utf8proc source>.")
endif()
add_library(utf8proc STATIC "${GALLEY_UTF8PROC_DIR}/utf8proc.c")
target_include_directories(utf8proc SYSTEM PUBLIC "${GALLEY_UTF8PROC_DIR}")
target_compile_definitions(utf8proc PUBLIC UTF8PROC_STATIC)
set_target_properties(utf8proc PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
