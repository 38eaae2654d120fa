// Tests for parser/layout/entries.h: small sections => entry boundaries.
//
// Each row is a section (its heading first) and the entries expected in it:
// the start of each entry's first line, how many header and body lines it
// holds, and the start of its date. The sectioner finds the heading, so the
// rows use plain headings ("Experience", "Projects").
#include "layout/entries.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/sectioner.h"
#include "lexicon/lexicons.h"
#include "text/decode.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

constexpr YearMonth kAsOf{2026, 11};

// Only the stages this test needs (decode, lines, sections), so that another
// extractor's trouble cannot break it.
const Lexicons& TheLexicons() {
  static std::unique_ptr<Lexicons> lexicons = [] {
    std::string error;
    auto l = Lexicons::Create(&error);
    if (!l) FAIL("Lexicons::Create: " << error);
    return l;
  }();
  return *lexicons;
}

Document Sections(const std::string& bytes) {
  Document doc;
  Decoded decoded;
  REQUIRE(Decode(bytes, &decoded).ok());
  doc.text = std::move(decoded.text);
  doc.lines = SplitLines(doc.text);
  FindSections(TheLexicons().headings(), &doc);
  return doc;
}

struct ExpectedEntry {
  std::string first;   // the first line's norm starts with this
  size_t headers;
  size_t body;
  std::string start;   // dates->start, "" when no date
};

struct EntryRow {
  std::string text;
  std::vector<ExpectedEntry> entries;
};

std::vector<Entry> Split(const std::string& text, Document* doc) {
  *doc = Sections("Jane Doe\njane@example.com\n\n" + text);
  for (const Section& s : doc->sections) {
    if (!s.heading.empty()) return SplitEntries(*doc, s, TheLexicons(), kAsOf);
  }
  FAIL("no section found");
  return {};
}

