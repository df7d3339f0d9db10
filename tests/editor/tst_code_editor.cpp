// CodeEditor: comment toggling, auto-indent while typing, diagnostics and Git markers, and a
// screenshot (code_editor.png in the build folder) for a look at colours and margins.
#include <QtTest>

#include "code_editor.h"

using marmot::editor::CodeEditor;
using marmot::editor::LineChange;
using marmot::editor::SourceDiagnostic;

class TestCodeEditor : public QObject
{
    Q_OBJECT
private slots:
    void toggleCommentSelection()
    {
        CodeEditor ed;
        const QString original = "func f() {\n\tx := 1\n\n\t\ty := 2\n}\n";
        ed.setText(original);
        ed.setSelection(1, 0, 4, 0); // lines 2-4, ending at column 0 of line 5
        ed.toggleComment();
        QCOMPARE(ed.text(), QString("func f() {\n\t// x := 1\n\n\t// \ty := 2\n}\n"));
        ed.toggleComment();
        QCOMPARE(ed.text(), original);
        ed.undo();
        QCOMPARE(ed.text(), QString("func f() {\n\t// x := 1\n\n\t// \ty := 2\n}\n"));
    }

    void toggleCommentCursorLine()
    {
        CodeEditor ed;
        ed.setText("a := 1\n\tb := 2\n");
        ed.setCursorPosition(1, 3);
        ed.toggleComment();
        QCOMPARE(ed.text(), QString("a := 1\n\t// b := 2\n"));
        int line, index;
        ed.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 6);
        ed.toggleComment();
        QCOMPARE(ed.text(), QString("a := 1\n\tb := 2\n"));
        // Mixed selection comments everything; lines already commented get a second "//".
        ed.setText("// a\nb\n");
        ed.selectAll();
        ed.toggleComment();
        QCOMPARE(ed.text(), QString("// // a\n// b\n"));
    }

    void autoIndent()
    {
        CodeEditor ed;
        ed.show();
        QTest::keyClicks(&ed, "func f() {");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "if x {");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "y()");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "}");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "}");
        QCOMPARE(ed.text(), QString("func f() {\n\tif x {\n\t\ty()\n\t}\n}"));
    }

    void switchCasesLikeGofmt()
    {
        CodeEditor ed;
        ed.show();
        QTest::keyClicks(&ed, "switch x {");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "case 1:");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "s := \"a:\"");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "default:");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "m := map[int]int{1: 2}");
        QTest::keyClick(&ed, Qt::Key_Return);
        QTest::keyClicks(&ed, "}");
        QCOMPARE(ed.text(), QString("switch x {\ncase 1:\n\ts := \"a:\"\ndefault:\n\tm := map[int]int{1: 2}\n}"));
    }

    void enterBetweenBraces()
    {
        CodeEditor ed;
        ed.show();
        ed.setText("func g() {}");
        ed.setCursorPosition(0, 10);
        QTest::keyClick(&ed, Qt::Key_Return);
        QCOMPARE(ed.text(), QString("func g() {\n\t\n}"));
        int line, index;
        ed.getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
        QCOMPARE(index, 1);
    }

    void tabsLikeGofmt()
    {
        CodeEditor ed;
        QVERIFY(ed.indentationsUseTabs());
        QCOMPARE(ed.tabWidth(), 4);
    }

    void diagnosticsAndMarkers()
    {
        CodeEditor ed;
        ed.setText("package main\n\nfunc main() {\n\tundefinedThing()\n}\n");
        SourceDiagnostic d;
        d.line = 4;
        d.column = 2;
        d.message = "undefined: undefinedThing";
        d.source = "compiler";
        ed.setDiagnostics("compiler", {d});
        const int pos = ed.positionFromLineIndex(3, 5);
        QCOMPARE(ed.diagnosticMessageAt(pos), QString("compiler: undefined: undefinedThing"));
        QVERIFY(ed.SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, CodeEditor::ErrorIndicator, pos) != 0);
        QCOMPARE(ed.markersAtLine(3) & (1 << CodeEditor::ErrorMarker), 1 << CodeEditor::ErrorMarker);
        QVERIFY(ed.diagnosticMessageAt(ed.positionFromLineIndex(0, 2)).isEmpty());
        // Edits before the diagnostic move its hover span along with the text.
        ed.insertAt("// added line\n", 1, 0);
        QCOMPARE(ed.diagnosticMessageAt(ed.positionFromLineIndex(4, 5)), QString("compiler: undefined: undefinedThing"));
        QVERIFY(ed.diagnosticMessageAt(ed.positionFromLineIndex(3, 5)).isEmpty());
        ed.undo();
        QCOMPARE(ed.diagnosticMessageAt(pos), QString("compiler: undefined: undefinedThing"));
        ed.setDiagnostics("compiler", {});
        QVERIFY(ed.diagnosticMessageAt(pos).isEmpty());
        QCOMPARE(ed.markersAtLine(3), 0u);

        ed.setLineChanges({{1, LineChange::Added}, {3, LineChange::Modified}, {5, LineChange::Deleted}});
        QVERIFY(ed.markersAtLine(0) & (1 << CodeEditor::AddedMarker));
        QVERIFY(ed.markersAtLine(2) & (1 << CodeEditor::ModifiedMarker));
        QVERIFY(ed.markersAtLine(4) & (1 << CodeEditor::DeletedMarker));
        ed.setLineChanges({{0, LineChange::Deleted}});
        QCOMPARE(ed.markersAtLine(0), 1u << CodeEditor::DeletedAboveMarker);
        QCOMPARE(ed.markersAtLine(4), 0u);
    }

    void diagnosticColumnsAreBytesForTheCompiler()
    {
        CodeEditor ed;
        const QString line = QString::fromUtf8("\ts := \"h\u00e9llo \U0001F600\"; undefinedX()");
        ed.setText("package main\n" + line + "\n");
        const int byteColumn = int(line.toUtf8().indexOf("undefinedX")) + 1;
        const int utf16Column = int(line.indexOf("undefinedX")) + 1;
        QVERIFY(byteColumn != utf16Column);
        SourceDiagnostic compiler;
        compiler.line = 2;
        compiler.column = byteColumn;
        compiler.message = "from the compiler";
        compiler.source = "marmot";
        SourceDiagnostic gopls = compiler;
        gopls.column = utf16Column;
        gopls.message = "from gopls";
        gopls.source = "gopls";
        ed.setDiagnostics("compiler", {compiler});
        ed.setDiagnostics("gopls", {gopls});
        const int at = ed.positionFromLineIndex(1, int(line.toUcs4().size()) - 5); // inside undefinedX
        QCOMPARE(ed.diagnosticMessageAt(at), QString("marmot: from the compiler\ngopls: from gopls"));
    }

    void screenshot()
    {
        CodeEditor ed;
        ed.resize(760, 420);
        ed.setText("// Blinky: toggles the LED.\npackage main\n\nimport (\n\t\"machine\"\n\t\"time\"\n)\n\n"
                   "/* A block comment\n   over two lines */\nconst period = 500 * time.Millisecond\n\n"
                   "func main() {\n\tled := machine.LED\n\tled.Configure(machine.PinConfig{Mode: machine.PinOutput})\n"
                   "\tmsg := `raw\nstring`\n\tvar r rune = '\\''\n\tfor i := 0; i < 0x1F; i++ {\n"
                   "\t\tled.Set(i%2 == 0 && true)\n\t\tprintln(\"tick\", len(msg), r, nil)\n\t\ttime.Sleep(period)\n\t}\n\tundefined()\n}\n");
        SourceDiagnostic d;
        d.line = 24;
        d.column = 2;
        d.message = "undefined: undefined";
        ed.setDiagnostics("gopls", {d});
        ed.setLineChanges({{13, LineChange::Modified}, {16, LineChange::Added}, {17, LineChange::Added},
                           {21, LineChange::Deleted}});
        ed.setCursorPosition(18, 27);
        ed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ed));
        QTest::qWait(50);
        const QString out = QStringLiteral(MARMOT_TEST_BUILD_DIR) + "/code_editor.png";
        QVERIFY(ed.grab().save(out));
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_code_editor.moc"
