// Helpers for the Git tests: a private HOME (so the machine's Git settings never leak in)
// and small file read/write helpers on a temporary project folder.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace marmot::vcs::test {

// Points HOME and XDG_CONFIG_HOME at an empty folder; call before any libgit2 use.
void isolateGitConfig();

void writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);

}  // namespace marmot::vcs::test
