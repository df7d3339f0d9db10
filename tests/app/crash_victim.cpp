// Helper for crash_recovery_test: opens a project in the real main window, types into
// main.go without saving, waits for the recovery copy, says READY and waits to be killed.
// usage: crash_victim PROJECT_DIR MARKER
#include <QApplication>
#include <QTimer>
#include <cstdio>

#include "code_editor.h"
#include "editor_area.h"
#include "main_window.h"

int main(int argc, char **argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Marmot");
  QApplication::setApplicationName("Marmot IDE");
  if (argc != 3) return 2;
  marmot::app::MainWindow window(marmot::app::ToolchainContext::fromApplication());
  window.show();
  if (!window.openProject(QString::fromLocal8Bit(argv[1]))) return 1;
  auto *editor = window.editorArea()->currentEditor();
  if (!editor) return 1;
  editor->setCursorPosition(0, 0);
  editor->insert(QString("// %1\n").arg(QString::fromLocal8Bit(argv[2])));
  // The periodic recovery write (every few seconds) is what a real crash relies on.
  QTimer poll;
  QObject::connect(&poll, &QTimer::timeout, [&] {
    if (!window.editorArea()->recoverableFiles().isEmpty()) {
      std::printf("READY\n");
      std::fflush(stdout);
      poll.stop();
    }
  });
  poll.start(100);
  return app.exec();
}
