# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target for project-wide settings, linked by every target.
add_library(kanribo_config INTERFACE)
target_compile_features(kanribo_config INTERFACE cxx_std_20)
target_compile_definitions(kanribo_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    KANRIBO_VERSION="${PROJECT_VERSION}")
target_compile_options(kanribo_config INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2
    -fstack-protector-strong)
if(DEFINED ENV{CI})
    target_compile_options(kanribo_config INTERFACE -Werror)
endif()
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT KANRIBO_SANITIZE AND NOT KANRIBO_FUZZ)
    target_compile_definitions(kanribo_config INTERFACE _FORTIFY_SOURCE=2)
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
target_link_options(kanribo_config INTERFACE -Wl,-z,relro -Wl,-z,now)
if(KANRIBO_SANITIZE)
    target_compile_options(kanribo_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(kanribo_config INTERFACE -fsanitize=address,undefined)
endif()
if(KANRIBO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "KANRIBO_FUZZ needs clang: CC=clang CXX=clang++ cmake -B build-fuzz -DKANRIBO_FUZZ=ON ...")
    endif()
    # Every library is instrumented for coverage; only the fuzz targets link libFuzzer's main.
    target_compile_options(kanribo_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(kanribo_config INTERFACE -fsanitize=address,undefined)
endif()
