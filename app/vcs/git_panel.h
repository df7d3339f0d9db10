// The Git panel: changed files with their diffs, "Save snapshot" with a message, the history
// of snapshots and restoring a file or the whole project, or "Start tracking changes" for a
// project that has no repository yet.
#pragma once

#include "vcs/git_types.h"

#include <QSet>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace marmot::vcs {

class DiffView;
class GitRepository;

class GitPanel : public QWidget {
  Q_OBJECT
 public:
  explicit GitPanel(QWidget *parent = nullptr);
  ~GitPanel() override;

  void setProjectFolder(const QString &dir);
  QString projectFolder() const;
  // Line changes of an editor buffer (maybe unsaved) against the last snapshot.
  QVector<LineChange> lineChangesFor(const QString &path, const QString &currentText) const;
  GitRepository &repository() { return *m_repo; }

 public slots:
  void refresh();
  void startTracking();
  void saveSnapshot();
  void restoreFile();
  void restoreProject();
  void editAuthor();

 signals:
  void openFileRequested(const QString &path);
  void filesRestored(const QStringList &paths);
  void lineChangesChanged(const QString &path, const QVector<marmot::vcs::LineChange> &changes);
  void statusMessage(const QString &message);

 private:
  QWidget *buildTrackingPage();
  QWidget *buildRepositoryPage();
  void fillFiles(const QVector<FileStatus> &files);
  void fillHistory();
  void updateLineChanges(const QVector<FileStatus> &files);
  void updateAuthor();
  void updateButtons();
  void showSelectedDiff();
  void showSelectedSnapshot();
  void onFileChecked(QTreeWidgetItem *item, int column);
  void onFileActivated(QTreeWidgetItem *item);
  QString selectedFile() const;      // repository-relative, or empty
  QString selectedSnapshot() const;  // full id, or empty
  QString snapshotLabel(const QString &id) const;
  bool confirm(const QString &title, const QString &text, const QString &acceptLabel);
  void report(const Result &result);

  std::unique_ptr<GitRepository> m_repo;
  QStackedWidget *m_pages = nullptr;
  QLabel *m_trackingHint = nullptr;
  QPushButton *m_startButton = nullptr;
  QTreeWidget *m_files = nullptr;
  QLabel *m_diffTitle = nullptr;
  DiffView *m_diff = nullptr;
  QPlainTextEdit *m_message = nullptr;
  QLabel *m_author = nullptr;
  QPushButton *m_saveButton = nullptr;
  QTreeWidget *m_history = nullptr;
  QPushButton *m_restoreFileButton = nullptr;
  QPushButton *m_restoreProjectButton = nullptr;
  QSet<QString> m_markedFiles;  // absolute paths that last got non-empty line changes
  bool m_filling = false;
};

}  // namespace marmot::vcs
