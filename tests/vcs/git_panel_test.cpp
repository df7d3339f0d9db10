// GUI test of GitPanel on the offscreen platform: start tracking, see a change and its diff,
// save a snapshot through the UI, and restore a file and the project with the confirmation
// dialog answered automatically.
#include "repo_fixture.h"

#include "vcs/diff_view.h"
#include "vcs/git_panel.h"
#include "vcs/git_repository.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace marmot::vcs;
using namespace marmot::vcs::test;

namespace {

// Answers the next modal message box (accepting or cancelling it) while a click runs.
class DialogAnswerer : public QObject {
 public:
  explicit DialogAnswerer(bool accept) : m_accept(accept) {
    connect(&m_timer, &QTimer::timeout, this, [this] {
      auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
      if (!box)
        return;
      m_text = box->text();
      for (QAbstractButton *b : box->buttons()) {
        const auto role = box->buttonRole(b);
        if ((m_accept && role == QMessageBox::AcceptRole) || (!m_accept && role == QMessageBox::RejectRole)) {
          m_timer.stop();
          b->click();
          return;
        }
      }
    });
    m_timer.start(20);
  }
  QString text() const { return m_text; }

 private:
  bool m_accept;
  QTimer m_timer;
  QString m_text;
};

}  // namespace

class GitPanelTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  QString path(const QString &rel) const { return m_dir.path() + QLatin1Char('/') + rel; }
  template <typename T>
  T *child(QWidget *panel, const char *name) {
    T *w = panel->findChild<T *>(QString::fromLatin1(name));
    if (!w)
      qFatal("no child %s", name);
    return w;
  }

 private slots:
  void initTestCase() { isolateGitConfig(); }

  void commitAndRestoreThroughTheUi() {
    const QByteArray original = "package main\n\nfunc main() {\n\tprintln(\"one\")\n}\n";
    writeFile(path("main.go"), original);
    GitPanel panel;
    panel.resize(500, 800);
    panel.show();
    QSignalSpy messages(&panel, &GitPanel::statusMessage);
    QSignalSpy lineChanges(&panel, &GitPanel::lineChangesChanged);
    QSignalSpy restoredSpy(&panel, &GitPanel::filesRestored);
    QSignalSpy openSpy(&panel, &GitPanel::openFileRequested);

    // Not a repository yet: only the start button shows.
    panel.setProjectFolder(m_dir.path());
    auto *start = child<QPushButton>(&panel, "startTrackingButton");
    QVERIFY(start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(panel.repository().isRepository());
    QVERIFY(!start->isVisible());
    auto *history = child<QTreeWidget>(&panel, "history");
    QCOMPARE(history->topLevelItemCount(), 1);
    QVERIFY(messages.last().at(0).toString().contains("first snapshot"));

    // A change shows in the list, with its diff and editor-margin marks.
    writeFile(path("main.go"), "package main\n\nfunc main() {\n\tprintln(\"two\")\n}\n");
    panel.refresh();
    auto *files = child<QTreeWidget>(&panel, "changedFiles");
    QCOMPARE(files->topLevelItemCount(), 1);
    QCOMPARE(files->topLevelItem(0)->text(0), QString("main.go"));
    QCOMPARE(files->topLevelItem(0)->text(1), QString("modified"));
    files->setCurrentItem(files->topLevelItem(0));
    auto *diff = child<DiffView>(&panel, "diffView");
    QVERIFY2(diff->toPlainText().contains("+\tprintln(\"two\")"), qPrintable(diff->toPlainText()));
    QVERIFY(!lineChanges.isEmpty());
    QCOMPARE(lineChanges.last().at(0).toString(), QDir::cleanPath(panel.repository().workTree() + "/main.go"));
    const auto marks = lineChanges.last().at(1).value<QVector<LineChange>>();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0], (LineChange{4, LineChange::Modified}));
    QCOMPARE(panel.lineChangesFor(path("main.go"), QString::fromUtf8(original)).size(), 0);
    emit files->itemActivated(files->topLevelItem(0), 0);
    QCOMPARE(openSpy.size(), 1);

    // Save a snapshot through the message box and button.
    auto *save = child<QPushButton>(&panel, "saveSnapshotButton");
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(&panel, "snapshotMessage"), "Say two");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(0), QString("Say two"));
    QCOMPARE(files->topLevelItemCount(), 0);
    QVERIFY(messages.last().at(0).toString().startsWith("Snapshot saved: Say two"));
    QCOMPARE(lineChanges.last().at(1).value<QVector<LineChange>>().size(), 0);  // marks cleared
    history->setCurrentItem(history->topLevelItem(0));  // the diff view shows what it changed
    QVERIFY2(diff->toPlainText().contains("+\tprintln(\"two\")"), qPrintable(diff->toPlainText()));
    QVERIFY(child<QLabel>(&panel, "diffTitle")->text().contains("Say two"));

    // Restore main.go to the first snapshot: cancelled first, then accepted.
    writeFile(path("main.go"), "package main // work in progress\n");
    panel.refresh();
    files->setCurrentItem(files->topLevelItem(0));
    history->setCurrentItem(history->topLevelItem(1));
    auto *restoreFile = child<QPushButton>(&panel, "restoreFileButton");
    QVERIFY(restoreFile->isEnabled());
    {
      DialogAnswerer no(false);
      QTest::mouseClick(restoreFile, Qt::LeftButton);
      QVERIFY(no.text().contains("main.go"));
    }
    QCOMPARE(readFile(path("main.go")), QByteArray("package main // work in progress\n"));
    QCOMPARE(restoredSpy.size(), 0);
    {
      DialogAnswerer yes(true);
      QTest::mouseClick(restoreFile, Qt::LeftButton);
    }
    QCOMPARE(readFile(path("main.go")), original);
    QCOMPARE(restoredSpy.size(), 1);
    QCOMPARE(restoredSpy.last().at(0).toStringList(),
             QStringList{QDir::cleanPath(panel.repository().workTree() + "/main.go")});
    QCOMPARE(history->topLevelItemCount(), 2);  // history unchanged

    // Restore the whole project to the newest snapshot.
    writeFile(path("extra.go"), "package main\n");
    panel.refresh();
    history->setCurrentItem(history->topLevelItem(0));
    {
      DialogAnswerer yes(true);
      QTest::mouseClick(child<QPushButton>(&panel, "restoreProjectButton"), Qt::LeftButton);
      QVERIFY(yes.text().contains("Files created after that snapshot are kept"));
    }
    QCOMPARE(readFile(path("main.go")), QByteArray("package main\n\nfunc main() {\n\tprintln(\"two\")\n}\n"));
    QCOMPARE(readFile(path("extra.go")), QByteArray("package main\n"));
    QCOMPARE(restoredSpy.size(), 2);
    QCOMPARE(files->topLevelItemCount(), 1);  // only extra.go differs now
  }

  void settingTheAuthorName() {
    QTemporaryDir dir;
    writeFile(dir.path() + "/a.go", "package main\n");
    GitPanel panel;
    panel.setProjectFolder(dir.path());
    panel.startTracking();
    QTimer filler;
    connect(&filler, &QTimer::timeout, this, [&] {
      QWidget *dialog = QApplication::activeModalWidget();
      if (!dialog || !dialog->findChild<QLineEdit *>("authorName"))
        return;
      filler.stop();
      dialog->findChild<QLineEdit *>("authorName")->setText("Ada");
      dialog->findChild<QLineEdit *>("authorEmail")->setText("ada@example.org");
      QMetaObject::invokeMethod(dialog, "accept");
    });
    filler.start(20);
    QTest::mouseClick(child<QToolButton>(&panel, "setAuthorButton"), Qt::LeftButton);
    QCOMPARE(panel.repository().author(), QString("Ada <ada@example.org>"));
  }

  void checkingAFileStagesIt() {
    QTemporaryDir dir;
    writeFile(dir.path() + "/a.go", "package main\n");
    GitPanel panel;
    panel.setProjectFolder(dir.path());
    panel.startTracking();
    writeFile(dir.path() + "/a.go", "package main // a\n");
    writeFile(dir.path() + "/b.go", "package main // b\n");
    panel.refresh();
    auto *files = child<QTreeWidget>(&panel, "changedFiles");
    QCOMPARE(files->topLevelItemCount(), 2);
    files->topLevelItem(1)->setCheckState(0, Qt::Checked);  // b.go only
    QTRY_VERIFY(files->topLevelItemCount() == 2 && files->topLevelItem(1)->checkState(0) == Qt::Checked);
    QVERIFY(panel.repository().hasStagedChanges());
    QTest::keyClicks(child<QPlainTextEdit>(&panel, "snapshotMessage"), "Only b");
    QTest::mouseClick(child<QPushButton>(&panel, "saveSnapshotButton"), Qt::LeftButton);
    QCOMPARE(files->topLevelItemCount(), 1);
    QCOMPARE(files->topLevelItem(0)->text(0), QString("a.go"));
  }
};

QTEST_MAIN(GitPanelTest)
#include "git_panel_test.moc"
