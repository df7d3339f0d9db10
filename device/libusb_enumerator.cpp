// libusb behind the UsbEnumerator interface. libusb's file descriptors are watched with
// QSocketNotifiers, so hotplug callbacks run on this object's thread from Qt's event loop;
// the callback only schedules a new listing, which is done outside libusb's event handling.
#include "libusb_enumerator.h"

#include <libusb.h>

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QThread>
#include <poll.h>
#include <algorithm>
#include <vector>

namespace marmot::device {

namespace {

const char *kUsbfs = "/dev/bus/usb";

QString libusbMessage(int code) { return QString::fromUtf8(libusb_strerror(code)); }

QString readString(libusb_device_handle *handle, uint8_t index) {
  if (index == 0) return {};
  unsigned char buffer[256];
  const int length = libusb_get_string_descriptor_ascii(handle, index, buffer, sizeof buffer);
  if (length <= 0) return {};
  return QString::fromLatin1(reinterpret_cast<const char *>(buffer), length).trimmed();
}

// Linux keeps a device's strings in sysfs, readable without permission to open it.
QString readSysfs(const QString &portPath, const char *attribute) {
  if (portPath.isEmpty()) return {};
  QFile file(QStringLiteral("/sys/bus/usb/devices/%1/%2").arg(portPath, QLatin1String(attribute)));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll()).trimmed();
}

void readDetails(libusb_device *device, const libusb_device_descriptor &descriptor, UsbDeviceInfo *info) {
  libusb_device_handle *handle = nullptr;
  const int result = libusb_open(device, &handle);
  if (result == 0) {
    info->manufacturer = readString(handle, descriptor.iManufacturer);
    info->product = readString(handle, descriptor.iProduct);
    info->serialNumber = readString(handle, descriptor.iSerialNumber);
    libusb_close(handle);
    return;
  }
  const QString node = QStringLiteral("%1/%2/%3")
                           .arg(QLatin1String(kUsbfs))
                           .arg(info->bus, 3, 10, QLatin1Char('0'))
                           .arg(info->address, 3, 10, QLatin1Char('0'));
  info->accessDenied = result == LIBUSB_ERROR_ACCESS;
  if (info->accessDenied)
    info->openError = LibusbEnumerator::tr("no permission to open %1: install Marmot's udev rules (60-marmot.rules) or join "
                                           "the plugdev group, then plug the board in again").arg(node);
  else
    info->openError = LibusbEnumerator::tr("cannot open %1: %2").arg(node, libusbMessage(result));
  info->manufacturer = readSysfs(info->portPath, "manufacturer");
  info->product = readSysfs(info->portPath, "product");
  info->serialNumber = readSysfs(info->portPath, "serial");
}

}  // namespace

struct LibusbEnumerator::Context {
  libusb_context *usb = nullptr;
  std::vector<std::pair<int, QSocketNotifier *>> notifiers;
};

// The C callbacks libusb calls; they reach the enumerator through user_data.
struct LibusbCallbacks {
  static int LIBUSB_CALL hotplug(libusb_context *, libusb_device *, libusb_hotplug_event, void *user) {
    auto *self = static_cast<LibusbEnumerator *>(user);
    QMetaObject::invokeMethod(self, &LibusbEnumerator::scheduleRescan, Qt::QueuedConnection);
    return 0;  // stay registered
  }
  static void LIBUSB_CALL added(int fd, short events, void *user) {
    auto *self = static_cast<LibusbEnumerator *>(user);
    if (QThread::currentThread() == self->thread()) return self->watchDescriptor(fd, events);
    QMetaObject::invokeMethod(self, [self, fd, events] { self->watchDescriptor(fd, events); }, Qt::QueuedConnection);
  }
  static void LIBUSB_CALL removed(int fd, void *user) {
    auto *self = static_cast<LibusbEnumerator *>(user);
    if (QThread::currentThread() == self->thread()) return self->unwatchDescriptor(fd);
    QMetaObject::invokeMethod(self, [self, fd] { self->unwatchDescriptor(fd); }, Qt::QueuedConnection);
  }
};

LibusbEnumerator::LibusbEnumerator(Mode mode, QObject *parent) : UsbEnumerator(parent), m_mode(mode) {
  m_pollTimer.setInterval(2000);
  connect(&m_pollTimer, &QTimer::timeout, this, &LibusbEnumerator::rescan);
  m_rescanTimer.setSingleShot(true);
  m_rescanTimer.setInterval(150);
  connect(&m_rescanTimer, &QTimer::timeout, this, &LibusbEnumerator::rescan);
}

LibusbEnumerator::~LibusbEnumerator() {
  if (!m_context) return;
  libusb_context *usb = m_context->usb;
  if (m_hotplugHandle >= 0) libusb_hotplug_deregister_callback(usb, m_hotplugHandle);
  libusb_set_pollfd_notifiers(usb, nullptr, nullptr, nullptr);
  for (auto &[fd, notifier] : m_context->notifiers) delete notifier;
  m_context->notifiers.clear();
  libusb_exit(usb);
}

