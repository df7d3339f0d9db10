// Real gopls round trips through LspClient on temporary Go modules: diagnostics appear for a
// bad edit and go away after the fix, `fmt.` completes Println, and with the Marmot
// environment (GOROOT with machine/, GOOS/GOARCH, build tags) `machine.` completes LED.
#include <QtTest>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "lsp/go_environment.h"
#include "lsp/lsp_client.h"

using marmot::editor::SourceDiagnostic;
using namespace marmot::editor::lsp;

class TestGopls : public QObject
{
    Q_OBJECT

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    static QStringList completionLabels(LspClient &client, const QString &path, int line, int column)
    {
        QStringList labels;
        bool done = false;
        // gopls may answer with nothing while it is still loading: ask a few times.
        for (int attempt = 0; attempt < 10 && labels.isEmpty(); ++attempt) {
            done = false;
            client.completion(path, line, column, [&](const QList<CompletionItem> &items) {
                for (const CompletionItem &i : items)
                    labels << i.label;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 30000))
                break;
            if (labels.isEmpty())
                QTest::qWait(500);
        }
        return labels;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable("gopls").isEmpty())
            QSKIP("gopls is not installed (Debian package gopls): real LSP round trips skipped");
    }

    void diagnosticsAndCompletion()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        const QString main = root + "/main.go";
        const QByteArray good = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";
        QVERIFY(writeFile(root + "/go.mod", "module example.com/probe\n\ngo 1.19\n"));
        QVERIFY(writeFile(main, good));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("GOPROXY", "off");
        env.insert("GOFLAGS", "-mod=mod");
        LspClient client;
        QMap<QString, QList<SourceDiagnostic>> diags;
        QStringList status;
        connect(&client, &LspClient::diagnosticsPublished, this,
                [&](const QString &path, const QList<SourceDiagnostic> &d) { diags[path] = d; });
        connect(&client, &LspClient::statusMessage, this, [&](const QString &m) { status << m; });
        client.start(root, env);
        QTRY_VERIFY_WITH_TIMEOUT(client.isRunning(), 30000);

        client.openDocument(main, QString::fromUtf8(good));
        const QString bad = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(notDeclared)\n}\n";
        client.changeDocument(main, bad);
        QTRY_VERIFY_WITH_TIMEOUT(!diags.value(main).isEmpty(), 60000);
        const SourceDiagnostic d = diags.value(main).first();
        QVERIFY2(d.message.contains("notDeclared"), qPrintable(d.message));
        QCOMPARE(d.line, 6);
        QCOMPARE(d.column, 14);

        client.changeDocument(main, QString::fromUtf8(good));
        QTRY_VERIFY_WITH_TIMEOUT(diags.contains(main) && diags.value(main).isEmpty(), 60000);

        const QString dot = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.\n}\n";
        client.changeDocument(main, dot);
        const QStringList labels = completionLabels(client, main, 5, 5);
        QVERIFY2(labels.contains("Println"), qPrintable(labels.join(',')));

        // Hover and definition answer for fmt.Println.
        client.changeDocument(main, QString::fromUtf8(good));
        QString hover;
        bool hovered = false;
        client.hover(main, 5, 7, [&](const QString &h) { hover = h; hovered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(hovered, 30000);
        QVERIFY2(hover.contains("Println"), qPrintable(hover));
        QVERIFY2(status.isEmpty(), qPrintable(status.join('\n')));
        client.stop();
        QCOMPARE(client.state(), LspClient::State::Stopped);
    }

    void machinePackageWithMarmotEnvironment()
    {
        const QString marmot = QStringLiteral(MARMOT_CLI);
        if (!QFileInfo(marmot).isExecutable())
            QSKIP("the marmot command is not built: no Marmot GOROOT to give gopls");
        QProcess info;
        info.start(marmot, {"info", "-target=cortex-m-qemu"});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        QProcessEnvironment env = goEnvironmentFromMarmotInfo(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(QFileInfo::exists(env.value("GOROOT") + "/src/machine"));
        env.insert("GOPROXY", "off");

        QTemporaryDir dir;
        const QString root = dir.path();
        const QString main = root + "/main.go";
        QVERIFY(writeFile(root + "/go.mod", "module example.com/blinky\n\ngo 1.19\n"));
        const QByteArray text = "package main\n\nimport \"machine\"\n\nfunc main() {\n\tled := machine.L\n\t_ = led\n}\n";
        QVERIFY(writeFile(main, text));
        LspClient client;
        QMap<QString, QList<SourceDiagnostic>> diags;
        connect(&client, &LspClient::diagnosticsPublished, this,
                [&](const QString &path, const QList<SourceDiagnostic> &d) { diags[path] = d; });
        client.start(root, env);
        QTRY_VERIFY_WITH_TIMEOUT(client.isRunning(), 30000);
        client.openDocument(main, QString::fromUtf8(text));
        const QStringList labels = completionLabels(client, main, 5, 17);
        QVERIFY2(labels.contains("LED"), qPrintable(labels.join(',')));

        // With the fix in place, the import of machine resolves: no diagnostics.
        client.changeDocument(main, "package main\n\nimport \"machine\"\n\nfunc main() {\n\tled := machine.LED\n\t_ = led\n}\n");
        QTRY_VERIFY_WITH_TIMEOUT(diags.contains(main) && diags.value(main).isEmpty(), 60000);
    }

    void folderWithoutGoMod()
    {
        // Not a module: the client runs gopls in GOPATH mode so the files still load.
        QTemporaryDir dir;
        const QString main = dir.path() + "/main.go";
        const QByteArray text = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.\n}\n";
        QVERIFY(writeFile(main, text));
        LspClient client;
        client.start(dir.path(), QProcessEnvironment());
        QTRY_VERIFY_WITH_TIMEOUT(client.isRunning(), 30000);
        client.openDocument(main, QString::fromUtf8(text));
        const QStringList labels = completionLabels(client, main, 5, 5);
        QVERIFY2(labels.contains("Println"), qPrintable(labels.join(',')));
    }

    void restartAfterCrashReopensDocuments()
    {
        QTemporaryDir dir;
        const QString main = dir.path() + "/main.go";
        QVERIFY(writeFile(dir.path() + "/go.mod", "module example.com/crash\n\ngo 1.19\n"));
        const QByteArray text = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.\n}\n";
        QVERIFY(writeFile(main, "package main\n"));
        QProcessEnvironment env;
        env.insert("GOPROXY", "off");
        LspClient client;
        QStringList status;
        connect(&client, &LspClient::statusMessage, this, [&](const QString &m) { status << m; });
        client.start(dir.path(), env);
        QTRY_VERIFY_WITH_TIMEOUT(client.isRunning(), 30000);
        client.openDocument(main, QString::fromUtf8(text)); // unsaved text, only in the client
        const qint64 pid = client.processId();
        QVERIFY(pid > 0);
        QProcess::execute("kill", {"-KILL", QString::number(pid)});
        QTRY_VERIFY_WITH_TIMEOUT(status.contains("gopls stopped; restarting"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(client.isRunning() && client.processId() != pid, 30000);
        const QStringList labels = completionLabels(client, main, 5, 5);
        QVERIFY2(labels.contains("Println"), qPrintable(labels.join(',')));
    }

    void missingGoplsReportsOnce()
    {
        LspClient client;
        client.setProgram("/nonexistent/gopls");
        QStringList status;
        connect(&client, &LspClient::statusMessage, this, [&](const QString &m) { status << m; });
        client.start(QDir::tempPath(), QProcessEnvironment::systemEnvironment());
        client.start(QDir::tempPath(), QProcessEnvironment::systemEnvironment());
        QCOMPARE(client.state(), LspClient::State::Unavailable);
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().startsWith("gopls is not installed"));
        bool answered = false;
        client.completion("/x.go", 0, 0, [&](const QList<CompletionItem> &items) {
            answered = items.isEmpty();
        });
        QVERIFY(answered);
    }

    void restartsAreBounded()
    {
        // A "gopls" that dies at once: the client restarts it a bounded number of times.
        LspClient client;
        client.setProgram("/bin/false");
        client.setMaxRestarts(2);
        QStringList status;
        connect(&client, &LspClient::statusMessage, this, [&](const QString &m) { status << m; });
        client.start(QDir::tempPath(), QProcessEnvironment::systemEnvironment());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LspClient::State::Unavailable, 10000);
        QCOMPARE(status.count("gopls stopped; restarting"), 2);
        QVERIFY(status.last().contains("code completion and diagnostics are off"));
    }
};

QTEST_MAIN(TestGopls)
#include "tst_gopls.moc"
