// CodeEditor: set-up of margins, markers and indicators, and the editing helpers.
#include "code_editor.h"

#include <QFile>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include "go_editing.h"
#include "go_lexer.h"

namespace marmot::editor {

namespace {
using go_editing::leadingWhitespace;

// A red wedge at the bottom (lines removed after this line) or top (before the first line).
QPixmap deletedMarkerPixmap(bool above)
{
    QPixmap pm(6, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd7, 0x3a, 0x49));
    if (above)
        p.drawPolygon(QPolygon({QPoint(0, 0), QPoint(6, 0), QPoint(0, 6)}));
    else
        p.drawPolygon(QPolygon({QPoint(0, 6), QPoint(6, 12), QPoint(0, 12)}));
    return pm;
}
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    m_lexer = new GoLexer(this);
    setLexer(m_lexer);
    setPaper(Qt::white);

    // gofmt: tabs, shown 4 wide.
    setIndentationsUseTabs(true);
    setTabWidth(4);
    setIndentationWidth(0);
    setIndentationGuides(true);
    setIndentationGuidesForegroundColor(QColor(0xe4, 0xe6, 0xeb));
    setAutoIndent(false); // done in onCharAdded
    setBackspaceUnindents(true);
    setEolMode(EolUnix);

    setCaretLineVisible(true);
    setCaretLineBackgroundColor(QColor(0xf3, 0xf6, 0xfc));
    setSelectionBackgroundColor(QColor(0xc8, 0xdc, 0xf8));
    setBraceMatching(SloppyBraceMatch);
    setMatchedBraceBackgroundColor(QColor(0xd8, 0xee, 0xd0));
    setMatchedBraceForegroundColor(QColor(0x00, 0x33, 0xb3));
    setUnmatchedBraceForegroundColor(QColor(0xd0, 0x00, 0x00));
    setEdgeMode(EdgeNone);

    // Margins: diagnostics | line numbers | Git changes | folding.
    const QColor marginPaper(0xf7, 0xf8, 0xfa);
    setMarginsBackgroundColor(marginPaper);
    setMarginsForegroundColor(QColor(0x9a, 0xa0, 0xa6));
    setMarginsFont(m_lexer->defaultFont(GoLexer::Default));
    setMarginType(DiagnosticMargin, SymbolMargin);
    setMarginWidth(DiagnosticMargin, 14);
    setMarginMarkerMask(DiagnosticMargin, (1 << ErrorMarker) | (1 << WarningMarker));
    setMarginSensitivity(DiagnosticMargin, false);
    setMarginType(NumberMargin, QsciScintilla::NumberMargin);
    setMarginLineNumbers(NumberMargin, true);
    setMarginMarkerMask(NumberMargin, 0);
    setMarginType(ChangeMargin, SymbolMargin);
    setMarginWidth(ChangeMargin, 6);
    setMarginMarkerMask(ChangeMargin, (1 << AddedMarker) | (1 << ModifiedMarker) | (1 << DeletedMarker)
                                          | (1 << DeletedAboveMarker));
    setFolding(BoxedTreeFoldStyle, FoldMargin);
    setFoldMarginColors(marginPaper, marginPaper);
    updateNumberMarginWidth();

    markerDefine(Circle, ErrorMarker);
    setMarkerBackgroundColor(QColor(0xd7, 0x3a, 0x49), ErrorMarker);
    setMarkerForegroundColor(QColor(0xd7, 0x3a, 0x49), ErrorMarker);
    markerDefine(Circle, WarningMarker);
    setMarkerBackgroundColor(QColor(0xe3, 0x9b, 0x1b), WarningMarker);
    setMarkerForegroundColor(QColor(0xe3, 0x9b, 0x1b), WarningMarker);
    markerDefine(FullRectangle, AddedMarker);
    setMarkerBackgroundColor(QColor(0x2d, 0xa4, 0x4e), AddedMarker);
    markerDefine(FullRectangle, ModifiedMarker);
    setMarkerBackgroundColor(QColor(0x3b, 0x82, 0xd6), ModifiedMarker);
    markerDefine(deletedMarkerPixmap(false), DeletedMarker);
    markerDefine(deletedMarkerPixmap(true), DeletedAboveMarker);

