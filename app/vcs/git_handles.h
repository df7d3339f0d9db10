// RAII owners for libgit2 objects, so every early return frees what it opened.
#pragma once

#include <git2.h>
#include <QByteArray>
#include <QStringList>
#include <memory>
#include <vector>

namespace marmot::vcs {

template <typename T, void (*Free)(T *)>
struct GitDeleter {
  void operator()(T *p) const {
    if (p)
      Free(p);
  }
};

template <typename T, void (*Free)(T *)>
using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using ReferencePtr = GitPtr<git_reference, git_reference_free>;
using SignaturePtr = GitPtr<git_signature, git_signature_free>;
using StatusListPtr = GitPtr<git_status_list, git_status_list_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using TreeEntryPtr = GitPtr<git_tree_entry, git_tree_entry_free>;
using ConfigPtr = GitPtr<git_config, git_config_free>;

// A git_strarray view over UTF-8 strings that stay alive as long as this object.
class PathArray {
 public:
  explicit PathArray(const QStringList &paths) {
    for (const QString &p : paths)
      m_bytes.push_back(p.toUtf8());
    for (auto &b : m_bytes)
      m_ptrs.push_back(b.data());
    m_array.strings = m_ptrs.data();
    m_array.count = m_ptrs.size();
  }
  git_strarray *get() { return &m_array; }

 private:
  std::vector<QByteArray> m_bytes;
  std::vector<char *> m_ptrs;
  git_strarray m_array{};
};

}  // namespace marmot::vcs
