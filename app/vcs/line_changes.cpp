// computeLineChanges: hunks of a zero-context diff turned into editor-margin marks.
#include "vcs/line_changes.h"

#include <git2.h>

#include <algorithm>

namespace marmot::vcs {

namespace {

int onHunk(const git_diff_delta *, const git_diff_hunk *hunk, void *payload) {
  auto *out = static_cast<QVector<LineChange> *>(payload);
  if (hunk->new_lines == 0) {
    out->push_back({hunk->new_start, LineChange::Deleted});
    return 0;
  }
  // The first lines replacing old ones are Modified; any beyond those are Added.
  for (int i = 0; i < hunk->new_lines; ++i)
    out->push_back({hunk->new_start + i, i < hunk->old_lines ? LineChange::Modified : LineChange::Added});
  return 0;
}

}  // namespace

QVector<LineChange> computeLineChanges(const QByteArray &before, const QByteArray &after) {
  QVector<LineChange> changes;
  if (before == after)
    return changes;
  git_libgit2_init();
  git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
  opts.context_lines = 0;
  opts.interhunk_lines = 0;
  opts.flags = GIT_DIFF_FORCE_TEXT;
  git_diff_buffers(before.constData(), size_t(before.size()), nullptr, after.constData(),
                   size_t(after.size()), nullptr, &opts, nullptr, nullptr, onHunk, nullptr, &changes);
  git_libgit2_shutdown();
  std::stable_sort(changes.begin(), changes.end(),
                   [](const LineChange &a, const LineChange &b) { return a.line < b.line; });
  return changes;
}

}  // namespace marmot::vcs
