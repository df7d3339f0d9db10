// A USB enumerator that plays back recorded device lists instead of asking the system:
// tests feed it snapshots (plug, unplug, a whole list), and the IDE can replay a JSON
// recording ($MARMOT_USB_REPLAY) to show boards on a machine without them.
#pragma once
#include <QByteArray>
#include <QFileSystemWatcher>

#include "usb_enumerator.h"

namespace marmot::device {

class ReplayUsbEnumerator : public UsbEnumerator {
  Q_OBJECT
 public:
  explicit ReplayUsbEnumerator(QObject *parent = nullptr);

  bool start() override;
  QList<UsbDeviceInfo> devices() const override { return m_devices; }
  QString errorString() const override { return m_error; }
  QString description() const override;
  bool providesSerialPorts() const override { return true; }
  QList<SerialPortRecord> serialPorts() const override { return m_ports; }

  // One recorded snapshot replaces the current one; devicesChanged when it differs.
  void setDevices(const QList<UsbDeviceInfo> &devices, const QList<SerialPortRecord> &ports = {});
  void plug(const UsbDeviceInfo &device, const QList<SerialPortRecord> &ports = {});
  void unplug(const QString &deviceKey);
  // start() fails with this reason, as libusb does on a machine without USB.
  void setStartError(const QString &why) { m_startError = why; }
  // The JSON recording to replay at start() and again whenever the file changes.
  void setRecordingFile(const QString &path);
  bool loadRecording(const QString &path, QString *error);

  // {"devices": [{"id": "0d28:0204", "bus": 1, "address": 5, "port": "1-2", "serial": "...",
  //   "product": "...", "manufacturer": "...", "open-error": "...", "access-denied": true}],
  //  "serial-ports": [{"name": "ttyACM0", "location": "/dev/ttyACM0", "id": "0d28:0204",
  //   "serial": "...", "usb-port": "1-2"}]}
  static bool parseRecording(const QByteArray &json, QList<UsbDeviceInfo> *devices, QList<SerialPortRecord> *ports,
                             QString *error);

 private:
  void reloadFile();

  QList<UsbDeviceInfo> m_devices;
  QList<SerialPortRecord> m_ports;
  QString m_startError;
  QString m_error;
  QString m_file;
  QFileSystemWatcher m_watcher;
};

}  // namespace marmot::device
