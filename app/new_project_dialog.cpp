// The New Project form with live validation.
#include "new_project_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "project_templates.h"

namespace marmot::app {

NewProjectDialog::NewProjectDialog(const QStringList &boards, const QString &defaultBoard, QWidget *parent) : QDialog(parent) {
  setWindowTitle(tr("New Project"));
  m_name = new QLineEdit("my-project", this);
  m_folder = new QLineEdit(ProjectTemplates::defaultProjectsDir(), this);
  auto *browse = new QPushButton(tr("Browse…"), this);
  m_board = new QComboBox(this);
  m_board->addItems(boards);
  if (boards.contains(defaultBoard)) m_board->setCurrentText(defaultBoard);
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

  auto *folderRow = new QHBoxLayout;
  folderRow->addWidget(m_folder);
  folderRow->addWidget(browse);
  auto *form = new QFormLayout(this);
  form->addRow(tr("Name:"), m_name);
  form->addRow(tr("Folder:"), folderRow);
  form->addRow(tr("Board:"), m_board);
  form->addRow(m_hint);
  form->addRow(m_buttons);

  connect(browse, &QPushButton::clicked, this, [this] {
    QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the project"), m_folder->text());
    if (!dir.isEmpty()) m_folder->setText(dir);
  });
  connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
  connect(m_folder, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  validate();
}

QString NewProjectDialog::projectName() const { return m_name->text().trimmed(); }
QString NewProjectDialog::parentFolder() const { return m_folder->text().trimmed(); }
QString NewProjectDialog::board() const { return m_board->currentText(); }
void NewProjectDialog::setProjectName(const QString &name) { m_name->setText(name); }
void NewProjectDialog::setParentFolder(const QString &dir) { m_folder->setText(dir); }

void NewProjectDialog::validate() {
  QString hint;
  bool ok = true;
  if (!ProjectTemplates::isValidProjectName(projectName())) {
    hint = tr("A name starts with a letter and has only letters, digits, - and _.");
    ok = false;
  } else if (QFileInfo::exists(QDir(parentFolder()).filePath(projectName()))) {
    hint = tr("%1 exists already.").arg(QDir(parentFolder()).filePath(projectName()));
    ok = false;
  } else {
    hint = tr("Creates %1 with go.mod and main.go.").arg(QDir(parentFolder()).filePath(projectName()));
  }
  m_hint->setText(hint);
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && m_board->count() > 0);
}

}  // namespace marmot::app
