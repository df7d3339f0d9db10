// GitPanel: builds the panel's widgets and turns clicks into GitRepository calls; every
// result ends up in statusMessage() and, for failures, in a message box.
#include "vcs/git_panel.h"

#include "vcs/author_dialog.h"
#include "vcs/diff_view.h"
#include "vcs/git_repository.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace marmot::vcs {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

struct ChangeLook {
  QString letter;
  QString word;
  QColor colour;
};

ChangeLook lookOf(FileStatus::Change change) {
  switch (change) {
  case FileStatus::New: return {QStringLiteral("N"), QObject::tr("new"), QColor(0x1a, 0x7f, 0x37)};
  case FileStatus::Deleted: return {QStringLiteral("D"), QObject::tr("deleted"), QColor(0xcf, 0x22, 0x2e)};
  case FileStatus::Renamed: return {QStringLiteral("R"), QObject::tr("renamed"), QColor(0x82, 0x50, 0xdf)};
  case FileStatus::Conflicted: return {QStringLiteral("C"), QObject::tr("conflict"), QColor(0xbc, 0x4c, 0x00)};
  case FileStatus::TypeChanged: return {QStringLiteral("T"), QObject::tr("type changed"), QColor(0x9a, 0x67, 0x00)};
  default: return {QStringLiteral("M"), QObject::tr("modified"), QColor(0xbf, 0x87, 0x00)};
  }
}

QIcon badge(const ChangeLook &look) {
  QPixmap pm(16, 16);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(look.colour);
  p.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
  p.setPen(Qt::white);
  QFont f = p.font();
  f.setPixelSize(11);
  f.setBold(true);
  p.setFont(f);
  p.drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, look.letter);
  return QIcon(pm);
}

}  // namespace

GitPanel::GitPanel(QWidget *parent) : QWidget(parent), m_repo(std::make_unique<GitRepository>()) {
  qRegisterMetaType<QVector<marmot::vcs::LineChange>>();
  m_pages = new QStackedWidget(this);
  m_pages->addWidget(buildTrackingPage());
  m_pages->addWidget(buildRepositoryPage());
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_pages);
  updateButtons();
}

GitPanel::~GitPanel() = default;

QWidget *GitPanel::buildTrackingPage() {
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout(page);
  m_trackingHint = new QLabel(tr("This project does not keep snapshots yet.\n\nStart tracking changes "
                                 "to save snapshots of your work and go back to any of them later."));
  m_trackingHint->setWordWrap(true);
  m_trackingHint->setAlignment(Qt::AlignCenter);
  m_startButton = new QPushButton(tr("Start tracking changes"));
  m_startButton->setObjectName(QStringLiteral("startTrackingButton"));
  connect(m_startButton, &QPushButton::clicked, this, &GitPanel::startTracking);
  layout->addStretch();
  layout->addWidget(m_trackingHint);
  layout->addWidget(m_startButton, 0, Qt::AlignCenter);
  layout->addStretch();
  return page;
}

