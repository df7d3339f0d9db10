// EditorArea: tabs, files, session state, recovery and the edit actions.
#include "editor_area.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "code_editor.h"
#include "disk_change_watcher.h"
#include "editor_lsp_binding.h"
#include "editor_tab.h"
#include "find_bar.h"
#include "lsp/lsp_client.h"
#include "search_results_panel.h"

namespace marmot::editor {

EditorArea::EditorArea(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    m_tabs = new QTabWidget(top);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_findBar = new FindBar(top);
    m_findBar->hide();
    topLayout->addWidget(m_tabs, 1);
    topLayout->addWidget(m_findBar);
    m_results = new SearchResultsPanel(m_splitter);
    m_results->hide();
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter);

    m_lsp = new lsp::LspClient(this);
    connect(m_lsp, &lsp::LspClient::statusMessage, this, &EditorArea::statusMessage);
    connect(m_lsp, &lsp::LspClient::diagnosticsPublished, this,
            [this](const QString &path, const QList<SourceDiagnostic> &diags) {
                m_goplsDiagnostics.insert(path, diags);
                if (EditorTab *tab = tabFor(path))
                    tab->editor()->setDiagnostics("gopls", diags);
            });
    connect(m_lsp, &lsp::LspClient::applyEditRequested, this, &EditorArea::applyWorkspaceEdit);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) {
        EditorTab *tab = currentTab();
        m_findBar->setEditor(tab ? tab->editor() : nullptr);
        emit currentFileChanged(tab ? tab->path() : QString());
    });
    connect(m_results, &SearchResultsPanel::searchRequested, this, &EditorArea::searchProject);
    connect(m_results, &SearchResultsPanel::hitActivated, this,
            [this](const QString &path, int line, int column) { openFile(path, line, column); });

    m_diskWatcher = new DiskChangeWatcher(this);
    connect(m_diskWatcher, &DiskChangeWatcher::changedOnDisk, this, &EditorArea::onChangedOnDisk);
    m_recoveryTimer.setInterval(3000);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &EditorArea::flushRecovery);
    m_saveQuestion = [this](const QString &path) {
        const auto button = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has unsaved changes. Save them?").arg(QFileInfo(path).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return button == QMessageBox::Save      ? SaveChoice::Save
               : button == QMessageBox::Discard ? SaveChoice::Discard
                                                : SaveChoice::Cancel;
    };
    createActions();
}

EditorArea::~EditorArea()
{
    // Recovery copies stay on disk: only saving or discarding removes them.
    m_recoveryTimer.stop();
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    m_lsp->stop();
}

QString EditorArea::normalizedPath(const QString &path) const
{
    QFileInfo info(path);
    if (info.isRelative() && !m_root.isEmpty())
        info.setFile(QDir(m_root).filePath(path));
    return QDir::cleanPath(info.absoluteFilePath());
}

EditorTab *EditorArea::tabAt(int index) const { return qobject_cast<EditorTab *>(m_tabs->widget(index)); }
EditorTab *EditorArea::currentTab() const { return qobject_cast<EditorTab *>(m_tabs->currentWidget()); }

EditorTab *EditorArea::tabFor(const QString &path) const
{
    const QString p = normalizedPath(path);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tabAt(i)->path() == p)
            return tabAt(i);
    return nullptr;
}

CodeEditor *EditorArea::currentEditor() const { return currentTab() ? currentTab()->editor() : nullptr; }

CodeEditor *EditorArea::editorFor(const QString &path) const
{
    EditorTab *tab = tabFor(path);
    return tab ? tab->editor() : nullptr;
}

bool EditorArea::isReadOnlyLocation(const QString &path) const
{
    const QString p = normalizedPath(path);
    auto under = [](const QString &file, const QString &dir) {
        return !dir.isEmpty() && (file == dir || file.startsWith(QDir::cleanPath(dir) + '/'));
    };
    if (under(p, m_root))
        return false;
    const QString canonical = QFileInfo(p).canonicalFilePath();
    for (const QString &dir : {m_goroot, QFileInfo(m_goroot).canonicalFilePath(), QStringLiteral("/usr/lib/go"),
                               QStringLiteral("/usr/share/go")}) {
        if (dir.isEmpty())
            continue;
        if (under(p, dir) || under(canonical, dir) || p.startsWith(dir + "-") || canonical.startsWith(dir + "-"))
            return true;
    }
    return p.contains("/share/marmot/") || p.contains("/lib/marmot/") || p.contains("/.cache/marmot/");
}

