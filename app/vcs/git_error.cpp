// Student-readable messages for libgit2 failures.
#include "vcs/git_error.h"

#include <git2.h>

namespace marmot::vcs {

namespace {

QString explain(int code) {
  switch (code) {
  case GIT_ELOCKED:
    return QStringLiteral("another program is changing the project's history right now (a lock "
                          "file exists in the .git folder). Close other Git tools and try again.");
  case GIT_EOWNER:
    return QStringLiteral("the project folder belongs to another user, so Git does not trust it. "
                          "Copy the project into a folder of your own.");
  case GIT_EUNBORNBRANCH:
    return QStringLiteral("there is no snapshot yet. Save a first snapshot.");
  case GIT_ECONFLICT:
  case GIT_EMERGECONFLICT:
    return QStringLiteral("some files have changes that would be overwritten.");
  case GIT_EBAREREPO:
    return QStringLiteral("this Git repository has no project files (it is a 'bare' repository).");
  case GIT_ENOTFOUND:
    return QStringLiteral("something it needed was not found.");
  case GIT_EEXISTS:
    return QStringLiteral("it already exists.");
  case GIT_EINVALIDSPEC:
    return QStringLiteral("that snapshot does not exist.");
  default:
    return {};
  }
}

}  // namespace

Result gitFailure(const QString &action, int code) {
  const git_error *err = git_error_last();
  const QString detail = err && err->message ? QString::fromUtf8(err->message).trimmed() : QString();
  QString text = action;
  const QString why = explain(code);
  if (!why.isEmpty())
    text += QStringLiteral(": ") + why;
  else if (!detail.isEmpty())
    text += QStringLiteral(": ") + detail;
  else
    text += QStringLiteral(".");
  if (!why.isEmpty() && !detail.isEmpty())
    text += QStringLiteral(" (Git: %1)").arg(detail);
  return Result::failure(text);
}

Result patchText(git_diff *diff, const QString &action, QString *patch) {
  git_buf buf = GIT_BUF_INIT;
  int rc = git_diff_to_buf(&buf, diff, GIT_DIFF_FORMAT_PATCH);
  if (rc < 0)
    return gitFailure(action, rc);
  *patch = QString::fromUtf8(buf.ptr, int(buf.size));
  git_buf_dispose(&buf);
  return Result::success();
}

}  // namespace marmot::vcs
