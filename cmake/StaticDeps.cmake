# Links RE2, ICU, Boost.Program_options, yaml-cpp and the C++ runtime into the
# executables as static archives (Debian's -dev packages ship them), when
# CVPARSE_STATIC_DEPS is on (the default outside the sanitizer builds).
#
# Why: a one-file run pays for loading those shared libraries before main():
# mapping a dozen objects and resolving thousands of C++ symbols was about
# half of an empty run. `cvparse --help`: 4.9 M -> 0.8 M instructions
# (valgrind --tool=callgrind), 8.5 -> 5.0 ms of CPU (perf stat -r 40).
#
# The option is declared in the top-level CMakeLists.txt, which sets
# Boost_USE_STATIC_LIBS before find_package(Boost) and includes this file
# after the find_package calls: it repoints their imported targets. Batch
# throughput gains too (no PLT calls): 300 generated résumés 1,306 M ->
# 1,283 M instructions.
if(NOT CVPARSE_STATIC_DEPS OR CVPARSE_SANITIZE OR CVPARSE_FUZZ)
  return()
endif()

set(_cvparse_archives RE2 re2 ICU_I18N icui18n ICU_UC icuuc ICU_DATA icudata YAML_CPP yaml-cpp)
set(_cvparse_missing "")
while(_cvparse_archives)
  list(POP_FRONT _cvparse_archives _var _name)
  find_library(CVPARSE_${_var}_ARCHIVE NAMES lib${_name}.a)
  if(NOT CVPARSE_${_var}_ARCHIVE)
    list(APPEND _cvparse_missing lib${_name}.a)
  endif()
endwhile()
if(_cvparse_missing)
  message(STATUS "Static archives not found (${_cvparse_missing}): linking the shared libraries")
  return()
endif()

# Points an imported library target at an archive, for every configuration.
function(cvparse_use_archive target archive)
  set_target_properties(${target} PROPERTIES IMPORTED_LOCATION "${archive}")
  get_target_property(configs ${target} IMPORTED_CONFIGURATIONS)
  if(configs)
    foreach(config IN LISTS configs)
      set_target_properties(${target} PROPERTIES IMPORTED_LOCATION_${config} "${archive}")
    endforeach()
  endif()
endfunction()

# RE2 comes from pkg-config as an interface target that names the .so.
set_target_properties(PkgConfig::RE2 PROPERTIES INTERFACE_LINK_LIBRARIES "${CVPARSE_RE2_ARCHIVE};Threads::Threads")
# ICU: i18n needs uc, uc needs data and dlopen.
cvparse_use_archive(ICU::i18n "${CVPARSE_ICU_I18N_ARCHIVE}")
cvparse_use_archive(ICU::uc "${CVPARSE_ICU_UC_ARCHIVE}")
cvparse_use_archive(ICU::data "${CVPARSE_ICU_DATA_ARCHIVE}")
set_property(TARGET ICU::i18n APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::uc)
set_property(TARGET ICU::uc APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::data ${CMAKE_DL_LIBS} Threads::Threads)
cvparse_use_archive(yaml-cpp "${CVPARSE_YAML_CPP_ARCHIVE}")
# Boost.Program_options: Boost_USE_STATIC_LIBS, set before find_package(Boost).
add_link_options(-static-libstdc++ -static-libgcc)
message(STATUS "Linking RE2, ICU, Boost.Program_options, yaml-cpp and libstdc++ statically")
