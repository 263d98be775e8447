#include "analysis/rfm/rfmsegments.h"

#include <QCoreApplication>

#include <array>

namespace clientele {

namespace {

constexpr char Context[] = "clientele::Segments";

// Indexed by Segment's numeric value; the order of both enums must match (checked below).
constexpr std::array<SegmentInfo, 19> Infos{{
    {Segment::Champions, SegmentScheme::RfmGrid, QLatin1StringView("champions"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Champions"), u"冠军客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Reward them, ask for reviews and referrals, give early access to new products.")},
    {Segment::Loyal, SegmentScheme::RfmGrid, QLatin1StringView("loyal"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Loyal"), u"忠诚客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Upsell higher-value products and invite them to the loyalty programme.")},
    {Segment::PotentialLoyalist, SegmentScheme::RfmGrid, QLatin1StringView("potential_loyalist"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Potential Loyalist"), u"潜在忠诚客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Offer membership and recommend related products to build the habit.")},
    {Segment::New, SegmentScheme::RfmGrid, QLatin1StringView("new"), QT_TRANSLATE_NOOP("clientele::Segments", "New"),
        u"新客户", QT_TRANSLATE_NOOP("clientele::Segments", "Welcome them and make the second order easy.")},
    {Segment::Promising, SegmentScheme::RfmGrid, QLatin1StringView("promising"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Promising"), u"有潜力客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Build awareness with samples or trial offers.")},
    {Segment::NeedAttention, SegmentScheme::RfmGrid, QLatin1StringView("need_attention"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Need Attention"), u"需要关注客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Send limited-time offers based on what they bought before.")},
    {Segment::AboutToSleep, SegmentScheme::RfmGrid, QLatin1StringView("about_to_sleep"),
        QT_TRANSLATE_NOOP("clientele::Segments", "About to Sleep"), u"即将沉睡客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Reconnect with popular products and a modest discount.")},
    {Segment::AtRisk, SegmentScheme::RfmGrid, QLatin1StringView("at_risk"),
        QT_TRANSLATE_NOOP("clientele::Segments", "At Risk"), u"流失风险客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Send personal win-back messages and offers before they leave.")},
    {Segment::CantLoseThem, SegmentScheme::RfmGrid, QLatin1StringView("cant_lose_them"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Can't Lose Them"), u"不能失去的客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Contact them personally, find out why they stopped, make a strong offer.")},
    {Segment::Hibernating, SegmentScheme::RfmGrid, QLatin1StringView("hibernating"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Hibernating"), u"休眠客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Offer relevant products at special prices; keep the cost low.")},
    {Segment::Lost, SegmentScheme::RfmGrid, QLatin1StringView("lost"), QT_TRANSLATE_NOOP("clientele::Segments", "Lost"),
        u"已流失客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Try one low-cost reactivation campaign, then stop spending on them.")},
    {Segment::ImportantValue, SegmentScheme::ValueClasses, QLatin1StringView("important_value"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Important value"), u"重要价值客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Your best customers: keep them delighted with VIP service.")},
    {Segment::ImportantDevelop, SegmentScheme::ValueClasses, QLatin1StringView("important_develop"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Important to develop"), u"重要发展客户",
        QT_TRANSLATE_NOOP("clientele::Segments",
            "Recent big spenders who buy rarely: raise frequency with membership and reminders.")},
    {Segment::ImportantMaintain, SegmentScheme::ValueClasses, QLatin1StringView("important_maintain"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Important to maintain"), u"重要保持客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Frequent big spenders who have gone quiet: reach out before they lapse.")},
    {Segment::ImportantRetain, SegmentScheme::ValueClasses, QLatin1StringView("important_retain"),
        QT_TRANSLATE_NOOP("clientele::Segments", "Important to retain"), u"重要挽留客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Big spenders slipping away: find out why and make a targeted win-back offer.")},
    {Segment::GeneralValue, SegmentScheme::ValueClasses, QLatin1StringView("general_value"),
        QT_TRANSLATE_NOOP("clientele::Segments", "General value"), u"一般价值客户",
        QT_TRANSLATE_NOOP("clientele::Segments",
            "Recent and frequent but small baskets: cross-sell and bundle to raise order value.")},
    {Segment::GeneralDevelop, SegmentScheme::ValueClasses, QLatin1StringView("general_develop"),
        QT_TRANSLATE_NOOP("clientele::Segments", "General to develop"), u"一般发展客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Recent, infrequent, small spend: encourage a repeat order cheaply.")},
    {Segment::GeneralMaintain, SegmentScheme::ValueClasses, QLatin1StringView("general_maintain"),
        QT_TRANSLATE_NOOP("clientele::Segments", "General to maintain"), u"一般保持客户",
        QT_TRANSLATE_NOOP(
            "clientele::Segments", "Frequent small spenders gone quiet: low-cost reminders and promotions.")},
    {Segment::GeneralRetain, SegmentScheme::ValueClasses, QLatin1StringView("general_retain"),
        QT_TRANSLATE_NOOP("clientele::Segments", "General to retain"), u"一般挽留客户",
        QT_TRANSLATE_NOOP("clientele::Segments", "Low on every count: include only in low-cost mass campaigns.")},
}};

constexpr bool infosInEnumOrder()
{
    for (size_t i = 0; i < Infos.size(); ++i) {
        if (size_t(Infos[i].segment) != i)
            return false;
    }
    return true;
}
static_assert(infosInEnumOrder(), "Infos must be indexed by Segment");

constexpr std::array<Segment, 11> GridOrder{
    Segment::Champions,
    Segment::Loyal,
    Segment::PotentialLoyalist,
    Segment::New,
    Segment::Promising,
    Segment::NeedAttention,
    Segment::AboutToSleep,
    Segment::AtRisk,
    Segment::CantLoseThem,
    Segment::Hibernating,
    Segment::Lost,
};
constexpr std::array<Segment, 8> ValueOrder{
    Segment::ImportantValue,
    Segment::ImportantDevelop,
    Segment::ImportantMaintain,
    Segment::ImportantRetain,
    Segment::GeneralValue,
    Segment::GeneralDevelop,
    Segment::GeneralMaintain,
    Segment::GeneralRetain,
};

// The R × FM grid, FM = F + M. Rows R = 5 … 1, columns FM 2–3 | 4–5 | 6–7 | 8–10:
//   R 5:  New            | Potential Loyalist | Loyal    | Champions
//   R 4:  Promising      | Potential Loyalist | Loyal    | Champions
//   R 3:  About to Sleep | Need Attention     | Need Att.| Loyal
//   R 2:  Hibernating    | Hibernating        | At Risk  | At Risk
//   R 1:  Lost           | Hibernating        | At Risk  | Can't Lose Them
// Recency decides first (has the customer gone?), value second (is it worth acting?).
constexpr std::array<GridSegmentRule, 14> GridRules{{
    {Segment::Champions, 4, 5, 8, 10},
    {Segment::Loyal, 4, 5, 6, 7},
    {Segment::Loyal, 3, 3, 8, 10},
    {Segment::PotentialLoyalist, 4, 5, 4, 5},
    {Segment::New, 5, 5, 2, 3},
    {Segment::Promising, 4, 4, 2, 3},
    {Segment::NeedAttention, 3, 3, 4, 7},
    {Segment::AboutToSleep, 3, 3, 2, 3},
    {Segment::AtRisk, 2, 2, 6, 10},
    {Segment::AtRisk, 1, 1, 6, 7},
    {Segment::CantLoseThem, 1, 1, 8, 10},
    {Segment::Hibernating, 2, 2, 2, 5},
    {Segment::Hibernating, 1, 1, 4, 5},
    {Segment::Lost, 1, 1, 2, 3},
}};

// Exact "above the mean": value > sum / n ⇔ value × n > sum for n > 0. 128 bits keep both sides exact
// for any qint64 value and any realistic n.
__extension__ typedef __int128 Wide;

} // namespace

const SegmentInfo &segmentInfo(Segment segment)
{
    Q_ASSERT(segment != Segment::None);
    return Infos[size_t(segment)];
}

std::span<const Segment> segmentsOf(SegmentScheme scheme)
{
    if (scheme == SegmentScheme::ValueClasses)
        return ValueOrder;
    return GridOrder;
}

std::optional<Segment> segmentFromKey(QStringView key)
{
    for (const SegmentInfo &info : Infos) {
        if (key == info.key)
            return info.segment;
    }
    return std::nullopt;
}

QString segmentName(Segment segment)
{
    return QCoreApplication::translate(Context, segmentInfo(segment).name);
}

QString segmentActionHint(Segment segment)
{
    return QCoreApplication::translate(Context, segmentInfo(segment).actionHint);
}

QLatin1StringView segmentSchemeKey(SegmentScheme scheme)
{
    return scheme == SegmentScheme::ValueClasses ? QLatin1StringView("value_classes") : QLatin1StringView("rfm_grid");
}

std::span<const GridSegmentRule> gridSegmentRules()
{
    return GridRules;
}

Segment gridSegment(int r, int f, int m)
{
    if (r < 1 || r > 5 || f < 1 || f > 5 || m < 1 || m > 5)
        return Segment::None;
    for (const GridSegmentRule &rule : GridRules) {
        if (rule.matches(r, f, m))
            return rule.segment;
    }
    Q_UNREACHABLE(); // the rules cover the grid (tst_segments checks it)
    return Segment::None;
}

Segment valueClass(bool recencyHigh, bool frequencyHigh, bool monetaryHigh)
{
    if (monetaryHigh) {
        if (recencyHigh)
            return frequencyHigh ? Segment::ImportantValue : Segment::ImportantDevelop;
        return frequencyHigh ? Segment::ImportantMaintain : Segment::ImportantRetain;
    }
    if (recencyHigh)
        return frequencyHigh ? Segment::GeneralValue : Segment::GeneralDevelop;
    return frequencyHigh ? Segment::GeneralMaintain : Segment::GeneralRetain;
}

SegmentAssignment assignGridSegments(const RfmScores &scores)
{
    SegmentAssignment a;
    a.scheme = SegmentScheme::RfmGrid;
    a.asOfDay = scores.asOfDay;
    a.monetaryBasis = scores.monetaryBasis;
    a.segments.assign(scores.size(), Segment::None);
    if (!scores.ok())
        return a;
    // 125 possible triples: look them up once instead of walking the rules per customer.
    std::array<Segment, 6 * 6 * 6> lookup;
    for (int r = 0; r <= 5; ++r)
        for (int f = 0; f <= 5; ++f)
            for (int m = 0; m <= 5; ++m)
                lookup[size_t(r * 36 + f * 6 + m)] = gridSegment(r, f, m);
    for (size_t c = 0; c < scores.size(); ++c) {
        const Segment s = lookup[size_t(scores.r[c] * 36 + scores.f[c] * 6 + scores.m[c])];
        a.segments[c] = s;
        a.activeCount += s == Segment::None ? 0 : 1;
    }
    return a;
}

SegmentAssignment assignValueClasses(const CustomerSnapshot &snapshot, MonetaryBasis basis)
{
    SegmentAssignment a;
    a.scheme = SegmentScheme::ValueClasses;
    a.asOfDay = snapshot.asOfDay;
    a.monetaryBasis = basis;
    a.segments.assign(snapshot.size(), Segment::None);
    Wide sumR = 0;
    Wide sumF = 0;
    Wide sumM = 0;
    qint64 n = 0;
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (!snapshot.active[c])
            continue;
        sumR += snapshot.recencyDays[c];
        sumF += snapshot.frequency[c];
        sumM += monetaryValue(snapshot, basis, c);
        ++n;
    }
    a.activeCount = n;
    if (n == 0)
        return a;
    a.meanRecencyDays = double(sumR) / double(n);
    a.meanFrequency = double(sumF) / double(n);
    a.meanMonetaryMinor = double(sumM) / double(n);
    for (size_t c = 0; c < snapshot.size(); ++c) {
        if (!snapshot.active[c])
            continue;
        const bool rHigh = Wide(snapshot.recencyDays[c]) * n < sumR; // fewer days than the mean
        const bool fHigh = Wide(snapshot.frequency[c]) * n > sumF;
        const bool mHigh = Wide(monetaryValue(snapshot, basis, c)) * n > sumM;
        a.segments[c] = valueClass(rHigh, fHigh, mHigh);
    }
    return a;
}

} // namespace clientele
