// Sequencing of build -> run -> finished.
#include "run_coordinator.h"

namespace marmot::app {

RunCoordinator::RunCoordinator(toolchain::InstallLayout layout, QObject *parent)
    : QObject(parent), m_builds(std::move(layout)) {
  connect(&m_builds, &BuildController::finished, this, &RunCoordinator::onBuildFinished);
  connect(&m_emulator, &device::EmulatorSession::finished, this, [this](int exitCode, bool stopped) {
    if (stopped) emit message(tr("Stopped."));
    else emit message(tr("The program ended with exit status %1.").arg(exitCode));
    emit runFinished(exitCode, stopped);
    emit busyChanged(false);
  });
  connect(&m_emulator, &device::EmulatorSession::emulatorMessage, this, [this](const QString &text) {
    for (const QString &line : text.split('\n', Qt::SkipEmptyParts)) emit message(tr("emulator: %1").arg(line));
  });
}

bool RunCoordinator::build(const QString &projectDir, const toolchain::Target &board, bool run, toolchain::RunsOn runsOn) {
  if (m_builds.isBuilding()) {
    emit message(tr("A build is running already."));
    return false;
  }
  if (run && !board.emulated) {
    emit message(tr("%1 is a real board: running on it needs Flash, which is not available yet.").arg(QString::fromStdString(board.name)));
    return false;
  }
  if (m_emulator.isRunning()) m_emulator.stop();
  m_board = board;
  m_runAfterBuild = run;
  toolchain::BuildRequest request;
  request.target = board.name;
  request.package = projectDir.toStdString();
  request.workDir = projectDir.toStdString();
  request.optLevel = "z";
  request.runsOn = runsOn;
  emit busyChanged(true);
  emit buildStarted(QString::fromStdString(board.name));
  emit message(tr("Building %1 for %2…").arg(projectDir, QString::fromStdString(board.name)));
  m_builds.start(request);
  return true;
}

void RunCoordinator::onBuildFinished(bool ok) {
  const auto &result = m_builds.lastResult();
  if (!ok) {
    emit message(tr("Build failed: %n problem(s).", nullptr, int(result.diagnostics.size())));
    emit buildFinished(false);
    emit busyChanged(false);
    return;
  }
  emit message(tr("Built in %1 s: flash %2 bytes, RAM %3 bytes.")
                   .arg(m_builds.lastDurationMs() / 1000.0, 0, 'f', 2)
                   .arg(result.size.flash())
                   .arg(result.size.ram()));
  emit buildFinished(true);
  if (!m_runAfterBuild) {
    emit busyChanged(false);
    return;
  }
  if (!m_emulator.start(m_board, QString::fromStdString(result.elfPath))) {
    emit message(m_emulator.errorString());
    emit runFinished(-1, true);
    emit busyChanged(false);
    return;
  }
  emit runStarted(m_emulator.commandLine().join(' '));
  emit message(tr("Running on the emulated %1 board.").arg(QString::fromStdString(m_board.name)));
}

void RunCoordinator::stop() {
  m_runAfterBuild = false;
  if (m_emulator.isRunning()) m_emulator.stop();
}

}  // namespace marmot::app
