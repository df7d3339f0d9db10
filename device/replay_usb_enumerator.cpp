// Recorded USB device lists: snapshots from tests, or a JSON recording on disk.
#include "replay_usb_enumerator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace marmot::device {

ReplayUsbEnumerator::ReplayUsbEnumerator(QObject *parent) : UsbEnumerator(parent) {
  connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ReplayUsbEnumerator::reloadFile);
  connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReplayUsbEnumerator::reloadFile);
}

bool ReplayUsbEnumerator::start() {
  if (!m_startError.isEmpty()) {
    m_error = m_startError;
    return false;
  }
  if (!m_file.isEmpty()) {
    QString error;
    if (!loadRecording(m_file, &error)) {
      m_error = error;
      return false;
    }
    m_watcher.addPath(m_file);
    m_watcher.addPath(QFileInfo(m_file).absolutePath());  // editors replace files
  }
  m_error.clear();
  return true;
}

QString ReplayUsbEnumerator::description() const {
  return m_file.isEmpty() ? tr("a replayed USB recording") : tr("the USB recording %1").arg(m_file);
}

void ReplayUsbEnumerator::setDevices(const QList<UsbDeviceInfo> &devices, const QList<SerialPortRecord> &ports) {
  if (devices == m_devices && ports == m_ports) return;
  m_devices = devices;
  m_ports = ports;
  emit devicesChanged();
}

void ReplayUsbEnumerator::plug(const UsbDeviceInfo &device, const QList<SerialPortRecord> &ports) {
  QList<UsbDeviceInfo> devices = m_devices;
  devices.append(device);
  setDevices(devices, m_ports + ports);
}

void ReplayUsbEnumerator::unplug(const QString &deviceKey) {
  QList<UsbDeviceInfo> devices;
  QString portPath;
  for (const UsbDeviceInfo &d : m_devices) {
    if (d.key() == deviceKey) portPath = d.portPath;
    else devices.append(d);
  }
  QList<SerialPortRecord> ports;
  for (const SerialPortRecord &p : m_ports)
    if (portPath.isEmpty() || p.usbPortPath != portPath) ports.append(p);
  setDevices(devices, ports);
}

void ReplayUsbEnumerator::setRecordingFile(const QString &path) { m_file = QFileInfo(path).absoluteFilePath(); }

bool ReplayUsbEnumerator::loadRecording(const QString &path, QString *error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = tr("Cannot read the USB recording %1: %2").arg(path, file.errorString());
    return false;
  }
  QList<UsbDeviceInfo> devices;
  QList<SerialPortRecord> ports;
  QString why;
  if (!parseRecording(file.readAll(), &devices, &ports, &why)) {
    *error = tr("The USB recording %1 is not valid: %2").arg(path, why);
    return false;
  }
  setDevices(devices, ports);
  return true;
}

void ReplayUsbEnumerator::reloadFile() {
  if (m_file.isEmpty()) return;
  if (!QFileInfo::exists(m_file)) return setDevices({}, {});  // recording removed: all unplugged
  if (!m_watcher.files().contains(m_file)) m_watcher.addPath(m_file);
  QString error;
  loadRecording(m_file, &error);  // a half-written file keeps the last good list
}

bool ReplayUsbEnumerator::parseRecording(const QByteArray &json, QList<UsbDeviceInfo> *devices,
                                         QList<SerialPortRecord> *ports, QString *error) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (!doc.isObject()) {
    *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("expected a JSON object");
    return false;
  }
  const QJsonObject root = doc.object();
  for (const QJsonValue &v : root.value("devices").toArray()) {
    const QJsonObject o = v.toObject();
    UsbDeviceInfo d;
    if (!UsbId::parse(o.value("id").toString(), &d.id)) {
      *error = tr("device %1: \"id\" must look like \"0d28:0204\"").arg(devices->size() + 1);
      return false;
    }
    d.bus = o.value("bus").toInt();
    d.address = o.value("address").toInt();
    d.portPath = o.value("port").toString();
    d.manufacturer = o.value("manufacturer").toString();
    d.product = o.value("product").toString();
    d.serialNumber = o.value("serial").toString();
    d.openError = o.value("open-error").toString();
    d.accessDenied = o.value("access-denied").toBool();
    devices->append(d);
  }
  for (const QJsonValue &v : root.value("serial-ports").toArray()) {
    const QJsonObject o = v.toObject();
    SerialPortRecord p;
    p.portName = o.value("name").toString();
    p.systemLocation = o.value("location").toString("/dev/" + p.portName);
    p.hasUsbId = UsbId::parse(o.value("id").toString(), &p.id);
    p.serialNumber = o.value("serial").toString();
    p.usbPortPath = o.value("usb-port").toString();
    ports->append(p);
  }
  return true;
}

}  // namespace marmot::device
