// Painting of the virtual board: a PCB with LEDs that glow while their pin is high.
#include "virtual_board.h"

#include <QMouseEvent>
#include <QPainter>
#include <QRadialGradient>

namespace marmot::app {

VirtualBoard::VirtualBoard(QWidget *parent) : QWidget(parent) {
  setMinimumSize(200, 180);
  setToolTip(tr("The emulated board: LEDs show the firmware's pin levels live"));
}

void VirtualBoard::setBoard(const toolchain::Target &target) {
  m_target = target;
  resetPins();
}

void VirtualBoard::setPinLevel(int pin, bool high) {
  if (m_levels.value(pin, false) != high || !m_levels.contains(pin)) ++m_changes;
  m_levels[pin] = high;
  update();
}

void VirtualBoard::resetPins() {
  m_levels.clear();
  update();
}

void VirtualBoard::setRunning(bool running) {
  m_running = running;
  update();
}

QRectF VirtualBoard::ledRect(int index) const {
  const qreal size = 34, gap = 18;
  const qreal total = m_target.virtualLeds.size() * size + (m_target.virtualLeds.size() - 1) * gap;
  return QRectF((width() - total) / 2 + index * (size + gap), height() * 0.30, size, size);
}

QRectF VirtualBoard::buttonRect(int index) const {
  const qreal w = 64, h = 30, gap = 14;
  const qreal total = m_target.virtualButtons.size() * w + (m_target.virtualButtons.size() - 1) * gap;
  return QRectF((width() - total) / 2 + index * (w + gap), height() * 0.68, w, h);
}

void VirtualBoard::paintEvent(QPaintEvent *) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  QRectF pcb = QRectF(rect()).adjusted(8, 8, -8, -8);
  p.setPen(QPen(QColor(0x0f, 0x3d, 0x2a), 2));
  p.setBrush(QColor(0x1d, 0x6b, 0x48));
  p.drawRoundedRect(pcb, 10, 10);
  p.setPen(QColor(0xe8, 0xf2, 0xe8));
  QFont title = font();
  title.setBold(true);
  p.setFont(title);
  QString name = m_target.name.empty() ? tr("No emulated board") : QString::fromStdString(m_target.name);
  p.drawText(pcb.adjusted(12, 8, -12, 0), Qt::AlignTop | Qt::AlignLeft, name);
  p.setFont(font());
  p.drawText(pcb.adjusted(12, 8, -12, 0), Qt::AlignTop | Qt::AlignRight, m_running ? tr("● running") : tr("stopped"));

  for (int i = 0; i < int(m_target.virtualLeds.size()); ++i) {
    const auto &led = m_target.virtualLeds[i];
    QRectF r = ledRect(i);
    bool on = m_levels.value(int(led.pin), false);
    if (on) {
      QRadialGradient glow(r.center(), r.width());
      glow.setColorAt(0, QColor(255, 80, 60, 200));
      glow.setColorAt(1, QColor(255, 80, 60, 0));
      p.setPen(Qt::NoPen);
      p.setBrush(glow);
      p.drawEllipse(r.center(), r.width(), r.width());
    }
    p.setPen(QPen(QColor(0x30, 0x10, 0x10), 1.5));
    p.setBrush(on ? QColor(0xff, 0x4d, 0x3a) : QColor(0x6b, 0x22, 0x1c));
    p.drawEllipse(r);
    p.setPen(QColor(0xe8, 0xf2, 0xe8));
    p.drawText(QRectF(r.left() - 30, r.bottom() + 4, r.width() + 60, 18), Qt::AlignHCenter | Qt::AlignTop,
               QString::fromStdString(led.name));
  }
  for (int i = 0; i < int(m_target.virtualButtons.size()); ++i) {
    const auto &button = m_target.virtualButtons[i];
    QRectF r = buttonRect(i);
    bool pressed = m_pressedButton == i;
    p.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5));
    p.setBrush(pressed ? QColor(0x55, 0x55, 0x55) : QColor(0x2e, 0x2e, 0x2e));
    p.drawRoundedRect(r, 6, 6);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, QString::fromStdString(button.name));
  }
}

void VirtualBoard::mousePressEvent(QMouseEvent *event) {
  for (int i = 0; i < int(m_target.virtualButtons.size()); ++i)
    if (buttonRect(i).contains(event->position())) {
      m_pressedButton = i;
      emit buttonChanged(int(m_target.virtualButtons[i].pin), true);
      update();
      return;
    }
}

void VirtualBoard::mouseReleaseEvent(QMouseEvent *) {
  if (m_pressedButton < 0) return;
  emit buttonChanged(int(m_target.virtualButtons[m_pressedButton].pin), false);
  m_pressedButton = -1;
  update();
}

}  // namespace marmot::app
