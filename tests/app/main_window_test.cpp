// The IDE as a user meets it, on the offscreen platform with a real toolchain, QEMU and
// libgit2: open a project, edit and save, see a compiler problem come and go, run on the
// emulated board (serial text, LED changes, a screenshot), save and restore a snapshot,
// and find the session again after a restart.
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <unistd.h>

#include "code_editor.h"
#include "editor_area.h"
#include "main_window.h"
#include "problems_panel.h"
#include "project_templates.h"
#include "serial_monitor_widget.h"
#include "session_store.h"
#include "test_home.h"
#include "vcs/git_panel.h"
#include "virtual_board.h"

using namespace marmot;

namespace {

QString readFile(const QString &path) {
  QFile f(path);
  f.open(QIODevice::ReadOnly);
  return QString::fromUtf8(f.readAll());
}

// Accepts the next modal message box (the restore confirmation) as soon as it shows.
void acceptNextMessageBox() {
  QTimer::singleShot(100, [] {
    for (QWidget *w : QApplication::topLevelWidgets())
      if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
        for (QAbstractButton *b : box->buttons())
          if (box->buttonRole(b) == QMessageBox::AcceptRole) return b->click();
      }
    acceptNextMessageBox();  // not shown yet
  });
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT
 private:
  std::unique_ptr<app::MainWindow> m_window;
  QString m_project;

  editor::CodeEditor *editorOf(const QString &file) { return m_window->editorArea()->editorFor(m_project + "/" + file); }

