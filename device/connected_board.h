// A board or debug probe found on USB: what it matched (a target file or the probe table),
// where it is plugged in, and the serial port that belongs to it.
#pragma once
#include <QString>
#include <QStringList>

#include "usb_device_info.h"

namespace marmot::device {

struct ConnectedBoard {
  enum class Kind { Board, Probe };
  Kind kind = Kind::Board;
  QString target;            // the target file it matched ("microbit"); empty for a probe
  QStringList otherTargets;  // further targets listing the same USB ID
  QString name;              // short: "BBC micro:bit v1", "ST-LINK/V2 probe"
  QString description;       // the target's description, or what the probe is
  QString probe;             // the debug interface it shows, when known ("CMSIS-DAP probe")
  UsbDeviceInfo usb;
  QString serialPort;        // "/dev/ttyACM0" when paired

  QString key() const { return usb.key(); }
  // For the board selector: "BBC micro:bit v1 (USB 1-2, serial 99000000…)".
  QString label() const;
  // Several lines for a tooltip: what it is, where, which target, which port, problems.
  QString details() const;
  // The serial number shortened for labels (DAPLink's are 48 characters).
  QString shortSerial() const;
  bool operator==(const ConnectedBoard &o) const;
  bool operator!=(const ConnectedBoard &o) const { return !(*this == o); }
};

}  // namespace marmot::device