bool EditorArea::openFile(const QString &rawPath, int line, int column)
{
    const QString path = normalizedPath(rawPath);
    EditorTab *tab = tabFor(path);
    if (!tab) {
        if (!QFileInfo(path).isFile()) {
            emit statusMessage(tr("Cannot open %1: no such file").arg(path));
            return false;
        }
        tab = new EditorTab(path, this);
        QString error;
        if (!tab->editor()->loadFile(path, &error)) {
            emit statusMessage(tr("Cannot open %1: %2").arg(path, error));
            delete tab;
            return false;
        }
        const bool readOnly = isReadOnlyLocation(path) || !QFileInfo(path).isWritable();
        tab->setReadOnly(readOnly);
        CodeEditor *ed = tab->editor();
        connect(ed, &QsciScintilla::modificationChanged, this, [this, tab](bool) {
            updateTabTitle(tab);
            updateUnsavedState();
        });
        connect(ed, &QsciScintilla::textChanged, tab, [tab] { tab->setRecoveryDirty(true); });
        connect(tab, &EditorTab::recoveryDiscarded, this, [this, tab] { m_recovery.remove(tab->path()); });
        connect(tab, &EditorTab::recoveryRestored, this, [this, tab] {
            tab->setRecoveryDirty(true);
            emit statusMessage(tr("Restored unsaved changes of %1").arg(QFileInfo(tab->path()).fileName()));
        });
        if (path.endsWith(".go") || path.endsWith("/go.mod"))
            new EditorLspBinding(ed, m_lsp);
        ed->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(ed, &QWidget::customContextMenuRequested, this, [this, ed](const QPoint &pos) {
            QMenu *menu = ed->createStandardContextMenu();
            menu->addSeparator();
            for (QAction *action : std::as_const(m_actions))
                if (action->objectName() != "actionFindInProject")
                    menu->addAction(action);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(ed->viewport()->mapToGlobal(pos));
        });
        m_diskWatcher->watch(path);
        const int index = m_tabs->addTab(tab, QFileInfo(path).fileName());
        m_tabs->setTabToolTip(index, path);
        updateTabTitle(tab);
        applyDiagnostics(tab);
        if (m_lineChanges.contains(path))
            ed->setLineChanges(m_lineChanges.value(path));
        QString recovered;
        QDateTime savedAt;
        if (!readOnly && m_recovery.hasNewerCopy(path) && m_recovery.read(path, &recovered, &savedAt))
            tab->offerRecovery(recovered, savedAt);
        else if (!readOnly)
            m_recovery.remove(path); // stale copy
        if (readOnly)
            emit statusMessage(tr("%1 is part of the Go or Marmot runtime sources: opened read-only")
                                   .arg(QFileInfo(path).fileName()));
    }
    m_tabs->setCurrentWidget(tab);
    if (line > 0)
        tab->editor()->goToLine(line, column);
    tab->editor()->setFocus();
    return true;
}

void EditorArea::applyDiagnostics(EditorTab *tab)
{
    tab->editor()->setDiagnostics("compiler", m_compilerDiagnostics.value(tab->path()));
    tab->editor()->setDiagnostics("gopls", m_goplsDiagnostics.value(tab->path()));
}

void EditorArea::updateTabTitle(EditorTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    QString title = QFileInfo(tab->path()).fileName();
    if (tab->editor()->isModified())
        title += QStringLiteral(" ●");
    if (tab->isReadOnly())
        title += tr(" (read-only)");
    m_tabs->setTabText(index, title);
}

