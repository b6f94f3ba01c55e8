#!/bin/sh
# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
#
# A consumer that knows only pkg-config: compiles ../seed_citations.cpp with the flags of
# `pkg-config --cflags --libs vanban` from an installed tree, then runs it on the seed.
# usage: build_and_run.sh PKG_CONFIG CXX PC_DIR WORK_DIR SEED EXPECTED_VERSION
set -eu
pkg_config=$1 cxx=$2 pc_dir=$3 work=$4 seed=$5 version=$6
here=$(cd "$(dirname "$0")" && pwd)

# The installed vanban.pc first; ICU's own .pc files from the system paths.
PKG_CONFIG_PATH="$pc_dir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export PKG_CONFIG_PATH

found=$("$pkg_config" --modversion vanban)
[ "$found" = "$version" ] || { echo "pkg-config found vanban $found, expected $version" >&2; exit 1; }

flags=$("$pkg_config" --cflags --libs vanban)
echo "pkg-config --cflags --libs vanban: $flags"
# The paths must lead into the tree under test (the .pc is relocatable: ${pcfiledir}).
case "$flags" in
   *"-I$pc_dir/"*) ;;
   *) echo "the include path does not point into $pc_dir/..: $flags" >&2; exit 1 ;;
esac

mkdir -p "$work"
# shellcheck disable=SC2086  # the flags are words
"$cxx" -std=c++20 "-DVANBAN_EXPECTED_VERSION=\"$version\"" "$here/../seed_citations.cpp" $flags -o "$work/seed_citations"
# A shared libvanban outside the loader's paths is found the usual way.
LD_LIBRARY_PATH="$("$pkg_config" --variable=libdir vanban)${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
exec "$work/seed_citations" "$seed"
