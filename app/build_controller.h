// Runs toolchain builds off the UI thread, one at a time, and reports back on the UI thread.
#pragma once
#include <QObject>
#include <QString>
#include <QThread>

#include "build_request.h"
#include "install_layout.h"

namespace marmot::app {

class BuildController : public QObject {
  Q_OBJECT
 public:
  explicit BuildController(toolchain::InstallLayout layout, QObject *parent = nullptr);
  ~BuildController() override;

  // False when a build is already running.
  bool start(const toolchain::BuildRequest &request);
  bool isBuilding() const { return m_thread != nullptr; }
  const toolchain::BuildResult &lastResult() const { return m_result; }
  qint64 lastDurationMs() const { return m_durationMs; }

 signals:
  void started(const QString &board, const QString &package);
  void finished(bool ok);  // lastResult() holds diagnostics, ELF path and sizes

 private:
  toolchain::InstallLayout m_layout;
  toolchain::BuildResult m_result;
  QThread *m_thread = nullptr;
  qint64 m_durationMs = 0;
};

}  // namespace marmot::app
