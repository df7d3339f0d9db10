// A real emulator session: blinky on each emulated board under QEMU; the console text
// arrives and the LED pin is reported high and low to the host.
#include <QSignalSpy>
#include <QtTest>
#include <csignal>

#include "builder.h"
#include "emulator_session.h"
#include "target_database.h"

using namespace marmot;

class EmulatorSessionTest : public QObject {
  Q_OBJECT
  // Builds examples/NAME for board; the ELF path, or "" after a failed QVERIFY.
  static std::string buildExample(const QString &board, const char *name, toolchain::Target *target) {
    auto layout = toolchain::InstallLayout::fromExecutable(QCoreApplication::applicationFilePath().toStdString());
    toolchain::BuildRequest request;
    request.target = board.toStdString();
    request.package = std::string(MARMOT_SOURCE_DIR "/examples/") + name;
    auto built = toolchain::Builder(layout).build(request);
    if (!built.ok) {
      qWarning("%s", built.diagnostics.empty() ? "build failed" : built.diagnostics[0].toString().c_str());
      return {};
    }
    auto loaded = toolchain::TargetDatabase(layout.targetsDir()).load(board.toStdString());
    if (!loaded.ok()) return {};
    *target = loaded.value();
    return built.elfPath;
  }

 private slots:
  void blinkyReportsLedAndConsole_data() {
    QTest::addColumn<QString>("board");
    for (const char *b : {"cortex-m-qemu", "riscv-qemu", "microbit", "mps2-an386"}) QTest::newRow(b) << b;
  }

  void blinkyReportsLedAndConsole() {
    QFETCH(QString, board);
    toolchain::Target target;
    const std::string elf = buildExample(board, "blinky", &target);
    QVERIFY(!elf.empty());
    QVERIFY(!target.virtualLeds.empty());
    const int ledPin = int(target.virtualLeds[0].pin);

    device::EmulatorSession session;
    QByteArray console;
    QList<QPair<int, bool>> pins;
    connect(&session, &device::EmulatorSession::consoleOutput, this, [&](const QByteArray &b) { console += b; });
    connect(&session, &device::EmulatorSession::pinChanged, this, [&](int pin, bool high) { pins.append({pin, high}); });
    QVERIFY2(session.start(target, QString::fromStdString(elf)), qPrintable(session.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(console.contains("LED off 1"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pins.contains({ledPin, true}) && pins.contains({ledPin, false}), 5000);
    QSignalSpy finished(&session, &device::EmulatorSession::finished);
    session.stop();
    QVERIFY(!session.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), true);  // stopped by us
  }

  void virtualButtonDrivesInputPin_data() { blinkyReportsLedAndConsole_data(); }

  // examples/button lights the LED while the (active-low) button is held.
  void virtualButtonDrivesInputPin() {
    QFETCH(QString, board);
    toolchain::Target target;
    const std::string elf = buildExample(board, "button", &target);
    QVERIFY(!elf.empty());
    const int ledPin = int(target.virtualLeds[0].pin), buttonPin = int(target.virtualButtons[0].pin);
    device::EmulatorSession session;
    QByteArray console;
    bool led = false;
    connect(&session, &device::EmulatorSession::consoleOutput, this, [&](const QByteArray &b) { console += b; });
    connect(&session, &device::EmulatorSession::pinChanged, this, [&](int pin, bool high) { if (pin == ledPin) led = high; });
    QVERIFY2(session.start(target, QString::fromStdString(elf)), qPrintable(session.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(console.contains("press the button"), 20000);
    QVERIFY(session.setInputPin(buttonPin, false));
    QTRY_VERIFY_WITH_TIMEOUT(console.contains("pressed") && led, 10000);
    QVERIFY(session.setInputPin(buttonPin, true));
    QTRY_VERIFY_WITH_TIMEOUT(console.contains("released") && !led, 10000);
    session.stop();
  }

  // The IDE killed (or crashed) while firmware runs: its QEMU must not run on, orphaned.
  void emulatorEndsWithItsParent() {
    toolchain::Target target;
    const std::string elf = buildExample("cortex-m-qemu", "blinky", &target);
    QVERIFY(!elf.empty());
    QProcess victim;
    victim.start(EMULATOR_VICTIM, {"cortex-m-qemu", QString::fromStdString(elf)});
    QVERIFY(victim.waitForStarted(5000));
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += victim.readAllStandardOutput()).contains('\n'), 20000);
    const QByteArray pidText = line.mid(line.indexOf("qemu ") + 5).trimmed();
    const qint64 pid = pidText.toLongLong();
    QVERIFY2(pid > 0, line.constData());
    struct Reaper {  // should the check fail, QEMU must not outlive the test either
      qint64 pid;
      ~Reaper() { ::kill(static_cast<pid_t>(pid), SIGKILL); }
    } reaper{pid};
    QVERIFY(alive(pid));
    victim.kill();  // SIGKILL: no chance to clean up
    QVERIFY(victim.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 10000);
  }

  // A process that exists and is not a zombie.
  static bool alive(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) return false;
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text[close + 2] != 'Z';
  }

  void missingEmulatorIsAClearError() {
    toolchain::Target t;
    t.name = "imaginary";
    t.emulator = {"qemu-system-imaginary", "-kernel", "{elf}"};
    device::EmulatorSession session;
    QVERIFY(!session.start(t, "/nonexistent.elf"));
    QVERIFY2(session.errorString().contains("is not installed"), qPrintable(session.errorString()));
  }
};

QTEST_GUILESS_MAIN(EmulatorSessionTest)
#include "emulator_session_test.moc"
