// RecoveryStore: "<sha1 of path>.recovery" files holding "marmot-recovery-v1 <path>\n<text>".
#include "recovery_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace marmot::editor {

namespace {
const QByteArray kMagic = "marmot-recovery-v1 ";
}

void RecoveryStore::setDirectory(const QString &dir)
{
    m_dir = dir;
    if (!m_dir.isEmpty())
        QDir().mkpath(m_dir);
}

QString RecoveryStore::fileFor(const QString &path) const
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_dir + "/" + QString::fromLatin1(hash.left(20)) + ".recovery";
}

bool RecoveryStore::write(const QString &path, const QString &text) const
{
    if (!isEnabled())
        return false;
    QSaveFile f(fileFor(path));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(kMagic + path.toUtf8() + "\n");
    f.write(text.toUtf8());
    return f.commit();
}

bool RecoveryStore::read(const QString &path, QString *text, QDateTime *savedAt) const
{
    if (!isEnabled())
        return false;
    QFile f(fileFor(path));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.readLine();
    if (!header.startsWith(kMagic) || QString::fromUtf8(header.mid(kMagic.size()).chopped(1)) != path)
        return false;
    *text = QString::fromUtf8(f.readAll());
    if (savedAt)
        *savedAt = QFileInfo(f).lastModified();
    return true;
}

void RecoveryStore::remove(const QString &path) const
{
    if (isEnabled())
        QFile::remove(fileFor(path));
}

bool RecoveryStore::hasNewerCopy(const QString &path) const
{
    QString text;
    QDateTime savedAt;
    if (!read(path, &text, &savedAt))
        return false;
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    if (info.lastModified() > savedAt)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true;
    return QString::fromUtf8(f.readAll()) != text;
}

QStringList RecoveryStore::files() const
{
    QStringList out;
    if (!isEnabled())
        return out;
    const QStringList names = QDir(m_dir).entryList({"*.recovery"}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(m_dir + "/" + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray header = f.readLine();
        if (header.startsWith(kMagic))
            out << QString::fromUtf8(header.mid(kMagic.size()).chopped(1));
    }
    return out;
}

} // namespace marmot::editor
