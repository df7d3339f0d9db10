// Gives a GUI test process its own HOME and XDG folders (settings, recovery files,
// ~/Marmot), so tests never touch the user's and can run side by side.
#pragma once
#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QString>
#include <QtTest>
#include <unistd.h>

namespace marmot::testing {

// Call first in main(), before QApplication exists. Returns the new HOME.
inline QString isolateHome(const char *testName) {
  QString home = QDir::tempPath() + "/marmot-gui-" + testName + "-" + QString::number(qApp ? 0 : ::getpid());
  QDir(home).removeRecursively();
  QDir().mkpath(home);
  qputenv("HOME", home.toUtf8());
  qputenv("XDG_CONFIG_HOME", (home + "/.config").toUtf8());
  qputenv("XDG_DATA_HOME", (home + "/.local/share").toUtf8());
  qputenv("XDG_CACHE_HOME", (home + "/.cache").toUtf8());
  qputenv("XDG_RUNTIME_DIR", (home + "/.run").toUtf8());
  QDir().mkpath(home + "/.run");
  QFile::setPermissions(home + "/.run", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  return home;
}

// main() of a GUI test: its own HOME, a QApplication named like the IDE, then the test.
template <typename Test>
int runGuiTest(const char *name, int argc, char **argv) {
  isolateHome(name);
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Marmot");
  QApplication::setApplicationName("Marmot IDE");
  Test test;
  return QTest::qExec(&test, argc, argv);
}

}  // namespace marmot::testing
