// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The line grammar (grammars/peg/vanban/grammar/structure.hpp), rule by rule, on lines as they
// come in gazette text layers and web copies (normalized text: NFC, '-' the only dash).

#include <boost/test/unit_test.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "check_rule.hpp"
#include "parse/structure_events.hpp"
#include "vanban/grammar/structure.hpp"

namespace l = vanban::grammar::layout;
using vanban::test::check_match;
using vanban::test::check_no_match;

BOOST_AUTO_TEST_SUITE( structure_test )

BOOST_AUTO_TEST_CASE( the_line_grammar_has_no_loops_without_progress )
{
   BOOST_TEST( tao::pegtl::analyze<l::line_item>() == 0u );
}

BOOST_AUTO_TEST_CASE( article_needs_a_period_or_colon_after_its_number )
{
   check_match<l::article>( "Điều 1.  Phạm vi điều chỉnh", "Điều 1." );
   check_match<l::article>( "Điều 11a. Quy định bổ sung", "Điều 11a." );
   check_match<l::article>( "ĐIỀU 3: TRÁCH NHIỆM", "ĐIỀU 3:" );
   check_match<l::article>( "Điều 1 . Sửa đổi", "Điều 1 ." );
   // a reference wrapped to the start of a line
   check_no_match<l::article>( "Điều 5 Nghị định này hoặc dùng để nhập khẩu" );
   check_no_match<l::article>( "Điều kiện tài chính của vốn vay" );
}

BOOST_AUTO_TEST_CASE( clause_numbers_are_short_and_followed_by_text_or_the_line_end )
{
   check_match<l::clause>( "1. Mục đích", "1. " );
   check_match<l::clause>( "2) Trường hợp khác", "2) " );
   check_match<l::clause>( "1.2. Nhiệm vụ cụ thể", "1.2. " );
   check_match<l::clause>( "2.3.1 Hồ sơ gồm", "2.3.1 " );
   check_match<l::clause>( "12.\nNội dung", "12." );
   // a year, a count, a wrapped amount: not a clause
   check_no_match<l::clause>( "2025. Kết quả thực hiện" );
   check_no_match<l::clause>( "100 người tham dự" );
   check_no_match<l::clause>( "1/2 số thành viên" );
}

BOOST_AUTO_TEST_CASE( points_and_bullets )
{
   check_match<l::point>( "a) Sau khi Thỏa thuận vay", "a) " );
   check_match<l::point>( "đ) Khoản 3 Điều 41", "đ) " );
   check_match<l::point>( "c. Kỳ tính thuế", "c. " );
   check_no_match<l::point>( "ab) không phải điểm" );
   check_match<l::bullet>( "- Nợ gốc", "- " );
   check_match<l::bullet>( "+ Hồ sơ", "+ " );
   check_no_match<l::bullet>( "-----" );
   check_no_match<l::bullet>( "-Bộ Tư pháp" );
}

BOOST_AUTO_TEST_CASE( roman_and_letter_headings )
{
   check_match<l::roman_heading>( "I. MỤC ĐÍCH, YÊU CẦU", "I." );
   check_match<l::roman_heading>( "IV- TỔ CHỨC THỰC HIỆN", "IV-" );
   check_match<l::roman_heading>( "II) Nội dung", "II)" );
   check_no_match<l::roman_heading>( "I.1 Tên dự án" );
   check_match<l::letter_part>( "A. QUY ĐỊNH CHUNG", "A. " );
   check_no_match<l::letter_part>( "A. Nguyễn Văn" );
}

BOOST_AUTO_TEST_CASE( part_chapter_section_and_appendix )
{
   check_match<l::chapter>( "Chương II  ", "Chương II  " );
   check_match<l::chapter>( "CHƯƠNG I. NHỮNG QUY ĐỊNH CHUNG", "CHƯƠNG I." );
   check_no_match<l::chapter>( "Chương trình hành động" );
   check_match<l::part>( "Phần thứ nhất", "Phần thứ nhất" );
   check_match<l::part>( "PHẦN A", "PHẦN A" );
   check_no_match<l::part>( "Phần này quy định" );
   check_match<l::section>( "Mục 1. QUẢN LÝ", "Mục 1." );
   check_no_match<l::section>( "Mục tiêu chung" );
   check_match<l::appendix>( "Phụ lục I", "Phụ lục I" );
   check_match<l::appendix>( "PHỤ LỤC", "PHỤ LỤC" );
   check_match<l::appendix>( "PHỤ LỤC I: DANH MỤC", "PHỤ LỤC I:" );
   check_match<l::appendix>( "Phụ lục số 01", "Phụ lục số 01" );
   check_match<l::appendix>( "PHỤ\nLỤC I\n", "PHỤ\nLỤC I" );
   // a reference to an appendix, wrapped to the start of a line
   check_no_match<l::appendix>( "Phụ lục II Nghị định này" );
   check_no_match<l::appendix>( "Phụ lục kèm theo Quyết định" );
}

