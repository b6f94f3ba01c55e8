// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The header, preamble, body tree, signers and recipients, end to end (extract()), on texts
// written for these tests in the layouts of NĐ 30/2020 and HD 36-HD/VPTW, wrapped and broken as
// PDF text layers and web copies break them. Other provinces, bodies and numbers than the corpus
// files: nothing in the code may be special to them.

#include <boost/test/unit_test.hpp>

#include <vanban/vanban.hpp>

#include "test_util.hpp"

namespace {

using vanban::section_kind;

const vanban::section* find_node( const vanban::document& d, section_kind kind, const std::string& number, std::size_t nth = 0 )
{
   for( const auto& s : d.structure ) {
      if( s.kind == kind && s.number == number && nth-- == 0 ) {
         return &s;
      }
   }
   return nullptr;
}

std::vector<std::string> child_numbers( const vanban::document& d, const vanban::section& s )
{
   std::vector<std::string> out;
   for( const auto c : s.children ) {
      out.push_back( d.structure[ c ].number );
   }
   return out;
}

std::size_t roots( const vanban::document& d )
{
   std::size_t n = 0;
   for( const auto& s : d.structure ) {
      n += s.parent == vanban::section::npos;
   }
   return n;
}

// A provincial plan as a web copy gives it: the header table flattened into wrapped lines.
const char* const plan = R"(ỦY BAN NHÂN
DÂN
TỈNH THANH HÓA
-------
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 212/KH-UBND
Thanh Hóa, ngày 05
tháng 3 năm 2025

KẾ HOẠCH

TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ
TRÊN ĐỊA BÀN TỈNH NĂM 2025

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh ban
hành Kế hoạch như sau:

I. MỤC ĐÍCH,
YÊU CẦU

1. Mục đích

- Đẩy mạnh chuyển đổi số trong
các cơ quan nhà nước.

- Nâng cao chất lượng dịch vụ công.

2. Yêu cầu

Bảo đảm đồng bộ, hiệu quả.

II. NHIỆM VỤ

1. Giao Sở Khoa học và Công nghệ chủ trì.

2. Các sở, ngành phối hợp thực hiện trong giai đoạn 2025
- 2030 theo kế hoạch của UBND tỉnh.

Nơi nhận:
- Bộ Khoa học và Công nghệ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN
DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Bình
)";

}  // namespace

BOOST_AUTO_TEST_SUITE( structure_test )

BOOST_AUTO_TEST_CASE( a_provincial_plan_header )
{
   const auto d = vanban::extract( plan );
   BOOST_REQUIRE( d.info.has_value() );
   const auto& i = *d.info;
   BOOST_TEST( i.type == "Kế hoạch" );
   BOOST_TEST( i.number.value_or( "" ) == "212/KH-UBND" );
   BOOST_TEST( i.date.value().iso() == "2025-03-05" );
   BOOST_TEST( i.issuer->name == "Ủy ban nhân dân tỉnh Thanh Hóa" );
   BOOST_TEST( i.place.value_or( "" ) == "Thanh Hóa" );
   BOOST_TEST( i.title_original.value_or( "" ) == "TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH NĂM 2025" );
   BOOST_TEST( i.title.value_or( "" ) == "Triển khai công tác chuyển đổi số trên địa bàn tỉnh năm 2025" );
   BOOST_TEST( i.id == "vn/ke-hoach/212-kh-ubnd/2025/thanh-hoa" );
   BOOST_TEST( !d.article.has_value() );
   // the header places the text: "UBND tỉnh" in the body is Thanh Hóa's
   BOOST_REQUIRE( !d.bodies.empty() );
   BOOST_TEST( d.bodies.back().body.name == "Ủy ban nhân dân tỉnh Thanh Hóa" );
   // every field points at what it was read from
   const std::string text = plan;
   BOOST_TEST( vanban::test::slice( text, *i.number_span ) == "212/KH-UBND" );
   BOOST_TEST( vanban::test::slice( text, *i.date_span ) == "ngày 05\ntháng 3 năm 2025" );
   BOOST_TEST( vanban::test::slice( text, *i.place_span ) == "Thanh Hóa" );
   BOOST_TEST( vanban::test::slice( text, *i.type_span ) == "KẾ HOẠCH" );
   BOOST_TEST( vanban::test::slice( text, *i.title_span ) == "TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ\nTRÊN ĐỊA BÀN TỈNH NĂM 2025" );
}

