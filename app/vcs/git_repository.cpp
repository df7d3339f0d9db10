// GitRepository: opening, starting, status, diffs, staging, snapshots and history with
// libgit2. Restoring lives in git_restore.cpp, line changes in line_changes.cpp.
#include "vcs/git_repository.h"

#include "vcs/git_error.h"
#include "vcs/git_handles.h"
#include "vcs/line_changes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace marmot::vcs {

namespace {

const char *const kGitIgnore =
    "# Files Marmot builds: they can be made again, so they are not kept in snapshots.\n"
    "build/\n"
    "*.elf\n"
    "*.bin\n"
    "*.hex\n"
    "*.uf2\n"
    "*.o\n"
    "*.bc\n"
    "*.ll\n"
    "*.map\n"
    ".marmot/\n"
    "# Editor and system leftovers\n"
    "*~\n"
    "*.swp\n"
    ".DS_Store\n";

FileStatus::Change indexChange(unsigned flags) {
  if (flags & GIT_STATUS_INDEX_NEW) return FileStatus::New;
  if (flags & GIT_STATUS_INDEX_MODIFIED) return FileStatus::Modified;
  if (flags & GIT_STATUS_INDEX_DELETED) return FileStatus::Deleted;
  if (flags & GIT_STATUS_INDEX_RENAMED) return FileStatus::Renamed;
  if (flags & GIT_STATUS_INDEX_TYPECHANGE) return FileStatus::TypeChanged;
  return FileStatus::Unchanged;
}

FileStatus::Change workTreeChange(unsigned flags) {
  if (flags & GIT_STATUS_CONFLICTED) return FileStatus::Conflicted;
  if (flags & GIT_STATUS_WT_NEW) return FileStatus::New;
  if (flags & GIT_STATUS_WT_MODIFIED) return FileStatus::Modified;
  if (flags & GIT_STATUS_WT_DELETED) return FileStatus::Deleted;
  if (flags & GIT_STATUS_WT_RENAMED) return FileStatus::Renamed;
  if (flags & GIT_STATUS_WT_TYPECHANGE) return FileStatus::TypeChanged;
  return FileStatus::Unchanged;
}

// The real path of `path` (symbolic links resolved), also for files that no longer exist.
QString realPath(const QString &path) {
  const QFileInfo info(path);
  if (info.exists())
    return info.canonicalFilePath();
  const QString parent = info.absolutePath();
  if (parent == info.absoluteFilePath())
    return parent;
  return realPath(parent) + QLatin1Char('/') + info.fileName();
}


}  // namespace

GitRepository::GitRepository() { git_libgit2_init(); }

GitRepository::~GitRepository() {
  close();
  git_libgit2_shutdown();
}

void GitRepository::close() {
  if (m_repo)
    git_repository_free(m_repo);
  m_repo = nullptr;
}

