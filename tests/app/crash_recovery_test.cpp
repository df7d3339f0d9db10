// Unsaved edits survive a crash: another process edits main.go without saving and is
// killed with SIGKILL; the next IDE offers the edited text back, and Restore brings it.
#include <QApplication>
#include <QProcess>
#include <QPushButton>
#include <QtTest>
#include <csignal>

#include "code_editor.h"
#include "editor_area.h"
#include "main_window.h"
#include "project_templates.h"
#include "test_home.h"

using namespace marmot;

class CrashRecoveryTest : public QObject {
  Q_OBJECT
 private slots:
  void unsavedEditSurvivesSigkill() {
    QString project, error;
    QVERIFY2(app::ProjectTemplates::createProject(app::ProjectTemplates::defaultProjectsDir(), "crashy", &project, &error), qPrintable(error));
    const QString marker = "unsaved work 4242";

    QProcess victim;
    victim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    victim.start(QCoreApplication::applicationDirPath() + "/crash_victim", {project, marker});
    QVERIFY2(victim.waitForStarted(10000), qPrintable(victim.errorString()));
    QByteArray said;
    for (int i = 0; i < 300 && !said.contains("READY") && victim.state() == QProcess::Running; ++i) {
      victim.waitForReadyRead(100);
      said += victim.readAllStandardOutput();
    }
    QVERIFY2(said.contains("READY"), said.constData());
    QCOMPARE(victim.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(victim.processId()), SIGKILL);
    QVERIFY(victim.waitForFinished(5000));
    QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

    QFile onDisk(project + "/main.go");
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QVERIFY(!onDisk.readAll().contains(marker.toUtf8()));  // it was never saved

    app::MainWindow window(app::ToolchainContext::fromApplication());
    window.show();
    QVERIFY(window.openProject(project));
    editor::EditorArea *area = window.editorArea();
    if (!area->openFilePaths().contains(project + "/main.go")) area->openFile(project + "/main.go");
    QVERIFY(area->isRecoveryOffered(project + "/main.go"));
    auto *restore = area->findChild<QPushButton *>("restoreRecoveryButton");
    QVERIFY(restore);
    restore->click();
    QVERIFY(area->editorFor(project + "/main.go")->text().contains(marker));
    QVERIFY(area->hasUnsavedChanges());  // restored, not yet saved
    area->setSaveQuestion([](const QString &) { return editor::EditorArea::SaveChoice::Discard; });
  }
};

int main(int argc, char **argv) { return marmot::testing::runGuiTest<CrashRecoveryTest>("crash_recovery", argc, argv); }

#include "crash_recovery_test.moc"
