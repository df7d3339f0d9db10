// marmot-ide-bench: the IDE's responsiveness beside its bars, measured in one run:
// launch to a usable window with the blinky project open, resident memory then, and
// keystroke-to-repaint latency in a 10,000-line Go file.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "code_editor.h"
#include "go_lexer.h"

namespace {

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, size_t(p * (v.size() - 1) + 0.5))];
}

void row(const char *what, const QString &figure, const char *bar, bool ok) {
  std::printf("%-52s %-34s %-10s %s\n", what, qPrintable(figure), bar, ok ? "meets" : "MISSES");
}

// Launches marmot-ide on a copy of examples/blinky; returns ms to "ready" and the RSS text.
bool launchOnce(const QString &ide, const QString &project, double *ms, QString *rss) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  if (!env.contains("QT_QPA_PLATFORM") && !env.contains("DISPLAY")) env.insert("QT_QPA_PLATFORM", "offscreen");
  p.setProcessEnvironment(env);
  QElapsedTimer t;
  t.start();
  p.start(ide, {"--print-ready-and-quit", project});
  if (!p.waitForFinished(30000)) return false;
  QString out = QString::fromUtf8(p.readAllStandardOutput());
  *ms = t.nsecsElapsed() / 1e6;
  int at = out.indexOf("rss=");
  *rss = at >= 0 ? out.mid(at + 4).trimmed() : "?";
  return out.contains("ready opened=1");
}

}  // namespace

int main(int argc, char **argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const QString binDir = QCoreApplication::applicationDirPath();
  std::printf("marmot-ide-bench: figures measured in one run on this machine (%s platform)\n\n", qPrintable(QApplication::platformName()));
  std::printf("%-52s %-34s %-10s\n", "measure", "figure", "bar");

  // 1. Launch and memory (a fresh copy of blinky; settings in a scratch HOME).
  QTemporaryDir home;
  qputenv("HOME", home.path().toUtf8());
  qputenv("XDG_CONFIG_HOME", (home.path() + "/.config").toUtf8());
  qputenv("XDG_DATA_HOME", (home.path() + "/.local/share").toUtf8());
  QString project = home.path() + "/blinky";
  QDir().mkpath(project);
  for (const char *f : {"main.go", "go.mod"}) QFile::copy(QString(MARMOT_SOURCE_DIR "/examples/blinky/") + f, project + "/" + f);
  std::vector<double> launches;
  QString rss;
  for (int i = 0; i < 7; ++i) {
    double ms = 0;
    if (launchOnce(binDir + "/marmot-ide", project, &ms, &rss)) launches.push_back(ms);
  }
  if (launches.empty()) {
    row("launch to usable window with blinky open", "failed to launch", "< 1 s", false);
  } else {
    double median = percentile(launches, 0.5);
    row("launch to usable window with blinky open, 7 runs",
        QString("median %1 ms (min %2, max %3)").arg(median, 0, 'f', 0).arg(*std::min_element(launches.begin(), launches.end()), 0, 'f', 0)
            .arg(*std::max_element(launches.begin(), launches.end()), 0, 'f', 0), "< 1 s", median < 1000);
    double mb = rss.split(' ').first().toDouble() / 1024.0;
    row("resident memory after opening blinky", QString("%1 MB").arg(mb, 0, 'f', 1), "< 200 MB", mb > 0 && mb < 200);
  }

  // 2. Keystroke to repaint in a 10,000-line file.
  QString text;
  for (int i = 0; i < 10000 / 5; ++i)
    text += QString("func f%1(x int) int {\n\ts := \"line %1\" // a comment\n\treturn x + len(s) * %1\n}\n\n").arg(i);
  marmot::editor::CodeEditor editor;
  editor.setLexer(new marmot::editor::GoLexer(&editor));
  editor.setText(text);
  editor.resize(1000, 700);
  editor.show();
  editor.setCursorPosition(5000, 1);
  editor.setFocus();
  QCoreApplication::processEvents();
  std::vector<double> keys;
  for (int i = 0; i < 200; ++i) {
    QElapsedTimer t;
    t.start();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, "a");
    QApplication::sendEvent(editor.viewport(), &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier, "a");
    QApplication::sendEvent(editor.viewport(), &release);
    editor.viewport()->repaint();  // synchronous paint of what the key changed
    keys.push_back(t.nsecsElapsed() / 1e6);
  }
  int lines = editor.lines();
  double median = percentile(keys, 0.5), p95 = percentile(keys, 0.95);
  row(qPrintable(QString("keystroke to repaint, %1-line file, 200 keys").arg(lines)),
      QString("median %1 ms, p95 %2 ms").arg(median, 0, 'f', 2).arg(p95, 0, 'f', 2), "< 16 ms", p95 < 16);
  return 0;
}
