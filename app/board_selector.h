// The toolbar's board selector: the boards of the target files first (emulated ones say
// so), then, after a separator, the boards and probes found on USB as they come and go.
// Every board entry carries its target name, so Build knows what to build for; a
// connected entry also carries its USB key. Probes are listed but cannot be chosen.
#pragma once
#include <QComboBox>
#include <QStringList>
#include <vector>

#include "connected_board.h"
#include "target.h"

namespace marmot::app {

class BoardSelector : public QComboBox {
  Q_OBJECT
 public:
  static constexpr int TargetRole = Qt::UserRole;  // target name (empty for a probe)
  static constexpr int ConnectionRole = Qt::UserRole + 1;  // ConnectedBoard::key()

  explicit BoardSelector(QWidget *parent = nullptr);

  void setTargets(const std::vector<toolchain::Target> &targets);
  QStringList targetNames() const;  // the target entries, in order
  QString selectedTarget() const { return currentData(TargetRole).toString(); }
  QString selectedConnection() const { return currentData(ConnectionRole).toString(); }
  bool isConnectedBoardSelected() const { return !selectedConnection().isEmpty(); }
  bool selectTarget(const QString &name);  // its target entry, not a connected board

  void addConnected(const device::ConnectedBoard &board);
  void updateConnected(const device::ConnectedBoard &board);
  // When it is the selected one, its target's entry is selected instead.
  void removeConnected(const device::ConnectedBoard &board);
  int indexOfConnection(const QString &key) const;
  int connectedCount() const;

 private:
  void describe(int index, const device::ConnectedBoard &board);

  int m_targetCount = 0;
};

}  // namespace marmot::app
