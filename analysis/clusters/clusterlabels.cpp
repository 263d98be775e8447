#include "analysis/clusters/clusterlabels.h"

#include <QStringList>

#include <optional>

namespace clientele {

namespace {

struct Phrases
{
    const char16_t *englishLow;
    const char16_t *englishMid;
    const char16_t *englishHigh;
    const char16_t *chineseLow;
    const char16_t *chineseMid;
    const char16_t *chineseHigh;
};

// Recency is "days since the last order": a Low z means the customer bought recently.
constexpr Phrases kMonetary{u"Low value", u"Mid value", u"High value", u"低价值", u"中等价值", u"高价值"};
constexpr Phrases kFrequency{u"rare", u"occasional", u"frequent", u"低频", u"中频", u"高频"};
constexpr Phrases kRecency{u"recent", u"cooling", u"lapsed", u"近期", u"渐冷", u"流失"};
// Optional features only add a word at the extremes; Mid would add noise to every label.
constexpr Phrases kAov{u"small baskets", nullptr, u"big baskets", u"低客单价", nullptr, u"高客单价"};
constexpr Phrases kTenure{u"new", nullptr, u"long-standing", u"新客", nullptr, u"老客"};

const char16_t *pick(const Phrases &p, FeatureLevel level, bool chinese)
{
    switch (level) {
    case FeatureLevel::Low:
        return chinese ? p.chineseLow : p.englishLow;
    case FeatureLevel::Mid:
        return chinese ? p.chineseMid : p.englishMid;
    case FeatureLevel::High:
        return chinese ? p.chineseHigh : p.englishHigh;
    }
    return nullptr;
}

} // namespace

FeatureLevel featureLevel(double z)
{
    if (z > 0.5)
        return FeatureLevel::High;
    if (z < -0.5)
        return FeatureLevel::Low;
    return FeatureLevel::Mid;
}

ClusterLabel clusterLabel(const std::vector<ClusterFeature> &features, const std::vector<double> &centroidZ)
{
    std::optional<FeatureLevel> r, f, m, aov, tenure;
    for (size_t i = 0; i < features.size() && i < centroidZ.size(); ++i) {
        const FeatureLevel level = featureLevel(centroidZ[i]);
        switch (features[i]) {
        case ClusterFeature::Recency:
            r = level;
            break;
        case ClusterFeature::Frequency:
            f = level;
            break;
        case ClusterFeature::Monetary:
            m = level;
            break;
        case ClusterFeature::AverageOrderValue:
            aov = level;
            break;
        case ClusterFeature::Tenure:
            tenure = level;
            break;
        }
    }
    using L = FeatureLevel;
    QStringList english;
    QStringList chinese;
    // Named archetypes: the combinations an operations manager acts on directly.
    if (r == L::High && f == L::Low && m && m != L::High) {
        english << QStringLiteral("Lapsed one-timers");
        chinese << QStringLiteral("流失的一次性客户");
    } else if (r == L::High && m == L::High) {
        english << QStringLiteral("Lapsed high spenders");
        chinese << QStringLiteral("流失的高价值客户");
    } else if (r == L::Low && f == L::Low && m && m != L::High) {
        english << QStringLiteral("Recent first-time buyers");
        chinese << QStringLiteral("近期新客");
    } else {
        for (const auto &[level, phrases] : {std::pair{m, &kMonetary}, {f, &kFrequency}, {r, &kRecency}}) {
            if (level) {
                english << QString::fromUtf16(pick(*phrases, *level, false));
                chinese << QString::fromUtf16(pick(*phrases, *level, true));
            }
        }
    }
    for (const auto &[level, phrases] : {std::pair{aov, &kAov}, {tenure, &kTenure}}) {
        if (level && *level != L::Mid) {
            english << QString::fromUtf16(pick(*phrases, *level, false));
            chinese << QString::fromUtf16(pick(*phrases, *level, true));
        }
    }
    ClusterLabel label;
    label.english = english.join(QStringLiteral(", "));
    if (!label.english.isEmpty())
        label.english[0] = label.english[0].toUpper();
    label.chinese = chinese.join(u'·');
    return label;
}

} // namespace clientele