void EditorArea::updateUnsavedState()
{
    const bool unsaved = hasUnsavedChanges();
    if (unsaved != m_lastUnsaved) {
        m_lastUnsaved = unsaved;
        emit unsavedChangesChanged(unsaved);
    }
}

bool EditorArea::hasUnsavedChanges() const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tabAt(i)->editor()->isModified())
            return true;
    return false;
}

bool EditorArea::saveTab(EditorTab *tab)
{
    if (!tab)
        return false;
    if (tab->isReadOnly()) {
        emit statusMessage(tr("%1 is read-only").arg(QFileInfo(tab->path()).fileName()));
        return false;
    }
    QString error;
    if (!tab->editor()->saveFile(&error)) {
        emit statusMessage(tr("Could not save %1: %2").arg(tab->path(), error));
        return false;
    }
    m_recovery.remove(tab->path());
    tab->setRecoveryDirty(false);
    tab->hideInfoBar();
    if (auto *binding = tab->editor()->findChild<EditorLspBinding *>())
        binding->flush();
    m_lsp->saveDocument(tab->path());
    emit fileSaved(tab->path());
    emit statusMessage(tr("Saved %1").arg(QFileInfo(tab->path()).fileName()));
    formatAfterSave(tab);
    return true;
}

bool EditorArea::saveCurrent() { return saveTab(currentTab()); }

bool EditorArea::saveAll()
{
    bool ok = true;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tabAt(i)->editor()->isModified() && !tabAt(i)->isReadOnly())
            ok = saveTab(tabAt(i)) && ok;
    return ok;
}

bool EditorArea::closeTab(int index)
{
    EditorTab *tab = tabAt(index);
    if (!tab)
        return false;
    if (tab->editor()->isModified() && !tab->isReadOnly()) {
        m_tabs->setCurrentIndex(index);
        switch (m_saveQuestion(tab->path())) {
        case SaveChoice::Save:
            if (!saveTab(tab))
                return false;
            break;
        case SaveChoice::Discard:
            m_recovery.remove(tab->path());
            break;
        case SaveChoice::Cancel:
            return false;
        }
    }
    m_diskWatcher->unwatch(tab->path());
    m_tabs->removeTab(m_tabs->indexOf(tab));
    delete tab;
    updateUnsavedState();
    return true;
}

bool EditorArea::closeFile(const QString &path)
{
    EditorTab *tab = tabFor(path);
    return !tab || closeTab(m_tabs->indexOf(tab));
}

bool EditorArea::closeAll()
{
    while (m_tabs->count() > 0)
        if (!closeTab(m_tabs->count() - 1))
            return false;
    return true;
}

QString EditorArea::currentFilePath() const { return currentTab() ? currentTab()->path() : QString(); }

QStringList EditorArea::openFilePaths() const
{
    QStringList paths;
    for (int i = 0; i < m_tabs->count(); ++i)
        paths << tabAt(i)->path();
    return paths;
}

QVariantMap EditorArea::sessionState() const
{
    QVariantList files;
    for (int i = 0; i < m_tabs->count(); ++i) {
        CodeEditor *ed = tabAt(i)->editor();
        int line, index;
        ed->getCursorPosition(&line, &index);
        files << QVariantMap{{"path", tabAt(i)->path()}, {"line", line + 1}, {"column", index + 1},
                             {"firstVisibleLine", ed->firstVisibleLine()}};
    }
    return QVariantMap{{"files", files}, {"current", currentFilePath()}};
}

void EditorArea::restoreSessionState(const QVariantMap &state)
{
    for (const QVariant &v : state.value("files").toList()) {
        const QVariantMap file = v.toMap();
        const QString path = file.value("path").toString();
        if (!openFile(path))
            continue;
        CodeEditor *ed = editorFor(path);
        const int line = std::max(0, file.value("line").toInt() - 1);
        ed->setCursorPosition(std::min(line, ed->lines() - 1), std::max(0, file.value("column").toInt() - 1));
        ed->setFirstVisibleLine(file.value("firstVisibleLine").toInt());
    }
    if (EditorTab *tab = tabFor(state.value("current").toString()))
        m_tabs->setCurrentWidget(tab);
}

