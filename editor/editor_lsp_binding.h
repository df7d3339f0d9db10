// EditorLspBinding: connects one CodeEditor to the gopls client: document sync (debounced
// full text), completion list ('.' and Ctrl+Space), call tips for signature help ('(' and ','),
// and hover tooltips combining diagnostics and gopls hover text.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "lsp/lsp_types.h"

namespace marmot::editor {

class CodeEditor;
namespace lsp { class LspClient; }

class EditorLspBinding : public QObject
{
    Q_OBJECT
public:
    EditorLspBinding(CodeEditor *editor, lsp::LspClient *client);
    ~EditorLspBinding() override;

    void flush(); // send pending text changes now
    void requestCompletion();
    void requestSignatureHelp();

private:
    void onDwell(int position, const QPoint &globalPos);
    bool inCommentOrString() const;

    QPointer<CodeEditor> m_editor;
    QPointer<lsp::LspClient> m_client;
    QString m_path;
    QTimer m_changeTimer;
    int m_dwellPosition = -1;
    QHash<QString, lsp::CompletionItem> m_shownItems; // by inserted text, for additional edits
};

} // namespace marmot::editor
