// Go editing rules on a QScintilla view: auto-indent after Enter ("{", "(", "[" and case
// labels open a level), "}" and case/default labels dedent like gofmt, "//" comment toggling.
#pragma once

#include <QString>

class QsciScintilla;

namespace marmot::editor::go_editing {

int leadingWhitespace(const QString &line);
void indentNewLine(QsciScintilla &ed);      // after a '\n' was typed
void dedentClosingBrace(QsciScintilla &ed); // after a '}' was typed
void dedentCaseLabel(QsciScintilla &ed);    // after a ':' was typed
void toggleComment(QsciScintilla &ed);      // the selected lines, or the caret's line

} // namespace marmot::editor::go_editing
