// The host end of an emulated board's GPIO channel (docs/emulated-gpio.md): reads the
// runtime's "PIN n v" reports and sends input levels back, over FIFOs of a QEMU pipe
// chardev (UART1 boards) or over files the runtime opens through semihosting.
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "target.h"

namespace marmot::device {

class PinChannel {
 public:
  PinChannel() = default;
  PinChannel(const PinChannel &) = delete;
  PinChannel &operator=(const PinChannel &) = delete;
  ~PinChannel();

  // Creates what the channel needs in dir (FIFOs for "pipe") and returns the emulator
  // arguments to add. False with *error on failure.
  bool prepare(const toolchain::Target &target, const QString &dir, QStringList *arguments, QString *error);
  QByteArray readReports();           // new bytes from the board, non-blocking
  bool sendLine(const QByteArray &line);  // e.g. "PIN 41 0\n"
  void close();

 private:
  enum class Kind { None, Pipe, Files };
  Kind m_kind = Kind::None;
  QString m_dir;
  int m_fromBoard = -1;   // pipe: <dir>/pins.out
  int m_toBoard = -1;     // pipe: <dir>/pins.in
  qint64 m_fileOffset = 0;
};

}  // namespace marmot::device
