// Toolchain discovery for the IDE.
#include "toolchain_context.h"

#include <QCoreApplication>

#include "goroot_merge.h"
#include "target_database.h"

namespace marmot::app {

ToolchainContext ToolchainContext::fromApplication() {
  ToolchainContext c;
  c.m_layout = toolchain::InstallLayout::fromExecutable(QCoreApplication::applicationFilePath().toStdString());
  return c;
}

std::vector<toolchain::Target> ToolchainContext::boards(QStringList *errors) const {
  std::vector<std::string> errs;
  auto out = toolchain::TargetDatabase(m_layout.targetsDir()).boards(&errs);
  if (errors)
    for (const auto &e : errs) *errors << QString::fromStdString(e);
  return out;
}

bool ToolchainContext::board(const QString &name, toolchain::Target *out, QString *error) const {
  auto t = toolchain::TargetDatabase(m_layout.targetsDir()).load(name.toStdString());
  if (!t.ok()) {
    if (error) *error = QString::fromStdString(t.error());
    return false;
  }
  *out = t.value();
  return true;
}

QProcessEnvironment ToolchainContext::goEnvironment(const QString &boardName, QString *error) const {
  toolchain::Target t;
  if (!board(boardName, &t, error)) return {};
  auto goroot = toolchain::mergedGoroot(m_layout);
  if (!goroot.ok()) {
    if (error) *error = QString::fromStdString(goroot.error());
    return {};
  }
  QStringList tags;
  for (const auto &tag : t.buildTags) tags << QString::fromStdString(tag);
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("GOROOT", QString::fromStdString(goroot.value()));
  env.insert("GOOS", QString::fromStdString(t.goos));
  env.insert("GOARCH", QString::fromStdString(t.goarch));
  env.insert("GOFLAGS", "-tags=" + tags.join(','));
  env.insert("GOPROXY", "off");
  env.insert("CGO_ENABLED", "0");
  return env;
}

QString ToolchainContext::examplesDir() const {
  // <prefix>/share/marmot/examples (in the build tree, a link to the source folder's).
  return QString::fromStdString(m_layout.prefix) + "/share/marmot/examples";
}

}  // namespace marmot::app
