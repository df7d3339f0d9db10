// GitRepository's history: the list of snapshots and what each one changed.
#include "vcs/git_repository.h"

#include "vcs/git_error.h"
#include "vcs/git_handles.h"

#include <QTimeZone>

namespace marmot::vcs {

bool GitRepository::hasSnapshots() const {
  return m_repo && !git_repository_head_unborn(m_repo) && !git_repository_is_empty(m_repo);
}

Result GitRepository::history(QVector<Snapshot> *snapshots, int limit) const {
  snapshots->clear();
  const QString action = QStringLiteral("Could not read the list of snapshots");
  if (Result r = requireRepository(action); !r)
    return r;
  if (!hasSnapshots())
    return Result::success();
  git_revwalk *rawWalk = nullptr;
  int rc = git_revwalk_new(&rawWalk, m_repo);
  if (rc < 0)
    return gitFailure(action, rc);
  RevwalkPtr walk(rawWalk);
  git_revwalk_sorting(rawWalk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
  rc = git_revwalk_push_head(rawWalk);
  if (rc < 0)
    return gitFailure(action, rc);
  git_oid id;
  while (snapshots->size() < limit && git_revwalk_next(&id, rawWalk) == 0) {
    git_commit *raw = nullptr;
    if (git_commit_lookup(&raw, m_repo, &id) < 0)
      continue;
    CommitPtr c(raw);
    Snapshot s;
    s.id = QString::fromLatin1(git_oid_tostr_s(&id));
    s.shortId = s.id.left(7);
    s.message = QString::fromUtf8(git_commit_message(raw)).trimmed();
    s.summary = s.message.section(QLatin1Char('\n'), 0, 0);
    const git_signature *a = git_commit_author(raw);
    s.author = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(a->name), QString::fromUtf8(a->email));
    s.time = QDateTime::fromSecsSinceEpoch(a->when.time, QTimeZone(a->when.offset * 60));
    snapshots->push_back(s);
  }
  return Result::success();
}

Result GitRepository::snapshotDiff(const QString &snapshotId, QString *patch) const {
  patch->clear();
  const QString action = QStringLiteral("Could not show what the snapshot changed");
  if (Result r = requireRepository(action); !r)
    return r;
  git_object *obj = nullptr;
  int rc = git_revparse_single(&obj, m_repo, (snapshotId + QStringLiteral("^{commit}")).toUtf8().constData());
  if (rc < 0)
    return gitFailure(action, rc == GIT_ENOTFOUND ? GIT_EINVALIDSPEC : rc);
  CommitPtr commit(reinterpret_cast<git_commit *>(obj));
  git_tree *rawTree = nullptr;
  rc = git_commit_tree(&rawTree, commit.get());
  if (rc < 0)
    return gitFailure(action, rc);
  TreePtr tree(rawTree);
  TreePtr parentTree;  // none for the first snapshot: everything is new
  if (git_commit_parentcount(commit.get()) > 0) {
    git_commit *rawParent = nullptr;
    rc = git_commit_parent(&rawParent, commit.get(), 0);
    if (rc < 0)
      return gitFailure(action, rc);
    CommitPtr parent(rawParent);
    git_tree *rawParentTree = nullptr;
    rc = git_commit_tree(&rawParentTree, rawParent);
    if (rc < 0)
      return gitFailure(action, rc);
    parentTree.reset(rawParentTree);
  }
  git_diff *raw = nullptr;
  git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
  rc = git_diff_tree_to_tree(&raw, m_repo, parentTree.get(), rawTree, &opts);
  if (rc < 0)
    return gitFailure(action, rc);
  DiffPtr diff(raw);
  return patchText(raw, action, patch);
}

}  // namespace marmot::vcs