bool LibusbEnumerator::start() {
  if (m_context) return true;
  const bool usbfs = QFileInfo::exists(QLatin1String(kUsbfs));
  auto context = std::make_unique<Context>();
  if (const int result = libusb_init(&context->usb); result != 0) {
    m_error = tr("libusb could not start (%1)").arg(libusbMessage(result));
    if (!usbfs) m_error += tr(": there is no %1, so no USB device is visible here (a container?)").arg(QLatin1String(kUsbfs));
    return false;
  }
  m_context = std::move(context);
  libusb_context *usb = m_context->usb;
  rescan();

  if (m_mode == Mode::Auto && libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
    libusb_hotplug_callback_handle handle = -1;
    const int events = LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT;
    if (libusb_hotplug_register_callback(usb, libusb_hotplug_event(events), libusb_hotplug_flag(0), LIBUSB_HOTPLUG_MATCH_ANY,
                                         LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, &LibusbCallbacks::hotplug, this,
                                         &handle) == LIBUSB_SUCCESS)
      m_hotplugHandle = handle;
  }
  if (usesHotplug()) {
    // libusb's descriptors join Qt's event loop; hotplug events come through them.
    const libusb_pollfd **fds = libusb_get_pollfds(usb);
    for (int i = 0; fds && fds[i]; ++i) watchDescriptor(fds[i]->fd, fds[i]->events);
    libusb_free_pollfds(fds);
    libusb_set_pollfd_notifiers(usb, &LibusbCallbacks::added, &LibusbCallbacks::removed, this);
  } else {
    m_pollTimer.start();
  }

  const libusb_version *v = libusb_get_version();
  m_description = tr("libusb %1.%2.%3, %4")
                      .arg(v->major)
                      .arg(v->minor)
                      .arg(v->micro)
                      .arg(usesHotplug() ? tr("hotplug") : tr("looking every %1 s").arg(m_pollTimer.interval() / 1000));
  if (!usbfs) m_description += tr("; there is no %1, so no USB device is visible here").arg(QLatin1String(kUsbfs));
  m_error.clear();
  return true;
}

void LibusbEnumerator::rescan() {
  if (!m_context) return;
  libusb_device **list = nullptr;
  const ssize_t count = libusb_get_device_list(m_context->usb, &list);
  if (count < 0) {
    m_error = tr("libusb could not list the USB devices (%1)").arg(libusbMessage(int(count)));
    return;
  }
  QList<UsbDeviceInfo> now;
  QHash<QString, UsbDeviceInfo> known;
  for (ssize_t i = 0; i < count; ++i) {
    libusb_device *device = list[i];
    libusb_device_descriptor descriptor;
    if (libusb_get_device_descriptor(device, &descriptor) != 0) continue;
    UsbDeviceInfo info;
    info.id = {descriptor.idVendor, descriptor.idProduct};
    info.bus = libusb_get_bus_number(device);
    info.address = libusb_get_device_address(device);
    uint8_t ports[8];
    const int depth = libusb_get_port_numbers(device, ports, int(sizeof ports));
    if (depth > 0) {
      QStringList numbers;
      for (int p = 0; p < depth; ++p) numbers << QString::number(ports[p]);
      info.portPath = QStringLiteral("%1-%2").arg(info.bus).arg(numbers.join('.'));
    }
    const bool details = wantsDetails(info.id);
    const QString cacheKey = info.key() + '/' + info.id.toString() + (details ? "+" : "");
    if (m_known.contains(cacheKey)) info = m_known.value(cacheKey);
    else if (details) readDetails(device, descriptor, &info);
    known.insert(cacheKey, info);
    now.append(info);
  }
  libusb_free_device_list(list, 1);
  std::sort(now.begin(), now.end(), [](const UsbDeviceInfo &a, const UsbDeviceInfo &b) {
    return std::make_pair(a.bus, a.address) < std::make_pair(b.bus, b.address);
  });
  m_known = known;
  if (now == m_devices) return;
  m_devices = now;
  emit devicesChanged();
}

void LibusbEnumerator::scheduleRescan() { m_rescanTimer.start(); }

void LibusbEnumerator::watchDescriptor(int fd, short events) {
  unwatchDescriptor(fd);
  const std::pair<short, QSocketNotifier::Type> kinds[] = {{POLLIN, QSocketNotifier::Read}, {POLLOUT, QSocketNotifier::Write}};
  for (const auto &[mask, type] : kinds) {
    if (!(events & mask)) continue;
    auto *notifier = new QSocketNotifier(fd, type, this);
    connect(notifier, &QSocketNotifier::activated, this, &LibusbEnumerator::handleEvents);
    m_context->notifiers.emplace_back(fd, notifier);
  }
}

void LibusbEnumerator::unwatchDescriptor(int fd) {
  if (!m_context) return;
  auto &list = m_context->notifiers;
  for (auto it = list.begin(); it != list.end();) {
    if (it->first != fd) {
      ++it;
      continue;
    }
    it->second->setEnabled(false);
    it->second->deleteLater();  // it may be the notifier whose signal is running
    it = list.erase(it);
  }
}

void LibusbEnumerator::handleEvents() {
  if (!m_context) return;
  timeval zero{0, 0};
  libusb_handle_events_timeout_completed(m_context->usb, &zero, nullptr);
}

}  // namespace marmot::device
