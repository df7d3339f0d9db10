// Problems list with file:line:col locations.
#include "problems_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>

namespace marmot::app {

namespace {
enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };
}

ProblemsPanel::ProblemsPanel(QWidget *parent) : QTreeWidget(parent) {
  setColumnCount(2);
  setHeaderLabels({tr("Message"), tr("Location")});
  setRootIsDecorated(false);
  setUniformRowHeights(true);
  setAlternatingRowColors(true);
  header()->setSectionResizeMode(0, QHeaderView::Stretch);
  header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  header()->setStretchLastSection(false);
  connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
    QString file = item->data(0, FileRole).toString();
    if (!file.isEmpty()) emit problemActivated(file, item->data(0, LineRole).toInt(), item->data(0, ColumnRole).toInt());
  });
  connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { emit itemActivated(item, 0); });
}

void ProblemsPanel::setDiagnostics(const std::vector<toolchain::Diagnostic> &diagnostics, const QString &projectDir) {
  clear();
  const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
  for (const auto &d : diagnostics) {
    auto *item = new QTreeWidgetItem(this);
    item->setIcon(0, errorIcon);
    item->setText(0, QString::fromStdString(d.message));
    item->setToolTip(0, QString::fromStdString(d.message));
    if (!d.file.empty()) {
      QString file = QString::fromStdString(d.file);
      QString absolute = QFileInfo(file).isAbsolute() ? file : QDir(projectDir).filePath(file);
      item->setText(1, QString("%1:%2:%3").arg(QDir(projectDir).relativeFilePath(absolute)).arg(d.line).arg(d.column));
      item->setData(0, FileRole, QDir::cleanPath(absolute));
      item->setData(0, LineRole, d.line);
      item->setData(0, ColumnRole, d.column);
    }
  }
  emit countChanged(topLevelItemCount());
}

void ProblemsPanel::clearProblems() {
  clear();
  emit countChanged(0);
}

}  // namespace marmot::app