TEST_CASE("SplitEntries: sections to entries", "[entries]") {
  const std::vector<EntryRow> rows = {
      // Title / company / date, then bullets (corpus/031).
      {"Experience\n\nSenior QA Automation Engineer\nKaveri Fintech Solutions Pvt. Ltd., Bengaluru\n"
       "01/07/2021 - till date\n  * Lead a team of 5 testers.\n  * Integrated 2,400 automated tests into Jenkins.\n\n"
       "QA Engineer\nDeccan Retail Labs, Bengaluru\n15/09/2019 - 30/06/2021\n  * Automated checkout flows.\n",
       {{"Senior QA", 3, 2, "2021-07-01"}, {"QA Engineer", 3, 1, "2019-09-15"}}},
      // One employer, several roles (corpus/001).
      {"Experience\n\nNorthwind Analytics, Inc. - Austin, TX\nStaff Software Engineer, Jan 2022 - Present\n"
       "• Lead a 6-person platform team.\n• Cut monthly AWS spend by 31%.\n\n"
       "Senior Software Engineer, Jan 2019 - Dec 2021\n• Rebuilt invoice generation.\n",
       {{"Northwind", 2, 2, "2022-01"}, {"Senior Software", 1, 1, "2019-01"}}},
      // One header line per job (corpus/016).
      {"Professional Experience\n\nPrincipal Engineer - Keystone Clearing Corp., Philadelphia, PA    Apr 2021 - Present\n"
       "• Technical lead for the post-trade settlement platform.\n\n"
       "Adjunct Lecturer - Schuylkill University    Sep 2019 - Present\n• Teach CS 543 one evening a week.\n\n"
       "Open-Source Maintainer - quorumkit    2015 - Present\n",
       {{"Principal", 1, 1, "2021-04"}, {"Adjunct", 1, 1, "2019-09"}, {"Open-Source", 1, 0, "2015"}}},
      // Date-first table rows with tab-indented items (corpus/018).
      {"Work Experience\nPeriod\tEmployer\tRole\n2020 - present\tMaasvlakte Port Systems B.V., Rotterdam\tSRE\n"
       "\t- Run 14 Kubernetes clusters\n2017 - 2020\tNoordzee Cargo Tech, Delft\tDevOps Engineer\n"
       "\t- Migrated Jenkins pipelines to GitLab CI\n",
       {{"Period", 2, 1, "2020"}, {"2017", 1, 1, "2017"}}},
      // Indeed export: a prose paragraph after a blank line (corpus/033).
      {"Work Experience\n\nWarehouse Operations Supervisor\nRiverbend Distribution - Memphis, TN\nMarch 2021 to Present\n\n"
       "Supervise 35 associates on the outbound shift. Manage labor planning, safety audits and\n"
       "cycle counts. Improved pick accuracy from 98.1% to 99.6%.\n\n"
       "Lead Material Handler\nDelta Crossroads Freight - Southaven, MS\nAugust 2017 to February 2021\n",
       {{"Warehouse", 3, 2, "2021-03"}, {"Lead Material", 3, 0, "2017-08"}}},
      // Europass: date first, "Business or sector" without a colon (corpus/011).
      {"Work experience\n01/05/2019-Present\nData Engineer\nAdriatic Telecom d.d., Zagreb (Croatia)\n"
       "▪ Design and operate batch and streaming pipelines processing 2 TB of records per day\n"
       "Business or sector Information and communication\n\n01/10/2016-30/04/2019\nJunior Software Developer\n"
       "Dalmacija Soft j.d.o.o., Split (Croatia)\n▪ Developed reporting modules\n",
       {{"01/05/2019", 3, 2, "2019-05-01"}, {"01/10/2016", 3, 1, "2016-10-01"}}},
      // Research projects with labelled items (corpus/000).
      {"Research Experience\n\nA Relevance Relation Extraction framework for cross-domain recommender system\n\n2022 - 2023\n\n"
       "– *Keywords:* Recommendation, Knowledge graph\n\n- **Background:** Prevailing techniques tend to fail.\n"
       "- **Outcome:** This work contributes to research paper [1].\n\n"
       "End-to-End Image Captioning with Grid Feature Fusion and Dual Cooperation\n\n2021 - 2022\n\n"
       "– *Keywords:* Image captioning\n",
       {{"A Relevance", 2, 3, "2022"}, {"End-to-End", 2, 1, "2021"}}},
      // Dated list items with a deeper list under them (corpus/029).
      {"Work Experience\n● Full-Stack Developer — Merlion Travel Tech Pte. Ltd. (Mar 2022 – Present)\n"
       "   ▪ Built the booking flow in React\n   ▪ Designed Node.js APIs\n"
       "● Software Engineer — Kampong Pay (Jul 2020 – Feb 2022)\n   ▪ Implemented PayNow QR payment integration\n",
       {{"Full-Stack", 1, 2, "2022-03"}, {"Software Engineer", 1, 1, "2020-07"}}},
      // Numbered entries with items under them (corpus/030).
      {"Experience\n   1) Embedded Software Engineer, Shenzhen Lianxin Electronics Co., Ltd., 2023.07 - present\n"
       "      - Develop firmware for smart-meter modules.\n      - Cut standby power by 30%.\n"
       "   2) Intern, Hardware R&D, Dongguan Hexin IoT Co., Ltd., 2022.06 - 2022.09\n"
       "      - Wrote Python test scripts.\n",
       {{"1) Embedded", 1, 2, "2023-07"}, {"2) Intern", 1, 1, "2022-06"}}},
      // Numbered projects, the second undated (corpus/030).
      {"Projects\n   1) LoRa-based farmland monitoring network (2021.03 - 2022.05) — team leader\n"
       "   2) Open-source driver for the SHT4x humidity sensor (Zephyr RTOS)\n",
       {{"1) LoRa", 1, 0, "2021-03"}, {"2) Open-source", 1, 0, ""}}},
      // Back at the title indent after indented prose: a labelled title line (corpus/034).
      {"Research & Projects\nJapanese-Chinese honorific translation corpus      Mar 2024 – Present\n"
       "  Annotated 12,000 sentence pairs for politeness level; fine-tuned an mT5 model (BLEU +2.4).\n"
       "Course project: spelling error detection for Chinese learners of Japanese     Fall 2023\n"
       "  Python, spaCy, GiNZA; precision 0.81 on a held-out learner corpus.\n",
       {{"Japanese", 1, 1, "2024-03"}, {"Course project", 1, 1, "2023-09"}}},
      // Date column, deeply indented prose under each job (corpus/038).
      {"Professional Experience\n2019 – present   Senior Biostatistician, Fyris Clinical Research AB, Uppsala\n"
       "                 Statistical lead for oncology trials; authored SAPs for 9 studies;\n"
       "                 represented the sponsor at two EMA scientific-advice meetings.\n"
       "2015 – 2019      Biostatistician, Nordic Trials Network, Stockholm\n"
       "                 Designed group-sequential trials\n",
       {{"2019", 1, 2, "2019"}, {"2015", 1, 1, "2015"}}},
      // A wrapped list item (corpus/017).
      {"Experience\n\nCareer break                              Jun 2018 – Aug 2020\n"
       "- Full-time carer for a parent during illness and recovery.\n"
       "- Completed the Google Digital Garage certificate (2019)\n  and a CIM Certificate in Digital Marketing (2020).\n\n"
       "Brand Manager — Irwell Beverages plc, Salford              Jan 2014 – May 2018\n"
       "- Managed three soft-drink brands.\n",
       {{"Career break", 1, 3, "2018-06"}, {"Brand Manager", 1, 1, "2014-01"}}},
      // Header blocks back to back, no bullets.
      {"Experience\nAcme Corp\nEngineer\n2019 - 2020\nBeta LLC\nAnalyst\n2017 - 2019\n",
       {{"Acme", 3, 0, "2019"}, {"Beta", 3, 0, "2017"}}},
      // Chinese: numbered items ending in '；' / '。' (corpus/006).
      {"工作经历\n2021.09-至今    杭州云栖数智科技有限公司    高级后端开发工程师\n"
       "  1. 负责订单中心核心服务的设计与开发，日均处理订单 300 万笔；\n  2. 带领 4 人小组，负责代码评审与新人培养。\n\n"
       "2020.07-2021.08    武汉光谷网络信息有限公司    Java 开发工程师\n  1. 参与会员积分系统开发；\n",
       {{"2021.09", 1, 2, "2021-09"}, {"2020.07", 1, 1, "2020-07"}}},
      // Numbered items under a title that is not numbered (corpus/032).
      {"Experience\n\nChef de Partie   ,  The Liffey Room Restaurant , Dublin     2021 - present\n"
       "1. run the grill section , 120 covers a night\n2. help with menu planning and costing,\n\n"
       "Commis Chef - Harbour View Hotel,Howth        2018 -2021\n- prep for breakfast and banquets\n"
       "Kitchen porter , Bewley-Lane Cafe , Dublin 2016- 2018\n",
       {{"Chef de Partie", 1, 2, "2021"}, {"Commis Chef", 1, 1, "2018"}, {"Kitchen porter", 1, 0, "2016"}}},
      // Title lines with indented items, the last job without items (corpus/027).
      {"Experience\nSenior Research Scientist, Bosphorus AI Lab       2021–present\n"
       "  • Lead a 5-person team on multimodal product retrieval.\n"
       "Research Scientist, Bosphorus AI Lab                                         2019–21\n"
       "  • Built the PyTorch training platform.\n"
       "Teaching Assistant, Boğaziçi-Kuzey University                                2015–18\n",
       {{"Senior Research", 1, 1, "2021"}, {"Research Scientist", 1, 1, "2019"}, {"Teaching", 1, 0, "2015"}}},
      // Flattened text lost the bullets: lines opening with an action verb, and
      // a "Responsibilities:" part heading, are body, not new entries.
      {"Experience\nTest Lead, QA\nHarbourline Systems, Canada\nJanuary 2012 - November 2012\nResponsibilities:\n"
       "Analyzed test results and defect data\nPrepares weekly defect reports\nLed a team of four testers\n"
       "Project Lead, QA\nOrchard Antivirus Inc, Canada\nSeptember 2008 - September 2011\n",
       {{"Test Lead", 3, 4, "2012-01"}, {"Project Lead", 3, 0, "2008-09"}}},
      // A page footer between the bullets of one job is not an entry.
      {"Experience\nEngineer, Acme Corp\n2019 - 2021\n- Built the billing service\nPage 2 of 3\n- Fixed the invoices\n",
       {{"Engineer", 2, 2, "2019"}}},
      // Dates written before their header, start and end on lines of their own
      // (flattened text lost the dash): each header goes with the dates above it.
      {"Employment Record\n1984\n1986:\nKenya Law Reform Commission\nLegal Officer\n"
       "1987\n1989:\nAttorney Generals Office\nSenior State Counsel\n",
       {{"1984", 3, 1, "1984"}, {"1987", 3, 1, "1987"}}},
      {"Experience\n2008-2009\nEnglish Teacher, Castle View School, Sunderland\n"
       "Teaching English in KS3 and KS4, teaching Literacy as well\nas part of the Literacy Strategy\n"
       "Oct 2006-2007\nSupply Teacher, Castle View School, Sunderland\n",
       {{"2008-2009", 4, 0, "2008"}, {"Oct 2006", 2, 0, "2006-10"}}},
      // Under dates written first, a line after the body continues it; only
      // the next dates open the next entry.
      {"Experience\nApril 2014\nGuest Lecturer\nUniversity of Oslo\n"
       "I gave a guest lecture at the master course INF5050\nProtocols and routing in the internet on the topic\n"
       "VoIP using SIP.\n2007\n2011\nCourse Instructor\nLinpro\n",
       {{"April 2014", 3, 3, "2014-04"}, {"2007", 3, 1, "2007"}}},
      // Negative: dates under a header block, then body, closed that block (date last).
      {"Experience\nTeam Lead, QA\nWipro Technologies, Canada\n"
       "Client: CTB/ McGraw-Hill, Hanes Brands INC., Target, Proquest, Bright Horizons\n"
       "May 2006\nApril 2008\nDescription\nA program to improve the processes.\n"
       "Team Lead, QA\nAptuit Inc., India\nJuly 2005\nApril 2006\n",
       {{"Team Lead", 2, 1, ""}, {"May 2006", 1, 3, "2006-05"}, {"Team Lead", 3, 1, "2005-07"}}},
      // Title / date / employer / place, then body: the lines after the date,
      // up to the body, close that entry; the next title opens the next one.
      {"Experience\nComputer Engineer\n3/1/2011 - Current\nTeletron Inc.\nNew Cityland, CA\n"
       "Supervise team testing in-development products.\nComputer Engineer\n11/1/2007 - 2/1/2011\n"
       "Optimus Interactive\nNew Cityland, CA\nOversaw design of system electrical components.\n",
       {{"Computer Engineer", 4, 1, "2011-01-03"}, {"Computer Engineer", 4, 1, "2007-01-11"}}},  // day first
      // Negative: with no body before the next date, the lines after a date are
      // the header block of the next entry.
      {"Experience\nEngineer\nAcme Corp\n2019 - 2021\nQA Lead\nBeta Labs\n2016 - 2019\n",
       {{"Engineer", 3, 0, "2019"}, {"QA Lead", 3, 0, "2016"}}},
      // Negative: a title that opens with a verb-like word is still a header.
      {"Experience\nProgram Manager\nKestrel Freight Ltd\n2019 - 2021\nManaged carrier contracts for the north region\n"
       "Lead Data Analyst\nKestrel Freight Ltd\n2016 - 2019\n",
       {{"Program Manager", 3, 1, "2019"}, {"Lead Data", 3, 0, "2016"}}},
      // "Title: dates, Company, City": the title sits where a label would; the
      // line is the next job's header, not a labelled part of the last job.
      {"Work Experience\nJava Technology Consultant: Dec. 2004 - Present, Eurokas, Cleveland, OH\n"
       "Created dynamic XSL to transform XML.\nJava Developer: Jan. 2000 - Nov. 2004, MJ Design, Cleveland, OH\n"
       "Designed full life cycle development of new web applications.\n",
       {{"Java Technology", 1, 1, "2004-12"}, {"Java Developer", 1, 1, "2000-01"}}},
      // Negative: a labelled range with nothing after it, or under a label
      // that names dates, stays a part of its job.
      {"Work Experience\nSales Manager, Acme Ltd\nDuration: Jan 2018 - Mar 2020\nRan the north region.\n",
       {{"Sales Manager", 1, 2, "2018-01"}}},
      {"Work Experience\nSales Manager, Acme Ltd\nDuration: Jan 2018 - Mar 2020, Full-time\nRan the north region.\n",
       {{"Sales Manager", 1, 2, "2018-01"}}},
      // A line stopped on a lower-case word, then one word and a full stop: the
      // end of that sentence, not the next job's header.
      {"Work Experience\nJava Technology Consultant, Eurokas, Dec. 2004 - Present\n"
       "Created dynamic XSL to transform XML to target platform language such as\nHTML.\n"
       "Developed Notification and Customer Classes.\n",
       {{"Java Technology", 1, 3, "2004-12"}}},
      // A job told as a sentence with its dates is a header, though it reads as prose.
      {"Work Experience\nLegal Assistant, Harrow Legal Group, 2012 - 2016\nDrafted pleadings for six attorneys.\n\n"
       "Worked at Bayfront Title Company as a Closing Coordinator from June 2009 to December 2011.\n"
       "Scheduled closings and balanced settlement statements.\n",
       {{"Legal Assistant", 1, 1, "2012"}, {"Worked at", 1, 1, "2009-06"}}},
      // Negative: what someone did in a job, with its own dates, is the job's
      // text: no employer named after "with", or "Served as".
      {"Work Experience\nProject Manager, Acme Ltd, 2015 - 2020\n"
       "Served as interim team lead from Jan 2019 to Jun 2019 during the migration.\n"
       "Worked with the finance team from 2016 to 2017 on the ERP rollout.\n",
       {{"Project Manager", 1, 2, "2015"}}},
      // Negative: without dates, such a sentence is the job's text.
      {"Work Experience\nLegal Assistant, Harrow Legal Group, 2012 - 2016\nDrafted pleadings for six attorneys.\n"
       "Worked with the closing team on settlement statements.\n",
       {{"Legal Assistant", 1, 2, "2012"}}},
      // Negative: after a line that ends a sentence, "Acme." may open an entry.
      {"Work Experience\nSales Manager, Beta Labs, 2018 - 2020\nRan the north region.\nAcme.\nClerk, 2016 - 2018\n",
       {{"Sales Manager", 1, 1, "2018"}, {"Acme.", 2, 0, "2016"}}},
  };
  for (const EntryRow& row : rows) {
    INFO(row.text);
    Document doc;
    std::vector<Entry> entries = Split(row.text, &doc);
    REQUIRE(entries.size() == row.entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      const ExpectedEntry& want = row.entries[i];
      INFO("entry " << i << ": " << doc.lines[e.first_line].norm);
      CHECK(doc.lines[e.first_line].norm.rfind(want.first, 0) == 0);
      CHECK(e.header_lines.size() == want.headers);
      CHECK(e.bullet_lines.size() == want.body);
      CHECK((e.dates ? e.dates->start : std::string()) == want.start);
    }
  }
}

