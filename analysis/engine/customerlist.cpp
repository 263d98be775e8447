#include "analysis/engine/customerlist.h"

#include <QCoreApplication>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct CustomerListText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::CustomerList)
};

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<Segment> segmentByName(const QString &name, QString *error)
{
    const QString wanted = name.trimmed();
    if (auto segment = segmentFromKey(wanted))
        return segment;
    for (SegmentScheme scheme : {SegmentScheme::RfmGrid, SegmentScheme::ValueClasses}) {
        for (Segment segment : segmentsOf(scheme)) {
            const SegmentInfo &info = segmentInfo(segment);
            if (sameName(wanted, QLatin1StringView(info.name)) || sameName(wanted, segmentName(segment))
                || wanted == info.chineseName || QString(wanted + QStringLiteral("客户")) == info.chineseName)
                return segment;
        }
    }
    QStringList keys;
    for (SegmentScheme scheme : {SegmentScheme::RfmGrid, SegmentScheme::ValueClasses})
        for (Segment segment : segmentsOf(scheme))
            keys.append(QString(segmentInfo(segment).key));
    *error = CustomerListText::tr("Unknown segment \"%1\"; use one of: %2.").arg(name, keys.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<ActivityStage> stageByName(const QString &name, QString *error)
{
    const QString wanted = name.trimmed();
    QStringList keys;
    for (ActivityStage stage :
        {ActivityStage::Active, ActivityStage::Silent, ActivityStage::Sleeping, ActivityStage::Lost}) {
        if (sameName(wanted, activityStageKey(stage)) || sameName(wanted, activityStageEnglishName(stage))
            || wanted == activityStageChineseName(stage))
            return stage;
        keys.append(activityStageKey(stage));
    }
    *error = CustomerListText::tr("Unknown stage \"%1\"; use one of: %2.").arg(name, keys.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::optional<int> tierByName(const QString &name, const TierResult &tiers, QString *error)
{
    const QString wanted = name.trimmed();
    QStringList keys;
    for (size_t i = 0; i < tiers.tiers.size(); ++i) {
        const TierDefinition &tier = tiers.tiers[i];
        if (sameName(wanted, tier.key) || sameName(wanted, tier.name) || wanted == tier.nameZh)
            return int(i);
        keys.append(tier.key);
    }
    *error = CustomerListText::tr("Unknown tier \"%1\"; use one of: %2.").arg(name, keys.join(QStringLiteral(", ")));
    return std::nullopt;
}

std::vector<quint32> filterCustomers(
    const CustomerTable &table, const AnalysisResults &results, const CustomerFilter &filter)
{
    auto matches = [&](size_t c) {
        if (!results.snapshot.active[c])
            return false;
        if (filter.segment) {
            const SegmentAssignment &assignment = segmentInfo(*filter.segment).scheme == SegmentScheme::RfmGrid
                ? results.gridSegments
                : results.valueClasses;
            if (c >= assignment.segments.size() || assignment.segments[c] != *filter.segment)
                return false;
        }
        if (filter.stage && results.stageOf[c] != *filter.stage)
            return false;
        if (filter.tier && (c >= results.tiers.tierOf.size() || results.tiers.tierOf[c] != *filter.tier))
            return false;
        if (filter.cluster
            && (c >= results.clusters.assignment.size() || results.clusters.assignment[c] != *filter.cluster))
            return false;
        return true;
    };
    std::vector<quint32> out;
    if (!filter.onlyIndices.empty()) {
        for (quint32 c : filter.onlyIndices)
            if (c < table.size() && matches(c))
                out.push_back(c);
        return out;
    }
    for (size_t c = 0; c < table.size(); ++c)
        if (matches(c))
            out.push_back(quint32(c));
    return out;
}

ExportTable customerListTable(
    const CustomerTable &table, const AnalysisResults &results, const std::vector<quint32> &customers)
{
    using Kind = ExportTable::Kind;
    ExportTable t;
    t.columns = {
        {QStringLiteral("customer"), Kind::Text},
        {QStringLiteral("city"), Kind::Text},
        {QStringLiteral("orders"), Kind::Integer},
        {QStringLiteral("net_revenue"), Kind::Money},
        {QStringLiteral("average_order_value"), Kind::Money},
        {QStringLiteral("first_order"), Kind::Date},
        {QStringLiteral("last_order"), Kind::Date},
        {QStringLiteral("recency_days"), Kind::Integer},
        {QStringLiteral("trailing_12m_spend"), Kind::Money},
        {QStringLiteral("r_score"), Kind::Integer},
        {QStringLiteral("f_score"), Kind::Integer},
        {QStringLiteral("m_score"), Kind::Integer},
        {QStringLiteral("rfm"), Kind::Text},
        {QStringLiteral("segment"), Kind::Text},
        {QStringLiteral("value_class"), Kind::Text},
        {QStringLiteral("stage"), Kind::Text},
        {QStringLiteral("tier"), Kind::Text},
        {QStringLiteral("cluster"), Kind::Integer},
        {QStringLiteral("cluster_label"), Kind::Text},
    };
    const CustomerSnapshot &s = results.snapshot;
    auto segmentText = [](const SegmentAssignment &assignment, size_t c) -> QVariant {
        if (c >= assignment.segments.size() || assignment.segments[c] == Segment::None)
            return {};
        const SegmentInfo &info = segmentInfo(assignment.segments[c]);
        return info.scheme == SegmentScheme::ValueClasses ? info.chineseName.toString() : segmentName(info.segment);
    };
    t.rows.reserve(customers.size());
    for (quint32 c : customers) {
        if (c >= table.size() || !s.active[c])
            continue;
        const int r = c < results.rfm.r.size() ? results.rfm.r[c] : 0;
        const int f = c < results.rfm.f.size() ? results.rfm.f[c] : 0;
        const int m = c < results.rfm.m.size() ? results.rfm.m[c] : 0;
        const int tier = c < results.tiers.tierOf.size() ? results.tiers.tierOf[c] : -1;
        const int cluster = c < results.clusters.assignment.size() ? results.clusters.assignment[c] : -1;
        std::vector<QVariant> row{
            table.keys[c],
            table.cities[c],
            qint64(s.frequency[c]),
            s.monetaryMinor[c],
            s.averageOrderValueMinor(c),
            qint32(results.asOfDay - s.tenureDays[c]),
            qint32(results.asOfDay - s.recencyDays[c]),
            qint64(s.recencyDays[c]),
            s.trailingSpendMinor[c],
            r > 0 ? QVariant(qint64(r)) : QVariant(),
            f > 0 ? QVariant(qint64(f)) : QVariant(),
            m > 0 ? QVariant(qint64(m)) : QVariant(),
            r > 0 ? QVariant(QString::number(r) + QString::number(f) + QString::number(m)) : QVariant(),
            segmentText(results.gridSegments, c),
            segmentText(results.valueClasses, c),
            activityStageKey(results.stageOf[c]),
            tier >= 0 && size_t(tier) < results.tiers.tiers.size() ? QVariant(results.tiers.tiers[size_t(tier)].name)
                                                                   : QVariant(),
            cluster >= 0 ? QVariant(qint64(cluster)) : QVariant(),
            cluster >= 0 && size_t(cluster) < results.clusters.profiles.size()
                ? QVariant(results.clusters.profiles[size_t(cluster)].labelEnglish)
                : QVariant(),
        };
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace clientele
