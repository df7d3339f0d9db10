// EditorArea, continued: the edit actions, find in project and the gopls-backed actions
// (format, definition, references, rename with workspace edits applied to buffers and files).
#include "editor_area.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include "code_editor.h"
#include "editor_lsp_binding.h"
#include "editor_tab.h"
#include "find_bar.h"
#include "lsp/lsp_client.h"
#include "search_results_panel.h"

namespace marmot::editor {

namespace {
constexpr int kMaxHits = 2000;

bool isSearchableFile(const QString &name)
{
    static const QStringList suffixes = {".go", ".mod", ".s", ".S", ".c", ".h", ".json", ".ld", ".md", ".txt", ".yaml", ".yml"};
    for (const QString &s : suffixes)
        if (name.endsWith(s))
            return true;
    return false;
}
} // namespace

void EditorArea::createActions()
{
    auto add = [this](const QString &text, const QKeySequence &key, void (EditorArea::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        // Only while the focus is in the editor area: docks (the serial monitor) have their own
        // Ctrl+F. Find in project stays window-wide.
        action->setShortcutContext(slot == &EditorArea::findInProject ? Qt::WindowShortcut
                                                                     : Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
        addAction(action);
        return action;
    };
    add(tr("&Find..."), QKeySequence(Qt::CTRL | Qt::Key_F), &EditorArea::showFind)->setObjectName("actionFind");
    add(tr("&Replace..."), QKeySequence(Qt::CTRL | Qt::Key_H), &EditorArea::showReplace)->setObjectName("actionReplace");
    add(tr("Find in &Project..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &EditorArea::findInProject)
        ->setObjectName("actionFindInProject");
    add(tr("&Go to Line..."), QKeySequence(Qt::CTRL | Qt::Key_L), &EditorArea::goToLine)->setObjectName("actionGoToLine");
    add(tr("Toggle &Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash), &EditorArea::toggleComment)
        ->setObjectName("actionToggleComment");
    add(tr("F&ormat File"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &EditorArea::formatCurrent)
        ->setObjectName("actionFormat");
    add(tr("Go to &Definition"), QKeySequence(Qt::Key_F12), &EditorArea::goToDefinition)
        ->setObjectName("actionGoToDefinition");
    add(tr("Find &References"), QKeySequence(Qt::SHIFT | Qt::Key_F12), &EditorArea::findReferences)
        ->setObjectName("actionFindReferences");
    add(tr("Re&name Symbol..."), QKeySequence(Qt::Key_F2), &EditorArea::renameSymbol)->setObjectName("actionRename");
}

QList<QAction *> EditorArea::editActions() const { return m_actions; }

void EditorArea::toggleComment()
{
    if (CodeEditor *ed = currentEditor(); ed && !ed->isReadOnly())
        ed->toggleComment();
}

void EditorArea::goToLine()
{
    CodeEditor *ed = currentEditor();
    if (!ed)
        return;
    int line, index;
    ed->getCursorPosition(&line, &index);
    bool ok = false;
    const int target = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1 - %1):").arg(ed->lines()), line + 1,
                                            1, ed->lines(), 1, &ok);
    if (ok)
        ed->goToLine(target);
}

void EditorArea::showFind()
{
    m_findBar->setEditor(currentEditor());
    m_findBar->showFind(false);
}

void EditorArea::showReplace()
{
    m_findBar->setEditor(currentEditor());
    m_findBar->showFind(true);
}

void EditorArea::findInProject()
{
    CodeEditor *ed = currentEditor();
    const QString selected = ed && ed->hasSelectedText() && !ed->selectedText().contains('\n') ? ed->selectedText() : QString();
    m_results->focusQuery(selected);
}

void EditorArea::searchProject(const QString &query)
{
    if (query.isEmpty())
        return;
    const QString root = m_root.isEmpty() ? QFileInfo(currentFilePath()).absolutePath() : m_root;
    const Qt::CaseSensitivity cs = m_results->caseSensitive() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QList<SearchHit> hits;
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        const QString top = rel.section('/', 0, 0);
        const bool inBuildFolder = rel.contains('/') && top.startsWith("build");
        if (rel.startsWith('.') || rel.contains("/.") || inBuildFolder || !isSearchableFile(path))
            continue;
        files << path;
    }
    files.sort();
    for (const QString &path : files) {
        QString text;
        if (CodeEditor *open = editorFor(path)) {
            text = open->text(); // unsaved edits count
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024)
                continue;
            text = QString::fromUtf8(f.readAll());
        }
        const QStringList lines = text.split('\n');
        for (int i = 0; i < lines.size() && hits.size() < kMaxHits; ++i) {
            const int col = int(lines[i].indexOf(query, 0, cs));
            if (col >= 0)
                hits.append(SearchHit{path, i + 1, col + 1, lines[i].left(200)});
        }
    }
    m_results->setResults(tr("\"%1\"").arg(query), hits, root);
    emit statusMessage(hits.size() >= kMaxHits ? tr("Find in project: stopped after %1 results").arg(kMaxHits)
                                               : tr("Find in project: %n result(s)", nullptr, int(hits.size())));
}

void EditorArea::goToLspLocation(const QString &path, int line, int column)
{
    if (!openFile(path))
        return;
    CodeEditor *ed = editorFor(path);
    const int pos = ed->positionFromLsp(line, column);
    int l, index;
    ed->lineIndexFromPosition(pos, &l, &index);
    ed->goToLine(l + 1, index + 1);
}

void EditorArea::formatCurrent()
{
    EditorTab *tab = currentTab();
    if (!tab || tab->isReadOnly())
        return;
    CodeEditor *ed = tab->editor();
    if (m_lsp->isRunning()) {
        if (auto *binding = ed->findChild<EditorLspBinding *>())
            binding->flush();
        QPointer<CodeEditor> guard = ed;
        m_lsp->formatting(tab->path(), [this, guard](const QList<lsp::TextEdit> &edits) {
            if (guard && !edits.isEmpty())
                guard->applyTextEdits(edits);
            emit statusMessage(edits.isEmpty() ? tr("Already formatted") : tr("Formatted"));
        });
        return;
    }
    // Without gopls: gofmt from the Go installation.
    QString gofmt = m_goroot.isEmpty() ? QString() : m_goroot + "/bin/gofmt";
    if (!QFileInfo(gofmt).isExecutable())
        gofmt = QStandardPaths::findExecutable("gofmt", {"/usr/lib/go-1.19/bin", "/usr/lib/go/bin"});
    if (gofmt.isEmpty()) {
        emit statusMessage(tr("Cannot format: neither gopls nor gofmt is available"));
        return;
    }
    QProcess proc;
    proc.start(gofmt, {});
    proc.write(ed->text().toUtf8());
    proc.closeWriteChannel();
    if (!proc.waitForFinished(5000) || proc.exitCode() != 0) {
        emit statusMessage(tr("gofmt: %1").arg(QString::fromUtf8(proc.readAllStandardError()).trimmed()));
        return;
    }
    const QString formatted = QString::fromUtf8(proc.readAllStandardOutput());
    if (formatted != ed->text()) {
        const int lastLine = ed->lines();
        ed->applyTextEdits({lsp::TextEdit{lsp::Range{0, 0, lastLine, 0}, formatted}});
    }
    emit statusMessage(tr("Formatted with gofmt"));
}

void EditorArea::formatAfterSave(EditorTab *tab)
{
    if (!m_lsp->isRunning() || !tab->path().endsWith(".go"))
        return;
    const QString path = tab->path();
    const int version = m_lsp->documentVersion(path);
    QPointer<EditorTab> guard = tab;
    m_lsp->formatting(path, [this, guard, path, version](const QList<lsp::TextEdit> &edits) {
        // Only if nothing was typed since the save.
        if (!guard || edits.isEmpty() || guard->editor()->isModified() || m_lsp->documentVersion(path) != version)
            return;
        guard->editor()->applyTextEdits(edits);
        QString error;
        if (guard->editor()->saveFile(&error)) {
            if (auto *binding = guard->editor()->findChild<EditorLspBinding *>())
                binding->flush();
            m_lsp->saveDocument(path);
            emit fileSaved(path);
        }
    });
}

// The current editor for a request to gopls at its cursor: gopls has its latest text and
// line/column are the cursor in LSP terms. nullptr without an editor, or when gopls is not
// running (then needsGopls, if not empty, goes to the status bar).
CodeEditor *EditorArea::editorForLspRequest(const QString &needsGopls, int *line, int *column)
{
    CodeEditor *ed = currentEditor();
    if (!ed)
        return nullptr;
    if (!m_lsp->isRunning()) {
        if (!needsGopls.isEmpty())
            emit statusMessage(needsGopls);
        return nullptr;
    }
    if (auto *binding = ed->findChild<EditorLspBinding *>())
        binding->flush();
    ed->cursorLspPosition(line, column);
    return ed;
}

void EditorArea::goToDefinition()
{
    int line, column;
    CodeEditor *ed = editorForLspRequest(tr("Go to definition needs gopls"), &line, &column);
    if (!ed)
        return;
    m_lsp->definition(ed->filePath(), line, column, [this](const QList<lsp::Location> &locations) {
        if (locations.isEmpty()) {
            emit statusMessage(tr("No definition found"));
            return;
        }
        const lsp::Location &loc = locations.first();
        goToLspLocation(loc.path, loc.range.startLine, loc.range.startColumn);
    });
}

void EditorArea::findReferences()
{
    int line, column;
    CodeEditor *ed = editorForLspRequest(tr("Find references needs gopls"), &line, &column);
    if (!ed)
        return;
    const QString word = ed->wordAtLineIndex(line, ed->positionFromLsp(line, column) - ed->positionFromLineIndex(line, 0));
    m_lsp->references(ed->filePath(), line, column, [this, word](const QList<lsp::Location> &locations) {
        QList<SearchHit> hits;
        for (const lsp::Location &loc : locations) {
            QString lineText;
            if (CodeEditor *open = editorFor(loc.path)) {
                lineText = open->text(loc.range.startLine);
            } else {
                QFile f(loc.path);
                if (f.open(QIODevice::ReadOnly))
                    lineText = QString::fromUtf8(f.readAll()).section('\n', loc.range.startLine, loc.range.startLine);
            }
            hits.append(SearchHit{loc.path, loc.range.startLine + 1, loc.range.startColumn + 1, lineText});
        }
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
            return a.path != b.path ? a.path < b.path : a.line < b.line;
        });
        m_results->setResults(tr("References to %1").arg(word), hits, m_root);
    });
}

void EditorArea::renameSymbol()
{
    CodeEditor *ed = currentEditor();
    if (!ed || ed->isReadOnly())
        return;
    if (!m_lsp->isRunning()) {
        emit statusMessage(tr("Rename needs gopls"));
        return;
    }
    int line, index;
    ed->getCursorPosition(&line, &index);
    const QString current = ed->wordAtLineIndex(line, index);
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename Symbol"), tr("New name for %1:").arg(current),
                                                  QLineEdit::Normal, current, &ok);
    if (ok && !newName.isEmpty() && newName != current)
        renameSymbolTo(newName);
}

void EditorArea::renameSymbolTo(const QString &newName)
{
    CodeEditor *current = currentEditor();
    if (!current || current->isReadOnly())
        return;
    int line, column;
    CodeEditor *ed = editorForLspRequest(QString(), &line, &column);
    if (!ed)
        return;
    m_lsp->rename(ed->filePath(), line, column, newName, [this](const lsp::WorkspaceEdit &edit, const QString &error) {
        if (!error.isEmpty()) {
            emit statusMessage(tr("Rename failed: %1").arg(error));
            return;
        }
        applyWorkspaceEdit(edit);
    });
}

void EditorArea::applyWorkspaceEdit(const lsp::WorkspaceEdit &edit)
{
    int files = 0;
    for (auto it = edit.begin(); it != edit.end(); ++it) {
        if (CodeEditor *open = editorFor(it.key())) {
            if (open->isReadOnly())
                continue;
            open->applyTextEdits(it.value());
            ++files;
            continue;
        }
        if (isReadOnlyLocation(it.key()))
            continue;
        QFile in(it.key());
        if (!in.open(QIODevice::ReadOnly)) {
            emit statusMessage(tr("Could not edit %1: %2").arg(it.key(), in.errorString()));
            continue;
        }
        const QString text = lsp::applyTextEdits(QString::fromUtf8(in.readAll()), it.value());
        in.close();
        QSaveFile out(it.key());
        if (out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) >= 0 && out.commit())
            ++files;
        else
            emit statusMessage(tr("Could not write %1: %2").arg(it.key(), out.errorString()));
    }
    emit statusMessage(tr("Changed %n file(s)", nullptr, files));
}

} // namespace marmot::editor