QWidget *GitPanel::buildRepositoryPage() {
  // Changed files, with a check box for "goes into the next snapshot".
  auto *filesBox = new QWidget;
  auto *filesLayout = new QVBoxLayout(filesBox);
  filesLayout->setContentsMargins(0, 0, 0, 0);
  auto *header = new QHBoxLayout;
  header->addWidget(new QLabel(tr("<b>Changes since the last snapshot</b>")));
  header->addStretch();
  auto *refreshButton = new QToolButton;
  refreshButton->setText(tr("Refresh"));
  connect(refreshButton, &QToolButton::clicked, this, &GitPanel::refresh);
  header->addWidget(refreshButton);
  filesLayout->addLayout(header);
  m_files = new QTreeWidget;
  m_files->setObjectName(QStringLiteral("changedFiles"));
  m_files->setHeaderLabels({tr("File"), tr("Change")});
  m_files->setRootIsDecorated(false);
  m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_files->header()->setStretchLastSection(false);
  m_files->setToolTip(tr("Checked files go into the next snapshot. When none is checked, all changes do.\n"
                         "Double-click a file to open it."));
  connect(m_files, &QTreeWidget::itemSelectionChanged, this, &GitPanel::showSelectedDiff);
  connect(m_files, &QTreeWidget::itemChanged, this, &GitPanel::onFileChecked);
  connect(m_files, &QTreeWidget::itemActivated, this, &GitPanel::onFileActivated);
  filesLayout->addWidget(m_files);

  auto *diffBox = new QWidget;
  auto *diffLayout = new QVBoxLayout(diffBox);
  diffLayout->setContentsMargins(0, 0, 0, 0);
  m_diffTitle = new QLabel;
  m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
  m_diff = new DiffView;
  m_diff->setObjectName(QStringLiteral("diffView"));
  diffLayout->addWidget(m_diffTitle);
  diffLayout->addWidget(m_diff);

  // The snapshot message and button.
  auto *saveBox = new QWidget;
  auto *saveLayout = new QVBoxLayout(saveBox);
  saveLayout->setContentsMargins(0, 0, 0, 0);
  m_message = new QPlainTextEdit;
  m_message->setObjectName(QStringLiteral("snapshotMessage"));
  m_message->setPlaceholderText(tr("What did you change? (for example: \"Blink faster\")"));
  m_message->setMaximumHeight(70);
  connect(m_message, &QPlainTextEdit::textChanged, this, &GitPanel::updateButtons);
  m_author = new QLabel;
  m_author->setWordWrap(true);
  auto *setAuthor = new QToolButton;
  setAuthor->setObjectName(QStringLiteral("setAuthorButton"));
  setAuthor->setText(tr("Set your name…"));
  connect(setAuthor, &QToolButton::clicked, this, &GitPanel::editAuthor);
  auto *authorRow = new QHBoxLayout;
  authorRow->addWidget(m_author, 1);
  authorRow->addWidget(setAuthor, 0, Qt::AlignTop);
  m_saveButton = new QPushButton(tr("Save snapshot"));
  m_saveButton->setObjectName(QStringLiteral("saveSnapshotButton"));
  connect(m_saveButton, &QPushButton::clicked, this, &GitPanel::saveSnapshot);
  saveLayout->addWidget(m_message);
  saveLayout->addLayout(authorRow);
  saveLayout->addWidget(m_saveButton);

  // The history and the restore buttons.
  auto *historyBox = new QWidget;
  auto *historyLayout = new QVBoxLayout(historyBox);
  historyLayout->setContentsMargins(0, 0, 0, 0);
  historyLayout->addWidget(new QLabel(tr("<b>Snapshots</b>")));
  m_history = new QTreeWidget;
  m_history->setObjectName(QStringLiteral("history"));
  m_history->setHeaderLabels({tr("Message"), tr("When"), tr("Author"), tr("Id")});
  m_history->setRootIsDecorated(false);
  m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_history->header()->setStretchLastSection(false);
  m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  connect(m_history, &QTreeWidget::itemSelectionChanged, this, &GitPanel::updateButtons);
  connect(m_history, &QTreeWidget::itemSelectionChanged, this, &GitPanel::showSelectedSnapshot);
  historyLayout->addWidget(m_history);
  auto *restoreRow = new QHBoxLayout;
  m_restoreFileButton = new QPushButton(tr("Restore file…"));
  m_restoreFileButton->setObjectName(QStringLiteral("restoreFileButton"));
  m_restoreFileButton->setToolTip(tr("Give the selected changed file (or a file you pick) its content "
                                     "from the selected snapshot"));
  m_restoreProjectButton = new QPushButton(tr("Restore project to this snapshot…"));
  m_restoreProjectButton->setObjectName(QStringLiteral("restoreProjectButton"));
  connect(m_restoreFileButton, &QPushButton::clicked, this, &GitPanel::restoreFile);
  connect(m_restoreProjectButton, &QPushButton::clicked, this, &GitPanel::restoreProject);
  restoreRow->addWidget(m_restoreFileButton);
  restoreRow->addWidget(m_restoreProjectButton);
  restoreRow->addStretch();
  historyLayout->addLayout(restoreRow);

  auto *splitter = new QSplitter(Qt::Vertical);
  splitter->addWidget(filesBox);
  splitter->addWidget(diffBox);
  splitter->addWidget(saveBox);
  splitter->addWidget(historyBox);
  splitter->setStretchFactor(1, 2);
  splitter->setStretchFactor(3, 1);
  return splitter;
}