BOOST_AUTO_TEST_CASE( a_plan_body_signers_and_recipients )
{
   const auto d = vanban::extract( plan );
   BOOST_REQUIRE( roots( d ) == 2u );
   const auto* one = find_node( d, section_kind::section, "I" );
   BOOST_REQUIRE( one != nullptr );
   BOOST_TEST( one->heading == "MỤC ĐÍCH, YÊU CẦU" );
   BOOST_TEST( child_numbers( d, *one ) == ( std::vector<std::string>{ "1", "2" } ) );
   const auto& purpose = d.structure[ one->children[ 0 ] ];
   BOOST_TEST( purpose.heading == "Mục đích" );
   BOOST_REQUIRE( purpose.children.size() == 2u );
   BOOST_TEST( ( d.structure[ purpose.children[ 0 ] ].kind == section_kind::item ) );
   BOOST_TEST( d.structure[ purpose.children[ 0 ] ].heading == "Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước." );
   // "- 2030 …" continues "giai đoạn 2025": a range, not an item
   const auto* two = find_node( d, section_kind::section, "II" );
   BOOST_REQUIRE( two != nullptr );
   const auto& last = d.structure[ two->children.back() ];
   BOOST_TEST( last.children.empty() );
   BOOST_TEST( last.heading == "Các sở, ngành phối hợp thực hiện trong giai đoạn 2025 - 2030 theo kế hoạch của UBND tỉnh." );

   BOOST_TEST( d.info->recipients == ( std::vector<std::string>{ "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, KGVX" } ) );
   BOOST_REQUIRE( d.info->signers.size() == 1u );
   const auto& s = d.info->signers[ 0 ];
   BOOST_TEST( s.name == "Lê Văn Bình" );
   BOOST_TEST( s.position.value_or( "" ) == "Phó Chủ tịch" );
   BOOST_TEST( s.authority.value_or( "" ) == "TM. Ủy ban nhân dân, KT. Chủ tịch" );
   // the last item ends before the closing blocks
   const std::string text = plan;
   BOOST_TEST( vanban::test::slice( text, two->span ).ends_with( "theo kế hoạch của UBND tỉnh." ) );
}

