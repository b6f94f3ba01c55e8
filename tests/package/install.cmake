# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
#
# The package tests' setup: `cmake --install` of the build under test into a fresh prefix.
# cmake -DBUILD_DIR=… -DPREFIX=… [-DCONFIG=…] -P install.cmake
file(REMOVE_RECURSE ${PREFIX})
set(config_args)
if(CONFIG)
  set(config_args --config ${CONFIG})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} ${config_args}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed (${rc})")
endif()
