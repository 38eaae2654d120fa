// Tests for parser/extract/awards.h: award lines, certificate lines and
// interest lists in, fields out; then the corpus files end to end. "Now" is
// November 2026.
#include "extract/awards.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cvparse/parse.h"
#include "lexicon/lexicons.h"

#ifndef CVPARSE_SOURCE_DIR
#error "define CVPARSE_SOURCE_DIR as the path of the source tree"
#endif

namespace cvparse {
namespace {

constexpr YearMonth kAsOf{2026, 11};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Parser& TheParser() {
  static const std::unique_ptr<Parser> parser = [] {
    std::string error;
    auto p = Parser::Create(&error);
    INFO(error);
    REQUIRE(p != nullptr);
    return p;
  }();
  return *parser;
}

const AwardsExtractor& Extractor() {
  static const std::unique_ptr<AwardsExtractor> extractor = [] {
    std::string error;
    auto e = AwardsExtractor::CreateFromData(ReadFile(CVPARSE_SOURCE_DIR "/parser/lexicons/certificates.tsv"), &error);
    INFO(error);
    REQUIRE(e != nullptr);
    return e;
  }();
  return *extractor;
}

const DateParser& Dates() { return TheParser().lexicons().dates(); }

struct AwardRow {
  const char* line;
  std::vector<std::string> under;
  const char* title;
  const char* date;
  const char* awarder;
  const char* summary;
};

const AwardRow kAwards[] = {
    {"Outstanding graduates of Zhejiang University of Technology, 2021",
     {"The top 8 % of graduates in the whole grade can take this award"},
     "Outstanding graduates of Zhejiang University of Technology", "2021", "Zhejiang University of Technology",
     "The top 8 % of graduates in the whole grade can take this award"},
    {"Excellent Graduation Design, 2021", {}, "Excellent Graduation Design", "2021", "", ""},
    {"China Students Service Outsourcing Innovation and Entrepreneurship Competition, 2019", {"National awards"},
     "China Students Service Outsourcing Innovation and Entrepreneurship Competition", "2019", "", "National awards"},
    {"Best Paper Runner-up, Turkish AI Symposium, 2022", {}, "Best Paper Runner-up", "2022", "Turkish AI Symposium",
     ""},
    {"National Doctoral Research Scholarship, 2015-19", {}, "National Doctoral Research Scholarship", "2015", "", ""},
    {"President's Club - 2022, 2024", {}, "President's Club", "2022", "", ""},
    {"Rookie AE of the Year - Prairie Cloud Systems, 2018", {}, "Rookie AE of the Year", "2018",
     "Prairie Cloud Systems", ""},
    {"1st place, Lion City Fintech Hackathon 2021", {}, "1st place", "2021", "Lion City Fintech Hackathon", ""},
    {"Employee of the Quarter, Merlion Travel Tech (Q2 2023)", {}, "Employee of the Quarter", "2023-04",
     "Merlion Travel Tech", ""},
    {"Women in Cloud UK - Rising Star, 2022", {}, "Women in Cloud UK - Rising Star", "2022", "Women in Cloud UK", ""},
    {"ICPC Asia Hanoi Regional Contest - Honourable Mention (2023)", {},
     "ICPC Asia Hanoi Regional Contest - Honourable Mention", "2023", "ICPC Asia Hanoi Regional Contest", ""},
    {"Faculty Academic Excellence Scholarship (2022, 2023, 2024)", {}, "Faculty Academic Excellence Scholarship",
     "2022", "", ""},
    {"2019年\t全国大学生服务外包创新创业大赛\t国家级二等奖", {}, "全国大学生服务外包创新创业大赛 国家级二等奖", "2019",
     "", ""},
    {"Best Graduating Student, Department of Electrical Engineering, 2013", {}, "Best Graduating Student", "2013",
     "Department of Electrical Engineering", ""},
    {"Dean's List, awarded by Midland University, 2019", {}, "Dean's List", "2019", "Midland University", ""},
    {"National Scholarship (top 2%), 2023", {}, "National Scholarship (top 2%)", "2023", "", ""},
    {"Hackathon winner", {"June 2020"}, "Hackathon winner", "2020-06", "", ""},
};

TEST_CASE("award lines", "[awards]") {
  for (const AwardRow& row : kAwards) {
    INFO(row.line);
    Award a = Extractor().ParseAward(Dates(), kAsOf, row.line, row.under);
    CHECK(a.title == row.title);
    CHECK(a.date == row.date);
    CHECK(a.awarder == row.awarder);
    CHECK(a.summary == row.summary);
  }
}

struct CertRow {
  const char* line;
  const char* extra_date;
  const char* name;
  const char* issuer;
  const char* date;
};

const CertRow kCertificates[] = {
    {"Registered Nurse, State of Ohio - License #RN.555123 (exp. 10/2026)", "", "Registered Nurse", "State of Ohio",
     ""},
    {"Basic Life Support (BLS), American Heart Association - exp. 03/2026", "", "Basic Life Support (BLS)",
     "American Heart Association", ""},
    {"Progressive Care Certified Nurse (PCCN), AACN - 2021", "", "Progressive Care Certified Nurse (PCCN)", "AACN",
     "2021"},
    {"AWS Certified Solutions Architect - Professional, 2024 (Credential ID: AWS-PSA-555-0101)", "",
     "AWS Certified Solutions Architect - Professional", "Amazon Web Services", "2024"},
    {"Microsoft Certified: Azure Solutions Architect Expert (AZ-305), 2023", "",
     "Microsoft Certified: Azure Solutions Architect Expert (AZ-305)", "Microsoft", "2023"},
    {"Certified Kubernetes Administrator (CKA), The Linux Foundation, 2021 (renewed 2024)", "",
     "Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "2021"},
    {"Project Management Professional (PMP)®, PMI, 2020", "", "Project Management Professional (PMP)", "PMI",
     "2020"},
    {"PRINCE2® Practitioner, 2018", "", "PRINCE2 Practitioner", "AXELOS", "2018"},
    {"Google Cloud Certified - Professional Cloud Architect, 2021 (expired 2023)", "",
     "Google Cloud Certified - Professional Cloud Architect", "Google Cloud", "2021"},
    {"NN/g UX Certification, Interaction Design specialty (2019)", "",
     "NN/g UX Certification, Interaction Design specialty", "Nielsen Norman Group", "2019"},
    {"ISTQB Certified Tester Foundation Level - 22/03/2016", "", "ISTQB Certified Tester Foundation Level", "ISTQB",
     "2016-03-22"},
    {"Forklift Certification", "March 2022 to March 2025", "Forklift Certification", "", "2022-03"},
    {"OSHA 10", "June 2019 to Present", "OSHA 10", "OSHA", "2019-06"},
    {"NPTEL: Programming in Java (Elite), 2022", "", "NPTEL: Programming in Java (Elite)", "NPTEL", "2022"},
    {"HackerRank: Problem Solving (Intermediate)", "", "HackerRank: Problem Solving (Intermediate)", "HackerRank",
     ""},
    {"SAP Certified Application Associate - SAP S/4HANA for Financial Accounting", "",
     "SAP Certified Application Associate - SAP S/4HANA for Financial Accounting", "SAP", ""},
    {"Certified Public Accountant (CPA), 2015", "", "Certified Public Accountant (CPA)", "AICPA", "2015"},
    {"CCNA, 2019", "", "CCNA", "Cisco", "2019"},
    {"Lean Six Sigma Green Belt, 2016", "", "Lean Six Sigma Green Belt", "", "2016"},
    {"Machine Learning Specialization from Coursera, 2021", "", "Machine Learning Specialization", "Coursera", "2021"},
    {"Certified SolidWorks Professional (CSWP) - 2018", "", "Certified SolidWorks Professional (CSWP)",
     "Dassault Systèmes", "2018"},
    {"Tableau Desktop Certified Associate - 2022", "", "Tableau Desktop Certified Associate", "Tableau", "2022"},
};

TEST_CASE("certificate lines", "[awards]") {
  for (const CertRow& row : kCertificates) {
    INFO(row.line);
    Certificate c = Extractor().ParseCertificate(Dates(), kAsOf, row.line, row.extra_date);
    CHECK(c.name == row.name);
    CHECK(c.issuer == row.issuer);
    CHECK(c.date == row.date);
  }
}

TEST_CASE("certificate issuers are not guessed from level words", "[awards]") {
  // Negatives: the segment after the dash is a level, a topic or a place, not an issuer.
  for (const char* line : {"AWS Certified Security - Specialty, 2023", "Lean Six Sigma - Green Belt",
                           "Engineer in Training (EIT), South Carolina - 2017", "First Aid at Work - Advanced"}) {
    INFO(line);
    Certificate c = Extractor().ParseCertificate(Dates(), kAsOf, line);
    CHECK(c.issuer != "Specialty");
    CHECK(c.issuer != "Green Belt");
    CHECK(c.issuer != "South Carolina");
    CHECK(c.issuer != "Advanced");
  }
  CHECK(Extractor().KnownIssuer("ACCAS and CPAX") == "");  // acronyms match whole words only
  CHECK(Extractor().KnownIssuer("cpa") == "");             // and in capitals only
  CHECK(Extractor().KnownIssuer("ACLS Provider") == "American Heart Association");
}

TEST_CASE("interest lists", "[awards]") {
  struct InterestRow {
    const char* text;
    std::vector<std::string> items;
  };
  const InterestRow kInterests[] = {
      {"Chess, five-a-side football, reading about urban planning",
       {"Chess", "five-a-side football", "reading about urban planning"}},
      {"Fell running (completed the Three Peaks Challenge in 2023), volunteering as a Code Club leader, and baking.",
       {"Fell running (completed the Three Peaks Challenge in 2023)", "volunteering as a Code Club leader",
        "baking"}},
      {"Wild swimming; bird photography | fiddle", {"Wild swimming", "bird photography", "fiddle"}},
      {"Bergwandern, Skitouren, Querflöte im Stadtorchester", {"Bergwandern", "Skitouren", "Querflöte im Stadtorchester"}},
      {"摄影、徒步、围棋", {"摄影", "徒步", "围棋"}},
      {"", {}},
      {" , ; ", {}},
  };
  for (const InterestRow& row : kInterests) {
    INFO(row.text);
    CHECK(SplitInterests(row.text) == row.items);
  }
}

TEST_CASE("bad certificate data", "[awards]") {
  std::string error;
  CHECK(AwardsExtractor::CreateFromData("PMP\n", &error) == nullptr);
  CHECK(error.rfind("certificates.tsv:1:", 0) == 0);
  CHECK(AwardsExtractor::CreateFromData("# c\nPMP\t \n", &error) == nullptr);
  CHECK(AwardsExtractor::CreateFromData("# c\nPMP|CAPM\tPMI\n", &error) != nullptr);
}

// ---- whole documents

Document ParseCorpus(const char* name) {
  Document doc;
  ParseOptions options;
  options.as_of_year = 2026;
  options.as_of_month = 11;
  Status status = TheParser().Parse(ReadFile(std::string(CVPARSE_SOURCE_DIR "/corpus/") + name), options, &doc);
  REQUIRE(status.ok());
  doc.entities.awards.clear();
  doc.entities.certificates.clear();
  doc.entities.interests.clear();
  Extractor().Extract(TheParser().lexicons(), kAsOf, &doc);
  return doc;
}

TEST_CASE("corpus 000 awards", "[awards]") {
  Document doc = ParseCorpus("000.txt");
  const auto& awards = doc.entities.awards;
  REQUIRE(awards.size() == 4);
  const char* const kDates[] = {"2021", "2021", "2019", "2018"};
  for (size_t i = 0; i < 4; ++i) {
    INFO(i);
    CHECK(awards[i].date == kDates[i]);
    CHECK_FALSE(awards[i].summary.empty());
    CHECK(awards[i].span_end <= doc.text.size());
  }
  CHECK(awards[0].title == "Outstanding graduates of Zhejiang University of Technology");
  CHECK(awards[0].awarder == "Zhejiang University of Technology");
  CHECK(awards[3].summary == "National awards");
}

TEST_CASE("corpus certificates", "[awards]") {
  Document d35 = ParseCorpus("035.txt");
  CHECK(d35.entities.awards.size() == 6);
  size_t certs = 0;
  for (const Certificate& c : d35.entities.certificates) {
    if (c.span_begin < d35.text.find("PROFESSIONAL EXPERIENCE")) ++certs;
  }
  CHECK(certs == 11);
  Document d20 = ParseCorpus("020.txt");
  REQUIRE(d20.entities.certificates.size() == 5);
  CHECK(d20.entities.certificates[2].issuer == "American Heart Association");
  Document d33 = ParseCorpus("033.txt");
  REQUIRE(d33.entities.certificates.size() == 2);
  CHECK(d33.entities.certificates[0].date == "2022-03");
  CHECK(d33.entities.certificates[1].issuer == "OSHA");
  Document d18 = ParseCorpus("018.txt");
  REQUIRE(d18.entities.certificates.size() == 2);
  CHECK(d18.entities.certificates[0].name == "Certified Kubernetes Administrator (CKA)");
  CHECK(d18.entities.certificates[0].date == "2021");
}

TEST_CASE("corpus interests", "[awards]") {
  Document d36 = ParseCorpus("036.txt");
  CHECK(d36.entities.interests.size() == 4);
  Document d28 = ParseCorpus("028.txt");  // the sign-off after Hobbys is not an interest
  CHECK(d28.entities.interests == std::vector<std::string>{"Bergwandern", "Skitouren", "Querflöte im Stadtorchester"});
  Document d12 = ParseCorpus("012.txt");  // "Hobbies : Cricket, Reading, Chess" under PERSONAL DETAILS
  CHECK(d12.entities.interests == std::vector<std::string>{"Cricket", "Reading", "Chess"});
}

TEST_CASE("awards and certificates of every corpus file", "[awards]") {
  for (int i = 0; i <= 40; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.txt", i);
    INFO(name);
    Document doc = ParseCorpus(name);
    for (const Award& a : doc.entities.awards) {
      CHECK_FALSE(a.title.empty());
      CHECK(a.span_end <= doc.text.size());
    }
    for (const Certificate& c : doc.entities.certificates) {
      CHECK_FALSE(c.name.empty());
      CHECK(c.span_end <= doc.text.size());
    }
  }
}

}  // namespace
}  // namespace cvparse
