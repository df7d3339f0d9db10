// LSP base protocol framing (Content-Length, split and merged chunks, bad frames) and the
// parsers for gopls results and text edits.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>

#include "lsp/go_environment.h"
#include "lsp/lsp_types.h"
#include "lsp/message_framer.h"

using namespace marmot::editor::lsp;

// JSON written with single quotes, to keep the test data readable.
static QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

class TestLspFraming : public QObject
{
    Q_OBJECT
private slots:
    void encode()
    {
        const QByteArray bytes = MessageFramer::encode(QJsonObject{{"jsonrpc", "2.0"}, {"id", 1}});
        QVERIFY(bytes.startsWith("Content-Length: "));
        const int sep = int(bytes.indexOf("\r\n\r\n"));
        QCOMPARE(bytes.mid(16, sep - 16).toInt(), bytes.size() - sep - 4);
    }

    void splitChunks()
    {
        QJsonObject msg{{"jsonrpc", "2.0"}, {"method", "x"}, {"params", QJsonObject{{"text", "héllo ✓"}}}};
        const QByteArray bytes = MessageFramer::encode(msg);
        MessageFramer f;
        QJsonObject out;
        for (int i = 0; i < bytes.size() - 1; ++i) {
            f.append(bytes.mid(i, 1));
            QVERIFY2(!f.takeMessage(&out), qPrintable(QString("complete too early at %1").arg(i)));
        }
        f.append(bytes.right(1));
        QVERIFY(f.takeMessage(&out));
        QCOMPARE(out, msg);
        QCOMPARE(f.bufferedBytes(), 0);
    }

    void mergedChunks()
    {
        QByteArray bytes;
        for (int i = 0; i < 3; ++i)
            bytes += MessageFramer::encode(QJsonObject{{"id", i}});
        bytes += MessageFramer::encode(QJsonObject{{"id", 3}}).left(10);
        MessageFramer f;
        f.append(bytes);
        QJsonObject out;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(f.takeMessage(&out));
            QCOMPARE(out.value("id").toInt(), i);
        }
        QVERIFY(!f.takeMessage(&out));
        f.append(MessageFramer::encode(QJsonObject{{"id", 3}}).mid(10));
        QVERIFY(f.takeMessage(&out));
        QCOMPARE(out.value("id").toInt(), 3);
    }

    void extraHeadersAndBadFrames()
    {
        MessageFramer f;
        f.append("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 8\r\n\r\n{\"id\":5}");
        f.append("X-Nothing: 1\r\n\r\n");                 // no length: skipped
        f.append("Content-Length: 3\r\n\r\n{{{");          // bad JSON: skipped
        f.append("Content-Length: 8\r\n\r\n{\"id\":6}");
        QJsonObject out;
        QString error;
        QVERIFY(f.takeMessage(&out, &error));
        QCOMPARE(out.value("id").toInt(), 5);
        QVERIFY(f.takeMessage(&out, &error));
        QCOMPARE(out.value("id").toInt(), 6);
        QVERIFY(!error.isEmpty());
    }

    void applyEdits()
    {
        const QString text = "package main\n\nfunc  main( ) {\n}\n";
        QList<TextEdit> edits;
        edits.append(TextEdit{Range{2, 4, 2, 6}, " "});
        edits.append(TextEdit{Range{2, 11, 2, 13}, ")"});
        edits.append(TextEdit{Range{0, 0, 0, 0}, "// x\n"});
        QCOMPARE(applyTextEdits(text, edits), QString("// x\npackage main\n\nfunc main() {\n}\n"));
    }

    void parseResults()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(json("{"
            "'isIncomplete': false,"
            "'items': ["
            "{'label': 'Printf', 'kind': 3, 'sortText': '00001', 'detail': 'func(format string, a ...any)'},"
            "{'label': 'Println', 'kind': 3, 'sortText': '00000',"
            "'textEdit': {'range': {'start': {'line': 1, 'character': 5}, 'end': {'line': 1, 'character': 5}},"
            "'newText': 'Println'}}"
            "]}"));
        const QList<CompletionItem> items = parseCompletion(doc.object());
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].label, QString("Println"));
        QCOMPARE(items[1].insertText, QString("Printf"));

        const QJsonDocument loc = QJsonDocument::fromJson(
            json("[{'uri': 'file:///tmp/a%20b/x.go', 'range': {'start': {'line': 3, 'character': 1}, 'end': {'line': 3, 'character': 4}}}]"));
        const QList<Location> locs = parseLocations(loc.array());
        QCOMPARE(locs.size(), 1);
        QCOMPARE(locs[0].path, QString("/tmp/a b/x.go"));
        QCOMPARE(locs[0].range.startLine, 3);
        QCOMPARE(pathToUri("/tmp/a b/x.go"), QString("file:///tmp/a%20b/x.go"));

        const QJsonDocument diag = QJsonDocument::fromJson(json("{'uri': 'file:///p/m.go', 'diagnostics': ["
            "{'range': {'start': {'line': 4, 'character': 1}, 'end': {'line': 4, 'character': 6}},"
            "'severity': 1, 'source': 'compiler', 'message': 'undefined: foo'}]}"));
        QString path;
        const auto diags = parseDiagnostics(diag.object(), &path);
        QCOMPARE(path, QString("/p/m.go"));
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags[0].line, 5);
        QCOMPARE(diags[0].column, 2);
        QCOMPARE(diags[0].message, QString("undefined: foo"));

        const QJsonDocument we = QJsonDocument::fromJson(json("{'documentChanges': [{'textDocument': {'uri': 'file:///p/m.go', 'version': 2},"
            "'edits': [{'range': {'start': {'line': 0, 'character': 0}, 'end': {'line': 0, 'character': 3}}, 'newText': 'bar'}]}]}"));
        const WorkspaceEdit edit = parseWorkspaceEdit(we.object());
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.value("/p/m.go").first().newText, QString("bar"));
    }

    void environmentFromMarmotInfo()
    {
        const QString info = "target:      cortex-m-qemu\nGOOS:        linux\nGOARCH:      arm\n"
                             "build tags:  cortexm,baremetal,marmot\nGOROOT:      /x/goroot\n";
        const QProcessEnvironment env = goEnvironmentFromMarmotInfo(info, QProcessEnvironment());
        QCOMPARE(env.value("GOROOT"), QString("/x/goroot"));
        QCOMPARE(env.value("GOOS"), QString("linux"));
        QCOMPARE(env.value("GOARCH"), QString("arm"));
        QCOMPARE(env.value("GOFLAGS"), QString("-tags=cortexm,baremetal,marmot"));
    }
};

QTEST_MAIN(TestLspFraming)
#include "tst_lsp_framing.moc"