void GitPanel::setProjectFolder(const QString &dir) {
  const Result r = m_repo->open(dir);
  if (!r)
    emit statusMessage(r.message);  // no dialog: the app calls this, not the student
  m_trackingHint->setText(r ? tr("This project does not keep snapshots yet.\n\nStart tracking changes to "
                                 "save snapshots of your work and go back to any of them later.")
                            : r.message);
  refresh();
}

QString GitPanel::projectFolder() const { return m_repo->folder(); }

QVector<LineChange> GitPanel::lineChangesFor(const QString &path, const QString &currentText) const {
  return m_repo->lineChanges(path, currentText);
}

void GitPanel::refresh() {
  if (!m_repo->isRepository()) {
    m_pages->setCurrentIndex(0);
    m_startButton->setEnabled(!m_repo->folder().isEmpty());
    updateLineChanges({});
    return;
  }
  m_pages->setCurrentIndex(1);
  QVector<FileStatus> files;
  const Result r = m_repo->status(&files);
  if (!r)
    emit statusMessage(r.message);
  fillFiles(files);
  fillHistory();
  updateAuthor();
  updateLineChanges(files);
  updateButtons();
}

void GitPanel::fillFiles(const QVector<FileStatus> &files) {
  const QString keep = selectedFile();
  m_filling = true;
  m_files->clear();
  for (const FileStatus &f : files) {
    const ChangeLook look = lookOf(f.change());
    auto *item = new QTreeWidgetItem(m_files, {f.path, look.word});
    item->setData(0, kPathRole, f.path);
    item->setIcon(0, badge(look));
    item->setForeground(1, look.colour);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, f.isStaged() ? Qt::Checked : Qt::Unchecked);
    if (f.isStaged() && f.hasUnstagedChanges())
      item->setToolTip(0, tr("Marked for the snapshot, then changed again: check it again to include "
                             "the newest changes."));
    if (f.path == keep)
      item->setSelected(true);
  }
  m_filling = false;
  if (files.isEmpty()) {
    m_diffTitle->setText(tr("No changes since the last snapshot."));
    m_diff->setPatch({});
  } else {
    showSelectedDiff();
  }
}

void GitPanel::fillHistory() {
  const QString keep = selectedSnapshot();
  m_filling = true;
  m_history->clear();
  QVector<Snapshot> snapshots;
  if (const Result r = m_repo->history(&snapshots); !r)
    emit statusMessage(r.message);
  for (const Snapshot &s : snapshots) {
    auto *item = new QTreeWidgetItem(
        m_history, {s.summary, s.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    s.author.section(QLatin1String(" <"), 0, 0), s.shortId});
    item->setData(0, kIdRole, s.id);
    item->setToolTip(0, s.message);
    item->setToolTip(2, s.author);
    if (s.id == keep)
      item->setSelected(true);
  }
  m_filling = false;
}

void GitPanel::updateLineChanges(const QVector<FileStatus> &files) {
  QSet<QString> marked;
  for (const FileStatus &f : files) {
    if (f.change() == FileStatus::Deleted)
      continue;
    const QString abs = m_repo->absolutePath(f.path);
    const QFileInfo info(abs);
    if (!info.isFile() || info.size() > 4 * 1024 * 1024)
      continue;
    const QVector<LineChange> changes = m_repo->lineChanges(f.path);
    if (changes.isEmpty())
      continue;
    marked.insert(abs);
    emit lineChangesChanged(abs, changes);
  }
  for (const QString &abs : std::as_const(m_markedFiles))
    if (!marked.contains(abs))
      emit lineChangesChanged(abs, {});
  m_markedFiles = marked;
}

