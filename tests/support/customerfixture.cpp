#include "support/customerfixture.h"

#include <QStringList>

namespace customerfixture {

using namespace clientele;

Shop shop()
{
    static const QStringList cities{QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("广州"),
        QStringLiteral("Shenzhen"), QStringLiteral("Hangzhou")};
    CustomerTableBuilder builder;
    for (int c = 0; c < 120; ++c) {
        const QString key
            = c % 3 == 0 ? QStringLiteral("客户%1").arg(c) : QStringLiteral("C%1").arg(c, 3, 10, QLatin1Char('0'));
        const int orders = 1 + (c * 7) % 6;
        const qint32 last = 20000 - (c * 37) % 400;
        std::vector<CustomerTableBuilder::Entry> entries;
        for (int k = 0; k < orders; ++k)
            entries.push_back({last - k * 20, 100 + qint64((c * 1237 + k * 311) % 60000)});
        std::vector<CustomerTableBuilder::Entry> returns;
        if (c % 9 == 0)
            returns.push_back({last, 50});
        builder.addCustomer(c + 1, key, cities[c % cities.size()], std::move(entries), std::move(returns));
    }
    Shop shop;
    auto table = std::make_shared<CustomerTable>(builder.build());
    AnalysisParameters parameters;
    parameters.clusters.k = 2;
    shop.results = std::make_shared<const AnalysisResults>(runAnalyses(*table, parameters));
    shop.table = std::move(table);
    return shop;
}

} // namespace customerfixture
