# Finds the dependencies that scripts/setup.sh installed (Debian packages, and Debian source
# packages built into .deps/). Versions come from scripts/deps.env, the one place they are pinned.
set(STEMPUSH_DEPS_DIR "${PROJECT_SOURCE_DIR}/.deps" CACHE PATH "Where scripts/setup.sh put dependencies")

file(STRINGS "${PROJECT_SOURCE_DIR}/scripts/deps.env" _deps_lines REGEX "^[A-Z0-9_]+_SRC_VERSION=")
foreach(_line IN LISTS _deps_lines)
  string(REGEX MATCH "^([A-Z0-9_]+)=(.*)$" _ "${_line}")
  set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()

set(IMGUI_DIR "${STEMPUSH_DEPS_DIR}/src/imgui-${IMGUI_SRC_VERSION}")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui source not found in ${IMGUI_DIR}: run scripts/setup.sh")
endif()

# nlohmann_json: a folder that holds only nlohmann/, so the wasm build never sees /usr/include.
set(JSON_INCLUDE_DIR "${STEMPUSH_DEPS_DIR}/include-json")
add_library(nlohmann_json_headers INTERFACE)
target_include_directories(nlohmann_json_headers SYSTEM INTERFACE "${JSON_INCLUDE_DIR}")

# Dear ImGui core (no backend). The test-engine hooks are on in every build: the automation
# layer (core/src/automation.cpp) records items through them for tests on both targets.
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

if(STEMPUSH_BUILD_APP)
  if(EMSCRIPTEN)
    set(_sdl_prefix "${STEMPUSH_DEPS_DIR}/prefix/sdl2-web")
    # Our SDL2 built from Debian's source, never the emscripten sysroot's port stub (which
    # adds -sUSE_SDL=2 and then tries to download SDL).
    find_package(SDL2 CONFIG REQUIRED PATHS "${_sdl_prefix}/lib/cmake/SDL2"
                 NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    set(STEMPUSH_SDL2 SDL2::SDL2-static)
  elseif(WIN32)
    # Windows release: SDL2 cross-compiled by scripts/setup.sh release, linked statically, with
    # SDL2main's WinMain (it hands main() the command line in UTF-8).
    set(_sdl_prefix "${STEMPUSH_DEPS_DIR}/prefix/sdl2-mingw")
    find_package(SDL2 CONFIG REQUIRED PATHS "${_sdl_prefix}/lib/cmake/SDL2"
                 NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    set(STEMPUSH_SDL2 SDL2::SDL2main SDL2::SDL2-static)
  else()
    find_package(SDL2 REQUIRED)
    find_package(OpenGL REQUIRED)
    set(STEMPUSH_SDL2 SDL2::SDL2)
  endif()
  add_library(imgui_backend STATIC
    ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_backend SYSTEM PUBLIC ${IMGUI_DIR}/backends)
  target_link_libraries(imgui_backend PUBLIC imgui ${STEMPUSH_SDL2})
  if(WIN32)
    target_link_libraries(imgui_backend PUBLIC opengl32)
  elseif(NOT EMSCRIPTEN)
    target_link_libraries(imgui_backend PUBLIC OpenGL::GL ${CMAKE_DL_LIBS})
  endif()
endif()

if(STEMPUSH_BUILD_TESTS AND NOT EMSCRIPTEN)
  list(APPEND CMAKE_PREFIX_PATH "${STEMPUSH_DEPS_DIR}/prefix/catch2")
  find_package(Catch2 3 REQUIRED)
endif()

# The UI font, copied from Debian's fonts-noto-core at build time (never committed).
set(STEMPUSH_FONT_REGULAR "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
set(STEMPUSH_FONT_BOLD "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf")
# Noto Sans lacks the arrows (← ↑ → ↓) the key hints show; Noto Sans Symbols (same package) has
# them and is merged into each UI font.
set(STEMPUSH_FONT_SYMBOLS_REGULAR "/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf")
set(STEMPUSH_FONT_SYMBOLS_BOLD "/usr/share/fonts/truetype/noto/NotoSansSymbols-Bold.ttf")
