# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
#
# The README's code must be the programs the tests build and run: every fenced block right
# after a line `<!-- file: PATH -->` must equal the file PATH (relative to the source dir),
# byte for byte. cmake -DSOURCE_DIR=… -P readme_examples.cmake
file(READ ${SOURCE_DIR}/README.md readme)
string(REGEX MATCHALL "<!-- file: [^ ]+ -->\n```[a-z]*\n" markers "${readme}")
list(LENGTH markers count)
if(count EQUAL 0)
  message(FATAL_ERROR "README.md: no `<!-- file: PATH -->` code block")
endif()
set(rest "${readme}")
foreach(marker IN LISTS markers)
  string(REGEX REPLACE "<!-- file: ([^ ]+) -->.*" "\\1" path "${marker}")
  string(FIND "${rest}" "${marker}" at)
  string(LENGTH "${marker}" len)
  math(EXPR at "${at} + ${len}")
  string(SUBSTRING "${rest}" ${at} -1 rest)
  string(FIND "${rest}" "\n```" end)
  if(end LESS 0)
    message(FATAL_ERROR "README.md: the block of ${path} is not closed")
  endif()
  math(EXPR end "${end} + 1")
  string(SUBSTRING "${rest}" 0 ${end} block)
  file(READ ${SOURCE_DIR}/${path} content)
  if(NOT block STREQUAL content)
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/readme-${count}.txt "${block}")
    message(FATAL_ERROR "README.md shows ${path} differently from the file; the README's block is in "
      "${CMAKE_CURRENT_BINARY_DIR}/readme-${count}.txt (diff it with the file)")
  endif()
  message(STATUS "README.md shows ${path} verbatim")
endforeach()
