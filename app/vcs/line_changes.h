// Line-level changes between a file's snapshot content and its current text, for the
// editor's margin (added, modified, deleted lines), computed with libgit2's buffer diff.
#pragma once

#include "vcs/git_types.h"

#include <QByteArray>

namespace marmot::vcs {

// `before` is the snapshot's bytes, `after` the current text (both UTF-8). Lines of
// `after` that replace lines of `before` are Modified, extra ones Added; removed lines give
// one Deleted mark (see LineChange). Sorted by line.
QVector<LineChange> computeLineChanges(const QByteArray &before, const QByteArray &after);

}  // namespace marmot::vcs
