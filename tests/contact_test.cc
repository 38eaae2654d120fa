// Tests for parser/extract/contact.h: NameFromLine and ToE164 rows, then
// whole documents through Parser::Parse → name, emails, phones, profiles and
// location. Negative rows hold text that must not produce a value (dates
// that look like phone numbers, post-nominals that look like "City, Region").
//
// Where contact details are taken from (see contact.h): emails and profile
// URLs from the whole document; the name, phones, other URLs and the
// location from the header and from sections of kind "basics". So a
// referee's email in a references section IS reported (documented below),
// while a DOI link in a publications section is not a basics URL.
#include "extract/contact.h"

#include <catch2/catch.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cvparse/parse.h"
#include "lexicon/lexicons.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

// -- NameFromLine ---------------------------------------------------------------

TEST_CASE("NameFromLine: names", "[contact]") {
  struct Row {
    std::string norm;
    std::string name;
    size_t offset;
  };
  const std::vector<Row> rows = {
      {"Jane Doe", "Jane Doe", 0},
      {"# Jane Doe | Data Scientist", "Jane Doe", 2},
      {"Jiayang Gu - Curriculum Vitae", "Jiayang Gu", 0},  // norm of "Jiayang Gu — Curriculum Vitae"
      {"Jane Doe Resume", "Jane Doe", 0},
      {"Jane Doe - CV", "Jane Doe", 0},
      {"Name: Jane Doe", "Jane Doe", 6},
      {"Full Name: Jane Doe", "Jane Doe", 11},
      {"姓名:张伟", "张伟", 7},
      {"张伟", "张伟", 0},
      {"Dr. Jane Doe", "Jane Doe", 4},
      {"Prof. Anna Schmidt", "Anna Schmidt", 6},
      {"Mr Rahul Verma", "Rahul Verma", 3},
      {"Maria Lindqvist, PhD", "Maria Lindqvist", 0},
      {"Kimberly A. Donovan, RN, BSN", "Kimberly A. Donovan", 0},
      {"Jane Doe, MBA", "Jane Doe", 0},
      {"Jane Doe, PhD Candidate in Computer Science", "Jane Doe", 0},
      {"Jane Doe, Senior Software Engineer at Google", "Jane Doe", 0},
      {"JANE DOE", "JANE DOE", 0},
      {"Jane Doe\tjane@x.com", "Jane Doe", 0},
      {"Jane Doe | jane@x.com | +1 555 010 4477", "Jane Doe", 0},
      {"Jane Doe / Software Engineer", "Jane Doe", 0},
      {"Zoë Müller", "Zoë Müller", 0},
      {"Jean-Luc Picard", "Jean-Luc Picard", 0},
      {"Mary-Jane O'Neil-Smith", "Mary-Jane O'Neil-Smith", 0},
      {"José María García López", "José María García López", 0},
      {"Nguyễn Văn An", "Nguyễn Văn An", 0},
      {"Jane Q. Doe", "Jane Q. Doe", 0},
      {"## Jane Doe", "Jane Doe", 3},
      {"Jane Doe:", "Jane Doe", 0},
  };
  for (const Row& row : rows) {
    INFO("norm: \"" << row.norm << "\"");
    size_t offset = 999;
    std::optional<std::string> name = NameFromLine(row.norm, &offset);
    REQUIRE(name.has_value());
    CHECK(*name == row.name);
    CHECK(offset == row.offset);
    CHECK(row.norm.substr(offset, name->size()) == *name);
  }
}

TEST_CASE("NameFromLine: not names", "[contact]") {
  const std::vector<std::string> rows = {
      "",
      "RESUME",
      "Resume",
      "Curriculum Vitae",
      "CV",
      "简历",
      "个人简历",
      "jane@x.com",
      "+1 555 010 4477",
      "(+86) 173-2603-1722",
      "https://github.com/jdoe",
      "www.janedoe.dev",
      "Phone: 555 010 4477",
      "Address: 12 Main Street",
      "2019 - 2023",
      "---",
      "| |",
      "I am a software engineer with ten years of experience in many fields.",
      "Built a distributed system that serves millions of users every day.",
      "Objective: to obtain a position",
      "I.",   // a section number ("I.    NAME AND TITLE")
      "A",
  };
  for (const std::string& norm : rows) {
    INFO("norm: \"" << norm << "\"");
    size_t offset = 0;
    CHECK_FALSE(NameFromLine(norm, &offset).has_value());
  }
}

