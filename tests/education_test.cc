#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cvparse/parse.h"
#include "extract/education.h"
#include "output/json_education.h"
#include "lexicon/lexicons.h"
#include "text/normalize.h"

namespace cvparse {
namespace {

struct Fixture {
  std::unique_ptr<Parser> parser;
  std::unique_ptr<EducationExtractor> extractor;
  Fixture() {
    std::string error;
    parser = Parser::Create(&error);
    REQUIRE(parser);
    extractor = EducationExtractor::Create(&error);
    INFO(error);
    REQUIRE(extractor);
  }
  // A whole résumé.
  Document RunFile(std::string_view bytes) const {
    Document doc;
    ParseOptions options;
    options.as_of_year = 2026;
    options.as_of_month = 11;
    parser->Parse(bytes, options, &doc);
    doc.entities.education.clear();
    extractor->Extract(parser->lexicons(), {2026, 11}, &doc);
    return doc;
  }
  // A few sections.
  Document Run(std::string_view text) const {
    Document doc;
    ParseOptions options;
    options.as_of_year = 2026;
    options.as_of_month = 11;
    // A header block first, so that the first heading is read as one.
    std::string input = "Jane Doe\njane.doe@example.com\n\n" + std::string(text);
    parser->Parse(input, options, &doc);
    doc.entities.education.clear();
    extractor->Extract(parser->lexicons(), {2026, 11}, &doc);
    return doc;
  }
};

const Fixture& Shared() {
  static const Fixture fixture;
  return fixture;
}

}  // namespace

namespace {

// One small education section => the expected first entry (and the count).
struct EntryRow {
  const char* text;
  size_t count;
  const char* institution;
  const char* acronym;
  const char* degree;
  const char* level;
  const char* area;
  const char* location;
  const char* start;
  const char* end;
  const char* grade_raw;   // "" when none
  double normalized;       // -1 when no grade
};

const EntryRow kEntries[] = {
    // A sentence before the degree is no field of study.
    {"Education\n\nI completed a M.Sc. at the Department of Physics, University of Bergen, 2004\n", 1,
     "University of Bergen", "", "M.Sc.", "master", "", "", "2004", "", "", -1},
    {"EDUCATION\n\nUniversity of Electronic Science and Technology of China (UESTC)\n\nM.E. in Computer Science and "
     "Technology\n\n– GPA: 3.50/4.0\n\nChendu, CHN\n\n2021.9- 2024.6\n",
     1, "University of Electronic Science and Technology of China", "UESTC", "M.E.", "master",
     "Computer Science and Technology", "Chendu, CHN", "2021-09", "2024-06", "GPA: 3.50/4.0", 0.875},
    {"Education\n\nTexas State University — San Marcos, TX\nB.S. in Computer Science, Minor in Mathematics, May 2016"
     "          GPA: 3.7/4.0\n",
     1, "Texas State University", "", "B.S.", "bachelor", "Computer Science", "San Marcos, TX", "2016-05", "",
     "GPA: 3.7/4.0", 0.925},
    {"Education:\nB.Eng. Civil Engineering, University of Lagos, 2012 - 2017 (Second Class Upper)\n", 1,
     "University of Lagos", "", "B.Eng.", "bachelor", "Civil Engineering", "", "2012", "2017", "Second Class Upper",
     0.8},
    {"教育背景\n2017年9月 - 2020年6月    华中理工科技大学    计算机科学与技术    硕士\n", 1, "华中理工科技大学", "", "硕士",
     "master", "计算机科学与技术", "", "2017-09", "2020-06", "", -1},
    {"EDUCATIONAL QUALIFICATION\nQualification   Institute / Board                          Year        Score\n"
     "12th (HSC)      Kendriya Vidyalaya No. 2, Pune (CBSE)      2020        92%\n",
     1, "Kendriya Vidyalaya No. 2", "", "12th", "secondary", "", "Pune", "2020", "", "92%", 0.92},
    {"Education\n\nUniversity of Leeds                                       2018 – 2021\nBSc (Hons) Computer Science, "
     "2:1\nDissertation: \"Predicting bus arrival times\" (First)\n",
     1, "University of Leeds", "", "BSc (Hons)", "bachelor", "Computer Science", "", "2018", "2021", "2:1", 0.8},
    {"Ausbildung\n10/2013 – 08/2015     Master of Science Wirtschaftsinformatik, Technische Hochschule Oberbayern\n"
     "                      Abschlussnote: 1,3 – Masterarbeit: „Prozessmining im Rechnungswesen“\n",
     1, "Technische Hochschule Oberbayern", "", "Master of Science", "master", "Wirtschaftsinformatik", "", "2013-10",
     "2015-08", "Abschlussnote: 1,3", 0.925},
    {"EDUCATION\nNortheastern Harbor University, Boston, MA                      Expected May 2026\nBachelor of Science "
     "in Computer Science, Minor in Data Science\nGPA: 3.8/4.0 • Dean's List (all semesters)\n",
     1, "Northeastern Harbor University", "", "Bachelor of Science", "bachelor", "Computer Science", "Boston, MA",
     "2026-05", "", "GPA: 3.8/4.0", 0.95},
    {"EDUCATION\nBachelor of Science in Nursing (BSN), Olentangy State University College of Nursing — 2017\n", 1,
     "Olentangy State University College of Nursing", "", "Bachelor of Science", "bachelor", "Nursing", "", "2017", "",
     "", -1},
    {"Education\nDegree\tInstitution\tYear\tGrade\nMSc Computer Science\tTU Delft-Zuid (Technische Universiteit)\t2015"
     "\t8.1 / 10\n",
     1, "TU Delft-Zuid (Technische Universiteit)", "", "MSc", "master", "Computer Science", "", "2015", "", "8.1 / 10",
     0.81},
    {"Education Details\n\nAssociate in Supply Chain Management\nMid-South Community College - Memphis, TN\n2015 to 2019"
     "\n\nHigh school diploma\nWhitehaven Magnet High School - Memphis, TN\n",
     2, "Mid-South Community College", "", "Associate", "associate", "Supply Chain Management", "Memphis, TN", "2015",
     "2019", "", -1},
    {"EDUCATION\nM.S., Computer Science — Schuylkill University, 2011 (part-time, evening programme)\n", 1,
     "Schuylkill University", "", "M.S.", "master", "Computer Science", "", "2011", "", "", -1},
    {"EDUCATION\nPh.D., Computer Engineering, Boğaziçi-Kuzey University                       2015–19\n", 1,
     "Boğaziçi-Kuzey University", "", "Ph.D.", "doctorate", "Computer Engineering", "", "2015", "2019", "", -1},
    {"Education\nBA (Hons) Marketing Management, Manchester Metropolitan University, 2011 — First Class\n", 1,
     "Manchester Metropolitan University", "", "BA (Hons)", "bachelor", "Marketing Management", "", "2011", "",
     "First Class", 1.0},
    {"EDUCATION\nB.Tech Information Technology, Guru Nanak Institute of Engineering, Ludhiana   2011 – 2015 (72%)\n", 1,
     "Guru Nanak Institute of Engineering", "", "B.Tech", "bachelor", "Information Technology", "Ludhiana", "2011",
     "2015", "72%", 0.72},
    {"EDUCATION\nUNIVERSITY OF WASHINGTON — Seattle, WA\nBachelor of Design (B.Des.), Interaction Design"
     "                2013 – 2017\nDean's List (6 quarters)\n",
     1, "UNIVERSITY OF WASHINGTON", "", "Bachelor of Design", "bachelor", "Interaction Design", "Seattle, WA", "2013",
     "2017", "", -1},
    {"教育背景 Education\n2016.09 - 2019.06   复旦江湾大学 Jiangwan University   统计学 硕士 M.S. in Statistics\n", 1,
     "复旦江湾大学 Jiangwan University", "", "硕士", "master", "统计学", "", "2016-09", "2019-06", "", -1},
    {"Ausbildung\n09/2001 – 06/2010     Abitur, Holbein-Gymnasium Augsburg (Note 1,9)\n", 1,
     "Holbein-Gymnasium Augsburg", "", "Abitur", "secondary", "", "", "2001-09", "2010-06", "Note 1,9", 0.775},
    {"EDUCATION\nMaster's degree in Computer Science, Kharkiv National Polytechnic University, 2016\n", 1,
     "Kharkiv National Polytechnic University", "", "Master's degree", "master", "Computer Science", "", "2016", "", "",
     -1},
    {"Education\nUniversité du Québec à Montréal (UQAM), 2013\nBachelor of Business Administration (BBA), Operations "
     "Management\n",
     1, "Université du Québec à Montréal", "UQAM", "Bachelor of Business Administration", "bachelor",
     "Operations Management", "", "2013", "", "", -1},
    {"EDUCATION\nRed River University of Technology, Hanoi — B.Eng. in Computer Science (Honours Program)\n"
     "Oct 2021 – expected Jun 2025 · GPA 3.71/4.00\n",
     1, "Red River University of Technology", "", "B.Eng.", "bachelor", "Computer Science", "Hanoi", "2021-10",
     "2025-06", "GPA 3.71/4.00", 0.9275},
    {"EDUCATION\nB.Tech (CSE)    Sahyadri Institute of Technology, Pune (SPPU)       2020-2024   CGPA 8.6/10\n", 1,
     "Sahyadri Institute of Technology", "", "B.Tech", "bachelor", "CSE", "Pune", "2020", "2024", "CGPA 8.6/10", 0.86},
    // "Course:" naming the programme, not a course list.
    {"Education\n2014 - Current\nMonash Valley University, Clayton Campus\nCourse: Master of Business Information "
     "Systems\n",
     1, "Monash Valley University", "", "Master of Business", "master", "Information Systems", "", "2014", "2026-11",
     "", -1},
    // A second degree under one school, and a second degree with its school after "from": two entries.
    {"Education\nRutgers Harbor University, New Brunswick, NJ     2001 – 2005\nBA in Mathematics\nMS in Computer Science\n",
     2, "Rutgers Harbor University", "", "BA", "bachelor", "Mathematics", "New Brunswick, NJ", "2001", "2005", "", -1},
    {"Education\nBachelors in Social Law from California Coast University, 2004\nMasters in Immigration Law from Texas "
     "Plains University\n",
     2, "California Coast University", "", "Bachelors", "bachelor", "Social Law", "", "2004", "", "", -1},
    // The area after a date; the school after "from", without the date's "in".
    {"Education\nPh.D. August 1991 Political Science (emphasis in Public Policy)\nUniversity of Southern Sierra\n", 1,
     "University of Southern Sierra", "", "Ph.D.", "doctorate", "Political Science", "", "1991-08", "", "", -1},
    {"Education\nB.E from University of Madurai in 2007 with an aggregate of 62%.\n", 1, "University of Madurai", "",
     "B.E", "bachelor", "", "", "2007", "", "aggregate of 62%", 0.62},
    // The area on the line after the degree.
    {"ACADEMIC QUALIFICATIONS\nBSc (Hons)\nMarketing\nNuneaton Harbor University 2005 - 2008\n", 1,
     "Nuneaton Harbor University", "", "BSc (Hons)", "bachelor", "Marketing", "", "2005", "2008", "", -1},
    {"Education\nMorehouse Harbor College\nBachelors Degree\nComputer Science/ Banking & Finance 1992\n", 1,
     "Morehouse Harbor College", "", "Bachelors Degree", "bachelor", "Computer Science/ Banking & Finance", "", "1992",
     "", "", -1},
    {"Education\nBachelor of Science\nDean's List\nHarbor State University, 2010\n", 1, "Harbor State University", "",
     "Bachelor of Science", "bachelor", "", "", "2010", "", "", -1},
    {"Education\nHarbor State University, 2010\nBachelor of Science\n• Robotics Club President\n", 1,
     "Harbor State University", "", "Bachelor of Science", "bachelor", "", "", "2010", "", "", -1},
    // Not a ")" or a "Course:" label as the area.
    {"Education\nFDeg in Legal Practice (Foundation Degree)\nNuneaton Harbor University 2005 - 2008\n", 1,
     "Nuneaton Harbor University", "", "Foundation Degree", "associate", "FDeg in Legal Practice", "", "2005", "2008",
     "", -1},
    {"Education\nCourse: Bachelor of Arts (Honours), 2011\nMonash Valley University\n", 1, "Monash Valley University",
     "", "Bachelor of Arts (Honours)", "bachelor", "", "", "2011", "", "", -1},
    // "Degree" after a short alias; a verb of study before it.
    {"Education\nThe City Harbor College of New York, 2019\nPursuing BS Degree in Software Engineering\n", 1,
     "The City Harbor College of New York", "", "BS Degree", "bachelor", "Software Engineering", "", "2019", "", "",
     -1},
    {"Education\nMaster of Science and Engineering, Computer and Information Science, 2003 - 2005\n"
     "UNIVERSITY OF PENN HARBOR\n",
     1, "UNIVERSITY OF PENN HARBOR", "", "Master of Science and Engineering", "master",
     "Computer and Information Science", "", "2003", "2005", "", -1},
    // Education under a heading of another kind that names it, and under "Academic Studies".
    {"EDUCATION, AFFILIATIONS & SKILLS\nJOHNSON & WALES UNIVERSITY, Providence, RI\nBachelors in Culinary Arts, 1995\n",
     1, "JOHNSON & WALES UNIVERSITY", "", "Bachelors", "bachelor", "Culinary Arts", "Providence, RI", "1995", "", "",
     -1},
    {"5. Academic Studies:\nUniversidad del Norte\nBarranquilla, 1989-1994\n", 1, "Universidad del Norte", "", "", "",
     "", "", "1989", "1994", "", -1},
    // No education section: a college degree under a certificates heading is one.
    {"Jane Doe\n\nPROFESSIONAL DEVELOPMENT\nUniversity of North Plains, 2004\nMaster of Business Administration\n", 1,
     "University of North Plains", "", "Master of Business Administration", "master", "", "", "2004", "", "", -1},
};

// Education sections that hold no entry.
const char* const kNoEntries[] = {
    "Education\nAvailable on request\n",
    "EDUCATION\nCertified Public Accountant (CPA), licensed in the state of Colorado, USA ..... 2020\n",
    "EDUCATION\n\n\n",
    // A certificate's issuer is no school, with no education section either.
    "Jane Doe\n\nCERTIFICATIONS\nProject Management Professional (PMP), Project Management Institute, 2015\n",
    "Jane Doe\n\nCERTIFICATIONS\nAWS Certified Solutions Architect – Associate, 2020\nAWS Certified Security – "
    "Specialty, 2021\n",
    // With an education section, a certificates section is left to the certificates.
    "Jane Doe\n\nEDUCATION\nAvailable on request\n\nPROFESSIONAL DEVELOPMENT\nUniversity of North Plains, 2004\n"
    "Master of Business Administration\n",
};

// One small education section => the institution of every entry, in order,
// joined by " | " ("-" for an entry without one).
struct SchoolRow {
  const char* text;
  const char* institutions;
};

const SchoolRow kSchools[] = {
    // A name cut by a line break after "of" goes on on the next line.
    {"Education\nPh.D. coursework in Social Systems Sciences, UNIVERSITY OF PENNSYLVANIA\nB.A. with honors in "
     "Communications & Mass Media, CITY COLLEGE OF\nNEW YORK\n",
     "UNIVERSITY OF PENNSYLVANIA | CITY COLLEGE OF NEW YORK"},
    {"Education\nMBA, RV Institute of\nManagement, 2003\n", "RV Institute of Management"},
    {"Education\nGraduate Diploma in Project Management\nNational Institute of Construction Management and\n"
     "Research, UK 2003\n",
     "National Institute of Construction Management and Research"},
    // Connectors inside a name: "de los", "à".
    {"Education\nUniversidad de los Andes, Bogotá\nM.Sc. in Analytics, 2020\n", "Universidad de los Andes"},
    // ... but not onto a line that brings something else.
    {"Education\nMBA, Kent Institute of\n2003 - 2005\n", "Kent Institute of"},
    // Prose before or after the name is left out.
    {"Education\nMaster's degree in Business Administration, University of Chicago in the year 2001\n",
     "University of Chicago"},
    {"Education\nB.Sc. 2002, the University of Oslo with courses in computer networks\n", "University of Oslo"},
    {"Education\nPhD in Computer Science, Lodz Harbor University, 2012\nLecturer at the Institute of Information "
     "Technology, 2012 - 2016\n",
     "Lodz Harbor University | Institute of Information Technology"},
    {"EDUCATION\nBlackstone Career Institute\nFormerly: Blackstone School of Law\nParalegal Certificate (1999)\n",
     "Blackstone Career Institute | Blackstone School of Law"},
    {"ACADEMIC QUALIFICATIONS\nManchester University Degree - Computer Science - 2006- 2009\n",
     "Manchester University"},
    {"Education\nXYZ COLLEGE -- Sometown, NJ\nBachelor of Arts, Major in Communications, 6/1998\n", "XYZ COLLEGE"},
    // A school type of the degree lexicon inside the name belongs to it.
    {"Education\nHarbor Gem Science Park Higher secondary School, Harbor University Campus, Chennai\n",
     "Harbor Gem Science Park Higher secondary School"},
    {"Education\nBachelor of Arts : Business Administration\nUNC Asheville, Asheville, NC\n", "UNC Asheville"},
    // Not a school: the word alone, an award, a citation, prose.
    {"EDUCATIONAL QUALIFICATION\nDegree\nMBA\nUniversity\nBangalore University\n", "Bangalore University"},
    {"Education\nHonours Bachelor of Science, Expected 2014\nYork Harbor University, Toronto\nYork Harbor University "
     "Entrance Scholarship ($4,000 value), 2010\n",
     "York Harbor University"},
    {"Education\nMaster of Education, 2006\nUniversity of Nebraska\nSponsored school newspaper\n",
     "University of Nebraska"},
    {"Education\nB.A., Indiana University, 1976\nTurner, L. & Simmons, T.J., (1996). School age services and programs "
     "for students\n",
     "Indiana University"},
    {"Education\nBachelor of Education (Primary), 2015\nAustralian Catholic University\nPlacement 1: School:\n",
     "Australian Catholic University"},
    {"Education\nHigh school diploma from Abo Harbor Ben Al Jarah high school with average of 85.7\n",
     "Abo Harbor Ben Al Jarah high school"},
    {"Education\nB.A., Harbor State University, 2001\nFood Service Director at TMI The Episcopal School of Texas: "
     "Responsible for hiring\n",
     "Harbor State University | TMI The Episcopal School of Texas"},
    {"Education\nB.A., Harbor State University, 2001\nOrganizing catering events for the School. Menu planning and "
     "development.\n",
     "Harbor State University"},
    {"Academic History:\nCompleted Masters in Immigration Law from California Coast University\n",
     "California Coast University"},
    {"Academic History:\nCompleted High school from Saint Harbor International High School\n",
     "Saint Harbor International High School"},
    // A programme or a job at a school is no school.
    {"Education\nDoctor of Education, 2006\nUniversity of Minnesota\nEDUCAUSE Institute Leadership Program (2014)\n"
     "University of Minnesota Student Supervision Training (1997)\n",
     "University of Minnesota"},
    {"Education\nMaster of Education, 2006\nUniversity of Nebraska\nMiddle School English Teacher, 1999\n",
     "University of Nebraska"},
    // The school after "from" in the degree's chunk comes first.
    {"Educational Summary:\nBachelor's degree in Business Administration from IBSAR Management College, University "
     "of Chicago in the year 2001\n",
     "IBSAR Management College"},
    {"Education\nI completed a M.Sc. at the Department of Physics, University of Bergen, 2004\n",
     "University of Bergen"},
    // A school on its own line right above a degree heads the degrees below it, until the next school.
    {"Education\nStanford University, Stanford, CA\nBS in Computer Science, 2015\nMS in Computer Science, 2017\n",
     "Stanford University | Stanford University"},
    {"Education\nRUTGERS UNIVERSITY - New Brunswick, NJ\nBA in Mathematics\nMS in Computer Science\n",
     "RUTGERS UNIVERSITY | RUTGERS UNIVERSITY"},
    {"Education\nStanford University\n- BS in Computer Science (2011 - 2015)\n- MS in Computer Science (2015 - 2017)\n\n"
     "University of Oslo\n- PhD in Informatics (2017 - 2021)\n",
     "Stanford University | Stanford University | University of Oslo"},
    // Not a header: the school follows its degree, or a line between them, or the next
    // qualification is a certificate, or a high-school line.
    {"Education\nBS in Computer Science, 2015\nStanford University\nMS in Computer Science, 2017\nUniversity of Oslo\n",
     "Stanford University | University of Oslo"},
    {"Education\nHarbor Business School\nBoston, MA\nMBA, 2012\nBSc in Economics, 2009\n", "Harbor Business School | -"},
    {"Education\nClient Harbor College - Sudbury, ON\nComputer System Technician Diploma, 2002\n"
     "2006 - 2008: Progressive certification to attain National Certificate in Motor Industry\n",
     "Client Harbor College | -"},
    {"Education\nWoodrow Wilson High School, Stockler CA\nHigh School Diploma, May 2009\nHigh School Awards and Honors\n",
     "Woodrow Wilson High School"},
};

// One small education section => the degree and area of every entry, in
// order, as "degree / area" joined by " | " ("-" for an entry without a
// degree).
struct DegreeListRow {
  const char* text;
  const char* degrees;
};

const DegreeListRow kDegreeLists[] = {
    // A degree line after another degree is its own entry, with or without a school.
    {"Education\nDegree(s) or Diploma(s) obtained:\nM.Sc. in Environmental Engineering\nM.Sc. in Civil Engineering\n"
     "Diploma in civil Engineering\n",
     "M.Sc. / Environmental Engineering | M.Sc. / Civil Engineering | Diploma / civil Engineering"},
    {"Education\nBA in Mathematics\nMS in Computer Science\nRutgers Harbor University, 2010\n",
     "BA / Mathematics | MS / Computer Science"},
    // ... but school qualifications stay together.
    {"Education\nKings Harbor School, 2008\nA-levels: Maths (A), Physics (B)\nGCSEs: 9 at grades A*-B\n", "A-levels / "},
    // A connector left alone at the end of the line: the area is on the next line.
    {"Education\nHarbor Institute of Technology, 2008\nDiploma in\nEmbedded Systems\n", "Diploma / Embedded Systems"},
    // A list's roman numeral is no area.
    {"Education\nKent Harbor University, 1989\nPh.D.\nIII.\n", "Ph.D. / "},
    // Capitals; "Graduate in X".
    {"Academic Studies\nPOSTGRADUATE IN POLITICAL SCIENCE\nUniversidad de Salamanca, 1998\n",
     "POSTGRADUATE / POLITICAL SCIENCE"},
    {"Educational Qualification :\nGraduate in Commerce, Daffodils college of Arts, 2003 - 04\n"
     "Post graduate in commerce, University of New Jersey, 2004-05\n",
     "Graduate / Commerce | Post graduate / commerce"},
    // A few capitalised words ending in "Diploma" / "Certificate".
    {"EDUCATION\nClient Harbor College - City, Canada\nComputer System Technician Diploma, 2003\n",
     "Computer System Technician Diploma / "},
    {"EDUCATION\nHarbor College, 2003\nCompleted the diploma, 2003\n", "-"},
    // ... or "Certification" / "Credential", with a parenthesis after it.
    {"Education\nHarbor State University, New York, NY\nSpecial Education Teacher Certification, July 1997\n",
     "Special Education Teacher Certification / "},
    {"EDUCATION\nHarbor Career Institute\nParalegal Certificate (1999)\n", "Paralegal Certificate / "},
    // "Certificate" opening a chunk names its subject; the next chunk is its issuer, not an area.
    {"Education\nCertificate Mediation and Dispute Resolution, Harbor Mediation Services, Cambridge, MA\n"
     "MBA, Harbor College, 1999\n",
     "Certificate Mediation and Dispute Resolution /  | MBA / "},
    // "Certificate for X", "Credential in X", "X degree in Y".
    {"Education\nShipton Harbor University\nCertificate for Reading Recovery Teacher Leader, June 1997\n",
     "Certificate / Reading Recovery Teacher Leader"},
    {"Education\nMaster of Arts, Education, 2009\nHarbor Marymount University\n"
     "2009 Single Subject Teaching Credential in English\n",
     "Master of Arts / Education | Single Subject Teaching Credential / English"},
    {"Education\nAugust 1997 - May 2000\nMinor degree in Philosophy\nUniversity of Harbor\n",
     "Minor degree / Philosophy"},
    // Prose before the qualification is left out; a lower-case one after prose is none.
    {"Education\nJuly 2013\nBTS Services Informatiques\nEquivalent to a Two-year Technical Degree in IT, Systems\n",
     "Two-year Technical Degree / IT"},
    {"Education\nB.Sc. in Physics, University of Harbor, 2000\nI completed a minor degree in philosophy with two years "
     "of study.\n",
     "B.Sc. / Physics"},
    // "Advanced Studies in X" names institutes as often as qualifications: only the diploma's full name counts.
    {"Education\nCenter for Advanced Studies in Engineering, Islamabad\nBSc in Electrical Engineering, 2010\n",
     "BSc / Electrical Engineering"},
    {"Education\nDiploma of Advanced Studies in Public Law\nUniversidad Harbor, 1997\n",
     "Diploma of Advanced Studies / Public Law"},
    // Honours, attendance and fluency are no qualifications; verbs and grades open none.
    {"Education\nBSc in Physics, Harbor University, 2009\nCertificate for Academic Excellence, 2009\n"
     "Certificate of Appreciation from the Principal\n",
     "BSc / Physics"},
    {"Education\nBA in History, Harbor College, 2011\nEarned certificate in Excel\n", "BA / History"},
    {"Education\nHarbor University, 2012\nGraduated with a 2:1 Degree in Economics\n", "Degree / Economics"},
    // Under a heading the sectioner does not know: the qualifications that open their line.
    {"PROFESSIONAL\nDiploma in Business Administration (City & Guilds)\n\nWORK EXPERIENCE\nHarbor Ltd, Sales "
     "Assistant, 2004 - 2008\n",
     "Diploma / Business Administration"},
    {"PROFESSIONAL\nNVQ in Marketing, 2006\n\nEDUCATION\nBSc (Hons) Marketing, Harbor University, 2005\n",
     "BSc (Hons) / Marketing | NVQ / Marketing"},
    // ... not a bare level over courses taught, a degree inside a sentence, or one the education section gives.
    {"COURSES TAUGHT\nUndergraduate\n* Classroom Management\n* Educational Psychology\n", ""},
    {"MORE ABOUT ME\nEarned an MBA in Finance while working full time\n", ""},
    {"ADVISING\nPh.D. students: Amara Osei (2022-), Florian Brandt (2023-)\n", ""},
    {"CLINICAL NOTES\nMD Anderson Cancer Center, Houston, TX (2019)\nMaster Data Management rollout, Harbor Bank\n", ""},
    {"CLINICAL NOTES\nPhD Committee Member, Harbor University (2020)\n", ""},
    // No education section and no entry: a degree the header or the summary states, with its subject.
    {"Qualification: Degree in Engineering (Metallurgy)\nDate of Birth: July 5, 1947\n\nEMPLOYMENT HISTORY\n"
     "Harbor Foundries, Metallurgist, 1980 - 2012\n",
     "Degree / Engineering"},
    {"SUMMARY\nHarbor Business School, Master in company management\n\nWORK EXPERIENCE\nHarbor Ltd, Developer, "
     "2010 - 2014\n",
     "Master / company management"},
    // ... each line on its own: a header that lists schooling is no list of entries.
    {"2009 - 2011\n2004 - 2009\nHarbor Tours, Master in company management\nHarborTech, School of engineering in "
     "computer science\nLycée Harbor, High-school diploma in science\n\nWORK EXPERIENCE\nHarbor Ltd, Developer, "
     "2010 - 2014\n",
     "Master / company management"},
    // ... not one that is wished for, one without its subject, school-leaving ones, or with an education section.
    {"SUMMARY\nSeeking a Master in Finance role\nMBA with 10 years of experience in banking\n\nWORK EXPERIENCE\n"
     "Harbor Ltd, Analyst, 2010 - 2014\n",
     ""},
    {"SUMMARY\nHarbor Lycée, High-school diploma in science\n\nWORK EXPERIENCE\nHarbor Ltd, Analyst, 2010 - 2014\n",
     ""},
    {"SUMMARY\nMBA in Finance, Harbor University\n\nEDUCATION\nBSc in Physics, Harbor University, 2001\n",
     "BSc / Physics"},
    {"PROFESSIONAL\nMBA, Harbor Business School\n\nEDUCATION\nMBA, Harbor Business School, 2005\n", "MBA / "},
    {"PROFESSIONAL\nM.B.A., Harbor Business School\n\nEDUCATION\nMBA, Harbor Business School, 2005\n", "MBA / "},
    {"PROFESSIONAL\nMBA in Finance, Harbor Business School\n\nEDUCATION\nMBA, Harbor Business School, 2005\n",
     "MBA / "},
    {"SUMMARY\nCareer goal: PhD in Physics\nLanguages: High degree of fluency in French and German\n\n"
     "WORK EXPERIENCE\nHarbor Ltd, Analyst, 2010 - 2014\n",
     ""},
    // ... or a capitalised qualification "in X" inside prose.
    {"Education\n2003 - 2005: Progressive certification to attain National Certificate in Motor Industry\n"
     "1998 - 2000: Associate in Industrial Technology, Harbor Institute of Technology\n",
     "National Certificate / Motor Industry | Associate / Industrial Technology"},
    // A chunk that opens with a degree and goes on with a job noun names a job.
    {"Education\nBachelor of Science in Education, 1998\nUniversity of Nebraska\n"
     "High School English Teacher, Juno Harbor High School, 1999-2003\n",
     "Bachelor of Science / Education | -"},
    {"Education\nMSc in Physics, Lodz Harbor University, 2008\nPhD Researcher at Harbor Institute of Physics, 2009\n",
     "MSc / Physics | -"},
    {"Education\nPhD in Physics, Harbor University, 2012\nPhD Committee Member, Harbor University, 2018\n", "PhD / Physics | -"},
    {"Education\nB.Tech, Harbor University, 2008\nHarbor Gem Science Park Higher secondary School, Chennai, 2005\n",
     "B.Tech /  | -"},
};

}  // namespace

namespace {

// field(e) of every entry of `text`, joined by " | "; "-" for an empty one.
template <typename F>
std::string EveryEntry(const char* text, F field) {
  std::string got;
  for (const Education& e : Shared().Run(text).entities.education) {
    if (!got.empty()) got += " | ";
    const std::string value = field(e);
    got += value.empty() ? "-" : value;
  }
  return got;
}

}  // namespace

TEST_CASE("education: degrees of every entry", "[education]") {
  for (const DegreeListRow& row : kDegreeLists) {
    INFO(row.text);
    CHECK(EveryEntry(row.text, [](const Education& e) { return e.degree.empty() ? "" : e.degree + " / " + e.area; }) ==
          row.degrees);
  }
}

TEST_CASE("education: institution names", "[education]") {
  for (const SchoolRow& row : kSchools) {
    INFO(row.text);
    CHECK(EveryEntry(row.text, [](const Education& e) { return e.institution; }) == row.institutions);
  }
}

TEST_CASE("education: whole entries", "[education]") {
  for (const EntryRow& row : kEntries) {
    INFO(row.text);
    Document doc = Shared().Run(row.text);
    const std::vector<Education>& ed = doc.entities.education;
    CHECK(ed.size() == row.count);
    if (ed.empty()) continue;
    const Education& e = ed.front();
    CHECK(e.institution == row.institution);
    CHECK(e.acronym == row.acronym);
    CHECK(e.degree == row.degree);
    CHECK(e.level == row.level);
    CHECK(e.area == row.area);
    CHECK(e.location == row.location);
    CHECK(e.dates.has_value());
    if (e.dates) {
      CHECK(e.dates->start == row.start);
      CHECK(e.dates->end == row.end);
    }
    if (row.grade_raw[0] == '\0') {
      CHECK_FALSE(e.grade.has_value());
    } else {
      CHECK(e.grade.has_value());
      if (e.grade) {
        CHECK(e.grade->raw == row.grade_raw);
        CHECK(e.grade->normalized == Approx(row.normalized));
        CHECK(doc.Text({e.grade->span_begin, e.grade->span_end}).size() > 0);
      }
    }
    CHECK(e.span_begin < e.span_end);
  }
}

TEST_CASE("education: negatives", "[education]") {
  for (const char* text : kNoEntries) {
    INFO(text);
    CHECK(Shared().Run(text).entities.education.empty());
  }
}

TEST_CASE("education: corpus 000 acceptance facts", "[education]") {
  std::ifstream in(std::string(CVPARSE_SOURCE_DIR) + "/corpus/000.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc = Shared().RunFile(ss.str());
  const std::vector<Education>& ed = doc.entities.education;
  REQUIRE(ed.size() == 2);
  const Education& me = ed[0];
  CHECK(me.institution == "University of Electronic Science and Technology of China");
  CHECK(me.acronym == "UESTC");
  CHECK(me.degree == "M.E.");
  CHECK(me.level == "master");
  CHECK(me.area == "Computer Science and Technology");
  CHECK(me.location == "Chendu, CHN");
  REQUIRE(me.dates);
  CHECK(me.dates->start == "2021-09");
  CHECK(me.dates->end == "2024-06");
  REQUIRE(me.grade);
  CHECK(me.grade->value == Approx(3.5));
  CHECK(me.grade->scale == Approx(4.0));
  CHECK(me.grade->normalized == Approx(0.875));
  REQUIRE(me.courses.size() == 3);
  CHECK(CourseText(me.courses[0]) == "Machine Learning (94)");
  CHECK(CourseText(me.courses[1]) == "Formal Method (92)");
  CHECK(CourseText(me.courses[2]) == "Advanced Algorithm Design and Analysis (86)");
  CHECK(doc.Text({me.courses[2].span_begin, me.courses[2].span_end}) == "Advanced Algorithm Design and Analysis(86)");

  const Education& be = ed[1];
  CHECK(be.institution == "Zhejiang University of Technology");
  CHECK(be.acronym == "ZJUT");
  CHECK(be.degree == "B.E.");
  CHECK(be.level == "bachelor");
  CHECK(be.area == "Computer Science and Technology");
  CHECK(be.location == "Hangzhou, CHN");
  REQUIRE(be.dates);
  CHECK(be.dates->start == "2017-09");
  CHECK(be.dates->end == "2021-06");
  REQUIRE(be.grade);
  CHECK(be.grade->value == Approx(3.55));
  CHECK(be.grade->scale == Approx(5.0));
  CHECK(be.grade->normalized == Approx(0.71));
  REQUIRE(be.rank);
  CHECK(be.rank->position == 3);
  CHECK(be.rank->total == 130);
  REQUIRE(be.courses.size() == 5);
  CHECK(be.courses[0].name == "Digital Circuit and Digital Logic");
  CHECK(be.courses[0].grade == "97");
  CHECK(be.courses[4].name == "Principles of Database and Its Application");
}

TEST_CASE("education: courses inside entries and sections", "[education]") {
  SECTION("Relevant Coursework continues on the next line") {
    Document doc = Shared().Run(
        "EDUCATION\nNortheastern Harbor University, Boston, MA          Expected May 2026\n"
        "Bachelor of Science in Computer Science\n"
        "Relevant Coursework: Data Structures & Algorithms, Operating Systems, Databases,\n"
        "Computer Networks, Linear Algebra\n");
    REQUIRE(doc.entities.education.size() == 1);
    const Education& e = doc.entities.education[0];
    REQUIRE(e.courses.size() == 5);
    CHECK(e.courses[0].name == "Data Structures & Algorithms");
    CHECK(e.courses[4].name == "Linear Algebra");
    REQUIRE(e.dates);
    CHECK(e.dates->expected);
    CHECK(e.highlights.empty());
  }
  SECTION("Courses (grade): lines of graded courses") {
    Document doc = Shared().Run(
        "EDUCATION\nRed River University of Technology, Hanoi — B.Eng. in Computer Science\n"
        "Oct 2021 – Jun 2025 · GPA 3.71/4.00\nCourses (grade):\n"
        "  Operating Systems (A), Algorithms (94), Data Structures (A+), Computer Networks (9.0/10),\n"
        "  Compilers (B+), Probability and Statistics (A-)\n");
    REQUIRE(doc.entities.education.size() == 1);
    const Education& e = doc.entities.education[0];
    REQUIRE(e.courses.size() == 6);
    CHECK(CourseText(e.courses[0]) == "Operating Systems (A)");
    CHECK(CourseText(e.courses[3]) == "Computer Networks (9.0/10)");
    CHECK(CourseText(e.courses[5]) == "Probability and Statistics (A-)");
    REQUIRE(e.grade);
    CHECK(e.grade->raw == "GPA 3.71/4.00");
  }
  SECTION("A-level subjects are courses") {
    Document doc = Shared().Run(
        "Education\nHarrogate Grammar School                         2011 – 2018\n"
        "A-levels: Mathematics (A*), Computer Science (A), Physics (B)\n");
    REQUIRE(doc.entities.education.size() == 1);
    const Education& e = doc.entities.education[0];
    CHECK(e.degree == "A-levels");
    CHECK(e.level == "secondary");
    REQUIRE(e.courses.size() == 3);
    CHECK(CourseText(e.courses[0]) == "Mathematics (A*)");
  }
  SECTION("unlabelled course section goes to the most recent entry") {
    Document doc = Shared().Run(
        "EDUCATION\nB.S. in Mathematics, Pacific Crest College, 2015\nM.S. in Statistics, Midland University, 2017\n\n"
        "RELEVANT COURSES\nBayesian Statistics, Time Series (A)\n");
    REQUIRE(doc.entities.education.size() == 2);
    CHECK(doc.entities.education[0].courses.empty());
    REQUIRE(doc.entities.education[1].courses.size() == 2);
    CHECK(doc.entities.education[1].courses[1].grade == "A");
  }
  SECTION("training sections are not degree courses") {
    Document doc = Shared().Run(
        "EDUCATION\nMSc Cloud Computing (Distinction), University of East Thames, 2016\n\n"
        "TRAINING\nAWS Well-Architected Partner training (2022); SAFe 6 Scaled Agile workshop (2023)\n");
    REQUIRE(doc.entities.education.size() == 1);
    CHECK(doc.entities.education[0].courses.empty());
  }
}

TEST_CASE("education: JSON Resume and extension", "[education]") {
  Document doc = Shared().Run(
      "EDUCATION\nNortheastern Harbor University, Boston, MA          Expected May 2026\n"
      "Bachelor of Science in Computer Science\nGPA 3.8\nRelevant Coursework: Databases, Machine Learning (A)\n\n"
      "Zhejiang University of Technology (ZJUT)\nB.E. in Computer Science and Technology\n"
      "GPA: 3.55/5.0 (Rank: 3/130)\n2017.9- 2021.6\n\nStanford University\nPhD in Physics\n2022 - Present\n");
  REQUIRE(doc.entities.education.size() == 3);
  nlohmann::ordered_json resume = nlohmann::ordered_json::object(), ext = nlohmann::ordered_json::object();
  AppendEducationJson(doc, &resume, &ext);
  auto first = resume["education"][0];
  CHECK(first["institution"] == "Northeastern Harbor University");
  CHECK(first["area"] == "Computer Science");
  CHECK(first["studyType"] == "Bachelor of Science");
  CHECK(first["endDate"] == "2026-05");  // one date: the graduation
  CHECK_FALSE(first.contains("startDate"));
  CHECK(first["score"] == "GPA 3.8");
  CHECK(first["courses"] == nlohmann::ordered_json::array({"Databases", "Machine Learning (A)"}));
  auto x = ext["education"][0];
  CHECK(x["level"] == "bachelor");
  CHECK(x["location"] == "Boston, MA");
  CHECK(x["expected"] == true);
  CHECK(x["grade"]["kind"] == "gpa");
  CHECK(x["grade"]["scale"] == 4.0);
  CHECK(x["grade"]["normalized"] == 0.95);
  CHECK(x["grade"]["scaleGuessed"] == true);
  CHECK(x["courses"][1]["grade"] == "A");
  CHECK(x["span"].size() == 2);
  auto second = resume["education"][1];
  CHECK(second["startDate"] == "2017-09");
  CHECK(second["endDate"] == "2021-06");
  CHECK(ext["education"][1]["acronym"] == "ZJUT");
  CHECK(ext["education"][1]["grade"]["normalized"] == 0.71);
  CHECK_FALSE(ext["education"][1]["grade"].contains("scaleGuessed"));
  CHECK(ext["education"][1]["rank"]["position"] == 3);
  CHECK(ext["education"][1]["rank"]["total"] == 130);
  CHECK(ext["education"][1]["datesRule"] == "yyyy.m - yyyy.m");
  auto third = resume["education"][2];
  CHECK(third["startDate"] == "2022");
  CHECK_FALSE(third.contains("endDate"));  // ongoing
  CHECK(ext["education"][2]["dates"]["present"] == true);
  // Nothing to add: the keys stay absent.
  nlohmann::ordered_json empty_resume = nlohmann::ordered_json::object(), empty_ext = nlohmann::ordered_json::object();
  AppendEducationJson(Shared().Run("SKILLS\nPython\n"), &empty_resume, &empty_ext);
  CHECK_FALSE(empty_resume.contains("education"));
  CHECK_FALSE(empty_ext.contains("education"));
}

TEST_CASE("education: course lists", "[education]") {
  Line line = NormalizeLine("Machine Learning (94), Operating Systems(A), 分布式系统、高级数据库; etc.", 0);
  std::vector<Course> courses = ParseCourseList(line, 0);
  REQUIRE(courses.size() == 4);
  CHECK(courses[0].name == "Machine Learning");
  CHECK(courses[0].grade == "94");
  CHECK(courses[1].name == "Operating Systems");
  CHECK(courses[1].grade == "A");
  CHECK(courses[2].name == "分布式系统");
  CHECK(courses[3].name == "高级数据库");
  // A parenthesis that is not a grade stays in the name.
  courses = ParseCourseList(NormalizeLine("Robotics (ROS), Statistics (advanced)", 0), 0);
  REQUIRE(courses.size() == 2);
  CHECK(courses[0].name == "Robotics (ROS)");
  CHECK(courses[0].grade.empty());
}

TEST_CASE("education: hostile input never crashes", "[education]") {
  std::string long_line = "EDUCATION\n" + std::string(20000, 'M') + "\n" + std::string(5000, '(') + "\n";
  for (int i = 0; i < 300; ++i) long_line += "B.Sc., University, 2019 (((,,,, GPA 3.5/4.0 ::\n";
  Document doc = Shared().Run(long_line);
  CHECK(doc.entities.education.size() <= 400);
  Shared().Run("EDUCATION\nGPA\n(\n)\n:\n-\n\t\t\t\nRank: 0/0\nNote 9,9\n");
}

TEST_CASE("education dump", "[.][education-dump]") {
  const char* path = std::getenv("EDU_FILE");
  REQUIRE(path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc = Shared().RunFile(ss.str());
  if (std::getenv("EDU_JSON")) {
    nlohmann::ordered_json resume = nlohmann::ordered_json::object(), ext = nlohmann::ordered_json::object();
    AppendEducationJson(doc, &resume, &ext);
    resume["x-cvparse"] = ext;
    std::cout << resume.dump(2) << "\n";
    return;
  }
  for (const Education& e : doc.entities.education) {
    std::cout << "- inst=[" << e.institution << "] acr=[" << e.acronym << "] deg=[" << e.degree << "] lvl=["
              << e.level << "] area=[" << e.area << "] loc=[" << e.location << "]";
    if (e.dates) std::cout << " dates=[" << e.dates->start << ".." << e.dates->end << (e.dates->expected ? " exp" : "") << "]";
    if (e.grade)
      std::cout << " grade=[" << e.grade->raw << "|" << e.grade->kind << " " << e.grade->value << "/" << e.grade->scale
                << " n=" << e.grade->normalized << (e.grade->scale_guessed ? " guessed" : "") << "]";
    if (e.rank) std::cout << " rank=[" << e.rank->raw << " " << e.rank->position << "/" << e.rank->total << " top" << e.rank->top_percent << "]";
    std::cout << "\n";
    for (const Course& c : e.courses) std::cout << "    course [" << c.name << "] (" << c.grade << ")\n";
    for (const std::string& h : e.highlights) std::cout << "    hl [" << h << "]\n";
  }
}

}  // namespace cvparse
