// The connected-boards service on replayed enumerations: boards arrive, change and leave
// as the recorded lists say; unknown devices never show; a backend that cannot start
// leaves an empty list and a reason.
#include <QTemporaryDir>
#include <QtTest>

#include "board_detector.h"
#include "replay_usb_enumerator.h"
#include "usb_test_devices.h"

using namespace marmot::device;
using marmot::device::testing::device;

namespace {

// What the detector said, in order: "+1:5", "~1:5", "-1:5".
struct Events : QStringList {
  explicit Events(BoardDetector *detector) {
    QObject::connect(detector, &BoardDetector::boardArrived, [this](const ConnectedBoard &b) { append("+" + b.key()); });
    QObject::connect(detector, &BoardDetector::boardChanged, [this](const ConnectedBoard &b) { append("~" + b.key()); });
    QObject::connect(detector, &BoardDetector::boardRemoved, [this](const ConnectedBoard &b) { append("-" + b.key()); });
  }
};

}  // namespace

class BoardDetectorTest : public QObject {
  Q_OBJECT
  BoardCatalog m_catalog;

 private slots:
  void initTestCase() { m_catalog = BoardCatalog::load(MARMOT_SOURCE_DIR "/toolchain/targets"); }

  void arrivalAndRemoval() {
    BoardDetector detector(m_catalog);
    Events events(&detector);
    auto replay = std::make_unique<ReplayUsbEnumerator>();
    ReplayUsbEnumerator *usb = replay.get();
    QVERIFY(detector.start(std::move(replay)));
    QVERIFY(detector.isActive());
    QCOMPARE(detector.description(), QString("a replayed USB recording"));
    QVERIFY(detector.boards().isEmpty());

    usb->plug(device("046d:c077", 1, 3, "1-1"));  // a mouse
    QVERIFY(events.isEmpty());
    usb->plug(device("0d28:0204", 1, 5, "1-2", "9900AB"));
    QCOMPARE(events, QStringList{"+1:5"});
    ConnectedBoard b;
    QVERIFY(detector.find("1:5", &b));
    QCOMPARE(b.target, QString("microbit"));
    usb->plug(device("0483:3748", 1, 6, "1-3"));
    QCOMPARE(events, (QStringList{"+1:5", "+1:6"}));
    QCOMPARE(detector.boards().size(), 2);

    usb->unplug("1:5");
    QCOMPARE(events, (QStringList{"+1:5", "+1:6", "-1:5"}));
    QVERIFY(!detector.find("1:5", nullptr));
    usb->unplug("1:3");  // the mouse: nothing to say
    QCOMPARE(events.size(), 3);
  }

  void replugIsANewBoard() {
    BoardDetector detector(m_catalog);
    Events events(&detector);
    auto replay = std::make_unique<ReplayUsbEnumerator>();
    ReplayUsbEnumerator *usb = replay.get();
    detector.start(std::move(replay));
    usb->plug(device("0d28:0204", 1, 5, "1-2"));
    usb->setDevices({device("0d28:0204", 1, 8, "1-2")});  // same socket, new address
    QCOMPARE(events, (QStringList{"+1:5", "-1:5", "+1:8"}));
  }

  void twoAlikeBoardsAreTwoEntries() {
    BoardDetector detector(m_catalog);
    auto replay = std::make_unique<ReplayUsbEnumerator>();
    ReplayUsbEnumerator *usb = replay.get();
    detector.start(std::move(replay));
    usb->setDevices({device("0d28:0204", 1, 5, "1-2"), device("0d28:0204", 3, 5, "3-2")});
    const QList<ConnectedBoard> boards = detector.boards();
    QCOMPARE(boards.size(), 2);
    QVERIFY(boards[0].key() != boards[1].key());
    QVERIFY(boards[0].label() != boards[1].label());
  }

