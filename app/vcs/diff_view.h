// A read-only, monospace view of a unified diff: added lines green, removed lines red,
// hunk headers blue.
#pragma once

#include <QPlainTextEdit>

namespace marmot::vcs {

class DiffView : public QPlainTextEdit {
  Q_OBJECT
 public:
  explicit DiffView(QWidget *parent = nullptr);

  // Shows `patch`; `placeholder` is shown greyed when the patch is empty.
  void setPatch(const QString &patch, const QString &placeholder = {});
  QString patch() const { return m_patch; }

 private:
  QString m_patch;
};

}  // namespace marmot::vcs
