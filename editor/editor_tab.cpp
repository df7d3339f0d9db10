// EditorTab: layout and the recovery info bar.
#include "editor_tab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "code_editor.h"

namespace marmot::editor {

EditorTab::EditorTab(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_infoBar = new QFrame(this);
    m_infoBar->setObjectName("recoveryInfoBar");
    m_infoBar->setStyleSheet("#recoveryInfoBar { background: #fff4ce; border-bottom: 1px solid #e5c76b; }");
    auto *bar = new QHBoxLayout(m_infoBar);
    bar->setContentsMargins(8, 4, 8, 4);
    m_infoLabel = new QLabel(m_infoBar);
    m_infoLabel->setWordWrap(true);
    auto *restore = new QPushButton(tr("Restore"), m_infoBar);
    restore->setObjectName("restoreRecoveryButton");
    auto *discard = new QPushButton(tr("Discard"), m_infoBar);
    discard->setObjectName("discardRecoveryButton");
    bar->addWidget(m_infoLabel, 1);
    bar->addWidget(restore);
    bar->addWidget(discard);
    m_infoBar->hide();
    layout->addWidget(m_infoBar);

    m_editor = new CodeEditor(this);
    m_editor->setFilePath(path);
    layout->addWidget(m_editor, 1);
    setFocusProxy(m_editor);

    connect(restore, &QPushButton::clicked, this, [this] {
        const QString text = m_recoveredText;
        hideInfoBar();
        int line, index;
        m_editor->getCursorPosition(&line, &index);
        m_editor->beginUndoAction();
        m_editor->selectAll();
        m_editor->replaceSelectedText(text);
        m_editor->endUndoAction();
        m_editor->setCursorPosition(std::min(line, m_editor->lines() - 1), index);
        m_editor->setModified(true);
        emit recoveryRestored();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        hideInfoBar();
        emit recoveryDiscarded();
    });
}

bool EditorTab::isReadOnly() const { return m_editor->isReadOnly(); }

void EditorTab::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_editor->setCaretLineBackgroundColor(readOnly ? QColor(0xf4, 0xf4, 0xf4) : QColor(0xf3, 0xf6, 0xfc));
}

void EditorTab::offerRecovery(const QString &text, const QDateTime &savedAt)
{
    m_recoveredText = text;
    m_infoLabel->setText(tr("This file has unsaved changes from %1 that were recovered after Marmot "
                            "closed unexpectedly.")
                             .arg(QLocale().toString(savedAt, QLocale::ShortFormat)));
    m_infoBar->show();
}

bool EditorTab::isRecoveryOffered() const { return !m_infoBar->isHidden(); }

void EditorTab::hideInfoBar()
{
    m_infoBar->hide();
    m_recoveredText.clear();
}

} // namespace marmot::editor
