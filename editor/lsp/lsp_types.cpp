// Parsers for the LSP result shapes used by the editor.
#include "lsp/lsp_types.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace marmot::editor::lsp {

QString pathToUri(const QString &path) { return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded); }

QString uriToPath(const QString &uri) { return QUrl(uri).toLocalFile(); }

QJsonObject positionJson(int line, int column)
{
    return QJsonObject{{"line", line}, {"character", column}};
}

Range parseRange(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonObject s = o.value("start").toObject();
    const QJsonObject e = o.value("end").toObject();
    return Range{s.value("line").toInt(), s.value("character").toInt(), e.value("line").toInt(),
                 e.value("character").toInt()};
}

QList<TextEdit> parseTextEdits(const QJsonValue &value)
{
    QList<TextEdit> edits;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        edits.append(TextEdit{parseRange(o.value("range")), o.value("newText").toString()});
    }
    return edits;
}

QList<Location> parseLocations(const QJsonValue &value)
{
    QList<Location> out;
    QJsonArray items;
    if (value.isArray())
        items = value.toArray();
    else if (value.isObject())
        items.append(value);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.contains("targetUri")) // LocationLink
            out.append(Location{uriToPath(o.value("targetUri").toString()),
                                parseRange(o.value("targetSelectionRange"))});
        else
            out.append(Location{uriToPath(o.value("uri").toString()), parseRange(o.value("range"))});
    }
    return out;
}

QList<CompletionItem> parseCompletion(const QJsonValue &value)
{
    const QJsonArray items = value.isObject() ? value.toObject().value("items").toArray() : value.toArray();
    QList<CompletionItem> out;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        CompletionItem item;
        item.label = o.value("label").toString();
        item.detail = o.value("detail").toString();
        item.sortText = o.value("sortText").toString(item.label);
        item.kind = o.value("kind").toInt();
        if (o.value("textEdit").isObject())
            item.insertText = o.value("textEdit").toObject().value("newText").toString();
        if (item.insertText.isEmpty())
            item.insertText = o.value("insertText").toString(item.label);
        item.additionalEdits = parseTextEdits(o.value("additionalTextEdits"));
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CompletionItem &a, const CompletionItem &b) { return a.sortText < b.sortText; });
    return out;
}

static QString markupText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value("value").toString();
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &p : v.toArray())
            parts << markupText(p);
        return parts.join("\n\n");
    }
    return QString();
}

QString parseHover(const QJsonValue &value)
{
    QString text = markupText(value.toObject().value("contents")).trimmed();
    // gopls answers in Markdown: drop code fences for a plain tooltip.
    text.remove(QStringLiteral("```go\n"));
    text.remove(QStringLiteral("```\n"));
    text.remove(QStringLiteral("```"));
    return text.trimmed();
}

QString parseSignatureHelp(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonArray sigs = o.value("signatures").toArray();
    if (sigs.isEmpty())
        return QString();
    const int active = qBound(0, o.value("activeSignature").toInt(), int(sigs.size()) - 1);
    const QJsonObject sig = sigs.at(active).toObject();
    QString text = sig.value("label").toString();
    const QString doc = markupText(sig.value("documentation")).trimmed();
    if (!doc.isEmpty())
        text += "\n" + doc.section('\n', 0, 2);
    return text;
}

WorkspaceEdit parseWorkspaceEdit(const QJsonValue &value)
{
    WorkspaceEdit edit;
    const QJsonObject o = value.toObject();
    const QJsonObject changes = o.value("changes").toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        edit[uriToPath(it.key())] += parseTextEdits(it.value());
    for (const QJsonValue &v : o.value("documentChanges").toArray()) {
        const QJsonObject dc = v.toObject();
        if (!dc.contains("textDocument"))
            continue; // create/rename/delete file operations are not supported
        edit[uriToPath(dc.value("textDocument").toObject().value("uri").toString())] +=
            parseTextEdits(dc.value("edits"));
    }
    return edit;
}

QList<SourceDiagnostic> parseDiagnostics(const QJsonObject &params, QString *path)
{
    *path = uriToPath(params.value("uri").toString());
    QList<SourceDiagnostic> out;
    for (const QJsonValue &v : params.value("diagnostics").toArray()) {
        const QJsonObject o = v.toObject();
        const Range r = parseRange(o.value("range"));
        SourceDiagnostic d;
        d.file = *path;
        d.line = r.startLine + 1;
        d.column = r.startColumn + 1;
        d.endLine = r.endLine + 1;
        d.endColumn = r.endColumn + 1;
        d.message = o.value("message").toString();
        const int sev = o.value("severity").toInt(1);
        d.severity = sev == 1 ? SourceDiagnostic::Error
                     : sev == 2 ? SourceDiagnostic::Warning
                                : SourceDiagnostic::Info;
        d.source = QStringLiteral("gopls"); // gopls calls its type-check errors "compiler"
        out.append(d);
    }
    return out;
}

int offsetOf(const QString &text, int line, int column)
{
    int offset = 0;
    for (int l = 0; l < line; ++l) {
        const int nl = int(text.indexOf('\n', offset));
        if (nl < 0)
            return int(text.size());
        offset = nl + 1;
    }
    int lineEnd = int(text.indexOf('\n', offset));
    if (lineEnd < 0)
        lineEnd = int(text.size());
    return std::min(offset + std::max(0, column), lineEnd);
}

QString applyTextEdits(const QString &text, QList<TextEdit> edits)
{
    struct Span { int start, end; QString text; };
    QList<Span> spans;
    for (const TextEdit &e : edits)
        spans.append(Span{offsetOf(text, e.range.startLine, e.range.startColumn),
                          offsetOf(text, e.range.endLine, e.range.endColumn), e.newText});
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QString out = text;
    for (int i = int(spans.size()) - 1; i >= 0; --i)
        out.replace(spans[i].start, spans[i].end - spans[i].start, spans[i].text);
    return out;
}

} // namespace marmot::editor::lsp
