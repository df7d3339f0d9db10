// EditorArea: the tabbed set of open files used by the main window: open/save/close with
// Save/Discard/Cancel, session state, crash recovery of unsaved buffers, compiler and gopls
// diagnostics, Git line changes, find/replace, find in project, and gopls navigation.
#pragma once

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QTimer>
#include <QVariantMap>
#include <QVector>
#include <QWidget>

#include <functional>

#include "line_change.h"
#include "lsp/lsp_types.h"
#include "recovery_store.h"
#include "source_diagnostic.h"

class QAction;
class QSplitter;
class QTabWidget;

namespace marmot::editor {

class CodeEditor;
class DiskChangeWatcher;
class EditorTab;
class FindBar;
class SearchResultsPanel;
namespace lsp { class LspClient; }

class EditorArea : public QWidget
{
    Q_OBJECT
public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit EditorArea(QWidget *parent = nullptr);
    ~EditorArea() override;

    bool openFile(const QString &path, int line = 0, int column = 0);
    bool saveCurrent();
    bool saveAll();
    bool closeAll();
    bool closeFile(const QString &path);
    bool hasUnsavedChanges() const;

    QString currentFilePath() const;
    QStringList openFilePaths() const;
    CodeEditor *currentEditor() const;
    CodeEditor *editorFor(const QString &path) const;

    QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap &state);

    void setProjectRoot(const QString &dir, const QProcessEnvironment &goEnvironment);
    QString projectRoot() const { return m_root; }
    lsp::LspClient *lspClient() const { return m_lsp; }

    void setCompilerDiagnostics(const QList<SourceDiagnostic> &diagnostics);
    void setLineChanges(const QString &path, const QVector<LineChange> &changes);
    void reloadFromDisk(const QStringList &paths);

    QList<QAction *> editActions() const;

    void setRecoveryDirectory(const QString &dir);
    QStringList recoverableFiles() const;
    void flushRecovery(); // write modified buffers to the recovery folder now
    bool isRecoveryOffered(const QString &path) const;

    // How to ask about unsaved changes when closing (default: a message box); for tests.
    void setSaveQuestion(std::function<SaveChoice(const QString &path)> ask) { m_saveQuestion = std::move(ask); }
    // Whether a path opens read-only (outside the project, in GOROOT or the Marmot runtime).
    bool isReadOnlyLocation(const QString &path) const;

public slots:
    void toggleComment();
    void goToLine();
    void showFind();
    void showReplace();
    void findInProject();
    void searchProject(const QString &query);
    void formatCurrent();
    void goToDefinition();
    void findReferences();
    void renameSymbol();
    void renameSymbolTo(const QString &newName); // at the cursor of the current editor

signals:
    void currentFileChanged(const QString &path);
    void fileSaved(const QString &path);
    void unsavedChangesChanged(bool unsaved);
    void statusMessage(const QString &message);

private:
    EditorTab *tabFor(const QString &path) const;
    EditorTab *tabAt(int index) const;
    EditorTab *currentTab() const;
    bool saveTab(EditorTab *tab);
    bool closeTab(int index);
    void updateTabTitle(EditorTab *tab);
    void updateUnsavedState();
    void createActions();
    void applyDiagnostics(EditorTab *tab);
    void applyWorkspaceEdit(const lsp::WorkspaceEdit &edit);
    void formatAfterSave(EditorTab *tab);
    void onChangedOnDisk(const QString &path);
    void goToLspLocation(const QString &path, int line, int column);
    CodeEditor *editorForLspRequest(const QString &needsGopls, int *line, int *column);
    QString normalizedPath(const QString &path) const;

    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    FindBar *m_findBar = nullptr;
    SearchResultsPanel *m_results = nullptr;
    lsp::LspClient *m_lsp = nullptr;
    QString m_root;
    QString m_goroot;
    QProcessEnvironment m_goEnvironment;
    RecoveryStore m_recovery;
    QTimer m_recoveryTimer;
    DiskChangeWatcher *m_diskWatcher = nullptr;
    QHash<QString, QList<SourceDiagnostic>> m_compilerDiagnostics;
    QHash<QString, QList<SourceDiagnostic>> m_goplsDiagnostics;
    QHash<QString, QVector<LineChange>> m_lineChanges;
    QList<QAction *> m_actions;
    std::function<SaveChoice(const QString &)> m_saveQuestion;
    bool m_lastUnsaved = false;
};

} // namespace marmot::editor
