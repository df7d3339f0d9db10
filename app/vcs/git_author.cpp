// GitRepository's author: who signs the snapshots (user.name / user.email from the Git
// config, else Marmot's default), and setting it for one project.
#include "vcs/git_repository.h"

#include "vcs/git_error.h"
#include "vcs/git_handles.h"

namespace marmot::vcs {

bool GitRepository::hasConfiguredAuthor() const {
  if (!m_repo)
    return false;
  git_signature *sig = nullptr;
  if (git_signature_default(&sig, m_repo) < 0)
    return false;
  git_signature_free(sig);
  return true;
}

QString GitRepository::author() const {
  git_signature *sig = nullptr;
  if (m_repo && git_signature_default(&sig, m_repo) == 0) {
    SignaturePtr owner(sig);
    return QStringLiteral("%1 <%2>").arg(QString::fromUtf8(sig->name), QString::fromUtf8(sig->email));
  }
  return QStringLiteral("%1 <%2>").arg(defaultAuthorName(), defaultAuthorEmail());
}

Result GitRepository::setAuthor(const QString &name, const QString &email) {
  const QString action = QStringLiteral("Could not save your name");
  if (Result r = requireRepository(action); !r)
    return r;
  const QString n = name.trimmed(), e = email.trimmed();
  const auto bad = [](const QString &s) {
    return s.contains(QLatin1Char('<')) || s.contains(QLatin1Char('>')) || s.contains(QLatin1Char('\n'));
  };
  if (n.isEmpty() || bad(n))
    return Result::failure(QStringLiteral("Write your name (without < or >)."));
  if (!e.contains(QLatin1Char('@')) || e.contains(QLatin1Char(' ')) || bad(e))
    return Result::failure(QStringLiteral("Write an e-mail address such as ada@example.org "
                                          "(it only labels your snapshots; nothing is sent)."));
  git_config *raw = nullptr;
  int rc = git_repository_config(&raw, m_repo);
  if (rc < 0)
    return gitFailure(action, rc);
  ConfigPtr all(raw);
  git_config *rawLocal = nullptr;
  rc = git_config_open_level(&rawLocal, raw, GIT_CONFIG_LEVEL_LOCAL);
  if (rc < 0)
    return gitFailure(action, rc);
  ConfigPtr local(rawLocal);
  rc = git_config_set_string(rawLocal, "user.name", n.toUtf8().constData());
  if (rc >= 0)
    rc = git_config_set_string(rawLocal, "user.email", e.toUtf8().constData());
  return rc < 0 ? gitFailure(action, rc) : Result::success();
}

}  // namespace marmot::vcs