void GitPanel::updateAuthor() {
  const QString who = m_repo->author().toHtmlEscaped();
  if (m_repo->hasConfiguredAuthor()) {
    m_author->setText(tr("Signed as %1").arg(who));
    m_author->setToolTip({});
  } else {
    m_author->setText(tr("Signed as <i>%1</i> (no name is set)").arg(who));
    m_author->setToolTip(tr("No name is set in your Git settings (user.name and user.email), so Marmot "
                            "signs snapshots with this default. \"Set your name\" changes it."));
  }
}

void GitPanel::updateButtons() {
  const bool repo = m_repo->isRepository();
  const bool snapshot = !selectedSnapshot().isEmpty();
  m_saveButton->setEnabled(repo && !m_message->toPlainText().trimmed().isEmpty());
  m_restoreFileButton->setEnabled(repo && snapshot);
  m_restoreProjectButton->setEnabled(repo && snapshot);
}

void GitPanel::showSelectedDiff() {
  if (m_filling)
    return;
  const QString path = selectedFile();
  if (path.isEmpty()) {
    m_diffTitle->setText(tr("Select a file to see what changed."));
    m_diff->setPatch({});
    return;
  }
  QString patch;
  const Result r = m_repo->diff(path, DiffBase::Head, &patch);
  m_diffTitle->setText(tr("Changes in <b>%1</b> since the last snapshot:").arg(path.toHtmlEscaped()));
  m_diff->setPatch(r ? patch : QString(), r ? tr("No differences.") : r.message);
}

void GitPanel::showSelectedSnapshot() {
  const QString id = selectedSnapshot();
  if (m_filling || id.isEmpty())
    return;
  QString patch;
  const Result r = m_repo->snapshotDiff(id, &patch);
  m_diffTitle->setText(tr("What snapshot %1 changed:").arg(snapshotLabel(id).toHtmlEscaped()));
  m_diff->setPatch(r ? patch : QString(), r ? tr("Nothing changed in this snapshot.") : r.message);
}

void GitPanel::onFileChecked(QTreeWidgetItem *item, int column) {
  if (m_filling || column != 0)
    return;
  const QString path = item->data(0, kPathRole).toString();
  const Result r = item->checkState(0) == Qt::Checked ? m_repo->stage({path}) : m_repo->unstage({path});
  report(r);
  // Not now: this runs inside the item's own signal, and refresh() rebuilds the list.
  QMetaObject::invokeMethod(this, &GitPanel::refresh, Qt::QueuedConnection);
}

void GitPanel::onFileActivated(QTreeWidgetItem *item) {
  const QString abs = m_repo->absolutePath(item->data(0, kPathRole).toString());
  if (QFileInfo(abs).isFile())
    emit openFileRequested(abs);
  else
    emit statusMessage(tr("%1 was deleted; restore it from a snapshot to open it.")
                           .arg(item->data(0, kPathRole).toString()));
}

QString GitPanel::selectedFile() const {
  const auto items = m_files->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data(0, kPathRole).toString();
}

QString GitPanel::selectedSnapshot() const {
  const auto items = m_history->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data(0, kIdRole).toString();
}

QString GitPanel::snapshotLabel(const QString &id) const {
  const auto items = m_history->selectedItems();
  if (!items.isEmpty() && items.first()->data(0, kIdRole).toString() == id)
    return QStringLiteral("\"%1\" (%2)").arg(items.first()->text(0), items.first()->text(1));
  return id.left(7);
}