// -- ToE164 -----------------------------------------------------------------------

TEST_CASE("ToE164", "[contact]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"(+86) 173-2603-1722", "+8617326031722"},
      {"+44 (0)20 7946 0958", "+442079460958"},
      {"0049 30 1234567", "+49301234567"},
      {"(555) 010-4477", ""},
      {"+1 (555) 010-4477", "+15550104477"},
      {"+1-555-010-4477", "+15550104477"},
      {"+1.555.010.4477", "+15550104477"},
      {"+15550104477", "+15550104477"},
      {"001 555 010 4477", "+15550104477"},
      {"+91 98765 43210", "+919876543210"},
      {"+86 138 0013 8000", "+8613800138000"},
      {"0086 138 0013 8000", "+8613800138000"},
      {"+49 (0) 30 1234567", "+49301234567"},
      {"+49 (0)30 1234567", "+49301234567"},
      {"+33 6 12 34 56 78", "+33612345678"},
      {"+81-3-1234-5678", "+81312345678"},
      {"+7 (495) 123-45-67", "+74951234567"},
      {"+61 2 9876 5432", "+61298765432"},
      {"  +44 20 7946 0958  ", "+442079460958"},
      // No country code written, or not a plausible number.
      {"555-010-4477", ""},
      {"020 7946 0958", ""},
      {"(0)20 7946 0958", ""},
      {"138 0013 8000", ""},
      {"+0 123 456 789", ""},
      {"+1 555", ""},
      {"+1234567890123456", ""},
      {"0044", ""},
      {"", ""},
  };
  for (const auto& [phone, e164] : rows) {
    INFO("phone: \"" << phone << "\"");
    CHECK(ToE164(phone) == e164);
  }
}

// -- Whole documents ------------------------------------------------------------

const Parser& TheParser() {
  static const std::unique_ptr<Parser> parser = [] {
    std::string error;
    std::unique_ptr<Parser> p = Parser::Create(&error);
    INFO(error);
    REQUIRE(p != nullptr);
    return p;
  }();
  return *parser;
}

Document Parse(const std::string& text) {
  Document doc;
  Status s = TheParser().Parse(text, ParseOptions{}, &doc);
  INFO(s.message());
  REQUIRE(s.ok());
  return doc;
}

struct Place3 {
  std::string city, region, country_code;
};