BOOST_AUTO_TEST_CASE( the_number_line_holds_only_the_number )
{
   check_match<l::number_line>( "Số: 141/KH-UBND\n", "Số: 141/KH-UBND" );
   check_match<l::number_line>( "Số 383-QĐ/TW", "Số 383-QĐ/TW" );
   check_match<l::number_line>( "Số:\n165/2025/QĐ-UBND\nNinh Bình", "Số:\n165/2025/QĐ-UBND" );
   check_match<l::number_line>( "Số:  372 /QĐ-BTC ", "Số:  372 /QĐ-BTC " );
   check_match<l::number_line>( "Luật số: 50/2024/QH15 ", "Luật số: 50/2024/QH15 " );
   check_match<l::number_line>( "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA", "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA" );
   check_no_match<l::number_line>( "Số 1, Hoàng Hoa Thám, Ba Đình" );
   check_no_match<l::number_line>( "Luật số 35/2018/QH14 và Luật số 40/2019/QH14." );
   check_no_match<l::number_line>( "số 45/2013/NĐ-CP" );
   check_match<l::flat_header>( "CHÍNH PHỦ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI", "CHÍNH PHỦ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI" );
}

BOOST_AUTO_TEST_CASE( place_and_date_wrap_and_may_be_left_blank )
{
   check_match<l::place_date>( "Bắc Ninh, ngày 20\ntháng 11 năm 2025", "Bắc Ninh, ngày 20\ntháng 11 năm 2025" );
   check_match<l::place_date>( "Hà Nội, ngày       tháng      năm 2026 ", "Hà Nội, ngày       tháng      năm 2026" );
   check_match<l::place_date>( "Thành phố Huế,\nngày 18 tháng 11 năm 2025", "Thành phố Huế,\nngày 18 tháng 11 năm 2025" );
   check_match<l::place_date>( "Quảng\nTrị, ngày 27 tháng 11 năm 2025", "Quảng\nTrị, ngày 27 tháng 11 năm 2025" );
   check_match<l::place_date>( "Hà Nội ngày 01 tháng 12 năm 2025", "Hà Nội ngày 01 tháng 12 năm 2025" );
   check_match<l::place_date>( "Hà Nội, ngày 23 tháng 02 năm 20264", "Hà Nội, ngày 23 tháng 02 năm 20264" );
   check_no_match<l::place_date>( "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;" );
   check_no_match<l::place_date>( "Hà Nội, ngày ….  tháng …. năm …." );
}

BOOST_AUTO_TEST_CASE( noise_lines )
{
   check_match<l::noise>( "CÔNG BÁO/Số 252/Ngày 27-04-2026 ", "CÔNG BÁO/Số 252/Ngày 27-04-2026 " );
   check_match<l::noise>( "38    CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025", "38    CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025" );
   check_match<l::noise>( "91\nĐiều 3.", "91" );
   check_match<l::noise>( "Ký bởi: CÔNG BÁO\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-04-24 17:05:16 +07:00\n\nX",
                          "Ký bởi: CÔNG BÁO\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-04-24 17:05:16 +07:00" );
   check_match<l::noise>( "_______________ ", "_______________ " );
   check_match<l::noise>( "(Xem tiếp Công báo số 715 + 716) ", "(Xem tiếp Công báo số 715 + 716) " );
   check_match<l::noise>( "VĂN BẢN QUY PHẠM PHÁP LUẬT ", "VĂN BẢN QUY PHẠM PHÁP LUẬT " );
   check_no_match<l::noise>( "2025 là năm" );
   check_no_match<l::noise>( "Cơ quan chủ quản có trách nhiệm" );
}

BOOST_AUTO_TEST_CASE( motto_and_signature_lines )
{
   check_match<l::motto_state>( "CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM" );
   check_match<l::motto_state>( "--------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập", "--------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập" );
   check_match<l::motto_party>( "ĐẢNG CỘNG SẢN\nVIỆT NAM", "ĐẢNG CỘNG SẢN\nVIỆT NAM" );
   check_match<l::signer_line>( "TM. ỦY BAN NHÂN DÂN", "TM. " );
   check_match<l::signer_line>( "T/M BAN BÍ THƯ", "T/M " );
   check_match<l::signer_line>( "KT.\nCHỦ TỊCH", "KT.\n" );
   check_no_match<l::signer_line>( "TM. các thành viên" );
   check_match<l::recipients>( "Nơi nhận:", "Nơi nhận:" );
   check_match<l::recipients>( "NƠI NHẬN", "NƠI NHẬN" );
   check_no_match<l::recipients>( "Nơi nhận báo cáo tài chính của doanh nghiệp" );
   check_match<l::authentication>( "XÁC THỰC VĂN BẢN HỢP NHẤT ", "XÁC THỰC VĂN BẢN HỢP NHẤT " );
}

