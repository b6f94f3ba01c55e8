// vanban: structured data from Vietnamese policy and legal documents.
// SPDX-License-Identifier: MIT

// The scan's first-word gate (lexicon::first_word_index, grammar::first_word_sor): it may only
// skip recognizers that cannot match, so the gated `mention` must match exactly where, and as far
// as, the plain sor of the same recognizers does — checked at every word start of real texts.

#include <boost/test/unit_test.hpp>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <tao/pegtl.hpp>

#include <vanban/extract.hpp>

#include "vanban/grammar/scan.hpp"
#include "vanban/grammar/structure.hpp"
#include "grammar/check_rule.hpp"
#include "lexicon/lexicon.hpp"
#include "normalize/normalize.hpp"
#include "text/utf8.hpp"
#include "test_util.hpp"

namespace g = vanban::grammar;
namespace lx = vanban::lexicon;
namespace pegtl = tao::pegtl;

namespace {

// the recognizers of g::mention, tried one after the other as before the gate
struct plain_mention : pegtl::sor< g::typed_mention, g::cue, g::pinpoint, g::promulgation, g::body_mention, g::date_mention > {};

// one step of the scan without its shortcut (gated_step): a mention where one begins, else skip
struct plain_step : pegtl::sor< pegtl::seq< pegtl::at< g::mention_char >, plain_mention >, g::skip > {};

// the kinds of line of g::layout::line_item, likewise
namespace l = g::layout;
struct plain_line : pegtl::sor< l::noise, l::motto_state, l::motto_slogan, l::motto_party, l::number_line, l::flat_header, l::basis, l::proposal, l::place_date,
                                l::authentication, l::recipients, l::signer_line, l::part, l::chapter, l::section, l::article, l::appendix, l::roman_heading,
                                l::letter_part, l::clause, l::point, l::bullet, l::decide, l::of_issuers, l::type_heading, l::attachment, l::body_line > {};

using vanban::test::match_at;

/// Every word start of the normalized text where the gated and the plain mention differ, and
/// every line (its first non-blank byte) where the gated and the plain line_item differ.
std::vector<std::string> differences( const std::string& original )
{
   const auto n = vanban::detail::normalize( original, vanban::options{} );
   const std::string_view t = n.text;
   std::vector<std::string> out;
   for( std::size_t i = 0; i < t.size(); ) {
      while( i < t.size() && ( t[ i ] == ' ' || t[ i ] == '\t' ) ) {
         ++i;
      }
      if( i < t.size() && t[ i ] != '\n' ) {
         const long a = match_at< l::line_item >( t, i );
         const long b = match_at< plain_line >( t, i );
         if( a != b ) {
            out.push_back( "line " + std::string( t.substr( i, 60 ) ) + " (gated " + std::to_string( a ) + ", plain " + std::to_string( b ) + ")" );
         }
      }
      const std::size_t eol = t.find( '\n', i );
      i = eol == std::string_view::npos ? t.size() : eol + 1;
   }
   for( std::size_t i = 0; i < t.size(); ++i ) {
      if( ( static_cast<unsigned char>( t[ i ] ) & 0xC0 ) == 0x80 ) {
         continue;
      }
      // the scan's step, which passes a word that begins nothing at once, at every character;
      // where it goes further than one plain step, each plain step after the first passes one
      // byte that begins no mention (a blank, ASCII punctuation), up to where it ends
      const long sa = match_at< g::scan_step >( t, i );
      long sb = match_at< plain_step >( t, i );
      while( sb >= 0 && sb < sa && match_at< g::mention_char >( t, i + std::size_t( sb ) ) == -1 && match_at< plain_step >( t, i + std::size_t( sb ) ) == 1 ) {
         ++sb;
      }
      if( sa != sb ) {
         out.push_back( "step " + std::string( t.substr( i, 60 ) ) + " (gated " + std::to_string( sa ) + ", plain " + std::to_string( sb ) + ")" );
      }
      const bool word_start = i == 0 || !vanban::detail::is_word_before( t.data(), t.data() + i );
      if( !word_start ) {
         continue;
      }
      const long a = match_at< g::mention >( t, i );
      const long b = match_at< plain_mention >( t, i );
      if( a != b ) {
         out.push_back( std::string( t.substr( i, 60 ) ) + " (gated " + std::to_string( a ) + ", plain " + std::to_string( b ) + ")" );
      }
   }
   return out;
}

/// Where at() and read() (the index's answer with and without its memo) differ at the word
/// starts of `text`, normalized as the scan reads it.
std::vector<std::string> memo_differences( const std::string& original )
{
   const auto n = vanban::detail::normalize( original, vanban::options{} );
   const std::string_view text = n.text;
   const auto& w = g::mention_words::index();
   std::vector<std::string> out;
   const char* const end = text.data() + text.size();
   for( std::size_t i = 0; i < text.size(); ++i ) {
      const char* const p = text.data() + i;
      if( ( *p >= '0' && *p <= '9' ) || ( static_cast<unsigned char>( *p ) & 0xC0 ) == 0x80 || vanban::detail::is_word_before( text.data(), p ) ) {
         continue;
      }
      const char* at_end = nullptr;
      const char* read_end = nullptr;
      lx::first_word_index::word_reading r;
      const std::uint32_t remembered = w.at( p, end, at_end );
      if( remembered != w.read( p, end, read_end, r ) || at_end != read_end ) {
         out.push_back( "at byte " + std::to_string( i ) + ": " + std::string( text.substr( i, 24 ) ) );
      }
   }
   return out;
}

using vanban::test::first;

std::uint32_t bits( const lx::first_word_index& w, std::string_view s )
{
   return w.at( s.data(), s.data() + s.size() );
}

}  // namespace

