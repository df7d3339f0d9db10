// Board matching on recorded USB enumerations: target files' usb-ids, known probes,
// unknown devices left out, duplicate boards told apart, serial ports paired.
#include <QFile>
#include <QtTest>

#include "board_catalog.h"
#include "known_probes.h"
#include "replay_usb_enumerator.h"
#include "usb_test_devices.h"

using namespace marmot::device;
using marmot::device::testing::device;

namespace {

struct Recording {
  QList<UsbDeviceInfo> devices;
  QList<SerialPortRecord> ports;
};

Recording load(const QString &name) {
  QFile file(QStringLiteral(MARMOT_SOURCE_DIR "/tests/device/data/usb/%1").arg(name));
  Recording r;
  QString error;
  if (!file.open(QIODevice::ReadOnly) || !ReplayUsbEnumerator::parseRecording(file.readAll(), &r.devices, &r.ports, &error))
    qFatal("cannot load %s: %s", qPrintable(name), qPrintable(error));
  return r;
}

BoardCatalog targets() {
  QStringList errors;
  BoardCatalog catalog = BoardCatalog::load(MARMOT_SOURCE_DIR "/toolchain/targets", &errors);
  if (!errors.isEmpty()) qFatal("target errors: %s", qPrintable(errors.join('\n')));
  return catalog;
}

SerialPortRecord port(const QString &name, const char *id, const QString &serial, const QString &usbPort) {
  SerialPortRecord p;
  p.portName = name;
  p.systemLocation = "/dev/" + name;
  p.hasUsbId = UsbId::parse(id, &p.id);
  p.serialNumber = serial;
  p.usbPortPath = usbPort;
  return p;
}

}  // namespace

class BoardCatalogTest : public QObject {
  Q_OBJECT
 private slots:
  void usbIdsParse() {
    UsbId id;
    QVERIFY(UsbId::parse("0D28:0204", &id));
    QCOMPARE(id.vendor, quint16(0x0d28));
    QCOMPARE(id.product, quint16(0x0204));
    QCOMPARE(id.toString(), QString("0d28:0204"));
    for (const char *bad : {"", "0d28", "0d28:", "0d28:02040", "zz28:0204", "0d28-0204"}) QVERIFY2(!UsbId::parse(bad, &id), bad);
  }

  void catalogComesFromTheTargetFiles() {
    BoardCatalog catalog = targets();
    const BoardCatalog::Entry *microbit = nullptr;
    for (const auto &e : catalog.entries())
      if (e.target == "microbit") microbit = &e;
    QVERIFY(microbit);
    QCOMPARE(microbit->name, QString("BBC micro:bit v1"));
    QVERIFY(microbit->ids.contains(UsbId{0x0d28, 0x0204}));
    for (const auto &e : catalog.entries()) QVERIFY2(!e.ids.isEmpty(), qPrintable(e.target));
  }

  void malformedUsbIdsAreReported() {
    marmot::toolchain::Target t;
    t.name = "broken";
    t.description = "A board with a typo";
    t.usbIds = {"0d28:0204", "0d28/0205"};
    QStringList errors;
    BoardCatalog catalog = BoardCatalog::fromTargets({t}, &errors);
    QCOMPARE(errors, QStringList{"broken: usb-ids entry \"0d28/0205\" is not vendor:product in hex"});
    QCOMPARE(catalog.entries().size(), 1);
    QCOMPARE(catalog.entries()[0].ids.size(), 1);
  }

  void shortNames_data() {
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("name");
    QTest::newRow("parenthesis") << "BBC micro:bit v1 (nRF51822, Cortex-M0); emulated" << "BBC micro:bit v1";
    QTest::newRow("semicolon") << "Arduino Zero; SAMD21" << "Arduino Zero";
    QTest::newRow("plain") << "Raspberry Pi Pico" << "Raspberry Pi Pico";
    QTest::newRow("empty") << "" << "fallback";
  }
  void shortNames() {
    QFETCH(QString, description);
    QFETCH(QString, name);
    QCOMPARE(BoardCatalog::shortName(description, "fallback"), name);
  }

