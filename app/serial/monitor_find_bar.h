// MonitorFindBar: a slim "find in output" row for the Serial Monitor (Ctrl+F while the monitor
// has focus): Enter / Shift+Enter for the next / previous match, every match tinted, Esc hides.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace marmot::serial {

class MonitorFindBar : public QWidget {
    Q_OBJECT
public:
    explicit MonitorFindBar(QPlainTextEdit *view, QWidget *parent = nullptr);

    void activate();            // show, focus, select the current text
    bool findNext(bool backwards = false);
    int matchCount() const { return m_matches; }
    void refreshMatches();      // after the view's text changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close();

    QPlainTextEdit *m_view;
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    int m_matches = 0;
};

} // namespace marmot::serial
