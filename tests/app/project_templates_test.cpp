// File > New Project and File > Examples as a student meets them: the dialog only accepts
// a usable name, a new project is a Go module whose main.go builds and runs on an emulated
// board, and an example opens as a fresh copy, never the installed original.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "new_project_dialog.h"
#include "project_templates.h"
#include "test_home.h"

using marmot::app::ExampleInfo;
using marmot::app::NewProjectDialog;
using marmot::app::ProjectTemplates;

namespace {

QByteArray readAll(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class ProjectTemplatesTest : public QObject {
  Q_OBJECT
 private slots:
  void dialogAcceptsOnlyUsableNames() {
    NewProjectDialog dialog({"cortex-m-qemu", "microbit"}, "microbit");
    QTemporaryDir parent;
    dialog.setParentFolder(parent.path());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    dialog.setProjectName("");
    QVERIFY(!ok->isEnabled());
    dialog.setProjectName("my blinky/../x");
    QVERIFY(!ok->isEnabled());
    dialog.setProjectName("traffic-light");
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.board(), QString("microbit"));
    QCOMPARE(dialog.parentFolder(), parent.path());
  }

  void newProjectBuildsAndRunsOnTheEmulatedBoard() {
    QTemporaryDir parent;
    QString dir, error;
    QVERIFY2(ProjectTemplates::createProject(parent.path(), "traffic-light", &dir, &error), qPrintable(error));
    QVERIFY(QFile::exists(dir + "/go.mod"));
    QVERIFY(readAll(dir + "/go.mod").startsWith("module traffic-light"));
    QVERIFY(QFile::exists(dir + "/main.go"));
    // The same folder again is refused, and nothing in it is touched.
    QByteArray before = readAll(dir + "/main.go");
    QString again;
    QVERIFY(!ProjectTemplates::createProject(parent.path(), "traffic-light", &again, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(dir + "/main.go"), before);

    QProcess marmot;
    marmot.setProcessChannelMode(QProcess::SeparateChannels);
    marmot.start(MARMOT_BUILD_DIR "/bin/marmot", {"run", "-target=cortex-m-qemu", "-timeout=5", dir});
    QVERIFY(marmot.waitForFinished(120000));
    QString out = QString::fromUtf8(marmot.readAllStandardOutput());
    QVERIFY2(out.contains("Hello from traffic-light!"), qPrintable(out + marmot.readAllStandardError()));
    QCOMPARE(marmot.exitCode(), 124);  // it runs until -timeout, like a firmware does
  }

  void examplesOpenAsCopies() {
    QList<ExampleInfo> examples = ProjectTemplates::examples(MARMOT_BUILD_DIR "/share/marmot/examples");
    QStringList names;
    for (const ExampleInfo &e : examples) names << e.name;
    for (const char *want : {"blinky", "button", "goroutines", "latency", "strings"})
      QVERIFY2(names.contains(want), qPrintable(names.join(", ")));
    const ExampleInfo &blinky = examples.at(names.indexOf("blinky"));
    QVERIFY(!blinky.title.isEmpty());

    QTemporaryDir parent;
    QString first, second, error;
    QVERIFY2(ProjectTemplates::copyExample(blinky, parent.path(), &first, &error), qPrintable(error));
    QVERIFY2(ProjectTemplates::copyExample(blinky, parent.path(), &second, &error), qPrintable(error));
    QVERIFY(first != second);
    for (const QString &copy : {first, second}) {
      QVERIFY(copy.startsWith(parent.path()));
      QCOMPARE(readAll(copy + "/main.go"), readAll(blinky.path + "/main.go"));
    }
    // Editing a copy leaves the original as installed.
    QByteArray original = readAll(blinky.path + "/main.go");
    QFile edited(first + "/main.go");
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("// my change\n");
    edited.close();
    QCOMPARE(readAll(blinky.path + "/main.go"), original);
  }
};

int main(int argc, char **argv) { return marmot::testing::runGuiTest<ProjectTemplatesTest>("project-templates", argc, argv); }

#include "project_templates_test.moc"
