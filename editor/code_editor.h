// CodeEditor: the QScintilla view of one Go file: margins (diagnostics, line numbers, Git
// changes, folding), gofmt-style tabs, auto-indent, comment toggling, diagnostics as
// squiggles with their message on hover.
#pragma once

#include <QMap>
#include <QList>
#include <QVector>

#include <Qsci/qsciscintilla.h>

#include "line_change.h"
#include "lsp/lsp_types.h"
#include "source_diagnostic.h"

namespace marmot::editor {

class GoLexer;

class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    enum Margin { DiagnosticMargin = 0, NumberMargin = 1, ChangeMargin = 2, FoldMargin = 3 };
    enum Marker { ErrorMarker = 0, WarningMarker, AddedMarker, ModifiedMarker, DeletedMarker, DeletedAboveMarker };
    enum Indicator { ErrorIndicator = 8, WarningIndicator, InfoIndicator };

    explicit CodeEditor(QWidget *parent = nullptr);

    QString filePath() const { return m_path; }
    void setFilePath(const QString &path) { m_path = path; }
    bool loadFile(const QString &path, QString *error = nullptr);
    bool saveFile(QString *error = nullptr);

    void toggleComment();
    void goToLine(int line, int column = 0); // 1-based; column 0 = first non-blank
    void setLineChanges(const QVector<LineChange> &changes);
    QVector<LineChange> lineChanges() const { return m_lineChanges; }

    // Diagnostics are kept per source group ("gopls", "compiler") and drawn together.
    void setDiagnostics(const QString &group, const QList<SourceDiagnostic> &diagnostics);
    QList<SourceDiagnostic> diagnostics() const;
    QString diagnosticMessageAt(int position) const;

    // LSP positions: 0-based line and UTF-16 column.
    void lspPosition(int position, int *line, int *column) const;
    void cursorLspPosition(int *line, int *column) const;
    int positionFromLsp(int line, int column) const;
    void applyTextEdits(const QList<lsp::TextEdit> &edits); // one undo step

    QString wordBeforeCursor() const;
    int firstVisibleLine() const;
    void setFirstVisibleLine(int line);

signals:
    void completionRequested();
    void charTyped(int ch);
    void dwellStarted(int position, const QPoint &globalPos);
    void dwellEnded();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onCharAdded(int ch);
    void updateNumberMarginWidth();
    void redrawDiagnostics();
    void releaseShortcutKeys();

    QString m_path;
    GoLexer *m_lexer = nullptr;
    QVector<LineChange> m_lineChanges;
    QMap<QString, QList<SourceDiagnostic>> m_diagnostics; // group -> diagnostics, in group order
    struct DiagnosticSpan
    {
        int start, end;
        QString message;
    };
    QList<DiagnosticSpan> m_spans;
    int m_numberDigits = 0;
};

} // namespace marmot::editor
