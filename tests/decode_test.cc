// Tests for parser/text/decode.h: bytes → UTF-8 plus the source encoding.
//
// Each table row is one input and what Decode() must make of it. Legacy
// encodings (GB18030, Shift_JIS, ...) are produced in the test with ICU's
// converters from UTF-8 source text, so the expected text is readable here.
// The negative tables list inputs that must be refused (binary, empty) and
// inputs that look a little like binary but must still decode as text.
#include "text/decode.h"

#include <catch2/catch.hpp>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {
namespace {

using namespace std::string_literals;

// `utf8` encoded in `charset` with ICU (no BOM is added).
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<size_t>(u.length()) * 4 + 16, '\0');
  int32_t len = u.extract(out.data(), static_cast<int32_t>(out.size()), conv.get(), status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(len));
  return out;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

size_t CountReplacements(std::string_view text) {
  size_t n = 0;
  for (size_t pos = text.find("\uFFFD"); pos != std::string_view::npos;
       pos = text.find("\uFFFD", pos + 3)) {
    ++n;
  }
  return n;
}

bool AnyWarningContains(const Decoded& d, std::string_view needle) {
  for (const std::string& w : d.warnings) {
    if (w.find(needle) != std::string::npos) return true;
  }
  return false;
}

// -- Text long enough for ICU's detector to be confident. ------------------

// French/English prose with accents, smart quotes, an en dash and a euro sign
// (the last three only exist in Windows-1252, not in Latin-1).
const std::string kLatinText =
    "René Müller — Curriculum Vitae\n"
    "Adresse : 12 rue de la Gare, Genève\n"
    "Expérience professionnelle\n"
    "Développeur « senior » chez Société Générale, 2019–2023 : conception d’une "
    "plateforme de paiement, réduction des coûts de 30 %, budget 250 000 €.\n"
    "Formation : École Polytechnique Fédérale, diplôme d’ingénieur, mention très bien.\n"
    "Compétences : C++, Python, SQL ; “travail d’équipe” et communication.\n"
    "Loisirs : randonnée, théâtre, cinéma, café-philo, naïveté assumée.\n";

const std::string kChineseText =
    "张伟 个人简历\n"
    "教育背景\n"
    "电子科技大学 计算机科学与技术 硕士 2021年9月至2024年6月\n"
    "浙江工业大学 计算机科学与技术 学士 2017年9月至2021年6月\n"
    "工作经历\n"
    "阿里巴巴集团 算法工程师 负责推荐系统的召回与排序模型的研发工作，提升点击率百分之五。\n"
    "专业技能\n"
    "熟悉机器学习与深度学习算法，熟练使用编程语言进行数据分析与模型训练。\n";

const std::string kJapaneseText =
    "山田太郎 履歴書\n"
    "学歴\n"
    "東京大学 工学部 情報工学科 卒業 二〇一八年三月\n"
    "職歴\n"
    "株式会社ソフトウェア開発 エンジニアとして、ウェブアプリケーションの設計と開発を担当しました。\n"
    "資格\n"
    "日本語能力試験、基本情報技術者試験に合格しています。よろしくお願いいたします。\n";

const std::string kRussianText =
    "Иван Петров — резюме\n"
    "Образование: Московский государственный университет, факультет вычислительной "
    "математики и кибернетики, специалист по программному обеспечению.\n"
    "Опыт работы: ведущий разработчик в компании, проектирование и разработка "
    "высоконагруженных систем, обучение младших сотрудников.\n"
    "Навыки: программирование, базы данных, анализ требований, английский язык.\n";

const std::string kKoreanText =
    "김민준 이력서\n"
    "학력: 서울대학교 컴퓨터공학부 졸업, 석사 과정 수료\n"
    "경력: 소프트웨어 개발자로서 웹 서비스의 설계와 개발을 담당하였습니다. "
    "대규모 데이터 처리 시스템을 구축하고 운영하였습니다.\n"
    "기술: 프로그래밍, 데이터베이스, 기계 학습, 영어 회화 가능합니다.\n";