// "{city, region, country}", or "none", for readable failures.
std::string Describe(const std::optional<Place3>& p) {
  return p ? "{" + p->city + ", " + p->region + ", " + p->country_code + "}" : "none";
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

// {"a", "b"} pairs as "a => b" strings, for readable failures.
std::vector<std::string> Describe(const Pairs& pairs) {
  std::vector<std::string> out;
  for (const auto& [first, second] : pairs) out.push_back(first + " => " + second);
  return out;
}

struct DocRow {
  std::string text;
  std::string name;                  // "" = no name
  std::vector<std::string> emails;
  Pairs phones;                      // {raw, e164}
  Pairs profiles;                    // {network, username}
  std::optional<Place3> location;    // nullopt = no location
};

// Every span points at text that normalises to the value found.
void CheckSpans(const Document& doc) {
  auto norm_of = [&](Span span) { return NormalizeLine(doc.Text(span), 0).norm; };
  if (doc.contact.name) CHECK(norm_of(doc.contact.name->span) == doc.contact.name->value);
  for (const Found& email : doc.contact.emails) CHECK(norm_of(email.span) == email.value);
  for (const Phone& phone : doc.contact.phones) CHECK(norm_of(phone.span) == phone.raw);
  if (doc.contact.location) CHECK(norm_of(doc.contact.location->span) == doc.contact.location->raw);
}

void CheckContact(const DocRow& row) {
  INFO("doc: \"" << row.text << "\"");
  Document doc = Parse(row.text);
  const Contact& c = doc.contact;
  CHECK((c.name ? c.name->value : "") == row.name);
  std::vector<std::string> emails;
  for (const Found& f : c.emails) emails.push_back(f.value);
  CHECK(emails == row.emails);
  Pairs phones;
  for (const Phone& p : c.phones) phones.emplace_back(p.raw, p.e164);
  CHECK(Describe(phones) == Describe(row.phones));
  Pairs profiles;
  for (const Profile& p : c.profiles) profiles.emplace_back(p.network, p.username);
  CHECK(Describe(profiles) == Describe(row.profiles));
  std::optional<Place3> location;
  if (c.location) location = Place3{c.location->city, c.location->region, c.location->country_code};
  CHECK(Describe(location) == Describe(row.location));
  CheckSpans(doc);
}

TEST_CASE("ExtractContact: whole documents", "[contact]") {
  const std::vector<DocRow> rows = {
      // corpus/000.txt's header.
      {"\n\nJiayang Gu — Curriculum Vitae\n\n☎ (+86) 173‐2603‐1722\n\n✉ jiayang.barrygu@gmail.com\n\n"
       "🌐 <https://github.com/jkdxg8837.com/>\n\nEDUCATION\n\nUESTC\n\nChendu, CHN\n\n2021.9- 2024.6\n",
       "Jiayang Gu",
       {"jiayang.barrygu@gmail.com"},
       {{"(+86) 173-2603-1722", "+8617326031722"}},
       {{"GitHub", "jkdxg8837.com"}},
       std::nullopt},
      // One line of everything, US style.
      {"Jane Doe\njane.doe@example.com | (555) 010-4477 | Austin, TX 78701\nlinkedin.com/in/jane-doe\n\n"
       "EXPERIENCE\nAcme",
       "Jane Doe",
       {"jane.doe@example.com"},
       {{"(555) 010-4477", ""}},
       {{"LinkedIn", "jane-doe"}},
       Place3{"Austin", "TX", "US"}},
      {"# Jane Doe | Data Scientist\nLocation: Bogotá, Colombia\njane@x.co\n\n## Experience\nAcme",
       "Jane Doe", {"jane@x.co"}, {}, {}, Place3{"Bogotá", "", "CO"}},
      {"Max Mustermann\nTelefon: +49 30 1234567\nE-Mail: max@example.de\nBerlin, Germany\n\n"
       "BERUFSERFAHRUNG\nSiemens AG",
       "Max Mustermann",
       {"max@example.de"},
       {{"+49 30 1234567", "+49301234567"}},
       {},
       Place3{"Berlin", "", "DE"}},
      {"Jane Smith\n+44 (0)20 7946 0958 · jane@x.co.uk · London, UK\n\nEDUCATION\nOxford",
       "Jane Smith",
       {"jane@x.co.uk"},
       {{"+44 (0)20 7946 0958", "+442079460958"}},
       {},
       Place3{"London", "", "GB"}},
      {"Priya Sharma\n+91 98765 43210 | priya@x.in\nBengaluru, Karnataka, India\n\nSKILLS\nJava",
       "Priya Sharma",
       {"priya@x.in"},
       {{"+91 98765 43210", "+919876543210"}},
       {},
       Place3{"Bengaluru", "Karnataka", "IN"}},
      {"John Smith\nToronto, Ontario | john@x.ca | 416-555-0199\n\nEXPERIENCE\nShopify",
       "John Smith",
       {"john@x.ca"},
       {{"416-555-0199", ""}},
       {},
       Place3{"Toronto", "ON", "CA"}},
      {"张伟\n电话：+86 138 0013 8000\n邮箱：zhangwei@163.com\n\n教育背景\n浙江大学",
       "张伟",
       {"zhangwei@163.com"},
       {{"+86 138 0013 8000", "+8613800138000"}},
       {},
       std::nullopt},
      {"Jane Doe\njane@x.org\ngithub.com/janedoe · scholar.google.com/citations?user=AbC123&hl=en\n\n"
       "PUBLICATIONS\n[1] Paper",
       "Jane Doe",
       {"jane@x.org"},
       {},
       {{"GitHub", "janedoe"}, {"Google Scholar", "AbC123"}},
       std::nullopt},
      {"Jane Doe\nhttps://orcid.org/0000-0002-1825-0097\nhttps://twitter.com/janedoe\n\nSKILLS\nR",
       "Jane Doe", {}, {}, {{"ORCID", "0000-0002-1825-0097"}, {"Twitter", "janedoe"}}, std::nullopt},
      {"Jane Doe\nhttps://www.linkedin.com/in/jane-doe/ | https://gitlab.com/jdoe\n\nSKILLS\nR",
       "Jane Doe", {}, {}, {{"LinkedIn", "jane-doe"}, {"GitLab", "jdoe"}}, std::nullopt},
      {"# Jane Doe\n\n📧 jane@x.com • 📱 +1-555-010-4477 • 🌐 github.com/jdoe\n\n## Experience\nAcme",
       "Jane Doe",
       {"jane@x.com"},
       {{"+1-555-010-4477", "+15550104477"}},
       {{"GitHub", "jdoe"}},
       std::nullopt},
      {"Dr. Jane Doe\njane@x.com\nSeattle, WA\n\nEXPERIENCE\nAmazon",
       "Jane Doe", {"jane@x.com"}, {}, {}, Place3{"Seattle", "WA", "US"}},
      {"Name: Jane Doe\nEmail: jane@x.com\nPhone: +1 555 010 4477\nAddress: Austin, TX 78701\n\n"
       "EDUCATION\nUT Austin",
       "Jane Doe",
       {"jane@x.com"},
       {{"+1 555 010 4477", "+15550104477"}},
       {},
       Place3{"Austin", "TX", "US"}},
      {"Olivia Brown\nolivia@x.com.au\nSydney, NSW, Australia\n\nEDUCATION\nUNSW",
       "Olivia Brown", {"olivia@x.com.au"}, {}, {}, Place3{"Sydney", "NSW", "AU"}},
      {"Pierre Martin\npierre@x.fr | +33 6 12 34 56 78 | Paris, France\n\nFORMATION\nX",
       "Pierre Martin",
       {"pierre@x.fr"},
       {{"+33 6 12 34 56 78", "+33612345678"}},
       {},
       Place3{"Paris", "", "FR"}},
      {"Li Wei\nShanghai, China\nliwei@x.cn\n\nEDUCATION\nFudan",
       "Li Wei", {"liwei@x.cn"}, {}, {}, Place3{"Shanghai", "", "CN"}},
      {"Li Wei\nChengdu, CHN\n\nEDUCATION\nUESTC", "Li Wei", {}, {}, {}, Place3{"Chengdu", "", "CN"}},
      {"Sam Lee\nNew York, NY 10001\nsam@x.com\n\nSKILLS\nGo",
       "Sam Lee", {"sam@x.com"}, {}, {}, Place3{"New York", "NY", "US"}},
      // Two numbers separated by " / "; a '/' inside one number stays.
      {"Li Wei\n电话：138 0013 8000 / 139 0013 8001\n\nSKILLS\nGo",
       "Li Wei", {}, {{"138 0013 8000", ""}, {"139 0013 8001", ""}}, {}, std::nullopt},
      {"Max Muster\nTel. 030/1234567 / +49 171 1234567\n\nSKILLS\nGo",
       "Max Muster", {}, {{"030/1234567", ""}, {"+49 171 1234567", "+491711234567"}}, {}, std::nullopt},
      // An apostrophe in an address ("O'Connell").
      {"Raye O'Connell\nRaye.O'Connell@vl.io\n\nEDUCATION\nX", "Raye O'Connell", {"Raye.O'Connell@vl.io"}, {}, {},
       std::nullopt},
      // Not names: a town line above the name, empty labels, a template's placeholder.
      {"Medical Assistant\nSeattle, WA\nJane Roe\njane@x.com\n\nEDUCATION\nX",
       "Jane Roe", {"jane@x.com"}, {}, {}, Place3{"Seattle", "WA", "US"}},
      {"CURRICULUM VITAE\nFamily Name:\nCivil status:\nGender:\nJettie Zulauf\n\nEDUCATION\nX",
       "Jettie Zulauf", {}, {}, {}, std::nullopt},
      {"Terry Applicant\nterry@x.com\n\nEDUCATION\nX", "", {"terry@x.com"}, {}, {}, std::nullopt},
      // A headline after the name.
      {"Jane Doe, PhD Candidate in Computer Science\njane@x.com\nStanford, CA 94305\n\nEDUCATION\nX",
       "Jane Doe", {"jane@x.com"}, {}, {}, Place3{"Stanford", "CA", "US"}},
      {"Jane Doe\nPhone: 555.010.4477 | DOB: 12/03/1995\n\nEDUCATION\nX",
       "Jane Doe", {}, {{"555.010.4477", ""}}, {}, std::nullopt},
      {"Anil Kumar\nNationality: Indian | DOB: 12-03-1995 | Mobile: +91-9876543210\n\nEDUCATION\nX",
       "Anil Kumar", {}, {{"+91-9876543210", "+919876543210"}}, {}, std::nullopt},
      {"Jane Doe\n(555) 010-4477 (cell) | (555) 010-9999 (work)\n\nEDUCATION\nX",
       "Jane Doe", {}, {{"(555) 010-4477", ""}, {"(555) 010-9999", ""}}, {}, std::nullopt},
      {"JANE DOE\nSenior Software Engineer\nSan Francisco, CA 94105 • (415) 555-0132 • "
       "jane.doe@gmail.com • linkedin.com/in/janedoe\n\nPROFESSIONAL SUMMARY\nEngineer.",
       "JANE DOE",
       {"jane.doe@gmail.com"},
       {{"(415) 555-0132", ""}},
       {{"LinkedIn", "janedoe"}},
       Place3{"San Francisco", "CA", "US"}},
      {"Hans Meier\nMunich, Bavaria, Germany\n\nSKILLS\nGo",
       "Hans Meier", {}, {}, {}, Place3{"Munich", "Bavaria", "DE"}},
      {"Jane Doe\nAustin, Texas\n\nSKILLS\nGo", "Jane Doe", {}, {}, {}, Place3{"Austin", "TX", "US"}},
      {"Jane Doe\nToronto, ON M5V 2T6\n\nSKILLS\nGo", "Jane Doe", {}, {}, {}, Place3{"Toronto", "ON", "CA"}},
      {"Wang Fang\nBeijing, P.R. China\n\nSKILLS\nGo", "Wang Fang", {}, {}, {}, Place3{"Beijing", "", "CN"}},
      {"Tom Jones\nCardiff, Wales, United Kingdom\n\nSKILLS\nGo",
       "Tom Jones", {}, {}, {}, Place3{"Cardiff", "Wales", "GB"}},
      // Duplicates are reported once.
      {"Jane Doe\n+1 555 010 4477 | +1 (555) 010-4477\nJane@X.com | jane@x.com\n\nSKILLS\nGo",
       "Jane Doe",
       {"Jane@X.com"},
       {{"+1 555 010 4477", "+15550104477"}},
       {},
       std::nullopt},
      // A personal site is a URL and the website, not a profile.
      {"Jane Doe\nhttps://janedoe.dev | jane@janedoe.dev\n\nSKILLS\nGo",
       "Jane Doe", {"jane@janedoe.dev"}, {}, {}, std::nullopt},
      // A contact section later in the document counts as header.
      {"Jane Doe\n\nSUMMARY\nEngineer.\n\nCONTACT\nMobile: +1 555 010 4477\nDenver, CO\n",
       "Jane Doe", {}, {{"+1 555 010 4477", "+15550104477"}}, {}, Place3{"Denver", "CO", "US"}},
      // A labelled phone anywhere in the document.
      {"Jane Doe\n\nEXPERIENCE\nAcme\n\nREFERENCES\nJohn Roe, tel: +1 555 010 9999\n",
       "Jane Doe", {}, {{"+1 555 010 9999", "+15550109999"}}, {}, std::nullopt},
  };
  for (const DocRow& row : rows) CheckContact(row);
}

TEST_CASE("ExtractContact: spans point at the original bytes", "[contact]") {
  const std::string text = "Jiayang Gu — Curriculum Vitae\n☎ (+86) 173‐2603‐1722\n✉ jiayang@x.com\n";
  Document doc = Parse(text);
  REQUIRE(doc.contact.name);
  CHECK(doc.Text(doc.contact.name->span) == "Jiayang Gu");
  REQUIRE(doc.contact.phones.size() == 1);
  CHECK(doc.Text(doc.contact.phones[0].span) == "(+86) 173‐2603‐1722");
  REQUIRE(doc.contact.emails.size() == 1);
  CHECK(doc.Text(doc.contact.emails[0].span) == "jiayang@x.com");
}

// -- Negatives ----------------------------------------------------------------------

TEST_CASE("ExtractContact: dates in the header are not phones", "[contact]") {
  const std::vector<std::string> rows = {
      "2021.9- 2024.6",
      "2019 - 2023",
      "2019-2023",
      "2017.9 - 2021.6",
      "2019.09-2023.06",
      "09/2019 - 06/2021",
      "2019/09 - 2023/06",
      "01.09.2019 - 30.06.2023",
      "Sep 2019 - Jun 2023",
      "2019 – Present",
      "Class of 2024",
      "GPA 3.8/4.0 (Rank 3/130)",
      "Zip 78701",
  };
  for (const std::string& line : rows) {
    INFO("line: \"" << line << "\"");
    Document doc = Parse("Jane Doe\n" + line + "\njane@x.com\n\nSKILLS\nGo");
    CHECK(doc.contact.phones.empty());
  }
}

TEST_CASE("ExtractContact: phones outside the header need a label", "[contact]") {
  Document doc = Parse("Jane Doe\njane@x.com\n\nEXPERIENCE\nHandled 555-010-9999 calls a week\n");
  CHECK(doc.contact.phones.empty());
}

// A referee's line far from the header, with each word the phone label
// pattern knows, in any case.
TEST_CASE("ExtractContact: every phone label finds a phone outside the header", "[contact]") {
  const std::vector<std::string> labels = {
      "Phone:", "TEL", "Telephone", "Mobile", "mob.", "Cell:", "Contact:", "Contact No:", "Contact number",
      "Ph:", "WhatsApp", "WHATSAPP", "电话：", "手机：", "联系电话：", "Telefon:", "Handy:", "Téléphone :",
      "TÉLÉPHONE :",
  };
  for (const std::string& label : labels) {
    INFO("label: \"" << label << "\"");
    Document doc = Parse("Jane Doe\njane@x.com\n\nEXPERIENCE\nAcme, 2019\n\nREFERENCES\nJohn Roe, " + label +
                         " +1 555 010 9999\n");
    REQUIRE(doc.contact.phones.size() == 1);
    CHECK(doc.contact.phones[0].e164 == "+15550109999");
  }
  // Without a label word the same line gives nothing.
  Document doc = Parse("Jane Doe\njane@x.com\n\nEXPERIENCE\nAcme, 2019\n\nREFERENCES\nJohn Roe, +1 555 010 9999\n");
  CHECK(doc.contact.phones.empty());
}

TEST_CASE("ExtractContact: not locations", "[contact]") {
  const std::vector<std::string> rows = {
      "Kimberly A. Donovan, RN, BSN\nkim@x.com\n\nEXPERIENCE\nMercy Hospital",
      "Jane Doe\nKimberly A. Donovan, RN, BSN\n\nEXPERIENCE\nMercy Hospital",
      "Jane Doe\nSoftware Engineer, Google\n\nSKILLS\nGo",
      "Jane Doe\nPython, Java, SQL\n\nSKILLS\nGo",
      "Jane Doe\nSmith, John\n\nSKILLS\nGo",
      "Jane Doe\njane@x.com\n\nEDUCATION\nAustin, TX\n",  // not in the header
  };
  for (const std::string& text : rows) {
    INFO("doc: \"" << text << "\"");
    Document doc = Parse(text);
    CHECK_FALSE(doc.contact.location.has_value());
  }
}

// Emails come from the whole document: a referee's address is reported too,
// after the candidate's own. (Telling them apart is left to the reader.)
TEST_CASE("ExtractContact: an email in a referee section is found", "[contact]") {
  Document doc = Parse(
      "Jane Doe\njane@x.com\n\nEXPERIENCE\nAcme\n\nREFERENCES\nProf. John Smith, MIT\n"
      "john.smith@mit.edu\n");
  std::vector<std::string> emails;
  for (const Found& f : doc.contact.emails) emails.push_back(f.value);
  CHECK(emails == std::vector<std::string>{"jane@x.com", "john.smith@mit.edu"});
  REQUIRE(doc.contact.name);
  CHECK(doc.contact.name->value == "Jane Doe");
}

// URLs outside the header are kept only when they are profiles.
TEST_CASE("ExtractContact: a non-profile URL in publications is not a basics URL", "[contact]") {
  Document doc = Parse(
      "Jane Doe\njane@x.com\n\nPUBLICATIONS\n[1] A paper. https://doi.org/10.1000/xyz123\n"
      "[2] Another. https://arxiv.org/abs/2101.00001\n\nPROJECTS\n"
      "Tool - https://github.com/janedoe/tool\n");
  CHECK_FALSE(doc.contact.website.has_value());
  for (const Found& url : doc.contact.urls) {
    INFO("url: " << url.value);
    CHECK(url.value.find("doi.org") == std::string::npos);
    CHECK(url.value.find("arxiv.org") == std::string::npos);
  }
  // A profile URL anywhere is a profile.
  REQUIRE(doc.contact.profiles.size() == 1);
  CHECK(doc.contact.profiles[0].network == "GitHub");
  CHECK(doc.contact.profiles[0].username == "janedoe");
  CHECK(doc.contact.phones.empty());
}

TEST_CASE("Parser::Parse refuses binary and empty input", "[contact]") {
  const std::vector<std::string> rows = {"", "   \n\t\n", "✉ ☎\n", "%PDF-1.7\n", "\x89PNG\r\n"};
  for (const std::string& bytes : rows) {
    INFO("bytes: \"" << bytes << "\"");
    Document doc;
    Status s = TheParser().Parse(bytes, ParseOptions{}, &doc);
    CHECK(s.code() == Status::Code::kNotText);
  }
  Document doc;
  ParseOptions small;
  small.max_bytes = 4;
  CHECK(TheParser().Parse("Jane Doe", small, &doc).code() == Status::Code::kTooLarge);
}

// -- Known gaps: rows that should pass but do not yet. ---------------------------

TEST_CASE("known gaps: contact", "[contact][!mayfail]") {
  const std::vector<DocRow> rows = {
      // "D.C." alone is not in regions.tsv (only "Washington D.C.").
      {"Jane Doe\nWashington, D.C.\n\nSKILLS\nGo", "Jane Doe", {}, {}, {}, Place3{"Washington", "DC", "US"}},
      // A postal code directly before a phone number is read as part of it.
      {"Jane Doe\nAustin, TX 78701 (555) 010-4477\n\nSKILLS\nGo",
       "Jane Doe", {}, {{"(555) 010-4477", ""}}, {}, std::nullopt},
  };
  for (const DocRow& row : rows) CheckContact(row);
}

}  // namespace
}  // namespace cvparse
