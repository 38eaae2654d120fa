// Tests for parser/extract/experience.h and experience_header.h.
#include "extract/experience.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "layout/sectioner.h"
#include "lexicon/lexicons.h"
#include "text/decode.h"
#include "output/json_experience.h"
#include "shared_lexicons.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

constexpr YearMonth kAsOf{2026, 11};

const Lexicons& TheLexicons() { return SharedLexicons(); }

// Only the stages this test needs (decode, lines, sections), so that another
// extractor's trouble cannot break it.
Document Sections(const std::string& bytes) {
  Document doc;
  Decoded decoded;
  REQUIRE(Decode(bytes, &decoded).ok());
  doc.text = std::move(decoded.text);
  doc.lines = SplitLines(doc.text);
  FindSections(TheLexicons().headings(), &doc);
  return doc;
}

const ExperienceExtractor& TheExtractor() { return SharedCreated<ExperienceExtractor>(); }

Document ParseText(const std::string& text) {
  Document doc = Sections(text);
  TheExtractor().Extract(TheLexicons(), kAsOf, &doc);
  return doc;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Document ParseCorpus(const std::string& name) {
  return ParseText(ReadFile(std::string(CVPARSE_SOURCE_DIR) + "/corpus/" + name + ".txt"));
}

std::string Describe(const Experience& e) {
  std::ostringstream out;
  out << e.kind << " | org=" << e.organization << " | pos=" << e.position << " | name=" << e.name
      << " | loc=" << e.location;
  if (e.dates) out << " | " << e.dates->start << ".." << e.dates->end << (e.current ? " (current)" : "");
  out << " | months=" << e.months;
  if (!e.keywords.empty()) {
    out << " | kw=[";
    for (const auto& k : e.keywords) out << k << ";";
    out << "]";
  }
  out << " | hl=" << e.highlights.size() << " parts=" << e.parts.size();
  if (!e.summary.empty()) out << " | summary=" << e.summary.substr(0, 60);
  return out.str();
}

HeaderContext Context() {
  const Lexicons& lex = TheLexicons();
  return HeaderContext{TheExtractor().roles(), lex.places(), lex.dates(), kAsOf};
}

// The header lines as the pipeline sees them: normalised.
std::vector<std::string> Norm(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  for (const std::string& line : raw) out.push_back(NormalizeLine(line, 0).norm);
  return out;
}

struct HeaderRow {
  std::vector<std::string> lines;
  std::string organization;
  std::string position;
  std::string location;
};

TEST_CASE("ParsePositionHeader: header lines to organisation, position, location", "[experience]") {
  const std::vector<HeaderRow> rows = {
      // "Title, Company — City   Dates"
      {{"Senior Data Analyst, Maplewave Subscriptions Inc. — Toronto           Q3 2021 – Present"},
       "Maplewave Subscriptions Inc.", "Senior Data Analyst", "Toronto"},
      {{"Staff Software Engineer, Northwind Analytics, Inc. — Austin, TX  Jan 2022 – Present"},
       "Northwind Analytics, Inc.", "Staff Software Engineer", "Austin, TX"},
      // "Company — City" / "Title, Dates"
      {{"Northwind Analytics, Inc. — Austin, TX", "Staff Software Engineer, Jan 2022 – Present"},
       "Northwind Analytics, Inc.", "Staff Software Engineer", "Austin, TX"},
      {{"Lone Star Robotics Lab, The University of Texas at Austin — Austin, TX",
        "Graduate Research Assistant, Sept. 2016 - May 2018"},
       "Lone Star Robotics Lab, The University of Texas at Austin", "Graduate Research Assistant", "Austin, TX"},
      // "CO" after a town is Colorado, not "Co."; after a name it stays the company's.
      {{"Summit Ridge Bank, Boulder, CO", "Financial Analyst, 6/10 - 12/14"},
       "Summit Ridge Bank", "Financial Analyst", "Boulder, CO"},
      {{"Budget Analyst, Colorado Department of Transportation, Denver, CO  2008 - 2010"},
       "Colorado Department of Transportation", "Budget Analyst", "Denver, CO"},
      {{"Hartley Crane & CO", "Clerk, 2001 - 2003"}, "Hartley Crane & CO", "Clerk", ""},
      // A bracket left open once its date was blanked: "Paralegal (2013" / "present)".
      {{"The Solomon Law Group", "Tampa, Florida", "Paralegal Supervisor (2006 - 2013"},
       "The Solomon Law Group", "Paralegal Supervisor", "Tampa, Florida"},
      // A title and a school with nothing between them; a title taking an "of" phrase.
      {{"Special Education Teacher AAA High School, New York, NY   8/07-12/09"}, "AAA High School",
       "Special Education Teacher", "New York, NY"},
      {{"Manager of Classroom Technology and Customer Service", "Lakehead University (2003 - 2012)"},
       "Lakehead University", "Manager of Classroom Technology and Customer Service", ""},
      // Negative: organisation words before the title word, the title wins as before.
      {{"Software Lab Manager, Orchard Robotics"}, "Orchard Robotics", "Software Lab Manager", ""},
      // A job told as a sentence; the "from" left by the blanked date goes.
      {{"Worked as Deputy Manager with Genius Staffing Ltd from Sep 2007 ~ Sep 2008"}, "Genius Staffing Ltd",
       "Deputy Manager", ""},
      {{"Currently working as a Software Engineer in Kaveri Technologies, Bangalore from July 2009."},
       "Kaveri Technologies", "Software Engineer", "Bangalore"},
      // A sentence naming the employer first: "working with <employer> as <position>".
      {{"Presently working with Interra Systems India Pvt Ltd as Executive - HRD from October 2008"},
       "Interra Systems India Pvt Ltd", "Executive", ""},
      {{"Worked at Harbourline Systems as a Software Engineer, 2001 - 2004"}, "Harbourline Systems",
       "Software Engineer", ""},
      // Negative: no title word after " as ", or no " as " at all: no cut.
      {{"Working with Acme Ltd as needed"}, "Working with Acme Ltd as needed", "", ""},
      // A partnership named after its partners is one name, commas and all.
      {{"Cohen, Jayson & Foster, PA", "Tampa, Florida", "Paralegal (2004 - 2006)"}, "Cohen, Jayson & Foster",
       "Paralegal", "PA"},
      {{"Fuhrer, Flournoy, Hunter & Morton", "Paralegal, 1997 - 1999"}, "Fuhrer, Flournoy, Hunter & Morton",
       "Paralegal", ""},
      {{"Paralegal, Smith and Wesson, 1997 - 1999"}, "Smith and Wesson", "Paralegal", ""},
      {{"Whitcombe, Aldana & Pruitt, LLP", "Tampa, Florida", "Senior Paralegal (2016 - present)"},
       "Whitcombe, Aldana & Pruitt, LLP", "Senior Paralegal", "Tampa, Florida"},
      {{"Worked at Bayfront Title Company as a Closing Coordinator from June 2009 to December 2011."},
       "Bayfront Title Company", "Closing Coordinator", ""},
      {{"Employed by Harbourline Systems as a Clerk from June 2005 to May 2008."}, "Harbourline Systems", "Clerk", ""},
      // Negative: subjects joined by "and" are no partnership without "&" or a legal form.
      {{"Teacher, Maths, Physics and Chemistry, Harbor High School, 2008 - 2010"}, "Harbor High School",
       "Teacher, Maths, Physics and Chemistry", ""},
      // Negative: a title or a known place before "Name & Name" stays apart.
      {{"Paralegal, Jayson & Foster, 1997 - 1999"}, "Jayson & Foster", "Paralegal", ""},
      {{"Legal Secretary, Texas, Jayson & Foster, 1997 - 1999"}, "Jayson & Foster", "Legal Secretary", "Texas"},
      // A template's stand-in for a year ("20XX", "19xx") is a date, not the employer.
      {{"20XX  20XX, Shamrock Building Supplies", "Coordinator and Sales Manager"}, "Shamrock Building Supplies",
       "Coordinator and Sales Manager", ""},
      {{"Assistant Principal, Milton Middle School, 19xx-20xx"}, "Milton Middle School", "Assistant Principal", ""},
      // Negative: "20XXL" and "120XX" are no years.
      {{"Sales Manager, 20XXL Outfitters"}, "20XXL Outfitters", "Sales Manager", ""},
      {{"Sales Manager, Unit 120XX Supplies"}, "Unit 120XX Supplies", "Sales Manager", ""},
      // An employer's web address in brackets goes; the name stays.
      {{"Asea Brown Boveri [http://www.abb.com]", "Embedded Developer  February 2008 - till date"},
       "Asea Brown Boveri", "Embedded Developer", ""},
      {{"Software Engineer, Acme Robotics (www.acmerobotics.com), 2019 - 2021"}, "Acme Robotics",
       "Software Engineer", ""},
      // Negative: without "worked as", "with" and "for" do not cut.
      {{"Manager for Special Projects, Harbourline Systems"}, "Harbourline Systems", "Manager for Special Projects", ""},
      // A town and region in brackets after a title is the location; other brackets stay.
      {{"Product Manager (Houston, TX) , 2001 to 2004"}, "", "Product Manager", "Houston, TX"},
      {{"Technical Advisor (Contract), Acme Ltd, 2001 to 2004"}, "Acme Ltd", "Technical Advisor (Contract)", ""},
      // A typed double dash between the company and the title.
      {{"DYNTEK -- Drupal Developer, June 2012 - July 2012"}, "DYNTEK", "Drupal Developer", ""},
      // ALL-CAPS company lines
      {{"LUMEN HEALTH — Seattle, WA", "Senior Product Designer                                        03/2020 – Present"},
       "LUMEN HEALTH", "Senior Product Designer", "Seattle, WA"},
      {{"BRIGHTLINE STUDIO — Portland, OR", "Product Designer       06/2017 – 02/2020"},
       "BRIGHTLINE STUDIO", "Product Designer", "Portland, OR"},
      // "Title — Company, City   Dates"
      {{"Principal Engineer — Keystone Clearing Corp., Philadelphia, PA            Apr 2021 – Present"},
       "Keystone Clearing Corp.", "Principal Engineer", "Philadelphia, PA"},
      {{"Teacher of English — Penarth Bay High School, Vale of Glamorgan                  Sept 2018 – Aug 2021"},
       "Penarth Bay High School", "Teacher of English", "Vale of Glamorgan"},
      {{"Second in Department, English — Ysgol Bro Tawel, Cardiff    Sept 2021 – present"},
       "Ysgol Bro Tawel", "Second in Department, English", "Cardiff"},
      {{"Technical Advisor (contract) — MedTrail Health, remote                    Jan 2020 – Jun 2022"},
       "MedTrail Health", "Technical Advisor (contract)", "remote"},
      {{"Adjunct Lecturer — Schuylkill University, Dept. of Computer Science      Sep 2019 – Present"},
       "Schuylkill University, Dept. of Computer Science", "Adjunct Lecturer", ""},
      {{"Consultant (freelance) — various clients                                  2010 – 2012"},
       "various clients", "Consultant (freelance)", ""},
      {{"Site Engineer — Coastal Structures Ltd, Lagos (2019 - Present)"}, "Coastal Structures Ltd", "Site Engineer",
       "Lagos"},
      {{"Responsable qualité fournisseurs — Elsässer Präzisionsteile GmbH, Großherzog-Friedrich-Straße, Kehl (Allemagne)"},
       "Elsässer Präzisionsteile GmbH", "Responsable qualité fournisseurs", "Großherzog-Friedrich-Straße, Kehl (Allemagne)"},
      // "Title | Company | City | Dates"
      {{"Logistics Manager | Laurentian Foods Distribution | Laval, QC | 2019 – Present"},
       "Laurentian Foods Distribution", "Logistics Manager", "Laval, QC"},
      {{"Audit Manager | Hartley Crane & Co. Chartered Accountants (Big-4 network member), Dubai | Sep 2018 – Jul 2021"},
       "Hartley Crane & Co. Chartered Accountants (Big-4 network member)", "Audit Manager", "Dubai"},
      // "Title · Company · City · Dates"
      {{"Senior Backend Engineer · Vistula Pay sp. z o.o. · Warsaw · 05.2021 – now"},
       "Vistula Pay sp. z o.o.", "Senior Backend Engineer", "Warsaw"},
      // "Title" / "Company, City | Dates"
      {{"Registered Nurse, Cardiac Step-Down Unit", "Scioto Valley Medical Center, Columbus, OH | June 2019 – Present"},
       "Scioto Valley Medical Center", "Registered Nurse, Cardiac Step-Down Unit", "Columbus, OH"},
      // "Title<TAB>Company, City" / "Dates"
      {{"Senior Design Engineer                                      Palmetto Drivetrain Systems, Greenville, SC",
        "Mar 2020 – Present"},
       "Palmetto Drivetrain Systems", "Senior Design Engineer", "Greenville, SC"},
      {{"Data Analyst      Tienda Cóndor S.A.S., Medellín", "July 2018      February 2021"}, "Tienda Cóndor S.A.S.",
       "Data Analyst", "Medellín"},
      // "Title" / "Company, City" / "Dates"
      {{"Senior QA Automation Engineer", "Kaveri Fintech Solutions Pvt. Ltd., Bengaluru", "01/07/2021 – till date"},
       "Kaveri Fintech Solutions Pvt. Ltd.", "Senior QA Automation Engineer", "Bengaluru"},
      {{"Graduate Teaching Assistant", "Department of Computer Science, Gulf Coast State University, Texas, USA",
        "09/15/2017 – 05/10/2019"},
       "Department of Computer Science, Gulf Coast State University", "Graduate Teaching Assistant", "Texas, USA"},
      {{"Staff Research Scientist", "Voltaic Materials Inc., Sunnyvale, CA                                     Jan 2022 – Present"},
       "Voltaic Materials Inc.", "Staff Research Scientist", "Sunnyvale, CA"},
      // Indeed: "Title" / "Company - City, ST" / "Month Year to Present"
      {{"Warehouse Operations Supervisor", "Riverbend Distribution - Memphis, TN", "March 2021 to Present"},
       "Riverbend Distribution", "Warehouse Operations Supervisor", "Memphis, TN"},
      // Date columns
      {{"2020 – present\tMaasvlakte Port Systems B.V., Rotterdam\tSenior Site Reliability Engineer"},
       "Maasvlakte Port Systems B.V.", "Senior Site Reliability Engineer", "Rotterdam"},
      {{"04/2019 – heute       SAP-Beraterin (Senior Consultant), Isar Consulting GmbH, München"},
       "Isar Consulting GmbH", "SAP-Beraterin (Senior Consultant)", "München"},
      {{"2019 – present   Senior Biostatistician, Fyris Clinical Research AB, Uppsala"},
       "Fyris Clinical Research AB", "Senior Biostatistician", "Uppsala"},
      {{"2021.09-至今    杭州云栖数智科技有限公司    高级后端开发工程师"}, "杭州云栖数智科技有限公司", "高级后端开发工程师", ""},
      {{"2021.03 - 至今 Present   上海海贸科技有限公司 Haimao Technology (Shanghai)   高级数据产品经理 Senior Data PM"},
       "上海海贸科技有限公司 Haimao Technology", "高级数据产品经理 Senior Data PM", "Shanghai"},
      // List marks, Markdown, dates in brackets
      {{"### Senior Frontend Engineer — Aurora Payments", "*Milan · Feb 2021 – Present*"}, "Aurora Payments",
       "Senior Frontend Engineer", "Milan"},
      {{"● Full-Stack Developer — Merlion Travel Tech Pte. Ltd. (Mar 2022 – Present)"},
       "Merlion Travel Tech Pte. Ltd.", "Full-Stack Developer", ""},
      {{"1) Embedded Software Engineer, Shenzhen Lianxin Electronics Co., Ltd., 2023.07 - present"},
       "Shenzhen Lianxin Electronics Co., Ltd.", "Embedded Software Engineer", ""},
      {{"2) Intern, Hardware R&D, Dongguan Hexin IoT Co., Ltd., 2022.06 - 2022.09"}, "Dongguan Hexin IoT Co., Ltd.",
       "Intern, Hardware R&D", ""},
      {{"Software Developer Intern, Cloudnine Infosoft Pvt. Ltd., Pune (June 2023 - August 2023)"},
       "Cloudnine Infosoft Pvt. Ltd.", "Software Developer Intern", "Pune"},
      // Messy spacing and commas
      {{"Chef de Partie   ,  The Liffey Room Restaurant , Dublin     2021 - present"}, "The Liffey Room Restaurant",
       "Chef de Partie", "Dublin"},
      {{"Commis Chef - Harbour View Hotel,Howth        2018 -2021"}, "Harbour View Hotel", "Commis Chef", "Howth"},
      {{"Kitchen porter , Bewley-Lane Cafe , Dublin 2016- 2018"}, "Bewley-Lane Cafe", "Kitchen porter", "Dublin"},
      // Volunteer: "Organisation — Role"
      {{"River Almond Restoration Trust — Volunteer Coordinator                         2019 – Present"},
       "River Almond Restoration Trust", "Volunteer Coordinator", ""},
      {{"Parkrun — Run Director, Cramond                                                 2021 – Present"}, "Parkrun",
       "Run Director", "Cramond"},
      // "Title at Company", "Title @ Company (City)"
      {{"Software Engineer at Google"}, "Google", "Software Engineer", ""},
      {{"Intern engineer / Joobi Solution Limited, Ireland    2007 - 2009"}, "Joobi Solution Limited", "Intern engineer",
       "Ireland"},
      {{"Software developer / FXHome, Royaume-Uni"}, "FXHome", "Software developer", "Royaume-Uni"},
      // Negative: a title on both sides of the slash is one position.
      {{"Technical Consultant / Senior Analyst Programmer, 2001 - 2004"}, "",
       "Technical Consultant / Senior Analyst Programmer", ""},
      {{"Data Engineer @ Spotify (Stockholm)"}, "Spotify", "Data Engineer", "Stockholm"},
      {{"Product Manager, Acme Corp (Berlin, Germany)"}, "Acme Corp", "Product Manager", "Berlin, Germany"},
      // A title alone (a later role at the same employer)
      {{"Sales Development Representative                                      Jun 2016 – Feb 2018"}, "",
       "Sales Development Representative", ""},
      {{"Senior Software Engineer, Jan 2019 – Dec 2021"}, "", "Senior Software Engineer", ""},
      // Titles the lexicon knows since dotin-dev: not read as the employer.
      {{"Pet Sitter  2004 - Present"}, "", "Pet Sitter", ""},
      {{"Child Care Provider  2002 - Present"}, "", "Child Care Provider", ""},
      {{"Pharmaceutical Sales Rep, Northwind Pharma Inc., 2001 to 2004"}, "Northwind Pharma Inc.",
       "Pharmaceutical Sales Rep", ""},
      {{"Adjunct, Lakehead University, 2009 - 2012"}, "Lakehead University", "Adjunct", ""},
      // Negative: whole words only; "Sitterfield" and "Repton" are no titles.
      {{"Sitterfield Logistics, 2001 to 2004"}, "Sitterfield Logistics", "", ""},
      {{"Repton Freight Ltd, 2001 to 2004"}, "Repton Freight Ltd", "", ""},
      // Plural and other organisation words: "Schools", "League", "Organization".
      {{"Principal, Montgomery County Public Schools  1998 - 2004"}, "Montgomery County Public Schools", "Principal", ""},
      {{"Board Member, Baltimore Community Athletic League  2001 - 2004"}, "Baltimore Community Athletic League",
       "Board Member", ""},
      {{"Freelance  2012 - Present"}, "", "Freelance", ""},
      {{"Senior Legal Official, Kenya Law Reform Commission  2001 - 2004"}, "Kenya Law Reform Commission",
       "Senior Legal Official", ""},
      // Negative: a legal form makes an organisation of a title word ("Expert Systems Ltd").
      {{"Expert Systems Ltd, 2001 to 2004"}, "Expert Systems Ltd", "", ""},
      {{"Sergeant, United States Marine Corps  1990 - 1994"}, "United States Marine Corps", "Sergeant", ""},
      {{"Analyst, Fidelity Investments  2001 - 2004"}, "Fidelity Investments", "Analyst", ""},
      {{"Investments Analyst, Acme Ltd, 2001 to 2004"}, "Acme Ltd", "Investments Analyst", ""},
      // A page's running header is no organisation.
      {{"RESUME", "Sales Director  2005 - 2008"}, "", "Sales Director", ""},
      {{"CURRICULUM VITAE", "Site Engineer, 1998 - 1999"}, "", "Site Engineer", ""},
      // An end date written as the label of the title line.
      {{"2003", "Present: Associate Art Editor, Home and Gardens"}, "Home and Gardens", "Associate Art Editor", ""},
      // Chart debris with fewer than two letters is no organisation.
      {{"$M", "Sales Director  2005 - 2008"}, "", "Sales Director", ""},
      {{"(P)", "Sales Director  2005 - 2008"}, "", "Sales Director", ""},
      // A month word alone, split from its year, is no organisation.
      {{"Food Service Director", "June", "2009 - 2012"}, "", "Food Service Director", ""},
      // Negative: an organisation word before the title word stays in the title.
      {{"Organization Development Manager, Acme Ltd, 2001 to 2004"}, "Acme Ltd", "Organization Development Manager",
       ""},
      // A town written before its region is the location, never the employer.
      {{"Volunteer, Cradles to Crayons • Conshohocken, PA • April 2015 - present"}, "Cradles to Crayons", "Volunteer",
       "Conshohocken, PA"},
      {{"Cupertino, CA  Summer 2004"}, "", "", "Cupertino, CA"},
      {{"Researcher\tTampere, Finland\t2003"}, "", "Researcher", "Tampere, Finland"},
      {{"NBC Universal, Chicago, IL - June 2008- Sept 2008"}, "NBC Universal", "", "Chicago, IL"},
      {{"Infosys, Pune, India  2009 - 2012"}, "Infosys", "", "Pune, India"},
      // Negative: a name with organisation words before the town stays the employer.
      {{"Jackson Associates, Palatine, IL 2006 to 2009"}, "Jackson Associates", "", "Palatine, IL"},
      {{"Production Specialist", "CME Group-Chicago, IL  2008 - 2009"}, "CME Group-Chicago", "Production Specialist", "IL"},
      {{"Paralegal", "Jack E. Carter, PA  2008 - 2009"}, "Jack E. Carter", "Paralegal", "PA"},
      // A template's stand-in or a withheld name is neither employer nor position.
      {{"Company Name - Austin, TX 2001-2003", "Network Administration Assistant"}, "",
       "Network Administration Assistant", "Austin, TX"},
      {{"Confidential, Houston, TX  Nov. 2007"}, "", "", "Houston, TX"},
      {{"Real Estate Agent, Confidential, 2002 - 2004"}, "", "Real Estate Agent", ""},
      {{"[Name of Company], Sales Associate, 2002 - 2004"}, "", "Sales Associate", ""},
      // A business named by its web domain is no town; contact details and a
      // wrapped line of prose fill no field.
      {{"Research and assist with developing marketing material", "Owner, Myownfoodsite.com | @myownfoodtwitter : Remote",
        "March 2013 to present"},
       "Myownfoodsite.com", "Owner", ""},
      {{"Owner, Myownfoodsite.com | Remote", "March 2013 to present"}, "Myownfoodsite.com", "Owner", "Remote"},
      // A note in brackets about the employer names nothing.
      {{"(An ISO 9002 Company)", "Senior Manager, 1993 - 2001"}, "", "Senior Manager", ""},
      {{"Foundry Engineer, 1993 - 2001", "(subsidiary of Hewlett Packard)"}, "", "Foundry Engineer", ""},
      // Negative: a short bracket is kept ("(TELCO)", "(P) Ltd").
      {{"Foundry Engineer, 1993 - 2001", "Tata Engineering Company (TELCO)"}, "Tata Engineering Company (TELCO)",
       "Foundry Engineer", ""},
      // A region written with dots is a place, never the employer.
      {{"Ski Instructor", "Bretton Lodge, N.H.", "1999 - 2003"}, "Bretton Lodge", "Ski Instructor", "N.H."},
      {{"Foundry Engineer, 1993 - 2001", "VT."}, "", "Foundry Engineer", "VT."},
      // Negative: a legal form with dots stays with its name ("Co." is no Colorado).
      {{"Clerk, Hartley Crane & Co., 2001 - 2003"}, "Hartley Crane & Co.", "Clerk", ""},
      // A template's stand-in place ("City, ST") is the location, never the employer.
      {{"Director", "City, ST", "1999 - 2003"}, "", "Director", "City, ST"},
      {{"NAME OF COMPANY, City, ST", "Director    1999 to 2003"}, "", "Director", "City, ST"},
      {{"Acme Ltd, City, State", "Director    1999 to 2003"}, "Acme Ltd", "Director", "City, State"},
      // Negative: "ST" without "City" before it is no stand-in.
      {{"Director, ST Microsystems, 1999 - 2003"}, "ST Microsystems", "Director", ""},
      // A town and region cut one word a line (flattened text) are one place, never the employer.
      {{"Kitchen Manager", "Alamo Grill,", "San", "Antonio,", "TX", "2006 - 2008"}, "Alamo Grill", "Kitchen Manager",
       "San Antonio, TX"},
      {{"Confidential,", "San", "Antonio,", "TX", "June 2009"}, "", "", "San Antonio, TX"},
      {{"Route Sales Representative", "Kestrel Freight", "Bellows", "Falls,", "VT", "2000 - 2002"}, "Kestrel Freight",
       "Route Sales Representative", "Bellows Falls, VT"},
      // Negative: a one-word name on its own line with no region after it stays what it was.
      {{"Sales Associate", "Macy", "2000 - 2002"}, "Macy", "Sales Associate", ""},
      // An unknown name before the title in one segment is the employer.
      {{"PTC Therapeutics, Software Engineering Contractor  2011 - 2013"}, "PTC Therapeutics",
       "Software Engineering Contractor", ""},
      {{"Peak Analysis and Automation, England, Internship", "Summer 2013"}, "Peak Analysis and Automation",
       "Internship", "England"},
      // Negative: a town before the title is no employer.
      {{"Conshohocken, Software Engineer  2011 - 2013"}, "", "Software Engineer", ""},
      // The column labels of a job table, each alone in its piece: neither employer nor position.
      {{"Date", "Position", "Accounts Assistant", "Harbour Foods Ltd  2008 - 2010"}, "Harbour Foods Ltd",
       "Accounts Assistant", ""},
      {{"Employer", "Designation", "Lakeside Builders LLC, Site Engineer, 2001 - 2004"}, "Lakeside Builders LLC",
       "Site Engineer", ""},
      // Negative: a label word inside a name or a title stays ("Project Engineer", "Client Services").
      {{"Project Engineer, Client Services Group, 2001 - 2004"}, "Client Services Group", "Project Engineer", ""},
      // Negative: a legal form after the stand-in word makes a name ("COMPANY, INC.").
      {{"COMPANY, INC., City, ST 2007-Present"}, "COMPANY, INC.", "", "City, ST"},
  };
  HeaderContext context = Context();
  for (const HeaderRow& row : rows) {
    INFO(row.lines.front());
    HeaderFields f = ParsePositionHeader(Norm(row.lines), context);
    CHECK(f.organization == row.organization);
    CHECK(f.position == row.position);
    CHECK(f.location == row.location);
    CHECK_FALSE(f.is_break);
  }
}

TEST_CASE("ParsePositionHeader: prose is no position", "[experience]") {
  struct Row {
    std::vector<std::string> lines;
    std::string position;
  };
  const std::vector<Row> rows = {
      {{"Taught popular and well-received tutorials at the XML Conference, 2005"}, ""},
      {{"Exceeded $10M quota by 160%, and boosted sales to AT&T Wireless, Tritel"}, ""},
      {{"underwriting departments which dealt with all types of"}, ""},
      {{"Acme Insurance Ltd", "referred physician letters"}, ""},
      {{"of 6 hrs a day"}, ""},
      // An e-mail address or a page's running header.
      {{"Monash University", "Leigh03@hotmail.com"}, ""},
      {{"Resume of Nolan", "Wipro Technologies, 2005 - 2008"}, ""},
      {{"CURRICULUM VITAE", "Site Engineer, 1998 - 1999"}, "Site Engineer"},
      // Kept: a capital in the first word, seven words.
      {{"iOS Developer, Acme Ltd, 2019 - 2021"}, "iOS Developer"},
      {{"eLearning Developer, Acme Ltd, 2019 - 2021"}, "eLearning Developer"},
      {{"Assistant Director of Student Life and Housing, 2010"}, "Assistant Director of Student Life and Housing"},
  };
  HeaderContext context = Context();
  for (const Row& row : rows) {
    INFO(row.lines.front());
    CHECK(ParsePositionHeader(Norm(row.lines), context).position == row.position);
  }
}

// Rows of {text, expected} for a yes/no test over the role lexicon.
void CheckRoleTest(bool (*test)(const RoleLexicon&, std::string_view),
                   const std::vector<std::pair<std::string, bool>>& rows) {
  const RoleLexicon& roles = TheExtractor().roles();
  for (const auto& [text, expected] : rows) {
    INFO(text);
    CHECK(test(roles, text) == expected);
  }
}

TEST_CASE("ProseOrganization: prose is no organisation", "[experience]") {
  const std::vector<std::pair<std::string, bool>> rows = {
      {"Writing press releases", true},
      {"Oversaw/managed external contractors", true},
      {"Championed DC Power services to telecommunications clients", true},
      {"Collated results and highlighted critical feedback items", true},
      {"Process Automatic Invoice run twice a week", true},
      {"various clients", true},
      // Kept: one lower-case word; connectors, legal forms and brackets do not count.
      {"Ministry of Physical Planning and works", false},
      {"invivodata, inc.", false},
      {"Vistula Pay sp. z o.o.", false},
      {"Hartley Crane & Co. Chartered Accountants (Big-4 network member)", false},
      {"Bank of America", false},
      {"eHealth Ontario", false},
      // Kept: a name typed partly in lower case, an organisation word last.
      {"Miles ford Auto shop", false},
      {"Sunrise bakery", false},
      // Negative: a verb form first, or more lower-case words than capitalised ones.
      {"Managed retail store", true},
      {"Data warehousing systems", true},
      {"MSD interview committee", true},
  };
  CheckRoleTest(ProseOrganization, rows);
}

TEST_CASE("NamesPosition: a job title for the head noun", "[experience]") {
  const std::vector<std::pair<std::string, bool>> rows = {
      {"SENIOR DIVISION OPERATIONS EXECUTIVE", true},
      {"VICE PRESIDENT/GENERAL MANAGER", true},
      {"Lab Manager", true},
      // A title opening the line and taking an "of" / "for" phrase.
      {"Manager of Academic Technology and Finance", true},
      {"Director for Legal Services", true},
      {"Applications Support", true},
      {"Second in Department, English", true},
      // Negative: an organisation word last, no title word, prose.
      {"Senior Director Technologies", false},
      {"B2B Gift Card Ordering System", false},
      {"Digital marketing through creative writing", false},
      {"Software Labs", false},
      {"PUBLIC OUTREACH", false},
      {"HELIOS", false},
      {"Managed a team of twelve engineers across three sites in two countries", false},
  };
  CheckRoleTest(NamesPosition, rows);
}

TEST_CASE("ParsePositionHeader: breaks and nothing", "[experience]") {
  HeaderContext context = Context();
  HeaderFields b = ParsePositionHeader(Norm({"Career break                                  Jun 2018 – Aug 2020"}), context);
  CHECK(b.is_break);
  CHECK(b.position == "Career break");
  CHECK(ParsePositionHeader(Norm({"Sabbatical (travel), 2015"}), context).is_break);
  // Negative list: nothing to read.
  const std::vector<std::vector<std::string>> empty = {
      {}, {""}, {"2019 – 2021"}, {"Present"}, {"(Jan 2020 – Mar 2021)"}, {"1)"}, {"— | —"}};
  for (const auto& lines : empty) {
    INFO((lines.empty() ? std::string("{}") : lines.front()));
    HeaderFields f = ParsePositionHeader(Norm(lines), context);
    CHECK(f.organization.empty());
    CHECK(f.position.empty());
    CHECK(f.location.empty());
  }
}

struct ProjectRow {
  std::string line;
  bool list_item;
  std::string name;
  std::string role;
  std::string organization;
  std::vector<std::string> keywords;
  std::string description;
};

TEST_CASE("ParseProjectHeader: title lines", "[experience]") {
  const std::vector<ProjectRow> rows = {
      {"A Relevance Relation Extraction framework for cross-domain recommender system", false,
       "A Relevance Relation Extraction framework for cross-domain recommender system", "", "", {}, ""},
      {"Identification of Similar Products for the Diversity of Recommendation at Alipay", false,
       "Identification of Similar Products for the Diversity of Recommendation at Alipay", "", "Alipay", {}, ""},
      {"HuskyRide — carpool matcher (Python, FastAPI, PostgreSQL, React)                          Spring 2024", false,
       "HuskyRide - carpool matcher", "", "", {"Python", "FastAPI", "PostgreSQL", "React"}, ""},
      {"Toy OS kernel — \"lotus-os\" (C, x86 assembly)                                  Feb 2024 – Jun 2024", false,
       "Toy OS kernel - \"lotus-os\"", "", "", {"C", "x86 assembly"}, ""},
      {"MiniSQL — relational database engine (C++17)                                  Sep 2023 – Jan 2024", false,
       "MiniSQL - relational database engine", "", "", {"C++17"}, ""},
      {"   1) LoRa-based farmland monitoring network (2021.03 - 2022.05) — team leader", false,
       "LoRa-based farmland monitoring network", "team leader", "", {}, ""},
      {"分布式库存扣减系统（2022.03-2022.12）    核心开发", false, "分布式库存扣减系统", "核心开发", "", {}, ""},
      {"实验室论文检索平台（2018.10-2019.06）    项目负责人", false, "实验室论文检索平台", "项目负责人", "", {}, ""},
      {"1. 基于 LoRa 的农田监测网络（2021.03 - 2022.05），项目组长", false, "基于 LoRa 的农田监测网络", "项目组长", "", {}, ""},
      {"1. Smart Attendance System using Face Recognition (Jan 2024 - Apr 2024)", false,
       "Smart Attendance System using Face Recognition", "", "", {}, ""},
      {"智能补货系统 Smart Replenishment (2022.04 - 2022.12)", false, "智能补货系统 Smart Replenishment", "", "", {}, ""},
      {"Japanese–Chinese honorific translation corpus                            Mar 2024 – Present", false,
       "Japanese-Chinese honorific translation corpus", "", "", {}, ""},
      {"- **[tiny-signals](https://github.com/x/tiny-signals)** — a 2 kB reactive state library", true,
       "tiny-signals", "", "", {}, "a 2 kB reactive state library"},
      {"- **a11y-lint-rules**: ESLint rules for accessible React forms", true, "a11y-lint-rules", "", "", {},
       "ESLint rules for accessible React forms"},
  };
  HeaderContext context = Context();
  for (const ProjectRow& row : rows) {
    INFO(row.line);
    ProjectFields p = ParseProjectHeader(Norm({row.line}), context, row.list_item);
    CHECK(p.name == row.name);
    CHECK(p.role == row.role);
    CHECK(p.organization == row.organization);
    CHECK(p.keywords == row.keywords);
    CHECK(p.description == row.description);
  }
}

// A small section => the items it gives.
struct Want {
  std::string kind;
  std::string organization;
  std::string position;
  std::string name;
  std::string start;
  std::string end;
  size_t highlights;
};

struct SectionRow {
  std::string text;
  std::vector<Want> items;
};

TEST_CASE("ExperienceExtractor: small sections", "[experience]") {
  const std::vector<SectionRow> rows = {
      // Several roles at one employer: the employer is carried over.
      {"Experience\n\nNorthwind Analytics, Inc. — Austin, TX\nStaff Software Engineer, Jan 2022 – Present\n"
       "• Lead a 6-person platform team.\n\nSenior Software Engineer, Jan 2019 – Dec 2021\n• Rebuilt invoice generation.\n\n"
       "Software Engineer, Jun 2018 – Dec 2018\n• Shipped the usage dashboard.\n",
       {{"work", "Northwind Analytics, Inc.", "Staff Software Engineer", "", "2022-01", "2026-11", 1},
        {"work", "Northwind Analytics, Inc.", "Senior Software Engineer", "", "2019-01", "2021-12", 1},
        {"work", "Northwind Analytics, Inc.", "Software Engineer", "", "2018-06", "2018-12", 1}}},
      // An employer line with its own dates over its roles: the roles remain.
      {"Experience\n\nGlobex Corporation    2015 – Present\nSenior Engineer (2020 – Present)\n- Led the billing team.\n"
       "Engineer (2015 – 2020)\n- Built the invoicing service.\n",
       {{"work", "Globex Corporation", "Senior Engineer", "", "2020", "2026-11", 1},
        {"work", "Globex Corporation", "Engineer", "", "2015", "2020", 1}}},
      // No carry over when the dates are far apart.
      {"Experience\n\nAcme Corp — Designer    2019 – 2021\n- Drew things.\n\nConsultant    2001 – 2003\n- Advised.\n",
       {{"work", "Acme Corp", "Designer", "", "2019", "2021", 1}, {"work", "", "Consultant", "", "2001", "2003", 1}}},
      // An undated line without a position between dated jobs is the job's text
      // (a bullet that lost its glyph), not a job of its own.
      {"Experience\n\nProject Lead, Harbourline Systems\nJan 2019 - Dec 2021\n- Ran the release train.\n"
       "Significant Accomplishments\n- Cut the cost of each release by a third by automating the regression suites.\n\nTester, Orchard Antivirus Inc\nJan 2016 - Dec 2018\n",
       {{"work", "Harbourline Systems", "Project Lead", "", "2019-01", "2021-12", 3},
        {"work", "Orchard Antivirus Inc", "Tester", "", "2016-01", "2018-12", 0}}},
      // A lower-case fragment is no employer, and the job does not borrow its
      // neighbour's either.
      {"Experience\n\nEngineer — Harbourline Systems    2011 – 2014\n• Built pipelines.\n\n"
       "Consultant — various clients    2010 – 2012\n• Tuned databases.\n",
       {{"work", "Harbourline Systems", "Engineer", "", "2011", "2014", 1},
        {"work", "", "Consultant", "", "2010", "2012", 1}}},
      // An undated employer with a line about the company, over a dated role
      // with no employer of its own, heads that role: no stray text.
      {"Experience\n\nSenior Operations Executive, Jackson Associates, 2006 - 2009\n- Doubled sales.\n\n"
       "Automatic Data Processing, Inc.\nGlobal provider of integrated computing and business outsourcing services.\n"
       "DIVISION VICE PRESIDENT/GENERAL MANAGER (2003 to 2006)\n- Owned the P&L of the division.\n",
       {{"work", "Jackson Associates", "Senior Operations Executive", "", "2006", "2009", 1},
        {"work", "Automatic Data Processing, Inc.", "", "", "", "", 0},
        {"work", "Automatic Data Processing, Inc.", "DIVISION VICE PRESIDENT/GENERAL MANAGER", "", "2003", "2006", 1}}},
      // Negative: an undated line of text with no organisation word stays the last job's text.
      {"Experience\n\nSenior Operations Executive, Jackson Associates, 2006 - 2009\n- Doubled sales.\n\n"
       "Shared budgetary controls with senior management\n"
       "DIVISION VICE PRESIDENT/GENERAL MANAGER (1995 to 1999)\n- Owned the P&L of the division.\n",
       {{"work", "Jackson Associates", "Senior Operations Executive", "", "2006", "2009", 1},
        {"work", "", "DIVISION VICE PRESIDENT/GENERAL MANAGER", "", "1995", "1999", 1}}},
      // An award won in a job, on a line of its own, is no employer. (Other
      // rules drop the first row's line too; the second needs the award word.)
      {"Experience\n\nHead Chef, Pomegranates, 1995 - 1999\n- Ran a kitchen of twelve cooks.\n\n"
       "Sous Chef    1988 - 1991\nReceived Florida Wine Spectator Award for\n- Built the wine list.\n",
       {{"work", "Pomegranates", "Head Chef", "", "1995", "1999", 1}, {"work", "", "Sous Chef", "", "1988", "1991", 1}}},
      {"Experience\n\nHead Chef, Pomegranates, 1995 - 1999\n- Ran a kitchen of twelve cooks.\n\n"
       "Sous Chef    1988 - 1991\nManagerial Excellence Award\n- Built the wine list.\n",
       {{"work", "Pomegranates", "Head Chef", "", "1995", "1999", 1}, {"work", "", "Sous Chef", "", "1988", "1991", 1}}},
      // A lead-in line ending in ':' over a role is neither its title nor its employer.
      {"Experience\n\nOther positions held at Chrysler:\nMarket Area Specialist, 1996 to 1998\n- Ran dealer visits.\n",
       {{"work", "", "Market Area Specialist", "", "1996", "1998", 1}}},
      // Negative: with no dated job in the section, undated entries stay.
      {"Experience\n\nHarbourline Systems\n- Ran the release train.\n",
       {{"work", "Harbourline Systems", "", "", "", "", 1}}},
      // A career break.
      {"Experience\n\nMarketing Manager — Northern Oat Co., Leeds             Sep 2020 – Sep 2022\n- Repositioned the brand.\n\n"
       "Career break                                                              Jun 2018 – Aug 2020\n- Full-time carer.\n",
       {{"work", "Northern Oat Co.", "Marketing Manager", "", "2020-09", "2022-09", 1},
        {"break", "", "Career break", "", "2018-06", "2020-08", 1}}},
      // Research projects with keywords.
      {"Research Experience\n\nA Relevance Relation Extraction framework\n\n2022 - 2023\n\n"
       "– *Keywords:* Recommendation, Knowledge graph\n\n- **Background:** Prevailing techniques fail.\n",
       {{"research", "", "", "A Relevance Relation Extraction framework", "2022", "2023", 1}}},
      // Research positions.
      {"Research Experience\nStaff Research Scientist\nVoltaic Materials Inc., Sunnyvale, CA    Jan 2022 – Present\n"
       "  • Lead a 7-person team.\n",
       {{"research", "Voltaic Materials Inc.", "Staff Research Scientist", "", "2022-01", "2026-11", 1}}},
      // Projects with a role and a tech list.
      {"Projects\nHuskyRide — carpool matcher (Python, FastAPI)      Spring 2024\n• Matched 400+ students.\n"
       "TinyKV — distributed key-value store (Go, Raft)        Fall 2024\n• Implemented leader election.\n",
       {{"project", "", "", "HuskyRide - carpool matcher", "2024-03", "2024-05", 1},  // a season alone: March-May
        {"project", "", "", "TinyKV - distributed key-value store", "2024-09", "2024-11", 1}}},
      // Projects as a flat list, one per line.
      {"Projects\n\n- **[tiny-signals](https://github.com/x/tiny-signals)** — a 2 kB reactive state library.\n"
       "- **[a11y-lint-rules](https://github.com/x/a11y)** — ESLint rules for accessible React forms.\n",
       {{"project", "", "", "tiny-signals", "", "", 0}, {"project", "", "", "a11y-lint-rules", "", "", 0}}},
      // A position only with a title word for its head, unless a label names it.
      {"Experience\nB2B Gift Card Ordering System | Target Corporation  2006 - 2008\n"
       "Kestrel Freight Ltd  2004 - 2006\nPosition: Dispatching\n",
       {{"work", "Target Corporation", "", "", "2006", "2008", 0},
        {"work", "Kestrel Freight Ltd", "Dispatching", "", "2004", "2006", 0}}},
      // Activities: a role only with a title word for its head.
      {"Activities\nBuilding & Mentoring | Custom Software Development  2012 - 2014\n"
       "Association for Computing Machines, Student Chapter, President  2007 - 2008\n",
       {{"volunteer", "Custom Software Development", "", "", "2012", "2014", 0},
        {"volunteer", "Association for Computing Machines, Student Chapter", "President", "", "2007", "2008", 0}}},
      // Volunteer: organisation first.
      {"Volunteer Experience\nRiver Almond Restoration Trust — Volunteer Coordinator    2019 – Present\n"
       "  – Organise monthly clean-ups.\nScottish Wildlife Rescue — Weekend Volunteer    2015 – 2018\n",
       {{"volunteer", "River Almond Restoration Trust", "Volunteer Coordinator", "", "2019", "2026-11", 1},
        {"volunteer", "Scottish Wildlife Rescue", "Weekend Volunteer", "", "2015", "2018", 0}}},
      // Indeed style with a prose summary.
      {"Work Experience\n\nWarehouse Operations Supervisor\nRiverbend Distribution - Memphis, TN\nMarch 2021 to Present\n\n"
       "Supervise 35 associates on the outbound shift. Manage labor planning, safety audits and\n"
       "cycle counts. Improved pick accuracy from 98.1% to 99.6%.\n",
       {{"work", "Riverbend Distribution", "Warehouse Operations Supervisor", "", "2021-03", "2026-11", 0}}},
      // A table with a header row.
      {"Work Experience\nPeriod\tEmployer\tRole\n2020 – present\tMaasvlakte Port Systems B.V., Rotterdam\tSenior SRE Engineer\n"
       "\t- Run 14 Kubernetes clusters\n2017 – 2020\tNoordzee Cargo Tech, Delft\tDevOps Engineer\n",
       {{"work", "Maasvlakte Port Systems B.V.", "Senior SRE Engineer", "", "2020", "2026-11", 1},
        {"work", "Noordzee Cargo Tech", "DevOps Engineer", "", "2017", "2020", 0}}},
      // Labelled header lines.
      {"Experience\nCompany: Initech LLC\nDesignation: Software Engineer\nDuration: Jan 2018 - Mar 2020\n"
       "- Wrote TPS report tooling.\n",
       {{"work", "Initech LLC", "Software Engineer", "", "2018-01", "2020-03", 1}}},
      // A field named by its label wins over a guess from the header lines;
      // "Client:" and "Role:" only fill what is missing.
      {"Experience\n2009-2011\nZiNc Telephone Banking, Melbourne\nPosition: Customer Service Advisor\n"
       "- Answered enquiries.\n",
       {{"work", "ZiNc Telephone Banking", "Customer Service Advisor", "", "2009", "2011", 1}}},
      {"Experience\nTest Lead, QA\nCGI, Canada\nClient: Atlantic Lottery Corporation\nRole: defect triage\n"
       "September 2011 - January 2012\n- Hosted test kickoffs.\n",
       {{"work", "CGI", "Test Lead, QA", "", "2011-09", "2012-01", 1}}},
      // A job whose header names no position takes the title that opens its
      // first line of text (a header line too long to be a position, or the
      // first body line), and the employer after " at " when it has none.
      {"Employment Record\n1995\n1997:\nPart time lecturer/faculty member of the United States International\n"
       "University (USIU) Africa: taught courses in international trade law,\n",
       {{"work", "United States International", "Part time lecturer/faculty member", "", "1995", "1997", 0}}},
      {"Experience\n2000 - 2003\nBaltimore Public School System, Baltimore, Maryland\n"
       "• Served as Teacher Assistant for Grades 2 and 3 at Rockport Elementary School\n",
       {{"work", "Baltimore Public School System", "Teacher Assistant", "", "2000", "2003", 1}}},
      {"Professional Experience\n1973-1976\n"
       "Researcher at the Secretariat of State in charge of French universities and research centres\n"
       "1970-1973\nKitchen Manager, Managing all the kitchen staff, while responsible for the purchasing and ordering\n"
       "1968-1970\nServed as Teacher Assistant for Grades 2 and 3 at Rockport Elementary School\n",
       {{"work", "", "Researcher", "", "1973", "1976", 0},
        {"work", "", "Kitchen Manager", "", "1970", "1973", 0},
        {"work", "", "Teacher Assistant", "", "1968", "1970", 0}}},
      {"Experience\nConfidential, Houston, TX  Nov 2007 - June 2009\n"
       "Food Service Director at St. Francis Episcopal Day School: Serving 2 meals a day and 850 patrons on daily basis.\n",
       {{"work", "St. Francis Episcopal Day School", "Food Service Director", "", "2007-11", "2009-06", 0}}},
      // Negative: a line that opens with an action verb or names no title.
      {"Experience\n2001 - 2003\nManaged the front desk team of a busy hotel, including night shifts\n"
       "2003 - 2005\nLeading provider of HR benefits, outsourcing, and consulting services in the U.S.\n",
       {{"work", "", "", "", "2001", "2003", 0}, {"work", "", "", "", "2003", "2005", 0}}},
      // A note in brackets with a number or three words or more is no part of
      // the position; a short one stays.
      {"Experience\nZiNc Telephone Banking, Melbourne  2009 - 2011\n"
       "Position: Customer Service Advisor (part time to 2011, full time from 2013)\n"
       "- Answered enquiries.\nSupport Engineer (40 % part time), Telenor Nextra AS  2000 - 2001\n"
       "Project Manager (consultant), Redpill Linpro AB  1998 - 2000\n",
       {{"work", "ZiNc Telephone Banking", "Customer Service Advisor", "", "2009", "2011", 1},
        {"work", "Telenor Nextra AS", "Support Engineer", "", "2000", "2001", 0},
        {"work", "Redpill Linpro AB", "Project Manager (consultant)", "", "1998", "2000", 0}}},
      // Dates before their header: each job keeps its own dates.
      {"Employment Record\n1984\n1986:\nKenya Law Reform Commission\nLegal Officer\n"
       "1989\n1995:\nKenya National Assurance Co. Ltd\nSenior Legal Officer\n",
       {{"work", "Kenya Law Reform Commission", "Legal Officer", "", "1984", "1986", 0},
        {"work", "Kenya National Assurance Co. Ltd", "Senior Legal Officer", "", "1989", "1995", 0}}},
      // Europass.
      {"Work experience\n01/05/2019–Present\nData Engineer\nAdriatic Telecom d.d., Zagreb (Croatia)\n"
       "▪ Design and operate batch and streaming pipelines processing 2 TB per day\n"
       "Business or sector Information and communication\n",
       {{"work", "Adriatic Telecom d.d.", "Data Engineer", "", "2019-05-01", "2026-11", 1}}},
      // Chinese, numbered items.
      {"工作经历\n2021.09-至今    杭州云栖数智科技有限公司    高级后端开发工程师\n"
       "  1. 负责订单中心核心服务的设计与开发，日均处理订单 300 万笔；\n  2. 带领 4 人小组，负责代码评审与新人培养。\n",
       {{"work", "杭州云栖数智科技有限公司", "高级后端开发工程师", "", "2021-09", "2026-11", 2}}},
      // Teaching counts as work.
      {"Teaching Experience\n\nTeacher of English — Penarth Bay High School, Vale of Glamorgan    Sept 2018 – Aug 2021\n"
       "• Taught Key Stage 3 English.\n",
       {{"work", "Penarth Bay High School", "Teacher of English", "", "2018-09", "2021-08", 1}}},
      // Bulleted entry titles with a deeper list under them.
      {"Work Experience\n● Full-Stack Developer — Merlion Travel Tech Pte. Ltd. (Mar 2022 – Present)\n"
       "   ▪ Built the booking flow in React\n● Software Engineer — Kampong Pay (Jul 2020 – Feb 2022)\n"
       "   ▪ Implemented PayNow QR payment integration\n",
       {{"work", "Merlion Travel Tech Pte. Ltd.", "Full-Stack Developer", "", "2022-03", "2026-11", 1},
        {"work", "Kampong Pay", "Software Engineer", "", "2020-07", "2022-02", 1}}},
  };
  for (const SectionRow& row : rows) {
    INFO(row.text);
    Document doc = ParseText("Jane Doe\njane@example.com\n\n" + row.text);
    std::string got;
    for (const Experience& e : doc.entities.experience) got += Describe(e) + "\n";
    INFO("got:\n" << got);
    REQUIRE(doc.entities.experience.size() == row.items.size());
    for (size_t i = 0; i < row.items.size(); ++i) {
      const Experience& e = doc.entities.experience[i];
      const Want& w = row.items[i];
      INFO("item " << i);
      CHECK(e.kind == w.kind);
      CHECK(e.organization == w.organization);
      CHECK(e.position == w.position);
      CHECK(e.name == w.name);
      CHECK((e.dates ? e.dates->start : std::string()) == w.start);
      CHECK((e.dates ? e.dates->end : std::string()) == w.end);
      CHECK(e.highlights.size() == w.highlights);
    }
  }
}

// A text and the {organization, position} of each experience entry it gives.
struct OrgPositionRow {
  std::string text;
  std::vector<std::pair<std::string, std::string>> items;
};

void CheckOrgsAndPositions(const Document& doc, const std::vector<std::pair<std::string, std::string>>& items) {
  std::string got;
  for (const Experience& e : doc.entities.experience) got += Describe(e) + "\n";
  INFO("got:\n" << got);
  REQUIRE(doc.entities.experience.size() == items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    CHECK(doc.entities.experience[i].organization == items[i].first);
    CHECK(doc.entities.experience[i].position == items[i].second);
  }
}

TEST_CASE("ExperienceExtractor: the candidate's name and page marks are neither title nor employer", "[experience]") {
  using Row = OrgPositionRow;
  const std::vector<Row> rows = {
      // A page's running header: the name where an employer or a title would be.
      {"Experience\nJackson Associates, Palatine, IL  2006 to 2009\nSenior Operations Executive\n"
       "- Doubled sales performance and profitability with business development tools.\n"
       "Shelli Genaro Kuvalis  2003 - 2006\nOperations Manager\n"
       "- Ran the call centre of 300 agents and cut the average handle time by 15%.\n"
       "Acme Corp  2001 - 2003\nShelli Kuvalis\n- Filed the weekly reports of the accounts payable team on time.\n",
       {{"Jackson Associates", "Senior Operations Executive"}, {"", "Operations Manager"}, {"Acme Corp", ""}}},
      // A job carried over to the next page.
      {"Experience\nJackson Associates, continued  2006 to 2009\n- Improved engagement 22%.\n"
       "Continued\u2026\nDirector of Field Operations, 2000 to 2001\n",
       {{"Jackson Associates", ""}, {"", "Director of Field Operations"}}},
      // Negative: one word shared with the name is not the name.
      {"Experience\nShelli Consulting LLC  2001 - 2003\nKuvalis Engineer\n",
       {{"Shelli Consulting LLC", "Kuvalis Engineer"}}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    Document doc = Sections("Shelli Genaro Kuvalis\njane@example.com\n\n" + row.text);
    doc.contact.name = Found{"Shelli Genaro Kuvalis", {}};
    TheExtractor().Extract(TheLexicons(), kAsOf, &doc);
    CheckOrgsAndPositions(doc, row.items);
  }
}

TEST_CASE("ExperienceExtractor: an employer taken for a section heading", "[experience]") {
  using Row = OrgPositionRow;
  const std::vector<Row> rows = {
      // An employer in capitals alone on its line, then a title and dates: a job.
      {"SKILLS\nCOBOL, CICS\n\nTANDEM AUSTRALIA DEVELOPMENT\nSenior Developer\nJuly 1996 to October 1996\n"
       "Commenced development of the teller switch.\n",
       {{"TANDEM AUSTRALIA DEVELOPMENT", "Senior Developer"}}},
      // And the later jobs under it that name an employer, a title and dates.
      {"SKILLS\nCOBOL, CICS\n\nNATIXIS\nIT Networks Engineer\n2012 - 2013\n- Deployed the branch network.\n"
       "Harbourline Systems\nIT Support Technician\n2011 - 2012\n- Installed video conferencing.\n",
       {{"NATIXIS", "IT Networks Engineer"}, {"Harbourline Systems", "IT Support Technician"}}},
      // Negative: a heading that names a position, whose employer would come from the body.
      {"SKILLS\nCOBOL, CICS\n\nMARKETING MANAGER\nCompetitor analysis\n2001 - 2003\nRan the north region.\n", {}},
      // Negative: a heading that goes on over the next line.
      {"SKILLS\nCOBOL, CICS\n\nMEMBERSHIP OF PROFESSIONAL\nASSOCIATIONS:\n2013 - 2014 Editor of the Student Union quarterly\n",
       {}},
      // Negative: no title, or no dates: not read as a job.
      {"SKILLS\nCOBOL, CICS\n\nWEB SITES\nHarbourline Systems\n2011 - 2012\n", {}},
      {"SKILLS\nCOBOL, CICS\n\nTANDEM AUSTRALIA DEVELOPMENT\nSenior Developer\nCommenced development of the teller switch.\n",
       {}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    Document doc = ParseText("Jane Doe\njane@example.com\n\n" + row.text);
    CheckOrgsAndPositions(doc, row.items);
  }
}

TEST_CASE("ExperienceExtractor: the current job told in the summary", "[experience]") {
  using Row = OrgPositionRow;
  const std::vector<Row> rows = {
      {"Career Summary:\nCurrently employed with Sister Nancy's High School, Waukegan, Illinois as a Business Teacher. "
       "With a total work experience of 5 years.\n",
       {{"Sister Nancy's High School", "Business Teacher"}}},
      {"Summary\nPresently working as a Business Analyst Intern at Walrus Systems. Knowledgeable of business logic.\n",
       {{"Walrus Systems", "Business Analyst Intern"}}},
      // Negative: the employer is already a job of the work section.
      {"Summary\nCurrently working as a Business Analyst at Walrus Systems.\n\nExperience\n"
       "Business Analyst, Walrus Systems, 2019 - Present\n- Wrote the specifications.\n",
       {{"Walrus Systems", "Business Analyst"}}},
      // Negative: a job of the work section whose name holds the summary's
      // employer, or that the summary's employer holds (a name of two words or more).
      {"Summary\nCurrently working as a Business Analyst at Walrus Systems.\n\nExperience\n"
       "Business Analyst, Walrus Systems Inc, 2019 - Present\n- Wrote the specifications.\n",
       {{"Walrus Systems Inc", "Business Analyst"}}},
      {"Summary\nCurrently working as a Business Analyst at Walrus Systems Group.\n\nExperience\n"
       "Business Analyst, Walrus Systems, 2019 - Present\n- Wrote the specifications.\n",
       {{"Walrus Systems", "Business Analyst"}}},
      // ... but a one-word name inside the summary's employer is another firm.
      {"Summary\nCurrently working as a Business Analyst at Walrus Systems.\n\nExperience\n"
       "Clerk, Walrus, 2010 - 2015\n- Kept the ledgers.\n",
       {{"Walrus Systems", "Business Analyst"}, {"Walrus", "Clerk"}}},
      // Negative: no employer, no title, or a past job.
      {"Summary\nCurrently working on a thesis about soil erosion.\n", {}},
      {"Summary\nCurrently working with children at a local charity.\n", {}},
      {"Summary\nI worked with St. Patrick's High School as an Associate Business Teacher for one year.\n", {}},
      // "St." does not end the sentence; the current job comes first.
      {"Summary\nCurrently employed with St. Patrick's High School as a Business Teacher. Ten years of it.\n",
       {{"St. Patrick's High School", "Business Teacher"}}},
      {"Summary\nCurrently working with Walrus Systems as a Business Analyst.\n\nExperience\n"
       "Clerk, Harbor Bank, 2010 - 2015\n- Kept the ledgers.\n",
       {{"Walrus Systems", "Business Analyst"}, {"Harbor Bank", "Clerk"}}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    Document doc = ParseText("Jane Doe\njane@example.com\n\n" + row.text);
    CheckOrgsAndPositions(doc, row.items);
  }
}

TEST_CASE("ExperienceExtractor: sections that hold no experience", "[experience]") {
  const std::vector<std::string> none = {
      "Skills\nPython, Java\n",
      "Education\nB.S. Computer Science, MIT, 2019\n",
      "Professional Memberships\nInternational Society for Clinical Biostatistics\n",
      "Experience\n\n",
  };
  for (const std::string& text : none) {
    INFO(text);
    Document doc = ParseText("Jane Doe\njane@example.com\n\n" + text);
    CHECK(doc.entities.experience.empty());
    CHECK(doc.entities.total_experience_months == 0);
  }
}

std::vector<std::string> Labels(const Experience& e) {
  std::vector<std::string> out;
  for (const LabelledPart& p : e.parts) out.push_back(p.label);
  return out;
}

TEST_CASE("corpus/000: research and projects", "[experience]") {
  Document doc = ParseCorpus("000");
  std::vector<const Experience*> research, projects;
  for (const Experience& e : doc.entities.experience) {
    if (e.kind == "research") research.push_back(&e);
    if (e.kind == "project") projects.push_back(&e);
  }
  REQUIRE(research.size() == 2);
  REQUIRE(projects.size() == 2);
  CHECK(doc.entities.experience.size() == 4);

  const Experience& r1 = *research[0];
  CHECK(r1.name == "A Relevance Relation Extraction framework for cross-domain recommender system");
  REQUIRE(r1.dates);
  CHECK(r1.dates->start == "2022");
  CHECK(r1.dates->end == "2023");
  CHECK(r1.months == 24);
  CHECK(r1.keywords == std::vector<std::string>{"Recommendation", "Knowledge graph", "relevance relation extraction"});
  CHECK(Labels(r1) == std::vector<std::string>{"Keywords", "Background", "Work", "Outcome"});
  CHECK(r1.highlights.size() == 3);  // Background, Work, Outcome (Keywords are keywords)

  const Experience& r2 = *research[1];
  CHECK(r2.name == "End-to-End Image Captioning with Grid Feature Fusion and Dual Cooperation");
  REQUIRE(r2.dates);
  CHECK(r2.dates->start == "2021");
  CHECK(r2.dates->end == "2022");
  CHECK(r2.keywords == std::vector<std::string>{"Image captioning", "self-supervised visual feature fusion"});

  const Experience& p1 = *projects[0];
  CHECK(p1.name == "Identification of Similar Products for the Diversity of Recommendation at Alipay");
  CHECK(p1.organization == "Alipay");
  REQUIRE(p1.dates);
  CHECK(p1.dates->start == "2023-08");
  CHECK(p1.dates->end == "2023-10");
  CHECK(p1.months == 3);
  CHECK(Labels(p1) == std::vector<std::string>{"Keywords", "Background", "Work", "Outcome"});

  const Experience& p2 = *projects[1];
  CHECK(p2.name == "A Demo System of Intelligent Unmanned Hotel");
  REQUIRE(p2.dates);
  CHECK(p2.dates->start == "2019-11");
  CHECK(p2.dates->end == "2020-04");
  CHECK(p2.months == 6);
  CHECK(p2.keywords == std::vector<std::string>{"Face recognition", "human pose estimation"});
  CHECK(Labels(p2) == std::vector<std::string>{"Keywords", "Background", "Work", "Outcome"});

  // No positions: nothing counts.
  CHECK(doc.entities.total_experience_months == 0);
  CHECK(doc.entities.gaps.empty());
  // Spans point at the entries.
  CHECK(doc.Text({p2.span_begin, p2.span_end}).rfind("A Demo System", 0) == 0);
}

struct CorpusWork {
  std::string organization;
  std::string position;
  std::string location;
  std::string start;
};

void CheckWork(const std::string& file, const std::vector<CorpusWork>& want) {
  INFO("corpus/" << file);
  Document doc = ParseCorpus(file);
  std::vector<const Experience*> work;
  std::string got;
  for (const Experience& e : doc.entities.experience) {
    got += Describe(e) + "\n";
    if (e.kind == "work" || e.kind == "break") work.push_back(&e);
  }
  INFO("got:\n" << got);
  REQUIRE(work.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    INFO("item " << i);
    CHECK(work[i]->organization == want[i].organization);
    CHECK(work[i]->position == want[i].position);
    CHECK(work[i]->location == want[i].location);
    CHECK((work[i]->dates ? work[i]->dates->start : std::string()) == want[i].start);
  }
}

TEST_CASE("corpus: work entries", "[experience]") {
  // Several roles at one employer.
  CheckWork("001", {{"Northwind Analytics, Inc.", "Staff Software Engineer", "Austin, TX", "2022-01"},
                    {"Northwind Analytics, Inc.", "Senior Software Engineer", "Austin, TX", "2019-01"},
                    {"Northwind Analytics, Inc.", "Software Engineer", "Austin, TX", "2018-06"},
                    {"Lone Star Robotics Lab, The University of Texas at Austin", "Graduate Research Assistant",
                     "Austin, TX", "2016-09"},
                    {"Pecan Street Software", "Software Engineering Intern", "Round Rock, TX", "2015-05"}});
  // ALL-CAPS employers.
  CheckWork("002", {{"LUMEN HEALTH", "Senior Product Designer", "Seattle, WA", "2020-03"},
                    {"BRIGHTLINE STUDIO", "Product Designer", "Portland, OR", "2017-06"},
                    {"CASCADE CREATIVE", "Design Intern", "Seattle, WA", "2016-06"}});
  CheckWork("021", {{"Al Noor Retail Holdings LLC", "Financial Controller", "Dubai", "2021-08"},
                    {"Hartley Crane & Co. Chartered Accountants (Big-4 network member)", "Audit Manager", "Dubai",
                     "2018-09"},
                    {"Hartley Crane & Co.", "Audit Senior / Audit Associate", "Karachi", "2015-01"},
                    {"Clifton Traders", "Accounts Assistant (part-time)", "Karachi", "2013"}});
  // Career break.
  CheckWork("017", {{"Pennine Home & Garden Ltd", "Senior Marketing Manager", "Manchester", "2022-10"},
                    {"Northern Oat Co.", "Marketing Manager (maternity cover)", "Leeds", "2020-09"},
                    {"", "Career break", "", "2018-06"},
                    {"Irwell Beverages plc", "Brand Manager", "Salford", "2014-01"},
                    {"Irwell Beverages plc", "Assistant Brand Manager", "Salford", "2011-08"}});
  // Indeed export.
  CheckWork("033", {{"Riverbend Distribution", "Warehouse Operations Supervisor", "Memphis, TN", "2021-03"},
                    {"Delta Crossroads Freight", "Lead Material Handler", "Southaven, MS", "2017-08"},
                    {"Bluff City Packaging", "Material Handler", "Memphis, TN", "2015-06"}});
  // Chinese.
  CheckWork("006", {{"杭州云栖数智科技有限公司", "高级后端开发工程师", "", "2021-09"},
                    {"武汉光谷网络信息有限公司", "Java 开发工程师", "", "2020-07"}});
  // Day-level dates.
  CheckWork("031", {{"Kaveri Fintech Solutions Pvt. Ltd.", "Senior QA Automation Engineer", "Bengaluru", "2021-07-01"},
                    {"Deccan Retail Labs", "QA Engineer", "Bengaluru", "2019-09-15"},
                    {"Lone Prairie Software LLC", "QA Intern", "Austin, Texas, USA", "2019-06-01"},
                    {"Department of Computer Science, Gulf Coast State University", "Graduate Teaching Assistant",
                     "Texas, USA", "2017-09-15"},
                    {"Punjab Infotech Services", "Manual Test Engineer", "Mohali", "2015-07-03"}});
  // A partnership named after its partners, "Title: dates, Company, City", a
  // line ending the sentence above it, a job told as a sentence, and an
  // employer in capitals taken for a heading (a volunteer role: no work).
  CheckWork("049", {{"Whitcombe, Aldana & Pruitt, LLP", "Senior Paralegal", "Tampa, Florida", "2016"},
                    {"Harrow Legal Group", "Legal Assistant", "Sarasota, FL", "2012-01"},
                    {"Bayfront Title Company", "Closing Coordinator", "", "2009-06"}});
  const Document doc = ParseCorpus("049");
  const auto gulf = std::find_if(doc.entities.experience.begin(), doc.entities.experience.end(),
                                 [](const Experience& e) { return e.organization == "GULF COAST LEGAL AID"; });
  REQUIRE(gulf != doc.entities.experience.end());
  CHECK(gulf->kind == "volunteer");
}

TEST_CASE("corpus: totals and gaps", "[experience]") {
  {
    Document doc = ParseCorpus("016");  // 10 roles, overlapping, Jun 2006 – Present
    size_t work = 0;
    for (const Experience& e : doc.entities.experience) work += e.kind == "work";
    CHECK(work == 10);
    CHECK(doc.entities.total_experience_months == 246);
    CHECK(doc.entities.gaps.empty());
  }
  {
    Document doc = ParseCorpus("017");  // career break Jun 2018 – Aug 2020
    REQUIRE(doc.entities.gaps.size() == 1);
    CHECK(doc.entities.gaps[0].from == "2018-06");
    CHECK(doc.entities.gaps[0].to == "2020-09");
    CHECK(doc.entities.gaps[0].months == 27);
  }
  {
    Document doc = ParseCorpus("009");  // no headings: nothing is read
    CHECK(doc.entities.experience.empty());
  }
}

TEST_CASE("AppendExperienceJson", "[experience]") {
  {
    Document doc = ParseCorpus("000");
    nlohmann::ordered_json resume = nlohmann::ordered_json::object(), ext = nlohmann::ordered_json::object();
    AppendExperienceJson(doc, &resume, &ext);
    CHECK_FALSE(resume.contains("work"));
    REQUIRE(resume.contains("projects"));
    REQUIRE(resume["projects"].size() == 4);
    CHECK(resume["projects"][0]["type"] == "research");
    CHECK(resume["projects"][0]["startDate"] == "2022");
    CHECK(resume["projects"][0]["keywords"].size() == 3);
    CHECK(resume["projects"][2]["type"] == "project");
    CHECK(resume["projects"][2]["entity"] == "Alipay");
    CHECK(resume["projects"][2]["endDate"] == "2023-10");
    REQUIRE(ext["experience"].size() == 4);
    CHECK(ext["experience"][0]["parts"].size() == 4);
    CHECK(ext["experience"][0]["datesRule"].is_string());
    CHECK(ext["totalExperienceMonths"] == 0);
  }
  {
    Document doc = ParseCorpus("001");
    nlohmann::ordered_json resume = nlohmann::ordered_json::object(), ext = nlohmann::ordered_json::object();
    AppendExperienceJson(doc, &resume, &ext);
    REQUIRE(resume["work"].size() == 5);
    CHECK(resume["work"][0]["name"] == "Northwind Analytics, Inc.");
    CHECK(resume["work"][0]["startDate"] == "2022-01");
    CHECK_FALSE(resume["work"][0].contains("endDate"));  // current
    CHECK(resume["work"][1]["endDate"] == "2021-12");
    CHECK(ext["experience"][0]["current"] == true);
    CHECK(ext["totalExperienceMonths"].get<int>() > 0);
  }
  {
    Document doc = ParseCorpus("017");
    nlohmann::ordered_json resume = nlohmann::ordered_json::object(), ext = nlohmann::ordered_json::object();
    AppendExperienceJson(doc, &resume, &ext);
    CHECK(resume["work"].size() == 4);  // the career break is only in the extension
    REQUIRE(ext["gaps"].size() == 1);
    CHECK(ext["gaps"][0]["months"] == 27);
  }
}

// Never crash, never point outside the text: corpus sections cut up,
// shuffled and glued with odd characters (a fixed-seed generator).
TEST_CASE("ExperienceExtractor: scrambled input", "[experience]") {
  std::vector<std::string> lines;
  for (const char* name : {"000", "001", "006", "011", "016", "018", "029", "030", "033", "038"}) {
    std::istringstream in(ReadFile(std::string(CVPARSE_SOURCE_DIR) + "/corpus/" + name + ".txt"));
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
  }
  REQUIRE(!lines.empty());
  const std::vector<std::string> glue = {"", " ", "\t", " — ", " | ", "(", ")", ", ", "1) ", "• ", "   ",
                                         "Present", "2019 – ", "至今", ":", "\xE2\x80", "#"};
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  const std::vector<std::string> headings = {"Experience", "Projects", "Research Experience", "Volunteering",
                                             "工作经历"};
  for (int round = 0; round < 150; ++round) {
    std::string text = "Jane Doe\n\n" + headings[next(static_cast<uint32_t>(headings.size()))] + "\n";
    int count = 1 + static_cast<int>(next(25));
    for (int i = 0; i < count; ++i) {
      std::string line = lines[next(static_cast<uint32_t>(lines.size()))];
      if (!line.empty() && next(3) == 0) line = line.substr(next(static_cast<uint32_t>(line.size())));
      text += glue[next(static_cast<uint32_t>(glue.size()))] + line + glue[next(static_cast<uint32_t>(glue.size()))] + "\n";
    }
    Document doc = ParseText(text);
    for (const Experience& e : doc.entities.experience) {
      CHECK(e.span_begin <= e.span_end);
      CHECK(e.span_end <= doc.text.size());
      CHECK(e.months >= 0);
      for (const LabelledPart& p : e.parts) CHECK(p.span_end <= doc.text.size());
      if (e.dates) CHECK(e.dates->span_end <= doc.text.size());
    }
    CHECK(doc.entities.total_experience_months >= 0);
  }
}

// Prints what the extractor finds in the corpus files named by
// $CVPARSE_DUMP ("000 001 ..."): ./build/tests/cvparse_tests "[.experience_dump]"
TEST_CASE("dump corpus experience", "[.experience_dump]") {
  const char* names = std::getenv("CVPARSE_DUMP");
  std::istringstream list(names ? names : "000");
  std::string name;
  while (list >> name) {
    Document doc = ParseCorpus(name);
    std::cout << "=== " << name << " total=" << doc.entities.total_experience_months << "\n";
    for (const Experience& e : doc.entities.experience) {
      std::cout << "  " << Describe(e) << "\n";
      if (std::getenv("CVPARSE_DUMP_HL")) {
        for (const auto& h : e.highlights) std::cout << "      - " << h.substr(0, 90) << "\n";
      }
    }
    for (const Gap& g : doc.entities.gaps) std::cout << "  gap " << g.from << " -> " << g.to << " " << g.months << "\n";
  }
}

}  // namespace
}  // namespace cvparse