// -- Rows: input bytes → text and encoding. ---------------------------------

struct DecodeRow {
  std::string name;
  std::string bytes;
  std::string text;      // expected decoded text
  std::string encoding;  // expected Decoded::encoding
  std::string warning;   // a substring one warning must contain; "" = no warnings
};

std::vector<DecodeRow> DecodeRows() {
  const std::string kMixed = "Zoë Ångström — 教育背景 ✉ zoe@example.com\n";
  return {
      // UTF-8.
      {"plain ASCII", "Jane Doe\njane@example.com\n", "Jane Doe\njane@example.com\n", "UTF-8", ""},
      {"UTF-8 without BOM", kMixed, kMixed, "UTF-8", ""},
      {"UTF-8 with BOM", "\xEF\xBB\xBF" + kMixed, kMixed, "UTF-8 (BOM)", ""},
      {"UTF-8 BOM only text after", "\xEF\xBB\xBFJane", "Jane", "UTF-8 (BOM)", ""},
      {"UTF-8 emoji and CJK", "🌐 github.com/jdoe ☎ 电话\n", "🌐 github.com/jdoe ☎ 电话\n", "UTF-8", ""},
      {"UTF-8 CRLF kept", "Jane\r\nDoe\r\n", "Jane\r\nDoe\r\n", "UTF-8", ""},
      {"UTF-8 long Chinese", kChineseText, kChineseText, "UTF-8", ""},
      {"UTF-8 escape character kept", "Jane\x1B[1mDoe\n", "Jane\x1B[1mDoe\n", "UTF-8", ""},

      // UTF-16 and UTF-32 with a byte-order mark.
      {"UTF-16LE with BOM", "\xFF\xFE"s + Encode(kMixed, "UTF-16LE"), kMixed, "UTF-16LE", ""},
      {"UTF-16BE with BOM", "\xFE\xFF"s + Encode(kMixed, "UTF-16BE"), kMixed, "UTF-16BE", ""},
      {"UTF-16LE with BOM, astral emoji", "\xFF\xFE"s + Encode("📧 jane@x.org", "UTF-16LE"),
       "📧 jane@x.org", "UTF-16LE", ""},
      {"UTF-16LE header example", "\xFF\xFEJ\0a\0"s, "Ja", "UTF-16LE", ""},
      {"UTF-32LE with BOM", "\xFF\xFE\0\0"s + Encode(kMixed, "UTF-32LE"), kMixed, "UTF-32LE", ""},
      {"UTF-32BE with BOM", "\0\0\xFE\xFF"s + Encode(kMixed, "UTF-32BE"), kMixed, "UTF-32BE", ""},

      // UTF-16 without a BOM: guessed from the NUL bytes, with a warning.
      {"UTF-16LE without BOM", Encode("Jane Doe\nSoftware Engineer\n", "UTF-16LE"),
       "Jane Doe\nSoftware Engineer\n", "UTF-16LE", "guessed UTF-16LE"},
      {"UTF-16BE without BOM", Encode("Jane Doe\nSoftware Engineer\n", "UTF-16BE"),
       "Jane Doe\nSoftware Engineer\n", "UTF-16BE", "guessed UTF-16BE"},
      {"UTF-16LE without BOM, accents", Encode("Zoë Müller, Genève, Suisse\n", "UTF-16LE"),
       "Zoë Müller, Genève, Suisse\n", "UTF-16LE", "without a byte-order mark"},

      // Legacy single-byte and CJK encodings, detected by ICU.
      {"Windows-1252 prose", Encode(kLatinText, "windows-1252"), kLatinText, "windows-1252", ""},
      {"Windows-1252 repeated", Encode(Repeat("Café “Zoë” Müller – résumé, naïve façade. ", 10),
                                       "windows-1252"),
       Repeat("Café “Zoë” Müller – résumé, naïve façade. ", 10), "windows-1252", ""},
      {"Latin-1 bytes read as Windows-1252",
       Encode(Repeat("José Peña, Señor Ibáñez, Málaga, España. ", 10), "ISO-8859-1"),
       Repeat("José Peña, Señor Ibáñez, Málaga, España. ", 10), "windows-1252", ""},
      {"GB18030 Chinese", Encode(kChineseText, "GB18030"), kChineseText, "GB18030", ""},
      {"Shift_JIS Japanese", Encode(kJapaneseText, "Shift_JIS"), kJapaneseText, "Shift_JIS", ""},
      {"windows-1251 Russian", Encode(kRussianText, "windows-1251"), kRussianText, "windows-1251", ""},
      {"EUC-KR Korean", Encode(kKoreanText, "EUC-KR"), kKoreanText, "EUC-KR", ""},
  };
}

