// LspClient: a JSON-RPC client for gopls over a QProcess (stdio, no shell). Keeps the open
// documents so it can reopen them after gopls restarts; restarts a bounded number of times.
// Qt Core only, so it is tested headless.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <functional>

#include "lsp/lsp_types.h"
#include "lsp/message_framer.h"

namespace marmot::editor::lsp {

class LspClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Unavailable };
    using ResultHandler = std::function<void(const QJsonValue &result, const QString &error)>;

    explicit LspClient(QObject *parent = nullptr);
    ~LspClient() override;

    void setProgram(const QString &program) { m_program = program; }
    void setMaxRestarts(int count) { m_maxRestarts = count; }
    void start(const QString &rootDirectory, const QProcessEnvironment &environment);
    void stop();
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QString rootDirectory() const { return m_root; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // Document sync (full text). Safe to call in any state: the text is kept and sent when
    // gopls is (re)started.
    void openDocument(const QString &path, const QString &text);
    void changeDocument(const QString &path, const QString &text);
    void saveDocument(const QString &path);
    void closeDocument(const QString &path);
    bool isOpen(const QString &path) const { return m_documents.contains(path); }
    int documentVersion(const QString &path) const;

    // Features: line and column are 0-based (column in UTF-16 code units).
    void completion(const QString &path, int line, int column,
                    std::function<void(const QList<CompletionItem> &)> done);
    void hover(const QString &path, int line, int column, std::function<void(const QString &)> done);
    void signatureHelp(const QString &path, int line, int column,
                       std::function<void(const QString &)> done);
    void definition(const QString &path, int line, int column,
                    std::function<void(const QList<Location> &)> done);
    void references(const QString &path, int line, int column,
                    std::function<void(const QList<Location> &)> done);
    void rename(const QString &path, int line, int column, const QString &newName,
                std::function<void(const WorkspaceEdit &, const QString &error)> done);
    void formatting(const QString &path, std::function<void(const QList<TextEdit> &)> done);

    int sendRequest(const QString &method, const QJsonValue &params, ResultHandler handler);
    void sendNotification(const QString &method, const QJsonValue &params);

signals:
    void stateChanged(marmot::editor::lsp::LspClient::State state);
    void ready();
    void diagnosticsPublished(const QString &path, const QList<marmot::editor::SourceDiagnostic> &diagnostics);
    void statusMessage(const QString &message);
    void applyEditRequested(const marmot::editor::lsp::WorkspaceEdit &edit);

private:
    struct Document
    {
        QString text;
        int version = 1;
    };
    struct Pending
    {
        QString method;
        QJsonValue params;
        ResultHandler handler;
    };

    void launch();
    void setState(State state);
    void onReadyRead();
    void onFinished();
    void handleMessage(const QJsonObject &message);
    void handleServerRequest(const QJsonObject &message);
    void respond(const QJsonValue &id, const QJsonValue &result);
    void write(const QJsonObject &message);
    void sendInitialize();
    void failPending(const QString &error);
    QJsonObject textDocumentPosition(const QString &path, int line, int column) const;

    QString m_program;
    QString m_root;
    QProcessEnvironment m_environment;
    QProcess *m_process = nullptr;
    MessageFramer m_framer;
    State m_state = State::Stopped;
    int m_nextId = 1;
    int m_restarts = 0;
    int m_maxRestarts = 3;
    bool m_stopping = false;
    bool m_reportedMissing = false;
    QHash<int, ResultHandler> m_handlers;
    QList<Pending> m_queued; // requests made while gopls is starting
    QHash<QString, Document> m_documents;
    QByteArray m_stderrTail;
};

} // namespace marmot::editor::lsp
