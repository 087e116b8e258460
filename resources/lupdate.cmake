# SPDX-License-Identifier: GPL-3.0-or-later
# lupdate as the project runs it, in one place (cmake -P):
#
#   MODE=update  rescans core/, ui/ and app/ into resources/translations/*.ts (the
#                parcours_lupdate target; translators then fill in what came in unfinished).
#   MODE=check   does the same on copies in WORK_DIR, then runs CORE_TESTS' "[ts]" test on the
#                copies: it fails naming every Dutch or French entry that is missing, unfinished
#                or lost a placeholder after lupdate — i.e. a tr() string added in the code
#                and not translated (the ctest `translations-lupdate`).
#
# Variables: LUPDATE, SOURCE_DIR, MODE; for check also WORK_DIR and CORE_TESTS.
cmake_minimum_required(VERSION 3.25)
foreach(var LUPDATE SOURCE_DIR MODE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "lupdate.cmake: ${var} is not set")
  endif()
endforeach()

set(ts_dir ${SOURCE_DIR}/resources/translations)
if(MODE STREQUAL "check")
  file(REMOVE_RECURSE ${WORK_DIR})
  file(MAKE_DIRECTORY ${WORK_DIR})
  file(COPY ${ts_dir}/parcours_nl.ts ${ts_dir}/parcours_fr.ts DESTINATION ${WORK_DIR})
  set(ts_dir ${WORK_DIR})
elseif(NOT MODE STREQUAL "update")
  message(FATAL_ERROR "lupdate.cmake: MODE is update or check")
endif()

execute_process(
  COMMAND ${LUPDATE} ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
          -extensions cpp,h -no-obsolete -locations none -source-language en -silent
          -ts ${ts_dir}/parcours_nl.ts ${ts_dir}/parcours_fr.ts
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status})")
endif()

if(MODE STREQUAL "check")
  # test_translations.cpp reads the .ts files from PARCOURS_TS_DIR when it is set.
  set(ENV{PARCOURS_TS_DIR} ${WORK_DIR})
  execute_process(COMMAND ${CORE_TESTS} "[ts]" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "Dutch or French translations are missing or unfinished after lupdate (see above). "
                        "Run `cmake --build <dir> --target parcours_lupdate` and translate the entries marked "
                        "unfinished in resources/translations/*.ts (Qt Linguist).")
  endif()
  file(REMOVE_RECURSE ${WORK_DIR})
endif()