BOOST_AUTO_TEST_SUITE( scan_gate_test )

BOOST_AUTO_TEST_CASE( a_word_is_its_letters_in_lower_case )
{
   lx::first_word_index w;
   w.add( "ngày", 1 );
   w.add( "Ủy ban nhân dân", 2 );
   w.add( "tháng", 4 );
   w.add( "“Nghị", 8 );  // begins with no letter
   BOOST_TEST( bits( w, "ngày 16/5/2016" ) == 1u );
   BOOST_TEST( bits( w, "NGÀY 02 THÁNG" ) == 1u );
   BOOST_TEST( bits( w, "Ngày16/5" ) == 1u );  // digits end a word
   BOOST_TEST( bits( w, "ngàyx" ) == 0u );     // a longer word is another word
   BOOST_TEST( bits( w, "ngà" ) == 0u );
   BOOST_TEST( bits( w, "ỦY BAN" ) == 2u );
   BOOST_TEST( bits( w, "ủy, ban" ) == 2u );
   BOOST_TEST( bits( w, "tháng/năm" ) == 4u );
   BOOST_TEST( bits( w, "“Quyết định" ) == 8u );  // every word that begins with no letter
   BOOST_TEST( bits( w, "2/2024" ) == ~0u );       // a number: every group
   BOOST_TEST( bits( w, "" ) == 0u );
   BOOST_TEST( bits( w, std::string( 100000, 'a' ) ) == 0u );  // longer than every word: read no further
}

// at a digit, every group unless the index names those that read a number first; a group with
// a key that begins with a digit is always among them
BOOST_AUTO_TEST_CASE( a_number_begins_the_groups_named_for_it )
{
   lx::first_word_index w;
   w.add( "ngày", 1 );
   w.add( "Ủy ban nhân dân", 2 );
   BOOST_TEST( bits( w, "16/5/2016" ) == ~0u );
   w.add_digits( 1 );
   BOOST_TEST( bits( w, "16/5/2016" ) == 1u );
   BOOST_TEST( bits( w, "ngày 16" ) == 1u );  // words as before
   w.add( "115 cứu hộ", 4 );
   BOOST_TEST( bits( w, "16/5/2016" ) == 5u );
   BOOST_TEST( bits( w, "Ủy ban" ) == 2u );
   // the scan's index: the date alone reads a number first
   BOOST_TEST( g::mention_words::at( "16/5/2016", "16/5/2016" + 9 ) == 1u << 5 );
}

