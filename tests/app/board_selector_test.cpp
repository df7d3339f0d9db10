// The toolbar's board selector with USB boards coming and going (a replayed enumeration
// injected into the window): a plugged-in micro:bit is listed after the emulated boards,
// Build works for it, Run says it needs Flash, and unplugging removes it. A USB backend
// that cannot start leaves the emulated boards and one line in the build log.
#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QtTest>

#include "board_detector.h"
#include "board_selector.h"
#include "main_window.h"
#include "project_templates.h"
#include "replay_usb_enumerator.h"
#include "test_home.h"

using namespace marmot;

namespace {

device::UsbDeviceInfo microbit(int address, const QString &port) {
  device::UsbDeviceInfo d;
  d.id = {0x0d28, 0x0204};
  d.bus = 1;
  d.address = address;
  d.portPath = port;
  d.product = "BBC micro:bit CMSIS-DAP";
  d.serialNumber = "9900000037024e450034200b0000004e0000000097969901";
  return d;
}

}  // namespace

class BoardSelectorTest : public QObject {
  Q_OBJECT
  std::unique_ptr<app::MainWindow> m_window;
  device::ReplayUsbEnumerator *m_usb = nullptr;
  int m_targets = 0;

  app::BoardSelector *selector() { return m_window->boardSelector(); }
  QString log() { return m_window->findChild<QDockWidget *>("buildLogDock")->findChild<QPlainTextEdit *>()->toPlainText(); }

 private slots:
  void initTestCase() {
    m_window = std::make_unique<app::MainWindow>(app::ToolchainContext::fromApplication());
    m_window->show();
    QString project, error;
    QVERIFY2(app::ProjectTemplates::createProject(app::ProjectTemplates::defaultProjectsDir(), "boards", &project, &error), qPrintable(error));
    QVERIFY(m_window->openProject(project));
    m_targets = selector()->targetNames().size();
    QVERIFY(selector()->targetNames().contains("microbit"));
    auto replay = std::make_unique<device::ReplayUsbEnumerator>();
    m_usb = replay.get();
    QVERIFY(m_window->startBoardDetection(std::move(replay)));
  }

  void onlyTargetBoardsWithoutUsbBoards() {
    QCOMPARE(selector()->count(), m_targets);
    QCOMPARE(selector()->connectedCount(), 0);
    QCOMPARE(selector()->itemText(selector()->findData("cortex-m-qemu")), QString("cortex-m-qemu (emulated)"));
  }

  void pluggedBoardIsListed() {
    m_usb->plug(microbit(5, "1-2"));
    QCOMPARE(selector()->connectedCount(), 1);
    QCOMPARE(selector()->count(), m_targets + 2);  // a separator, then the board
    QCOMPARE(selector()->itemData(m_targets, Qt::AccessibleDescriptionRole).toString(), QString("separator"));
    const int index = selector()->indexOfConnection("1:5");
    QCOMPARE(index, m_targets + 1);
    QCOMPARE(selector()->itemText(index), QString("BBC micro:bit v1 (USB 1-2, serial 99000000…)"));
    QVERIFY(selector()->itemData(index, Qt::ToolTipRole).toString().contains("needs Flash"));
    QVERIFY(log().contains("Connected: BBC micro:bit v1 (USB 1-2, serial 99000000…)"));
    // A picture of the open list, for people to look at.
    selector()->showPopup();
    QVERIFY(selector()->view()->window()->width() > selector()->fontMetrics().horizontalAdvance(selector()->itemText(index)));
    QDir().mkpath(MARMOT_BUILD_DIR "/screenshots");
    QVERIFY(selector()->view()->window()->grab().save(MARMOT_BUILD_DIR "/screenshots/board_selector_connected.png"));
    selector()->hidePopup();
  }

  void realBoardBuildsAndRunSaysFlash() {
    selector()->setCurrentIndex(selector()->indexOfConnection("1:5"));
    QCOMPARE(m_window->selectedBoard(), QString("microbit"));
    QVERIFY(selector()->isConnectedBoardSelected());
    QVERIFY(m_window->action("run")->toolTip().contains("needs Flash"));
    QVERIFY(!m_window->action("flash")->isEnabled());
    QVERIFY(m_window->action("flash")->toolTip().contains("not available yet"));

    m_window->run();
    QVERIFY(!m_window->runner()->isBuilding());
    QVERIFY(!m_window->runner()->isRunning());
    QVERIFY2(log().contains("Running on the connected BBC micro:bit v1 (USB 1-2, serial 99000000…) needs Flash, which is not "
                            "available yet. Build (Ctrl+B) checks the program for it; choose “microbit (emulated)” to run it "
                            "in the emulator."),
             qPrintable(log()));

    QCOMPARE(selector()->toolTip(), selector()->itemData(selector()->currentIndex(), Qt::ToolTipRole).toString());
    m_window->findChild<QDockWidget *>("buildLogDock")->raise();
    QVERIFY(m_window->grab().save(MARMOT_BUILD_DIR "/screenshots/board_selector_run_needs_flash.png"));

    QVERIFY(m_window->action("build")->isEnabled());
    m_window->build();
    QVERIFY(m_window->runner()->isBuilding());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isBuilding(), 120000);
    QVERIFY(m_window->runner()->lastBuild().ok);
    QVERIFY(QString::fromStdString(m_window->runner()->lastBuild().elfPath).endsWith(".elf"));
  }

  void probeIsListedButNotSelectable() {
    device::UsbDeviceInfo stlink;
    stlink.id = {0x0483, 0x3748};
    stlink.bus = 1;
    stlink.address = 6;
    stlink.portPath = "1-3";
    m_usb->plug(stlink);
    const int index = selector()->indexOfConnection("1:6");
    QVERIFY(index > 0);
    QCOMPARE(selector()->itemText(index), QString("ST-LINK/V2 probe (USB 1-3)"));
    auto *items = qobject_cast<QStandardItemModel *>(selector()->model());
    QVERIFY(items && !items->item(index)->isEnabled());
    m_usb->unplug("1:6");
    QCOMPARE(selector()->indexOfConnection("1:6"), -1);
  }

  void unplugRemovesTheBoard() {
    QVERIFY(selector()->isConnectedBoardSelected());
    m_usb->unplug("1:5");
    QCOMPARE(selector()->indexOfConnection("1:5"), -1);
    QCOMPARE(selector()->count(), m_targets);  // the separator went too
    QVERIFY(!selector()->isConnectedBoardSelected());
    QCOMPARE(m_window->selectedBoard(), QString("microbit"));  // the emulated entry of the same target
    QVERIFY(log().contains("Unplugged: BBC micro:bit v1 (USB 1-2, serial 99000000…)"));
    QVERIFY(m_window->action("run")->toolTip().startsWith("Build and run on the emulated board"));
  }

  void noUsbLeavesEmulatedBoards() {
    m_usb->plug(microbit(7, "1-4"));
    QCOMPARE(selector()->connectedCount(), 1);
    auto broken = std::make_unique<device::ReplayUsbEnumerator>();
    broken->setStartError("libusb could not start (Other error): there is no /dev/bus/usb");
    QVERIFY(!m_window->startBoardDetection(std::move(broken)));
    m_usb = nullptr;  // replaced
    QCOMPARE(selector()->count(), m_targets);
    const QString line = "Connected boards are not detected, only emulated boards are listed: libusb could not start (Other "
                         "error): there is no /dev/bus/usb";
    QCOMPARE(log().count(line), 1);
  }

  void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char **argv) { return marmot::testing::runGuiTest<BoardSelectorTest>("board_selector", argc, argv); }
#include "board_selector_test.moc"
