// FindBar: find and replace in the current file (Ctrl+F / Ctrl+H), shown under the tabs.
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QLabel;
class QToolButton;

namespace marmot::editor {

class CodeEditor;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setEditor(CodeEditor *editor);
    void showFind(bool withReplace);
    bool findNext(bool forward = true);
    int replaceAll();
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void replaceOne();

    QPointer<CodeEditor> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_word = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_replaceRow = nullptr;
};

} // namespace marmot::editor
