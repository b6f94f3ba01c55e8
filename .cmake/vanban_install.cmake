# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
#
# `cmake --install`: the public headers, the library, the command line tool, the CMake package
# (vanbanConfig.cmake, SameMajorVersion) and vanban.pc; plus the same package for the build tree
# (`-Dvanban_DIR=<build>`). Included from the top-level CMakeLists.txt when VANBAN_INSTALL is ON.

include(CMakePackageConfigHelpers)

set(VANBAN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/vanban CACHE STRING
    "Where to install the CMake package files, relative to the prefix")
get_target_property(VANBAN_LIBRARY_TYPE vanban TYPE)
if(VANBAN_LIBRARY_TYPE STREQUAL "STATIC_LIBRARY")
  set(VANBAN_STATIC ON)
else()
  set(VANBAN_STATIC OFF)
endif()

# A static libvanban leaves the references to the libraries it links to the consumer's link, so
# the package must find each of them: how, for the CMake config (VANBAN_FIND_DEPENDENCIES) and
# for pkg-config (VANBAN_PC_MODULES). Header-only build dependencies (PEGTL, nlohmann_json) are
# not linked and never appear. A library linked without a rule here stops the configuration:
# consumers would otherwise fail at their link.
set(VANBAN_FIND_DEPENDENCIES "")
set(VANBAN_PC_MODULES "")
get_target_property(vanban_links vanban LINK_LIBRARIES)
if(NOT vanban_links)
  set(vanban_links "")
endif()
foreach(dep IN LISTS vanban_links)
  if(dep MATCHES "^ICU::(uc|i18n)$")
    if(NOT VANBAN_PC_MODULES MATCHES "icu-uc")
      string(APPEND VANBAN_FIND_DEPENDENCIES "  find_dependency(ICU 60 COMPONENTS uc i18n)\n")
      list(APPEND VANBAN_PC_MODULES icu-uc icu-i18n)
    endif()
  elseif(dep STREQUAL "PkgConfig::GUMBO")
    string(APPEND VANBAN_FIND_DEPENDENCIES
      "  find_dependency(PkgConfig)\n  pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)\n")
    list(APPEND VANBAN_PC_MODULES gumbo)
  elseif(NOT dep MATCHES "^\\$<BUILD_INTERFACE:")
    message(FATAL_ERROR "vanban links ${dep}: say in .cmake/vanban_install.cmake how a consumer of "
      "the installed package finds it (vanbanConfig.cmake and vanban.pc)")
  endif()
endforeach()
list(JOIN VANBAN_PC_MODULES " " VANBAN_PC_MODULES)

# The installed CLI of a shared build finds libvanban next to it ($ORIGIN), wherever the tree
# is installed or moved to; a caller's CMAKE_INSTALL_RPATH wins.
if(VANBAN_LIBRARY_TYPE STREQUAL "SHARED_LIBRARY" AND TARGET vanban_cli AND NOT CMAKE_INSTALL_RPATH AND NOT APPLE AND NOT WIN32)
  file(RELATIVE_PATH vanban_bin_to_lib
       ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR} ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR})
  set_target_properties(vanban_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${vanban_bin_to_lib}")
endif()

install(TARGETS vanban
  EXPORT vanban-targets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
if(TARGET vanban_cli)
  set_target_properties(vanban_cli PROPERTIES EXPORT_NAME cli)
  install(TARGETS vanban_cli EXPORT vanban-targets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Every public header (include/vanban/*.hpp, whoever adds one) and the two generated ones.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/vanban ${PROJECT_BINARY_DIR}/include/vanban
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")

install(EXPORT vanban-targets
  NAMESPACE vanban::
  DESTINATION ${VANBAN_CMAKE_DIR})

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/vanban-config.cmake.in
  ${PROJECT_BINARY_DIR}/vanbanConfig.cmake
  INSTALL_DESTINATION ${VANBAN_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/vanbanConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/vanbanConfig.cmake ${PROJECT_BINARY_DIR}/vanbanConfigVersion.cmake
  DESTINATION ${VANBAN_CMAKE_DIR})

# The build tree is a package too: the config above only uses paths relative to its own
# directory, and this targets file points at the build tree's library and headers.
export(EXPORT vanban-targets NAMESPACE vanban:: FILE ${PROJECT_BINARY_DIR}/vanban-targets.cmake)

# pkg-config. Paths are relative to the .pc file (${pcfiledir}) because `cmake --install
# --prefix` may put the tree elsewhere than CMAKE_INSTALL_PREFIX says.
set(vanban_pc_dir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE ${CMAKE_INSTALL_LIBDIR} OR IS_ABSOLUTE ${CMAKE_INSTALL_INCLUDEDIR})
  set(VANBAN_PC_PREFIX ${CMAKE_INSTALL_PREFIX})
  set(VANBAN_PC_LIBDIR ${CMAKE_INSTALL_FULL_LIBDIR})
  set(VANBAN_PC_INCLUDEDIR ${CMAKE_INSTALL_FULL_INCLUDEDIR})
else()
  file(RELATIVE_PATH vanban_pc_up /${vanban_pc_dir} /)
  string(REGEX REPLACE "/$" "" vanban_pc_up "${vanban_pc_up}")
  set(VANBAN_PC_PREFIX "\${pcfiledir}/${vanban_pc_up}")
  set(VANBAN_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(VANBAN_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
# A static libvanban needs its libraries (ICU) on every link line, so they are public
# requirements and a plain `pkg-config --libs vanban` links; a shared one needs them only for a
# fully static link.
if(VANBAN_LIBRARY_TYPE STREQUAL "SHARED_LIBRARY")
  set(VANBAN_PC_REQUIRES Requires.private)
  set(VANBAN_PC_CFLAGS "")
else()
  set(VANBAN_PC_REQUIRES Requires)
  set(VANBAN_PC_CFLAGS " -DVANBAN_STATIC_DEFINE")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/vanban.pc.in ${PROJECT_BINARY_DIR}/vanban.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/vanban.pc DESTINATION ${vanban_pc_dir})

# the licence travels with the binaries
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
