// FindBar: QsciScintilla::findFirst based search with wrap-around and replace all.
#include "find_bar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

#include "code_editor.h"

namespace marmot::editor {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 3, 6, 3);
    grid->setVerticalSpacing(3);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    auto *prev = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    m_case = new QCheckBox(tr("Match case"), this);
    m_word = new QCheckBox(tr("Whole words"), this);
    m_regex = new QCheckBox(tr("Regular expression"), this);
    m_status = new QLabel(this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(prev, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_case, 0, 3);
    grid->addWidget(m_word, 0, 4);
    grid->addWidget(m_regex, 0, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(close, 0, 7);
    grid->setColumnStretch(0, 1);

    m_replaceRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *replace = new QPushButton(tr("Replace"), m_replaceRow);
    auto *all = new QPushButton(tr("Replace all"), m_replaceRow);
    row->addWidget(m_replace, 1);
    row->addWidget(replace);
    row->addWidget(all);
    grid->addWidget(m_replaceRow, 1, 0, 1, 3);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        if (m_editor) { // incremental: search again from the selection start
            int l, i, l2, i2;
            m_editor->getSelection(&l, &i, &l2, &i2);
            if (l >= 0)
                m_editor->setCursorPosition(l, i);
        }
        findNext(true);
    });
    connect(next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(prev, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });
}

void FindBar::setEditor(CodeEditor *editor) { m_editor = editor; }

void FindBar::showFind(bool withReplace)
{
    m_replaceRow->setVisible(withReplace && m_editor && !m_editor->isReadOnly());
    show();
    if (m_editor && m_editor->hasSelectedText() && !m_editor->selectedText().contains('\n'))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::findNext(bool forward)
{
    m_status->clear();
    if (!m_editor || m_find->text().isEmpty())
        return false;
    int line = -1, index = -1;
    if (!forward) { // start before the current match
        int l2, i2;
        m_editor->getSelection(&line, &index, &l2, &i2);
        if (line < 0)
            m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                           m_word->isChecked(), true, forward, line, index, true);
    if (!found)
        m_status->setText(tr("No match"));
    return found;
}

void FindBar::replaceOne()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    if (m_editor->hasSelectedText())
        m_editor->replace(m_replace->text());
    findNext(true);
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), m_regex->isChecked(), m_case->isChecked(),
                                     m_word->isChecked(), false, true, 0, 0, false);
    while (found && count < 100000) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace marmot::editor