Result GitRepository::open(const QString &folder) {
  close();
  m_folder = QDir(folder).absolutePath();
  if (!QFileInfo(m_folder).isDir())
    return Result::failure(QStringLiteral("The project folder %1 does not exist.").arg(m_folder));
  git_buf found = GIT_BUF_INIT;
  int rc = git_repository_discover(&found, QFile::encodeName(m_folder).constData(), 0, nullptr);
  if (rc == GIT_ENOTFOUND)
    return Result::success();  // not tracked yet
  if (rc < 0)
    return gitFailure(QStringLiteral("Could not look for the project's history"), rc);
  const QByteArray gitDir(found.ptr, int(found.size));
  git_buf_dispose(&found);
  git_repository *repo = nullptr;
  rc = git_repository_open_ext(&repo, gitDir.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
  if (rc < 0)
    return gitFailure(QStringLiteral("Could not open the project's history"), rc);
  if (git_repository_is_bare(repo)) {
    git_repository_free(repo);
    return Result::success();
  }
  m_repo = repo;
  // A config can move the work tree elsewhere (core.worktree); restoring would then write
  // outside the project. Only a work tree that contains the project folder is used.
  if (relativePath(m_folder).startsWith(QLatin1String(".."))) {
    const QString where = workTree();
    close();
    return Result::failure(QStringLiteral("This project's Git settings say its files are in %1, outside the "
                                          "project folder, so Marmot does not use them.").arg(where));
  }
  return Result::success();
}

QString GitRepository::workTree() const {
  if (!m_repo)
    return m_folder;
  QString dir = QFile::decodeName(git_repository_workdir(m_repo));
  while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
    dir.chop(1);
  return dir;
}

QString GitRepository::relativePath(const QString &path) const {
  if (QDir::isRelativePath(path))
    return QDir::cleanPath(path);
  return QDir(realPath(workTree())).relativeFilePath(realPath(QDir::cleanPath(path)));
}

QString GitRepository::absolutePath(const QString &relative) const {
  return QDir::cleanPath(workTree() + QLatin1Char('/') + relativePath(relative));
}

QString GitRepository::projectPrefix() const {
  if (!m_repo)
    return {};
  const QString rel = relativePath(m_folder);
  return rel == QLatin1String(".") || rel.isEmpty() || rel.startsWith(QLatin1String("..")) ? QString() : rel;
}

Result GitRepository::requireRepository(const QString &action) const {
  if (m_repo)
    return Result::success();
  return Result::failure(action + QStringLiteral(": this project is not tracking changes yet. "
                                                 "Click \"Start tracking changes\" first."));
}

Result GitRepository::init() {
  if (m_repo)
    return Result::failure(QStringLiteral("This project already tracks its changes."));
  if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
    return Result::failure(QStringLiteral("Open a project folder first."));
  git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  opts.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;  // no external templates
  opts.initial_head = "main";
  git_repository *repo = nullptr;
  int rc = git_repository_init_ext(&repo, QFile::encodeName(m_folder).constData(), &opts);
  if (rc < 0)
    return gitFailure(QStringLiteral("Could not start tracking changes"), rc);
  m_repo = repo;

  QFile ignore(m_folder + QStringLiteral("/.gitignore"));
  if (!ignore.exists()) {
    if (!ignore.open(QIODevice::WriteOnly) || ignore.write(kGitIgnore) < 0)
      return Result::failure(QStringLiteral("Could not write %1: %2")
                                 .arg(ignore.fileName(), ignore.errorString()));
    ignore.close();  // on disk before the first snapshot reads it
  }
  if (Result r = stageAll(); !r)
    return r;
  return commit(QStringLiteral("Start tracking changes"));
}

Result GitRepository::status(QVector<FileStatus> *files) const {
  files->clear();
  if (Result r = requireRepository(QStringLiteral("Could not list changed files")); !r)
    return r;
  git_status_options opts = GIT_STATUS_OPTIONS_INIT;
  opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
  opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
               GIT_STATUS_OPT_SORT_CASE_SENSITIVELY | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
  const QString prefix = projectPrefix();
  PathArray spec(prefix.isEmpty() ? QStringList() : QStringList{prefix});
  if (!prefix.isEmpty())
    opts.pathspec = *spec.get();
  git_status_list *raw = nullptr;
  int rc = git_status_list_new(&raw, m_repo, &opts);
  if (rc < 0)
    return gitFailure(QStringLiteral("Could not list changed files"), rc);
  StatusListPtr list(raw);
  const size_t n = git_status_list_entrycount(raw);
  for (size_t i = 0; i < n; ++i) {
    const git_status_entry *e = git_status_byindex(raw, i);
    if (e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED))
      continue;
    const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
    if (!delta)
      continue;
    FileStatus fs;
    fs.path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
    fs.staged = indexChange(e->status);
    fs.unstaged = workTreeChange(e->status);
    files->push_back(fs);
  }
  return Result::success();
}

Result GitRepository::diff(const QString &path, DiffBase base, QString *patch) const {
  patch->clear();
  const QString action = QStringLiteral("Could not compare %1").arg(path);
  if (Result r = requireRepository(action); !r)
    return r;
  PathArray spec({relativePath(path)});
  git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
  opts.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH | GIT_DIFF_INCLUDE_UNTRACKED |
               GIT_DIFF_SHOW_UNTRACKED_CONTENT | GIT_DIFF_RECURSE_UNTRACKED_DIRS;
  opts.pathspec = *spec.get();
  git_diff *raw = nullptr;
  int rc = 0;
  if (base == DiffBase::Head) {
    TreePtr headTree;
    git_object *obj = nullptr;
    if (git_revparse_single(&obj, m_repo, "HEAD^{tree}") == 0)
      headTree.reset(reinterpret_cast<git_tree *>(obj));
    rc = git_diff_tree_to_workdir_with_index(&raw, m_repo, headTree.get(), &opts);
  } else {
    rc = git_diff_index_to_workdir(&raw, m_repo, nullptr, &opts);
  }
  if (rc < 0)
    return gitFailure(action, rc);
  DiffPtr diff(raw);
  return patchText(raw, action, patch);
}

