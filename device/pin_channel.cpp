// FIFO and file plumbing for the GPIO channel.
#include "pin_channel.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <cerrno>
#include <cstring>

namespace marmot::device {

PinChannel::~PinChannel() { close(); }

bool PinChannel::prepare(const toolchain::Target &target, const QString &dir, QStringList *arguments, QString *error) {
  close();
  m_dir = dir;
  m_fileOffset = 0;
  const QString base = dir + "/pins";
  if (target.pinChannel == "pipe") {
    for (const char *suffix : {".in", ".out"}) {
      QByteArray path = QFile::encodeName(base + suffix);
      if (mkfifo(path.constData(), 0600) != 0) {
        *error = QObject::tr("Cannot create the pin channel %1: %2").arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
      }
    }
    // Read-write opens of a FIFO never block, whatever QEMU does first.
    m_fromBoard = ::open(QFile::encodeName(base + ".out").constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    m_toBoard = ::open(QFile::encodeName(base + ".in").constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_fromBoard < 0 || m_toBoard < 0) {
      *error = QObject::tr("Cannot open the pin channel: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
      close();
      return false;
    }
    m_kind = Kind::Pipe;
  } else if (target.pinChannel == "semihosting-files") {
    m_kind = Kind::Files;
  }
  for (const auto &arg : target.pinReportArguments) {
    QString a = QString::fromStdString(arg);
    arguments->append(a.replace("{pins}", base));
  }
  return true;
}

QByteArray PinChannel::readReports() {
  QByteArray out;
  if (m_kind == Kind::Pipe) {
    char buf[4096];
    ssize_t n;
    while ((n = ::read(m_fromBoard, buf, sizeof buf)) > 0) out.append(buf, n);
  } else if (m_kind == Kind::Files) {
    QFile file(m_dir + "/marmot-pins.log");
    if (file.open(QIODevice::ReadOnly) && file.size() > m_fileOffset) {
      file.seek(m_fileOffset);
      out = file.readAll();
      m_fileOffset += out.size();
    }
  }
  return out;
}

bool PinChannel::sendLine(const QByteArray &line) {
  if (m_kind == Kind::Pipe) return ::write(m_toBoard, line.constData(), line.size()) == line.size();
  if (m_kind == Kind::Files) {
    QFile file(m_dir + "/marmot-pins-in.log");
    return file.open(QIODevice::Append) && file.write(line) == line.size();
  }
  return false;
}

void PinChannel::close() {
  if (m_fromBoard >= 0) ::close(m_fromBoard);
  if (m_toBoard >= 0) ::close(m_toBoard);
  m_fromBoard = m_toBoard = -1;
  m_kind = Kind::None;
}

}  // namespace marmot::device
