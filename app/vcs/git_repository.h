// A project's Git repository through libgit2 only: status, diffs, snapshots (commits),
// history and restoring files. It never runs git, hooks, or filter programs: libgit2 has no
// support for external clean/smudge/process drivers or hooks, and checkouts here disable
// even libgit2's built-in filters (files are written exactly as stored).
#pragma once

#include "vcs/git_types.h"

#include <QByteArray>

struct git_repository;

namespace marmot::vcs {

class GitRepository {
 public:
  GitRepository();
  ~GitRepository();
  GitRepository(const GitRepository &) = delete;
  GitRepository &operator=(const GitRepository &) = delete;

  // Opens the repository containing `folder` (searching parent folders). A folder outside
  // any repository is not an error: isRepository() is then false and init() can start one.
  Result open(const QString &folder);
  void close();
  bool isRepository() const { return m_repo != nullptr; }
  QString folder() const { return m_folder; }
  // The repository's root folder (absolute, no trailing '/'); folder() when there is none.
  QString workTree() const;

  // "Start tracking changes": creates a repository in folder(), writes a .gitignore for
  // Marmot projects (unless one exists) and saves a first snapshot of every file.
  Result init();

  QString relativePath(const QString &path) const;  // absolute or relative -> repository-relative
  // The project folder relative to the repository root ("" when it is the root). When a
  // project sits inside a larger repository, status, stageAll and restoreProject only look
  // at the project's own files.
  QString projectPrefix() const;
  QString absolutePath(const QString &relative) const;

  Result status(QVector<FileStatus> *files) const;
  // Unified diff of one file's working copy against HEAD (with staged changes) or the index.
  Result diff(const QString &path, DiffBase base, QString *patch) const;
  // Content of a file in a snapshot (HEAD when `snapshotId` is empty). `found` is false when
  // the file is not in it (or there is no snapshot yet).
  Result snapshotContent(const QString &path, const QString &snapshotId, QByteArray *content,
                         bool *found) const;
  // Line changes of `currentText` (the editor's buffer) against the file in HEAD. A file
  // that HEAD does not have is all Added; outside a repository the list is empty.
  QVector<LineChange> lineChanges(const QString &path, const QString &currentText) const;
  // The same for the file as saved on disk.
  QVector<LineChange> lineChanges(const QString &path) const;

  Result stage(const QStringList &paths);
  Result unstage(const QStringList &paths);
  Result stageAll();  // every new, modified and deleted file of the project (as `git add -A .`)
  bool hasStagedChanges() const;

  // Saves a snapshot of what is staged. The author is user.name/user.email from the
  // repository's or the global Git config, else defaultAuthor().
  Result commit(const QString &message, QString *newId = nullptr);
  bool hasConfiguredAuthor() const;
  QString author() const;  // "Name <email>" that commit() will use
  // Sets user.name and user.email in this repository's own config (not the global one, so
  // students sharing a lab account each sign their own project).
  Result setAuthor(const QString &name, const QString &email);
  static QString defaultAuthorName() { return QStringLiteral("Marmot user"); }
  static QString defaultAuthorEmail() { return QStringLiteral("user@localhost"); }

  Result history(QVector<Snapshot> *snapshots, int limit = 500) const;
  bool hasSnapshots() const;
  // What a snapshot changed against the one before it, as a unified diff.
  Result snapshotDiff(const QString &snapshotId, QString *patch) const;

  // The files (repository-relative) a snapshot holds.
  Result snapshotFiles(const QString &snapshotId, QStringList *paths) const;

  // Restores one file (work tree and index) to its content in a snapshot. HEAD does not
  // move; the restored file shows as a change until the next snapshot.
  Result restoreFile(const QString &path, const QString &snapshotId, QStringList *restored);
  // Restores every file of a snapshot (as `git checkout <id> -- .`): files in the snapshot
  // are written to the work tree and index; files the snapshot does not have are left alone
  // (nothing is deleted); HEAD does not move, so the next snapshot records the return.
  Result restoreProject(const QString &snapshotId, QStringList *restored);

 private:
  Result requireRepository(const QString &action) const;
  Result checkoutPaths(const QString &snapshotId, const QStringList &paths, const QString &action);

  git_repository *m_repo = nullptr;
  QString m_folder;
};

}  // namespace marmot::vcs
