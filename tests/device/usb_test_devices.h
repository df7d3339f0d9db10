// A USB device as the enumerators report it, written in one line for the device tests.
#pragma once
#include <QString>

#include "usb_device_info.h"

namespace marmot::device::testing {

inline UsbDeviceInfo device(const char *id, int bus, int address, const QString &port, const QString &serial = {}) {
  UsbDeviceInfo d;
  UsbId::parse(id, &d.id);
  d.bus = bus;
  d.address = address;
  d.portPath = port;
  d.serialNumber = serial;
  return d;
}

}  // namespace marmot::device::testing