    indicatorDefine(SquiggleIndicator, ErrorIndicator);
    setIndicatorForegroundColor(QColor(0xd7, 0x3a, 0x49), ErrorIndicator);
    indicatorDefine(SquiggleIndicator, WarningIndicator);
    setIndicatorForegroundColor(QColor(0xd9, 0x8e, 0x04), WarningIndicator);
    indicatorDefine(DotsIndicator, InfoIndicator);
    setIndicatorForegroundColor(QColor(0x3b, 0x82, 0xd6), InfoIndicator);
    for (int ind : {ErrorIndicator, WarningIndicator, InfoIndicator})
        setIndicatorDrawUnder(false, ind);

    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, true);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 600);
    SendScintilla(SCI_AUTOCSETORDER, 1 /*SC_ORDER_PERFORMSORT*/);
    SendScintilla(SCI_AUTOCSETIGNORECASE, true);
    setAutoCompletionSource(AcsNone);
    setCallTipsStyle(CallTipsNone);
    setCallTipsBackgroundColor(QColor(0xff, 0xff, 0xf0));
    setCallTipsForegroundColor(QColor(0x30, 0x30, 0x30));

    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &CodeEditor::onCharAdded);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, [this](int pos, int x, int y) {
        if (pos >= 0)
            emit dwellStarted(pos, viewport()->mapToGlobal(QPoint(x, y)));
    });
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [this](int, int, int) { emit dwellEnded(); });
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateNumberMarginWidth);
    // Keep the hover spans of diagnostics on their text while it is edited.
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *, int length, int, int, int, int, int, int) {
                const bool inserted = type & SC_MOD_INSERTTEXT;
                if (!(inserted || (type & SC_MOD_DELETETEXT)) || m_spans.isEmpty())
                    return;
                for (DiagnosticSpan &s : m_spans) {
                    auto shift = [&](int p) {
                        if (inserted)
                            return p >= position ? p + length : p;
                        if (p >= position + length)
                            return p - length;
                        return p > position ? position : p;
                    };
                    s.start = shift(s.start);
                    s.end = shift(s.end);
                }
            });
    releaseShortcutKeys();
}

void CodeEditor::releaseShortcutKeys()
{
    // The IDE's actions own these keys; QScintilla would otherwise swallow them.
    const QKeyCombination keys[] = {Qt::CTRL | Qt::Key_L, Qt::CTRL | Qt::Key_Slash, Qt::CTRL | Qt::Key_F,
                                    Qt::CTRL | Qt::Key_H, Qt::CTRL | Qt::SHIFT | Qt::Key_F, QKeyCombination(Qt::Key_F2),
                                    QKeyCombination(Qt::Key_F12), Qt::SHIFT | Qt::Key_F12, Qt::CTRL | Qt::Key_Space,
                                    Qt::CTRL | Qt::SHIFT | Qt::Key_L, Qt::CTRL | Qt::SHIFT | Qt::Key_I};
    for (const QKeyCombination combination : keys) {
        const int key = combination.toCombined();
        while (QsciCommand *cmd = standardCommands()->boundTo(key)) {
            if (cmd->key() == key)
                cmd->setKey(0);
            if (cmd->alternateKey() == key)
                cmd->setAlternateKey(0);
        }
    }
}

bool CodeEditor::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    m_path = path;
    setText(QString::fromUtf8(f.readAll()));
    setModified(false);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    return true;
}

bool CodeEditor::saveFile(QString *error)
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text().toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    setModified(false);
    return true;
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        emit completionRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape && SendScintilla(SCI_CALLTIPACTIVE))
        SendScintilla(SCI_CALLTIPCANCEL);
    QsciScintilla::keyPressEvent(event);
}

void CodeEditor::showEvent(QShowEvent *event)
{
    QsciScintilla::showEvent(event);
    SendScintilla(SCI_SETXOFFSET, 0);
    SendScintilla(SCI_SCROLLCARET);
}

void CodeEditor::toggleComment() { go_editing::toggleComment(*this); }

void CodeEditor::onCharAdded(int ch)
{
    if (ch == '\n')
        go_editing::indentNewLine(*this);
    else if (ch == '}')
        go_editing::dedentClosingBrace(*this);
    else if (ch == ':')
        go_editing::dedentCaseLabel(*this);
    emit charTyped(ch);
}

