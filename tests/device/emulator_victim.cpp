// Helper of emulator_session_test: runs firmware in an EmulatorSession and prints
// "qemu <pid>" so that the test can kill this process and watch QEMU end with it.
#include <QCoreApplication>
#include <cstdio>

#include "emulator_session.h"
#include "install_layout.h"
#include "target_database.h"

using namespace marmot;

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  if (argc != 3) {
    std::fprintf(stderr, "usage: emulator_victim BOARD FIRMWARE.elf\n");
    return 2;
  }
  auto layout = toolchain::InstallLayout::fromExecutable(QCoreApplication::applicationFilePath().toStdString());
  auto target = toolchain::TargetDatabase(layout.targetsDir()).load(argv[1]);
  if (!target.ok()) {
    std::fprintf(stderr, "%s\n", target.error().c_str());
    return 2;
  }
  device::EmulatorSession session;
  if (!session.start(target.value(), QString::fromLocal8Bit(argv[2]))) {
    std::fprintf(stderr, "%s\n", qPrintable(session.errorString()));
    return 2;
  }
  std::printf("qemu %lld\n", static_cast<long long>(session.emulatorProcessId()));
  std::fflush(stdout);
  return app.exec();
}
