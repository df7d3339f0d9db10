// Test helpers shared by the Git tests.
#include "repo_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace marmot::vcs::test {

void isolateGitConfig() {
  static QTemporaryDir home;
  qputenv("HOME", QFile::encodeName(home.path()));
  qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/.config")));
  qunsetenv("GIT_DIR");
  qunsetenv("GIT_WORK_TREE");
}

void writeFile(const QString &path, const QByteArray &content) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    qFatal("cannot write %s", qPrintable(path));
  f.write(content);
}

QByteArray readFile(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return QByteArray("<missing>");
  return f.readAll();
}

}  // namespace marmot::vcs::test
