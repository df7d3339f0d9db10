// Builds the Go environment for gopls from the output of `marmot info -target=...`:
// GOROOT (the merged tree with machine/), GOOS, GOARCH and GOFLAGS=-tags=<build tags>.
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace marmot::editor::lsp {

QProcessEnvironment goEnvironmentFromMarmotInfo(const QString &infoOutput,
                                                const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment());

} // namespace marmot::editor::lsp
