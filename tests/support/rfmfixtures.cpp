#include "support/rfmfixtures.h"

using namespace clientele;
using namespace Qt::StringLiterals;

namespace rfmfixtures {

namespace {
using Entries = std::vector<CustomerTableBuilder::Entry>;
}

CustomerSnapshot snapshotWith(RfmDimension d, const QList<qint64> &values)
{
    CustomerTableBuilder builder;
    qint64 id = 1;
    for (qint64 v : values) {
        Entries orders;
        Entries returns;
        switch (d) {
        case RfmDimension::Recency:
            orders.push_back({AsOf - qint32(v), 1000});
            break;
        case RfmDimension::Frequency:
            for (qint64 i = 0; i < v; ++i)
                orders.push_back({AsOf - qint32(i), 1000});
            break;
        case RfmDimension::Monetary:
            orders.push_back({AsOf, v >= 0 ? v : 0});
            if (v < 0)
                returns.push_back({AsOf, -v});
            break;
        }
        builder.addCustomer(id, QString::number(id), QString(), orders, returns);
        ++id;
    }
    return takeSnapshot(builder.build(), AsOf);
}

CustomerTable heatmapTable()
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"c0"_s, {}, Entries{{AsOf - 10, 5000}});
    b.addCustomer(2, u"c1"_s, {}, Entries{{AsOf - 20, 7000}});
    b.addCustomer(3, u"c2"_s, {}, Entries{{AsOf - 50, 1000}, {AsOf - 30, 2000}, {AsOf - 5, 3001}});
    b.addCustomer(4, u"c3"_s, {}, Entries{{AsOf - 400, 2000}}, Entries{{AsOf - 300, 500}});
    b.addCustomer(5, u"c4"_s, {}, Entries{{AsOf - 200, 4000}, {AsOf - 100, 4000}});
    b.addCustomer(6, u"c5"_s, {}, Entries{{AsOf + 1, 9999}});
    b.addCustomer(7, u"c6"_s, {}, Entries{{AsOf - 25, 1}});
    b.addCustomer(8, u"c7"_s, {}, Entries{{AsOf - 500, 1}});
    return b.build();
}

CustomerSnapshot shop()
{
    CustomerTableBuilder b;
    b.addCustomer(1, u"c0"_s, {}, Entries{{80, 4000}, {90, 4000}, {95, 4000}});
    b.addCustomer(2, u"c1"_s, {}, Entries{{40, 20000}});
    b.addCustomer(3, u"c2"_s, {}, Entries{{97, 1000}, {98, 1000}});
    b.addCustomer(4, u"c3"_s, {}, Entries{{10, 500}});
    b.addCustomer(5, u"c4"_s, {}, Entries{{20, 1000}, {50, 1000}, {60, 1000}, {70, 1000}});
    b.addCustomer(6, u"c5"_s, {}, Entries{{150, 7000}});
    b.addCustomer(7, u"c6"_s, {}, Entries{{99, 300}});
    return takeSnapshot(b.build(), 100);
}

RfmParameters thresholdParameters(const RfmCutPoints &monetaryCuts)
{
    RfmParameters p;
    p.method = ScoringMethod::Thresholds;
    p.recencyCuts = {30, 90, 180, 365};
    p.frequencyCuts = {2, 3, 4, 5};
    p.monetaryCuts = monetaryCuts;
    return p;
}

} // namespace rfmfixtures