  void boardMatchedAndUnknownDevicesIgnored() {
    Recording r = load("microbit_and_hub.json");
    QCOMPARE(r.devices.size(), 4);
    QList<ConnectedBoard> boards = targets().match(r.devices);
    QCOMPARE(boards.size(), 1);  // the root hub, mouse and webcam are not boards
    ConnectedBoard b = boards[0];
    QCOMPARE(b.kind, ConnectedBoard::Kind::Board);
    QCOMPARE(b.target, QString("microbit"));
    QCOMPARE(b.probe, QString("CMSIS-DAP probe"));
    QCOMPARE(b.key(), QString("1:5"));
    BoardCatalog::pairSerialPorts(&boards, r.ports);
    QCOMPARE(boards[0].serialPort, QString("/dev/ttyACM0"));
    QCOMPARE(boards[0].label(), QString("BBC micro:bit v1 (USB 1-2, serial 99000000…)"));
    const QString details = boards[0].details();
    for (const char *part : {"Target: microbit", "USB 0d28:0204 on bus 1, device 5, port 1-2", "Product: ARM BBC micro:bit CMSIS-DAP",
                             "Serial number: 9900000037024e450034200b0000004e0000000097969901", "Serial port: /dev/ttyACM0",
                             "Debug interface: CMSIS-DAP probe"})
      QVERIFY2(details.contains(part), qPrintable(details));
  }

  void probesRecognisedWithoutTargets() {
    Recording r = load("classroom_probes.json");
    QList<ConnectedBoard> boards = targets().match(r.devices);
    QStringList names;
    for (const ConnectedBoard &b : boards) names << b.name;
    QCOMPARE(names, (QStringList{"BBC micro:bit v1", "BBC micro:bit v1", "ST-LINK/V2 probe", "SEGGER J-Link probe",
                                 "Raspberry Pi Debug Probe", "RP2040 boot ROM (BOOTSEL)"}));  // not the Bluetooth adapter
    for (int i = 2; i < boards.size(); ++i) {
      QCOMPARE(boards[i].kind, ConnectedBoard::Kind::Probe);
      QVERIFY(boards[i].target.isEmpty());
    }
    QCOMPARE(boards[2].label(), QString("ST-LINK/V2 probe (USB 1-4.2, serial 066DFF53…)"));
    QCOMPARE(boards[3].label(), QString("SEGGER J-Link probe (USB 2-1, serial 000260112233)"));
  }