TEST_CASE("Decode: encodings", "[decode]") {
  for (const DecodeRow& row : DecodeRows()) {
    INFO("row: " << row.name);
    Decoded d;
    Status s = Decode(row.bytes, &d);
    REQUIRE(s.ok());
    CHECK(d.text == row.text);
    CHECK(d.encoding == row.encoding);
    if (row.warning.empty()) {
      CHECK(d.warnings.empty());
    } else {
      CHECK(AnyWarningContains(d, row.warning));
    }
    CHECK(d.text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);  // never a BOM
  }
}

// -- Invalid UTF-8: each maximal ill-formed subsequence becomes U+FFFD. ------
//
// The broken bytes sit between plenty of good multi-byte characters, so the
// input is still read as UTF-8 (mostly-ASCII text with stray high bytes is a
// legacy encoding instead: see "Decode: Latin-1 guesses" below).

struct InvalidRow {
  std::string name;
  std::string bad;  // inserted between kBefore and kAfter
  size_t replacements;
};

TEST_CASE("Decode: invalid UTF-8 becomes U+FFFD with a warning", "[decode]") {
  const std::string kBefore = "Zoë Müller — 教育背景 ";
  const std::string kAfter = " Genève, Zürich — 工作经历 项目经历 专业技能 获奖情况\n";
  const std::vector<InvalidRow> rows = {
      {"lone continuation byte", "\x80", 1},
      {"two lone continuation bytes", "\x80\xBF", 2},
      {"overlong slash (C0 AF)", "\xC0\xAF", 2},
      {"overlong NUL (C0 80)", "\xC0\x80", 2},
      {"overlong three-byte slash (E0 80 AF)", "\xE0\x80\xAF", 3},
      {"overlong four-byte (F0 80 80 AF)", "\xF0\x80\x80\xAF", 4},
      {"high surrogate (ED A0 80)", "\xED\xA0\x80", 3},
      {"low surrogate (ED BF BF)", "\xED\xBF\xBF", 3},
      {"surrogate pair in CESU-8", "\xED\xA0\xBD\xED\xB8\x80", 6},
      {"above U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80", 4},
      {"F5 lead byte", "\xF5\x80\x80\x80", 4},
      {"five-byte form (F8)", "\xF8\x88\x80\x80\x80", 5},
      {"FE and FF", "\xFE\xFF", 2},
      {"truncated two-byte", "\xC3", 1},
      {"truncated three-byte", "\xE4\xBD", 1},
      {"truncated four-byte", "\xF0\x9F\x98", 1},
      {"truncated then ASCII", "\xE6\x95x", 1},
      {"two truncated sequences", "\xE6\x95\xE6\x95", 2},
  };
  for (const InvalidRow& row : rows) {
    INFO("row: " << row.name);
    Decoded d;
    Status s = Decode(kBefore + row.bad + kAfter, &d);
    REQUIRE(s.ok());
    CHECK(d.encoding == "UTF-8");
    std::string expected = kBefore;
    for (size_t i = 0; i < row.replacements; ++i) expected += "\uFFFD";
    if (row.name == "truncated then ASCII") expected += "x";
    expected += kAfter;
    CHECK(d.text == expected);
    CHECK(CountReplacements(d.text) == row.replacements);
    REQUIRE(d.warnings.size() == 1);
    CHECK(d.warnings[0] == std::to_string(row.replacements) +
                               " invalid UTF-8 sequence(s) replaced by U+FFFD");
  }

  SECTION("truncated at the very end of the input") {
    Decoded d;
    REQUIRE(Decode(kBefore + "\xF0\x9F\x98", &d).ok());
    CHECK(d.text == kBefore + "\uFFFD");
    CHECK(AnyWarningContains(d, "U+FFFD"));
  }
  SECTION("after a UTF-8 BOM") {
    Decoded d;
    REQUIRE(Decode("\xEF\xBB\xBF" + kBefore + "\xC0\xAF" + kAfter, &d).ok());
    CHECK(d.encoding == "UTF-8 (BOM)");
    CHECK(d.text == kBefore + "\uFFFD\uFFFD" + kAfter);
    CHECK(AnyWarningContains(d, "2 invalid UTF-8"));
  }
  SECTION("a literal U+FFFD in valid UTF-8 is not a repair") {
    Decoded d;
    REQUIRE(Decode(kBefore + "\uFFFD" + kAfter, &d).ok());
    CHECK(d.text == kBefore + "\uFFFD" + kAfter);
    CHECK(d.warnings.empty());
  }
}

