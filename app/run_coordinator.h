// Build and Run for the IDE: a build (off the UI thread) followed, for Run, by the
// firmware on the selected emulated board. Stop ends either.
#pragma once
#include <QObject>
#include <QString>

#include "build_controller.h"
#include "emulator_session.h"
#include "target.h"

namespace marmot::app {

class RunCoordinator : public QObject {
  Q_OBJECT
 public:
  explicit RunCoordinator(toolchain::InstallLayout layout, QObject *parent = nullptr);

  // False (with message()) when busy. run=true starts the firmware after a good build.
  // runsOn: the emulator (the virtual board sees the pins) or a connected board (the
  // firmware it would be flashed with; running it needs Flash).
  bool build(const QString &projectDir, const toolchain::Target &board, bool run,
             toolchain::RunsOn runsOn = toolchain::RunsOn::Emulator);
  void stop();
  bool isBuilding() const { return m_builds.isBuilding(); }
  bool isRunning() const { return m_emulator.isRunning(); }
  const toolchain::BuildResult &lastBuild() const { return m_builds.lastResult(); }
  qint64 lastBuildMs() const { return m_builds.lastDurationMs(); }
  void sendInput(const QByteArray &bytes) { m_emulator.writeInput(bytes); }
  device::EmulatorSession &emulator() { return m_emulator; }

 signals:
  void buildStarted(const QString &board);
  void buildFinished(bool ok);
  void runStarted(const QString &commandLine);
  void runFinished(int exitCode, bool stopped);
  void message(const QString &text);  // one line for the build log and status bar
  void busyChanged(bool busy);

 private:
  void onBuildFinished(bool ok);

  BuildController m_builds;
  device::EmulatorSession m_emulator;
  toolchain::Target m_board;
  bool m_runAfterBuild = false;
};

}  // namespace marmot::app
