// Unit tests of GitRepository on temporary folders: start tracking, status, snapshots,
// history, diffs, editor line changes and restoring a file or the whole project.
#include "repo_fixture.h"

#include "vcs/git_repository.h"
#include "vcs/line_changes.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace marmot::vcs;
using namespace marmot::vcs::test;

namespace {

const FileStatus *find(const QVector<FileStatus> &files, const QString &path) {
  for (const FileStatus &f : files)
    if (f.path == path)
      return &f;
  return nullptr;
}

}  // namespace

class GitRepositoryTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  QString path(const QString &rel) const { return m_dir.path() + QLatin1Char('/') + rel; }
  void tracked(GitRepository &repo) {
    writeFile(path("main.go"), "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n");
    writeFile(path("other.go"), "package main\n");
    writeFile(path("build/firmware.elf"), "ELF");
    QVERIFY(repo.open(m_dir.path()));
    QVERIFY(!repo.isRepository());
    const Result r = repo.init();
    QVERIFY2(r, qPrintable(r.message));
  }

 private slots:
  void initTestCase() { isolateGitConfig(); }
  void init() { QVERIFY(m_dir.isValid()); }
  void cleanup() {
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
  }

  void outsideARepositoryExplainsWhatToDo() {
    GitRepository repo;
    QVERIFY(repo.open(m_dir.path()));
    QVERIFY(!repo.isRepository());
    QVector<FileStatus> files;
    const Result r = repo.status(&files);
    QVERIFY(!r);
    QVERIFY2(r.message.contains("Start tracking changes"), qPrintable(r.message));
    QVERIFY(repo.lineChanges(path("main.go"), "x\n").isEmpty());
    const Result missing = repo.open(path("no/such/folder"));
    QVERIFY(!missing);
    QVERIFY(missing.message.contains("does not exist"));
  }

  void initWritesIgnoreAndFirstSnapshot() {
    GitRepository repo;
    tracked(repo);
    QVERIFY(repo.isRepository());
    QCOMPARE(QDir(repo.workTree()).canonicalPath(), QDir(m_dir.path()).canonicalPath());
    QVERIFY(readFile(path(".gitignore")).contains("build/"));
    QVERIFY(readFile(path(".gitignore")).contains("*.uf2"));
    QVector<Snapshot> history;
    QVERIFY(repo.history(&history));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].summary, QString("Start tracking changes"));
    QCOMPARE(history[0].author, QString("Marmot user <user@localhost>"));
    QCOMPARE(history[0].id.size(), 40);
    QVERIFY(!repo.hasConfiguredAuthor());
    QVector<FileStatus> files;
    QVERIFY(repo.status(&files));
    QVERIFY2(files.isEmpty(), "the build folder is ignored and everything else is saved");
    QStringList inSnapshot;
    QVERIFY(repo.snapshotFiles(history[0].id, &inSnapshot));
    inSnapshot.sort();
    QCOMPARE(inSnapshot, QStringList({".gitignore", "main.go", "other.go"}));
    QVERIFY(!repo.init());  // already tracking

    GitRepository sub;  // a sub-folder finds the same repository
    QDir().mkpath(path("pkg/led"));
    QVERIFY(sub.open(path("pkg/led")));
    QVERIFY(sub.isRepository());
    QCOMPARE(sub.relativePath(path("pkg/led/led.go")), QString("pkg/led/led.go"));
  }

  void statusReportsEachKindOfChange() {
    GitRepository repo;
    tracked(repo);
    writeFile(path("main.go"), "package main\n\nfunc main() {}\n");
    writeFile(path("new.go"), "package main\n// new\n");
    writeFile(path("untracked.go"), "package main\n");
    QVERIFY(QFile::remove(path("other.go")));
    QVERIFY(repo.stage({path("new.go")}));
    QVector<FileStatus> files;
    QVERIFY(repo.status(&files));
    QCOMPARE(files.size(), 4);
    QCOMPARE(find(files, "main.go")->unstaged, FileStatus::Modified);
    QVERIFY(!find(files, "main.go")->isStaged());
    QCOMPARE(find(files, "new.go")->staged, FileStatus::New);
    QCOMPARE(find(files, "new.go")->unstaged, FileStatus::Unchanged);
    QCOMPARE(find(files, "untracked.go")->unstaged, FileStatus::New);
    QCOMPARE(find(files, "other.go")->change(), FileStatus::Deleted);
    QVERIFY(repo.hasStagedChanges());

    QVERIFY(repo.stage({"other.go"}));  // staging a deleted file records the deletion
    QVERIFY(repo.status(&files));
    QCOMPARE(find(files, "other.go")->staged, FileStatus::Deleted);
    QVERIFY(repo.unstage({"new.go", "other.go"}));
    QVERIFY(repo.status(&files));
    QVERIFY(!find(files, "new.go")->isStaged());
    QCOMPARE(find(files, "other.go")->unstaged, FileStatus::Deleted);
    QVERIFY(!repo.hasStagedChanges());
  }

  void commitSavesStagedChangesAndHistoryListsThem() {
    GitRepository repo;
    tracked(repo);
    QVERIFY(!repo.commit("nothing changed"));
    writeFile(path("main.go"), "package main\n");
    writeFile(path("extra.go"), "package main\n");
    QVERIFY(repo.stage({"main.go"}));
    Result empty = repo.commit("   ");
    QVERIFY(!empty);
    QVERIFY(empty.message.contains("Write a few words"));
    QString id;
    QVERIFY(repo.commit("Shorter main\n\nDetails here.", &id));
    QCOMPARE(id.size(), 40);
    QVector<FileStatus> files;
    QVERIFY(repo.status(&files));
    QCOMPARE(files.size(), 1);  // extra.go was not staged
    QCOMPARE(files[0].path, QString("extra.go"));
    QVERIFY(repo.stageAll());
    QVERIFY(repo.commit("Add extra"));
    QVector<Snapshot> history;
    QVERIFY(repo.history(&history));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].summary, QString("Add extra"));
    QCOMPARE(history[1].id, id);
    QCOMPARE(history[1].summary, QString("Shorter main"));
    QCOMPARE(history[1].message, QString("Shorter main\n\nDetails here."));
    QCOMPARE(history[1].shortId, id.left(7));
    QVERIFY(history[1].time.secsTo(QDateTime::currentDateTime()) < 60);
    Result nothing = repo.commit("again");
    QVERIFY(!nothing);
    QVERIFY(nothing.message.contains("Nothing to save"));
    QVERIFY(repo.history(&history, 2));
    QCOMPARE(history.size(), 2);
  }

  void authorComesFromTheConfig() {
    GitRepository repo;
    tracked(repo);
    QFile config(path(".git/config"));
    QVERIFY(config.open(QIODevice::Append));
    config.write("[user]\n\tname = Ada Lovelace\n\temail = ada@example.org\n");
    config.close();
    GitRepository again;
    QVERIFY(again.open(m_dir.path()));
    QVERIFY(again.hasConfiguredAuthor());
    QCOMPARE(again.author(), QString("Ada Lovelace <ada@example.org>"));
    writeFile(path("main.go"), "package main\n");
    QVERIFY(again.stageAll());
    QVERIFY(again.commit("By Ada"));
    QVector<Snapshot> history;
    QVERIFY(again.history(&history));
    QCOMPARE(history[0].author, QString("Ada Lovelace <ada@example.org>"));
  }

  void setAuthorWritesTheProjectConfig() {
    GitRepository repo;
    tracked(repo);
    Result r = repo.setAuthor("", "a@b");
    QVERIFY(!r);
    QVERIFY(r.message.contains("Write your name"));
    r = repo.setAuthor("Grace", "not an address");
    QVERIFY(!r);
    QVERIFY(r.message.contains("e-mail address"));
    QVERIFY(!repo.setAuthor("Gr<ace>", "g@h"));
    r = repo.setAuthor(" Grace Hopper ", "grace@example.org");
    QVERIFY2(r, qPrintable(r.message));
    QVERIFY(repo.hasConfiguredAuthor());
    QCOMPARE(repo.author(), QString("Grace Hopper <grace@example.org>"));
    QVERIFY(readFile(path(".git/config")).contains("Grace Hopper"));
    QVERIFY(!QFile::exists(QDir::homePath() + "/.gitconfig"));  // the global config is left alone
  }

  void diffAgainstHeadAndIndex() {
    GitRepository repo;
    tracked(repo);
    writeFile(path("main.go"), "package main\n\nfunc main() {\n\tprintln(\"hello\")\n}\n");
    QString patch;
    QVERIFY(repo.diff("main.go", DiffBase::Head, &patch));
    QVERIFY2(patch.contains("-\tprintln(\"hi\")"), qPrintable(patch));
    QVERIFY(patch.contains("+\tprintln(\"hello\")"));
    QVERIFY(patch.contains("@@ "));
    QVERIFY(!patch.contains("other.go"));
    QVERIFY(repo.stage({"main.go"}));
    QVERIFY(repo.diff("main.go", DiffBase::Index, &patch));
    QVERIFY2(patch.isEmpty(), qPrintable(patch));
    QVERIFY(repo.diff(path("main.go"), DiffBase::Head, &patch));
    QVERIFY(patch.contains("+\tprintln(\"hello\")"));
    writeFile(path("fresh.go"), "package main\n// fresh\n");
    QVERIFY(repo.diff("fresh.go", DiffBase::Head, &patch));
    QVERIFY2(patch.contains("+// fresh"), qPrintable(patch));
  }

  void snapshotDiffShowsWhatASnapshotChanged() {
    GitRepository repo;
    tracked(repo);
    writeFile(path("main.go"), "package main // v2\n");
    QVERIFY(repo.stageAll());
    QString id;
    QVERIFY(repo.commit("v2", &id));
    QString patch;
    QVERIFY(repo.snapshotDiff(id, &patch));
    QVERIFY2(patch.contains("+package main // v2"), qPrintable(patch));
    QVERIFY(!patch.contains("other.go"));
    QVector<Snapshot> history;
    QVERIFY(repo.history(&history));
    QVERIFY(repo.snapshotDiff(history.last().id, &patch));  // the first: everything is new
    QVERIFY(patch.contains("+++ b/other.go"));
    const Result bad = repo.snapshotDiff("0123456", &patch);
    QVERIFY(!bad);
    QVERIFY2(bad.message.contains("does not exist"), qPrintable(bad.message));
  }

  void projectInsideALargerRepository() {
    writeFile(path("top.go"), "package top\n");
    writeFile(path("proj/main.go"), "package main // 1\n");
    writeFile(path("proj2/x.go"), "package x // 1\n");
    GitRepository root;
    QVERIFY(root.open(m_dir.path()));
    QVERIFY(root.init());
    QVector<Snapshot> history;
    QVERIFY(root.history(&history));
    const QString first = history[0].id;
    writeFile(path("top.go"), "package top // 2\n");
    writeFile(path("proj/main.go"), "package main // 2\n");
    writeFile(path("proj2/x.go"), "package x // 2\n");

    GitRepository project;  // the project is proj/, inside the repository
    QVERIFY(project.open(path("proj")));
    QCOMPARE(project.projectPrefix(), QString("proj"));
    QVector<FileStatus> files;
    QVERIFY(project.status(&files));
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].path, QString("proj/main.go"));
    QVERIFY(project.stageAll());
    QVERIFY(project.commit("Only the project"));
    QVERIFY(root.status(&files));
    QCOMPARE(files.size(), 2);  // top.go and proj2/x.go were left alone
    writeFile(path("proj/main.go"), "package main // 3\n");
    QStringList restored;
    QVERIFY(project.restoreProject(first, &restored));
    QCOMPARE(restored.size(), 1);
    QCOMPARE(readFile(path("proj/main.go")), QByteArray("package main // 1\n"));
    QCOMPARE(readFile(path("proj2/x.go")), QByteArray("package x // 2\n"));
    QCOMPARE(readFile(path("top.go")), QByteArray("package top // 2\n"));
    QCOMPARE(root.projectPrefix(), QString());
  }

  void computeLineChanges_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << "";
    QTest::newRow("modified") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << "2M";
    QTest::newRow("appended") << QByteArray("a\n") << QByteArray("a\nb\nc\n") << "2A 3A";
    QTest::newRow("inserted") << QByteArray("a\nc\n") << QByteArray("a\nb\nc\n") << "2A";
    QTest::newRow("deleted middle") << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n") << "1D";
    QTest::newRow("deleted first") << QByteArray("a\nb\n") << QByteArray("b\n") << "0D";
    QTest::newRow("grown") << QByteArray("a\nb\nc\n") << QByteArray("a\nX\nY\nc\n") << "2M 3A";
    QTest::newRow("new file") << QByteArray() << QByteArray("a\nb\n") << "1A 2A";
    QTest::newRow("two hunks") << QByteArray("1\n2\n3\n4\n5\n6\n") << QByteArray("1\nx\n3\n4\n5\n6\n7\n")
                               << "2M 7A";
  }
  void computeLineChanges() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    QStringList got;
    for (const LineChange &c : marmot::vcs::computeLineChanges(before, after))
      got << QString::number(c.line) + "AMD"[c.kind];
    QCOMPARE(got.join(' '), expected);
  }

  void lineChangesOfBuffersAgainstHead() {
    GitRepository repo;
    tracked(repo);
    const QString buffer = "package main\n\nfunc main() {\n\tprintln(\"bye\")\n}\n// end\n";
    const QVector<LineChange> changes = repo.lineChanges(path("main.go"), buffer);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0], (LineChange{4, LineChange::Modified}));
    QCOMPARE(changes[1], (LineChange{6, LineChange::Added}));
    QVERIFY(repo.lineChanges(path("main.go")).isEmpty());  // on disk it is unchanged
    QCOMPARE(repo.lineChanges(path("brand_new.go"), "a\nb\n").size(), 2);
    QVERIFY(repo.lineChanges(path("build/x.go"), "a\n").isEmpty());  // ignored
  }

  void restoreOneFile() {
    GitRepository repo;
    tracked(repo);
    QVector<Snapshot> history;
    QVERIFY(repo.history(&history));
    const QString first = history[0].id;
    const QByteArray original = readFile(path("main.go"));
    writeFile(path("main.go"), "package main // v2\n");
    QVERIFY(repo.stageAll());
    QVERIFY(repo.commit("v2"));
    writeFile(path("main.go"), "package main // unsaved work\n");
    QStringList restored;
    const Result r = repo.restoreFile("main.go", first, &restored);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(readFile(path("main.go")), original);
    QCOMPARE(restored, QStringList{QDir::cleanPath(repo.workTree() + "/main.go")});
    QVERIFY(repo.history(&history));
    QCOMPARE(history.size(), 2);  // HEAD did not move
    QCOMPARE(history[0].summary, QString("v2"));
    QVector<FileStatus> files;
    QVERIFY(repo.status(&files));
    QCOMPARE(files.size(), 1);  // the return shows as a change to save
    writeFile(path("late.go"), "package main\n");
    const Result missing = repo.restoreFile("late.go", first, &restored);
    QVERIFY(!missing);
    QVERIFY2(missing.message.contains("did not exist in that snapshot"), qPrintable(missing.message));
    const Result bogus = repo.restoreFile("main.go", QString(40, '1'), &restored);
    QVERIFY(!bogus);
    QVERIFY2(bogus.message.startsWith("Could not restore main.go"), qPrintable(bogus.message));
  }

  void restoreWholeProject() {
    GitRepository repo;
    writeFile(path("a.go"), "package main // a1\n");
    writeFile(path("pkg/b.go"), "package pkg // b1\n");
    QVERIFY(repo.open(m_dir.path()));
    QVERIFY(repo.init());
    QVector<Snapshot> history;
    QVERIFY(repo.history(&history));
    const QString first = history[0].id;
    writeFile(path("a.go"), "package main // a2\n");
    QVERIFY(QFile::remove(path("pkg/b.go")));
    writeFile(path("c.go"), "package main // c2\n");
    QVERIFY(repo.stageAll());
    QVERIFY(repo.commit("second"));
    writeFile(path("a.go"), "package main // a3 unsaved\n");
    QStringList restored;
    const Result r = repo.restoreProject(first, &restored);
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(readFile(path("a.go")), QByteArray("package main // a1\n"));
    QCOMPARE(readFile(path("pkg/b.go")), QByteArray("package pkg // b1\n"));
    QCOMPARE(readFile(path("c.go")), QByteArray("package main // c2\n"));  // kept
    QCOMPARE(restored.size(), 3);
    QVERIFY(repo.history(&history));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].summary, QString("second"));
    QVERIFY(repo.stageAll());
    QVERIFY(repo.commit("Back to the first version"));
    QVERIFY(!repo.restoreProject("", &restored));
    const Result bogus = repo.restoreProject("nonsense", &restored);
    QVERIFY(!bogus);
    QVERIFY2(bogus.message.contains("that snapshot does not exist"), qPrintable(bogus.message));
  }
};

QTEST_GUILESS_MAIN(GitRepositoryTest)
#include "git_repository_test.moc"
