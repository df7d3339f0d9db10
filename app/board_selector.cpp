// Board selector entries: target boards, a separator, connected boards and probes.
#include "board_selector.h"

#include <QStandardItemModel>

namespace marmot::app {

BoardSelector::BoardSelector(QWidget *parent) : QComboBox(parent) {
  setObjectName("boardSelector");
  // Wide enough for "cortex-m-qemu (emulated)"; longer connected-board labels show in full
  // in the open list and in the tooltip.
  setMinimumContentsLength(24);
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  connect(this, &QComboBox::currentIndexChanged, this,
          [this](int index) { setToolTip(itemData(index, Qt::ToolTipRole).toString()); });
}

void BoardSelector::setTargets(const std::vector<toolchain::Target> &targets) {
  clear();
  for (const toolchain::Target &t : targets) {
    const QString name = QString::fromStdString(t.name);
    addItem(t.emulated ? tr("%1 (emulated)").arg(name) : name, name);
    setItemData(count() - 1, QString::fromStdString(t.description), Qt::ToolTipRole);
  }
  m_targetCount = count();
}

QStringList BoardSelector::targetNames() const {
  QStringList names;
  for (int i = 0; i < m_targetCount; ++i) names << itemData(i, TargetRole).toString();
  return names;
}

bool BoardSelector::selectTarget(const QString &name) {
  for (int i = 0; i < m_targetCount; ++i) {
    if (itemData(i, TargetRole).toString() != name) continue;
    setCurrentIndex(i);
    return true;
  }
  return false;
}

int BoardSelector::indexOfConnection(const QString &key) const {
  for (int i = m_targetCount; i < count(); ++i)
    if (itemData(i, ConnectionRole).toString() == key) return i;
  return -1;
}

int BoardSelector::connectedCount() const { return count() > m_targetCount ? count() - m_targetCount - 1 : 0; }

void BoardSelector::addConnected(const device::ConnectedBoard &board) {
  if (indexOfConnection(board.key()) >= 0) return updateConnected(board);
  if (count() == m_targetCount) insertSeparator(count());
  addItem(QString());
  describe(count() - 1, board);
}

void BoardSelector::updateConnected(const device::ConnectedBoard &board) {
  const int index = indexOfConnection(board.key());
  if (index < 0) return addConnected(board);
  describe(index, board);
}

void BoardSelector::removeConnected(const device::ConnectedBoard &board) {
  const int index = indexOfConnection(board.key());
  if (index < 0) return;
  if (currentIndex() == index && !selectTarget(board.target)) setCurrentIndex(0);
  removeItem(index);
  if (count() == m_targetCount + 1) removeItem(m_targetCount);  // the separator
}

void BoardSelector::describe(int index, const device::ConnectedBoard &board) {
  const bool probe = board.kind == device::ConnectedBoard::Kind::Probe;
  setItemText(index, board.label());
  setItemData(index, board.target, TargetRole);
  setItemData(index, board.key(), ConnectionRole);
  QString tip = board.details() + '\n';
  if (probe)
    tip += tr("A debug probe, not a board: choose the board it is wired to. Flashing through it needs Flash, which is not "
              "available yet.");
  else
    tip += tr("Build builds for %1. Running on the board needs Flash, which is not available yet.").arg(board.target);
  setItemData(index, tip, Qt::ToolTipRole);
  if (auto *items = qobject_cast<QStandardItemModel *>(model()))
    if (QStandardItem *item = items->item(index)) item->setEnabled(!probe);
}

}  // namespace marmot::app
