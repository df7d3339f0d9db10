// AuthorDialog: two fields and OK/Cancel.
#include "vcs/author_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace marmot::vcs {

AuthorDialog::AuthorDialog(const QString &name, const QString &email, QWidget *parent) : QDialog(parent) {
  setWindowTitle(tr("Your name on snapshots"));
  auto *form = new QFormLayout(this);
  auto *hint = new QLabel(tr("Snapshots of this project are signed with this name. The e-mail address "
                             "only labels them: nothing is sent."));
  hint->setWordWrap(true);
  form->addRow(hint);
  m_name = new QLineEdit(name);
  m_name->setObjectName(QStringLiteral("authorName"));
  m_email = new QLineEdit(email);
  m_email->setObjectName(QStringLiteral("authorEmail"));
  m_email->setPlaceholderText(QStringLiteral("ada@example.org"));
  form->addRow(tr("Name:"), m_name);
  form->addRow(tr("E-mail:"), m_email);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);
}

QString AuthorDialog::name() const { return m_name->text(); }
QString AuthorDialog::email() const { return m_email->text(); }

}  // namespace marmot::vcs
