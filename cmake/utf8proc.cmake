# utf8proc compiled from the Debian source package that `./dev setup` unpacks; the same
# source serves the native and the WASM build, so both see the same Unicode version.
if(NOT GALLEY_UTF8PROC_DIR OR NOT EXISTS "${GALLEY_UTF8PROC_DIR}/utf8proc.c")
  message(FATAL_ERROR "utf8proc source not found in '${GALLEY_UTF8PROC_DIR}'. "
                      "Run ./dev setup, or pass -DGALLEY_UTF8PROC_DIR=<unpacked utf8proc source>.")
endif()
# utf8proc.c unchanged, beside its tables cut down to what Galley reads (NFC, category,
# width; cmake/utf8proc_nfc_tables.py, which proves every code point reads the same):
# 8,251 property rows become 2,381, most of the WebAssembly module's data.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(_utf8proc_out "${CMAKE_BINARY_DIR}/utf8proc")
add_custom_command(
  OUTPUT "${_utf8proc_out}/utf8proc.c" "${_utf8proc_out}/utf8proc_data.c"
  COMMAND ${CMAKE_COMMAND} -E copy "${GALLEY_UTF8PROC_DIR}/utf8proc.c" "${_utf8proc_out}/utf8proc.c"
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/cmake/utf8proc_nfc_tables.py"
          "${GALLEY_UTF8PROC_DIR}/utf8proc_data.c" "${_utf8proc_out}/utf8proc_data.c"
  DEPENDS "${GALLEY_UTF8PROC_DIR}/utf8proc.c" "${GALLEY_UTF8PROC_DIR}/utf8proc_data.c"
          "${PROJECT_SOURCE_DIR}/cmake/utf8proc_nfc_tables.py"
  COMMENT "utf8proc's tables cut down to NFC, category and width"
  VERBATIM)
add_library(utf8proc STATIC "${_utf8proc_out}/utf8proc.c")
target_include_directories(utf8proc SYSTEM PUBLIC "${GALLEY_UTF8PROC_DIR}")
target_compile_definitions(utf8proc PUBLIC UTF8PROC_STATIC)
set_target_properties(utf8proc PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