BOOST_AUTO_TEST_CASE( a_gazette_decree_with_page_breaks )
{
   const std::string text = "CÔNG BÁO/Số 310/Ngày 12-06-2026 \n15\n \nCHÍNH PHỦ \n________ \n \nSố: 201/2026/NĐ-CP \n"
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n____________ \n"
                            "Hà Nội, ngày 08 tháng 6 năm 2026 \n \nNGHỊ ĐỊNH \nQuy định về quản lý kho lưu trữ \nchuyên dụng \n \n"
                            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; \nCăn cứ Luật Lưu trữ số 33/2024/QH15 được sửa đổi, bổ sung \n"
                            "bởi Luật số 90/2025/QH15; \nTheo đề nghị của Bộ trưởng Bộ Nội vụ; \n"
                            "Chính phủ ban hành Nghị định quy định về quản lý kho lưu trữ chuyên dụng. \n \n"
                            "Chương I \nQUY ĐỊNH CHUNG \nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng của \n"
                            "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-06-11 10:00:00 +07:00\n\n"
                            "CÔNG BÁO/Số 310/Ngày 12-06-2026 \n16\n \nNghị định này \n"
                            "Nghị định này quy định về kho lưu trữ chuyên dụng theo khoản 2 \n"
                            "Điều 5 Nghị định số 12/2020/NĐ-CP. \n"
                            "Điều 2. Nguyên tắc \n1. Bảo đảm an toàn. \n2. Bảo đảm liên tục: \na) Về hồ sơ; \nb) Về dữ liệu. \n"
                            "Chương II \nTỔ CHỨC THỰC HIỆN \nĐiều 3. Hiệu lực thi hành \nNghị định này có hiệu lực từ ngày ký./. \n \n"
                            "TM. CHÍNH PHỦ \nKT. THỦ TƯỚNG \nPHÓ THỦ TƯỚNG \n \nTrần Văn Sơn \n \n"
                            "CÔNG BÁO/Số 310/Ngày 12-06-2026 \n17\n \nPhụ lục I \nMẪU BIÊN BẢN KIỂM TRA \n"
                            "(Kèm theo Nghị định số 201/2026/NĐ-CP ngày 08 tháng 6 năm 2026 của Chính phủ) \n"
                            "Điều 1. Thành phần \nĐiều 2. Nội dung \n";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->type == "Nghị định" );
   BOOST_TEST( d.info->number.value_or( "" ) == "201/2026/NĐ-CP" );
   BOOST_TEST( d.info->date.value().iso() == "2026-06-08" );
   BOOST_TEST( d.info->issuer->name == "Chính phủ" );
   BOOST_TEST( d.info->title.value_or( "" ) == "Quy định về quản lý kho lưu trữ chuyên dụng" );
   BOOST_REQUIRE( d.info->basis.size() == 2u );
   BOOST_TEST( vanban::test::slice( text, d.info->basis[ 1 ] ) == "Căn cứ Luật Lưu trữ số 33/2024/QH15 được sửa đổi, bổ sung \nbởi Luật số 90/2025/QH15;" );
   BOOST_REQUIRE( d.info->proposals.size() == 1u );
   BOOST_TEST( vanban::test::slice( text, d.info->proposals[ 0 ] ) == "Theo đề nghị của Bộ trưởng Bộ Nội vụ;" );
   // the page break inside the article's title does not cut it; "Điều 5 Nghị định số …" is a reference
   const auto* a1 = find_node( d, section_kind::article, "1" );
   BOOST_REQUIRE( a1 != nullptr );
   BOOST_TEST( a1->heading == "Phạm vi điều chỉnh và đối tượng áp dụng của Nghị định này" );
   const auto* c1 = find_node( d, section_kind::chapter, "I" );
   BOOST_REQUIRE( c1 != nullptr );
   BOOST_TEST( c1->heading == "QUY ĐỊNH CHUNG" );
   BOOST_TEST( child_numbers( d, *c1 ) == ( std::vector<std::string>{ "1", "2" } ) );
   const auto* a2 = find_node( d, section_kind::article, "2" );
   BOOST_TEST( child_numbers( d, *a2 ) == ( std::vector<std::string>{ "1", "2" } ) );
   const auto& clause2 = d.structure[ a2->children[ 1 ] ];
   BOOST_TEST( child_numbers( d, clause2 ) == ( std::vector<std::string>{ "a", "b" } ) );
   // the appendix has its own articles, numbered from 1 again
   const auto* p1 = find_node( d, section_kind::appendix, "I" );
   BOOST_REQUIRE( p1 != nullptr );
   BOOST_TEST( p1->heading == "MẪU BIÊN BẢN KIỂM TRA" );
   BOOST_TEST( child_numbers( d, *p1 ) == ( std::vector<std::string>{ "1", "2" } ) );
   BOOST_TEST( roots( d ) == 3u );
   BOOST_REQUIRE( d.info->signers.size() == 1u );
   BOOST_TEST( d.info->signers[ 0 ].name == "Trần Văn Sơn" );
   BOOST_TEST( d.info->signers[ 0 ].authority.value_or( "" ) == "TM. Chính phủ, KT. Thủ tướng" );
   // the page header's "Ngày 12-06-2026" is not a date of the text; the self-mention has no relation
   for( const auto& dt : d.dates ) {
      BOOST_TEST( dt.value.iso() != "2026-06-12" );
   }
   bool self = false;
   for( const auto& c : d.citations ) {
      if( c.number == std::optional<std::string>( "201/2026/NĐ-CP" ) ) {
         self = true;
         BOOST_TEST( !c.relation.has_value() );
      }
   }
   BOOST_TEST( self );
}

