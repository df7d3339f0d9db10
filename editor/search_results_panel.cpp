// SearchResultsPanel: results grouped by file.
#include "search_results_panel.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace marmot::editor {

SearchResultsPanel::SearchResultsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *top = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Find in project"));
    m_query->setClearButtonEnabled(true);
    m_case = new QCheckBox(tr("Match case"), this);
    m_title = new QLabel(this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    top->addWidget(m_query, 1);
    top->addWidget(m_case);
    top->addWidget(m_title);
    top->addWidget(close);
    layout->addLayout(top);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (!m_query->text().isEmpty())
            emit searchRequested(m_query->text());
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            emit hitActivated(path, item->data(0, Qt::UserRole + 1).toInt(), item->data(0, Qt::UserRole + 2).toInt());
    });
}

void SearchResultsPanel::focusQuery(const QString &text)
{
    show();
    if (!text.isEmpty())
        m_query->setText(text);
    m_query->setFocus();
    m_query->selectAll();
}

bool SearchResultsPanel::caseSensitive() const { return m_case->isChecked(); }

void SearchResultsPanel::setResults(const QString &title, const QList<SearchHit> &hits, const QString &root)
{
    show();
    m_tree->clear();
    m_title->setText(tr("%1: %n result(s)", nullptr, int(hits.size())).arg(title));
    QTreeWidgetItem *fileItem = nullptr;
    QString current;
    for (const SearchHit &hit : hits) {
        if (hit.path != current) {
            current = hit.path;
            const QString shown = root.isEmpty() ? hit.path : QDir(root).relativeFilePath(hit.path);
            fileItem = new QTreeWidgetItem(m_tree, {shown});
            fileItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(fileItem, {QStringLiteral("%1: %2").arg(hit.line).arg(hit.text.trimmed())});
        item->setData(0, Qt::UserRole, hit.path);
        item->setData(0, Qt::UserRole + 1, hit.line);
        item->setData(0, Qt::UserRole + 2, hit.column);
    }
    m_tree->expandAll();
}

int SearchResultsPanel::resultCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += m_tree->topLevelItem(i)->childCount();
    return n;
}

} // namespace marmot::editor
