// Parsing while the program exits. The parser's warm-up thread
// (Parser::Create) may still be compiling and reading patterns when a program
// that keeps a Parser in a static returns from main; exit then destroys the
// statics built after the Parser first (reverse order of construction), while
// that thread goes on using them. That race is narrow, so this program makes
// it certain: an exit handler registered before anything is built parses a
// résumé, on a thread, after exit has destroyed every static built by the
// first parse. A
// static that is destroyed there is read after its destruction, and the
// sanitizer build (tools/test.sh) fails the test. Every static pattern is a
// StaticPattern, which is never destroyed.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

#include "cvparse/parse.h"

namespace {

std::string g_resume;  // set before the handler is registered: destroyed after it runs

bool ParseOnce() {
  std::string error;
  std::unique_ptr<cvparse::Parser> parser = cvparse::Parser::Create(&error);
  if (!parser) {
    std::fprintf(stderr, "Parser::Create failed: %s\n", error.c_str());
    return false;
  }
  cvparse::Document doc;
  cvparse::Status status = parser->Parse(g_resume, cvparse::ParseOptions{}, &doc);
  if (!status.ok() || doc.sections.empty()) {
    std::fprintf(stderr, "Parse failed: %s\n", status.message().c_str());
    return false;
  }
  return true;
}

// On a thread of its own, as the warm-up thread is: the main thread's
// thread_locals are already gone when exit handlers run.
void ParseAgainAtExit() {
  bool ok = false;
  std::thread([&ok] { ok = ParseOnce(); }).join();
  if (!ok) std::_Exit(1);
}

}  // namespace

int main() {
  g_resume =
      "Jane Doe\njane@example.com | +1 555 010 0199 | github.com/janedoe\n\n"
      "EDUCATION\nMIT, B.S. in Computer Science, 2015 - 2019, GPA 3.8/4.0\n\n"
      "EXPERIENCE\nSoftware Engineer, Acme Inc., Boston, MA  Jan 2020 - Present\n- Built services in Go\n\n"
      "PUBLICATIONS\n[1] J. Doe. A paper. In Proc. NeurIPS, 2021. Under review. https://doi.org/10.1/x\n\n"
      "AWARDS\n1st Prize, ACM ICPC Regional, awarded by ACM, 2018\n\n"
      "CERTIFICATIONS\nAWS Certified Developer, issued by Amazon, Credential ID ABC-123, expires 2026\n\n"
      "SKILLS\nPython, C++, Kubernetes\n\nLANGUAGES\nEnglish (native), French (B2)\n";
  std::atexit(ParseAgainAtExit);
  return ParseOnce() ? 0 : 1;
}
