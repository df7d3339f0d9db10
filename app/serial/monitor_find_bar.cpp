// MonitorFindBar: incremental search over the monitor's QPlainTextEdit with tinted matches.
#include "monitor_find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace marmot::serial {

namespace {
constexpr int MaxTinted = 2000; // tinting is for the eye; counting stops there too
}

MonitorFindBar::MonitorFindBar(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in output (Enter: next, Shift+Enter: previous)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setMinimumWidth(80);
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next match"));
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refreshMatches();
        // Start from the bottom each time: the newest output is what one usually looks for.
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(QTextCursor::End);
        m_view->setTextCursor(cursor);
        findNext(true);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_close, &QToolButton::clicked, this, &MonitorFindBar::close);
    hide();
}

void MonitorFindBar::activate()
{
    show();
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    m_edit->setFocus();
    m_edit->selectAll();
    refreshMatches();
}

void MonitorFindBar::close()
{
    hide();
    m_view->setExtraSelections({});
    m_view->setFocus();
}

bool MonitorFindBar::findNext(bool backwards)
{
    const QString text = m_edit->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_view->find(text, flags))
        return true;
    // Wrap around.
    QTextCursor cursor = m_view->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_view->setTextCursor(cursor);
    return m_view->find(text, flags);
}

void MonitorFindBar::refreshMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_matches = 0;
    const QString text = m_edit->text();
    if (isVisible() && !text.isEmpty()) {
        QTextEdit::ExtraSelection tint;
        tint.format.setBackground(QColor(0xe0, 0xaf, 0x68, 110));
        QTextCursor cursor(m_view->document());
        while (m_matches < MaxTinted) {
            cursor = m_view->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            tint.cursor = cursor;
            selections.append(tint);
            ++m_matches;
        }
    }
    m_view->setExtraSelections(selections);
    if (text.isEmpty())
        m_count->clear();
    else if (m_matches == 0)
        m_count->setText(tr("no match"));
    else
        m_count->setText(m_matches >= MaxTinted ? tr("%1+ matches").arg(MaxTinted)
                         : m_matches == 1 ? tr("1 match")
                                          : tr("%1 matches").arg(m_matches));
    m_edit->setStyleSheet(!text.isEmpty() && m_matches == 0
                              ? QStringLiteral("QLineEdit { background: #fdecea; }")
                              : QString());
}

bool MonitorFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace marmot::serial
