// The IDE's main window: editor in the middle, docks around it (project files, problems,
// build log, serial monitor and plotter, virtual board, git), a toolbar with the board
// selector and Build / Run / Stop. It wires the parts together and draws nothing itself.
#pragma once
#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "run_coordinator.h"
#include "session_store.h"
#include "toolchain_context.h"

class QAction;
class QDockWidget;
class QFileSystemModel;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QTreeView;

namespace marmot::editor {
class EditorArea;
}
namespace marmot::serial {
class SerialMonitorWidget;
class SerialPlotterWidget;
}
namespace marmot::vcs {
class GitPanel;
}
namespace marmot::device {
class BoardDetector;
class UsbEnumerator;
}

namespace marmot::app {

class BoardSelector;
class ProblemsPanel;
class SizeSummary;
class VirtualBoard;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(ToolchainContext toolchain, QWidget *parent = nullptr);
  ~MainWindow() override;

  bool openProject(const QString &dir);
  bool openExample(const QString &name);  // copies it to ~/Marmot first
  QString projectDir() const { return m_projectDir; }
  QString selectedBoard() const;  // the target to build for (also for a connected board)
  bool selectBoard(const QString &name);
  // Watches USB for real boards with this enumerator (the constructor starts the default
  // one); false, with one line in the build log, when USB cannot be used.
  bool startBoardDetection(std::unique_ptr<device::UsbEnumerator> enumerator);

  // For tests and scripted use.
  editor::EditorArea *editorArea() const { return m_editor; }
  ProblemsPanel *problems() const { return m_problems; }
  VirtualBoard *virtualBoard() const { return m_board; }
  serial::SerialMonitorWidget *serialMonitor() const { return m_serialMonitor; }
  vcs::GitPanel *gitPanel() const { return m_git; }
  RunCoordinator *runner() { return &m_runner; }
  BoardSelector *boardSelector() const { return m_boardSelector; }
  device::BoardDetector *boardDetector() const { return m_detector; }
  QAction *action(const QString &objectName) const;

 public slots:
  void build();
  void run();
  void stop();

 protected:
  void closeEvent(QCloseEvent *event) override;

 private:
  void createActions();
  void createMenus();
  void createToolBar();
  void createDocks();
  QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area);
  void connectRunner();
  void newProject();
  void openProjectDialog();
  void rebuildRecentMenu();
  void rebuildExamplesMenu();
  void boardChanged();
  void selectorChanged();
  void updateActions();
  void appendLog(const QString &line);
  void saveSession();
  void showBuildResult(bool ok);
  void jumpTo(const QString &file, int line, int column);

  ToolchainContext m_toolchain;
  SessionStore m_session;
  RunCoordinator m_runner;
  QString m_projectDir;
  QString m_activeTarget;  // the target boardChanged() last set up

  editor::EditorArea *m_editor = nullptr;
  ProblemsPanel *m_problems = nullptr;
  QPlainTextEdit *m_buildLog = nullptr;
  serial::SerialMonitorWidget *m_serialMonitor = nullptr;
  serial::SerialPlotterWidget *m_serialPlotter = nullptr;
  VirtualBoard *m_board = nullptr;
  vcs::GitPanel *m_git = nullptr;
  QTreeView *m_files = nullptr;
  QFileSystemModel *m_fileModel = nullptr;
  BoardSelector *m_boardSelector = nullptr;
  device::BoardDetector *m_detector = nullptr;
  SizeSummary *m_size = nullptr;
  QProgressBar *m_progress = nullptr;
  QLabel *m_runState = nullptr;
  QMenu *m_recentMenu = nullptr;
  QMenu *m_examplesMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QDockWidget *m_problemsDock = nullptr;
  QDockWidget *m_serialDock = nullptr;
};

}  // namespace marmot::app
