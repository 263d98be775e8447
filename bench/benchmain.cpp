// clientele-bench: measurements for docs/performance.md. A benchmark, not a test.
#include "bench/benchmain.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString which = arguments.value(0);
    if (which == u"import")
        return benchImport(arguments.mid(1));
    if (which == u"engine")
        return benchEngine(arguments.mid(1));
    if (which == u"peers")
        return benchPeers(arguments.mid(1));
    if (which == u"stall")
        return benchStall(arguments.mid(1));
    if (which.isEmpty()) {
        const int importResult = benchImport({});
        return importResult != 0 ? importResult : benchEngine({});
    }
    QTextStream(stderr)
        << "usage: clientele-bench [import [ROWS...] | engine [WORKSPACE] | peers [ROWS...] | stall [ROWS]]\n";
    return 1;
}