// a group added with its second words begins at its first word only before one of them; a key
// of one word, or with no letter after its space, lets the group begin whatever follows
BOOST_AUTO_TEST_CASE( a_group_with_second_words_begins_only_before_one )
{
   const std::array<lx::key, 4> keys{ { { "Bộ Tài chính", 0, 0 }, { "Bộ trưởng", 0, 0 }, { "Sở", 0, 0 }, { "Khu 7", 0, 0 } } };
   lx::first_word_index w;
   w.add_pairs( keys, 1 );
   BOOST_TEST( bits( w, "Bộ Tài chính" ) == 1u );
   BOOST_TEST( bits( w, "BỘ TÀI CHÍNH" ) == 1u );     // letters folded
   BOOST_TEST( bits( w, "bộ \n  trưởng" ) == 1u );   // a run of whitespace
   BOOST_TEST( bits( w, "Bộ Tài16" ) == 1u );         // the letters are the word's: the tries decide
   BOOST_TEST( bits( w, "bộ phận" ) == 0u );
   BOOST_TEST( bits( w, "Bộ Tàix" ) == 0u );          // a longer word
   BOOST_TEST( bits( w, "Bộ trưởngg" ) == 0u );       // longer than every second word
   BOOST_TEST( bits( w, "Bộ, Tài chính" ) == 0u );    // no whitespace after the first word
   BOOST_TEST( bits( w, "Bộ" ) == 0u );
   BOOST_TEST( bits( w, "Bộ 5" ) == 0u );
   BOOST_TEST( bits( w, "sở hữu" ) == 1u );           // a key of one word
   BOOST_TEST( bits( w, "khu vực" ) == 1u );          // no letter after its space
   w.add( "bộ", 2 );                                  // another group, whatever follows
   BOOST_TEST( bits( w, "bộ phận" ) == 2u );
   BOOST_TEST( bits( w, "Bộ Tài chính" ) == 3u );
   w.add( "bộ phận", 1 );                             // added so, the first group too
   BOOST_TEST( bits( w, "bộ máy" ) == 3u );
}

// where the first word is all of its word, the scan passes it at once
BOOST_AUTO_TEST_CASE( a_word_that_is_its_first_word_ends_where_its_letters_end )
{
   lx::first_word_index w;
   w.add( "ngày", 1 );
   w.add( "Ủy ban nhân dân", 2 );
   const auto end_of = [ & ]( std::string_view s ) -> long {
      const char* e = nullptr;
      (void)w.at( s.data(), s.data() + s.size(), e );
      return e == nullptr ? -1 : long( e - s.data() );
   };
   BOOST_TEST( end_of( "ngày 16/5" ) == long( std::string_view( "ngày" ).size() ) );
   BOOST_TEST( end_of( "được, và" ) == long( std::string_view( "được" ).size() ) );  // not in the index: still a word
   BOOST_TEST( end_of( "ỦY" ) == 4 );                                               // at the end of the text
   BOOST_TEST( end_of( "Ngày16/5" ) == -1 );                                        // a digit goes on with the word
   BOOST_TEST( end_of( "ngà\u0301 x" ) == long( std::string_view( "ngà\u0301" ).size() ) );  // a combining mark is a letter
   BOOST_TEST( end_of( "“Nghị" ) == -1 );                                          // no letter first
   BOOST_TEST( end_of( "16/5" ) == -1 );
   BOOST_TEST( end_of( "" ) == -1 );
   BOOST_TEST( end_of( "ngàyngày x" ) == -1 );  // longer than every word of the index: not read to its end
   BOOST_TEST( end_of( "ủy x" ) == long( std::string_view( "ủy" ).size() ) );
}

// at() remembers its answer for a short word by the word's bytes: the answer is read()'s, the
// word read afresh, whatever was asked before (endings of every kind, both orders)
BOOST_AUTO_TEST_CASE( a_remembered_answer_is_the_answer_read_afresh )
{
   const auto& w = g::mention_words::index();
   const std::vector<std::string> texts = {
      "ngày 16/5/2016", "ngày16/5/2016", "ngày, 16/5/2016", "NGÀY 02 THÁNG 5",  // a digit, or not, after the word
      "Bộ Tài chính ban hành", "bộ phận một cửa", "Bộ phận một cửa", "BỘ TÀI CHÍNH",  // a second word decides
      "Luật“Đất đai”", "Luật Đất đai năm", "luật đất đai năm",                       // no ASCII byte ends it
      "thường xuyên", "nghiệp vụ x", "abcdefg hij", "abcdefgh ijk", "Chương trình số",  // 7, 8 and 9 bytes
      "nghiệp", "nghiệp1 x", "nghiệp“x”", "nghiệpx x", "NGHIỆP, nghiệp.", "Nghiệp-vụ",        // 8 bytes and what ends them
      "abcdefgh", "abcdefgh5", "abcdefghi", "abcdefgh\n", "Trường hợp", "Bộ trưởng Bộ",
      "Căn cứ Luật", "căn cứ luật", "ủy ban nhân", "Ủy ban nhân",
   };
   std::size_t asked = 0;
   for( int round = 0; round < 2; ++round ) {
      for( std::size_t k = 0; k < texts.size(); ++k ) {
         // forwards, then backwards: each ending is asked before and after the others
         const std::string& t = texts[ round == 0 ? k : texts.size() - 1 - k ];
         for( std::size_t i = 0; i < t.size(); ++i ) {
            if( ( t[ i ] >= '0' && t[ i ] <= '9' ) || ( static_cast<unsigned char>( t[ i ] ) & 0xC0 ) == 0x80 ) {
               continue;  // at() answers digits before its memo; a continuation byte starts nothing
            }
            const char* const end = t.data() + t.size();
            const char* at_end = nullptr;
            const char* read_end = nullptr;
            lx::first_word_index::word_reading r;
            const std::uint32_t remembered = w.at( t.data() + i, end, at_end );
            BOOST_TEST( remembered == w.read( t.data() + i, end, read_end, r ), t << " at " << i );
            BOOST_TEST( at_end == read_end, t << " at " << i );
            ++asked;
         }
      }
   }
   BOOST_TEST( asked > 400u );
}

