// QEMU process handling for the IDE.
#include "emulator_session.h"

#include <sys/prctl.h>

#include <csignal>

#include "console_demux.h"
#include "emulator.h"
#include "process.h"

namespace marmot::device {

EmulatorSession::EmulatorSession(QObject *parent) : QObject(parent) {
  m_pinTimer.setInterval(20);
  connect(&m_pinTimer, &QTimer::timeout, this, &EmulatorSession::readPinReports);
}

EmulatorSession::~EmulatorSession() { stop(); }

bool EmulatorSession::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

bool EmulatorSession::start(const toolchain::Target &target, const QString &elfPath, const QStringList &extraArguments) {
  stop();
  m_error.clear();
  m_workDir = std::make_unique<QTemporaryDir>();
  if (!m_workDir->isValid()) {
    m_error = tr("Cannot create a temporary folder for the emulator: %1").arg(m_workDir->errorString());
    return false;
  }
  QStringList pinArguments;
  if (!m_pins.prepare(target, m_workDir->path(), &pinArguments, &m_error)) return false;
  std::vector<std::string> extra;
  for (const auto &arg : pinArguments + extraArguments) extra.push_back(arg.toStdString());
  auto argv = toolchain::emulatorCommand(target, elfPath.toStdString(), extra);
  if (!argv.ok()) {
    m_error = QString::fromStdString(argv.error());
    return false;
  }
  const std::string program = argv.value().front();
  if (toolchain::findProgram(program).empty()) {
    m_error = tr("%1 is not installed; it runs the emulated %2 board (install it with: sudo apt-get install %3)")
                  .arg(QString::fromStdString(program), QString::fromStdString(target.name),
                       program == "qemu-system-arm" ? "qemu-system-arm" : "qemu-system-misc");
    return false;
  }
  m_commandLine.clear();
  for (const auto &a : argv.value()) m_commandLine << QString::fromStdString(a);

  m_demux = std::make_unique<toolchain::ConsoleDemux>([this](toolchain::ConsoleDemux::Stream s, const std::string &text) {
    QByteArray bytes(text.data(), static_cast<qsizetype>(text.size()));
    if (s == toolchain::ConsoleDemux::Stderr) emit consoleError(bytes);
    else emit consoleOutput(bytes);
  });
  m_pinParser = PinReportParser();
  m_stopping = false;
  m_process = new QProcess(this);
  m_process->setWorkingDirectory(m_workDir->path());  // semihosting pin reports land here
  // QEMU ends with the IDE, even when the IDE is killed or crashes: it would otherwise run
  // the firmware on forever, orphaned (it does not stop when its console pipe closes).
  m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
  connect(m_process, &QProcess::readyReadStandardOutput, this, &EmulatorSession::readConsole);
  m_noise = toolchain::EmulatorNoiseFilter();
  connect(m_process, &QProcess::readyReadStandardError, this, [this] {
    QByteArray raw = m_process->readAllStandardError();
    std::string kept = m_noise.feed(raw.constData(), static_cast<size_t>(raw.size()));
    if (!kept.empty()) emit emulatorMessage(QString::fromLocal8Bit(kept.data(), static_cast<qsizetype>(kept.size())));
  });
  connect(m_process, &QProcess::finished, this, &EmulatorSession::onFinished);
  m_process->start(m_commandLine.first(), m_commandLine.mid(1));
  if (!m_process->waitForStarted(5000)) {
    m_error = tr("Cannot start %1: %2").arg(m_commandLine.first(), m_process->errorString());
    m_process->deleteLater();
    m_process = nullptr;
    return false;
  }
  m_pinTimer.start();
  return true;
}

void EmulatorSession::readConsole() {
  QByteArray bytes = m_process->readAllStandardOutput();
  m_demux->feed(bytes.constData(), static_cast<size_t>(bytes.size()));
}

void EmulatorSession::readPinReports() {
  QByteArray bytes = m_pins.readReports();
  if (bytes.isEmpty()) return;
  for (const PinEvent &e : m_pinParser.feed(bytes.constData(), static_cast<size_t>(bytes.size())))
    emit pinChanged(static_cast<int>(e.pin), e.high);
}

bool EmulatorSession::setInputPin(int pin, bool high) {
  return isRunning() && m_pins.sendLine(QByteArray("PIN ") + QByteArray::number(pin) + (high ? " 1\n" : " 0\n"));
}

void EmulatorSession::writeInput(const QByteArray &bytes) {
  if (isRunning()) m_process->write(bytes);
}

void EmulatorSession::onFinished(int exitCode, QProcess::ExitStatus status) {
  readConsole();
  readPinReports();
  m_pinTimer.stop();
  bool stopped = m_stopping || status == QProcess::CrashExit;
  emit finished(stopped ? -1 : exitCode, stopped);
}

void EmulatorSession::stop() {
  if (!m_process) return;
  if (m_process->state() != QProcess::NotRunning) {
    m_stopping = true;
    m_process->kill();
    m_process->waitForFinished(3000);
  }
  m_pinTimer.stop();
  m_pins.close();
  m_process->deleteLater();
  m_process = nullptr;
}

}  // namespace marmot::device