void GitPanel::startTracking() {
  const Result r = m_repo->init();
  report(r);
  if (r)
    emit statusMessage(tr("Marmot now keeps snapshots of this project. A first snapshot was saved."));
  refresh();
}

void GitPanel::saveSnapshot() {
  const QString message = m_message->toPlainText().trimmed();
  if (!m_repo->hasStagedChanges()) {
    if (const Result r = m_repo->stageAll(); !r)
      return report(r);
  }
  QString id;
  const Result r = m_repo->commit(message, &id);
  report(r);
  if (r) {
    m_message->clear();
    emit statusMessage(tr("Snapshot saved: %1 (%2)").arg(message.section(QLatin1Char('\n'), 0, 0), id.left(7)));
  }
  refresh();
}

void GitPanel::restoreFile() {
  const QString id = selectedSnapshot();
  if (id.isEmpty())
    return report(Result::failure(tr("Pick a snapshot in the list first.")));
  QString path = selectedFile();
  if (path.isEmpty()) {
    QStringList files;
    if (const Result r = m_repo->snapshotFiles(id, &files); !r)
      return report(r);
    bool ok = false;
    path = QInputDialog::getItem(this, tr("Restore file"), tr("File to restore from %1:").arg(snapshotLabel(id)),
                                 files, 0, false, &ok);
    if (!ok || path.isEmpty())
      return;
  }
  if (!confirm(tr("Restore file"),
               tr("Give %1 its content from snapshot %2?\n\nThe changes made to this file since then are "
                  "lost, including unsaved edits in the editor. The list of snapshots stays as it is.")
                   .arg(path, snapshotLabel(id)),
               tr("Restore file")))
    return;
  QStringList restored;
  const Result r = m_repo->restoreFile(path, id, &restored);
  report(r);
  if (r) {
    emit statusMessage(tr("Restored %1 from snapshot %2.").arg(path, id.left(7)));
    emit filesRestored(restored);
  }
  refresh();
}

void GitPanel::restoreProject() {
  const QString id = selectedSnapshot();
  if (id.isEmpty())
    return report(Result::failure(tr("Pick a snapshot in the list first.")));
  if (!confirm(tr("Restore project"),
               tr("Give every file of the project its content from snapshot %1?\n\nChanges made since then "
                  "are lost, including unsaved edits in the editor. Files created after that snapshot are "
                  "kept. The list of snapshots stays as it is: save a snapshot afterwards to record the "
                  "return.")
                   .arg(snapshotLabel(id)),
               tr("Restore project")))
    return;
  QStringList restored;
  const Result r = m_repo->restoreProject(id, &restored);
  report(r);
  if (r) {
    emit statusMessage(tr("Project restored to snapshot %1.").arg(id.left(7)));
    emit filesRestored(restored);
  }
  refresh();
}

void GitPanel::editAuthor() {
  QString name, email;
  if (m_repo->hasConfiguredAuthor()) {
    const QString a = m_repo->author();
    name = a.section(QLatin1String(" <"), 0, 0);
    email = a.section(QLatin1String(" <"), 1).chopped(1);
  }
  AuthorDialog dialog(name, email, this);
  if (dialog.exec() != QDialog::Accepted)
    return;
  const Result r = m_repo->setAuthor(dialog.name(), dialog.email());
  report(r);
  if (r)
    emit statusMessage(tr("Snapshots of this project are now signed %1.").arg(m_repo->author()));
  updateAuthor();
}

bool GitPanel::confirm(const QString &title, const QString &text, const QString &acceptLabel) {
  QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
  box.setObjectName(QStringLiteral("restoreConfirmation"));
  QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
  QPushButton *cancel = box.addButton(QMessageBox::Cancel);
  box.setDefaultButton(cancel);
  box.exec();
  return box.clickedButton() == accept;
}

void GitPanel::report(const Result &result) {
  if (result)
    return;
  emit statusMessage(result.message);
  QMessageBox::warning(this, tr("Snapshots"), result.message);
}

}  // namespace marmot::vcs
