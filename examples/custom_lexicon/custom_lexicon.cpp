// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Custom lexicon entries: with this project's lexicon/issuer_codes.tsv and lexicon/bodies.tsv
// merged in (CMakeLists.txt), the code "EVN" in a number and the name "EVN" after "của" resolve
// to the canonical body, which vanban's own lexicon does not know.

#include <iostream>

#include <vanban/vanban.hpp>

int main()
{
   const auto doc = vanban::extract(
      "Thực hiện Văn bản số 1234/EVN-KD ngày 05/3/2024 của EVN về việc bảo đảm cung cấp điện mùa khô năm 2024, "
      "Công ty Điện lực Bắc Ninh triển khai các nội dung sau.\n"
      "Theo Công văn số 567/EVN-KD, các đơn vị báo cáo trước ngày 15/3/2024." );
   for( const auto& c : doc.citations ) {
      std::cout << c.type << ' ' << c.number.value_or( "" ) << " | "
                << ( c.date ? c.date->iso() : std::string( "-" ) ) << " | "
                << ( c.issuer ? c.issuer->name : std::string( "-" ) ) << '\n';
   }
}
