// A short human-readable report of one parsed résumé (the default output).
#ifndef CVPARSE_TOOLS_SUMMARY_H_
#define CVPARSE_TOOLS_SUMMARY_H_

#include <string>

#include "cvparse/document.h"

namespace cvparse::tools {

std::string Summarize(const Document& doc, const std::string& path);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_SUMMARY_H_
