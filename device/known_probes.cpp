// The table of debug probes and boot loaders Marmot recognises by USB ID.
#include "known_probes.h"

#include <QCoreApplication>

namespace marmot::device {

const QList<KnownProbe> &knownProbes() {
  static const QList<KnownProbe> probes = [] {
    auto tr = [](const char *text) { return QCoreApplication::translate("marmot::device::KnownProbe", text); };
    const QString stlink = tr("STMicroelectronics ST-LINK debug probe (on its own or on a Nucleo / Discovery board)");
    return QList<KnownProbe>{
        {0x0d28, 0x0204, tr("CMSIS-DAP probe"), tr("Arm DAPLink / CMSIS-DAP debug probe (micro:bit, mbed boards)")},
        {0x0483, 0x3748, tr("ST-LINK/V2 probe"), stlink},
        {0x0483, 0x374b, tr("ST-LINK/V2-1 probe"), stlink},
        {0x0483, 0x3752, tr("ST-LINK/V2-1 probe"), stlink},
        {0x0483, 0x374e, tr("ST-LINK/V3E probe"), stlink},
        {0x0483, 0x374f, tr("ST-LINK/V3 probe"), stlink},
        {0x0483, 0x3753, tr("ST-LINK/V3 probe"), stlink},
        {0x0483, 0x3754, tr("ST-LINK/V3E probe"), stlink},
        {0x0483, 0x3757, tr("ST-LINK/V3PWR probe"), stlink},
        {0x0483, 0xdf11, tr("STM32 DFU boot loader"), tr("An STM32 chip in its built-in USB DFU boot loader")},
        {0x1366, -1, tr("SEGGER J-Link probe"), tr("SEGGER J-Link debug probe")},
        {0x2e8a, 0x0003, tr("RP2040 boot ROM (BOOTSEL)"), tr("A Raspberry Pi RP2040 in BOOTSEL mode: its UF2 drive and PICOBOOT")},
        {0x2e8a, 0x0004, tr("Picoprobe"), tr("A Raspberry Pi Pico running the picoprobe debug firmware")},
        {0x2e8a, 0x000c, tr("Raspberry Pi Debug Probe"), tr("Raspberry Pi Debug Probe (CMSIS-DAP)")},
        {0x1fc9, 0x0090, tr("LPC-Link2 probe"), tr("NXP LPC-Link2 with CMSIS-DAP firmware")},
        {0x1fc9, 0x0143, tr("MCU-Link probe"), tr("NXP MCU-Link (CMSIS-DAP)")},
    };
  }();
  return probes;
}

const KnownProbe *findKnownProbe(const UsbId &id) {
  for (const KnownProbe &p : knownProbes())
    if (p.matches(id)) return &p;
  return nullptr;
}

}  // namespace marmot::device
