// A changed line relative to the last Git commit, shown in the editor's change margin.
#pragma once

#include <QVector>

namespace marmot::editor {

struct LineChange
{
    enum Kind { Added, Modified, Deleted };
    int line = 0; // 1-based; for Deleted, lines were removed just after it (0: before line 1)
    Kind kind = Modified;
};

} // namespace marmot::editor