  void serialPortAppearingChangesTheBoard() {
    BoardDetector detector(m_catalog);
    Events events(&detector);
    auto replay = std::make_unique<ReplayUsbEnumerator>();
    ReplayUsbEnumerator *usb = replay.get();
    detector.start(std::move(replay));
    const UsbDeviceInfo microbit = device("0d28:0204", 1, 5, "1-2");
    usb->setDevices({microbit});
    SerialPortRecord port;
    port.portName = "ttyACM0";
    port.systemLocation = "/dev/ttyACM0";
    port.usbPortPath = "1-2";
    usb->setDevices({microbit}, {port});
    QCOMPARE(events, (QStringList{"+1:5", "~1:5"}));
    QCOMPARE(detector.boards()[0].serialPort, QString("/dev/ttyACM0"));
  }

  void backendThatCannotStart() {
    BoardDetector detector(m_catalog);
    Events events(&detector);
    auto replay = std::make_unique<ReplayUsbEnumerator>();
    replay->setDevices({device("0d28:0204", 1, 5, "1-2")});
    replay->setStartError("libusb could not start (Other error): there is no /dev/bus/usb");
    QVERIFY(!detector.start(std::move(replay)));
    QVERIFY(!detector.isActive());
    QCOMPARE(detector.errorString(), QString("libusb could not start (Other error): there is no /dev/bus/usb"));
    QCOMPARE(detector.description(), detector.errorString());
    QVERIFY(detector.boards().isEmpty());
    QVERIFY(events.isEmpty());
  }

  void anotherEnumeratorReplacesTheBoards() {
    BoardDetector detector(m_catalog);
    Events events(&detector);
    auto first = std::make_unique<ReplayUsbEnumerator>();
    first->setDevices({device("0d28:0204", 1, 5, "1-2")});
    detector.start(std::move(first));
    auto second = std::make_unique<ReplayUsbEnumerator>();
    second->setDevices({device("2e8a:000c", 2, 4, "2-2")});
    detector.start(std::move(second));
    QCOMPARE(events, (QStringList{"+1:5", "-1:5", "+2:4"}));
  }

  void detailsAskedForInterestingDevicesOnly() {
    BoardDetector detector(m_catalog);
    detector.start(std::make_unique<ReplayUsbEnumerator>());
    QVERIFY(detector.enumerator()->wantsDetails(UsbId{0x0d28, 0x0204}));  // micro:bit
    QVERIFY(detector.enumerator()->wantsDetails(UsbId{0x1366, 0x1051}));  // any J-Link
    QVERIFY(!detector.enumerator()->wantsDetails(UsbId{0x046d, 0xc077}));  // a mouse
  }

  void recordingFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("usb.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"devices": [{"id": "0d28:0204", "bus": 1, "address": 5, "port": "1-2", "serial": "9900"}],
                   "serial-ports": [{"name": "ttyACM0", "usb-port": "1-2"}]})");
    file.close();
    qputenv("MARMOT_USB_REPLAY", path.toUtf8());
    std::unique_ptr<UsbEnumerator> enumerator = UsbEnumerator::createDefault();
    qunsetenv("MARMOT_USB_REPLAY");
    QVERIFY(qobject_cast<ReplayUsbEnumerator *>(enumerator.get()));
    BoardDetector detector(m_catalog);
    QVERIFY(detector.start(std::move(enumerator)));
    QCOMPARE(detector.description(), "the USB recording " + path);
    QCOMPARE(detector.boards().size(), 1);
    QCOMPARE(detector.boards()[0].label(), QString("BBC micro:bit v1 (USB 1-2, serial 9900)"));
    QCOMPARE(detector.boards()[0].serialPort, QString("/dev/ttyACM0"));

    auto missing = std::make_unique<ReplayUsbEnumerator>();
    missing->setRecordingFile(dir.filePath("nothing.json"));
    QVERIFY(!detector.start(std::move(missing)));
    QVERIFY2(detector.errorString().startsWith("Cannot read the USB recording"), qPrintable(detector.errorString()));
  }
};

QTEST_GUILESS_MAIN(BoardDetectorTest)
#include "board_detector_test.moc"
