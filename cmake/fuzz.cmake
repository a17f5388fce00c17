# Fuzz targets (fuzz/*_fuzz.cc; see fuzz/fuzz_targets.h and docs/robustness.md).
#
# Always: the targets are linked into the fuzz_smoke_test GoogleTest (any compiler), which runs
# the regression corpus fuzz/corpus/ plus deterministic mutations as part of `make test`.
# With -DDYAD_FUZZ=ON (clang only): every target also becomes a libFuzzer executable
# <name>_fuzz, and the whole build is instrumented with AddressSanitizer and
# UndefinedBehaviorSanitizer. `make fuzz` configures build-fuzzclang this way.
option(DYAD_FUZZ "Build libFuzzer targets with ASan and UBSan (needs clang)" OFF)

file(GLOB DYAD_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fuzz/*_fuzz.cc)

if(TARGET fuzz_smoke_test)
  target_sources(fuzz_smoke_test PRIVATE ${DYAD_FUZZ_SOURCES})
  target_include_directories(fuzz_smoke_test PRIVATE ${CMAKE_SOURCE_DIR})
  target_compile_definitions(fuzz_smoke_test PRIVATE DYAD_FUZZ_SMOKE
    DYAD_FUZZ_CORPUS="${CMAKE_SOURCE_DIR}/fuzz/corpus")
endif()

if(DYAD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DYAD_FUZZ=ON needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # The library and everything linking it carry the sanitizers and libFuzzer's coverage
  # instrumentation; only the fuzz executables link libFuzzer's main.
  set(DYAD_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer -g)
  target_compile_options(dyad_core PUBLIC ${DYAD_FUZZ_SANITIZERS} -fsanitize=fuzzer-no-link)
  target_link_options(dyad_core PUBLIC -fsanitize=address,undefined)
  foreach(src ${DYAD_FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR})
    target_link_libraries(${name} PRIVATE dyad_core)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
endif()
