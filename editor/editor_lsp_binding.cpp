// EditorLspBinding: per-editor LSP features.
#include "editor_lsp_binding.h"

#include <QToolTip>

#include "code_editor.h"
#include "go_lexer.h"
#include "lsp/lsp_client.h"

namespace marmot::editor {

namespace {
constexpr int kCompletionListId = 1;
}

EditorLspBinding::EditorLspBinding(CodeEditor *editor, lsp::LspClient *client)
    : QObject(editor)
    , m_editor(editor)
    , m_client(client)
    , m_path(editor->filePath())
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(250);
    connect(&m_changeTimer, &QTimer::timeout, this, &EditorLspBinding::flush);
    if (m_client)
        m_client->openDocument(m_path, editor->text());
    connect(editor, &QsciScintilla::textChanged, this, [this] { m_changeTimer.start(); });
    connect(editor, &CodeEditor::completionRequested, this, &EditorLspBinding::requestCompletion);
    connect(editor, &CodeEditor::charTyped, this, [this](int ch) {
        if (ch == '.') {
            requestCompletion();
        } else if ((QChar(ch).isLetter() || ch == '_') && !m_editor->isListActive()
                   && m_editor->wordBeforeCursor().size() == 3 && !inCommentOrString()) {
            requestCompletion(); // after three letters of a word
        }
        if (ch == '(' || ch == ',')
            requestSignatureHelp();
        else if (ch == ')' && m_editor->SendScintilla(QsciScintilla::SCI_CALLTIPACTIVE))
            m_editor->SendScintilla(QsciScintilla::SCI_CALLTIPCANCEL);
    });
    connect(editor, &QsciScintilla::userListActivated, this, [this](int id, const QString &text) {
        if (id != kCompletionListId)
            return;
        const int prefix = int(m_editor->wordBeforeCursor().size());
        const long pos = m_editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
        int line, index;
        m_editor->lineIndexFromPosition(int(pos), &line, &index);
        m_editor->setSelection(line, index - prefix, line, index);
        m_editor->replaceSelectedText(text);
        // Edits elsewhere (the import a package completion needs), all before the word.
        const QList<lsp::TextEdit> extra = m_shownItems.value(text).additionalEdits;
        m_shownItems.clear();
        bool before = !extra.isEmpty();
        for (const lsp::TextEdit &e : extra)
            before = before && e.range.endLine < line;
        if (before)
            m_editor->applyTextEdits(extra);
    });
    connect(editor, &CodeEditor::dwellStarted, this, &EditorLspBinding::onDwell);
    connect(editor, &CodeEditor::dwellEnded, this, [this] {
        m_dwellPosition = -1;
        QToolTip::hideText();
    });
}

EditorLspBinding::~EditorLspBinding()
{
    if (m_client)
        m_client->closeDocument(m_path);
}

bool EditorLspBinding::inCommentOrString() const
{
    const long pos = m_editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
    if (pos <= 0)
        return false;
    const int style = int(m_editor->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, pos - 1));
    return style == GoLexer::LineComment || style == GoLexer::BlockComment || style == GoLexer::String
           || style == GoLexer::RawString || style == GoLexer::Rune;
}

void EditorLspBinding::flush()
{
    m_changeTimer.stop();
    if (m_client && m_editor)
        m_client->changeDocument(m_path, m_editor->text());
}

void EditorLspBinding::requestCompletion()
{
    if (!m_client || !m_editor || !m_client->isRunning())
        return;
    flush();
    int line, column;
    m_editor->cursorLspPosition(&line, &column);
    // The answer is for the word starting here; drop it if the caret has left that word.
    const long wordStart = m_editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS)
                           - long(m_editor->wordBeforeCursor().toUtf8().size());
    QPointer<EditorLspBinding> self = this;
    m_client->completion(m_path, line, column, [self, wordStart](const QList<lsp::CompletionItem> &items) {
        CodeEditor *editor = self ? self->m_editor.data() : nullptr;
        if (!editor || items.isEmpty() || !editor->isVisible())
            return;
        const long pos = editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS);
        if (pos - long(editor->wordBeforeCursor().toUtf8().size()) != wordStart)
            return;
        const QString prefix = editor->wordBeforeCursor();
        QStringList names;
        self->m_shownItems.clear();
        for (const lsp::CompletionItem &item : items) {
            const QString text = item.insertText.isEmpty() ? item.label : item.insertText;
            if (text.startsWith(prefix, Qt::CaseInsensitive) && !text.contains(' ') && !names.contains(text)) {
                names << text;
                self->m_shownItems.insert(text, item);
            }
        }
        if (names.isEmpty() || (names.size() == 1 && names.first() == prefix))
            return;
        editor->SendScintilla(QsciScintilla::SCI_AUTOCSETORDER, 1);
        editor->showUserList(kCompletionListId, names);
    });
}

void EditorLspBinding::requestSignatureHelp()
{
    if (!m_client || !m_editor || !m_client->isRunning())
        return;
    flush();
    int line, column;
    m_editor->cursorLspPosition(&line, &column);
    QPointer<CodeEditor> editor = m_editor;
    m_client->signatureHelp(m_path, line, column, [editor](const QString &text) {
        if (!editor || text.isEmpty())
            return;
        const QByteArray utf8 = text.toUtf8();
        editor->SendScintilla(QsciScintilla::SCI_CALLTIPSHOW,
                              (unsigned long)editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS),
                              utf8.constData());
    });
}

void EditorLspBinding::onDwell(int position, const QPoint &globalPos)
{
    if (!m_editor)
        return;
    m_dwellPosition = position;
    const QString diagnostic = m_editor->diagnosticMessageAt(position);
    if (!diagnostic.isEmpty())
        QToolTip::showText(globalPos, diagnostic, m_editor);
    if (!m_client || !m_client->isRunning())
        return;
    flush();
    int line, column;
    m_editor->lspPosition(position, &line, &column);
    QPointer<EditorLspBinding> self = this;
    m_client->hover(m_path, line, column, [self, position, globalPos, diagnostic](const QString &hover) {
        if (!self || !self->m_editor || self->m_dwellPosition != position || hover.isEmpty())
            return;
        QString text = hover.left(1500);
        if (!diagnostic.isEmpty())
            text = diagnostic + "\n\n" + text;
        QToolTip::showText(globalPos, text, self->m_editor);
    });
}

} // namespace marmot::editor
