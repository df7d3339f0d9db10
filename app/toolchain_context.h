// The toolchain as the IDE sees it: where it is installed, its boards, and the Go
// environment gopls needs for a board (what `marmot info` prints).
#pragma once
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <vector>

#include "install_layout.h"
#include "target.h"

namespace marmot::app {

class ToolchainContext {
 public:
  // From the running executable (build/bin or /usr/bin), like the marmot command.
  static ToolchainContext fromApplication();

  const toolchain::InstallLayout &layout() const { return m_layout; }
  std::vector<toolchain::Target> boards(QStringList *errors = nullptr) const;
  bool board(const QString &name, toolchain::Target *out, QString *error = nullptr) const;
  // GOROOT (merged with Marmot's packages), GOOS, GOARCH, GOFLAGS=-tags=..., GO111MODULE,
  // GOFLAGS and GOPROXY=off on top of the system environment. Empty on failure (*error).
  QProcessEnvironment goEnvironment(const QString &board, QString *error = nullptr) const;
  // The folder holding the bundled examples (read-only originals).
  QString examplesDir() const;

 private:
  toolchain::InstallLayout m_layout;
};

}  // namespace marmot::app
