// EditorArea wired to a real gopls: squiggles for a bad edit appear and clear, typing "fmt."
// pops up a completion list that inserts Println, go to definition (into the project and
// read-only into GOROOT), rename across an open buffer and a file on disk, format on save.
#include <QtTest>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolTip>

#include "code_editor.h"
#include "editor_area.h"
#include "lsp/lsp_client.h"

using namespace marmot::editor;

class TestEditorGopls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_main, m_util;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.path() + "/" + name;
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

    static bool hasGoplsDiagnostic(CodeEditor *ed)
    {
        for (const SourceDiagnostic &d : ed->diagnostics())
            if (d.source == "gopls")
                return true;
        return false;
    }

    void startArea(EditorArea &area)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("GOPROXY", "off");
        area.resize(900, 500);
        area.setProjectRoot(m_dir.path(), env);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY_WITH_TIMEOUT(area.lspClient()->isRunning(), 30000);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable("gopls").isEmpty())
            QSKIP("gopls is not installed (Debian package gopls): editor/gopls integration skipped");
        QVERIFY(m_dir.isValid());
        writeFile("go.mod", "module example.com/probe\n\ngo 1.19\n");
        m_main = writeFile("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(helper())\n}\n");
        m_util = writeFile("util.go", "package main\n\nfunc helper() int { return 1 }\n");
    }

    void squigglesAndCompletion()
    {
        EditorArea area;
        startArea(area);
        QVERIFY(area.openFile(m_main, 6, 1));
        CodeEditor *ed = area.currentEditor();
        ed->setFocus();

        ed->insertAt("\tundefinedThing()\n", 6, 0);
        QTRY_VERIFY_WITH_TIMEOUT(hasGoplsDiagnostic(ed), 60000);
        const int pos = ed->positionFromLineIndex(6, 3);
        QVERIFY2(ed->diagnosticMessageAt(pos).contains("undefinedThing"), qPrintable(ed->diagnosticMessageAt(pos)));
        ed->setSelection(6, 0, 7, 0);
        ed->removeSelectedText();
        QTRY_VERIFY_WITH_TIMEOUT(!hasGoplsDiagnostic(ed), 60000);

        // Type "fmt.Printl" at the start of a new line inside main and accept the list.
        ed->insertAt("\t\n", 6, 0);
        ed->setCursorPosition(6, 1);
        QTest::keyClicks(ed, "fmt.");
        QTRY_VERIFY_WITH_TIMEOUT(ed->isListActive(), 30000);
        QTest::keyClicks(ed, "Printl");
        QTest::keyClick(ed, Qt::Key_Return);
        QCOMPARE(ed->text(6), QString("\tfmt.Println\n"));
        // A package that is not imported yet: choosing its member adds the import.
        ed->insertAt("\t\n", 7, 0);
        ed->setCursorPosition(7, 1);
        QTest::keyClicks(ed, "strings.");
        QTRY_VERIFY_WITH_TIMEOUT(ed->isListActive(), 30000);
        QTest::keyClicks(ed, "ToUpp");
        QTest::keyClick(ed, Qt::Key_Return);
        QVERIFY2(ed->text().contains("\"strings\""), qPrintable(ed->text()));
        QVERIFY2(ed->text().contains("\tstrings.ToUpper\n"), qPrintable(ed->text()));
        int line, index;
        ed->getCursorPosition(&line, &index);
        QVERIFY(ed->text(line).startsWith("\tstrings.ToUpper"));
        ed->setSelection(line, 0, line + 1, 0);
        ed->removeSelectedText();
        ed->setCursorPosition(line - 1, int(ed->text(line - 1).size()) - 1);

        // Signature help: a call tip after "(".
        QTest::keyClicks(ed, "(");
        QTRY_VERIFY_WITH_TIMEOUT(ed->SendScintilla(QsciScintilla::SCI_CALLTIPACTIVE) != 0, 30000);
        QTest::keyClicks(ed, ")");
        QVERIFY(ed->SendScintilla(QsciScintilla::SCI_CALLTIPACTIVE) == 0);

        // Hover: the mouse resting on Println shows its signature.
        int printLine = 0;
        while (printLine < ed->lines() && !ed->text(printLine).startsWith("\tfmt.Println()"))
            ++printLine;
        QVERIFY(printLine < ed->lines());
        const int hoverPos = ed->positionFromLineIndex(printLine, 7);
        emit ed->SCN_DWELLSTART(hoverPos, 40, 40);
        QTRY_VERIFY2_WITH_TIMEOUT(QToolTip::text().contains("Println(a ...any)"), qPrintable(QToolTip::text()), 30000);
        emit ed->SCN_DWELLEND(hoverPos, 40, 40);

        area.setSaveQuestion([](const QString &) { return EditorArea::SaveChoice::Discard; });
        QVERIFY(area.closeAll());
    }

    void definitionIntoProjectAndGoroot()
    {
        EditorArea area;
        startArea(area);
        QVERIFY(area.openFile(m_main));
        CodeEditor *ed = area.currentEditor();
        ed->setCursorPosition(5, 15); // in "helper"
        area.goToDefinition();
        QTRY_COMPARE_WITH_TIMEOUT(area.currentFilePath(), m_util, 30000);
        int line, index;
        area.currentEditor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        QCOMPARE(index, 5);

        area.openFile(m_main);
        area.currentEditor()->setCursorPosition(5, 6); // in "Println"
        area.goToDefinition();
        QTRY_VERIFY_WITH_TIMEOUT(area.currentFilePath().endsWith("/fmt/print.go"), 30000);
        QVERIFY(area.currentEditor()->isReadOnly());
    }

    void renameAndFormatOnSave()
    {
        EditorArea area;
        startArea(area);
        QVERIFY(area.openFile(m_main));
        area.currentEditor()->setCursorPosition(5, 15);
        area.renameSymbolTo("helperTwo");
        QTRY_COMPARE_WITH_TIMEOUT(area.currentEditor()->text(5), QString("\tfmt.Println(helperTwo())\n"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_util).contains("func helperTwo() int"), 10000);
        QVERIFY(area.hasUnsavedChanges());

        // Badly formatted code is gofmt'ed after saving.
        CodeEditor *ed = area.currentEditor();
        ed->setText("package main\n\nimport \"fmt\"\n\nfunc  main( ) {\nfmt.Println(helperTwo())\n}\n");
        QVERIFY(area.saveCurrent());
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_main),
                                  QByteArray("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(helperTwo())\n}\n"),
                                  30000);
        QVERIFY(!area.hasUnsavedChanges());
    }
};

QTEST_MAIN(TestEditorGopls)
#include "tst_editor_gopls.moc"
