// File > New Project: a name, a folder and a board.
#pragma once
#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QDialogButtonBox;

namespace marmot::app {

class NewProjectDialog : public QDialog {
  Q_OBJECT
 public:
  NewProjectDialog(const QStringList &boards, const QString &defaultBoard, QWidget *parent = nullptr);
  QString projectName() const;
  QString parentFolder() const;
  QString board() const;
  void setProjectName(const QString &name);
  void setParentFolder(const QString &dir);

 private:
  void validate();
  QLineEdit *m_name;
  QLineEdit *m_folder;
  QComboBox *m_board;
  QLabel *m_hint;
  QDialogButtonBox *m_buttons;
};

}  // namespace marmot::app