TEST_CASE("Decode: invalid UTF-16 becomes U+FFFD with a warning", "[decode]") {
  SECTION("lone high surrogate") {
    std::string bytes = "\xFF\xFE"s + Encode("Jane ", "UTF-16LE") + "\x00\xD8"s +
                        Encode(" Doe", "UTF-16LE");
    Decoded d;
    REQUIRE(Decode(bytes, &d).ok());
    CHECK(d.encoding == "UTF-16LE");
    CHECK(d.text == "Jane \uFFFD Doe");
    CHECK(AnyWarningContains(d, "U+FFFD"));
  }
  SECTION("lone low surrogate, big endian") {
    std::string bytes = "\xFE\xFF"s + Encode("Jane ", "UTF-16BE") + "\xDC\x00"s +
                        Encode(" Doe", "UTF-16BE");
    Decoded d;
    REQUIRE(Decode(bytes, &d).ok());
    CHECK(d.text == "Jane \uFFFD Doe");
    CHECK(AnyWarningContains(d, "U+FFFD"));
  }
  SECTION("odd number of bytes") {
    std::string bytes = "\xFF\xFE"s + Encode("Jane Doe", "UTF-16LE") + "A";
    Decoded d;
    REQUIRE(Decode(bytes, &d).ok());
    CHECK(d.text.rfind("Jane Doe", 0) == 0);
  }
}

// Mostly-ASCII text with stray high bytes is a legacy single-byte file.
TEST_CASE("Decode: Latin-1 guesses", "[decode]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Ren\xE9 M\xFCller, Z\xFCrich\n", "René Müller, Zürich\n"},
      {"Jos\xE9 Pe\xF1" "a\nMadrid, Espa\xF1" "a\n", "José Peña\nMadrid, España\n"},
      {"\x93Quoted\x94 \x96 dash \x85 ellipsis, caf\xE9 cr\xE8me\n",
       "“Quoted” – dash … ellipsis, café crème\n"},
      {"Fran\xE7ois Lef\xE8vre, Montr\xE9" "al, Qu\xE9" "bec\n", "François Lefèvre, Montréal, Québec\n"},
  };
  for (const auto& [bytes, text] : rows) {
    INFO("expected: " << text);
    Decoded d;
    REQUIRE(Decode(bytes, &d).ok());
    CHECK(d.text == text);
    CHECK(d.encoding == "windows-1252");
  }
}