BOOST_AUTO_TEST_CASE( quoted_amendments_are_text_of_the_amending_clause )
{
   const std::string text = "Số: 15/2026/TT-BTC\nTHÔNG TƯ\nSửa đổi Thông tư số 10/2020/TT-BTC\n"
                            "Điều 1. Sửa đổi, bổ sung Thông tư số 10/2020/TT-BTC\n1. Sửa đổi Điều 5 như sau:\n"
                            "“Điều 5. Hồ sơ\n1. Đơn đề nghị.\n2. Bản sao giấy tờ.”\n2. Bãi bỏ Điều 7.\n"
                            "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày ký.\n";
   const auto d = vanban::extract( text );
   const auto* a1 = find_node( d, section_kind::article, "1" );
   BOOST_REQUIRE( a1 != nullptr );
   BOOST_TEST( child_numbers( d, *a1 ) == ( std::vector<std::string>{ "1", "2" } ) );
   BOOST_TEST( d.structure[ a1->children[ 0 ] ].children.empty() );
   BOOST_TEST( find_node( d, section_kind::article, "5" ) == nullptr );
   BOOST_TEST( find_node( d, section_kind::article, "2" ) != nullptr );
}

BOOST_AUTO_TEST_CASE( a_party_regulation_takes_its_organ_from_the_enacting_line )
{
   const std::string text = "BAN CHẤP HÀNH\nTRUNG ƯƠNG\n\nĐẢNG CỘNG SẢN\nVIỆT NAM\n---------------\nSố 412-QĐ/TW\nHà Nội, ngày 02\n"
                            "tháng 3 năm 2026\n\nQUY ĐỊNH\n\nVỀ\nCÔNG TÁC VĂN THƯ TRONG CÁC CƠ QUAN ĐẢNG\n\n-----\n\n- Căn cứ Điều lệ Đảng;\n\n"
                            "- Xét đề nghị của Văn phòng Trung ương Đảng,\n\nBan Bí thư quy định về công tác văn thư như sau:\n\n"
                            "I- QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n\nQuy định này áp dụng trong các cơ quan đảng.\n\n"
                            "Điều 2. Các cơ quan có trách nhiệm thực hiện Quy định này.\n\nII- TỔ CHỨC THỰC HIỆN\n\n"
                            "Điều 3. Quy định này có hiệu lực từ ngày ký.\n\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n"
                            "T/M BAN BÍ THƯ\nNguyễn Văn An\n";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->type == "Quy định" );
   BOOST_TEST( d.info->number.value_or( "" ) == "412-QĐ/TW" );
   BOOST_TEST( d.info->issuer->name == "Ban Bí thư" );
   BOOST_TEST( d.info->title.value_or( "" ) == "Về công tác văn thư trong các cơ quan Đảng" );
   BOOST_TEST( d.info->basis.size() == 1u );
   BOOST_TEST( d.info->proposals.size() == 1u );
   const auto* one = find_node( d, section_kind::section, "I" );
   BOOST_REQUIRE( one != nullptr );
   BOOST_TEST( one->heading == "QUY ĐỊNH CHUNG" );
   BOOST_TEST( child_numbers( d, *one ) == ( std::vector<std::string>{ "1", "2" } ) );
   // a provision without a title has no heading
   BOOST_TEST( find_node( d, section_kind::article, "2" )->heading == "" );
   BOOST_TEST( find_node( d, section_kind::article, "1" )->heading == "Phạm vi" );
   BOOST_TEST( d.info->recipients == ( std::vector<std::string>{ "Các tỉnh ủy, thành ủy", "Lưu Văn phòng Trung ương Đảng" } ) );
   BOOST_REQUIRE( d.info->signers.size() == 1u );
   BOOST_TEST( d.info->signers[ 0 ].authority.value_or( "" ) == "T/M Ban Bí thư" );
   BOOST_TEST( !d.info->signers[ 0 ].position.has_value() );
}

