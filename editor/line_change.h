// A changed line relative to the last Git commit, shown in the editor's change margin.
#pragma once

#include <QVector>

namespace marmot::editor {

struct LineChange
{
    enum Kind { Added, Modified, Deleted };
    int line = 0; // 1-based; for Deleted, the line after which lines were removed
    Kind kind = Modified;
};

} // namespace marmot::editor
