#pragma once

// Force-included into every test (tests/CMakeLists.txt). QTRY_* wait 5 s by default; on a loaded 2-core
// CI machine running tests in parallel, a background refresh can take longer than that. Waiting longer
// costs nothing when the condition is met, so every QTRY_* in the suite gets 30 s.
#include <QTest>

#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT((expr), 30000)
#undef QTRY_VERIFY2
#define QTRY_VERIFY2(expr, messageExpression) QTRY_VERIFY2_WITH_TIMEOUT((expr), (messageExpression), 30000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT((expr), expected, 30000)