BOOST_AUTO_TEST_CASE( a_header_number_with_a_hyphen_for_its_slash )
{
   // "Số 366-QĐ-TW" as a site retyped it: kept as written, read as 366-QĐ/TW (the issuer), with a
   // VB-N003 note at the number
   const std::string text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 366-QĐ-TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 08 tháng 8 năm 2025\n\n"
                            "QUY ĐỊNH\nvề rà soát, đánh giá\n\nĐiều 1. Phạm vi\n";
   const auto d = vanban::extract( text );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->type == "Quy định" );
   BOOST_TEST( d.info->number.value_or( "" ) == "366-QĐ-TW" );
   BOOST_TEST( d.info->issuer->name == "Ban Chấp hành Trung ương Đảng" );
   BOOST_TEST( d.info->date->iso() == "2025-08-08" );
   BOOST_REQUIRE( d.diagnostics.size() == 1u );
   BOOST_TEST( d.diagnostics[ 0 ].code == "VB-N003" );
   BOOST_TEST( d.diagnostics[ 0 ].span.line == 3u );
   BOOST_TEST( d.diagnostics[ 0 ].span.column == 4u );
   BOOST_TEST( text.substr( d.diagnostics[ 0 ].span.start, d.diagnostics[ 0 ].span.end - d.diagnostics[ 0 ].span.start ) == "366-QĐ-TW" );
}

BOOST_AUTO_TEST_CASE( units_under_their_parent_body )
{
   const auto unit = []( const std::string& header ) {
      const auto d = vanban::extract( header + "-------\nSố: 77/KH-BTG\nHà Nội, ngày 10 tháng 1 năm 2026\nKẾ HOẠCH\nTuyên truyền năm 2026\n" );
      return d.info && d.info->issuer ? d.info->issuer->name : std::string( "-" );
   };
   BOOST_TEST( unit( "TỈNH ỦY BẮC KẠN\nBAN TUYÊN GIÁO\n" ) == "Ban Tuyên giáo Tỉnh ủy Bắc Kạn" );
   BOOST_TEST( unit( "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSỞ Y TẾ\n" ) == "Sở Y tế thành phố Hải Phòng" );
   BOOST_TEST( unit( "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n" ) == "Cục Hải quan" );
   BOOST_TEST( unit( "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n" ) == "Văn phòng Trung ương Đảng" );
}