void EditorArea::setProjectRoot(const QString &dir, const QProcessEnvironment &goEnvironment)
{
    const QString root = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (root == m_root && goEnvironment == m_goEnvironment && m_lsp->state() != lsp::LspClient::State::Stopped)
        return; // same folder and Go settings (e.g. another board of the same family)
    m_root = root;
    m_goEnvironment = goEnvironment;
    m_goroot = goEnvironment.value("GOROOT");
    m_goplsDiagnostics.clear();
    for (int i = 0; i < m_tabs->count(); ++i) {
        EditorTab *tab = tabAt(i);
        tab->setReadOnly(isReadOnlyLocation(tab->path()) || !QFileInfo(tab->path()).isWritable());
        updateTabTitle(tab);
        applyDiagnostics(tab);
    }
    m_lsp->start(m_root, goEnvironment);
}

void EditorArea::setCompilerDiagnostics(const QList<SourceDiagnostic> &diagnostics)
{
    m_compilerDiagnostics.clear();
    for (SourceDiagnostic d : diagnostics) {
        d.file = normalizedPath(d.file);
        if (d.source.isEmpty())
            d.source = QStringLiteral("compiler");
        m_compilerDiagnostics[d.file].append(d);
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        applyDiagnostics(tabAt(i));
}

void EditorArea::setLineChanges(const QString &path, const QVector<LineChange> &changes)
{
    const QString p = normalizedPath(path);
    m_lineChanges.insert(p, changes);
    if (EditorTab *tab = tabFor(p))
        tab->editor()->setLineChanges(changes);
}

void EditorArea::onChangedOnDisk(const QString &path)
{
    EditorTab *tab = tabFor(path);
    if (!tab)
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return; // deleted or unreadable: keep the buffer as it is
    if (QString::fromUtf8(f.readAll()) == tab->editor()->text())
        return; // our own save, or no real change
    const QString name = QFileInfo(path).fileName();
    if (tab->editor()->isModified()) {
        emit statusMessage(tr("%1 changed on disk; your unsaved edits are kept (saving overwrites it)").arg(name));
        return;
    }
    reloadFromDisk({path});
    emit statusMessage(tr("%1 changed on disk and was reloaded").arg(name));
}

void EditorArea::reloadFromDisk(const QStringList &paths)
{
    for (const QString &path : paths) {
        EditorTab *tab = tabFor(path);
        if (!tab)
            continue;
        CodeEditor *ed = tab->editor();
        int line, index;
        ed->getCursorPosition(&line, &index);
        const int first = ed->firstVisibleLine();
        if (!ed->loadFile(tab->path())) {
            emit statusMessage(tr("Could not reload %1").arg(tab->path()));
            continue;
        }
        ed->setCursorPosition(std::min(line, ed->lines() - 1), index);
        ed->setFirstVisibleLine(first);
        m_recovery.remove(tab->path());
        tab->setRecoveryDirty(false);
        tab->hideInfoBar();
        if (auto *binding = ed->findChild<EditorLspBinding *>())
            binding->flush();
        updateTabTitle(tab);
    }
    updateUnsavedState();
}

void EditorArea::setRecoveryDirectory(const QString &dir)
{
    m_recovery.setDirectory(dir);
    if (m_recovery.isEnabled())
        m_recoveryTimer.start();
    else
        m_recoveryTimer.stop();
}

QStringList EditorArea::recoverableFiles() const { return m_recovery.files(); }

bool EditorArea::isRecoveryOffered(const QString &path) const
{
    EditorTab *tab = tabFor(path);
    return tab && tab->isRecoveryOffered();
}

void EditorArea::flushRecovery()
{
    if (!m_recovery.isEnabled())
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        EditorTab *tab = tabAt(i);
        if (!tab->recoveryDirty())
            continue;
        if (tab->editor()->isModified())
            m_recovery.write(tab->path(), tab->editor()->text());
        else if (!tab->isRecoveryOffered())
            m_recovery.remove(tab->path());
        tab->setRecoveryDirty(false);
    }
}

} // namespace marmot::editor
