// Debug probes and boot loaders worth recognising by their USB ID alone, whether or not
// a target file names them (the same devices 60-marmot.rules gives access to).
#pragma once
#include <QList>
#include <QString>

#include "usb_device_info.h"

namespace marmot::device {

struct KnownProbe {
  quint16 vendor = 0;
  int product = -1;  // -1: every product of the vendor
  QString name;      // as shown in the board selector: "ST-LINK/V2 probe"
  QString description;

  bool matches(const UsbId &id) const { return id.vendor == vendor && (product < 0 || id.product == product); }
};

const QList<KnownProbe> &knownProbes();
// The probe with this ID, or nullptr.
const KnownProbe *findKnownProbe(const UsbId &id);

}  // namespace marmot::device
