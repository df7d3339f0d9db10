// A repository whose config, .gitattributes and hooks name programs (filter drivers, diff
// text converters, fsmonitor, hooks): every GitRepository operation runs, and none of those
// programs is ever executed (each would leave a marker file).
#include "repo_fixture.h"

#include "vcs/git_repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace marmot::vcs;
using namespace marmot::vcs::test;

class GitSafetyTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  QTemporaryDir m_markers;

  QString path(const QString &rel) const { return m_dir.path() + QLatin1Char('/') + rel; }
  QByteArray command(const QString &name) const {
    return QFile::encodeName("touch " + m_markers.path() + "/" + name);
  }
  void writeScript(const QString &file, const QByteArray &body) {
    writeFile(file, "#!/bin/sh\n" + body + "\n");
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
  }
  QStringList markers() const { return QDir(m_markers.path()).entryList(QDir::Files); }

 private slots:
  void initTestCase() { isolateGitConfig(); }

  void noProgramFromTheRepositoryRuns() {
    writeFile(path("main.go"), "package main\n");
    GitRepository repo;
    QVERIFY(repo.open(m_dir.path()));
    QVERIFY(repo.init());

    // Hooks of every kind that a commit, checkout or index update could trigger, both in
    // .git/hooks and in a folder named by core.hooksPath.
    const QStringList hooks = {"pre-commit", "prepare-commit-msg", "commit-msg", "post-commit",
                               "post-checkout", "post-index-change", "reference-transaction",
                               "pre-auto-gc", "post-rewrite"};
    for (const QString &hook : hooks) {
      writeScript(path(".git/hooks/" + hook), command("hook-" + hook));
      writeScript(path("myhooks/" + hook), command("hookspath-" + hook));
    }
    // Filter drivers (clean, smudge, long-running process), a diff text converter, an
    // external diff, fsmonitor and an ssh command, named by the repository's own config.
    QFile config(path(".git/config"));
    QVERIFY(config.open(QIODevice::Append));
    config.write("[core]\n\thooksPath = myhooks\n\tfsmonitor = " + command("fsmonitor") +
                 "\n\tsshCommand = " + command("ssh") +
                 "\n[filter \"evil\"]\n\tclean = " + command("clean") + "\n\tsmudge = " + command("smudge") +
                 "\n\tprocess = " + command("process") + "\n\trequired = true\n[diff \"evil\"]\n\ttextconv = " +
                 command("textconv") + "\n\tcommand = " + command("diffcommand") + "\n[diff]\n\texternal = " +
                 command("external") + "\n");
    config.close();
    writeFile(path(".gitattributes"), "* filter=evil diff=evil\n*.go text eol=lf ident\n");
    QVERIFY(markers().isEmpty());

    // Every operation: status, diff, line changes, staging, snapshots, history, restores.
    writeFile(path("main.go"), "package main\n\nfunc main() {}\n");
    QVector<FileStatus> files;
    QVERIFY(repo.status(&files));
    QVERIFY(!files.isEmpty());
    QString patch;
    QVERIFY(repo.diff("main.go", DiffBase::Head, &patch));
    QVERIFY(repo.diff("main.go", DiffBase::Index, &patch));
    QVERIFY(patch.contains("func main"));
    repo.lineChanges(path("main.go"));
    QVERIFY(repo.stage({"main.go", ".gitattributes"}));
    QVERIFY(repo.unstage({"main.go"}));
    QVERIFY(repo.stageAll());
    QString second;
    Result r = repo.commit("With attributes", &second);
    QVERIFY2(r, qPrintable(r.message));
    QVector<Snapshot> history;
    QVERIFY(repo.history(&history));
    QCOMPARE(history.size(), 2);
    writeFile(path("main.go"), "package main // changed\n");
    QStringList restored;
    r = repo.restoreFile("main.go", history[1].id, &restored);
    QVERIFY2(r, qPrintable(r.message));
    r = repo.restoreProject(second, &restored);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(readFile(path("main.go")), QByteArray("package main\n\nfunc main() {}\n"));
    r = repo.restoreProject(history[1].id, &restored);
    QVERIFY2(r, qPrintable(r.message));

    GitRepository again;  // opening anew reads the config once more
    QVERIFY(again.open(m_dir.path()));
    QVERIFY(again.status(&files));

    QVERIFY2(markers().isEmpty(), qPrintable("programs ran: " + markers().join(", ")));
  }

  void aWorkTreeOutsideTheProjectIsRefused() {
    QTemporaryDir project, elsewhere;
    writeFile(project.path() + "/main.go", "package main\n");
    GitRepository repo;
    QVERIFY(repo.open(project.path()));
    QVERIFY(repo.init());
    QFile config(project.path() + "/.git/config");
    QVERIFY(config.open(QIODevice::Append));
    config.write("[core]\n\tworktree = " + QFile::encodeName(elsewhere.path()) + "\n");
    config.close();
    GitRepository again;
    const Result r = again.open(project.path());
    QVERIFY(!r);
    QVERIFY2(r.message.contains("outside the project folder"), qPrintable(r.message));
    QVERIFY(!again.isRepository());
    QStringList restored;
    QVERIFY(!again.restoreProject("HEAD", &restored));
    QVERIFY(QDir(elsewhere.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
  }

  void theHooksWouldLeaveMarkersIfRun() {
    // Checks the test itself: run by hand (as git would), a hook does leave its marker.
    QCOMPARE(QProcess::execute(path(".git/hooks/post-commit"), {}), 0);
    QCOMPARE(markers(), QStringList{"hook-post-commit"});
  }
};

QTEST_GUILESS_MAIN(GitSafetyTest)
#include "git_safety_test.moc"
