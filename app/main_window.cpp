// Main window construction and the wiring between editor, toolchain, emulator and docks.
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileSystemModel>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTime>
#include <QToolBar>
#include <QTreeView>

#include "board_detector.h"
#include "board_selector.h"
#include "editor_area.h"
#include "vcs/git_panel.h"
#include "new_project_dialog.h"
#include "problems_panel.h"
#include "project_templates.h"
#include "serial_monitor_widget.h"
#include "serial_plotter_widget.h"
#include "size_summary.h"
#include "usb_enumerator.h"
#include "virtual_board.h"

namespace marmot::app {

namespace {
const char *kDefaultBoard = "cortex-m-qemu";
}

MainWindow::MainWindow(ToolchainContext toolchain, QWidget *parent)
    : QMainWindow(parent), m_toolchain(std::move(toolchain)), m_runner(m_toolchain.layout()) {
  setObjectName("MainWindow");
  setWindowTitle(tr("Marmot"));
  setWindowIcon(QIcon::fromTheme("marmot-ide"));
  m_editor = new editor::EditorArea(this);
  m_editor->setRecoveryDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/recovery");
  setCentralWidget(m_editor);
  createActions();
  createToolBar();
  createDocks();
  createMenus();
  connectRunner();
  startBoardDetection(device::UsbEnumerator::createDefault());
  statusBar()->addPermanentWidget(m_runState = new QLabel(this));
  statusBar()->addPermanentWidget(m_progress = new QProgressBar(this));
  m_progress->setRange(0, 0);
  m_progress->setMaximumWidth(120);
  m_progress->hide();
  connect(m_editor, &editor::EditorArea::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
  connect(m_editor, &editor::EditorArea::fileSaved, this, [this](const QString &) { m_git->refresh(); });
  resize(1280, 820);
  restoreGeometry(m_session.windowGeometry());
  restoreState(m_session.windowState());
  updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const { return findChild<QAction *>(objectName); }

void MainWindow::createActions() {
  auto make = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty()) a->setShortcut(key);
    connect(a, &QAction::triggered, this, slot);
    return a;
  };
  make("newProject", tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
  make("openProject", tr("&Open Project…"), QKeySequence::Open, &MainWindow::openProjectDialog);
  make("save", tr("&Save"), QKeySequence::Save, [this] { m_editor->saveCurrent(); });
  make("saveAll", tr("Save A&ll"), QKeySequence("Ctrl+Shift+S"), [this] { m_editor->saveAll(); });
  make("quit", tr("&Quit"), QKeySequence::Quit, &QWidget::close);
  QAction *build = make("build", tr("&Build"), QKeySequence("Ctrl+B"), &MainWindow::build);
  build->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
  build->setToolTip(tr("Build the project for the selected board (Ctrl+B)"));
  QAction *run = make("run", tr("&Run"), QKeySequence("Ctrl+R"), &MainWindow::run);
  run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  run->setToolTip(tr("Build and run on the emulated board (Ctrl+R)"));
  QAction *stop = make("stop", tr("S&top"), QKeySequence("Shift+F5"), &MainWindow::stop);
  stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
  stop->setToolTip(tr("Stop the running program"));
  // Features that do not exist yet stay visible, disabled, and say so.
  const struct { const char *name; QString text; QString why; QKeySequence key; } later[] = {
      {"flash", tr("&Flash"), tr("Flash: writing to a real board is not available yet (connected boards are found, not flashed)"), {}},
      {"debug", tr("&Debug"), tr("Debug: the GDB debugger view is not available yet"), QKeySequence("F5")},
      {"profile", tr("&Profile"), tr("Profile: the live profiler is not available yet"), {}},
  };
  for (const auto &l : later) {
    auto *a = new QAction(l.text, this);
    a->setObjectName(l.name);
    a->setShortcut(l.key);
    a->setEnabled(false);
    a->setToolTip(l.why);
    a->setStatusTip(l.why);
  }
  action("flash")->setIcon(style()->standardIcon(QStyle::SP_DriveHDIcon));
  action("debug")->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
  action("profile")->setIcon(style()->standardIcon(QStyle::SP_ComputerIcon));
}

void MainWindow::createMenus() {
  QMenu *file = menuBar()->addMenu(tr("&File"));
  file->addAction(action("newProject"));
  file->addAction(action("openProject"));
  m_examplesMenu = file->addMenu(tr("E&xamples"));
  m_recentMenu = file->addMenu(tr("&Recent Projects"));
  file->addSeparator();
  file->addAction(action("save"));
  file->addAction(action("saveAll"));
  file->addSeparator();
  file->addAction(action("quit"));
  QMenu *edit = menuBar()->addMenu(tr("&Edit"));
  edit->addActions(m_editor->editActions());
  QMenu *buildMenu = menuBar()->addMenu(tr("&Build"));
  for (const char *name : {"build", "run", "stop", "flash", "debug", "profile"}) buildMenu->addAction(action(name));
  m_viewMenu = menuBar()->addMenu(tr("&View"));
  for (QDockWidget *dock : findChildren<QDockWidget *>()) m_viewMenu->addAction(dock->toggleViewAction());
  rebuildRecentMenu();
  rebuildExamplesMenu();
}

void MainWindow::createToolBar() {
  QToolBar *bar = addToolBar(tr("Build"));
  bar->setObjectName("buildToolBar");
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  bar->addWidget(new QLabel(tr(" Board: "), bar));
  m_boardSelector = new BoardSelector(bar);
  QStringList errors;
  m_boardSelector->setTargets(m_toolchain.boards(&errors));
  for (const QString &e : errors) appendLog(e);
  connect(m_boardSelector, &QComboBox::currentIndexChanged, this, &MainWindow::selectorChanged);
  bar->addWidget(m_boardSelector);
  bar->addSeparator();
  for (const char *name : {"build", "run", "stop", "flash", "debug", "profile"}) bar->addAction(action(name));
  bar->addSeparator();
  m_size = new SizeSummary(bar);
  bar->addWidget(m_size);
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area) {
  auto *dock = new QDockWidget(title, this);
  dock->setObjectName(objectName);
  dock->setWidget(widget);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::createDocks() {
  m_fileModel = new QFileSystemModel(this);
  m_fileModel->setNameFilters({"*.go", "go.mod", "go.sum", "*.md", "*.txt"});
  m_fileModel->setNameFilterDisables(false);
  m_files = new QTreeView(this);
  m_files->setModel(m_fileModel);
  for (int c = 1; c < m_fileModel->columnCount(); ++c) m_files->hideColumn(c);
  m_files->header()->hide();
  connect(m_files, &QTreeView::activated, this, [this](const QModelIndex &index) {
    if (!m_fileModel->isDir(index)) m_editor->openFile(m_fileModel->filePath(index));
  });
  QDockWidget *files = addDock("projectDock", tr("Project"), m_files, Qt::LeftDockWidgetArea);

  m_git = new vcs::GitPanel(this);
  QDockWidget *git = addDock("gitDock", tr("Git"), m_git, Qt::LeftDockWidgetArea);
  tabifyDockWidget(files, git);
  files->raise();
  connect(m_git, &vcs::GitPanel::openFileRequested, this, [this](const QString &path) { m_editor->openFile(path); });
  connect(m_git, &vcs::GitPanel::filesRestored, this, [this](const QStringList &paths) { m_editor->reloadFromDisk(paths); });
  connect(m_git, &vcs::GitPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
  connect(m_git, &vcs::GitPanel::lineChangesChanged, this, [this](const QString &path, const QVector<vcs::LineChange> &changes) {
    QVector<editor::LineChange> converted;
    for (const auto &c : changes)
      converted.push_back({c.line, c.kind == vcs::LineChange::Added      ? editor::LineChange::Added
                                   : c.kind == vcs::LineChange::Modified ? editor::LineChange::Modified
                                                                         : editor::LineChange::Deleted});
    m_editor->setLineChanges(path, converted);
  });

  m_problems = new ProblemsPanel(this);
  m_problemsDock = addDock("problemsDock", tr("Problems"), m_problems, Qt::BottomDockWidgetArea);
  connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::jumpTo);
  connect(m_problems, &ProblemsPanel::countChanged, this, [this](int n) {
    m_problemsDock->setWindowTitle(n ? tr("Problems (%1)").arg(n) : tr("Problems"));
  });

  m_buildLog = new QPlainTextEdit(this);
  m_buildLog->setReadOnly(true);
  m_buildLog->setMaximumBlockCount(5000);
  m_buildLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  QDockWidget *log = addDock("buildLogDock", tr("Build Log"), m_buildLog, Qt::BottomDockWidgetArea);

  m_serialMonitor = new serial::SerialMonitorWidget(this);
  m_serialDock = addDock("serialMonitorDock", tr("Serial Monitor"), m_serialMonitor, Qt::BottomDockWidgetArea);
  connect(m_serialMonitor, &serial::SerialMonitorWidget::sendBytes, this, [this](const QByteArray &b) { m_runner.sendInput(b); });
  m_serialPlotter = new serial::SerialPlotterWidget(this);
  // A real board's port is read by the monitor; the plotter plots the same bytes.
  connect(m_serialMonitor, &serial::SerialMonitorWidget::portDataReceived, m_serialPlotter, &serial::SerialPlotterWidget::appendBytes);
  QDockWidget *plotter = addDock("serialPlotterDock", tr("Serial Plotter"), m_serialPlotter, Qt::BottomDockWidgetArea);
  tabifyDockWidget(m_serialDock, plotter);
  tabifyDockWidget(m_serialDock, m_problemsDock);
  tabifyDockWidget(m_serialDock, log);
  m_serialDock->raise();

  m_board = new VirtualBoard(this);
  QDockWidget *boardDock = addDock("virtualBoardDock", tr("Virtual Board"), m_board, Qt::RightDockWidgetArea);
  resizeDocks({files, boardDock}, {230, 250}, Qt::Horizontal);
  resizeDocks({m_serialDock}, {240}, Qt::Vertical);
}

void MainWindow::connectRunner() {
  connect(&m_runner, &RunCoordinator::message, this, &MainWindow::appendLog);
  connect(&m_runner, &RunCoordinator::busyChanged, this, [this](bool) { updateActions(); });
  connect(&m_runner, &RunCoordinator::buildStarted, this, [this] {
    m_progress->show();
    m_runState->setText(tr("Building…"));
  });
  connect(&m_runner, &RunCoordinator::buildFinished, this, &MainWindow::showBuildResult);
  connect(&m_runner, &RunCoordinator::runStarted, this, [this](const QString &commandLine) {
    appendLog(tr("$ %1").arg(commandLine));
    m_serialMonitor->setSourceName(tr("Emulated %1").arg(selectedBoard()));
    m_serialPlotter->clear();
    m_board->resetPins();
    m_board->setRunning(true);
    m_serialDock->raise();
    m_runState->setText(tr("Running on %1").arg(selectedBoard()));
    updateActions();
  });
  connect(&m_runner, &RunCoordinator::runFinished, this, [this](int exitCode, bool stopped) {
    m_board->setRunning(false);
    m_runState->setText(stopped ? tr("Stopped") : tr("Exited (%1)").arg(exitCode));
    m_serialMonitor->appendNote(stopped ? tr("stopped") : tr("program exited with status %1").arg(exitCode));
    updateActions();
  });
  auto &emu = m_runner.emulator();
  connect(&emu, &device::EmulatorSession::consoleOutput, this, [this](const QByteArray &b) {
    m_serialMonitor->appendBytes(b);
    m_serialPlotter->appendBytes(b);
  });
  connect(&emu, &device::EmulatorSession::consoleError, this, [this](const QByteArray &b) {
    m_serialMonitor->appendBytes(b);
    for (const QString &line : QString::fromUtf8(b).split('\n', Qt::SkipEmptyParts)) appendLog(tr("program: %1").arg(line));
  });
  connect(&emu, &device::EmulatorSession::pinChanged, m_board, &VirtualBoard::setPinLevel);
  // Virtual buttons pull their pin low while pressed, like the boards' real buttons.
  connect(m_board, &VirtualBoard::buttonChanged, this, [this](int pin, bool pressed) {
    if (!m_runner.emulator().setInputPin(pin, !pressed) && pressed)
      statusBar()->showMessage(tr("Run the program to use the board's buttons."), 5000);
  });
}

void MainWindow::showBuildResult(bool ok) {
  m_progress->hide();
  const auto &result = m_runner.lastBuild();
  m_problems->setDiagnostics(result.diagnostics, m_projectDir);
  QList<editor::SourceDiagnostic> marks;
  for (const auto &d : result.diagnostics) {
    if (d.file.empty()) continue;
    QString file = QDir(m_projectDir).absoluteFilePath(QString::fromStdString(d.file));
    marks.push_back({QDir::cleanPath(file), d.line, d.column, QString::fromStdString(d.message),
                     editor::SourceDiagnostic::Error, "marmot"});
  }
  m_editor->setCompilerDiagnostics(marks);
  if (ok) {
    m_size->setReport(result.size);
    m_runState->setText(tr("Built"));
  } else {
    m_size->clearReport();
    m_runState->setText(tr("Build failed"));
    m_problemsDock->raise();
    for (const auto &d : result.diagnostics) appendLog(QString::fromStdString(d.toString()));
  }
}

void MainWindow::jumpTo(const QString &file, int line, int column) { m_editor->openFile(file, line, column); }

void MainWindow::appendLog(const QString &line) {
  m_buildLog->appendPlainText(QTime::currentTime().toString("HH:mm:ss  ") + line);
  statusBar()->showMessage(line, 8000);
}

QString MainWindow::selectedBoard() const { return m_boardSelector->selectedTarget(); }

bool MainWindow::selectBoard(const QString &name) { return m_boardSelector->selectTarget(name); }

bool MainWindow::startBoardDetection(std::unique_ptr<device::UsbEnumerator> enumerator) {
  if (!m_detector) {
    QStringList errors;
    m_detector = new device::BoardDetector(device::BoardCatalog::fromTargets(m_toolchain.boards(), &errors), this);
    for (const QString &e : errors) appendLog(e);
    connect(m_detector, &device::BoardDetector::boardArrived, this, [this](const device::ConnectedBoard &b) {
      m_boardSelector->addConnected(b);
      appendLog(tr("Connected: %1").arg(b.label()));
    });
    connect(m_detector, &device::BoardDetector::boardChanged, m_boardSelector, &BoardSelector::updateConnected);
    connect(m_detector, &device::BoardDetector::boardRemoved, this, [this](const device::ConnectedBoard &b) {
      m_boardSelector->removeConnected(b);
      appendLog(tr("Unplugged: %1").arg(b.label()));
    });
  }
  const bool ok = m_detector->start(std::move(enumerator));
  if (ok) appendLog(tr("Looking for connected boards (%1).").arg(m_detector->description()));
  else appendLog(tr("Connected boards are not detected, only emulated boards are listed: %1").arg(m_detector->errorString()));
  return ok;
}

// A connected board with the same target as before needs no new language setup.
void MainWindow::selectorChanged() {
  if (selectedBoard() != m_activeTarget) boardChanged();
  else updateActions();
  device::ConnectedBoard b;
  if (m_detector && m_detector->find(m_boardSelector->selectedConnection(), &b))
    appendLog(b.serialPort.isEmpty() ? tr("Selected the connected %1; Build builds for %2.").arg(b.label(), b.target)
                                     : tr("Selected the connected %1; Build builds for %2; its serial port is %3 (Serial Monitor).")
                                           .arg(b.label(), b.target, b.serialPort));
}

void MainWindow::boardChanged() {
  toolchain::Target t;
  QString error;
  if (!m_toolchain.board(selectedBoard(), &t, &error)) {
    appendLog(error);
    return;
  }
  m_activeTarget = selectedBoard();
  m_board->setBoard(t);
  m_size->clearReport();
  m_session.setBoardFor(m_projectDir, selectedBoard());
  if (!m_projectDir.isEmpty()) {
    QProcessEnvironment env = m_toolchain.goEnvironment(selectedBoard(), &error);
    if (!error.isEmpty()) appendLog(tr("Language help is off: %1").arg(error));
    m_editor->setProjectRoot(m_projectDir, env);
  }
  updateActions();
}

void MainWindow::updateActions() {
  bool project = !m_projectDir.isEmpty();
  bool busy = m_runner.isBuilding() || m_runner.isRunning();
  action("build")->setEnabled(project && !m_runner.isBuilding());
  action("run")->setEnabled(project && !m_runner.isBuilding());
  action("stop")->setEnabled(busy);
  action("run")->setToolTip(m_boardSelector->isConnectedBoardSelected()
                                ? tr("Run: a connected board needs Flash, which is not available yet; choose an emulated board to run")
                                : tr("Build and run on the emulated board (Ctrl+R)"));
}

bool MainWindow::openProject(const QString &dir) {
  QFileInfo info(dir);
  if (!info.isDir()) {
    QMessageBox::warning(this, tr("Open Project"), tr("%1 is not a folder.").arg(dir));
    return false;
  }
  if (!m_projectDir.isEmpty()) {
    QVariantMap previous = m_editor->sessionState();
    if (!m_editor->closeAll()) return false;  // the user cancelled saving
    m_session.setEditorStateFor(m_projectDir, previous);
  }
  m_runner.stop();
  m_projectDir = info.absoluteFilePath();
  m_session.addRecentProject(m_projectDir);
  m_session.setLastProject(m_projectDir);
  setWindowTitle(tr("%1 — Marmot").arg(info.fileName()));
  m_fileModel->setRootPath(m_projectDir);
  m_files->setRootIndex(m_fileModel->index(m_projectDir));
  m_problems->clearProblems();
  m_git->setProjectFolder(m_projectDir);
  QString board = m_session.boardFor(m_projectDir, kDefaultBoard);
  if (!selectBoard(board)) selectBoard(kDefaultBoard);
  boardChanged();  // sets up gopls for the project and board
  QVariantMap state = m_session.editorStateFor(m_projectDir);
  if (!state.isEmpty()) m_editor->restoreSessionState(state);
  if (m_editor->openFilePaths().isEmpty() && QFileInfo::exists(m_projectDir + "/main.go")) m_editor->openFile(m_projectDir + "/main.go");
  rebuildRecentMenu();
  updateActions();
  appendLog(tr("Opened %1").arg(m_projectDir));
  return true;
}

bool MainWindow::openExample(const QString &name) {
  for (const ExampleInfo &e : ProjectTemplates::examples(m_toolchain.examplesDir())) {
    if (e.name != name) continue;
    QString dir, error;
    if (!ProjectTemplates::copyExample(e, ProjectTemplates::defaultProjectsDir(), &dir, &error)) {
      QMessageBox::warning(this, tr("Examples"), error);
      return false;
    }
    return openProject(dir);
  }
  QMessageBox::warning(this, tr("Examples"), tr("There is no example called %1.").arg(name));
  return false;
}

void MainWindow::newProject() {
  NewProjectDialog dialog(m_boardSelector->targetNames(), selectedBoard(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  QString dir, error;
  if (!ProjectTemplates::createProject(dialog.parentFolder(), dialog.projectName(), &dir, &error)) {
    QMessageBox::warning(this, tr("New Project"), error);
    return;
  }
  m_session.setBoardFor(dir, dialog.board());
  openProject(dir);
}

void MainWindow::openProjectDialog() {
  QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"), ProjectTemplates::defaultProjectsDir());
  if (!dir.isEmpty()) openProject(dir);
}

void MainWindow::rebuildRecentMenu() {
  m_recentMenu->clear();
  for (const QString &dir : m_session.recentProjects())
    m_recentMenu->addAction(dir, this, [this, dir] { openProject(dir); });
  m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::rebuildExamplesMenu() {
  m_examplesMenu->clear();
  for (const ExampleInfo &e : ProjectTemplates::examples(m_toolchain.examplesDir())) {
    QAction *a = m_examplesMenu->addAction(e.title, this, [this, name = e.name] { openExample(name); });
    a->setToolTip(tr("Opens a copy of %1 in %2").arg(e.name, ProjectTemplates::defaultProjectsDir()));
  }
  m_examplesMenu->setEnabled(!m_examplesMenu->isEmpty());
}

void MainWindow::build() {
  toolchain::Target t;
  QString error;
  if (m_projectDir.isEmpty() || !m_toolchain.board(selectedBoard(), &t, &error)) return;
  m_editor->saveAll();
  m_runner.build(m_projectDir, t, false,
                 m_boardSelector->isConnectedBoardSelected() ? toolchain::RunsOn::Board : toolchain::RunsOn::Emulator);
}

void MainWindow::run() {
  toolchain::Target t;
  QString error;
  if (m_projectDir.isEmpty() || !m_toolchain.board(selectedBoard(), &t, &error)) return;
  if (m_boardSelector->isConnectedBoardSelected()) {
    const QString instead = t.emulated ? tr("choose “%1 (emulated)” to run it in the emulator").arg(selectedBoard())
                                       : tr("choose an emulated board to run it in the emulator");
    appendLog(tr("Running on the connected %1 needs Flash, which is not available yet. Build (Ctrl+B) checks the program "
                 "for it; %2.").arg(m_boardSelector->currentText(), instead));
    m_runState->setText(tr("Needs Flash"));
    return;
  }
  m_editor->saveAll();
  m_serialMonitor->clear();
  m_runner.build(m_projectDir, t, true);
}

void MainWindow::stop() { m_runner.stop(); }

void MainWindow::saveSession() {
  if (!m_projectDir.isEmpty()) m_session.setEditorStateFor(m_projectDir, m_editor->sessionState());
  m_session.setWindow(saveGeometry(), saveState());
  m_session.sync();
}

void MainWindow::closeEvent(QCloseEvent *event) {
  saveSession();
  if (!m_editor->closeAll()) {
    event->ignore();
    return;
  }
  m_runner.stop();
  event->accept();
}

}  // namespace marmot::app
