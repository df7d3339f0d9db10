// DiffView: a QPlainTextEdit with a small highlighter for unified-diff lines.
#include "vcs/diff_view.h"

#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace marmot::vcs {

namespace {

class DiffHighlighter : public QSyntaxHighlighter {
 public:
  using QSyntaxHighlighter::QSyntaxHighlighter;

 protected:
  void highlightBlock(const QString &text) override {
    QTextCharFormat f;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")) ||
        text.startsWith(QLatin1String("diff ")) || text.startsWith(QLatin1String("index ")) ||
        text.startsWith(QLatin1String("new file")) || text.startsWith(QLatin1String("deleted file"))) {
      f.setFontWeight(QFont::Bold);
      f.setForeground(QColor(0x55, 0x55, 0x55));
    } else if (text.startsWith(QLatin1Char('+'))) {
      f.setForeground(QColor(0x11, 0x6b, 0x21));
      f.setBackground(QColor(0xe6, 0xff, 0xec));
    } else if (text.startsWith(QLatin1Char('-'))) {
      f.setForeground(QColor(0xa0, 0x11, 0x1f));
      f.setBackground(QColor(0xff, 0xeb, 0xe9));
    } else if (text.startsWith(QLatin1String("@@"))) {
      f.setForeground(QColor(0x05, 0x50, 0xae));
    } else {
      return;
    }
    setFormat(0, text.size(), f);
  }
};

}  // namespace

DiffView::DiffView(QWidget *parent) : QPlainTextEdit(parent) {
  setReadOnly(true);
  setLineWrapMode(QPlainTextEdit::NoWrap);
  setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
  new DiffHighlighter(document());
}

void DiffView::setPatch(const QString &patch, const QString &placeholder) {
  m_patch = patch;
  setPlaceholderText(placeholder);
  setPlainText(patch);
}

}  // namespace marmot::vcs
