// One run of firmware on an emulated board, for the IDE: QEMU as a QProcess with an
// argument vector, its console split into stdout and stderr (runtime framing), and the
// runtime's pin reports turned into pinChanged signals for the virtual board.
#pragma once
#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

#include "emulator_noise.h"
#include "pin_channel.h"
#include "pin_report_parser.h"
#include "target.h"

namespace marmot::toolchain {
class ConsoleDemux;
}

namespace marmot::device {

class EmulatorSession : public QObject {
  Q_OBJECT
 public:
  explicit EmulatorSession(QObject *parent = nullptr);
  ~EmulatorSession() override;

  // Starts the board's emulator on elfPath. False (see errorString) when it cannot start.
  bool start(const toolchain::Target &target, const QString &elfPath, const QStringList &extraArguments = {});
  void stop();
  bool isRunning() const;
  void writeInput(const QByteArray &bytes);
  // Drives an input pin of the emulated board (a virtual button); false when the board
  // has no pin channel.
  bool setInputPin(int pin, bool high);
  QString errorString() const { return m_error; }
  QStringList commandLine() const { return m_commandLine; }
  qint64 emulatorProcessId() const { return m_process ? m_process->processId() : 0; }

 signals:
  void consoleOutput(const QByteArray &bytes);  // the program's stdout
  void consoleError(const QByteArray &bytes);   // the program's stderr (panics, fatal errors)
  void emulatorMessage(const QString &text);    // QEMU's own diagnostics
  void pinChanged(int pin, bool high);
  // exitCode is the program's exit status; stopped is true when stop() ended it.
  void finished(int exitCode, bool stopped);

 private:
  void readConsole();
  void readPinReports();
  void onFinished(int exitCode, QProcess::ExitStatus status);

  QProcess *m_process = nullptr;
  std::unique_ptr<QTemporaryDir> m_workDir;
  std::unique_ptr<toolchain::ConsoleDemux> m_demux;
  PinChannel m_pins;
  PinReportParser m_pinParser;
  toolchain::EmulatorNoiseFilter m_noise;
  QTimer m_pinTimer;
  bool m_stopping = false;
  QString m_error;
  QStringList m_commandLine;
};

}  // namespace marmot::device
