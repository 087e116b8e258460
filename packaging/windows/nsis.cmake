# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (CPack NSIS), included by packaging/CMakeLists.txt when WIN32.
# NOT BUILT OR TESTED HERE (the project is developed and checked on Debian 12): see README.md
# in this folder for the steps and what is known to be missing.
#
# The install step gathers what the programs need beside them in bin/:
# - the Qt DLLs and plugins (platforms/qwindows.dll, sqldrivers/qsqlite.dll, styles, imageformats,
#   iconengines), copied by windeployqt at install time;
# - libsodium.dll (from libsodium's release zip, found as PARCOURS_SODIUM_DLL);
# - the MSVC or MinGW runtime (InstallRequiredSystemLibraries / the MinGW DLLs).
# The Dutch and French translations are embedded in the programs: there is nothing to copy.

set(PARCOURS_SODIUM_DLL "" CACHE FILEPATH "libsodium.dll to ship beside the programs (from libsodium's release zip)")
if(PARCOURS_SODIUM_DLL)
  install(FILES "${PARCOURS_SODIUM_DLL}" DESTINATION bin)
else()
  message(WARNING "PARCOURS_SODIUM_DLL is not set: the installer will lack libsodium.dll")
endif()

# The compiler's runtime DLLs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and plugins the two programs use into the install tree.
# --no-translations: Qt's own .qm would be copied beside them; the programs load Qt's strings
# from QLibraryInfo's path, which windeployqt's qt.conf points at bin/translations when they
# are wanted (drop the flag to ship them).
find_program(PARCOURS_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(NOT PARCOURS_WINDEPLOYQT)
  message(FATAL_ERROR "windeployqt was not found: add Qt's bin folder to PATH")
endif()
install(CODE "
  execute_process(COMMAND \"${PARCOURS_WINDEPLOYQT}\" --release --no-translations --no-compiler-runtime
                          --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                          \"\${CMAKE_INSTALL_PREFIX}/bin/parcours.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/parcours-cli.exe\"
                  RESULT_VARIABLE parcours_windeployqt_result)
  if(NOT parcours_windeployqt_result EQUAL 0)
    message(FATAL_ERROR \"windeployqt failed: \${parcours_windeployqt_result}\")
  endif()")

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "Parcours-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "Parcours ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Parcours")
set(CPACK_NSIS_PACKAGE_INSTALL_DIRECTORY "Parcours")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\parcours.exe")
# Written by parcours_rendericon (packaging/tools) beside the PNG sizes.
set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/packaging/icons/parcours.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/packaging/icons/parcours.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Office PCs: one installation for every user of the machine, under Program Files.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MENU_LINKS "bin/parcours.exe" "Parcours")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
  "CreateShortCut '$DESKTOP\\\\Parcours.lnk' '$INSTDIR\\\\bin\\\\parcours.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Parcours.lnk'")
