// Serial ports from QSerialPortInfo, with their USB port path from sysfs.
#include "system_serial_ports.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSerialPortInfo>

namespace marmot::device {

QString usbPortPathFromSysfs(const QString &devicePath) {
  // The interface folder is "<bus>-<ports>:<config>.<interface>"; the device is its parent.
  static const QRegularExpression interface(QStringLiteral("^(\\d+-[\\d.]+):\\d+\\.\\d+$"));
  const QStringList parts = devicePath.split('/', Qt::SkipEmptyParts);
  for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
    const QRegularExpressionMatch m = interface.match(*it);
    if (m.hasMatch()) return m.captured(1);
  }
  return {};
}

QList<SerialPortRecord> systemSerialPorts() {
  QList<SerialPortRecord> out;
  for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
    SerialPortRecord r;
    r.portName = info.portName();
    r.systemLocation = info.systemLocation();
    r.hasUsbId = info.hasVendorIdentifier() && info.hasProductIdentifier();
    if (r.hasUsbId) r.id = {info.vendorIdentifier(), info.productIdentifier()};
    r.serialNumber = info.serialNumber();
    r.usbPortPath = usbPortPathFromSysfs(QFileInfo(QStringLiteral("/sys/class/tty/%1/device").arg(r.portName)).canonicalFilePath());
    out.append(r);
  }
  return out;
}

}  // namespace marmot::device
