// Labels and tooltips of connected boards.
#include "connected_board.h"

#include <QCoreApplication>

namespace marmot::device {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("marmot::device::ConnectedBoard", text); }
}  // namespace

QString ConnectedBoard::shortSerial() const {
  const QString &s = usb.serialNumber;
  return s.size() > 12 ? s.left(8) + QChar(0x2026) : s;
}

QString ConnectedBoard::label() const {
  QStringList parts{usb.location()};
  if (!usb.serialNumber.isEmpty()) parts << tr("serial %1").arg(shortSerial());
  if (usb.accessDenied) parts << tr("no permission");
  else if (!usb.openError.isEmpty()) parts << tr("cannot be opened");
  return QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

QString ConnectedBoard::details() const {
  QStringList lines;
  lines << (description.isEmpty() ? name : description);
  if (!target.isEmpty()) {
    QString line = tr("Target: %1").arg(target);
    if (!otherTargets.isEmpty()) line += tr(" (the same USB ID is also %1)").arg(otherTargets.join(QStringLiteral(", ")));
    lines << line;
  }
  QString where = tr("USB %1 on bus %2, device %3").arg(usb.id.toString()).arg(usb.bus).arg(usb.address);
  if (!usb.portPath.isEmpty()) where += tr(", port %1").arg(usb.portPath);
  lines << where;
  const QString product = QStringList{usb.manufacturer, usb.product}.join(' ').trimmed();
  if (!product.isEmpty()) lines << tr("Product: %1").arg(product);
  if (!usb.serialNumber.isEmpty()) lines << tr("Serial number: %1").arg(usb.serialNumber);
  if (!probe.isEmpty() && kind == Kind::Board) lines << tr("Debug interface: %1").arg(probe);
  lines << (serialPort.isEmpty() ? tr("Serial port: none found") : tr("Serial port: %1").arg(serialPort));
  if (!usb.openError.isEmpty()) lines << tr("Cannot open it: %1").arg(usb.openError);
  return lines.join('\n');
}

bool ConnectedBoard::operator==(const ConnectedBoard &o) const {
  return kind == o.kind && target == o.target && otherTargets == o.otherTargets && name == o.name &&
         description == o.description && probe == o.probe && usb == o.usb && serialPort == o.serialPort;
}

}  // namespace marmot::device