  void everyListedProbeIsKnown_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("DAPLink") << "0d28:0204" << "CMSIS-DAP probe";
    for (const char *st : {"0483:374e", "0483:374f", "0483:3753"}) QTest::newRow(st) << st << "ST-LINK";
    QTest::newRow("ST-LINK/V2-1") << "0483:374b" << "ST-LINK/V2-1 probe";
    QTest::newRow("J-Link 0101") << "1366:0101" << "SEGGER J-Link probe";
    QTest::newRow("J-Link 0105") << "1366:0105" << "SEGGER J-Link probe";
    QTest::newRow("RP2040 boot") << "2e8a:0003" << "RP2040 boot ROM (BOOTSEL)";
    QTest::newRow("Debug Probe") << "2e8a:000c" << "Raspberry Pi Debug Probe";
  }
  void everyListedProbeIsKnown() {
    QFETCH(QString, id);
    QFETCH(QString, name);
    UsbId usb;
    QVERIFY(UsbId::parse(id, &usb));
    const KnownProbe *probe = findKnownProbe(usb);
    QVERIFY(probe);
    QVERIFY2(probe->name.startsWith(name), qPrintable(probe->name));
    QVERIFY(!findKnownProbe(UsbId{0x0483, 0x5740}));  // an STM32 USB serial device, not a probe
  }

  void duplicateBoardsToldApart() {
    Recording r = load("classroom_probes.json");
    QList<ConnectedBoard> boards = targets().match(r.devices);
    BoardCatalog::pairSerialPorts(&boards, r.ports);
    const ConnectedBoard &first = boards[0], &second = boards[1];
    QCOMPARE(first.target, second.target);
    QCOMPARE(first.key(), QString("1:7"));
    QCOMPARE(second.key(), QString("1:9"));
    QCOMPARE(first.serialPort, QString("/dev/ttyACM1"));
    QCOMPARE(second.serialPort, QString("/dev/ttyACM2"));  // by USB port path
    // The second could not be opened: its serial number comes from its serial port, and
    // the label says why it cannot be used yet.
    QCOMPARE(second.usb.serialNumber, QString("9900000044444e450034200b0000004e0000000097969901"));
    QCOMPARE(first.label(), QString("BBC micro:bit v1 (USB 1-3, serial 99010000…)"));
    QCOMPARE(second.label(), QString("BBC micro:bit v1 (USB 1-4.1, serial 99000000…, no permission)"));
    QVERIFY(second.details().contains("Cannot open it: no permission to open /dev/bus/usb/001/009"));
    QCOMPARE(boards[4].serialPort, QString("/dev/ttyACM3"));  // the Debug Probe's UART
    QVERIFY(boards[2].serialPort.isEmpty());                  // an ST-LINK/V2 has none
  }

  void serialPairingRules_data() {
    QTest::addColumn<QList<UsbDeviceInfo>>("devices");
    QTest::addColumn<QList<SerialPortRecord>>("ports");
    QTest::addColumn<QStringList>("paired");
    const auto a = device("0d28:0204", 1, 4, "1-1", "AAAA"), b = device("0d28:0204", 1, 5, "1-2", "BBBB");
    const auto anonymousA = device("0d28:0204", 1, 4, ""), anonymousB = device("0d28:0204", 1, 5, "");
    QTest::newRow("by port path, whatever the serial") << QList{a} << QList{port("ttyACM0", "0d28:0204", "other", "1-1")}
                                                        << QStringList{"/dev/ttyACM0"};
    QTest::newRow("by serial number") << QList{a, b}
                                      << QList{port("ttyACM0", "0d28:0204", "BBBB", ""), port("ttyACM1", "0d28:0204", "AAAA", "")}
                                      << QStringList{"/dev/ttyACM1", "/dev/ttyACM0"};
    QTest::newRow("the only one") << QList{anonymousA} << QList{port("ttyACM0", "0d28:0204", "", "")} << QStringList{"/dev/ttyACM0"};
    QTest::newRow("two alike, no way to tell") << QList{anonymousA, anonymousB}
                                               << QList{port("ttyACM0", "0d28:0204", "", ""), port("ttyACM1", "0d28:0204", "", "")}
                                               << QStringList{"", ""};
    QTest::newRow("a port on another USB device") << QList{a} << QList{port("ttyACM0", "0d28:0204", "", "1-7")} << QStringList{""};
    QTest::newRow("another serial number") << QList{a} << QList{port("ttyACM0", "0d28:0204", "CCCC", "")} << QStringList{""};
    QTest::newRow("another VID:PID") << QList{anonymousA} << QList{port("ttyUSB0", "0403:6001", "", "")} << QStringList{""};
  }
  void serialPairingRules() {
    QFETCH(QList<UsbDeviceInfo>, devices);
    QFETCH(QList<SerialPortRecord>, ports);
    QFETCH(QStringList, paired);
    QList<ConnectedBoard> boards = targets().match(devices);
    BoardCatalog::pairSerialPorts(&boards, ports);
    QStringList got;
    for (const ConnectedBoard &b : boards) got << b.serialPort;
    QCOMPARE(got, paired);
  }

  void recordingErrorsAreSentences() {
    QList<UsbDeviceInfo> devices;
    QList<SerialPortRecord> ports;
    QString error;
    QVERIFY(!ReplayUsbEnumerator::parseRecording(R"({"devices": [{"id": "micro:bit"}]})", &devices, &ports, &error));
    QCOMPARE(error, QString("device 1: \"id\" must look like \"0d28:0204\""));
    QVERIFY(!ReplayUsbEnumerator::parseRecording("[1, 2", &devices, &ports, &error));
    QVERIFY(!error.isEmpty());
  }
};

QTEST_GUILESS_MAIN(BoardCatalogTest)
#include "board_catalog_test.moc"