Result GitRepository::snapshotContent(const QString &path, const QString &snapshotId,
                                      QByteArray *content, bool *found) const {
  content->clear();
  *found = false;
  const QString action = QStringLiteral("Could not read %1 from the snapshot").arg(path);
  if (Result r = requireRepository(action); !r)
    return r;
  const QByteArray spec = (snapshotId.isEmpty() ? QStringLiteral("HEAD") : snapshotId).toUtf8() + "^{tree}";
  git_object *obj = nullptr;
  int rc = git_revparse_single(&obj, m_repo, spec.constData());
  if (rc == GIT_ENOTFOUND && snapshotId.isEmpty())
    return Result::success();  // no snapshot yet
  if (rc < 0)
    return gitFailure(action, rc);
  TreePtr tree(reinterpret_cast<git_tree *>(obj));
  git_tree_entry *rawEntry = nullptr;
  rc = git_tree_entry_bypath(&rawEntry, tree.get(), relativePath(path).toUtf8().constData());
  if (rc == GIT_ENOTFOUND)
    return Result::success();
  if (rc < 0)
    return gitFailure(action, rc);
  TreeEntryPtr entry(rawEntry);
  if (git_tree_entry_type(rawEntry) != GIT_OBJECT_BLOB)
    return Result::success();
  git_blob *rawBlob = nullptr;
  rc = git_blob_lookup(&rawBlob, m_repo, git_tree_entry_id(rawEntry));
  if (rc < 0)
    return gitFailure(action, rc);
  BlobPtr blob(rawBlob);
  *content = QByteArray(static_cast<const char *>(git_blob_rawcontent(rawBlob)),
                        int(git_blob_rawsize(rawBlob)));
  *found = true;
  return Result::success();
}

QVector<LineChange> GitRepository::lineChanges(const QString &path, const QString &currentText) const {
  if (!m_repo)
    return {};
  int ignored = 0;
  const QString rel = relativePath(path);
  if (rel.startsWith(QLatin1String("../")) ||
      (git_ignore_path_is_ignored(&ignored, m_repo, rel.toUtf8().constData()) == 0 && ignored))
    return {};
  QByteArray old;
  bool found = false;
  if (!snapshotContent(rel, {}, &old, &found))
    return {};
  return computeLineChanges(old, currentText.toUtf8());
}

QVector<LineChange> GitRepository::lineChanges(const QString &path) const {
  QFile f(absolutePath(path));
  if (!f.open(QIODevice::ReadOnly))
    return {};
  return lineChanges(path, QString::fromUtf8(f.readAll()));
}

namespace {

// The repository's index; a failure is reported as `action`.
Result openIndex(git_repository *repo, const QString &action, IndexPtr *index) {
  git_index *raw = nullptr;
  int rc = git_repository_index(&raw, repo);
  if (rc < 0)
    return gitFailure(action, rc);
  index->reset(raw);
  return Result::success();
}

}  // namespace

Result GitRepository::stage(const QStringList &paths) {
  const QString action = QStringLiteral("Could not mark the files for the snapshot");
  if (Result r = requireRepository(action); !r)
    return r;
  IndexPtr index;
  if (Result r = openIndex(m_repo, action, &index); !r)
    return r;
  git_index *raw = index.get();
  int rc = 0;
  for (const QString &p : paths) {
    const QString rel = relativePath(p);
    const QByteArray bytes = rel.toUtf8();
    if (QFileInfo::exists(absolutePath(rel)))
      rc = git_index_add_bypath(raw, bytes.constData());
    else
      rc = git_index_remove_bypath(raw, bytes.constData());
    if (rc < 0)
      return gitFailure(QStringLiteral("Could not mark %1 for the snapshot").arg(rel), rc);
  }
  rc = git_index_write(raw);
  return rc < 0 ? gitFailure(action, rc) : Result::success();
}

