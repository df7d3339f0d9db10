// GoLexer: styles of tricky Go inputs and restyling after edits (multi-line raw strings and
// block comments carry state across lines), and fold levels.
#include <QtTest>

#include <Qsci/qsciscintilla.h>

#include "code_editor.h"
#include "go_lexer.h"

using marmot::editor::CodeEditor;
using marmot::editor::GoLexer;

class TestGoLexer : public QObject
{
    Q_OBJECT

    // Style of the first byte of the first occurrence of needle (after `from`).
    static int styleOf(CodeEditor &ed, const QString &needle, int nth = 0)
    {
        ed.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
        const QByteArray all = ed.text().toUtf8();
        int at = -1;
        for (int i = 0; i <= nth; ++i)
            at = int(all.indexOf(needle.toUtf8(), at + 1));
        if (at < 0)
            return -1;
        return int(ed.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, at));
    }

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("nth");
        QTest::addColumn<int>("style");
        const QString raw = "var s = `line one\n// not a comment\n\"quoted\" end`\nvar x = 1\n";
        QTest::newRow("raw string start") << raw << "`line" << 0 << int(GoLexer::RawString);
        QTest::newRow("comment inside raw string") << raw << "// not" << 0 << int(GoLexer::RawString);
        QTest::newRow("quote inside raw string") << raw << "\"quoted" << 0 << int(GoLexer::RawString);
        QTest::newRow("after raw string") << raw << "var x" << 0 << int(GoLexer::Keyword);
        QTest::newRow("number after raw string") << raw << "1" << 0 << int(GoLexer::Number);
        const QString rune = "r := '\\''\nq := '\\x41'\nu := '\\u00e9'\nvar y int\n";
        QTest::newRow("rune quote escape") << rune << "'\\''" << 0 << int(GoLexer::Rune);
        QTest::newRow("after rune quote escape") << rune << "q" << 0 << int(GoLexer::Identifier);
        QTest::newRow("hex rune") << rune << "'\\x41'" << 0 << int(GoLexer::Rune);
        QTest::newRow("after runes") << rune << "int" << 0 << int(GoLexer::Type);
        const QString str = "s := \"// not a comment /* nor this\" + \"\\\"esc\" // real\nvar z\n";
        QTest::newRow("comment inside string") << str << "// not" << 0 << int(GoLexer::String);
        QTest::newRow("block inside string") << str << "/* nor" << 0 << int(GoLexer::String);
        QTest::newRow("escaped quote") << str << "esc" << 0 << int(GoLexer::String);
        QTest::newRow("real comment") << str << "// real" << 0 << int(GoLexer::LineComment);
        QTest::newRow("line after comment") << str << "var z" << 0 << int(GoLexer::Keyword);
        const QString block = "/* start\n \"still\" `comment`\n end */ func f() {}\n";
        QTest::newRow("block comment line 2") << block << "\"still" << 0 << int(GoLexer::BlockComment);
        QTest::newRow("after block comment") << block << "func" << 0 << int(GoLexer::Keyword);
        const QString nums = "a := 0x1F_FF + 0o17 + 0b1010 + 1_000.5e-3 + 0x1p-2 + 3i + .5\n";
        QTest::newRow("hex") << nums << "0x1F_FF" << 0 << int(GoLexer::Number);
        QTest::newRow("hex tail") << nums << "FF" << 0 << int(GoLexer::Number);
        QTest::newRow("octal") << nums << "0o17" << 0 << int(GoLexer::Number);
        QTest::newRow("binary") << nums << "0b1010" << 0 << int(GoLexer::Number);
        QTest::newRow("float exponent") << nums << "-3" << 0 << int(GoLexer::Number);
        QTest::newRow("hex float") << nums << "p-2" << 0 << int(GoLexer::Number);
        QTest::newRow("imaginary") << nums << "3i" << 0 << int(GoLexer::Number);
        QTest::newRow("leading dot") << nums << ".5" << 0 << int(GoLexer::Number);
        QTest::newRow("operator") << nums << ":=" << 0 << int(GoLexer::Operator);
        const QString words = "x := append(s, len(t)) == nil && true; var e error; println(iota)\n";
        QTest::newRow("builtin append") << words << "append" << 0 << int(GoLexer::Builtin);
        QTest::newRow("builtin println") << words << "println" << 0 << int(GoLexer::Builtin);
        QTest::newRow("constant nil") << words << "nil" << 0 << int(GoLexer::Constant);
        QTest::newRow("constant iota") << words << "iota" << 0 << int(GoLexer::Constant);
        QTest::newRow("type error") << words << "error" << 0 << int(GoLexer::Type);
        QTest::newRow("unterminated string") << QString("s := \"abc\nvar k\n") << "\"abc" << 0
                                             << int(GoLexer::Unterminated);
        QTest::newRow("unterminated recovers") << QString("s := \"abc\nvar k\n") << "var" << 0
                                               << int(GoLexer::Keyword);
    }

    void tokens()
    {
        QFETCH(QString, source);
        QFETCH(QString, needle);
        QFETCH(int, nth);
        QFETCH(int, style);
        CodeEditor ed;
        ed.setText(source);
        QCOMPARE(styleOf(ed, needle, nth), style);
    }

    void restyleAfterEdits()
    {
        CodeEditor ed;
        ed.setText("package main\n\nvar a = 1\nvar b = 2\nvar c = 3\n");
        QCOMPARE(styleOf(ed, "var b"), int(GoLexer::Keyword));
        // Open a raw string on line 3: the following lines become string content.
        ed.insertAt("`", 2, 8);
        QCOMPARE(styleOf(ed, "var b"), int(GoLexer::RawString));
        QCOMPARE(styleOf(ed, "var c"), int(GoLexer::RawString));
        // Close it on line 4: line 5 is code again.
        ed.insertAt("`", 3, 9);
        QCOMPARE(styleOf(ed, "var b"), int(GoLexer::RawString));
        QCOMPARE(styleOf(ed, "var c"), int(GoLexer::Keyword));
        // Remove the opening backtick: everything is code again except the stray one.
        ed.setSelection(2, 8, 2, 9);
        ed.removeSelectedText();
        QCOMPARE(styleOf(ed, "var b"), int(GoLexer::Keyword));
        // Open a block comment on line 1 that never closes.
        ed.insertAt("/* ", 0, 0);
        QCOMPARE(styleOf(ed, "var c"), int(GoLexer::BlockComment));
    }

    void foldLevels()
    {
        CodeEditor ed;
        ed.setText("func f() {\n\tif x {\n\t\ta()\n\t} else {\n\t\tb()\n\t}\n}\n/*\ncomment\n*/\n");
        ed.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
        auto level = [&](int line) { return int(ed.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, line)); };
        const int header = 0x2000, base = 0x400;
        QCOMPARE(level(0), base | header);
        QCOMPARE(level(1), (base + 1) | header);
        QCOMPARE(level(2), base + 2);
        QCOMPARE(level(3), (base + 1) | header); // "} else {"
        QCOMPARE(level(6), base);                // closing brace of f
        QCOMPARE(level(7), base | header);       // "/*" opens a fold
        QCOMPARE(level(8), base + 1);
        QCOMPARE(level(9), base + 1);            // "*/" is folded with the comment
    }
};

QTEST_MAIN(TestGoLexer)
#include "tst_go_lexer.moc"
