// Asks a student for the name and e-mail address that sign their snapshots.
#pragma once

#include <QDialog>

class QLineEdit;

namespace marmot::vcs {

class AuthorDialog : public QDialog {
  Q_OBJECT
 public:
  AuthorDialog(const QString &name, const QString &email, QWidget *parent = nullptr);
  QString name() const;
  QString email() const;

 private:
  QLineEdit *m_name = nullptr;
  QLineEdit *m_email = nullptr;
};

}  // namespace marmot::vcs
