// Turns libgit2 error codes into sentences a student can act on, keeping libgit2's own
// text in brackets for whoever helps them; and diffs into patch text.
#pragma once

#include "vcs/git_types.h"

struct git_diff;

namespace marmot::vcs {

// `action` says what failed, e.g. "Could not save the snapshot". `code` is libgit2's return
// value; the detail comes from git_error_last().
Result gitFailure(const QString &action, int code);

// The unified diff of `diff` as text (action names the step in a failure message).
Result patchText(git_diff *diff, const QString &action, QString *patch);

}  // namespace marmot::vcs
