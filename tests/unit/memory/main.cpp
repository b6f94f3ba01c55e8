// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

#define BOOST_TEST_MODULE vanban_memory
#include <boost/test/unit_test.hpp>
