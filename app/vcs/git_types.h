// Plain value types shared by the Git repository logic and the Git panel: results with a
// student-readable message, file states, snapshots (commits) and editor-margin line changes.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace marmot::vcs {

// Outcome of an operation: ok, or a sentence a student can act on.
struct Result {
  bool ok = true;
  QString message;

  static Result success() { return {}; }
  static Result failure(const QString &why) { return {false, why}; }
  explicit operator bool() const { return ok; }
};

// One file that differs from the last snapshot. Paths are relative to the project's
// repository root, with '/' separators.
struct FileStatus {
  enum Change { Unchanged, New, Modified, Deleted, Renamed, TypeChanged, Conflicted };
  QString path;
  Change staged = Unchanged;    // index against HEAD: "ready for the next snapshot"
  Change unstaged = Unchanged;  // work tree against index: not yet marked for the snapshot
  bool ignored = false;

  bool isStaged() const { return staged != Unchanged; }
  bool hasUnstagedChanges() const { return unstaged != Unchanged; }
  // The change a user cares about: the work tree's, else the staged one.
  Change change() const { return unstaged != Unchanged ? unstaged : staged; }
};

// One snapshot (commit) in the history, newest first.
struct Snapshot {
  QString id;       // full 40-hex object id
  QString shortId;  // first 7 hex digits
  QString summary;  // first line of the message
  QString message;  // whole message
  QString author;   // "Name <email>"
  QDateTime time;
};

// A changed line of a file's current text against its last snapshot, for the editor margin.
// `line` is 1-based in the current text. For Deleted, lines were removed just after `line`
// (0: before the first line).
struct LineChange {
  enum Kind { Added, Modified, Deleted };
  int line = 0;
  Kind kind = Added;

  bool operator==(const LineChange &o) const { return line == o.line && kind == o.kind; }
};

// What a file's diff compares the work tree against.
enum class DiffBase { Head, Index };

}  // namespace marmot::vcs

Q_DECLARE_METATYPE(marmot::vcs::LineChange)
