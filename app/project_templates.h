// Creating projects: a new Go module with a main.go that runs, or a copy of a bundled
// example (never the installed original).
#pragma once
#include <QString>
#include <QStringList>

namespace marmot::app {

struct ExampleInfo {
  QString name;         // folder name, e.g. "blinky"
  QString title;        // first line of the package comment
  QString path;         // the original, read-only
};

class ProjectTemplates {
 public:
  // Creates <parentDir>/<name> with go.mod and main.go; false with *error when the name is
  // not a valid folder/module name or the folder exists already.
  static bool createProject(const QString &parentDir, const QString &name, QString *projectDir, QString *error);
  static bool isValidProjectName(const QString &name);

  static QList<ExampleInfo> examples(const QString &examplesDir);
  // Copies an example to <parentDir>/<name>[-N] (a fresh folder each time); returns it.
  static bool copyExample(const ExampleInfo &example, const QString &parentDir, QString *projectDir, QString *error);
  // The default folder for new projects and example copies: ~/Marmot.
  static QString defaultProjectsDir();
};

}  // namespace marmot::app
