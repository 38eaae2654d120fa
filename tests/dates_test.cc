// Tests for parser/extract/dates.h, duckling style: each row is one expected
// value and the surface forms that must produce it, all read with a fixed
// "now" of November 2026. A negative list holds text that must yield no date.
//
// The lexicons are read from the source tree: the build defines
// CVPARSE_LEXICON_DIR as "${PROJECT_SOURCE_DIR}/parser/lexicons".
#include "extract/dates.h"

#include <cstdlib>
#include <unistd.h>
#include "lexicon/lexicons.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <initializer_list>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#ifndef CVPARSE_LEXICON_DIR
#error "define CVPARSE_LEXICON_DIR as the path of parser/lexicons"
#endif
#ifndef CVPARSE_SOURCE_DIR
#error "define CVPARSE_SOURCE_DIR as the path of the source tree"
#endif

namespace cvparse {
namespace {

// -- November 2026 is "now" for every test. --
constexpr YearMonth kAsOf{2026, 11};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const DateParser& Parser() {
  static const std::unique_ptr<DateParser> parser = [] {
    std::string error;
    auto p = DateParser::Create(ReadFile(CVPARSE_LEXICON_DIR "/months.tsv"),
                                ReadFile(CVPARSE_LEXICON_DIR "/date_words.tsv"), &error);
    INFO(error);
    REQUIRE(p != nullptr);
    return p;
  }();
  return *parser;
}

using P = DatePrecision;
constexpr P Y = P::kYear, S = P::kSeason, Q = P::kQuarter, M = P::kMonth, D = P::kDay;

// What to expect of a match. `end` is empty for a point. `present` is the
// present flag of the end of a range, or of the point itself; `expected` is
// set when either end is expected.
struct Row {
  std::string start;
  std::string end;
  P precision;  // of the start
  bool present = false;
  bool expected = false;
  std::vector<std::string> inputs;
};

enum Flag { kNone = 0, kPresent = 1, kExpected = 2 };

Row Pt(std::string start, P p, std::initializer_list<std::string> inputs, int flags = kNone) {
  return Row{std::move(start), "", p, (flags & kPresent) != 0, (flags & kExpected) != 0, inputs};
}
Row Rg(std::string start, std::string end, P p, std::initializer_list<std::string> inputs,
       int flags = kNone) {
  return Row{std::move(start), std::move(end), p, (flags & kPresent) != 0,
             (flags & kExpected) != 0, inputs};
}
// A range that ends now.
Row Now(std::string start, P p, std::initializer_list<std::string> inputs) {
  return Row{std::move(start), "2026-11", p, true, false, inputs};
}

// clang-format off
const std::vector<Row> kRows = {
    // ---- Years ------------------------------------------------------------
    Pt("2021", Y, {"2021", "(2021)", "2021.", " 2021 ", "2021,", "2021年", "2021 年", "2021년"}),
    Pt("1950", Y, {"1950"}),
    Pt("2100", Y, {"2100"}),
    Pt("1995", Y, {"1995", "1995年"}),
    Pt("2000", Y, {"2000", "[2000]"}),
    Pt("2013", Y, {"2013", "· 2013 ·", "2013 |"}),
    Pt("2008", Y, {"2008;", "\"2008\""}),
    Pt("2019", Y, {"2019\u3000", "\u00A02019"}),

    // ---- English month names ---------------------------------------------
    Pt("2020-01", M, {"Jan 2020", "January 2020", "JAN 2020", "Jan. 2020", "jan 2020", "Jan, 2020", "Jan-2020", "Jan/2020", "Jan2020", "January of 2020"}),
    Pt("2020-02", M, {"Feb 2020", "February 2020", "Feb. 2020", "FEBRUARY 2020"}),
    Pt("2020-03", M, {"Mar 2020", "March 2020", "Mar. 2020"}),
    Pt("2020-04", M, {"Apr 2020", "April 2020", "Apr. 2020"}),
    Pt("2020-05", M, {"May 2020", "MAY 2020", "May, 2020", "May. 2020"}),
    Pt("2020-06", M, {"Jun 2020", "June 2020", "Jun. 2020"}),
    Pt("2020-07", M, {"Jul 2020", "July 2020", "Jul. 2020"}),
    Pt("2020-08", M, {"Aug 2020", "August 2020", "Aug. 2020", "Aug.2020"}),
    Pt("2020-09", M, {"Sep 2020", "Sept 2020", "Sept. 2020", "Sep. 2020", "September 2020", "SEPT 2020"}),
    Pt("2020-10", M, {"Oct 2020", "October 2020", "Oct. 2020"}),
    Pt("2020-11", M, {"Nov 2020", "November 2020", "Nov. 2020"}),
    Pt("2020-12", M, {"Dec 2020", "December 2020", "Dec.2020", "DEC 2020"}),

    // ---- Month names in the other CLDR languages ---------------------------
    Pt("2019-01", M, {"Januar 2019", "janvier 2019", "janv. 2019", "enero de 2019", "ene 2019", "gennaio 2019", "gen 2019", "janeiro de 2019", "jan. 2019", "январь 2019", "января 2019", "янв. 2019", "januari 2019"}),
    Pt("2019-02", M, {"Februar 2019", "février 2019", "févr. 2019", "FÉVRIER 2019", "febrero 2019", "febbraio 2019", "fevereiro de 2019", "fev. 2019", "февраль 2019", "февр. 2019", "februari 2019"}),
    Pt("2019-03", M, {"März 2019", "MÄRZ 2019", "Mär 2019", "mars 2019", "marzo de 2019", "março de 2019", "mar. 2019", "март 2019", "марта 2019", "maart 2019", "mrt 2019"}),
    Pt("2019-04", M, {"April 2019", "avril 2019", "avr. 2019", "abril de 2019", "abr 2019", "aprile 2019", "апрель 2019", "апр. 2019"}),
    Pt("2019-05", M, {"Mai 2019", "mai 2019", "MAI 2019", "mayo de 2019", "maggio 2019", "mag 2019", "maio de 2019", "mai. 2019", "май 2019", "мая 2019", "mei 2019"}),
    Pt("2019-06", M, {"Juni 2019", "juin 2019", "junio 2019", "giugno 2019", "giu 2019", "junho de 2019", "июнь 2019", "июн. 2019", "juni 2019"}),
    Pt("2019-07", M, {"Juli 2019", "juillet 2019", "juil. 2019", "julio 2019", "luglio 2019", "lug 2019", "julho 2019", "июль 2019", "juli 2019"}),
    Pt("2019-08", M, {"August 2019", "août 2019", "agosto de 2019", "ago 2019", "agosto 2019", "август 2019", "авг. 2019", "augustus 2019"}),
    Pt("2019-09", M, {"September 2019", "Sept. 2019", "septembre 2019", "sept. 2019", "septiembre de 2019", "settembre 2019", "set 2019", "setembro de 2019", "set. 2019", "сентябрь 2019", "сентября 2019", "сент. 2019", "Сентябрь 2019"}),
    Pt("2019-10", M, {"Oktober 2019", "Okt. 2019", "Okt 2019", "octobre 2019", "octubre de 2019", "ottobre 2019", "ott 2019", "outubro de 2019", "out. 2019", "октябрь 2019", "окт. 2019"}),
    Pt("2019-11", M, {"November 2019", "novembre 2019", "noviembre 2019", "novembro de 2019", "ноябрь 2019", "нояб. 2019"}),
    Pt("2019-12", M, {"Dezember 2019", "Dez. 2019", "Dez 2019", "décembre 2019", "déc. 2019", "diciembre 2019", "dic 2019", "dicembre 2019", "dezembro de 2019", "dez. 2019", "декабрь 2019", "дек. 2019", "december 2019"}),

    // ---- Numeric year and month --------------------------------------------
    Pt("2021-09", M, {"2021.9", "2021.09", "2021-09", "2021/09", "2021/9", "09/2021", "9/2021", "09.2021", "9.2021", "09-2021", "09 / 2021", "2021.09."}),
    Pt("2017-01", M, {"2017.1", "2017.01", "2017-01", "2017/01", "01/2017", "1/2017", "01.2017"}),
    Pt("2023-10", M, {"2023.10", "2023-10", "2023/10", "10/2023", "10.2023", "10-2023"}),
    Pt("2019-11", M, {"2019.11", "2019-11", "11/2019"}),
    Pt("2022-12", M, {"2022.12", "12/2022", "2022/12"}),
    Pt("1998-06", M, {"1998.6", "06/1998"}),
    // "2011-12" with an unspaced ASCII hyphen is a month, not a year range.
    Pt("2011-12", M, {"2011-12", "2011/12"}),

    // ---- Two-digit years (20yy up to as_of + 10, else 19yy) -----------------
    Pt("2021-09", M, {"Sep '21", "Sep’21", "Sep-21", "Sept '21", "September ‘21", "Sep ’21"}),
    Pt("1999-05", M, {"May '99", "May-99"}),
    Pt("1985-03", M, {"Mar '85", "March '85"}),
    Pt("2036-01", M, {"Jan '36"}),
    Pt("2020-06", S, {"Summer '20", "summer ’20"}),

    // ---- CJK ----------------------------------------------------------------
    Pt("2021-09", M, {"2021年9月", "2021年09月", "2021 年 9 月", "2021年九月", "2021年 9月", "2021년 9월", "2021년9월"}),
    Pt("2018-12", M, {"2018年12月", "2018年十二月", "2018년 12월"}),
    Pt("2020-01", M, {"2020年1月", "2020年一月", "2020年01月"}),
    Pt("2016-07", M, {"2016年7月", "（2016年7月）"}),
    Pt("2015", Y, {"2015年", "2015 年"}),
    Pt("2022-03-08", D, {"2022年3月8日", "2022年03月08日", "2022년 3월 8일"}),

    // ---- Seasons ------------------------------------------------------------
    Pt("2020-06", S, {"Summer 2020", "summer 2020", "SUMMER 2020", "Summer, 2020", "2020 Summer", "Sommer 2020", "été 2020", "verano 2020", "estate 2020", "zomer 2020", "2020年夏季", "2020年夏", "Summer Session 2020"}),
    Pt("2019-09", S, {"Fall 2019", "Autumn 2019", "Fall Semester 2019", "Fall Quarter 2019", "Fall Term 2019", "Herbst 2019", "automne 2019", "otoño 2019", "autunno 2019", "2019年秋季", "2019 Fall", "осень 2019"}),
    Pt("2021-03", S, {"Spring 2021", "Spring Semester 2021", "Frühjahr 2021", "Frühling 2021", "printemps 2021", "primavera 2021", "2021年春季", "2021春", "весна 2021", "voorjaar 2021"}),
    Pt("2018-12", S, {"Winter 2018", "Winter Term 2018", "hiver 2018", "invierno 2018", "inverno 2018", "2018年冬季", "Wintersemester 2018", "зима 2018"}),
    Pt("2022-06", S, {"Summer '22"}),
    Pt("2017-09", S, {"Fall, 2017", "FALL 2017"}),
    Pt("2023-03", S, {"Spring '23"}),
    Pt("2016-12", S, {"2016 Winter"}),

    // ---- Quarters -----------------------------------------------------------
    Pt("2021-07", Q, {"Q3 2021", "q3 2021", "Q3-2021", "Q3/2021", "Q3, 2021", "2021 Q3", "2021-Q3", "2021/Q3", "3Q 2021", "third quarter 2021", "3rd quarter 2021", "Third Quarter 2021", "2021年第三季度", "2021年三季度"}),
    Pt("2020-01", Q, {"Q1 2020", "first quarter 2020", "1st quarter 2020", "1Q 2020", "2020 Q1", "2020年第一季度"}),
    Pt("2019-04", Q, {"Q2 2019", "second quarter 2019", "2Q 2019"}),
    Pt("2022-10", Q, {"Q4 2022", "fourth quarter 2022", "4th quarter 2022", "2022年第四季度"}),

    // ---- Full dates ---------------------------------------------------------
    Pt("2019-09-15", D, {"2019-09-15", "2019.09.15", "2019/09/15", "2019/9/15", "2019.9.15", "15/09/2019", "15.09.2019", "15-09-2019", "09/15/2019", "9/15/2019", "15 Sep 2019", "15 September 2019", "15th September 2019", "15-Sep-2019", "15 Sep, 2019", "15Sep2019", "Sep 15, 2019", "September 15, 2019", "September 15th, 2019", "Sep 15 2019", "2019年9月15日", "15. September 2019", "15 septembre 2019", "15 de septiembre de 2019", "15 settembre 2019", "15 de setembro de 2019", "15 сентября 2019", "15 september 2019", "15thSeptember 2019", "15THSEP 2019"}),
    // Both numbers <= 12: day-first.
    Pt("2019-04-03", D, {"03/04/2019", "3/4/2019", "03.04.2019", "03-04-2019", "3 April 2019", "April 3, 2019", "2019-04-03"}),
    Pt("2020-03-01", D, {"1er mars 2020", "1 March 2020", "March 1st, 2020", "01.03.2020", "2020-03-01", "1st Mar 2020", "1erMars 2020", "1stMar. 2020"}),
    Pt("2020-02-29", D, {"29/02/2020", "2020-02-29", "Feb 29, 2020", "29 février 2020"}),
    Pt("2019-12-25", D, {"12/25/2019", "25/12/2019", "25 Dec 2019", "Dec 25, 2019", "25. Dezember 2019"}),
    Pt("2018-01-02", D, {"2 January 2018", "January 2nd, 2018", "02/01/2018", "2nd Jan 2018"}),
    Pt("2021-06-30", D, {"30 June 2021", "June 30, 2021", "2021年6月30日", "30.06.2021", "06/30/2021"}),
    Pt("2017-11-11", D, {"11/11/2017", "11 Nov 2017", "Nov 11, 2017"}),
    Pt("2022-08-21", D, {"21 agosto 2022", "21 de agosto de 2022", "21. August 2022", "21 août 2022"}),
    Pt("2016-05-09", D, {"9 mai 2016", "9 мая 2016", "09.05.2016", "9 May 2016", "9 mei 2016"}),
    Pt("2023-01-31", D, {"31/01/2023", "01/31/2023", "Jan 31, 2023", "31 janvier 2023"}),
    Pt("2010-10-10", D, {"10.10.2010", "2010-10-10", "10 Oct 2010"}),

    // ---- Present words alone (ParseExact only) ------------------------------
    Pt("2026-11", M, {"Present", "present", "PRESENT", "Current", "current", "Now", "now", "today", "Today", "ongoing", "to date", "till date", "till now", "(Present)"}, kPresent),
    Pt("2026-11", M, {"至今", "现在", "現在", "目前", "현재"}, kPresent),
    Pt("2026-11", M, {"heute", "aujourd'hui", "aujourd’hui", "presente", "actual", "actualidad", "oggi", "atual", "heden", "настоящее время"}, kPresent),

    // ---- Expected -----------------------------------------------------------
    Pt("2025-05", M, {"Expected May 2025", "expected May 2025", "Expected: May 2025", "Expected graduation: May 2025", "Expected Graduation May 2025", "Exp. May 2025", "Anticipated May 2025", "May 2025 (expected)", "May 2025 (Expected)", "(Expected May 2025)", "May 2025 expected", "May 2025 [expected]"}, kExpected),
    Pt("2025", Y, {"Expected 2025", "Expected: 2025", "2025 (expected)", "Anticipated 2025"}, kExpected),
    Pt("2025-06", M, {"预计2025年6月", "预计 2025年6月", "2025年6月（预计）", "2025.06 (expected)"}, kExpected),
    Pt("2024-12", M, {"voraussichtlich Dezember 2024", "prévu décembre 2024", "Expected Dec 2024"}, kExpected),
    Pt("2027-03", S, {"Expected Spring 2027"}, kExpected),

    // ---- Ranges: year and month ---------------------------------------------
    Rg("2021-09", "2024-06", M, {"2021.9- 2024.6", "2021.9 -2024.6", "2021.9-2024.6", "2021.9 - 2024.6", "2021.09–2024.06", "2021.09 — 2024.06", "2021.09 ~ 2024.06", "2021.09～2024.06", "2021.09〜2024.06", "2021.09 -- 2024.06", "09/2021 – 06/2024", "9/2021-6/2024", "09.2021 - 06.2024", "2021-09 - 2024-06", "2021-09 – 2024-06", "2021/09 - 2024/06", "2021年9月-2024年6月", "2021年9月至2024年6月", "2021年9月到2024年6月", "2021年9月～2024年6月", "2021년 9월 ~ 2024년 6월"}),
    Rg("2021-09", "2024-06", M, {"Sep 2021 - Jun 2024", "September 2021 to June 2024", "Sept. 2021 – June 2024", "Sep 2021 until Jun 2024", "Sep 2021 till Jun 2024", "Sep 2021 through Jun 2024", "Sep 2021 thru Jun 2024", "Sep '21 - Jun '24", "Sep-21 - Jun-24", "SEP 2021 - JUN 2024", "Sep 2021-Jun 2024"}),
    Rg("2021-09", "2024-06", M, {"septembre 2021 - juin 2024", "septembre 2021 à juin 2024", "September 2021 bis Juni 2024", "septiembre 2021 a junio 2024", "septiembre de 2021 hasta junio de 2024", "settembre 2021 - giugno 2024", "setembro de 2021 até junho de 2024", "september 2021 tot juni 2024", "сентябрь 2021 - июнь 2024", "сентябрь 2021 по июнь 2024"}),
    Rg("2017-09", "2021-06", M, {"2017.9- 2021.6", "2017.09-2021.06", "2017年9月 - 2021年6月"}),
    Rg("2023-08", "2023-10", M, {"2023.8 - 2023.10"}),
    Rg("2019-11", "2020-04", M, {"2019.11 - 2020.4"}),
    Rg("2015-05", "2015-08", M, {"May 2015 – Aug. 2015", "May 2015 - August 2015"}),
    Rg("2016-09", "2018-05", M, {"Sept. 2016 - May 2018", "Sep 2016 – May 2018"}),
    Rg("2017-06", "2020-02", M, {"06/2017 – 02/2020", "6/2017 - 2/2020"}),
    Rg("2016-06", "2016-09", M, {"06/2016 – 09/2016", "Jun 2016 - Sep 2016"}),
    Rg("2018-06", "2018-12", M, {"Jun 2018 – Dec 2018", "June 2018 to December 2018", "2018.06-2018.12"}),
    Rg("2019-01", "2021-12", M, {"Jan 2019 – Dec 2021", "January 2019 - December 2021", "01/2019 - 12/2021"}),
    Rg("2015-06", "2015-11", M, {"Jun 2015 - Nov 2015", "(Jun 2015 - Nov 2015)"}),
    Rg("2017-09", "2021-01", M, {"Sep 2017 – Jan 2021", "*Sep 2017 – Jan 2021*"}),
    Rg("2020-07", "2021-08", M, {"2020.07-2021.08"}),
    Rg("2022-03", "2022-12", M, {"（2022.03-2022.12）", "(2022.03-2022.12)"}),
    Rg("2018-10", "2019-06", M, {"2018.10-2019.06"}),
    Rg("2013-09", "2017-06", M, {"2013年9月 - 2017年6月", "2013年9月-2017年6月", "2013年09月 至 2017年06月"}),
    Rg("2019-09", "2021-06", M, {"2019-09 ~ 2021-06", "2019/09 ~ 2021/06", "2019.9~2021.6"}),
    Rg("2014-02", "2014-05", M, {"Feb 2014 - May 2014", "Feb–May 2014", "Feb - May 2014"}),
    // m/yy only as both ends of a range (alone it may be a fraction or a day).
    Rg("2007-08", "2009-12", M, {"8/07-12/09", "8/07 - 12/09", "08/07 – 12/09", "8/07 to 12/09"}),
    Rg("1998-06", "2001-03", M, {"6/98 - 3/01", "6/98-3/01"}),

    // ---- Ranges: the start borrows the end's year --------------------------
    Rg("2020-01", "2020-03", M, {"Jan - Mar 2020", "January - March 2020", "Jan – Mar 2020", "Jan to Mar 2020", "Jan-Mar 2020"}),
    Rg("2019-11", "2020-02", M, {"Nov - Feb 2020", "November 2019 - February 2020"}),
    Rg("2019-09-15", "2019-10-03", D, {"Sep 15 - Oct 3, 2019", "15 Sep - 3 Oct 2019", "15 Sep 2019 - 3 Oct 2019"}),
    Rg("2019-12-20", "2020-01-05", D, {"Dec 20 - Jan 5, 2020"}),

    // ---- Ranges: years -------------------------------------------------------
    Rg("2018", "2019", Y, {"2018–19", "2018-19", "2018 - 19", "2018/19", "2018 – 2019", "2018-2019", "2018/2019", "2018 to 2019", "2018 ~ 2019", "2018—19"}),
    Rg("2016", "2020", Y, {"2016 – 2020", "2016 - 2020", "2016-2020", "2016—2020", "2016 to 2020", "2016 until 2020", "2016 through 2020", "2016至2020", "2016年-2020年", "2016年至2020年", "2016 bis 2020"}),
    Rg("2022", "2023", Y, {"2022 - 2023", "2022-23"}),
    Rg("2012", "2017", Y, {"2012 - 2017", "(2012 - 2017)"}),
    Rg("2011", "2012", Y, {"2011–12", "2011 - 12", "2011-2012"}),
    Rg("2020", "2021", Y, {"2020/21", "2020-21", "2020/2021"}),
    Rg("1999", "2000", Y, {"1999-00", "1999–2000", "1999 - 2000"}),
    Rg("2014", "2016", Y, {"2014–16", "2014-16"}),
    Rg("2019", "2020-06", Y, {"2019 - Jun 2020", "2019 – June 2020", "2019 to June 2020"}),
    Rg("2017-09", "2019", M, {"Sep 2017 - 2019", "2017.9 - 2019"}),

    // ---- Ranges: seasons, quarters, days -------------------------------------
    Rg("2019-09", "2021-03", S, {"Fall 2019 - Spring 2021", "Fall 2019 – Spring 2021", "Autumn 2019 to Spring 2021", "2019年秋季 - 2021年春季"}),
    Rg("2020-06", "2020-09", S, {"Summer 2020 - Fall 2020"}),
    Rg("2018-12", "2019-03", S, {"Winter 2018 - Spring 2019"}),
    Rg("2019-09", "2020-12", S, {"Fall Quarter 2019 – Winter Quarter 2020"}),
    Rg("2020-01", "2021-07", Q, {"Q1 2020 - Q3 2021", "2020 Q1 - 2021 Q3"}),
    Rg("2019-09-15", "2021-06-30", D, {"2019-09-15 - 2021-06-30", "2019.09.15-2021.06.30", "15/09/2019 - 30/06/2021", "09/15/2019 - 06/30/2021", "15 Sep 2019 - 30 Jun 2021", "Sep 15, 2019 - Jun 30, 2021", "2019年9月15日-2021年6月30日", "2019-09-15 ~ 2021-06-30"}),
    // Both ends read the same way: day-first when that works ...
    Rg("2019-04-03", "2019-06-05", D, {"03/04/2019 - 05/06/2019", "03.04.2019 - 05.06.2019"}),
    // ... month-first when the end needs it ...
    Rg("2019-10-02", "2019-12-25", D, {"10/02/2019 - 12/25/2019"}),
    // ... or when day-first would put the start after the end.
    Rg("2019-03-05", "2019-04-02", D, {"03/05/2019 - 04/02/2019"}),
    Rg("2019-09", "2020-03-15", M, {"Sep 2019 - Mar 15, 2020"}),

    // ---- Ranges that end now ----------------------------------------------
    Now("2019-01", M, {"Jan 2019 - Present", "Jan 2019 – Present", "January 2019 - present", "Jan 2019 — now", "Jan 2019 to date", "Jan 2019 - till date", "Jan 2019 to present", "Jan 2019 until now", "Jan 2019 - Current", "Jan 2019 - today", "Jan 2019 - date", "Jan 2019 - Now", "Jan. 2019 – Present", "Jan.2019-Present", "Jan 2019 - ongoing"}),
    Now("2019-01", M, {"01/2019 - Present", "2019.01 - 至今", "2019.1-至今", "2019年1月至今", "2019年1月-至今", "2019年1月～至今", "2019-01 ~ now", "2019.01-现在", "2019.01-今", "2019年1月 - 现在"}),
    Now("2019-01", M, {"Januar 2019 - heute", "Jan. 2019 bis heute", "janvier 2019 - aujourd'hui", "janvier 2019 à aujourd’hui", "enero 2019 - actualidad", "enero de 2019 - presente", "gennaio 2019 - oggi", "janeiro de 2019 - atual", "januari 2019 - heden", "январь 2019 - настоящее время", "январь 2019 - н.в."}),
    Now("2019", Y, {"2019 - Present", "2019 – present", "2019-Present", "2019 to date", "2019 - now", "2019年至今", "(2019 - Present)", "2019 - date", "2019 till date", "2019 ~ 至今"}),
    Now("2022-01", M, {"Jan 2022 – Present", "Jan 2022 -Present"}),
    Now("2020-03", M, {"03/2020 – Present", "3/2020 - Present"}),
    Now("2009-01", M, {"1/09 to Present", "01/09 - present"}),
    Now("2021-09", M, {"2021.09-至今", "Sep 2021 - Present", "2021/09 - now"}),
    Now("2021-02", M, {"*Feb 2021 – Present*"}),
    Now("2020-06", S, {"Summer 2020 - Present"}),
    Now("2023-07", Q, {"Q3 2023 - present"}),
    Now("2024-05-01", D, {"2024-05-01 - Present", "1 May 2024 - present"}),

    // ---- Ranges with an expected end --------------------------------------
    Rg("2021", "2025", Y, {"2021 - Expected 2025", "2021 – 2025 (expected)", "2021 - exp. 2025", "2021 - Anticipated 2025"}, kExpected),
    Rg("2022-09", "2025-05", M, {"Sep 2022 - Expected May 2025", "Sep 2022 – May 2025 (expected)", "2022.09 - 2025.05 (expected)"}, kExpected),

    // ---- More rows, mixed ----------------------------------------------------
    Pt("2024-02-29", D, {"29.02.2024", "Feb 29, 2024", "2024/2/29"}),
    Pt("2026-11", M, {"Nov 2026", "2026.11"}),
    Pt("2012-07", M, {"Jul-2012", "July, 2012", "2012/07"}),
    Pt("2005-08", M, {"Aug '05", "Aug-05"}),
    Pt("2014-04", M, {"2014年4月", "4/2014", "April 2014"}),
    Pt("1960", Y, {"1960"}),
    Rg("2010-09", "2014-06", M, {"Sept 2010 – June 2014", "09/2010 - 06/2014", "2010.09 - 2014.06"}),
    Rg("2008", "2012", Y, {"2008 - 2012", "2008–2012"}),
    Rg("2001", "2005", Y, {"2001-2005", "2001 – 2005"}),
    Rg("2021-01", "2021-06", M, {"Jan 2021 - Jun 2021", "janv. 2021 – juin 2021"}),
    Rg("2016-01", "2016-12", M, {"Jan–Dec 2016", "Jan - Dec 2016"}),
    Rg("2018-06", "2018-08", M, {"Jun – Aug 2018", "June to August 2018"}),
    Rg("2015-09", "2016-06", M, {"2015.09—2016.06", "2015年9月—2016年6月"}),
    Rg("2020-03-15", "2020-06-01", D, {"15/03/2020 - 01/06/2020", "2020-03-15 to 2020-06-01"}),
    Now("2023", Y, {"2023 – Present", "2023 – heute"}),
    Now("2015-09", S, {"Fall 2015 - Present", "Fall 2015 – now"}),
    Now("2017-03-01", D, {"01/03/2017 - Present"}),
};
// clang-format on

// Text that holds no date at all (FindAll finds nothing, ParseExact fails).
const std::vector<std::string> kNotDates = {
    // phone numbers
    "+86 173-2603-1722", "(555) 123-4567", "555-0100", "+1 650-650-6500", "Phone: 138-2019-5678",
    "Tel 010-2019-8888", "+44 20 7946 0958",
    // grades, scores, ranks
    "GPA 3.8/4.0", "3.50/4.0", "GPA: 3.7/4.0", "score 23/17/17", "Rank: 3/130", "top 5%", "1/2",
    "3/4 - 1/2", "24/7 support", "9/11", "8/07",
    "IELTS 7.0", "TOEFL 110/120", "110/110 cum laude", "99/100", "4.0/4.0",
    // versions, standards, courses
    "Python 3.10", "v2.1.3", "Java 1.8", "ISO 9001", "ISO 9001:2015", "CS 2110", "CS 2050",
    "ECE 2020", "COMP 1999", "1.2.3.4", "192.168.1.1", "R.45102",
    // numbers and amounts
    "900k", "4.8%", "2019%", "94105", "$2020", "€2019", "#2019", "10,000 users", "12021",
    "20210", "1990s",
    // years out of range, glued or invalid
    "1949", "2101", "abc2021", "2021abc", "FY2021", "2021.13", "13/2021", "32/01/2019",
    "21/17/2019", "2019-13-45", "30/02/2019", "Jan '37", "2020-2019",
    // date words without a year
    "Sep 21", "May", "Summer internship", "Present", "my current role", "present at conferences",
    "Q3", "今", "date", "Worked at AWS 2019",
    // words that start or end with a month name, or a name whose '.' is required
    "Junior 20", "Marketing 19", "Augusta '19", "out-19",
};

// Checks `m` against `row`.
void CheckMatch(const Row& row, const DateMatch& m) {
  CHECK(m.start.Iso() == row.start);
  CHECK(m.start.precision == row.precision);
  if (row.end.empty()) {
    CHECK_FALSE(m.is_range);
    CHECK_FALSE(m.end_date.has_value());
    CHECK(m.start.present == row.present);
    CHECK(m.start.expected == row.expected);
  } else {
    CHECK(m.is_range);
    REQUIRE(m.end_date.has_value());
    CHECK(m.end_date->Iso() == row.end);
    CHECK(m.end_date->present == row.present);
    CHECK_FALSE(m.start.present);
    CHECK((m.start.expected || m.end_date->expected) == row.expected);
  }
  CHECK_FALSE(m.rule.empty());
}

size_t CountInputs() {
  size_t n = 0;
  for (const Row& r : kRows) n += r.inputs.size();
  return n;
}

TEST_CASE("dates: the corpus is large enough", "[dates]") {
  CHECK(kRows.size() >= 150);
  CHECK(CountInputs() >= 600);
  CHECK(kNotDates.size() >= 30);
}

TEST_CASE("dates: ParseExact reads every surface form", "[dates]") {
  const DateParser& parser = Parser();
  for (const Row& row : kRows) {
    for (const std::string& in : row.inputs) {
      INFO("input: [" << in << "] expecting " << row.start << (row.end.empty() ? "" : " .. ")
                      << row.end);
      std::optional<DateMatch> m = parser.ParseExact(in, kAsOf);
      REQUIRE(m.has_value());
      INFO("rule: " << m->rule);
      CheckMatch(row, *m);
    }
  }
}

TEST_CASE("dates: FindAll finds each surface form once", "[dates]") {
  const DateParser& parser = Parser();
  for (const Row& row : kRows) {
    // A present word alone is a date only for ParseExact.
    if (row.end.empty() && row.present) continue;
    for (const std::string& in : row.inputs) {
      INFO("input: [" << in << "]");
      std::vector<DateMatch> all = parser.FindAll(in, kAsOf);
      REQUIRE(all.size() == 1);
      INFO("rule: " << all[0].rule);
      CheckMatch(row, all[0]);
      CHECK(all[0].begin < all[0].end);
      CHECK(all[0].end <= in.size());
    }
  }
}

TEST_CASE("dates: FindAll in a sentence keeps the same reading", "[dates]") {
  const DateParser& parser = Parser();
  for (const Row& row : kRows) {
    if (row.end.empty() && row.present) continue;
    for (const std::string& in : row.inputs) {
      const std::string prefix = "Worked there ";
      const std::string line = prefix + in + " as an engineer.";
      INFO("line: [" << line << "]");
      std::vector<DateMatch> all = parser.FindAll(line, kAsOf);
      REQUIRE(all.size() == 1);
      CheckMatch(row, all[0]);
      // The match lies inside the input and leaves out only punctuation.
      CHECK(all[0].begin >= prefix.size());
      CHECK(all[0].end <= prefix.size() + in.size());
    }
  }
}

TEST_CASE("dates: negatives produce no date", "[dates]") {
  const DateParser& parser = Parser();
  for (const std::string& in : kNotDates) {
    INFO("input: [" << in << "]");
    std::vector<DateMatch> all = parser.FindAll(in, kAsOf);
    if (!all.empty()) {
      INFO("found: " << in.substr(all[0].begin, all[0].end - all[0].begin) << " by "
                     << all[0].rule);
      CHECK(all.empty());
    }
    if (in != "Present") {
      CHECK_FALSE(parser.ParseExact(in, kAsOf).has_value());
    }
    // The same text inside a line finds nothing either.
    CHECK(parser.FindAll("Note: " + in + " here", kAsOf).empty());
  }
}

TEST_CASE("dates: ParseExact rejects text around the date", "[dates]") {
  const DateParser& parser = Parser();
  for (std::string_view in : {"Graduated May 2018", "2019 - 2021 Google", "May 2018 and more",
                              "Jan", "Spring", "2019 2020", "date", "今", "Q3", ""}) {
    INFO("input: [" << in << "]");
    CHECK_FALSE(parser.ParseExact(in, kAsOf).has_value());
  }
}

TEST_CASE("dates: FindAll on whole lines", "[dates]") {
  const DateParser& parser = Parser();

  SECTION("a range after a job title, with byte offsets") {
    const std::string line = "Software Engineer, Google  Jan 2019 – Present";
    auto all = parser.FindAll(line, kAsOf);
    REQUIRE(all.size() == 1);
    CHECK(all[0].begin == line.find("Jan"));
    CHECK(all[0].end == line.size());
    CHECK(all[0].is_range);
    CHECK(all[0].rule == "mon yyyy - present");
    CHECK(all[0].start.Iso() == "2019-01");
    REQUIRE(all[0].end_date.has_value());
    CHECK(all[0].end_date->present);
    CHECK(all[0].end_date->Iso() == "2026-11");
  }

  SECTION("2021.9- 2024.6 is one range, not two points") {
    auto all = parser.FindAll("2021.9- 2024.6", kAsOf);
    REQUIRE(all.size() == 1);
    CHECK(all[0].begin == 0);
    CHECK(all[0].end == 14);
    CHECK(all[0].is_range);
    CHECK(all[0].rule == "yyyy.m - yyyy.m");
  }

  SECTION("two ranges on one line") {
    const std::string line = "Jan 2019 - Mar 2020, Apr 2020 - Present";
    auto all = parser.FindAll(line, kAsOf);
    REQUIRE(all.size() == 2);
    CHECK(all[0].begin == 0);
    CHECK(all[0].end == line.find(','));
    CHECK(all[0].start.Iso() == "2019-01");
    CHECK(all[0].end_date->Iso() == "2020-03");
    CHECK(all[1].begin == line.find("Apr"));
    CHECK(all[1].end == line.size());
    CHECK(all[1].end_date->present);
  }

  SECTION("two year ranges with CJK and raw dashes") {
    const std::string line = "PhD (2016–2021), MSc (2014–16)";
    auto all = parser.FindAll(line, kAsOf);
    REQUIRE(all.size() == 2);
    CHECK(line.substr(all[0].begin, all[0].end - all[0].begin) == "2016–2021");
    CHECK(line.substr(all[1].begin, all[1].end - all[1].begin) == "2014–16");
    CHECK(all[1].rule == "yyyy - yy");
    CHECK(all[1].end_date->Iso() == "2016");
  }

  SECTION("byte offsets count UTF-8 bytes") {
    const std::string line = "2021.09-至今    杭州云栖数智科技有限公司    高级后端开发工程师";
    auto all = parser.FindAll(line, kAsOf);
    REQUIRE(all.size() == 1);
    CHECK(all[0].begin == 0);
    CHECK(all[0].end == std::string("2021.09-至今").size());
    CHECK(all[0].rule == "yyyy.m - present");
  }

  SECTION("a point and a range") {
    const std::string line = "B.S. 2015, M.S. 2017 – 2019";
    auto all = parser.FindAll(line, kAsOf);
    REQUIRE(all.size() == 2);
    CHECK(all[0].rule == "yyyy");
    CHECK(all[0].start.Iso() == "2015");
    CHECK(all[1].rule == "yyyy - yyyy");
    CHECK(line.substr(all[1].begin, all[1].end - all[1].begin) == "2017 – 2019");
  }

  SECTION("the longest reading wins") {
    auto all = parser.FindAll("on 15 Sep 2019 at noon", kAsOf);
    REQUIRE(all.size() == 1);
    CHECK(all[0].rule == "d mon yyyy");
    CHECK(all[0].start.Iso() == "2019-09-15");
  }

  SECTION("a list of years") {
    auto all = parser.FindAll("Dean's list: 2017,2018,2019", kAsOf);
    REQUIRE(all.size() == 3);
    CHECK(all[0].start.Iso() == "2017");
    CHECK(all[2].start.Iso() == "2019");
  }

  SECTION("a bare year after an all-caps word starts a range but is not a date alone") {
    CHECK(parser.FindAll("CS 2050 Algorithms", kAsOf).empty());
    auto all = parser.FindAll("IBM 2019 - 2021", kAsOf);
    REQUIRE(all.size() == 1);
    CHECK(all[0].is_range);
    CHECK(parser.FindAll("MAY 2019", kAsOf).size() == 1);
    // A date word in capitals is not such a prefix ("NOW", "SEPT"; "OUT" needs
    // its '.' to be the Portuguese month, so it is one).
    for (std::string_view word : {"NOW", "ONGOING", "SEPT", "FALL", "HEUTE"}) {
      INFO(word);
      CHECK(parser.FindAll(std::string(word) + " 2019", kAsOf).size() == 1);
    }
    CHECK(parser.FindAll("OUT 2019", kAsOf).empty());
  }

  SECTION("a reversed range is two points") {
    auto all = parser.FindAll("Jun 2020 - Jan 2019", kAsOf);
    REQUIRE(all.size() == 2);
    CHECK_FALSE(all[0].is_range);
    CHECK_FALSE(all[1].is_range);
  }

  SECTION("a range does not span lines") {
    auto all = parser.FindAll("2019 -\n2021", kAsOf);
    REQUIRE(all.size() == 2);
    CHECK_FALSE(all[0].is_range);
  }

  SECTION("a multi-line block") {
    const std::string text =
        "EXPERIENCE\n"
        "Senior Product Designer        03/2020 – Present\n"
        "Product Designer               06/2017 – 02/2020\n"
        "GPA: 3.7/4.0, top 5%, +1 (555) 123-4567\n"
        "Expected graduation: May 2025\n";
    auto all = parser.FindAll(text, kAsOf);
    REQUIRE(all.size() == 3);
    CHECK(all[0].rule == "mm/yyyy - present");
    CHECK(all[1].rule == "mm/yyyy - mm/yyyy");
    CHECK(all[2].start.expected);
    CHECK(text.substr(all[2].begin, all[2].end - all[2].begin) == "Expected graduation: May 2025");
  }

  SECTION("results are ordered and do not overlap") {
    const std::string text = "2015 – 2017 · 2017.9-2019.6 · Summer 2020 · Q3 2021 – Present · 2024";
    auto all = parser.FindAll(text, kAsOf);
    REQUIRE(all.size() == 5);
    for (size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].end <= all[i].begin);
  }

