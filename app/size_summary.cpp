// Painting of the size bars.
#include "size_summary.h"

#include <QPainter>

namespace marmot::app {

namespace {

QString bytes(uint64_t n) {
  if (n >= 10 * 1024) return QString::number(n / 1024.0, 'f', 1) + " KiB";
  return QString::number(n) + " B";
}

}  // namespace

SizeSummary::SizeSummary(QWidget *parent) : QWidget(parent) {
  setMinimumWidth(300);
  setToolTip(tr("Flash and RAM used by the last build"));
}

void SizeSummary::setReport(const toolchain::SizeReport &report) {
  m_report = report;
  m_valid = true;
  setToolTip(summaryText());
  update();
}

void SizeSummary::clearReport() {
  m_valid = false;
  setToolTip(tr("Flash and RAM used by the last build"));
  update();
}

QString SizeSummary::summaryText() const {
  if (!m_valid) return {};
  return tr("Flash: %1 of %2 used (%3 free)\nRAM: %4 of %5 used (%6 free)")
      .arg(bytes(m_report.flash()), bytes(m_report.flashCapacity), bytes(m_report.flashCapacity - std::min(m_report.flash(), m_report.flashCapacity)),
           bytes(m_report.ram()), bytes(m_report.ramCapacity), bytes(m_report.ramCapacity - std::min(m_report.ram(), m_report.ramCapacity)));
}

void SizeSummary::paintEvent(QPaintEvent *) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const int rowH = (height() - 2) / 2;
  const int labelW = 44;
  struct Row { QString label; uint64_t used, total; QColor color; };
  Row rows[2] = {{tr("Flash"), m_report.flash(), m_report.flashCapacity, QColor(0x3b, 0x82, 0xc4)},
                 {tr("RAM"), m_report.ram(), m_report.ramCapacity, QColor(0x4c, 0xa5, 0x6b)}};
  QFont f = font();
  f.setPointSizeF(f.pointSizeF() * 0.85);
  p.setFont(f);
  const int barW = 70;
  for (int i = 0; i < 2; ++i) {
    QRect row(0, 1 + i * rowH, width(), rowH - 2);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(row.left(), row.top(), labelW, row.height()), Qt::AlignVCenter | Qt::AlignLeft, rows[i].label);
    QRect bar(row.left() + labelW, row.top() + 3, barW, row.height() - 6);
    QRect text(bar.right() + 8, row.top(), row.width() - bar.right() - 8, row.height());
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Mid).lighter(150));
    p.drawRoundedRect(bar, 3, 3);
    if (m_valid && rows[i].total) {
      double frac = std::min(1.0, double(rows[i].used) / double(rows[i].total));
      QRect fill = bar;
      fill.setWidth(std::max(3, int(bar.width() * frac)));
      p.setBrush(frac > 0.9 ? QColor(0xd0, 0x4a, 0x3a) : rows[i].color);
      p.drawRoundedRect(fill, 3, 3);
      p.setPen(palette().color(QPalette::WindowText));
      p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                 tr("%1 of %2 (%3%)").arg(bytes(rows[i].used), bytes(rows[i].total)).arg(frac * 100, 0, 'f', 1));
    } else {
      p.setPen(palette().color(QPalette::PlaceholderText));
      p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, tr("build to see"));
    }
  }
}

}  // namespace marmot::app
