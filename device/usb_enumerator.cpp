// Chooses the USB enumerator the IDE uses.
#include "usb_enumerator.h"

#include <QtGlobal>

#include "libusb_enumerator.h"
#include "replay_usb_enumerator.h"

namespace marmot::device {

std::unique_ptr<UsbEnumerator> UsbEnumerator::createDefault() {
  const QString replay = qEnvironmentVariable("MARMOT_USB_REPLAY");
  if (!replay.isEmpty()) {
    auto fake = std::make_unique<ReplayUsbEnumerator>();
    fake->setRecordingFile(replay);
    return fake;
  }
  return std::make_unique<LibusbEnumerator>();
}

}  // namespace marmot::device
