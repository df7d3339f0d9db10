// QSettings keys for the IDE session.
#include "session_store.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace marmot::app {

SessionStore::SessionStore() : m_settings("Marmot", "Marmot IDE") {}

QString SessionStore::projectKey(const QString &dir) {
  return "projects/" + QString::fromLatin1(QCryptographicHash::hash(QFileInfo(dir).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QStringList SessionStore::recentProjects() const {
  QStringList out;
  for (const QString &dir : m_settings.value("recentProjects").toStringList())
    if (QFileInfo(dir).isDir()) out << dir;
  return out;
}

void SessionStore::addRecentProject(const QString &dir) {
  QStringList list = recentProjects();
  QString abs = QFileInfo(dir).absoluteFilePath();
  list.removeAll(abs);
  list.prepend(abs);
  while (list.size() > 10) list.removeLast();
  m_settings.setValue("recentProjects", list);
}

QString SessionStore::lastProject() const { return m_settings.value("lastProject").toString(); }
void SessionStore::setLastProject(const QString &dir) { m_settings.setValue("lastProject", QFileInfo(dir).absoluteFilePath()); }

QString SessionStore::boardFor(const QString &projectDir, const QString &fallback) const {
  return m_settings.value(projectKey(projectDir) + "/board", m_settings.value("lastBoard", fallback)).toString();
}

void SessionStore::setBoardFor(const QString &projectDir, const QString &board) {
  if (!projectDir.isEmpty()) m_settings.setValue(projectKey(projectDir) + "/board", board);
  m_settings.setValue("lastBoard", board);
}

QVariantMap SessionStore::editorStateFor(const QString &projectDir) const {
  return m_settings.value(projectKey(projectDir) + "/editor").toMap();
}

void SessionStore::setEditorStateFor(const QString &projectDir, const QVariantMap &state) {
  m_settings.setValue(projectKey(projectDir) + "/editor", state);
}

QByteArray SessionStore::windowGeometry() const { return m_settings.value("window/geometry").toByteArray(); }
QByteArray SessionStore::windowState() const { return m_settings.value("window/state").toByteArray(); }

void SessionStore::setWindow(const QByteArray &geometry, const QByteArray &state) {
  m_settings.setValue("window/geometry", geometry);
  m_settings.setValue("window/state", state);
}

void SessionStore::sync() { m_settings.sync(); }

}  // namespace marmot::app
