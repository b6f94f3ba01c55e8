# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
#
# Runs a program and checks its exit status and output (stdout and stderr together) against
# every given regular expression (CTest's PASS_REGULAR_EXPRESSION accepts any one of them and
# ignores the status). The example tests use it.
#   cmake [-DSTATUS=0] [-DMATCH1=re1 -DMATCH2=re2 …] -P run_and_match.cmake -- PROGRAM ARGS…
if(NOT DEFINED STATUS)
  set(STATUS 0)
endif()
set(command)
set(after_dashes FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE 0 ${last})
  if(after_dashes)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_dashes TRUE)
  endif()
endforeach()
if(NOT command)
  message(FATAL_ERROR "usage: cmake [-DSTATUS=n] [-DMATCH1=regex …] -P run_and_match.cmake -- PROGRAM ARGS...")
endif()
execute_process(COMMAND ${command} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc STREQUAL STATUS)
  message(FATAL_ERROR "exit status ${rc}, expected ${STATUS}")
endif()
set(n 1)
while(DEFINED MATCH${n})
  if(NOT "${out}${err}" MATCHES "${MATCH${n}}")
    message(FATAL_ERROR "the output does not match: ${MATCH${n}}")
  endif()
  math(EXPR n "${n} + 1")
endwhile()
