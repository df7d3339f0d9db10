// MessageFramer: parses "Content-Length: N\r\n...\r\n\r\n<N bytes of JSON>" frames.
#include "lsp/message_framer.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace marmot::editor::lsp {

QByteArray MessageFramer::encode(const QJsonObject &message)
{
    const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
    return "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void MessageFramer::append(const QByteArray &bytes) { m_buffer.append(bytes); }

bool MessageFramer::takeMessage(QJsonObject *message, QString *error)
{
    for (;;) {
        const int headerEnd = int(m_buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return false;
        qint64 length = -1;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        for (QByteArray line : lines) {
            line = line.trimmed();
            const int colon = int(line.indexOf(':'));
            if (colon < 0)
                continue;
            if (line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok)
                    length = -1;
            }
        }
        const int bodyStart = headerEnd + 4;
        if (length < 0) {
            // No usable header: drop it and look for the next one.
            m_buffer.remove(0, bodyStart);
            if (error)
                *error = QStringLiteral("LSP message without a valid Content-Length header");
            continue;
        }
        if (m_buffer.size() - bodyStart < length)
            return false;
        const QByteArray body = m_buffer.mid(bodyStart, int(length));
        m_buffer.remove(0, bodyStart + int(length));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = QStringLiteral("invalid LSP message body: %1").arg(parseError.errorString());
            continue;
        }
        *message = doc.object();
        return true;
    }
}

} // namespace marmot::editor::lsp
