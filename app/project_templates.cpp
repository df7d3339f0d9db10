// New projects and example copies.
#include "project_templates.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

namespace marmot::app {

namespace {

const char *kMainGo = R"(// %1: blinks the board's LED and says hello on the serial console.
package main

import (
	"machine"
	"time"
)

func main() {
	led := machine.LED
	led.Configure(machine.PinConfig{Mode: machine.PinOutput})
	println("Hello from %1!")
	for {
		led.High()
		time.Sleep(250 * time.Millisecond)
		led.Low()
		time.Sleep(750 * time.Millisecond)
	}
}
)";

bool writeFile(const QString &path, const QString &text, QString *error) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
    *error = QObject::tr("Cannot create %1: %2").arg(path, f.errorString());
    return false;
  }
  f.write(text.toUtf8());
  return true;
}

bool copyTree(const QString &from, const QString &to, QString *error) {
  if (!QDir().mkpath(to)) {
    *error = QObject::tr("Cannot create the folder %1").arg(to);
    return false;
  }
  QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QString src = it.next();
    QString dst = to + "/" + QDir(from).relativeFilePath(src);
    if (it.fileInfo().isDir()) {
      QDir().mkpath(dst);
    } else if (!QFile::copy(src, dst)) {
      *error = QObject::tr("Cannot copy %1 to %2").arg(src, dst);
      return false;
    } else {
      // Installed originals are read-only; the copy belongs to the user.
      QFile(dst).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
  }
  return true;
}

}  // namespace

bool ProjectTemplates::isValidProjectName(const QString &name) {
  static const QRegularExpression valid("^[A-Za-z][A-Za-z0-9_-]{0,63}$");
  return valid.match(name).hasMatch();
}

bool ProjectTemplates::createProject(const QString &parentDir, const QString &name, QString *projectDir, QString *error) {
  if (!isValidProjectName(name)) {
    *error = QObject::tr("Use a name that starts with a letter and has only letters, digits, - and _ (like blink-fast).");
    return false;
  }
  QString dir = QDir(parentDir).filePath(name);
  if (QFileInfo::exists(dir)) {
    *error = QObject::tr("%1 exists already: pick another name or folder.").arg(dir);
    return false;
  }
  if (!QDir().mkpath(dir)) {
    *error = QObject::tr("Cannot create the folder %1").arg(dir);
    return false;
  }
  QString module = name.toLower();
  if (!writeFile(dir + "/go.mod", QString("module %1\n\ngo 1.19\n").arg(module), error)) return false;
  if (!writeFile(dir + "/main.go", QString(kMainGo).arg(name), error)) return false;
  *projectDir = dir;
  return true;
}

QList<ExampleInfo> ProjectTemplates::examples(const QString &examplesDir) {
  QList<ExampleInfo> out;
  for (const QFileInfo &info : QDir(examplesDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
    ExampleInfo e;
    e.name = info.fileName();
    e.path = info.absoluteFilePath();
    e.title = e.name;
    QFile main(e.path + "/main.go");
    if (main.open(QIODevice::ReadOnly)) {
      QString first = QString::fromUtf8(main.readLine()).trimmed();
      if (first.startsWith("//")) e.title = first.mid(2).trimmed();
    }
    out << e;
  }
  return out;
}

bool ProjectTemplates::copyExample(const ExampleInfo &example, const QString &parentDir, QString *projectDir, QString *error) {
  QString dir = QDir(parentDir).filePath(example.name);
  for (int n = 2; QFileInfo::exists(dir); ++n) dir = QDir(parentDir).filePath(QString("%1-%2").arg(example.name).arg(n));
  if (!copyTree(example.path, dir, error)) return false;
  *projectDir = dir;
  return true;
}

QString ProjectTemplates::defaultProjectsDir() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::HomeLocation)).filePath("Marmot");
}

}  // namespace marmot::app