void CodeEditor::goToLine(int line, int column)
{
    const int l = qBound(0, line - 1, std::max(0, lines() - 1));
    const int index = column > 0 ? column - 1 : leadingWhitespace(text(l));
    setCursorPosition(l, index);
    SendScintilla(SCI_ENSUREVISIBLEENFORCEPOLICY, l);
    if (!isVisible() || viewport()->width() < 50)
        SendScintilla(SCI_SETXOFFSET, 0); // no horizontal scroll while the view has no size yet
    const int visible = int(SendScintilla(SCI_LINESONSCREEN));
    const int first = firstVisibleLine();
    if (l < first || l >= first + visible)
        setFirstVisibleLine(std::max(0, l - visible / 3));
    setFocus();
}

int CodeEditor::firstVisibleLine() const
{
    return int(const_cast<CodeEditor *>(this)->SendScintilla(SCI_GETFIRSTVISIBLELINE));
}

void CodeEditor::setFirstVisibleLine(int line) { SendScintilla(SCI_SETFIRSTVISIBLELINE, line); }

void CodeEditor::setLineChanges(const QVector<LineChange> &changes)
{
    m_lineChanges = changes;
    for (int m : {AddedMarker, ModifiedMarker, DeletedMarker, DeletedAboveMarker})
        markerDeleteAll(m);
    for (const LineChange &c : changes) {
        int marker = c.kind == LineChange::Added      ? AddedMarker
                     : c.kind == LineChange::Modified ? ModifiedMarker
                                                      : DeletedMarker;
        if (c.kind == LineChange::Deleted && c.line <= 0)
            marker = DeletedAboveMarker;
        markerAdd(qBound(0, c.line - 1, std::max(0, lines() - 1)), marker);
    }
}

void CodeEditor::setDiagnostics(const QString &group, const QList<SourceDiagnostic> &diagnostics)
{
    if (diagnostics.isEmpty())
        m_diagnostics.remove(group);
    else
        m_diagnostics.insert(group, diagnostics);
    redrawDiagnostics();
}

QList<SourceDiagnostic> CodeEditor::diagnostics() const
{
    QList<SourceDiagnostic> all;
    for (const auto &list : m_diagnostics)
        all += list;
    return all;
}

void CodeEditor::redrawDiagnostics()
{
    const int length = int(SendScintilla(SCI_GETLENGTH));
    for (int ind : {ErrorIndicator, WarningIndicator, InfoIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, ind);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    }
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    m_spans.clear();
    const int lineCount = lines();
    for (const SourceDiagnostic &d : diagnostics()) {
        const int line = qBound(0, d.line - 1, std::max(0, lineCount - 1));
        const QString lineText = text(line);
        int start, end;
        if (d.column <= 0) {
            const int ws = leadingWhitespace(lineText);
            start = positionFromLineIndex(line, ws);
            end = int(SendScintilla(SCI_GETLINEENDPOSITION, line));
        } else {
            // gopls counts UTF-16 units; the Go compilers count bytes, as Scintilla does.
            const bool utf16 = d.source == QLatin1String("gopls");
            auto toPosition = [&](int l, int col) {
                l = qBound(0, l, std::max(0, lineCount - 1));
                const int end = int(SendScintilla(SCI_GETLINEENDPOSITION, l));
                if (utf16)
                    return std::min(positionFromLsp(l, col), end);
                return std::min(int(SendScintilla(SCI_POSITIONFROMLINE, l)) + std::max(0, col), end);
            };
            const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, line));
            start = toPosition(line, d.column - 1);
            end = d.endLine > 0 ? toPosition(d.endLine - 1, d.endColumn - 1) : start;
            if (end <= start) {
                end = int(SendScintilla(SCI_WORDENDPOSITION, start, true));
                if (end <= start)
                    end = std::min(start + 1, lineEnd);
                if (end <= start && start > positionFromLineIndex(line, 0))
                    start = int(SendScintilla(SCI_POSITIONBEFORE, start));
            }
        }
        const int ind = d.severity == SourceDiagnostic::Error     ? ErrorIndicator
                        : d.severity == SourceDiagnostic::Warning ? WarningIndicator
                                                                  : InfoIndicator;
        SendScintilla(SCI_SETINDICATORCURRENT, ind);
        SendScintilla(SCI_INDICATORFILLRANGE, start, std::max(1, end - start));
        if (d.severity != SourceDiagnostic::Info)
            markerAdd(line, d.severity == SourceDiagnostic::Error ? ErrorMarker : WarningMarker);
        const QString prefix = d.source.isEmpty() ? QString() : d.source + ": ";
        m_spans.append(DiagnosticSpan{start, std::max(start + 1, end), prefix + d.message});
    }
}

