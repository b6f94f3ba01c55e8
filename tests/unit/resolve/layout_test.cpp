// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The helpers the header and structure steps read lines with (src/resolve/layout.hpp).

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include "resolve/context.hpp"
#include "resolve/layout.hpp"

namespace d = vanban::detail;

namespace {

/// fold_ws() as its contract says: the words (runs of bytes other than space, tab and line
/// break) one space apart.
std::string folded_words( std::string_view s )
{
   std::string out;
   std::size_t i = 0;
   while( i < s.size() ) {
      while( i < s.size() && d::is_ws( s[ i ] ) ) {
         ++i;
      }
      const std::size_t b = i;
      while( i < s.size() && !d::is_ws( s[ i ] ) ) {
         ++i;
      }
      if( b < i ) {
         out += out.empty() ? "" : " ";
         out.append( s.substr( b, i - b ) );
      }
   }
   return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE( layout_test )

BOOST_AUTO_TEST_CASE( sentence_case_keeps_the_capitals_of_names )
{
   BOOST_TEST( d::sentence_case( "PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM" ) == "Phông lưu trữ Đảng Cộng sản Việt Nam" );
   BOOST_TEST( d::sentence_case( "NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030" )
               == "Nâng cao năng lực cho đội ngũ cán bộ trên địa bàn tỉnh giai đoạn 2026 - 2030" );
   // bodies, provinces, a type before its number, symbols, acronyms, a term's Roman numeral
   BOOST_TEST( d::sentence_case( "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI TỈNH BẮC NINH" )
               == "Thực hiện Chỉ thị số 27/CT-TTG của Thủ tướng Chính phủ tại tỉnh Bắc Ninh" );
   BOOST_TEST( d::sentence_case( "BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP" ) == "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp" );
   // a type word without a number is an ordinary word
   BOOST_TEST( d::sentence_case( "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC" ) == "Về việc ban hành quy chế làm việc" );
   BOOST_TEST( d::sentence_case( "PHÓ CHỦ TỊCH" ) == "Phó Chủ tịch" );
}

BOOST_AUTO_TEST_CASE( organ_case_capitalizes_the_name_after_the_kind_of_body )
{
   BOOST_TEST( d::organ_case( "CỤC HẢI QUAN" ) == "Cục Hải quan" );
   BOOST_TEST( d::organ_case( "SỞ GIÁO DỤC VÀ ĐÀO TẠO" ) == "Sở Giáo dục và Đào tạo" );
   BOOST_TEST( d::organ_case( "VĂN PHÒNG" ) == "Văn phòng" );
   BOOST_TEST( d::organ_case( "BAN TUYÊN GIÁO" ) == "Ban Tuyên giáo" );
}

BOOST_AUTO_TEST_CASE( heading_values )
{
   BOOST_TEST( d::heading_value( "IV" ) == 4 );
   BOOST_TEST( d::heading_value( "XIX" ) == 19 );
   BOOST_TEST( d::heading_value( "11a" ) == 11 );
   BOOST_TEST( d::heading_value( "12" ) == 12 );
   // points follow the Vietnamese alphabet: a b c d đ e g h i k …
   BOOST_TEST( d::letter_value( "d" ) == 4 );
   BOOST_TEST( d::letter_value( "đ" ) == 5 );
   BOOST_TEST( d::letter_value( "e" ) == 6 );
   BOOST_TEST( d::letter_value( "g" ) == 7 );
   BOOST_TEST( d::letter_value( "f" ) == 0 );
}

BOOST_AUTO_TEST_CASE( text_shapes )
{
   BOOST_TEST( d::looks_like_name( "Phạm Văn Thịnh" ) );
   BOOST_TEST( d::looks_like_name( "Trung tướng Nguyễn Duy Ngọc" ) );
   BOOST_TEST( !d::looks_like_name( "PHÓ CHỦ TỊCH" ) );
   BOOST_TEST( !d::looks_like_name( "Nghị định này có hiệu lực." ) );
   BOOST_TEST( !d::looks_like_name( "Lưu: VT, NC" ) );
   BOOST_TEST( !d::looks_like_name( "Hồ" ) );
   BOOST_TEST( d::mostly_upper( "VỀ" ) );
   BOOST_TEST( d::mostly_upper( "ỦY BAN NHÂN DÂN TỈNH Bắc Ninh" ) == false );
   // four capitals in five letters is enough, wherever the small letters are
   BOOST_TEST( d::mostly_upper( "abCDEFGHIJ" ) );
   BOOST_TEST( d::mostly_upper( "abcdCDEFGHIJKLMNOPQR" ) );
   BOOST_TEST( d::mostly_upper( "abcdeCDEFGHIJKLMNOPQR" ) == false );
   BOOST_TEST( d::mostly_upper( "KẾ HOẠCH thực hiện" ) == false );
   BOOST_TEST( d::mostly_upper( "thực hiện KẾ HOẠCH TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM NĂM" ) );   // 8 small, 34 capitals
   BOOST_TEST( d::mostly_upper( "thực hiện KẾ HOẠCH TRIỂN KHAI NHIỆM VỤ TRỌNG TÂM" ) == false );  // 8 small, 31 capitals
   BOOST_TEST( d::starts_lower( "(theo quy định)" ) );
   BOOST_TEST( d::ends_sentence( "Căn cứ Luật Tổ chức Chính phủ;  " ) );
}

BOOST_AUTO_TEST_CASE( fold_ws_folds_every_run_of_whitespace )
{
   BOOST_TEST( d::fold_ws( "  Nghị định  số 15/2020/NĐ-CP\tngày 03\n tháng 02 năm 2020 " ) == "Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020" );
   BOOST_TEST( d::fold_ws( "Quy định chi tiết một số điều của Luật Đầu tư theo phương thức đối tác công tư" )
               == "Quy định chi tiết một số điều của Luật Đầu tư theo phương thức đối tác công tư" );
   BOOST_TEST( d::fold_ws( "Điều 1.        Phạm vi" ) == "Điều 1. Phạm vi" );
   BOOST_TEST( d::fold_ws( "\n\t " ).empty() );
   std::string out = "Chương I";
   d::append_folded( out, " \tQUY ĐỊNH CHUNG" );
   BOOST_TEST( out == "Chương I QUY ĐỊNH CHUNG" );
   // every string of up to 24 bytes that a simple generator makes of words, "!" (' ' ^ 1, where
   // an eight-byte test could be fooled) and whitespace, at every place a run of eight can start
   const std::string_view pieces[] = { "a", "ế", "!", " ", " ", "\t", "\n", "  " };
   std::uint32_t state = 1;
   for( int n = 0; n < 200000; ++n ) {
      std::string s;
      const std::size_t length = n % 25;
      while( s.size() < length ) {
         state = state * 1664525u + 1013904223u;
         s += pieces[ ( state >> 24 ) % std::size( pieces ) ];
      }
      BOOST_TEST_REQUIRE( d::fold_ws( s ) == folded_words( s ), "fold_ws(\"" << s << "\")" );
   }
}

BOOST_AUTO_TEST_SUITE_END()
