// The seam between board detection and the USB stack: something that lists the USB
// devices present and says when that list changes. LibusbEnumerator is the real one;
// ReplayUsbEnumerator plays back recorded lists for tests and demonstrations.
#pragma once
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "usb_device_info.h"

namespace marmot::device {

class UsbEnumerator : public QObject {
  Q_OBJECT
 public:
  using QObject::QObject;

  // Begins watching. False when USB cannot be used here; errorString() says why in a
  // sentence for the log. devices() is current once start() returns true.
  virtual bool start() = 0;
  virtual QList<UsbDeviceInfo> devices() const = 0;
  virtual QString errorString() const = 0;
  // How devices are watched, for the log ("libusb 1.0.26, hotplug").
  virtual QString description() const = 0;
  // A recording carries the serial ports seen with it; the real backend does not, and
  // the caller asks the system (systemSerialPorts()).
  virtual bool providesSerialPorts() const { return false; }
  virtual QList<SerialPortRecord> serialPorts() const { return {}; }

  // Which devices are worth opening to read their strings (serial number, product);
  // the others are listed from their descriptors alone. None by default.
  void setDetailFilter(std::function<bool(const UsbId &)> wanted) { m_detailFilter = std::move(wanted); }
  bool wantsDetails(const UsbId &id) const { return m_detailFilter && m_detailFilter(id); }

  // The IDE's enumerator: libusb, or the recording named by $MARMOT_USB_REPLAY (a JSON
  // file, reloaded when it changes) so boards can be shown without hardware.
  static std::unique_ptr<UsbEnumerator> createDefault();

 signals:
  void devicesChanged();

 private:
  std::function<bool(const UsbId &)> m_detailFilter;
};

}  // namespace marmot::device
