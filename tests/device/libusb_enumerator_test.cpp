// The real libusb backend on this machine: it starts, lists (often nothing in a container),
// watches with hotplug or a poll, and the detector runs on it, all without crashing.
#include <QtTest>

#include "board_detector.h"
#include "libusb_enumerator.h"

using namespace marmot::device;

class LibusbEnumeratorTest : public QObject {
  Q_OBJECT

  // Starts e, or skips the test with libusb's reason when this machine has no USB at all.
  static bool started(LibusbEnumerator &e) {
    if (e.start()) return true;
    if (e.errorString().isEmpty()) qFatal("libusb failed without a reason");
    return false;
  }

 private slots:
  void startsAndLists() {
    LibusbEnumerator usb;
    usb.setDetailFilter([](const UsbId &) { return true; });  // open everything it can
    if (!started(usb)) QSKIP(qPrintable("libusb is not usable here: " + usb.errorString()));
    QVERIFY2(usb.description().startsWith("libusb 1."), qPrintable(usb.description()));
    qInfo("%s; %lld device(s)", qPrintable(usb.description()), qlonglong(usb.devices().size()));
    for (const UsbDeviceInfo &d : usb.devices()) {
      QVERIFY(d.bus > 0);
      qInfo("  %s %s %s %s %s", qPrintable(d.id.toString()), qPrintable(d.location()), qPrintable(d.product),
            qPrintable(d.serialNumber), qPrintable(d.openError));
    }
    // Listing again finds the same devices and says nothing.
    int changes = 0;
    connect(&usb, &UsbEnumerator::devicesChanged, this, [&] { ++changes; });
    const QList<UsbDeviceInfo> before = usb.devices();
    usb.rescan();
    QCoreApplication::processEvents();  // libusb's descriptors are serviced from here
    if (usb.devices() == before) QCOMPARE(changes, 0);
    QVERIFY(usb.start());  // a second start is harmless
  }

  void watchesWithHotplugOrPolling() {
    LibusbEnumerator usb;
    if (!started(usb)) QSKIP("libusb is not usable here");
    if (usb.usesHotplug()) QVERIFY2(usb.description().contains("hotplug"), qPrintable(usb.description()));
    else QVERIFY2(usb.description().contains("looking every 2 s"), qPrintable(usb.description()));
  }

  void pollingWhenAskedTo() {
    LibusbEnumerator usb(LibusbEnumerator::Mode::Polling);
    if (!started(usb)) QSKIP("libusb is not usable here");
    QVERIFY(!usb.usesHotplug());
    QCOMPARE(usb.pollInterval(), 2000);
    QVERIFY(usb.description().contains("looking every 2 s"));
  }

  void detectorOnTheRealBackend() {
    BoardDetector detector(BoardCatalog::load(MARMOT_SOURCE_DIR "/toolchain/targets"));
    if (!detector.start(std::make_unique<LibusbEnumerator>())) QSKIP(qPrintable("libusb is not usable here: " + detector.errorString()));
    for (const ConnectedBoard &b : detector.boards()) {
      qInfo("connected: %s", qPrintable(b.label()));
      QVERIFY(detector.catalog().isInteresting(b.usb.id));
    }
    detector.refresh();
    QCoreApplication::processEvents();
  }
};

QTEST_GUILESS_MAIN(LibusbEnumeratorTest)
#include "libusb_enumerator_test.moc"
