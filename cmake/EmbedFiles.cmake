# embed_files(OUTPUT <file.cc> NAMESPACE <ns> FILES <path>...)
#
# Turns data files (the lexicons) into a C++ source that defines
#   std::string_view <ns>::EmbeddedFile(std::string_view name);
# so the binary needs no install step to find its data, while the data
# itself stays a plain text file under version control. `name` is the
# file's base name, e.g. "headings.tsv". Unknown names return an empty view.
function(embed_files)
  cmake_parse_arguments(EMBED "" "OUTPUT;NAMESPACE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${EMBED_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${EMBED_OUTPUT} -DNAMESPACE=${EMBED_NAMESPACE}
            "-DFILES=${EMBED_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${EMBED_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding lexicons into ${EMBED_OUTPUT}"
    VERBATIM)
endfunction()
