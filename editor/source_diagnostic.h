// A diagnostic attached to a source position, from gopls or from the Marmot compiler.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace marmot::editor {

struct SourceDiagnostic
{
    enum Severity { Error, Warning, Info };
    QString file;    // absolute path
    int line = 0;    // 1-based
    int column = 0;  // 1-based; bytes as Go compilers count (UTF-16 units when source is "gopls"); 0 = whole line
    QString message;
    Severity severity = Error;
    QString source;  // "gopls", "compiler", ...
    int endLine = 0;   // optional end (1-based); 0 = to the end of the word
    int endColumn = 0;
};

} // namespace marmot::editor

Q_DECLARE_METATYPE(marmot::editor::SourceDiagnostic)