BOOST_AUTO_TEST_CASE( preamble_lines )
{
   check_match<l::basis>( "- Căn cứ Điều lệ Đảng;", "- Căn cứ" );
   check_match<l::basis>( "Căn cứ Luật Tổ chức Chính phủ", "Căn cứ" );
   check_no_match<l::basis>( "Căn cứa" );
   check_match<l::proposal>( "Theo đề nghị của Bộ trưởng", "Theo đề nghị" );
   check_match<l::proposal>( "- Xét đề nghị của Văn phòng", "- Xét đề nghị" );
   check_match<l::decide>( "QUYẾT NGHỊ:", "QUYẾT NGHỊ:" );
   check_no_match<l::decide>( "QUYẾT ĐỊNH" );
}

BOOST_AUTO_TEST_CASE( bodies_at_a_line_start )
{
   check_match<l::body_line>( "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------", "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH" );
   check_match<l::body_line>( "Chính phủ ban hành Nghị định về cho vay", "Chính phủ ban hành Nghị định" );
   check_match<l::body_line>( "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \nTÒA ÁN NHÂN DÂN TỐI CAO\n", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \nTÒA ÁN NHÂN DÂN TỐI CAO" );
   check_match<l::body_line>( "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" );
   check_no_match<l::body_line>( "Cơ quan chủ quản" );
   check_match<l::of_issuers>( "CỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ", "CỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ" );
   check_no_match<l::of_issuers>( "của Bộ Tài chính quy định" );
}

BOOST_AUTO_TEST_CASE( type_headings )
{
   check_match<l::type_heading>( "NGHỊ ĐỊNH", "NGHỊ ĐỊNH" );
   check_match<l::type_heading>( "LUẬT CÔNG ĐOÀN", "LUẬT " );
   check_no_match<l::type_heading>( "NGHỊ ĐỊNHQuy định" );
}

namespace {

std::string kinds_of( const std::string& text )
{
   using vanban::detail::line_kind;
   static const char* const names[] = { "blank", "text", "page_header", "page_number", "stamp", "rule", "sign_mark", "gazette_label", "motto_state",
                                        "motto_slogan", "motto_party", "number", "place_date", "authentication", "type_heading", "of_issuers", "body",
                                        "basis", "proposal", "decide", "part", "chapter", "section", "article", "appendix", "attachment", "roman",
                                        "letter_part", "clause", "point", "bullet", "recipients", "signer" };
   std::string out;
   for( const auto& r : vanban::detail::scan_lines( text ).lines ) {
      out += out.empty() ? "" : " ";
      out += names[ int( r.kind ) ];
   }
   return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE( scan_lines_names_every_line )
{
   // the actions keep only headings written in capitals ("Quy định chi tiết …" is a title line)
   BOOST_TEST( kinds_of( "QUY ĐỊNH\nQuy định chi tiết thi hành\n" ) == "type_heading text" );
   BOOST_TEST( kinds_of( "DANH MỤC\nDanh mục thủ tục\n" ) == "attachment text" );
   // an item that wraps is one line of the result: the number after "Số:", the date, the body
   BOOST_TEST( kinds_of( "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nSố:\n141/KH-UBND\nBắc Ninh, ngày 20\ntháng 11 năm 2025\n\nKẾ HOẠCH\n" )
               == "body rule number place_date blank type_heading" );
   BOOST_TEST( kinds_of( "Điều 4. Nguyên tắc\nnước ngoài\n1. Bảo đảm\na) Trường hợp\n- Nợ gốc\nCÔNG BÁO/Số 252/Ngày 27-04-2026\n91\n" )
               == "article text clause point bullet page_header page_number" );
}

BOOST_AUTO_TEST_CASE( a_run_of_blank_lines_is_one_record )
{
   // blank lines, some with spaces or tabs, one record from the first to the line after them
   const std::string text = "Điều 1. Phạm vi\n\n  \n\t\n\nĐiều 2. Đối tượng\n\n   ";
   BOOST_TEST( kinds_of( text ) == "article blank article blank" );
   const auto lines = vanban::detail::scan_lines( text ).lines;
   BOOST_REQUIRE( lines.size() == 4u );
   BOOST_TEST( lines[ 1 ].begin == text.find( '\n' ) + 1 );
   BOOST_TEST( lines[ 1 ].next == text.find( "Điều 2" ) );
   BOOST_TEST( lines[ 2 ].begin == text.find( "Điều 2" ) );
   // the last run has no line break at its end: it reaches one past the text, as a last line does
   BOOST_TEST( lines[ 3 ].next == text.size() + 1 );
   BOOST_TEST( kinds_of( std::string( 100000, '\n' ) + "Điều 1. Phạm vi\n" ) == "blank article" );
}

BOOST_AUTO_TEST_SUITE_END()