BOOST_AUTO_TEST_CASE( a_letter_and_a_joint_circular )
{
   const auto letter = vanban::extract( "BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                                        "---------------\nSố: 812/CT-CS\nV/v chính sách thuế\nđối với hộ kinh doanh\nHà Nội, ngày 03\n"
                                        "tháng 2 năm 2026\nKính gửi: Thuế tỉnh Lào Cai.\nCục Thuế nhận được công văn số 15/LCA-QLKK.\n" );
   BOOST_REQUIRE( letter.info.has_value() );
   BOOST_TEST( letter.info->type == "Công văn" );  // not "Chỉ thị": CT here is the Cục Thuế
   BOOST_TEST( letter.info->number.value_or( "" ) == "812/CT-CS" );
   BOOST_TEST( letter.info->date.value().iso() == "2026-02-03" );
   BOOST_TEST( letter.info->issuer->name == "Cục Thuế" );
   BOOST_TEST( letter.info->title.value_or( "" ) == "V/v chính sách thuế đối với hộ kinh doanh" );

   const auto joint = vanban::extract( "BỘ Y TẾ - BỘ TÀI CHÍNH\n-------\nSố: 05/2026/TTLT-BYT-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                       "Hà Nội, ngày 30 tháng 1 năm 2026\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn thanh toán chi phí\n" );
   BOOST_REQUIRE( joint.info.has_value() );
   BOOST_TEST( joint.info->type == "Thông tư liên tịch" );
   BOOST_TEST( joint.info->issuer->name == "Bộ Y tế - Bộ Tài chính" );
   BOOST_TEST( joint.info->issuer->members == ( std::vector<std::string>{ "Bộ Y tế", "Bộ Tài chính" } ) );
}

BOOST_AUTO_TEST_CASE( dates_from_adoption_and_from_the_authentication_block )
{
   const auto law = vanban::extract( "LUẬT\nSửa đổi, bổ sung một số điều của Luật Lưu trữ\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
                                     "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Lưu trữ.\nĐiều 1. Sửa đổi Điều 3\n"
                                     "Điều 2. Hiệu lực thi hành\nLuật này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"
                                     "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 thông qua ngày 20 tháng 11 năm 2025.\n"
                                     "CHỦ TỊCH QUỐC HỘI\n\nTrần Văn Nam\n" );
   BOOST_REQUIRE( law.info.has_value() );
   BOOST_TEST( law.info->type == "Luật" );
   BOOST_TEST( law.info->date.value().iso() == "2025-11-20" );  // not the effective date
   BOOST_TEST( law.info->issuer->name == "Quốc hội" );
   BOOST_REQUIRE( law.info->signers.size() == 1u );
   BOOST_TEST( law.info->signers[ 0 ].position.value_or( "" ) == "Chủ tịch Quốc hội" );
   BOOST_TEST( !law.article.has_value() );

   const auto vbhn = vanban::extract( "Điều 9. Tổ chức thực hiện\n1. Các bộ chịu trách nhiệm thi hành./.\n\nBỘ XÂY DỰNG\n\nSố: 31/VBHN-BXD\n\n"
                                      "XÁC THỰC VĂN BẢN HỢP NHẤT\n\nHà Nội, ngày 15 tháng 4 năm 2026\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Hải\n" );
   BOOST_REQUIRE( vbhn.info.has_value() );
   BOOST_TEST( vbhn.info->type == "Văn bản hợp nhất" );
   BOOST_TEST( vbhn.info->number.value_or( "" ) == "31/VBHN-BXD" );
   BOOST_TEST( vbhn.info->date.value().iso() == "2026-04-15" );
   BOOST_TEST( vbhn.info->issuer->name == "Bộ Xây dựng" );
   BOOST_REQUIRE( vbhn.info->signers.size() == 1u );
   BOOST_TEST( vbhn.info->signers[ 0 ].name == "Nguyễn Văn Hải" );
   const auto* a9 = find_node( vbhn, section_kind::article, "9" );
   BOOST_REQUIRE( a9 != nullptr );
   BOOST_TEST( a9->children.size() == 1u );
}

BOOST_AUTO_TEST_CASE( a_news_post_has_no_body_tree_and_keeps_its_wrapper )
{
   const auto d = vanban::extract( "Cổng thông tin điện tử tỉnh Nam Định\n08/03/2024\nBan hành Kế hoạch phát triển du lịch năm 2024\n"
                                   "Ngày 05/3/2024, UBND tỉnh Nam Định đã ban hành Kế hoạch số 45/KH-UBND về phát triển du lịch.\n"
                                   "1. Mục tiêu của kế hoạch là tăng lượng khách.\n2. Các sở, ngành triển khai.\n\nTrần Minh Hải\n" );
   BOOST_TEST( d.structure.empty() );
   BOOST_REQUIRE( d.article.has_value() );
   BOOST_REQUIRE( d.info.has_value() );
   BOOST_TEST( d.info->number.value_or( "" ) == "45/KH-UBND" );
   BOOST_TEST( d.info->signers.empty() );

   // a post whose title starts like a preamble line is still a post
   const auto q = vanban::extract( "Căn cứ xếp loại đảng viên năm 2025 theo Quy định 366\n\nNội dung chính\n\n"
                                   "Theo Điều 4 Quy định 366-QĐ/TW năm 2025, căn cứ xếp loại gồm:\n\n(1) Điều lệ Đảng.\n\n(2) Kết quả thực hiện nhiệm vụ.\n" );
   BOOST_TEST( q.structure.empty() );
   BOOST_TEST( q.article.has_value() );
   BOOST_TEST( ( !q.info || q.info->basis.empty() ) );
}

BOOST_AUTO_TEST_SUITE_END()