QString CodeEditor::diagnosticMessageAt(int position) const
{
    QStringList messages;
    for (const DiagnosticSpan &s : m_spans)
        if (position >= s.start && position <= s.end && !messages.contains(s.message))
            messages << s.message;
    return messages.join('\n');
}

void CodeEditor::lspPosition(int position, int *line, int *column) const
{
    int index;
    lineIndexFromPosition(position, line, &index);
    const QString t = text(*line);
    int utf16 = 0;
    for (int c = 0; c < index && utf16 < t.size(); ++c)
        utf16 += t[utf16].isHighSurrogate() ? 2 : 1;
    *column = utf16;
}

void CodeEditor::cursorLspPosition(int *line, int *column) const
{
    lspPosition(int(const_cast<CodeEditor *>(this)->SendScintilla(SCI_GETCURRENTPOS)), line, column);
}

int CodeEditor::positionFromLsp(int line, int column) const
{
    line = qBound(0, line, std::max(0, lines() - 1));
    const QString t = text(line);
    int index = 0;
    for (int u = 0; u < column && u < t.size(); ++index)
        u += t[u].isHighSurrogate() ? 2 : 1;
    const int pos = const_cast<CodeEditor *>(this)->positionFromLineIndex(line, index);
    const int lineEnd = int(const_cast<CodeEditor *>(this)->SendScintilla(SCI_GETLINEENDPOSITION, line));
    return std::min(pos, lineEnd);
}

void CodeEditor::applyTextEdits(const QList<lsp::TextEdit> &edits)
{
    struct Span { int start, end; QString text; };
    QList<Span> spans;
    for (const lsp::TextEdit &e : edits)
        spans.append({positionFromLsp(e.range.startLine, e.range.startColumn),
                      positionFromLsp(e.range.endLine, e.range.endColumn), e.newText});
    // Edits past the last line (LSP "line N+1, 0") end at the document end.
    for (int i = 0; i < spans.size(); ++i)
        if (edits[i].range.endLine >= lines())
            spans[i].end = int(SendScintilla(SCI_GETLENGTH));
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    int line, index;
    getCursorPosition(&line, &index);
    const int first = firstVisibleLine();
    // The caret follows edits before it; if an edit covers it, keep its line and column.
    long caret = SendScintilla(SCI_GETCURRENTPOS);
    bool caretCovered = false;
    beginUndoAction();
    for (int i = int(spans.size()) - 1; i >= 0; --i) {
        const QByteArray utf8 = spans[i].text.toUtf8();
        if (spans[i].end <= caret)
            caret += utf8.size() - (spans[i].end - spans[i].start);
        else if (spans[i].start < caret)
            caretCovered = true;
        SendScintilla(SCI_SETTARGETRANGE, spans[i].start, spans[i].end);
        SendScintilla(SCI_REPLACETARGET, utf8.size(), utf8.constData());
    }
    endUndoAction();
    if (caretCovered)
        setCursorPosition(std::min(line, lines() - 1), index);
    else
        SendScintilla(SCI_SETEMPTYSELECTION, caret);
    setFirstVisibleLine(first);
}

QString CodeEditor::wordBeforeCursor() const
{
    int line, index;
    getCursorPosition(&line, &index);
    const QString t = text(line).left(index);
    int i = int(t.size());
    while (i > 0 && (t[i - 1].isLetterOrNumber() || t[i - 1] == '_'))
        --i;
    return t.mid(i);
}

void CodeEditor::updateNumberMarginWidth()
{
    const int digits = std::max(3, int(QString::number(lines()).size()));
    if (digits == m_numberDigits)
        return;
    m_numberDigits = digits;
    setMarginWidth(NumberMargin, QString(digits + 1, '9'));
}

} // namespace marmot::editor