// the memo knows an index by a number that changes with the index: an index made where another
// was, or changed after a word was asked, is asked anew
BOOST_AUTO_TEST_CASE( an_index_made_anew_or_changed_answers_anew )
{
   for( const std::uint32_t group : { 1u, 2u, 4u } ) {
      lx::first_word_index w;  // the same place on the stack each time
      w.add( "ngày", group );
      BOOST_TEST( bits( w, "ngày 16/5/2016" ) == group );
      BOOST_TEST( bits( w, "ngày 16/5/2016" ) == group );
   }
   lx::first_word_index w;
   w.add( "ngày", 1 );
   BOOST_TEST( bits( w, "ngày 16/5/2016" ) == 1u );
   w.add( "ngày", 2 );
   BOOST_TEST( bits( w, "ngày 16/5/2016" ) == 3u );
   BOOST_TEST( bits( w, "Ngày 16/5/2016" ) == 3u );
   w.add_upper( 4 );
   BOOST_TEST( bits( w, "Ngày 16/5/2016" ) == 7u );
   const std::array<lx::key, 1> keys{ { { "ngày lễ", 0, 0 } } };
   w.add_pairs( keys, 8 );
   BOOST_TEST( bits( w, "ngày 16/5/2016" ) == 3u );
   BOOST_TEST( bits( w, "ngày lễ lớn" ) == 11u );
}

// a word that begins nothing is passed with the blanks and ASCII punctuation after it, and a
// run of those where no word begins, in one step; a word that may begin a mention is not
BOOST_AUTO_TEST_CASE( a_step_passes_a_word_and_the_blanks_after_it )
{
   const auto step = []( std::string_view s ) { return match_at< g::scan_step >( s, 0 ); };
   BOOST_TEST( step( "của, và" ) == long( std::string_view( "của, " ).size() ) );
   BOOST_TEST( step( "những  \n- (x)" ) == long( std::string_view( "những  \n- (" ).size() ) );
   BOOST_TEST( step( "  \n\t- Căn cứ" ) == 6 );                                    // up to the letter
   BOOST_TEST( step( "và" ) == long( std::string_view( "và" ).size() ) );          // the end of the text
   BOOST_TEST( step( "và “Nghị" ) == long( std::string_view( "và " ).size() ) );   // a quotation mark may begin a mention
   BOOST_TEST( step( "và 16/5" ) == long( std::string_view( "và " ).size() ) );    // so may a digit
   BOOST_TEST( step( "ngày 5 x" ) == long( std::string_view( "ngày" ).size() ) );  // may begin a date: skipped alone
   BOOST_TEST( step( "ngày16 x" ) == long( std::string_view( "ngày16" ).size() ) ); // a digit goes on with the word
   BOOST_TEST( step( "" ) == -1 );
}