  SECTION("empty and date-free text") {
    CHECK(parser.FindAll("", kAsOf).empty());
    CHECK(parser.FindAll("No dates in this line at all.", kAsOf).empty());
  }
}

TEST_CASE("dates: IsDateWord", "[dates]") {
  const DateParser& parser = Parser();
  for (std::string_view w : {"June", "june", "JUNE", "Nov.", "Sept", "Summer", "Present", "Janvier"}) {
    INFO(w);
    CHECK(parser.IsDateWord(w));
  }
  for (std::string_view w : {"", ".", "Houston", "Junior", "Mayor", "Acme", "2019"}) {
    INFO(w);
    CHECK_FALSE(parser.IsDateWord(w));
  }
}

TEST_CASE("dates: rule names", "[dates]") {
  const DateParser& parser = Parser();
  struct Case {
    std::string_view in, rule;
  };
  for (const Case& c : {
           Case{"2021.9", "yyyy.m"}, Case{"09/2021", "mm/yyyy"}, Case{"Sep 2021", "mon yyyy"},
           Case{"Sep '21", "mon 'yy"}, Case{"Sep-21", "mon-yy"}, Case{"2021年9月", "yyyy年m月"},
           Case{"2021年", "yyyy年"}, Case{"2021", "yyyy"}, Case{"Summer 2020", "season yyyy"},
           Case{"Q3 2021", "quarter yyyy"}, Case{"15/09/2019", "dd/mm/yyyy"},
           Case{"09/15/2019", "mm/dd/yyyy"}, Case{"2019-09-15", "yyyy-mm-dd"},
           Case{"Sep 15, 2019", "mon d, yyyy"}, Case{"15 Sep 2019", "d mon yyyy"},
           Case{"Present", "present"}, Case{"2018–19", "yyyy - yy"},
           Case{"2019/2020", "yyyy/yyyy"}, Case{"Jan - Mar 2020", "mon - mon yyyy"},
           Case{"Fall 2019 - Spring 2021", "season yyyy - season yyyy"},
           Case{"10/02/2019 - 12/25/2019", "mm/dd/yyyy - mm/dd/yyyy"},
           Case{"8/07 - 12/09", "m/yy - m/yy"}, Case{"1/09 to Present", "m/yy - present"},
       }) {
    INFO("input: [" << c.in << "]");
    auto m = parser.ParseExact(c.in, kAsOf);
    REQUIRE(m.has_value());
    CHECK(m->rule == c.rule);
  }
}

TEST_CASE("dates: as_of", "[dates]") {
  const DateParser& parser = Parser();
  auto m = parser.ParseExact("2019 - Present", YearMonth{2020, 3});
  REQUIRE(m.has_value());
  CHECK(m->end_date->Iso() == "2020-03");
  m = parser.ParseExact("Present", YearMonth{2020, 0});
  REQUIRE(m.has_value());
  CHECK(m->start.Iso() == "2020");
  CHECK(m->start.precision == DatePrecision::kYear);
  // The two-digit pivot moves with as_of: '40 is 2040 in 2030, 1940 (too
  // early) in 2026.
  m = parser.ParseExact("Jan '40", YearMonth{2030, 1});
  REQUIRE(m.has_value());
  CHECK(m->start.Iso() == "2040-01");
  CHECK_FALSE(parser.ParseExact("Jan '40", kAsOf).has_value());
}

TEST_CASE("dates: PartialDate::Iso", "[dates]") {
  CHECK(PartialDate{2021, 0, 0, P::kYear, false, false}.Iso() == "2021");
  CHECK(PartialDate{2021, 9, 0, P::kMonth, false, false}.Iso() == "2021-09");
  CHECK(PartialDate{2021, 9, 15, P::kDay, false, false}.Iso() == "2021-09-15");
  CHECK(PartialDate{2021, 6, 0, P::kSeason, false, false}.Iso() == "2021-06");
  CHECK(PartialDate{2021, 10, 0, P::kQuarter, false, false}.Iso() == "2021-10");
  CHECK(PartialDate{2021, 9, 15, P::kYear, false, false}.Iso() == "2021");
}

TEST_CASE("dates: Create reports malformed data with file:line", "[dates]") {
  const std::string months = ReadFile(CVPARSE_LEXICON_DIR "/months.tsv");
  const std::string words = ReadFile(CVPARSE_LEXICON_DIR "/date_words.tsv");
  std::string error = "untouched";
  REQUIRE(DateParser::Create(months, words, &error) != nullptr);
  CHECK(error == "untouched");
  CHECK(DateParser::Create(months, words, nullptr) != nullptr);

  struct Bad {
    std::string months, words, want;
  };
  const std::string min_months =
      "en\t1\tJanuary\nen\t2\tFebruary\nen\t3\tMarch\nen\t4\tApril\nen\t5\tMay\nen\t6\tJune\n"
      "en\t7\tJuly\nen\t8\tAugust\nen\t9\tSeptember\nen\t10\tOctober\nen\t11\tNovember\n"
      "en\t12\tDecember\n";
  const std::string min_words = "present\t-\tpresent\n";
  REQUIRE(DateParser::Create(min_months, min_words, &error) != nullptr);
  for (const Bad& bad : {
           Bad{"# comment\nen\t1\n", min_words, "months.tsv:2: "},
           Bad{"en\t13\tSmarch\n", min_words, "months.tsv:1: "},
           Bad{"en\tx\tJan\n", min_words, "months.tsv:1: "},
           Bad{"en\t1\tJan||January\n", min_words, "months.tsv:1: "},
           Bad{min_months + "xx\t2\tJanuary\n", min_words, "months.tsv:13: "},
           Bad{"en\t1\tJanuary\n", min_words, "months.tsv:0: "},
           Bad{min_months + "en\t1\tJan 2\n", min_words, "months.tsv:13: "},
           Bad{min_months + "en\t1\tJa-n\n", min_words, "months.tsv:13: "},
           Bad{min_months + "en\t1\tde\n", min_words, "months.tsv:13: "},
           Bad{min_months + "en\t1\tST.\n", min_words, "months.tsv:13: "},
           Bad{min_months, "present\t-\tnow\n\nbogus\t-\tword\n", "date_words.tsv:3: "},
           Bad{min_months, "present\tnow\n", "date_words.tsv:1: "},
           Bad{min_months, "present\t-\tnow\nseason\tmonsoon\trains\n", "date_words.tsv:2: "},
           Bad{min_months, "present\t-\tnow\nquarter\t5\tQ5\n", "date_words.tsv:2: "},
           Bad{min_months, "present\t-\tnow\nquarter\t1\tQ1\nquarter\t2\tq1\n",
               "date_words.tsv:3: "},
           Bad{min_months, "season\tspring\tspring\n", "date_words.tsv:0: "},
       }) {
    INFO("want: " << bad.want);
    error.clear();
    CHECK(DateParser::Create(bad.months, bad.words, &error) == nullptr);
    CHECK(error.rfind(bad.want, 0) == 0);
    INFO("got: " << error);
    CHECK(error.size() > bad.want.size());
  }
}

// The rules that name seasons, quarters or CJK months are compiled when a
// text first needs them (dates.cc, kDeferredNeeds). A fresh parser, so that
// the first need is here: two threads at once, then the check that compiles
// whatever is left.
TEST_CASE("dates: rules compiled on first need", "[dates]") {
  std::string error;
  auto parser = DateParser::Create(ReadFile(CVPARSE_LEXICON_DIR "/months.tsv"),
                                   ReadFile(CVPARSE_LEXICON_DIR "/date_words.tsv"), &error);
  INFO(error);
  REQUIRE(parser != nullptr);
  struct Row {
    std::string text, iso;
  };
  const std::vector<Row> rows = {
      {"Summer 2020", "2020-06"}, {"2020 Summer", "2020-06"}, {"Summer '20", "2020-06"},
      {"Q3 2021", "2021-07"},     {"2021 Q3", "2021-07"},     {"2021年九月", "2021-09"},
  };
  std::vector<std::string> got[2];
  std::thread threads[2];
  for (int t = 0; t < 2; ++t) {
    threads[t] = std::thread([&, t] {
      for (const Row& row : rows) {
        std::vector<DateMatch> all = parser->FindAll("worked there " + row.text + " on it", kAsOf);
        got[t].push_back(all.size() == 1 ? all[0].start.Iso() : "(" + std::to_string(all.size()) + " matches)");
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < 2; ++t) {
    REQUIRE(got[t].size() == rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      INFO("thread " << t << ": " << rows[i].text);
      CHECK(got[t][i] == rows[i].iso);
    }
  }
  error = "untouched";
  CHECK(parser->CheckDeferredRules(&error));
  CHECK(error == "untouched");
}

// A season word RE2 cannot compile (invalid UTF-8): DateParser::Create
// defers the season rules, CheckDeferredRules reports them, and with the
// lexicon given in CVPARSE_LEXICON_DIR, Lexicons::Create fails as it did when
// every rule was compiled up front.
TEST_CASE("dates: a bad word in a deferred rule is reported", "[dates]") {
  const std::string months = ReadFile(CVPARSE_LEXICON_DIR "/months.tsv");
  const std::string words = ReadFile(CVPARSE_LEXICON_DIR "/date_words.tsv") + "season\tsummer\tsum\xFFmer\n";
  std::string error;
  auto parser = DateParser::Create(months, words, &error);
  INFO(error);
  REQUIRE(parser != nullptr);
  CHECK_FALSE(parser->CheckDeferredRules(&error));
  CHECK(error.rfind("dates.cc: rule 'season", 0) == 0);

  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("cvparse-dates-test-lexicons-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::copy(CVPARSE_LEXICON_DIR, dir);
  {
    std::ofstream out(dir / "date_words.tsv", std::ios::binary | std::ios::trunc);
    out << words;
  }
  ::setenv("CVPARSE_LEXICON_DIR", dir.c_str(), 1);
  error.clear();
  std::unique_ptr<Lexicons> lexicons = Lexicons::Create(&error);
  ::unsetenv("CVPARSE_LEXICON_DIR");
  std::filesystem::remove_all(dir);
  CHECK(lexicons == nullptr);
  CHECK(error.rfind("dates.cc: rule 'season", 0) == 0);
}

TEST_CASE("dates: a minimal lexicon still parses numeric dates", "[dates]") {
  const std::string months =
      "en\t1\tJan\nen\t2\tFeb\nen\t3\tMar\nen\t4\tApr\nen\t5\tMay\nen\t6\tJun\n"
      "en\t7\tJul\nen\t8\tAug\nen\t9\tSep\nen\t10\tOct\nen\t11\tNov\nen\t12\tDec\n";
  std::string error;
  auto parser = DateParser::Create(months, "present\t-\tPresent\n", &error);
  INFO(error);
  REQUIRE(parser != nullptr);
  auto m = parser->ParseExact("2021.9 - Present", kAsOf);
  REQUIRE(m.has_value());
  CHECK(m->end_date->present);
  CHECK_FALSE(parser->ParseExact("Summer 2020", kAsOf).has_value());
  CHECK_FALSE(parser->ParseExact("2019 to 2021", kAsOf).has_value());
  CHECK(parser->ParseExact("2019 - 2021", kAsOf).has_value());
}

TEST_CASE("dates: const methods are safe to share between threads", "[dates]") {
  const DateParser& parser = Parser();
  const std::string text =
      "Jan 2019 – Present\n2021.9- 2024.6\nFall 2019 - Spring 2021\n15/09/2019\n2018–19\n";
  const auto want = parser.FindAll(text, kAsOf);
  REQUIRE(want.size() == 5);
  std::vector<int> ok(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto got = parser.FindAll(text, kAsOf);
        bool same = got.size() == want.size();
        for (size_t k = 0; same && k < got.size(); ++k) {
          same = got[k].begin == want[k].begin && got[k].end == want[k].end &&
                 got[k].start == want[k].start && got[k].end_date == want[k].end_date;
        }
        ok[t] += same ? 1 : 0;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) CHECK(ok[t] == 50);
}

// FindAll skips the rules a text lacks the characters or words for (NeedsMet
// in dates.cc). Skipping must never change a result: compare with every rule
// run on every text, over the table above, every line of the golden corpus
// and random strings built from date pieces.
bool SameMatches(const std::vector<DateMatch>& a, const std::vector<DateMatch>& b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k].begin != b[k].begin || a[k].end != b[k].end || a[k].rule != b[k].rule ||
        !(a[k].start == b[k].start) || !(a[k].end_date == b[k].end_date)) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> RandomDateishTexts(size_t n) {
  const std::vector<std::string> pieces = {
      "2019", "2021", "1999", "19", "05", "5", "12", "31", "5th", "1er", "Jan", "Jan.",
      "Sept", "September", "März", "sept.", "out.", "сентября", "9月", "九月", "9월", "Fall",
      "Spring", "Q3", "3rd quarter", "Present", "current", "date", "今", "Expected", "(expected)",
      " ", " ", "  ", "\t", "-", "–", "—", "~", "/", ".", ",", "'", "\u2019", "`", "年", "월",
      "to", "de", "of", "till", "a", "Mayo", "x", "20", "201", "20190", "+", "%", "(", ")"};
  const std::vector<std::string> years = {"2019", "2021", "1999", "2024", "19", "'21"};
  std::mt19937 rng(20261206);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), pick_year(0, years.size() - 1),
      len(1, 9);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    // Every third piece a year, so that most texts hold a date or nearly one.
    std::string t;
    for (size_t k = len(rng); k > 0; --k) t += k % 3 == 0 ? years[pick_year(rng)] : pieces[pick(rng)];
    out.push_back(t);
  }
  return out;
}

TEST_CASE("dates: skipping rules that cannot match changes no result", "[dates]") {
  const DateParser& parser = Parser();
  const size_t kRandom = 3000;
  std::vector<std::string> texts = RandomDateishTexts(kRandom);
  for (const Row& row : kRows) {
    texts.insert(texts.end(), row.inputs.begin(), row.inputs.end());
  }
  texts.insert(texts.end(), kNotDates.begin(), kNotDates.end());
  size_t corpus_lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CVPARSE_SOURCE_DIR "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    std::istringstream in(ReadFile(entry.path().string()));
    for (std::string line; std::getline(in, line); ++corpus_lines) texts.push_back(line);
  }
  REQUIRE(corpus_lines > 1000);
  size_t random_with_dates = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    INFO("text: [" << texts[i] << "]");
    const std::vector<DateMatch> filtered = parser.FindAll(texts[i], kAsOf);
    CHECK(SameMatches(filtered, parser.FindAllUnfiltered(texts[i], kAsOf)));
    if (i < kRandom && !filtered.empty()) ++random_with_dates;
  }
  // The random texts must exercise the rules, not only miss them.
  INFO("random texts with a date: " << random_with_dates);
  CHECK(random_with_dates > kRandom / 5);
  CHECK(random_with_dates < kRandom);
}

}  // namespace
}  // namespace cvparse
