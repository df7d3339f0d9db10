// EditorArea: session state round trip, recovery of unsaved edits after a simulated crash,
// Save/Discard/Cancel on close, read-only GOROOT files, diagnostics routing, reload from disk,
// find in project, and a screenshot (editor_area.png in the build folder).
#include <QtTest>

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QToolTip>
#include <QTreeWidget>

#include "code_editor.h"
#include "editor_area.h"
#include "find_bar.h"
#include "lsp/lsp_client.h"

using namespace marmot::editor;

class TestEditorArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.path() + "/" + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    static QByteArray numberedLines(int n)
    {
        QByteArray out = "package main\n\n";
        for (int i = 0; i < n; ++i)
            out += "var v" + QByteArray::number(i) + " = " + QByteArray::number(i) + "\n";
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sessionRoundTrip()
    {
        const QString a = writeFile("proj/a.go", numberedLines(200));
        const QString b = writeFile("proj/b.go", numberedLines(10));
        QVariantMap state;
        {
            EditorArea area;
            area.resize(800, 400);
            area.show();
            QVERIFY(area.openFile(a, 150, 5));
            QVERIFY(area.openFile(b, 3));
            QVERIFY(area.openFile(a)); // already open: just switches
            QCOMPARE(area.openFilePaths(), QStringList({a, b}));
            QCOMPARE(area.currentFilePath(), a);
            state = area.sessionState();
        }
        EditorArea restored;
        restored.resize(800, 400);
        restored.show();
        QSignalSpy current(&restored, &EditorArea::currentFileChanged);
        restored.restoreSessionState(state);
        QCOMPARE(restored.openFilePaths(), QStringList({a, b}));
        QCOMPARE(restored.currentFilePath(), a);
        int line, index;
        restored.editorFor(a)->getCursorPosition(&line, &index);
        QCOMPARE(line, 149);
        QCOMPARE(index, 4);
        QVERIFY(restored.editorFor(a)->firstVisibleLine() > 100);
        QCOMPARE(restored.sessionState(), state);
        QVERIFY(!current.isEmpty());
    }

    void recoveryAfterCrash()
    {
        const QString path = writeFile("proj/crash.go", "package main\n\nfunc main() {\n}\n");
        const QString recoveryDir = m_dir.path() + "/recovery";
        const QString edited = "package main\n\nfunc main() {\n\tprintln(\"unsaved\")\n}\n";
        {
            auto *area = new EditorArea;
            area->setRecoveryDirectory(recoveryDir);
            QVERIFY(area->openFile(path));
            area->editorFor(path)->setText(edited);
            QVERIFY(area->hasUnsavedChanges());
            // Written by the recovery timer within a few seconds, without any call.
            QTRY_COMPARE_WITH_TIMEOUT(area->recoverableFiles(), QStringList{path}, 8000);
            delete area; // a crash: nothing saved, no close dialogs
        }
        QCOMPARE(readFile(path), QByteArray("package main\n\nfunc main() {\n}\n"));
        EditorArea area;
        area.setRecoveryDirectory(recoveryDir);
        QCOMPARE(area.recoverableFiles(), QStringList{path});
        QVERIFY(area.openFile(path));
        QVERIFY(area.isRecoveryOffered(path));
        QCOMPARE(area.editorFor(path)->text(), QString("package main\n\nfunc main() {\n}\n"));
        auto *restore = area.findChild<QPushButton *>("restoreRecoveryButton");
        QVERIFY(restore);
        restore->click();
        QCOMPARE(area.editorFor(path)->text(), edited);
        QVERIFY(area.hasUnsavedChanges());
        QVERIFY(!area.isRecoveryOffered(path));
        QVERIFY(area.saveCurrent());
        QCOMPARE(readFile(path), edited.toUtf8());
        QVERIFY(area.recoverableFiles().isEmpty());
    }

    void recoveryDiscard()
    {
        const QString path = writeFile("proj/discard.go", "package main\n");
        const QString recoveryDir = m_dir.path() + "/recovery2";
        {
            EditorArea area;
            area.setRecoveryDirectory(recoveryDir);
            area.openFile(path);
            area.editorFor(path)->append("// more\n");
            area.flushRecovery();
        }
        EditorArea area;
        area.setRecoveryDirectory(recoveryDir);
        area.openFile(path);
        QVERIFY(area.isRecoveryOffered(path));
        area.findChild<QPushButton *>("discardRecoveryButton")->click();
        QVERIFY(area.recoverableFiles().isEmpty());
        QVERIFY(!area.hasUnsavedChanges());
    }

    void closeAsks()
    {
        const QString path = writeFile("proj/close.go", "package main\n");
        EditorArea area;
        QStringList asked;
        EditorArea::SaveChoice answer = EditorArea::SaveChoice::Cancel;
        area.setSaveQuestion([&](const QString &p) {
            asked << p;
            return answer;
        });
        QSignalSpy unsaved(&area, &EditorArea::unsavedChangesChanged);
        QSignalSpy saved(&area, &EditorArea::fileSaved);
        area.openFile(path);
        area.editorFor(path)->append("// x\n");
        QCOMPARE(unsaved.count(), 1);
        QVERIFY(!area.closeAll()); // Cancel
        QCOMPARE(area.openFilePaths().size(), 1);
        answer = EditorArea::SaveChoice::Save;
        QVERIFY(area.closeAll());
        QCOMPARE(asked.size(), 2);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(readFile(path), QByteArray("package main\n// x\n"));
        QVERIFY(area.openFilePaths().isEmpty());
        QCOMPARE(unsaved.last().first().toBool(), false);
    }

    void readOnlyGoroot()
    {
        const QString goroot = m_dir.path() + "/goroot";
        const QString fmtFile = writeFile("goroot/src/fmt/print.go", "package fmt\n");
        const QString own = writeFile("proj/own.go", "package main\n");
        EditorArea area;
        QProcessEnvironment env;
        env.insert("GOROOT", goroot);
        area.lspClient()->setProgram("/nonexistent/gopls"); // no gopls needed here
        QSignalSpy status(&area, &EditorArea::statusMessage);
        area.setProjectRoot(m_dir.path() + "/proj", env);
        QVERIFY(area.isReadOnlyLocation(fmtFile));
        QVERIFY(!area.isReadOnlyLocation(own));
        QVERIFY(area.openFile(fmtFile));
        QVERIFY(area.editorFor(fmtFile)->isReadOnly());
        QVERIFY(area.openFile(own));
        QVERIFY(!area.editorFor(own)->isReadOnly());
        bool mentionedMissing = false;
        for (const auto &args : status)
            mentionedMissing |= args.first().toString().startsWith("gopls is not installed");
        QVERIFY(mentionedMissing);
    }

    void diagnosticsLineChangesAndReload()
    {
        const QString path = writeFile("proj/diag.go", "package main\n\nfunc main() {\n\tfoo()\n}\n");
        EditorArea area;
        area.setLineChanges(path, {{4, LineChange::Modified}});
        area.openFile(path);
        CodeEditor *ed = area.editorFor(path);
        QVERIFY(ed->markersAtLine(3) & (1 << CodeEditor::ModifiedMarker));
        SourceDiagnostic d;
        d.file = path;
        d.line = 4;
        d.column = 2;
        d.message = "undefined: foo";
        area.setCompilerDiagnostics({d});
        QCOMPARE(ed->diagnosticMessageAt(ed->positionFromLineIndex(3, 2)), QString("compiler: undefined: foo"));
        // Hovering the squiggle shows the message.
        area.show();
        emit ed->SCN_DWELLSTART(ed->positionFromLineIndex(3, 2), 30, 30);
        QCOMPARE(QToolTip::text(), QString("compiler: undefined: foo"));
        emit ed->SCN_DWELLEND(0, 30, 30);
        area.setCompilerDiagnostics({});
        QVERIFY(ed->diagnostics().isEmpty());

        writeFile("proj/diag.go", "package main\n\nfunc main() {\n\tbar()\n}\n");
        area.reloadFromDisk({path});
        QCOMPARE(ed->text(), QString("package main\n\nfunc main() {\n\tbar()\n}\n"));
        QVERIFY(!area.hasUnsavedChanges());
    }

    void externalChangesOnDisk()
    {
        const QString path = writeFile("proj/ext.go", "package main\n");
        EditorArea area;
        QStringList status;
        connect(&area, &EditorArea::statusMessage, this, [&](const QString &m) { status << m; });
        area.openFile(path);
        CodeEditor *ed = area.editorFor(path);
        writeFile("proj/ext.go", "package main\n\n// from another tool\n");
        QTRY_COMPARE_WITH_TIMEOUT(ed->text(), QString("package main\n\n// from another tool\n"), 5000);
        QVERIFY(!area.hasUnsavedChanges());
        // Our own (atomic) save is not reported, and the file is still watched afterwards.
        ed->append("var a = 1\n");
        QVERIFY(area.saveCurrent());
        status.clear();
        QTest::qWait(400);
        QVERIFY2(!status.join('|').contains("changed on disk"), qPrintable(status.join('|')));
        // Unsaved edits are never replaced.
        ed->append("var b = 2\n");
        writeFile("proj/ext.go", "package main\n// third\n");
        QTRY_VERIFY_WITH_TIMEOUT(status.join('|').contains("changed on disk; your unsaved edits are kept"), 5000);
        QVERIFY(ed->text().endsWith("var b = 2\n"));
    }

    void findInProjectJumps()
    {
        const QString root = m_dir.path() + "/search";
        writeFile("search/a.go", "package main\n\nfunc main() {\n\tneedleFunc()\n}\n");
        const QString b = writeFile("search/sub/b.go", "package sub\n\n// needleFunc is here\nfunc needleFunc() {}\n");
        writeFile("search/.git/x.go", "needleFunc\n");
        EditorArea area;
        area.lspClient()->setProgram("/nonexistent/gopls");
        area.setProjectRoot(root, QProcessEnvironment());
        area.searchProject("needlefunc");
        auto *tree = area.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *hit = tree->topLevelItem(1)->child(1);
        QVERIFY(hit);
        emit tree->itemActivated(hit, 0);
        QCOMPARE(area.currentFilePath(), b);
        int line, index;
        area.currentEditor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 3);
        QCOMPARE(index, 5);
    }

    void actionsHaveShortcuts()
    {
        EditorArea area;
        QStringList keys;
        for (QAction *a : area.editActions())
            keys << a->shortcut().toString();
        for (const char *k : {"Ctrl+F", "Ctrl+H", "Ctrl+Shift+F", "Ctrl+L", "Ctrl+/", "F12", "Shift+F12", "F2"})
            QVERIFY2(keys.contains(k), k);
    }

    void shortcutsReachTheEditor()
    {
        const QString path = writeFile("proj/keys.go", "package main\n\nvar x = 1\n");
        EditorArea area;
        area.show();
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        area.openFile(path, 3);
        CodeEditor *ed = area.currentEditor();
        QTest::keyClick(ed, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(ed->text(2), QString("// var x = 1\n"));
        QTest::keyClick(ed, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(ed->text(2), QString("var x = 1\n"));
        QTest::keyClick(ed, Qt::Key_F, Qt::ControlModifier);
        auto *findBar = area.findChild<FindBar *>();
        QVERIFY(findBar && findBar->isVisible());
        QVERIFY(findBar->findField()->hasFocus());
        QTest::keyClicks(findBar->findField(), "x =");
        int line, index, line2, index2;
        ed->getSelection(&line, &index, &line2, &index2);
        QCOMPARE(line, 2);
        QCOMPARE(index, 4);
        QCOMPARE(index2, 7);

        ed->setFocus();
        // Ctrl+L is "go to line" here, not QScintilla's "cut line": the dialog opens.
        QTimer::singleShot(200, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QTest::keyClick(ed, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(ed->text(2), QString("var x = 1\n"));
        QCOMPARE(ed->lines(), 4);
    }

    void dockShortcutsDoNotClash()
    {
        // A dock with its own Ctrl+F (like the serial monitor) beside the editor area.
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *area = new EditorArea(&window);
        auto *dock = new QLineEdit(&window);
        layout->addWidget(area);
        layout->addWidget(dock);
        int dockFinds = 0;
        auto *shortcut = new QShortcut(QKeySequence::Find, dock, [&] { ++dockFinds; });
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        area->openFile(writeFile("proj/dock.go", "package main\n"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        dock->setFocus();
        QTest::keyClick(dock, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(dockFinds, 1);
        QVERIFY(!area->findChild<FindBar *>()->isVisible());
        area->currentEditor()->setFocus();
        QTest::keyClick(area->currentEditor(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(dockFinds, 1);
        QVERIFY(area->findChild<FindBar *>()->isVisible());
    }

    void screenshot()
    {
        const QString path = writeFile("shot/main.go",
                                       "package main\n\nimport \"machine\"\n\nfunc main() {\n\tled := machine.LED\n"
                                       "\tled.Configure(machine.PinConfig{Mode: machine.PinOutput})\n\tfor {\n\t\tled.Toggle()\n\t}\n}\n");
        const QString recoveryDir = m_dir.path() + "/recovery3";
        {
            EditorArea area;
            area.setRecoveryDirectory(recoveryDir);
            area.openFile(path);
            area.editorFor(path)->insertAt("\t// edited\n", 5, 0);
            area.flushRecovery();
        }
        EditorArea area;
        area.setRecoveryDirectory(recoveryDir);
        area.resize(800, 420);
        area.openFile(writeFile("shot/util.go", "package main\n"));
        area.openFile(path, 6, 2);
        area.editorFor(writeFile("shot/util.go", "package main\n"))->append("// x");
        area.showFind();
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTest::qWait(50);
        QVERIFY(area.grab().save(QStringLiteral(MARMOT_TEST_BUILD_DIR) + "/editor_area.png"));
    }
};

QTEST_MAIN(TestEditorArea)
#include "tst_editor_area.moc"
