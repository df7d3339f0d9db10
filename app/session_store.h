// What the IDE remembers between starts (QSettings): recent projects, the last project,
// each project's board and open files, the window's geometry and dock layout.
#pragma once
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace marmot::app {

class SessionStore {
 public:
  SessionStore();  // the application's QSettings (organisation "Marmot", application "Marmot IDE")

  QStringList recentProjects() const;
  void addRecentProject(const QString &dir);  // most recent first, at most 10, existing only
  QString lastProject() const;
  void setLastProject(const QString &dir);

  QString boardFor(const QString &projectDir, const QString &fallback) const;
  void setBoardFor(const QString &projectDir, const QString &board);
  QVariantMap editorStateFor(const QString &projectDir) const;
  void setEditorStateFor(const QString &projectDir, const QVariantMap &state);

  QByteArray windowGeometry() const;
  QByteArray windowState() const;
  void setWindow(const QByteArray &geometry, const QByteArray &state);
  void sync();

 private:
  static QString projectKey(const QString &dir);
  mutable QSettings m_settings;
};

}  // namespace marmot::app
