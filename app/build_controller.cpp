// Build threads: the toolchain API is synchronous and Qt-free, so it runs in a QThread.
#include "build_controller.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include "builder.h"

namespace marmot::app {

BuildController::BuildController(toolchain::InstallLayout layout, QObject *parent)
    : QObject(parent), m_layout(std::move(layout)) {}

BuildController::~BuildController() {
  if (m_thread) {
    m_thread->wait();
    delete m_thread;
  }
}

bool BuildController::start(const toolchain::BuildRequest &request) {
  if (m_thread) return false;
  emit started(QString::fromStdString(request.target), QString::fromStdString(request.package));
  m_thread = QThread::create([this, request] {
    QElapsedTimer timer;
    timer.start();
    toolchain::BuildResult result = toolchain::Builder(m_layout).build(request);
    qint64 ms = timer.elapsed();
    QMetaObject::invokeMethod(this, [this, result, ms] {
      m_result = result;
      m_durationMs = ms;
      m_thread->wait();
      m_thread->deleteLater();
      m_thread = nullptr;
      emit finished(m_result.ok);
    }, Qt::QueuedConnection);
  });
  m_thread->start();
  return true;
}

}  // namespace marmot::app
