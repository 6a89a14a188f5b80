# stempush_embed(<target> NAMESPACE <c++ namespace> HEADER <name.hpp> FILES <key>=<path> ...)
# Compiles files into <target> (WebAssembly has no file system to read assets from at start-up,
# and natively it keeps the app one self-contained binary). Generates <name.hpp> declaring
#   namespace <ns> { std::string_view asset(std::string_view key); // empty if unknown
#                    std::vector<std::string_view> asset_keys(); }
set(_STEMPUSH_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_files.cmake")

function(stempush_embed target)
  cmake_parse_arguments(ARG "" "NAMESPACE;HEADER" "FILES" ${ARGN})
  set(out_dir "${CMAKE_BINARY_DIR}/generated")
  string(REPLACE ".hpp" ".cpp" cpp_name "${ARG_HEADER}")
  set(out_hpp "${out_dir}/${ARG_HEADER}")
  set(out_cpp "${out_dir}/${cpp_name}")
  set(paths)
  foreach(entry IN LISTS ARG_FILES)
    string(REGEX REPLACE "^[^=]*=" "" path "${entry}")
    list(APPEND paths "${path}")
  endforeach()
  string(REPLACE ";" "|" entries "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${out_cpp}" "${out_hpp}"
    COMMAND ${CMAKE_COMMAND} -DOUT_CPP=${out_cpp} -DOUT_HPP=${out_hpp}
            -DNAMESPACE=${ARG_NAMESPACE} -DHEADER=${ARG_HEADER} "-DENTRIES=${entries}"
            -P "${_STEMPUSH_EMBED_SCRIPT}"
    DEPENDS ${paths} "${_STEMPUSH_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_HEADER}" VERBATIM)
  target_sources(${target} PRIVATE "${out_cpp}" "${out_hpp}")
  target_include_directories(${target} PUBLIC "${out_dir}")
endfunction()
