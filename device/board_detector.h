// The connected-boards service: watches a UsbEnumerator, matches its devices with the
// BoardCatalog, pairs serial ports, and reports boards as they arrive, change and leave.
// QtCore only; the IDE's board selector draws what it reports.
#pragma once
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

#include "board_catalog.h"
#include "connected_board.h"
#include "usb_enumerator.h"

namespace marmot::device {

class BoardDetector : public QObject {
  Q_OBJECT
 public:
  explicit BoardDetector(BoardCatalog catalog, QObject *parent = nullptr);
  ~BoardDetector() override;

  // Watches this enumerator from now on (boards of a previous one are reported removed).
  // False when it cannot start; errorString() says why, and no boards are listed.
  bool start(std::unique_ptr<UsbEnumerator> enumerator);
  bool isActive() const { return m_active; }
  QString errorString() const { return m_error; }
  QString description() const;  // how boards are being watched, for the log
  UsbEnumerator *enumerator() const { return m_enumerator.get(); }
  const BoardCatalog &catalog() const { return m_catalog; }

  QList<ConnectedBoard> boards() const { return m_boards; }
  // The board with this key(); false when it is not (or no longer) connected.
  bool find(const QString &key, ConnectedBoard *out) const;
  // Where serial ports come from when the enumerator has none (default: the system's).
  void setSerialPortLister(std::function<QList<SerialPortRecord>()> lister) { m_portLister = std::move(lister); }
  // Matches the enumerator's current list again.
  void refresh();

 signals:
  void boardArrived(const marmot::device::ConnectedBoard &board);
  void boardChanged(const marmot::device::ConnectedBoard &board);  // e.g. its serial port appeared
  void boardRemoved(const marmot::device::ConnectedBoard &board);

 private:
  void onDevicesChanged();

  BoardCatalog m_catalog;
  std::unique_ptr<UsbEnumerator> m_enumerator;
  std::function<QList<SerialPortRecord>()> m_portLister;
  QList<ConnectedBoard> m_boards;
  QTimer m_portRetry;  // a USB serial port appears a moment after its device
  int m_portRetries = 0;
  bool m_active = false;
  QString m_error;
};

}  // namespace marmot::device
