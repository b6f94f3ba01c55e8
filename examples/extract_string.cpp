// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The README's first example: extract the citations of a string and print them.

#include <iostream>
#include <string>

#include <vanban/vanban.hpp>

int main()
{
   const std::string text =
      "Kế hoạch nhằm triển khai thực hiện Kết luận số 03-KL/TU ngày 10/12/2020 của Tỉnh ủy Bắc Kạn "
      "và Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.";

   const auto doc = vanban::extract( text );  // throws vanban::error only for unusable input
   for( const auto& c : doc.citations ) {
      std::cout << c.type << ' ' << c.number.value_or( "(no number)" )             // Chỉ thị 16/CT-TTg
                << " | " << ( c.date ? c.date->iso() : "-" )                        // 2016-05-16
                << " | " << ( c.issuer ? c.issuer->name : "-" )                     // Thủ tướng Chính phủ
                << " | " << ( c.relation ? vanban::to_string( *c.relation ) : "-" )  // implements
                << " | bytes " << c.span.start << '-' << c.span.end << '\n';         // of `text`
   }
}
