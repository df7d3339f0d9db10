// What a USB device is: the boards whose target files list its VID:PID ("usb-ids"), or a
// known debug probe. Pure matching and serial-port pairing, tested on recorded lists.
#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

#include "connected_board.h"
#include "target.h"
#include "usb_device_info.h"

namespace marmot::device {

class BoardCatalog {
 public:
  struct Entry {
    QString target;       // target file name
    QString name;         // short name for labels
    QString description;
    QList<UsbId> ids;
  };

  // Targets without "usb-ids" are left out; malformed IDs are reported in *errors.
  static BoardCatalog fromTargets(const std::vector<toolchain::Target> &targets, QStringList *errors = nullptr);
  // The boards of a targets folder (toolchain::TargetDatabase).
  static BoardCatalog load(const QString &targetsDir, QStringList *errors = nullptr);
  // "BBC micro:bit v1" from "BBC micro:bit v1 (nRF51822, Cortex-M0); emulated by ...".
  static QString shortName(const QString &description, const QString &fallback);

  void addEntry(const Entry &entry) { m_entries.append(entry); }
  const QList<Entry> &entries() const { return m_entries; }
  // A device worth a closer look: a board's or a known probe's ID.
  bool isInteresting(const UsbId &id) const;
  // The devices that are boards or probes, in the order given; the rest are left out.
  QList<ConnectedBoard> match(const QList<UsbDeviceInfo> &devices) const;
  // Gives each board the serial port of the same USB device: the same USB port path, else
  // the same VID:PID and serial number, else the only port with its VID:PID when it is
  // also the only such board. A board without a readable serial number takes the port's.
  static void pairSerialPorts(QList<ConnectedBoard> *boards, const QList<SerialPortRecord> &ports);

 private:
  QList<Entry> m_entries;
};

}  // namespace marmot::device
