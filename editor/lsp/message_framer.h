// MessageFramer: the LSP base protocol (Content-Length headers + JSON body) in both directions.
// Bytes arrive in arbitrary chunks; complete messages come out one at a time.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace marmot::editor::lsp {

class MessageFramer
{
public:
    static QByteArray encode(const QJsonObject &message);

    void append(const QByteArray &bytes);
    // Takes the next complete message. Returns false when none is complete yet. A malformed
    // message is skipped and reported through *error (the framer resynchronises on the next
    // header).
    bool takeMessage(QJsonObject *message, QString *error = nullptr);
    int bufferedBytes() const { return int(m_buffer.size()); }
    void clear() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};

} // namespace marmot::editor::lsp