BOOST_AUTO_TEST_CASE( gated_and_plain_mention_agree_on_every_kind_of_mention )
{
   // each recognizer, in lower, capitalized and upper case where the grammar allows it
   const std::string text =
      "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 "
      "của Chính phủ; thực hiện Kết luận số 03-KL/TU ngày 10/12/2020 của Tỉnh ủy Bắc Kạn, Chỉ thị số 16/CT-TTg "
      "ngày 16/5/2016 của Thủ tướng Chính phủ; Bộ trưởng Bộ Tài chính ban hành Thông tư. Theo khoản 2 Điều 5 "
      "Nghị định 73, điểm a khoản 1 điều 3 của Luật, Tiểu mục 2 Mục 1 Chương II Phần thứ nhất, Phụ lục số 01 "
      "Quyết định, phụ lục II, tiết b. NGÀY 02 THÁNG 01 NĂM 2025, ngày ngày 1/1/2020, ngày16/5/2016, tháng 2/1999, "
      "Tháng 10 năm 2020. UBND tỉnh Lạng Sơn, Ủy ban nhân dân thành phố Hà Nội, ỦY BAN NHÂN DÂN TỈNH, Sở Y tế "
      "tỉnh Đồng Nai, Ban chỉ đạo Trung ương, Quyết định số …/QĐ-UBND, Nghị quyết Trung ương 4 khóa XII, "
      "“Nghị quyết số 25-NQ/TW”, (Chỉ thị 05), 1/1/, sửa đổi, bổ sung, bãi bỏ, hướng dẫn thi hành.\n"
      // every kind of line
      "CÔNG BÁO/Số 252/Ngày 27-04-2026\n12 CÔNG BÁO/Số 1\nÔNG BÁO/Số 3\n(Xem tiếp Công báo số 5)\nKý bởi: Cổng\n-------\n(Đã ký)\n"
      "VĂN BẢN HỢP NHẤT - X\n17\n--- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Số: 141/KH-UBND\nLuật số: 50/2024/QH15\nCHÍNH PHỦ Số: 170/2025/NĐ-CP | CỘNG HÒA\n- Căn cứ Luật\nCĂN CỨ\n+ Theo đề nghị của\n"
      "Xét đề xuất\nHà Nội, ngày 03 tháng 4 năm 2026\nTP. Hồ Chí Minh, ngày  tháng  năm 2026\nXÁC THỰC VĂN BẢN HỢP NHẤT\nNơi nhận:\n"
      "TM. CHÍNH PHỦ\nKT. CHỦ TỊCH\nT/M BAN BÍ THƯ\nPhần thứ nhất\nPHẦN II\nChương I\nMục 2. QUẢN LÝ\nĐiều 1. Phạm vi\nĐiều 11a.\n"
      "PHỤ LỤC II\nPhụ lục số 01\nIV. NHIỆM VỤ\nII)\nA. QUY ĐỊNH CHUNG\n1. Mục tiêu\n2) Nội dung\n1.2. Giải pháp\n(1) Công tác\n"
      "a) Tổ chức\nđ. Quản lý\n(b) Khác\n- Ý kiến\n+ Nội dung\n• Việc\nQUYẾT ĐỊNH:\nQuyết định:\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\n"
      "NGHỊ ĐỊNH\nKẾ HOẠCH\nDANH MỤC\nBIỂU MẪU\nỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nChính phủ ban hành Nghị định\n"
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nBộ trưởng Bộ Tài chính\n";
   const auto diff = differences( text );
   BOOST_TEST( diff.empty(), first( diff ) );
}

BOOST_AUTO_TEST_CASE( gated_and_plain_mention_agree_on_the_test_texts )
{
   const auto data = vanban::test::data_dir();
   std::size_t files = 0;
   std::vector<std::filesystem::path> paths{ data / "seed.txt" };
   for( const auto& e : std::filesystem::recursive_directory_iterator( data / "structure" ) ) {
      if( e.path().extension() == ".txt" ) {
         paths.push_back( e.path() );
      }
   }
   for( const auto& p : paths ) {
      BOOST_TEST_CONTEXT( p.filename().string() )
      {
         const std::string text = vanban::test::read_file( p );
         const auto diff = differences( text );
         BOOST_TEST( diff.empty(), first( diff ) );
         const auto memo = memo_differences( text );
         BOOST_TEST( memo.empty(), "memo: " + first( memo ) );
      }
      ++files;
   }
   BOOST_TEST( files >= 10u );
}

BOOST_AUTO_TEST_CASE( gated_and_plain_mention_agree_on_the_corpus )
{
   const auto shared = vanban::test::shared_dir();
   if( !shared ) {
      BOOST_TEST_MESSAGE( "../shared is absent: corpus check skipped" );
      return;
   }
   std::size_t files = 0;
   for( const auto& e : std::filesystem::directory_iterator( *shared / "corpus" / "docs" ) ) {
      const std::string text = vanban::test::read_file( e.path() );
      const auto diff = differences( text );
      BOOST_TEST( diff.empty(), e.path().filename().string() + ": " + first( diff ) );
      const auto memo = memo_differences( text );
      BOOST_TEST( memo.empty(), e.path().filename().string() + ": memo: " + first( memo ) );
      ++files;
   }
   BOOST_TEST( files == 984u );
}

BOOST_AUTO_TEST_SUITE_END()
