// Connected boards: enumerator list -> catalog match -> serial pairing -> arrival/removal.
#include "board_detector.h"

#include "system_serial_ports.h"

namespace marmot::device {

namespace {
const int kPortRetries = 3;
}

BoardDetector::BoardDetector(BoardCatalog catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_portLister(&systemSerialPorts) {
  m_portRetry.setSingleShot(true);
  m_portRetry.setInterval(1000);
  connect(&m_portRetry, &QTimer::timeout, this, [this] {
    ++m_portRetries;
    refresh();
  });
}

BoardDetector::~BoardDetector() = default;

bool BoardDetector::start(std::unique_ptr<UsbEnumerator> enumerator) {
  if (m_enumerator) m_enumerator->disconnect(this);
  m_enumerator = std::move(enumerator);
  m_active = false;
  m_error.clear();
  if (!m_enumerator) {
    m_error = tr("no USB enumerator");
  } else {
    m_enumerator->setDetailFilter([this](const UsbId &id) { return m_catalog.isInteresting(id); });
    connect(m_enumerator.get(), &UsbEnumerator::devicesChanged, this, &BoardDetector::onDevicesChanged);
    m_active = m_enumerator->start();
    if (!m_active) m_error = m_enumerator->errorString();
  }
  onDevicesChanged();
  return m_active;
}

QString BoardDetector::description() const {
  if (!m_active) return m_error;
  return m_enumerator->description();
}

bool BoardDetector::find(const QString &key, ConnectedBoard *out) const {
  for (const ConnectedBoard &b : m_boards) {
    if (b.key() != key) continue;
    if (out) *out = b;
    return true;
  }
  return false;
}

void BoardDetector::onDevicesChanged() {
  m_portRetries = 0;
  refresh();
}

void BoardDetector::refresh() {
  QList<ConnectedBoard> now;
  if (m_active) {
    now = m_catalog.match(m_enumerator->devices());
    if (!now.isEmpty()) {
      const bool recorded = m_enumerator->providesSerialPorts();
      BoardCatalog::pairSerialPorts(&now, recorded ? m_enumerator->serialPorts() : m_portLister());
      bool unpaired = false;
      for (const ConnectedBoard &b : now) unpaired = unpaired || b.serialPort.isEmpty();
      if (!recorded && unpaired && m_portRetries < kPortRetries) m_portRetry.start();
    }
  }
  const QList<ConnectedBoard> before = m_boards;
  m_boards = now;
  for (const ConnectedBoard &old : before)
    if (!find(old.key(), nullptr)) emit boardRemoved(old);
  for (const ConnectedBoard &b : now) {
    bool known = false;
    for (const ConnectedBoard &old : before) {
      if (old.key() != b.key()) continue;
      known = true;
      if (old != b) emit boardChanged(b);
    }
    if (!known) emit boardArrived(b);
  }
}

}  // namespace marmot::device
