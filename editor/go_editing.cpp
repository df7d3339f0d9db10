// Go editing rules shared by the editor: indentation after a new line, dedent of "}" and of
// case labels as gofmt lays them out, and toggling "//" comments on lines.
#include "go_editing.h"

#include <Qsci/qsciscintilla.h>

#include <climits>

#include "go_lexer.h"

namespace marmot::editor::go_editing {

int leadingWhitespace(const QString &s)
{
    int i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return i;
}

void indentNewLine(QsciScintilla &ed)
{
    int line, index;
    ed.getCursorPosition(&line, &index);
    if (line == 0)
        return;
    const QString prev = ed.text(line - 1);
    QString code = prev;
    const int comment = int(code.indexOf("//"));
    if (comment >= 0) // good enough: a "//" inside a string only affects the extra indent
        code.truncate(comment);
    code = code.trimmed();
    int indent = ed.indentation(line - 1);
    const bool opens = code.endsWith('{') || code.endsWith('(') || code.endsWith('[')
                       || ((code.startsWith("case ") || code == "default:") && code.endsWith(':'));
    if (opens)
        indent += ed.tabWidth();
    // Typing Enter between "{" and "}" puts the "}" on its own line.
    const QString rest = ed.text(line);
    const int restCode = leadingWhitespace(rest);
    const QChar closer = restCode < rest.size() ? rest[restCode] : QChar();
    ed.beginUndoAction();
    if (opens && (closer == '}' || closer == ')' || closer == ']')) {
        ed.setIndentation(line, ed.indentation(line - 1));
        ed.setCursorPosition(line, 0);
        ed.insert("\n");
        ed.setIndentation(line, indent);
        ed.setCursorPosition(line, int(ed.text(line).size()) - (ed.text(line).endsWith('\n') ? 1 : 0));
    } else {
        ed.setIndentation(line, indent);
        ed.setCursorPosition(line, leadingWhitespace(ed.text(line)));
    }
    ed.endUndoAction();
}

void dedentCaseLabel(QsciScintilla &ed)
{
    // gofmt puts "case x:" and "default:" at the indentation of their switch/select.
    int line, index;
    ed.getCursorPosition(&line, &index);
    const QString code = ed.text(line).trimmed();
    if (!(code.startsWith("case ") || code == "default:") || !code.endsWith(':'))
        return;
    if (leadingWhitespace(ed.text(line)) + int(code.size()) != index)
        return; // the ':' is not at the end of the label
    // Find the unmatched '{' before this line (operators only: not in strings or comments).
    const int lineStart = int(ed.SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
    ed.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, lineStart); // styles are needed to skip strings and comments
    int depth = 0;
    for (int pos = lineStart - 1; pos >= 0; --pos) {
        const char c = char(ed.SendScintilla(QsciScintilla::SCI_GETCHARAT, pos));
        if ((c != '{' && c != '}') || ed.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, pos) != GoLexer::Operator)
            continue;
        if (c == '}') {
            ++depth;
        } else if (depth-- == 0) {
            int openLine, openIndex;
            ed.lineIndexFromPosition(pos, &openLine, &openIndex);
            const int wanted = ed.indentation(openLine);
            if (wanted != ed.indentation(line)) {
                ed.setIndentation(line, wanted);
                ed.setCursorPosition(line, leadingWhitespace(ed.text(line)) + int(code.size()));
            }
            return;
        }
    }
}

void dedentClosingBrace(QsciScintilla &ed)
{
    int line, index;
    ed.getCursorPosition(&line, &index);
    const QString lineText = ed.text(line);
    if (leadingWhitespace(lineText) != index - 1)
        return; // something before the brace on this line
    const int bracePos = int(ed.SendScintilla(QsciScintilla::SCI_GETCURRENTPOS)) - 1;
    const long match = ed.SendScintilla(QsciScintilla::SCI_BRACEMATCH, (unsigned long)bracePos, (long)0);
    int indent = std::max(0, ed.indentation(line) - ed.tabWidth());
    if (match >= 0) {
        int mLine, mIndex;
        ed.lineIndexFromPosition(int(match), &mLine, &mIndex);
        indent = ed.indentation(mLine);
    }
    ed.setIndentation(line, indent);
    ed.setCursorPosition(line, leadingWhitespace(ed.text(line)) + 1);
}

void toggleComment(QsciScintilla &ed)
{
    int lineFrom, indexFrom, lineTo, indexTo;
    const bool selected = ed.hasSelectedText();
    if (selected) {
        ed.getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;
    } else {
        ed.getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }
    bool allCommented = true;
    int minIndent = INT_MAX;
    for (int l = lineFrom; l <= lineTo; ++l) {
        const QString t = ed.text(l);
        const int ws = leadingWhitespace(t);
        if (t.trimmed().isEmpty())
            continue;
        minIndent = std::min(minIndent, ws);
        if (!t.mid(ws).startsWith("//"))
            allCommented = false;
    }
    if (minIndent == INT_MAX)
        return; // only blank lines
    int cursorLine, cursorIndex;
    ed.getCursorPosition(&cursorLine, &cursorIndex);
    ed.beginUndoAction();
    int cursorShift = 0;
    for (int l = lineFrom; l <= lineTo; ++l) {
        const QString t = ed.text(l);
        if (t.trimmed().isEmpty())
            continue;
        const int ws = leadingWhitespace(t);
        if (allCommented) {
            const int len = t.mid(ws + 2).startsWith(' ') ? 3 : 2;
            ed.setSelection(l, ws, l, ws + len);
            ed.removeSelectedText();
            if (l == cursorLine)
                cursorShift = -std::min(len, std::max(0, cursorIndex - ws));
        } else {
            ed.insertAt("// ", l, minIndent);
            if (l == cursorLine && cursorIndex >= minIndent)
                cursorShift = 3;
        }
    }
    ed.endUndoAction();
    if (selected && lineTo > lineFrom)
        ed.setSelection(lineFrom, 0, lineTo, int(ed.text(lineTo).size()) - (ed.text(lineTo).endsWith('\n') ? 1 : 0));
    else
        ed.setCursorPosition(cursorLine, std::max(0, cursorIndex + cursorShift));
}

} // namespace marmot::editor::go_editing
