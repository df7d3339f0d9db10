// Plain value types for the LSP features the editor uses, with parsers from gopls's JSON and
// helpers for URIs and applying text edits. Positions are 0-based lines and UTF-16 columns,
// as on the wire.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include "source_diagnostic.h"

namespace marmot::editor::lsp {

struct Range
{
    int startLine = 0, startColumn = 0, endLine = 0, endColumn = 0;
};

struct TextEdit
{
    Range range;
    QString newText;
};

struct Location
{
    QString path;
    Range range;
};

struct CompletionItem
{
    QString label;
    QString insertText;
    QString detail;
    QString sortText;
    int kind = 0;
    QList<TextEdit> additionalEdits; // e.g. the import a completion needs
};

// path -> edits for that file
using WorkspaceEdit = QMap<QString, QList<TextEdit>>;

QString pathToUri(const QString &path);
QString uriToPath(const QString &uri);

QJsonObject positionJson(int line, int column);
Range parseRange(const QJsonValue &value);
QList<TextEdit> parseTextEdits(const QJsonValue &value);
QList<Location> parseLocations(const QJsonValue &value);
QList<CompletionItem> parseCompletion(const QJsonValue &value);
QString parseHover(const QJsonValue &value);
QString parseSignatureHelp(const QJsonValue &value);
WorkspaceEdit parseWorkspaceEdit(const QJsonValue &value);
QList<SourceDiagnostic> parseDiagnostics(const QJsonObject &params, QString *path);

// Applies edits (LSP semantics: all ranges refer to the original text) to text.
QString applyTextEdits(const QString &text, QList<TextEdit> edits);
// Offset in text of a 0-based line and UTF-16 column (clamped).
int offsetOf(const QString &text, int line, int column);

} // namespace marmot::editor::lsp