Result GitRepository::unstage(const QStringList &paths) {
  const QString action = QStringLiteral("Could not unmark the files");
  if (Result r = requireRepository(action); !r)
    return r;
  QStringList rels;
  for (const QString &p : paths)
    rels << relativePath(p);
  PathArray spec(rels);
  ObjectPtr head;
  git_object *obj = nullptr;
  if (git_revparse_single(&obj, m_repo, "HEAD^{commit}") == 0)
    head.reset(obj);
  int rc = git_reset_default(m_repo, head.get(), spec.get());
  return rc < 0 ? gitFailure(action, rc) : Result::success();
}

Result GitRepository::stageAll() {
  const QString action = QStringLiteral("Could not mark the changed files for the snapshot");
  if (Result r = requireRepository(action); !r)
    return r;
  IndexPtr index;
  if (Result r = openIndex(m_repo, action, &index); !r)
    return r;
  git_index *raw = index.get();
  int rc = 0;
  const QString prefix = projectPrefix();
  PathArray spec(prefix.isEmpty() ? QStringList() : QStringList{prefix});
  git_strarray *paths = prefix.isEmpty() ? nullptr : spec.get();
  rc = git_index_add_all(raw, paths, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr);
  if (rc >= 0)
    rc = git_index_update_all(raw, paths, nullptr, nullptr);  // records deletions
  if (rc >= 0)
    rc = git_index_write(raw);
  return rc < 0 ? gitFailure(action, rc) : Result::success();
}

bool GitRepository::hasStagedChanges() const {
  QVector<FileStatus> files;
  if (!status(&files))
    return false;
  for (const FileStatus &f : files)
    if (f.isStaged())
      return true;
  return false;
}

Result GitRepository::commit(const QString &message, QString *newId) {
  const QString action = QStringLiteral("Could not save the snapshot");
  if (Result r = requireRepository(action); !r)
    return r;
  if (message.trimmed().isEmpty())
    return Result::failure(QStringLiteral("Write a few words about what changed before saving a snapshot."));
  IndexPtr index;
  if (Result r = openIndex(m_repo, action, &index); !r)
    return r;
  git_index *rawIndex = index.get();
  int rc = 0;
  if (git_index_has_conflicts(rawIndex))
    return Result::failure(action + QStringLiteral(": some files still have merge conflicts."));
  git_oid treeId;
  rc = git_index_write_tree(&treeId, rawIndex);
  if (rc < 0)
    return gitFailure(action, rc);
  git_tree *rawTree = nullptr;
  rc = git_tree_lookup(&rawTree, m_repo, &treeId);
  if (rc < 0)
    return gitFailure(action, rc);
  TreePtr tree(rawTree);

  CommitPtr parent;
  git_object *obj = nullptr;
  rc = git_revparse_single(&obj, m_repo, "HEAD^{commit}");
  if (rc == 0)
    parent.reset(reinterpret_cast<git_commit *>(obj));
  else if (rc != GIT_ENOTFOUND && rc != GIT_EUNBORNBRANCH)
    return gitFailure(action, rc);
  if (parent && git_oid_equal(git_commit_tree_id(parent.get()), &treeId))
    return Result::failure(QStringLiteral("Nothing to save: no file changed since the last snapshot "
                                          "(or no change is marked for it)."));

  git_signature *rawSig = nullptr;
  if (git_signature_default(&rawSig, m_repo) < 0) {
    rc = git_signature_now(&rawSig, defaultAuthorName().toUtf8().constData(),
                           defaultAuthorEmail().toUtf8().constData());
    if (rc < 0)
      return gitFailure(action, rc);
  }
  SignaturePtr sig(rawSig);
  QByteArray text = message.trimmed().toUtf8();
  text += '\n';
  const git_commit *parents[] = {parent.get()};
  git_oid id;
  rc = git_commit_create(&id, m_repo, "HEAD", rawSig, rawSig, nullptr, text.constData(), rawTree,
                         parent ? 1 : 0, parents);
  if (rc < 0)
    return gitFailure(action, rc);
  if (newId)
    *newId = QString::fromLatin1(git_oid_tostr_s(&id));
  return Result::success();
}

}  // namespace marmot::vcs