// -- Refused: binary signatures and empty input. ------------------------------

TEST_CASE("Decode: binary files are not text", "[decode]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "PDF"},
      {"%PDF-1.4\n", "PDF"},
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "PNG"},
      {"PK\x03\x04\x14\0\x06\0"s, "ZIP"},
      {"PK\x05\x06\0\0\0\0"s, "ZIP"},
      {"\x7F" "ELF\x02\x01\x01\0"s, "ELF"},
      {"GIF89a\x01\0\x01\0"s, "GIF"},
      {"GIF87a\x01\0\x01\0"s, "GIF"},
      {"\xFF\xD8\xFF\xE0\0\x10JFIF\0"s, "JPEG"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s, "DOC"},
      {"\x1F\x8B\x08\0\0\0\0\0"s, "gzip"},
      {"7z\xBC\xAF\x27\x1C\0\x04"s, "7-Zip"},
      {"Rar!\x1A\x07\x01\0"s, "RAR"},
      {"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0"s, "Windows executable"},
  };
  for (const auto& [bytes, format] : rows) {
    INFO("format: " << format);
    CHECK(BinarySignature(bytes).find(format) != std::string_view::npos);
    Decoded d;
    Status s = Decode(bytes, &d);
    CHECK(s.code() == Status::Code::kNotText);
    CHECK(s.message().find("not a text document") != std::string::npos);
    CHECK(s.message().find(format) != std::string::npos);
  }

  SECTION("binary content without a known signature") {
    std::string bytes;
    for (int i = 0; i < 512; ++i) bytes.push_back(static_cast<char>((i * 37 + 11) % 32));
    Decoded d;
    Status s = Decode(bytes, &d);
    CHECK(s.code() == Status::Code::kNotText);
    CHECK(s.message().find("not a text document") != std::string::npos);
  }
  SECTION("empty input") {
    Decoded d;
    Status s = Decode("", &d);
    CHECK(s.code() == Status::Code::kNotText);
    CHECK_FALSE(s.message().empty());
  }
}

// Negative list: text that starts like a signature, or holds a few control
// bytes, is still text.
TEST_CASE("Decode: text that resembles binary is still text", "[decode]") {
  const std::vector<std::string> rows = {
      "MZ Jones\nData Analyst\n",
      "BZh Consulting\nJane Doe\n",
      "PK Subban\nHockey player\n",
      "GIF designer\nJane Doe\n",
      "%PD is not a signature\n",
      "Rar is not Rar!\n",
      "Jane\fDoe\vEngineer\tLondon\n",
      "Jane Doe\x07\n" + Repeat("Software engineer with ten years of experience.\n", 3),
      "\xEF\xBB\xBF%PDF after a BOM is text\n",
  };
  for (const std::string& bytes : rows) {
    INFO("input: " << bytes);
    CHECK(BinarySignature(bytes).empty());
    Decoded d;
    Status s = Decode(bytes, &d);
    CHECK(s.ok());
    CHECK_FALSE(d.text.empty());
  }
}

// -- Known gaps: rows that should pass but do not yet. ---------------------------

// UTF-16LE without a BOM is guessed from NUL bytes at odd offsets. Text that
// is mostly CJK has few of them (only its ASCII spaces and line breaks), so
// it is taken for binary content and refused.
TEST_CASE("known gaps: BOM-less UTF-16 with mostly CJK text", "[decode][!mayfail]") {
  const std::string text = "张伟 个人简历\n教育背景\n电子科技大学 计算机科学与技术 硕士\n工作经历\n阿里巴巴集团 算法工程师\n";
  Decoded d;
  Status s = Decode(Encode(text, "UTF-16LE"), &d);
  REQUIRE(s.ok());
  CHECK(d.text == text);
  CHECK(d.encoding == "UTF-16LE");
}

}  // namespace
}  // namespace cvparse
