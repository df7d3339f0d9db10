// GitRepository's restore operations: one file, or the whole project, back to a snapshot.
// Both write through libgit2's checkout with an explicit list of paths, so HEAD stays where
// it is and files the snapshot does not have are never deleted. Filters are disabled.
#include "vcs/git_repository.h"

#include "vcs/git_error.h"
#include "vcs/git_handles.h"

#include <algorithm>

namespace marmot::vcs {

namespace {

int collectBlob(const char *root, const git_tree_entry *entry, void *payload) {
  auto *paths = static_cast<QStringList *>(payload);
  if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB)
    paths->push_back(QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)));
  return 0;
}

}  // namespace

Result GitRepository::checkoutPaths(const QString &snapshotId, const QStringList &paths,
                                    const QString &action) {
  const QByteArray spec = snapshotId.toUtf8() + "^{tree}";
  git_object *rawTree = nullptr;
  int rc = git_revparse_single(&rawTree, m_repo, spec.constData());
  if (rc < 0)
    return gitFailure(action, rc == GIT_ENOTFOUND ? GIT_EINVALIDSPEC : rc);
  ObjectPtr tree(rawTree);
  PathArray pathArray(paths);
  git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
  opts.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
  opts.disable_filters = 1;  // write exactly what the snapshot stores; no filter of any kind
  opts.paths = *pathArray.get();
  rc = git_checkout_tree(m_repo, rawTree, &opts);
  return rc < 0 ? gitFailure(action, rc) : Result::success();
}

Result GitRepository::snapshotFiles(const QString &snapshotId, QStringList *paths) const {
  paths->clear();
  const QString action = QStringLiteral("Could not list the files of the snapshot");
  if (Result r = requireRepository(action); !r)
    return r;
  const QByteArray spec = snapshotId.toUtf8() + "^{tree}";
  git_object *rawTree = nullptr;
  int rc = git_revparse_single(&rawTree, m_repo, spec.constData());
  if (rc < 0)
    return gitFailure(action, rc == GIT_ENOTFOUND ? GIT_EINVALIDSPEC : rc);
  ObjectPtr tree(rawTree);
  rc = git_tree_walk(reinterpret_cast<git_tree *>(rawTree), GIT_TREEWALK_PRE, collectBlob, paths);
  return rc < 0 ? gitFailure(action, rc) : Result::success();
}

Result GitRepository::restoreFile(const QString &path, const QString &snapshotId, QStringList *restored) {
  if (restored)
    restored->clear();
  const QString rel = relativePath(path);
  const QString action = QStringLiteral("Could not restore %1").arg(rel);
  if (Result r = requireRepository(action); !r)
    return r;
  if (snapshotId.isEmpty())
    return Result::failure(action + QStringLiteral(": pick a snapshot in the history first."));
  QByteArray content;
  bool found = false;
  if (Result r = snapshotContent(rel, snapshotId, &content, &found); !r)
    return Result::failure(action + QStringLiteral(": that snapshot could not be read."));
  if (!found)
    return Result::failure(action + QStringLiteral(": the file did not exist in that snapshot."));
  if (Result r = checkoutPaths(snapshotId, {rel}, action); !r)
    return r;
  if (restored)
    restored->push_back(absolutePath(rel));
  return Result::success();
}

Result GitRepository::restoreProject(const QString &snapshotId, QStringList *restored) {
  if (restored)
    restored->clear();
  const QString action = QStringLiteral("Could not restore the project");
  if (Result r = requireRepository(action); !r)
    return r;
  if (snapshotId.isEmpty())
    return Result::failure(action + QStringLiteral(": pick a snapshot in the history first."));
  QStringList paths;
  if (Result r = snapshotFiles(snapshotId, &paths); !r)
    return r;
  if (const QString prefix = projectPrefix(); !prefix.isEmpty()) {
    const QString under = prefix + QLatin1Char('/');
    paths.erase(std::remove_if(paths.begin(), paths.end(), [&](const QString &p) { return !p.startsWith(under); }),
                paths.end());
  }
  if (paths.isEmpty())
    return Result::success();
  if (Result r = checkoutPaths(snapshotId, paths, action); !r)
    return r;
  if (restored)
    for (const QString &p : paths)
      restored->push_back(absolutePath(p));
  return Result::success();
}

}  // namespace marmot::vcs
