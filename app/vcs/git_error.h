// Turns libgit2 error codes into sentences a student can act on, keeping libgit2's own
// text in brackets for whoever helps them.
#pragma once

#include "vcs/git_types.h"

namespace marmot::vcs {

// `action` says what failed, e.g. "Could not save the snapshot". `code` is libgit2's return
// value; the detail comes from git_error_last().
Result gitFailure(const QString &action, int code);

}  // namespace marmot::vcs
