// The real USB enumerator: libusb lists the devices, and hotplug events (or, where libusb
// has none, a poll every two seconds) say when to list them again. The libusb types stay
// in the .cpp so this header can be included anywhere.
#pragma once
#include <QHash>
#include <QTimer>
#include <memory>

#include "usb_enumerator.h"

namespace marmot::device {

class LibusbEnumerator : public UsbEnumerator {
  Q_OBJECT
 public:
  enum class Mode { Auto, Polling };  // Auto: hotplug when libusb has it
  explicit LibusbEnumerator(Mode mode = Mode::Auto, QObject *parent = nullptr);
  ~LibusbEnumerator() override;

  bool start() override;
  QList<UsbDeviceInfo> devices() const override { return m_devices; }
  QString errorString() const override { return m_error; }
  QString description() const override { return m_description; }
  bool usesHotplug() const { return m_hotplugHandle >= 0; }
  int pollInterval() const { return m_pollTimer.interval(); }
  // Lists the devices now; devicesChanged when the list differs. Hotplug and the poll
  // timer call this; tests may too.
  void rescan();

 private:
  struct Context;
  void watchDescriptor(int fd, short events);
  void unwatchDescriptor(int fd);
  void handleEvents();
  void scheduleRescan();
  friend struct LibusbCallbacks;

  std::unique_ptr<Context> m_context;
  Mode m_mode;
  int m_hotplugHandle = -1;
  QTimer m_pollTimer;
  QTimer m_rescanTimer;  // gathers a burst of hotplug events into one listing
  QList<UsbDeviceInfo> m_devices;
  QHash<QString, UsbDeviceInfo> m_known;  // by key() + id, so a device is opened once
  QString m_error;
  QString m_description;
};

}  // namespace marmot::device
