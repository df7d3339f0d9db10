// marmot-ide: the Marmot IDE.
// usage: marmot-ide [--board BOARD] [--example NAME | PROJECT_DIR]
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

#include "main_window.h"
#include "session_store.h"
#include "toolchain_context.h"

int main(int argc, char **argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Marmot");
  QApplication::setApplicationName("Marmot IDE");
  QApplication::setApplicationVersion("0.1.0");
  QApplication::setDesktopFileName("marmot-ide");

  QCommandLineParser parser;
  parser.setApplicationDescription("Marmot: write, build and run Go on microcontrollers.");
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption board("board", "Select BOARD (see `marmot targets`).", "BOARD");
  QCommandLineOption example("example", "Open a copy of the bundled example NAME.", "NAME");
  QCommandLineOption ready("print-ready-and-quit",
                           "For benchmarks: once the window is up with the project open, print 'ready' and the resident memory, then quit.");
  ready.setFlags(QCommandLineOption::HiddenFromHelp);
  parser.addOption(board);
  parser.addOption(example);
  parser.addOption(ready);
  parser.addPositionalArgument("project", "The project folder to open.", "[PROJECT_DIR]");
  parser.process(app);

  marmot::app::MainWindow window(marmot::app::ToolchainContext::fromApplication());
  window.show();
  bool opened = false;
  if (parser.isSet(example)) opened = window.openExample(parser.value(example));
  else if (!parser.positionalArguments().isEmpty()) opened = window.openProject(parser.positionalArguments().first());
  else if (QString last = marmot::app::SessionStore().lastProject(); QFileInfo(last).isDir()) opened = window.openProject(last);
  if (opened && parser.isSet(board) && !window.selectBoard(parser.value(board)))
    qWarning("marmot-ide: unknown board %s", qPrintable(parser.value(board)));
  if (parser.isSet(ready)) {
    // Runs after the first paint and the queued work of opening the project.
    QTimer::singleShot(0, &app, [&] {
      QFile status("/proc/self/status");
      QByteArray rss = "?";
      if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
          if (line.startsWith("VmRSS:")) rss = line.mid(6).trimmed();
      std::printf("ready opened=%d rss=%s\n", opened ? 1 : 0, rss.constData());
      std::fflush(stdout);
      app.quit();
    });
  }
  return app.exec();
}
