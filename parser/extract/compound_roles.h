// The positions a compound position joins: one job held as two titles.
//
//   "Founder and CEO"                                  => Founder | CEO
//   "Senior Programmer / Analyst"                      => Senior Programmer | Analyst
//   "Paralegal/Bookkeeper/Office Manager"              => Paralegal | Bookkeeper | Office Manager
//   "Personal Trainer, Nutritionist, and Head Coach"   => Personal Trainer | Nutritionist | Head Coach
//   "Sales & Marketing Engineer"                       => (none: "Sales" names no position)
//   "Vice President of Sales and Marketing"            => (none: "Marketing" names none)
//   "Freelance developer (C++/Qt)"                     => (none: the slash is in brackets)
//
// The position is cut at "/", " & ", " and " and "; " outside brackets, and
// at commas too when the list ends ", and X" (any other comma leaves it
// whole: it parts the title from an employer or a place). The cut is kept
// only when every part names a position on its own (NamesPosition: a title
// word for its head), so a shared modifier or an area of work never becomes
// a role.
#ifndef CVPARSE_EXTRACT_COMPOUND_ROLES_H_
#define CVPARSE_EXTRACT_COMPOUND_ROLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/experience_header.h"

namespace cvparse {

// The roles of a compound position, or nothing when it names one.
std::vector<std::string> SplitCompoundRoles(const RoleLexicon& roles, std::string_view position);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_COMPOUND_ROLES_H_
