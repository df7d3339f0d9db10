// The virtual board dock for emulated boards: the board's LEDs drawn with their live pin
// levels from the running firmware, and its buttons.
#pragma once
#include <QMap>
#include <QWidget>

#include "target.h"

namespace marmot::app {

class VirtualBoard : public QWidget {
  Q_OBJECT
 public:
  explicit VirtualBoard(QWidget *parent = nullptr);
  void setBoard(const toolchain::Target &target);
  void setPinLevel(int pin, bool high);
  void resetPins();        // all low, e.g. when a run starts
  void setRunning(bool running);
  bool pinLevel(int pin) const { return m_levels.value(pin, false); }
  int changeCount() const { return m_changes; }
  QPoint buttonCenter(int index) const { return buttonRect(index).center().toPoint(); }
  QSize sizeHint() const override { return {240, 220}; }

 signals:
  void buttonChanged(int pin, bool pressed);

 protected:
  void paintEvent(QPaintEvent *) override;
  void mousePressEvent(QMouseEvent *) override;
  void mouseReleaseEvent(QMouseEvent *) override;

 private:
  QRectF ledRect(int index) const;
  QRectF buttonRect(int index) const;

  toolchain::Target m_target;
  QMap<int, bool> m_levels;
  int m_pressedButton = -1;
  int m_changes = 0;
  bool m_running = false;
};

}  // namespace marmot::app
