# dyad's own dictionaries (data/dict, docs/dictionaries.md) are read at run time from
# <data dir>/dict. The build's data folder links to the source tree's data/dict, so an edited
# dictionary takes effect without rebuilding (a copy is made where links are not possible).
set(DYAD_DICT_SOURCE_DIR ${CMAKE_SOURCE_DIR}/data/dict)
set(DYAD_DICT_BUILD_DIR ${DYAD_DATA_BUILD_DIR}/dict)
file(MAKE_DIRECTORY ${DYAD_DICT_SOURCE_DIR})
if(NOT IS_SYMLINK ${DYAD_DICT_BUILD_DIR} AND NOT EXISTS ${DYAD_DICT_BUILD_DIR})
  file(CREATE_LINK ${DYAD_DICT_SOURCE_DIR} ${DYAD_DICT_BUILD_DIR} SYMBOLIC COPY_ON_ERROR RESULT dyad_dict_link)
  if(NOT dyad_dict_link EQUAL 0)
    message(WARNING "could not link ${DYAD_DICT_BUILD_DIR} to ${DYAD_DICT_SOURCE_DIR}: ${dyad_dict_link}")
  endif()
endif()