 private slots:
  // A failed check must not leave the emulator running into the next test.
  void cleanup() {
    if (m_window && m_window->runner()->isRunning()) {
      m_window->stop();
      QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 10000);
    }
  }

  void initTestCase() {
    m_window = std::make_unique<app::MainWindow>(app::ToolchainContext::fromApplication());
    m_window->editorArea()->setSaveQuestion([](const QString &) { return editor::EditorArea::SaveChoice::Discard; });
    m_window->show();
    QString error;
    QVERIFY2(app::ProjectTemplates::createProject(app::ProjectTemplates::defaultProjectsDir(), "hello", &m_project, &error), qPrintable(error));
  }

  void openProjectShowsMainGo() {
    QVERIFY(m_window->openProject(m_project));
    QCOMPARE(m_window->selectedBoard(), QString("cortex-m-qemu"));
    QCOMPARE(m_window->editorArea()->currentFilePath(), m_project + "/main.go");
    QVERIFY(m_window->windowTitle().startsWith("hello"));
  }

  void editAndSave() {
    editor::CodeEditor *ed = editorOf("main.go");
    QVERIFY(ed);
    ed->setText(ed->text() + "\n// edited in the test\n");
    QVERIFY(m_window->editorArea()->hasUnsavedChanges());
    QVERIFY(m_window->editorArea()->saveAll());
    QVERIFY(!m_window->editorArea()->hasUnsavedChanges());
    QVERIFY(readFile(m_project + "/main.go").contains("// edited in the test"));
  }

  void compilerProblemAppearsAndGoesAway() {
    editor::CodeEditor *ed = editorOf("main.go");
    QVERIFY(ed);
    const QString good = ed->text();
    ed->setText(QString(good).replace("println(\"Hello from hello!\")", "println(undefinedThing)"));
    m_window->build();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isBuilding() && m_window->problems()->topLevelItemCount() > 0, 60000);
    QTreeWidgetItem *first = m_window->problems()->topLevelItem(0);
    QVERIFY2(first->text(0).contains("undefined"), qPrintable(first->text(0)));
    QVERIFY2(first->text(1).startsWith("main.go:"), qPrintable(first->text(1)));
    ed->setText(good);
    m_window->build();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isBuilding() && m_window->runner()->lastBuild().ok, 60000);
    QCOMPARE(m_window->problems()->topLevelItemCount(), 0);
  }

  void runShowsSerialTextAndLed() {
    app::VirtualBoard *board = m_window->virtualBoard();
    const int changesBefore = board->changeCount();
    m_window->run();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->isRunning(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->serialMonitor()->viewText().contains("Hello from hello!"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(board->changeCount() >= changesBefore + 3, 20000);  // on, off, on
    // A screenshot of the running IDE, for people to look at.
    QDir().mkpath(MARMOT_BUILD_DIR "/screenshots");
    QVERIFY(m_window->grab().save(MARMOT_BUILD_DIR "/screenshots/main_window_running.png"));
    m_window->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 10000);
  }

  // examples/button through the window: clicking the virtual button lights the LED.
  void virtualButtonLightsLed() {
    QVERIFY(m_window->openExample("button"));
    const QString buttonProject = m_window->projectDir();
    QVERIFY(buttonProject.startsWith(app::ProjectTemplates::defaultProjectsDir()));  // a copy, not the original
    m_window->run();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->serialMonitor()->viewText().contains("press the button"), 60000);
    app::VirtualBoard *board = m_window->virtualBoard();
    const QPoint button = board->buttonCenter(0);
    QTest::mousePress(board, Qt::LeftButton, Qt::NoModifier, button);
    QTRY_VERIFY_WITH_TIMEOUT(board->pinLevel(40), 10000);  // LED = PF0 on cortex-m-qemu
    QTest::mouseRelease(board, Qt::LeftButton, Qt::NoModifier, button);
    QTRY_VERIFY_WITH_TIMEOUT(!board->pinLevel(40), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->serialMonitor()->viewText().contains("released"), 10000);  // the view batches
    m_window->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isRunning(), 10000);
    QVERIFY(m_window->openProject(m_project));
  }

  void gitSnapshotAndRestore() {
    vcs::GitPanel *git = m_window->gitPanel();
    git->startTracking();
    QTRY_VERIFY_WITH_TIMEOUT(git->findChild<QTreeWidget *>("history")->topLevelItemCount() == 1, 5000);
    editor::CodeEditor *ed = editorOf("main.go");
    QVERIFY(ed);
    const QString snapshot = ed->text();
    ed->setText(snapshot + "// a change to keep\n");
    QVERIFY(m_window->editorArea()->saveAll());
    git->refresh();
    QTest::keyClicks(git->findChild<QPlainTextEdit *>("snapshotMessage"), "Keep a change");
    git->saveSnapshot();
    auto *history = git->findChild<QTreeWidget *>("history");
    QTRY_COMPARE(history->topLevelItemCount(), 2);
    const QString kept = readFile(m_project + "/main.go");
    ed->setText(kept + "// a mistake\n");
    QVERIFY(m_window->editorArea()->saveAll());
    history->setCurrentItem(history->topLevelItem(0));  // newest: "Keep a change"
    acceptNextMessageBox();
    git->restoreProject();
    QCOMPARE(readFile(m_project + "/main.go"), kept);
    QTRY_COMPARE(editorOf("main.go")->text(), kept);  // the editor reloaded the file
  }

  void sessionComesBackAfterRestart() {
    QVERIFY(m_window->selectBoard("microbit"));
    m_window->findChild<QDockWidget *>("serialPlotterDock")->hide();
    QVERIFY(m_window->close());
    m_window.reset();

    app::SessionStore session;
    QCOMPARE(session.lastProject(), m_project);
    QVERIFY(session.recentProjects().contains(m_project));
    m_window = std::make_unique<app::MainWindow>(app::ToolchainContext::fromApplication());
    m_window->show();
    QVERIFY(m_window->openProject(session.lastProject()));
    QCOMPARE(m_window->selectedBoard(), QString("microbit"));
    QVERIFY(m_window->editorArea()->openFilePaths().contains(m_project + "/main.go"));
    QVERIFY(!m_window->findChild<QDockWidget *>("serialPlotterDock")->isVisible());
  }

  void cleanupTestCase() {
    if (m_window) m_window->editorArea()->setSaveQuestion([](const QString &) { return editor::EditorArea::SaveChoice::Discard; });
    m_window.reset();
  }
};

int main(int argc, char **argv) { return marmot::testing::runGuiTest<MainWindowTest>("main_window", argc, argv); }

#include "main_window_test.moc"
