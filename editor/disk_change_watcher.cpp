// DiskChangeWatcher: QFileSystemWatcher plus re-adding paths that were replaced by rename.
#include "disk_change_watcher.h"

#include <QFileInfo>

namespace marmot::editor {

DiskChangeWatcher::DiskChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_pending.insert(path);
        m_settle.start();
    });
    connect(&m_settle, &QTimer::timeout, this, &DiskChangeWatcher::recheck);
}

void DiskChangeWatcher::watch(const QString &path)
{
    m_paths.insert(path);
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void DiskChangeWatcher::unwatch(const QString &path)
{
    m_paths.remove(path);
    m_pending.remove(path);
    m_watcher.removePath(path);
}

void DiskChangeWatcher::recheck()
{
    const QSet<QString> pending = m_pending;
    m_pending.clear();
    for (const QString &path : pending) {
        if (!m_paths.contains(path))
            continue;
        watch(path); // a rename-replaced file drops out of the watcher
        emit changedOnDisk(path);
    }
}

} // namespace marmot::editor
