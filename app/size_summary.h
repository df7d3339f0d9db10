// Flash and RAM use after a build: two bars with used / free for the board.
#pragma once
#include <QWidget>

#include "size_report.h"

namespace marmot::app {

class SizeSummary : public QWidget {
  Q_OBJECT
 public:
  explicit SizeSummary(QWidget *parent = nullptr);
  void setReport(const toolchain::SizeReport &report);
  void clearReport();
  QSize sizeHint() const override { return {300, 34}; }
  QString summaryText() const;

 protected:
  void paintEvent(QPaintEvent *) override;

 private:
  bool m_valid = false;
  toolchain::SizeReport m_report;
};

}  // namespace marmot::app