TEST_CASE("SplitEntries: a start and an end date on lines of their own are one range", "[entries]") {
  struct Row {
    std::string text;
    std::vector<std::pair<std::string, std::string>> ranges;  // {start, end} per entry; end "" when open
  };
  const std::vector<Row> rows = {
      // A flattened table (dotin): title, employer, start, end.
      {"Employment History\nSr. Consultant\nCapgemini, Canada\nJanuary 2012\nNovember 2012\n"
       "  Led the defect triage of a smart-metering programme.\n",
       {{"2012-01", "2012-11"}}},
      {"Experience\nEditor\nBay Journal\n2004\n2007\n\nDeputy Editor\nDaily Mail\n2007\nPresent\n",
       {{"2004", "2007"}, {"2007", "2026-11"}}},
      // Not a pair: the second date comes before the first, so two entries.
      {"Experience\nEditor\nBay Journal\n2010\n\nReporter\nDaily Mail\n2004\n",
       {{"2010", ""}, {"2004", ""}}},
      // The start ends a header line, the end is alone on the next (flattened text).
      {"Experience\nOST GLOBAL\nDrupal Developer Consultant, December 2013\nFebruary 2014\n"
       "  Wrote custom modules.\n\nAETEA CONSULTING\nWeb Developer, February 2014\nPresent\n",
       {{"2013-12", "2014-02"}, {"2014-02", "2026-11"}}},
      // The end alone after a header line continues the header: the employer after it is no new entry.
      {"Experience\nINDUSTRIAL ENGINEER II - 8/2012\nPresent\nMinnzon Industries\nNew Orleans, Louisiana\n"
       "  Develop manufacturing methods.\n",
       {{"2012-08", "2026-11"}}},
      // Not a pair: an end before the start, or more than a date on the next line.
      {"Experience\nEditor, Bay Journal, 2010\n2004\n  Wrote.\n",
       {{"2010", ""}, {"2004", ""}}},
      // The end written as the label of the title line: "2003" / "Present: Art Editor, ...".
      {"Experience\n2003\nPresent: Associate Art Editor, Home and Gardens\n"
       "Plan and implement approved lay-outing policies and techniques for every section.\n",
       {{"2003", "2026-11"}}},
      {"Experience\n2001\n2003: Art Editor, Home and Gardens\n"
       "Plan and implement approved lay-outing policies and techniques for every section.\n",
       {{"2001", "2003"}}},
      // The dash lost inside brackets or before a colon: "(2013" / "present)", "1984" / "1986:".
      {"Experience\nSessums Black Caballero Ficarrotta, PA\nTampa, Florida\nParalegal (2013\npresent)\n"
       "The Solomon Law Group, PA\nTampa, Florida\nParalegal Supervisor (2006\n2013)\n",
       {{"2013", "2026-11"}, {"2006", "2013"}}},
      {"Experience\n1984\n1986:\nKenya Law Reform Commission\n", {{"1984", "1986"}}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    Document doc;
    std::vector<Entry> entries = Split(row.text, &doc);
    REQUIRE(entries.size() == row.ranges.size());
    // A title line whose label was the end date is a header line, not a labelled part.
    for (const Entry& entry : entries) CHECK(entry.parts.empty());
    for (size_t k = 0; k < entries.size(); ++k) {
      INFO("entry " << k);
      REQUIRE(entries[k].dates);
      CHECK(entries[k].dates->start == row.ranges[k].first);
      CHECK(entries[k].dates->end == row.ranges[k].second);
    }
  }
}

TEST_CASE("IsProseLine", "[entries]") {
  const std::vector<std::string> prose = {
      "Supervise 35 associates on the outbound shift. Manage labor planning, safety audits and",
      "cycle counts. Improved pick accuracy from 98.1% to 99.6%.",
      "Statistical lead for oncology and rare-disease trials; authored SAPs for 9 studies;",
      "负责订单中心核心服务的设计与开发，日均处理订单 300 万笔；",
      "解决大促期间超卖问题，基于 Redis Lua 脚本实现原子扣减，峰值 TPS 达 2 万。",
      "Managed three soft-drink brands with combined sales of £40M.",
  };
  const std::vector<std::string> titles = {
      "Northwind Analytics, Inc. - Austin, TX",
      "Dalmacija Soft j.d.o.o., Split (Croatia)",
      "Data Analyst\tTienda Cóndor S.A.S.",
      "A Relevance Relation Extraction framework for cross-domain recommender system",
      "Identification of Similar Products for the Diversity of Recommendation at Alipay",
      "Audit Manager | Hartley Crane & Co. Chartered Accountants (Big-4 network member), Dubai | Sep 2018 - Jul 2021",
      "Staff Software Engineer, Jan 2022 - Present",
      "Acme Co.",
  };
  for (const std::string& s : prose) {
    INFO(s);
    CHECK(IsProseLine(s, false));
  }
  for (const std::string& s : titles) {
    INFO(s);
    CHECK_FALSE(IsProseLine(s, s.find("20") != std::string::npos));
  }
}

TEST_CASE("IsColonlessLabelLine", "[entries]") {
  std::string_view label, text;
  CHECK(IsColonlessLabelLine("Business or sector Information and communication", &label, &text));
  CHECK(label == "Business or sector");
  CHECK(text == "Information and communication");
  CHECK_FALSE(IsColonlessLabelLine("Business Analyst Intern, Lakeshore Credit Union"));
  CHECK_FALSE(IsColonlessLabelLine("Business or sector"));
}

TEST_CASE("SplitLabel", "[entries]") {
  std::string_view label, text;
  REQUIRE(SplitLabel("Keywords: Recommendation, Knowledge graph", &label, &text));
  CHECK(label == "Keywords");
  CHECK(text == "Recommendation, Knowledge graph");
  CHECK_FALSE(SplitLabel("https://github.com/x", &label, &text));
  CHECK_FALSE(SplitLabel("Area Chair of the big workshop series here: NeurIPS", &label, &text));
  CHECK_FALSE(SplitLabel("Keywords:", &label, &text));
}

}  // namespace
}  // namespace cvparse
