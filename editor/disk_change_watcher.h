// DiskChangeWatcher: tells when an open file changes on disk (another tool, git, gopls
// rename of a closed file...). Keeps watching across atomic replace-by-rename saves.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace marmot::editor {

class DiskChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DiskChangeWatcher(QObject *parent = nullptr);

    void watch(const QString &path);
    void unwatch(const QString &path);

signals:
    void changedOnDisk(const QString &path);

private:
    void recheck();

    QFileSystemWatcher m_watcher;
    QSet<QString> m_paths;
    QSet<QString> m_pending;
    QTimer m_settle; // editors and git write in several steps: report once things settle
};

} // namespace marmot::editor
