// LspClient: process management, JSON-RPC dispatch and the typed feature requests.
#include "lsp/lsp_client.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTimer>

namespace marmot::editor::lsp {

namespace {
const char kMissingMessage[] =
    "gopls is not installed: code completion and diagnostics are off (sudo apt-get install gopls)";

QString languageId(const QString &path)
{
    if (path.endsWith(".mod"))
        return QStringLiteral("go.mod");
    return QStringLiteral("go");
}
} // namespace

LspClient::LspClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<marmot::editor::SourceDiagnostic>>();
}

LspClient::~LspClient() { stop(); }

void LspClient::start(const QString &rootDirectory, const QProcessEnvironment &environment)
{
    stop();
    m_root = QDir::cleanPath(rootDirectory);
    // The caller's Go variables over the system environment (HOME, PATH, GOCACHE, ...).
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys())
        m_environment.insert(key, environment.value(key));
    // A folder without go.mod: GOPATH mode, so gopls still loads the files as a package.
    if (!m_environment.contains("GO111MODULE") && !QFileInfo::exists(m_root + "/go.mod")
        && !QFileInfo::exists(m_root + "/go.work"))
        m_environment.insert("GO111MODULE", "off");
    // gopls runs the go command: make sure one is on PATH (GOROOT/bin first).
    QStringList path = m_environment.value("PATH", qEnvironmentVariable("PATH")).split(':', Qt::SkipEmptyParts);
    const QString goroot = m_environment.value("GOROOT");
    if (!goroot.isEmpty() && QFileInfo::exists(goroot + "/bin/go") && !path.contains(goroot + "/bin"))
        path.prepend(goroot + "/bin");
    if (QStandardPaths::findExecutable("go", path).isEmpty() && QFileInfo::exists("/usr/lib/go-1.19/bin/go"))
        path.append("/usr/lib/go-1.19/bin");
    m_environment.insert("PATH", path.join(':'));
    m_restarts = 0;
    launch();
}

void LspClient::launch()
{
    QString program = m_program;
    if (program.isEmpty()) {
        const QStringList path = m_environment.value("PATH").split(':', Qt::SkipEmptyParts);
        program = QStandardPaths::findExecutable("gopls", path);
        if (program.isEmpty())
            program = QStandardPaths::findExecutable("gopls");
    } else if (!QFileInfo(program).isAbsolute()) {
        program = QStandardPaths::findExecutable(program);
    }
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        setState(State::Unavailable);
        if (!m_reportedMissing)
            emit statusMessage(QString::fromLatin1(kMissingMessage));
        m_reportedMissing = true;
        failPending(QStringLiteral("gopls is not installed"));
        return;
    }
    m_framer.clear();
    m_stderrTail.clear();
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments({});
    m_process->setWorkingDirectory(m_root);
    m_process->setProcessEnvironment(m_environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LspClient::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail = (m_stderrTail + m_process->readAllStandardError()).right(4096);
    });
    QProcess *proc = m_process;
    connect(m_process, &QProcess::finished, this, [this, proc] {
        if (proc == m_process)
            onFinished();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, proc](QProcess::ProcessError err) {
        if (err == QProcess::FailedToStart && proc == m_process)
            onFinished();
    });
    setState(State::Starting);
    m_process->start(QIODevice::ReadWrite);
    sendInitialize();
}

void LspClient::stop()
{
    if (!m_process) {
        if (m_state != State::Unavailable)
            setState(State::Stopped);
        return;
    }
    m_stopping = true;
    QProcess *proc = m_process;
    if (proc->state() == QProcess::Running && m_state == State::Running) {
        write(QJsonObject{{"jsonrpc", "2.0"}, {"id", m_nextId++}, {"method", "shutdown"}});
        write(QJsonObject{{"jsonrpc", "2.0"}, {"method", "exit"}});
        proc->closeWriteChannel();
        if (!proc->waitForFinished(1500))
            proc->kill();
    } else if (proc->state() != QProcess::NotRunning) {
        proc->kill();
    }
    proc->waitForFinished(1000);
    m_process = nullptr;
    proc->disconnect(this);
    proc->deleteLater();
    m_handlers.clear();
    failPending(QStringLiteral("gopls stopped"));
    m_stopping = false;
    setState(State::Stopped);
}

void LspClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LspClient::onFinished()
{
    if (m_stopping || !m_process)
        return;
    const bool neverStarted = m_process->error() == QProcess::FailedToStart;
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    // Fail outstanding requests so callers are not left waiting.
    const auto handlers = m_handlers;
    m_handlers.clear();
    for (const ResultHandler &h : handlers)
        if (h)
            h(QJsonValue(), QStringLiteral("gopls stopped"));
    if (neverStarted) {
        setState(State::Unavailable);
        if (!m_reportedMissing)
            emit statusMessage(QString::fromLatin1(kMissingMessage));
        m_reportedMissing = true;
        failPending(QStringLiteral("gopls is not installed"));
        return;
    }
    if (m_restarts < m_maxRestarts) {
        ++m_restarts;
        emit statusMessage(QStringLiteral("gopls stopped; restarting"));
        setState(State::Starting);
        QTimer::singleShot(500 * m_restarts, this, [this] {
            if (!m_process && m_state == State::Starting)
                launch();
        });
        return;
    }
    QString detail = QString::fromLocal8Bit(m_stderrTail).trimmed().section('\n', -1);
    emit statusMessage(QStringLiteral("gopls stopped %1 times: code completion and diagnostics are off%2")
                           .arg(m_restarts + 1)
                           .arg(detail.isEmpty() ? QString() : " (" + detail + ")"));
    setState(State::Unavailable);
    failPending(QStringLiteral("gopls stopped"));
}

void LspClient::write(const QJsonObject &message)
{
    if (m_process)
        m_process->write(MessageFramer::encode(message));
}

