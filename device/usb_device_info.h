// Plain data about USB devices and serial ports as the device layer sees them: what an
// enumeration (real libusb or a replayed recording) reports, before any board matching.
#pragma once
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace marmot::device {

// A USB vendor:product pair, written "0d28:0204" as in the target files' "usb-ids".
struct UsbId {
  quint16 vendor = 0;
  quint16 product = 0;

  QString toString() const;
  // "0d28:0204" (hex, case-insensitive). False for anything else.
  static bool parse(const QString &text, UsbId *out);
  bool operator==(const UsbId &o) const { return vendor == o.vendor && product == o.product; }
  bool operator!=(const UsbId &o) const { return !(*this == o); }
};

inline size_t qHash(const UsbId &id, size_t seed = 0) { return ::qHash((uint(id.vendor) << 16) | id.product, seed); }

// One device on the bus. Strings are read only for devices someone asked about (opening
// a device needs permission); openError says why they could not be read.
struct UsbDeviceInfo {
  UsbId id;
  int bus = 0;
  int address = 0;
  QString portPath;  // bus and hub ports, as in /sys/bus/usb/devices: "1-2", "3-1.4"
  QString manufacturer;
  QString product;
  QString serialNumber;
  QString openError;          // why it could not be opened (strings may come from sysfs)
  bool accessDenied = false;  // openError is a permission problem

  // Unique while the device stays plugged in (the address changes when it is re-plugged).
  QString key() const;
  // "USB 1-2", or "USB bus 1 device 5" when the port path is unknown.
  QString location() const;
  bool operator==(const UsbDeviceInfo &o) const;
  bool operator!=(const UsbDeviceInfo &o) const { return !(*this == o); }
};

// A serial port, with the USB device it belongs to when it is one.
struct SerialPortRecord {
  QString portName;      // "ttyACM0"
  QString systemLocation;  // "/dev/ttyACM0"
  bool hasUsbId = false;
  UsbId id;
  QString serialNumber;
  QString usbPortPath;   // "1-2" when the system says which USB device it hangs off

  bool operator==(const SerialPortRecord &o) const;
};

}  // namespace marmot::device
