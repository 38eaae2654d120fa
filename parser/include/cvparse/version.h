#ifndef CVPARSE_VERSION_H_
#define CVPARSE_VERSION_H_

namespace cvparse {
inline constexpr const char kVersion[] = "0.1.0";
}  // namespace cvparse

#endif  // CVPARSE_VERSION_H_
