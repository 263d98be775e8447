#pragma once

#include "analysis/rfm/rfmscorer.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace clientele {

enum class SegmentScheme : quint8 {
    RfmGrid,      // the 11 named segments on (R score, F + M scores); see gridSegmentRules()
    ValueClasses, // the 8 classes 重要价值 … 一般挽留: R, F, M each above or below its mean
};

// Every segment of both schemes. The numeric values are not stored anywhere; keys are the stable names.
enum class Segment : quint8 {
    // RfmGrid
    Champions,
    Loyal,
    PotentialLoyalist,
    New,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
    // ValueClasses
    ImportantValue,    // 重要价值客户 R high F high M high
    ImportantDevelop,  // 重要发展客户 R high F low  M high
    ImportantMaintain, // 重要保持客户 R low  F high M high
    ImportantRetain,   // 重要挽留客户 R low  F low  M high
    GeneralValue,      // 一般价值客户 R high F high M low
    GeneralDevelop,    // 一般发展客户 R high F low  M low
    GeneralMaintain,   // 一般保持客户 R low  F high M low
    GeneralRetain,     // 一般挽留客户 R low  F low  M low
    None = 0xff,       // not in the snapshot (inactive at the as-of day)
};

struct SegmentInfo
{
    Segment segment;
    SegmentScheme scheme;
    QLatin1StringView key;   // stable, for JSON and settings: "champions", "important_value" …
    const char *name;        // English, translated through segmentName()
    QStringView chineseName; // shown as is, whatever the UI language
    const char *actionHint;  // one line, translated through segmentActionHint()
};

const SegmentInfo &segmentInfo(Segment segment);           // precondition: segment != None
std::span<const Segment> segmentsOf(SegmentScheme scheme); // display order: best first
std::optional<Segment> segmentFromKey(QStringView key);
QString segmentName(Segment segment);
QString segmentActionHint(Segment segment);
QLatin1StringView segmentSchemeKey(SegmentScheme scheme); // "rfm_grid", "value_classes"

// RfmGrid rules. FM = F score + M score (2..10), i.e. twice the FM average, so no rounding is involved.
// A customer belongs to the rule's segment when rMin ≤ R ≤ rMax and fmMin ≤ F + M ≤ fmMax. The rules
// tile the 5 × 9 grid exactly once (tests check all 125 score triples); a segment may need two boxes.
struct GridSegmentRule
{
    Segment segment;
    int rMin;
    int rMax;
    int fmMin;
    int fmMax;

    bool matches(int r, int f, int m) const { return r >= rMin && r <= rMax && f + m >= fmMin && f + m <= fmMax; }
};
std::span<const GridSegmentRule> gridSegmentRules();

// Segment of one score triple; None when any score is outside 1..5 (an inactive customer).
Segment gridSegment(int r, int f, int m);

// ValueClasses mapping of the three comparisons with the means.
Segment valueClass(bool recencyHigh, bool frequencyHigh, bool monetaryHigh);

struct SegmentAssignment
{
    SegmentScheme scheme = SegmentScheme::RfmGrid;
    qint32 asOfDay = 0;
    MonetaryBasis monetaryBasis = MonetaryBasis::NetRevenue;
    qint64 activeCount = 0;
    std::vector<Segment> segments; // per customer, indexed like the CustomerTable
    // ValueClasses only: the means over active customers that split high from low (0 otherwise).
    double meanRecencyDays = 0;
    double meanFrequency = 0;
    double meanMonetaryMinor = 0;

    size_t size() const { return segments.size(); }
};

// RfmGrid from scores (inactive customers and failed scorings give None).
SegmentAssignment assignGridSegments(const RfmScores &scores);

// ValueClasses straight from the snapshot: "high" R means recency strictly below the mean (more recent),
// "high" F and M mean strictly above the mean; a value equal to the mean counts as low. M uses `basis`.
// The comparison is exact (value × n against the sum, in 128-bit integers), so no customer flips on rounding.
SegmentAssignment assignValueClasses(const CustomerSnapshot &snapshot, MonetaryBasis basis = MonetaryBasis::NetRevenue);

} // namespace clientele
