// EditorTab: one open file in the EditorArea: an info bar (recovered edits: Restore /
// Discard) above its CodeEditor.
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QFrame;

namespace marmot::editor {

class CodeEditor;

class EditorTab : public QWidget
{
    Q_OBJECT
public:
    explicit EditorTab(const QString &path, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    QString path() const { return m_path; }
    bool isReadOnly() const;
    void setReadOnly(bool readOnly);

    void offerRecovery(const QString &text, const QDateTime &savedAt);
    bool isRecoveryOffered() const;
    void hideInfoBar();

    bool recoveryDirty() const { return m_recoveryDirty; }
    void setRecoveryDirty(bool dirty) { m_recoveryDirty = dirty; }

signals:
    void recoveryRestored();
    void recoveryDiscarded();

private:
    QString m_path;
    CodeEditor *m_editor = nullptr;
    QFrame *m_infoBar = nullptr;
    QLabel *m_infoLabel = nullptr;
    QString m_recoveredText;
    bool m_recoveryDirty = false;
};

} // namespace marmot::editor
