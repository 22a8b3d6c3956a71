# One interface target that every CardBridge target links: warnings, strict Qt defines,
# and the sanitizers when CARDBRIDGE_SANITIZE is on.
add_library(cardbridge_strict INTERFACE)
target_compile_options(cardbridge_strict INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                   -Wnon-virtual-dtor -Wcast-align)
if(CARDBRIDGE_WERROR)
  target_compile_options(cardbridge_strict INTERFACE -Werror)
endif()
target_compile_definitions(cardbridge_strict INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS
  ZX_USE_UTF8
  SQLITE_HAS_CODEC)
if(CARDBRIDGE_SANITIZE)
  target_compile_options(cardbridge_strict INTERFACE -fsanitize=address,undefined
                                                     -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(cardbridge_strict INTERFACE -fsanitize=address,undefined)
endif()
if(CARDBRIDGE_BUILD_FUZZ)
  # Coverage for libFuzzer in everything the fuzz targets link; the targets add -fsanitize=fuzzer.
  target_compile_options(cardbridge_strict INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                     -fno-omit-frame-pointer)
  target_link_options(cardbridge_strict INTERFACE -fsanitize=address,undefined)
endif()
