// The Problems panel: compiler diagnostics of the last build; activating one jumps to it.
#pragma once
#include <QTreeWidget>
#include <vector>

#include "diagnostic.h"

namespace marmot::app {

class ProblemsPanel : public QTreeWidget {
  Q_OBJECT
 public:
  explicit ProblemsPanel(QWidget *parent = nullptr);
  // Relative file names are resolved against projectDir.
  void setDiagnostics(const std::vector<toolchain::Diagnostic> &diagnostics, const QString &projectDir);
  void clearProblems();

 signals:
  void problemActivated(const QString &file, int line, int column);
  void countChanged(int count);
};

}  // namespace marmot::app
