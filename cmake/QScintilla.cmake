# QScintilla for Qt 6 ships neither a CMake package nor a pkg-config file on Debian:
# library qscintilla2_qt6, headers in Qsci/ under the Qt 6 include folder.
find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6 REQUIRED)
get_target_property(_qt_core_includes Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h HINTS ${_qt_core_includes} /usr/include/x86_64-linux-gnu/qt6
          PATH_SUFFIXES .. REQUIRED)
add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
set_target_properties(QScintilla::QScintilla PROPERTIES
  IMPORTED_LOCATION ${QSCINTILLA_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${QSCINTILLA_INCLUDE_DIR}
  INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
