# Sanitizer and fuzzing builds (scripts/test-sanitizers; docs: docs/hardening.md).
#
#   VANBAN_SANITIZE  empty (none), "address,undefined" or "thread": every target of the build is
#                    compiled and linked with these sanitizers (clang or GCC); errors abort
#                    (-fno-sanitize-recover), so a report fails the test that caused it.
#   VANBAN_FUZZ      the libFuzzer targets vanban_fuzz_* (tests/fuzz), clang only: the whole
#                    build gets libFuzzer's coverage instrumentation and, unless VANBAN_SANITIZE
#                    says otherwise, ASan and UBSan.
#
# Set from the top level before any target, so the library, the CLI and the tests agree.

set(VANBAN_SANITIZE "" CACHE STRING "Sanitizers for every target: empty, address,undefined or thread")

if(VANBAN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "VANBAN_FUZZ=ON needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(VANBAN_SANITIZE STREQUAL "")
    set(VANBAN_SANITIZE "address,undefined")
  endif()
  # coverage feedback from all of vanban, not only the fuzz targets' own code
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT VANBAN_SANITIZE STREQUAL "")
  if(MSVC)
    message(FATAL_ERROR "VANBAN_SANITIZE is for clang and GCC")
  endif()
  add_compile_options(-fsanitize=${VANBAN_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${VANBAN_SANITIZE} -fno-sanitize-recover=all)
  message(STATUS "vanban: sanitizers ${VANBAN_SANITIZE}")
endif()
