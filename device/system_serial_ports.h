// The serial ports the system has now (QSerialPortInfo), each with the USB device it
// hangs off when Linux's sysfs says so, for pairing boards with their ports.
#pragma once
#include <QList>

#include "usb_device_info.h"

namespace marmot::device {

QList<SerialPortRecord> systemSerialPorts();

// "1-2" from a sysfs device path such as
// /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.1/tty/ttyACM0 (empty when none).
QString usbPortPathFromSysfs(const QString &devicePath);

}  // namespace marmot::device
