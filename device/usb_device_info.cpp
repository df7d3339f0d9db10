// Formatting and parsing for the USB plain-data types.
#include "usb_device_info.h"

namespace marmot::device {

QString UsbId::toString() const {
  return QStringLiteral("%1:%2").arg(vendor, 4, 16, QLatin1Char('0')).arg(product, 4, 16, QLatin1Char('0'));
}

bool UsbId::parse(const QString &text, UsbId *out) {
  const QStringList parts = text.trimmed().split(':');
  if (parts.size() != 2 || parts[0].size() != 4 || parts[1].size() != 4) return false;
  bool okVendor = false, okProduct = false;
  const uint vendor = parts[0].toUInt(&okVendor, 16);
  const uint product = parts[1].toUInt(&okProduct, 16);
  if (!okVendor || !okProduct) return false;
  out->vendor = quint16(vendor);
  out->product = quint16(product);
  return true;
}

QString UsbDeviceInfo::key() const { return QStringLiteral("%1:%2").arg(bus).arg(address); }

QString UsbDeviceInfo::location() const {
  if (!portPath.isEmpty()) return QStringLiteral("USB %1").arg(portPath);
  return QStringLiteral("USB bus %1 device %2").arg(bus).arg(address);
}

bool UsbDeviceInfo::operator==(const UsbDeviceInfo &o) const {
  return id == o.id && bus == o.bus && address == o.address && portPath == o.portPath &&
         manufacturer == o.manufacturer && product == o.product && serialNumber == o.serialNumber &&
         openError == o.openError && accessDenied == o.accessDenied;
}

bool SerialPortRecord::operator==(const SerialPortRecord &o) const {
  return portName == o.portName && systemLocation == o.systemLocation && hasUsbId == o.hasUsbId && id == o.id &&
         serialNumber == o.serialNumber && usbPortPath == o.usbPortPath;
}

}  // namespace marmot::device
