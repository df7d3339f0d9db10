// RecoveryStore: copies of unsaved buffers in a folder, so edits survive a crash of the IDE.
// One file per source path: a header line with the original path, then the text.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace marmot::editor {

class RecoveryStore
{
public:
    void setDirectory(const QString &dir);
    QString directory() const { return m_dir; }
    bool isEnabled() const { return !m_dir.isEmpty(); }

    bool write(const QString &path, const QString &text) const;
    // The recovered text for path, if any; *savedAt gets the time of the copy.
    bool read(const QString &path, QString *text, QDateTime *savedAt = nullptr) const;
    void remove(const QString &path) const;
    // A recovery copy that is newer than the file on disk and differs from it.
    bool hasNewerCopy(const QString &path) const;
    QStringList files() const; // original paths with a recovery copy

private:
    QString fileFor(const QString &path) const;
    QString m_dir;
};

} // namespace marmot::editor
