// Parses the "key: value" lines of `marmot info`.
#include "lsp/go_environment.h"

#include <QStringList>

namespace marmot::editor::lsp {

QProcessEnvironment goEnvironmentFromMarmotInfo(const QString &infoOutput, const QProcessEnvironment &base)
{
    QProcessEnvironment env = base;
    for (const QString &rawLine : infoOutput.split('\n')) {
        const int colon = int(rawLine.indexOf(':'));
        if (colon < 0)
            continue;
        const QString key = rawLine.left(colon).trimmed();
        const QString value = rawLine.mid(colon + 1).trimmed();
        if (key == "GOROOT" || key == "GOOS" || key == "GOARCH")
            env.insert(key, value);
        else if (key == "build tags" && !value.isEmpty())
            env.insert("GOFLAGS", "-tags=" + value.split(',', Qt::SkipEmptyParts).join(','));
    }
    env.insert("CGO_ENABLED", "0");
    return env;
}

} // namespace marmot::editor::lsp
