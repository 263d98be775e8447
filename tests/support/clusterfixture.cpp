#include "support/clusterfixture.h"

#include "analysis/core/customertable.h"

#include <QString>

#include <cmath>
#include <map>

namespace testsupport {

clientele::CustomerSnapshot snapshotOf(const std::vector<Group> &groups, std::vector<int> *truth)
{
    clientele::CustomerTableBuilder builder;
    qint64 id = 0;
    for (size_t g = 0; g < groups.size(); ++g) {
        const Group &group = groups[g];
        for (int i = 0; i < group.count; ++i) {
            const qint64 total = group.revenueMinor + i * (group.revenueMinor / 1000);
            std::vector<clientele::CustomerTableBuilder::Entry> orders;
            const qint32 last = kClusterAsOf - group.recency;
            for (qint32 o = 0; o < group.frequency; ++o) {
                const qint64 amount = total / group.frequency + (o == 0 ? total % group.frequency : 0);
                orders.push_back({last - o * 7, amount});
            }
            ++id;
            builder.addCustomer(id, QString::number(id), QString(), std::move(orders));
            if (truth)
                truth->push_back(int(g));
        }
    }
    clientele::CustomerTable table = builder.build();
    return takeSnapshot(table, kClusterAsOf);
}

bool samePartition(const std::vector<qint32> &a, const std::vector<int> &b)
{
    if (a.size() != b.size())
        return false;
    std::map<qint32, int> forward;
    std::map<int, qint32> backward;
    for (size_t i = 0; i < a.size(); ++i) {
        if (forward.emplace(a[i], b[i]).first->second != b[i])
            return false;
        if (backward.emplace(b[i], a[i]).first->second != a[i])
            return false;
    }
    return true;
}

Eigen::MatrixXd blobs(int k, int perBlob, std::vector<int> *truth)
{
    Eigen::MatrixXd points(2, k * perBlob);
    for (int b = 0; b < k; ++b) {
        for (int i = 0; i < perBlob; ++i) {
            const double angle = 2.399963 * i; // golden angle: spread without a random generator
            const double radius = 0.2 + 0.8 * double(i % 7) / 6.0;
            points(0, b * perBlob + i) = 10.0 * (b % 3) + radius * std::cos(angle);
            points(1, b * perBlob + i) = 10.0 * (b / 3) + radius * std::sin(angle);
            truth->push_back(b);
        }
    }
    return points;
}

} // namespace testsupport
