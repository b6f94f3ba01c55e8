// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// Rule-level tests of issuer phrases: bodies named by a head word, several bodies issuing
// together, and where an issuer phrase belongs.

#include <boost/test/unit_test.hpp>

#include "vanban/grammar/issuer.hpp"

#include "grammar/check_rule.hpp"

namespace g = vanban::grammar;
using vanban::test::check_match;
using vanban::test::check_no_match;

BOOST_AUTO_TEST_SUITE( issuer_grammar_test )

BOOST_AUTO_TEST_CASE( bodies_named_by_a_head_word )
{
   check_match<g::org_name>( "Sở Giáo dục và Đào tạo về ban hành", "Sở Giáo dục và Đào tạo" );
   check_match<g::org_name>( "Sở Nông nghiệp và Môi trường tại Công văn", "Sở Nông nghiệp và Môi trường" );
   check_match<g::org_name>( "Ban Kinh tế- Ngân sách; ý kiến", "Ban Kinh tế- Ngân sách" );
   check_match<g::org_name>( "Ban Dân nguyện - Ủy ban Thường vụ Quốc hội về việc", "Ban Dân nguyện - Ủy ban Thường vụ Quốc hội" );
   check_match<g::org_name>( "Cổng Thông tin điện tử Chính phủ về thông tin", "Cổng Thông tin điện tử Chính phủ" );
   check_match<g::org_name>( "Thuế TP. Hà Nội, văn bản", "Thuế TP. Hà Nội" );
   check_match<g::org_name>( "Thuế tỉnh Vĩnh Long về chính sách", "Thuế tỉnh Vĩnh Long" );
   check_match<g::org_name>( "Công Ty TNHH Khuôn Mẫu Yong Hong (gọi tắt", "Công Ty TNHH Khuôn Mẫu Yong Hong" );
   check_match<g::org_name>( "Công ty cổ phần\nE.K.LM về chính sách", "Công ty cổ phần\nE.K.LM" );
   check_match<g::org_name>( "Ban pháp\nchế Hội đồng nhân dân thành phố Hà Nội; Báo cáo", "Ban pháp\nchế Hội đồng nhân dân thành phố Hà Nội" );
   check_match<g::org_name>( "Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố về", "Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố" );
   check_match<g::org_name>( "Trung tâm phục vụ hành chính công UBND Hà Nội ban hành", "Trung tâm phục vụ hành chính công UBND Hà Nội" );
}

BOOST_AUTO_TEST_CASE( a_body_of_the_lexicon_ends_the_name_it_closes )
{
   check_match<g::org_name>( "Tổ giúp việc Ban chỉ đạo\nTrung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển\nđổi số thông báo kết luận",
                             "Tổ giúp việc Ban chỉ đạo\nTrung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển\nđổi số" );
}

BOOST_AUTO_TEST_CASE( head_words_that_name_no_body )
{
   check_no_match<g::org_name>( "Ban hành kèm theo Quyết định" );
   check_no_match<g::org_name>( "Hội nghị Trung ương 4" );
   check_no_match<g::org_name>( "Sở dĩ như vậy" );
   check_no_match<g::org_name>( "ban Kinh tế" );  // a body's name starts with a capital
}

BOOST_AUTO_TEST_CASE( bodies_in_any_case )
{
   check_match<g::body_name>( "Ban chỉ đạo Trung ương về", "Ban chỉ đạo Trung ương" );
   check_match<g::body_name>( "BỘ TÀI CHÍNH hướng dẫn", "BỘ TÀI CHÍNH" );
   check_match<g::body_name>( "ủy ban nhân dân tỉnh", "ủy ban nhân dân" );
}

BOOST_AUTO_TEST_CASE( several_bodies_issuing_together )
{
   check_match<g::issuer_phrase>( "Bộ Chính trị, Ban Bí thư về", "Bộ Chính trị, Ban Bí thư" );
   check_match<g::issuer_phrase>( "Bộ Lao động - Thương binh và Xã hội - \nNgân hàng Nhà nước Việt Nam quy định", "Bộ Lao động - Thương binh và Xã hội - \nNgân hàng Nhà nước Việt Nam" );
   // a body followed by a verb starts a clause of its own
   check_match<g::issuer_phrase>( "Ban Bí thư, Ban Tuyên giáo và Dân vận Trung ương hướng dẫn một số", "Ban Bí thư" );
   check_match<g::issuer_phrase>( "Thủ tướng Chính phủ, Bộ Kế hoạch và Đầu tư đã có văn bản", "Thủ tướng Chính phủ" );
   check_match<g::issuer_phrase>( "Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo\nthực hiện sắp xếp", "Bộ Chính trị, Ban Bí thư" );
}

BOOST_AUTO_TEST_CASE( an_issuer_before_a_place_of_another_mention_is_not_this_ones )
{
   // "…, của Ban Bí thư tại văn bản số 213-KL/TW": Ban Bí thư issued the next document
   check_no_match<g::issuer_clause>( "của\nBan Bí thư tại văn bản số 213-KL/TW" );
   check_match<g::issuer_clause>( "của Ủy ban nhân dân thành phố tại về dự thảo", "của Ủy ban nhân dân thành phố" );
   check_match<g::issuer_clause>( "của Bộ Y tế tại cuộc họp", "của Bộ Y tế" );
}

BOOST_AUTO_TEST_SUITE_END()
