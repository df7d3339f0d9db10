// Matching USB devices against target files and the probe table; pairing serial ports.
#include "board_catalog.h"

#include <QObject>
#include <QSet>

#include "known_probes.h"
#include "target_database.h"

namespace marmot::device {

BoardCatalog BoardCatalog::fromTargets(const std::vector<toolchain::Target> &targets, QStringList *errors) {
  BoardCatalog catalog;
  for (const toolchain::Target &t : targets) {
    Entry e;
    e.target = QString::fromStdString(t.name);
    e.description = QString::fromStdString(t.description);
    e.name = shortName(e.description, e.target);
    for (const std::string &text : t.usbIds) {
      UsbId id;
      if (UsbId::parse(QString::fromStdString(text), &id)) e.ids.append(id);
      else if (errors)
        *errors << QObject::tr("%1: usb-ids entry \"%2\" is not vendor:product in hex").arg(e.target, QString::fromStdString(text));
    }
    if (!e.ids.isEmpty()) catalog.m_entries.append(e);
  }
  return catalog;
}

BoardCatalog BoardCatalog::load(const QString &targetsDir, QStringList *errors) {
  std::vector<std::string> errs;
  auto targets = toolchain::TargetDatabase(targetsDir.toStdString()).boards(&errs);
  if (errors)
    for (const std::string &e : errs) *errors << QString::fromStdString(e);
  return fromTargets(targets, errors);
}

QString BoardCatalog::shortName(const QString &description, const QString &fallback) {
  QString name = description;
  for (const char *stop : {" (", ";", ","}) {
    const int at = name.indexOf(QLatin1String(stop));
    if (at > 0) name.truncate(at);
  }
  name = name.trimmed();
  return name.isEmpty() ? fallback : name;
}

bool BoardCatalog::isInteresting(const UsbId &id) const {
  if (findKnownProbe(id)) return true;
  for (const Entry &e : m_entries)
    if (e.ids.contains(id)) return true;
  return false;
}

QList<ConnectedBoard> BoardCatalog::match(const QList<UsbDeviceInfo> &devices) const {
  QList<ConnectedBoard> out;
  for (const UsbDeviceInfo &device : devices) {
    ConnectedBoard b;
    b.usb = device;
    const KnownProbe *probe = findKnownProbe(device.id);
    if (probe) b.probe = probe->name;
    for (const Entry &e : m_entries) {
      if (!e.ids.contains(device.id)) continue;
      if (b.target.isEmpty()) {
        b.target = e.target;
        b.name = e.name;
        b.description = e.description;
      } else {
        b.otherTargets << e.target;
      }
    }
    if (b.target.isEmpty()) {
      if (!probe) continue;  // neither a board nor a probe
      b.kind = ConnectedBoard::Kind::Probe;
      b.name = probe->name;
      b.description = probe->description;
    }
    out.append(b);
  }
  return out;
}

void BoardCatalog::pairSerialPorts(QList<ConnectedBoard> *boards, const QList<SerialPortRecord> &ports) {
  QSet<int> used;
  auto take = [&](ConnectedBoard &b, int index) {
    used.insert(index);
    b.serialPort = ports[index].systemLocation;
    if (b.usb.serialNumber.isEmpty()) b.usb.serialNumber = ports[index].serialNumber;
  };
  // A port known to hang off another USB device is never this board's.
  auto elsewhere = [](const ConnectedBoard &b, const SerialPortRecord &p) {
    return !p.usbPortPath.isEmpty() && !b.usb.portPath.isEmpty() && p.usbPortPath != b.usb.portPath;
  };
  for (ConnectedBoard &b : *boards) b.serialPort.clear();
  // First the exact pairings (port path, serial number), then the only-one guesses.
  for (ConnectedBoard &b : *boards) {
    for (int i = 0; i < ports.size() && b.serialPort.isEmpty(); ++i)
      if (!used.contains(i) && !b.usb.portPath.isEmpty() && ports[i].usbPortPath == b.usb.portPath) take(b, i);
    for (int i = 0; i < ports.size() && b.serialPort.isEmpty(); ++i) {
      const SerialPortRecord &p = ports[i];
      if (!used.contains(i) && p.hasUsbId && p.id == b.usb.id && !b.usb.serialNumber.isEmpty() && !elsewhere(b, p) &&
          p.serialNumber.compare(b.usb.serialNumber, Qt::CaseInsensitive) == 0)
        take(b, i);
    }
  }
  for (ConnectedBoard &b : *boards) {
    if (!b.serialPort.isEmpty()) continue;
    int sameId = 0;
    for (const ConnectedBoard &other : *boards) sameId += other.usb.id == b.usb.id ? 1 : 0;
    QList<int> candidates;
    for (int i = 0; i < ports.size(); ++i)
      if (ports[i].hasUsbId && ports[i].id == b.usb.id) candidates.append(i);
    if (sameId != 1 || candidates.size() != 1 || used.contains(candidates[0])) continue;
    const SerialPortRecord &p = ports[candidates[0]];
    const bool otherSerial = !p.serialNumber.isEmpty() && !b.usb.serialNumber.isEmpty() &&
                             p.serialNumber.compare(b.usb.serialNumber, Qt::CaseInsensitive) != 0;
    if (!elsewhere(b, p) && !otherSerial) take(b, candidates[0]);
  }
}

}  // namespace marmot::device
