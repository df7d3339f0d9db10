// SearchResultsPanel: "Find in project" (query field + results) and a list for gopls
// references; activating a row asks to open file:line:column.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace marmot::editor {

struct SearchHit
{
    QString path;
    int line = 0;   // 1-based
    int column = 0; // 1-based
    QString text;
};

class SearchResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchResultsPanel(QWidget *parent = nullptr);

    void focusQuery(const QString &text);
    void setResults(const QString &title, const QList<SearchHit> &hits, const QString &root);
    int resultCount() const;
    QTreeWidget *tree() const { return m_tree; }
    bool caseSensitive() const;

signals:
    void searchRequested(const QString &query);
    void hitActivated(const QString &path, int line, int column);

private:
    QLineEdit *m_query = nullptr;
    QCheckBox *m_case = nullptr;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace marmot::editor