void LspClient::sendInitialize()
{
    const QString rootUri = pathToUri(m_root);
    const QJsonObject textDocument{
        {"synchronization", QJsonObject{{"didSave", true}, {"dynamicRegistration", false}}},
        {"completion", QJsonObject{{"completionItem", QJsonObject{{"snippetSupport", false}}}}},
        {"hover", QJsonObject{{"contentFormat", QJsonArray{"plaintext", "markdown"}}}},
        {"signatureHelp", QJsonObject{{"signatureInformation",
                                       QJsonObject{{"documentationFormat", QJsonArray{"plaintext"}}}}}},
        {"definition", QJsonObject{{"linkSupport", false}}},
        {"references", QJsonObject{}},
        {"rename", QJsonObject{{"prepareSupport", false}}},
        {"formatting", QJsonObject{}},
        {"publishDiagnostics", QJsonObject{{"relatedInformation", false}}}};
    const QJsonObject capabilities{
        {"textDocument", textDocument},
        {"workspace", QJsonObject{{"applyEdit", true},
                                  {"workspaceEdit", QJsonObject{{"documentChanges", true}}},
                                  {"configuration", true},
                                  {"workspaceFolders", true}}},
        {"window", QJsonObject{{"workDoneProgress", false}}}};
    const QJsonObject params{
        {"processId", int(QCoreApplication::applicationPid())},
        {"clientInfo", QJsonObject{{"name", "Marmot"}}},
        {"rootUri", rootUri},
        {"rootPath", m_root},
        {"workspaceFolders", QJsonArray{QJsonObject{{"uri", rootUri}, {"name", QFileInfo(m_root).fileName()}}}},
        {"capabilities", capabilities},
        {"initializationOptions", QJsonObject{}}};
    const int id = m_nextId++;
    m_handlers.insert(id, [this](const QJsonValue &, const QString &error) {
        if (!error.isEmpty()) {
            emit statusMessage(QStringLiteral("gopls failed to initialize: %1").arg(error));
            return;
        }
        write(QJsonObject{{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", QJsonObject{}}});
        setState(State::Running);
        for (auto it = m_documents.begin(); it != m_documents.end(); ++it)
            sendNotification("textDocument/didOpen",
                             QJsonObject{{"textDocument", QJsonObject{{"uri", pathToUri(it.key())},
                                                                      {"languageId", languageId(it.key())},
                                                                      {"version", it->version},
                                                                      {"text", it->text}}}});
        const QList<Pending> queued = m_queued;
        m_queued.clear();
        for (const Pending &p : queued)
            sendRequest(p.method, p.params, p.handler);
        emit ready();
    });
    write(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"method", "initialize"}, {"params", params}});
}

void LspClient::failPending(const QString &error)
{
    const QList<Pending> queued = m_queued;
    m_queued.clear();
    for (const Pending &p : queued)
        if (p.handler)
            p.handler(QJsonValue(), error);
}

int LspClient::sendRequest(const QString &method, const QJsonValue &params, ResultHandler handler)
{
    if (m_state == State::Starting) {
        if (m_queued.size() < 32)
            m_queued.append(Pending{method, params, handler});
        else if (handler)
            handler(QJsonValue(), QStringLiteral("gopls is busy starting"));
        return 0;
    }
    if (m_state != State::Running) {
        if (handler)
            handler(QJsonValue(), QStringLiteral("gopls is not running"));
        return 0;
    }
    const int id = m_nextId++;
    m_handlers.insert(id, std::move(handler));
    write(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    return id;
}

void LspClient::sendNotification(const QString &method, const QJsonValue &params)
{
    if (m_state == State::Running)
        write(QJsonObject{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

void LspClient::respond(const QJsonValue &id, const QJsonValue &result)
{
    write(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
}

void LspClient::onReadyRead()
{
    m_framer.append(m_process->readAllStandardOutput());
    QJsonObject message;
    while (m_process && m_framer.takeMessage(&message))
        handleMessage(message);
}

void LspClient::handleMessage(const QJsonObject &message)
{
    const bool hasId = message.contains("id") && !message.value("id").isNull();
    if (message.contains("method")) {
        if (hasId) {
            handleServerRequest(message);
            return;
        }
        const QString method = message.value("method").toString();
        const QJsonObject params = message.value("params").toObject();
        if (method == "textDocument/publishDiagnostics") {
            QString path;
            const QList<SourceDiagnostic> diags = parseDiagnostics(params, &path);
            emit diagnosticsPublished(path, diags);
        } else if (method == "window/showMessage" && params.value("type").toInt() <= 2) {
            emit statusMessage("gopls: " + params.value("message").toString());
        }
        return;
    }
    if (!hasId)
        return;
    const ResultHandler handler = m_handlers.take(message.value("id").toInt());
    if (!handler)
        return;
    if (message.contains("error"))
        handler(QJsonValue(), message.value("error").toObject().value("message").toString("error"));
    else
        handler(message.value("result"), QString());
}

void LspClient::handleServerRequest(const QJsonObject &message)
{
    const QString method = message.value("method").toString();
    const QJsonValue id = message.value("id");
    const QJsonObject params = message.value("params").toObject();
    if (method == "workspace/configuration") {
        QJsonArray result;
        for (int i = 0; i < params.value("items").toArray().size(); ++i)
            result.append(QJsonObject{});
        respond(id, result);
    } else if (method == "workspace/applyEdit") {
        emit applyEditRequested(parseWorkspaceEdit(params.value("edit")));
        respond(id, QJsonObject{{"applied", true}});
    } else if (method == "workspace/workspaceFolders") {
        respond(id, QJsonArray{QJsonObject{{"uri", pathToUri(m_root)}, {"name", QFileInfo(m_root).fileName()}}});
    } else if (method == "window/workDoneProgress/create" || method == "client/registerCapability"
               || method == "client/unregisterCapability" || method == "window/showMessageRequest") {
        respond(id, QJsonValue());
    } else {
        write(QJsonObject{{"jsonrpc", "2.0"}, {"id", id},
                          {"error", QJsonObject{{"code", -32601}, {"message", "method not supported: " + method}}}});
    }
}

int LspClient::documentVersion(const QString &path) const
{
    return m_documents.contains(path) ? m_documents.value(path).version : 0;
}

void LspClient::openDocument(const QString &path, const QString &text)
{
    if (m_documents.contains(path)) {
        changeDocument(path, text);
        return;
    }
    m_documents.insert(path, Document{text, 1});
    sendNotification("textDocument/didOpen",
                     QJsonObject{{"textDocument", QJsonObject{{"uri", pathToUri(path)},
                                                              {"languageId", languageId(path)},
                                                              {"version", 1},
                                                              {"text", text}}}});
}

void LspClient::changeDocument(const QString &path, const QString &text)
{
    auto it = m_documents.find(path);
    if (it == m_documents.end()) {
        openDocument(path, text);
        return;
    }
    if (it->text == text)
        return;
    it->text = text;
    ++it->version;
    sendNotification("textDocument/didChange",
                     QJsonObject{{"textDocument", QJsonObject{{"uri", pathToUri(path)}, {"version", it->version}}},
                                 {"contentChanges", QJsonArray{QJsonObject{{"text", text}}}}});
}

void LspClient::saveDocument(const QString &path)
{
    if (m_documents.contains(path))
        sendNotification("textDocument/didSave",
                         QJsonObject{{"textDocument", QJsonObject{{"uri", pathToUri(path)}}}});
}

void LspClient::closeDocument(const QString &path)
{
    if (!m_documents.remove(path))
        return;
    sendNotification("textDocument/didClose",
                     QJsonObject{{"textDocument", QJsonObject{{"uri", pathToUri(path)}}}});
}

QJsonObject LspClient::textDocumentPosition(const QString &path, int line, int column) const
{
    return QJsonObject{{"textDocument", QJsonObject{{"uri", pathToUri(path)}}},
                       {"position", positionJson(line, column)}};
}

void LspClient::completion(const QString &path, int line, int column,
                           std::function<void(const QList<CompletionItem> &)> done)
{
    sendRequest("textDocument/completion", textDocumentPosition(path, line, column),
                [done](const QJsonValue &r, const QString &) { done(parseCompletion(r)); });
}

void LspClient::hover(const QString &path, int line, int column, std::function<void(const QString &)> done)
{
    sendRequest("textDocument/hover", textDocumentPosition(path, line, column),
                [done](const QJsonValue &r, const QString &) { done(parseHover(r)); });
}

void LspClient::signatureHelp(const QString &path, int line, int column,
                              std::function<void(const QString &)> done)
{
    sendRequest("textDocument/signatureHelp", textDocumentPosition(path, line, column),
                [done](const QJsonValue &r, const QString &) { done(parseSignatureHelp(r)); });
}

void LspClient::definition(const QString &path, int line, int column,
                           std::function<void(const QList<Location> &)> done)
{
    sendRequest("textDocument/definition", textDocumentPosition(path, line, column),
                [done](const QJsonValue &r, const QString &) { done(parseLocations(r)); });
}

void LspClient::references(const QString &path, int line, int column,
                           std::function<void(const QList<Location> &)> done)
{
    QJsonObject params = textDocumentPosition(path, line, column);
    params.insert("context", QJsonObject{{"includeDeclaration", true}});
    sendRequest("textDocument/references", params,
                [done](const QJsonValue &r, const QString &) { done(parseLocations(r)); });
}

void LspClient::rename(const QString &path, int line, int column, const QString &newName,
                       std::function<void(const WorkspaceEdit &, const QString &)> done)
{
    QJsonObject params = textDocumentPosition(path, line, column);
    params.insert("newName", newName);
    sendRequest("textDocument/rename", params,
                [done](const QJsonValue &r, const QString &error) { done(parseWorkspaceEdit(r), error); });
}

void LspClient::formatting(const QString &path, std::function<void(const QList<TextEdit> &)> done)
{
    const QJsonObject params{{"textDocument", QJsonObject{{"uri", pathToUri(path)}}},
                             {"options", QJsonObject{{"tabSize", 4}, {"insertSpaces", false}}}};
    sendRequest("textDocument/formatting", params,
                [done](const QJsonValue &r, const QString &) { done(parseTextEdits(r)); });
}

} // namespace marmot::editor::lsp
