# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""Builds the Python package `vanban` with scikit-build (classic) driving CMake.

    python3 -m pip install --no-build-isolation .            # offline: Debian's python3-skbuild, pybind11-dev
    python3 -m pip install --no-build-isolation --target DIR .

CMake builds the library and the module _vanban (-DVANBAN_BUILD_PYTHON=ON; no CLI, tests or
install rules of the C++ package). With VANBAN_PREBUILT=<a vanban build tree or the CMake
package folder of an installed vanban>, only the module is built, against that library.
The version is the CMake project version, read from CMakeLists.txt."""

import os
import re

from skbuild import setup

HERE = os.path.dirname(os.path.abspath(__file__))


def project_version():
    with open(os.path.join(HERE, "CMakeLists.txt"), encoding="utf-8") as f:
        m = re.search(r"project\(\s*vanban\s+VERSION\s+([0-9][0-9.]*)", f.read())
    if not m:
        raise RuntimeError("no `project(vanban VERSION x.y.z` in CMakeLists.txt")
    return m.group(1)


prebuilt = os.environ.get("VANBAN_PREBUILT")
if prebuilt:
    cmake_source_dir = "bindings/python"
    cmake_args = [f"-Dvanban_DIR={os.path.abspath(prebuilt)}"]
else:
    cmake_source_dir = "."
    cmake_args = [
        "-DVANBAN_BUILD_PYTHON=ON",
        "-DVANBAN_BUILD_CLI=OFF",
        "-DVANBAN_BUILD_TESTS=OFF",
        "-DVANBAN_BUILD_EXAMPLES=OFF",
        "-DVANBAN_BUILD_DOCS=OFF",
        "-DVANBAN_INSTALL=OFF",
    ]

setup(
    version=project_version(),
    packages=["vanban"],
    package_dir={"vanban": "bindings/python/vanban"},
    package_data={"vanban": ["py.typed", "_vanban.pyi"]},
    cmake_source_dir=cmake_source_dir,
    cmake_install_dir="bindings/python",
    cmake_args=cmake_args + ["-DCMAKE_BUILD_TYPE=Release"],
)
