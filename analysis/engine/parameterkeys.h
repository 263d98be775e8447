#pragma once

#include "analysis/engine/analysisrun.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// Every analysis parameter a user can set, by one key each ("rfm/method", "lifecycle/activeMaxDays" …),
// read and written as text: the same keys and texts serve the settings file (under its "analysis" group),
// the command line (`--set KEY=VALUE`) and the documentation (docs/metrics/*.md). Tier definitions are
// not here: they are edited as tier designs (tier studio, `clientele-cli tiers`).
struct ParameterKey
{
    // How the value is written: one whole number, whole numbers separated by commas, money amounts in minor
    // units separated by commas, one of `choices`, or cluster feature keys separated by commas.
    enum class Kind { Number, Numbers, MoneyList, Choice, FeatureList };
    QString key;
    const char *label; // a short English name (source text of parameterLabel)
    const char *help;  // one English sentence: meaning, unit, default (source text of parameterHelp)
    Kind kind = Kind::Number;
    QStringList choices; // Kind::Choice: the keys allowed; Kind::FeatureList: every feature key
};
const std::vector<ParameterKey> &analysisParameterKeys();
QString parameterLabel(const ParameterKey &key); // in the UI language (context "clientele::Parameters")
QString parameterHelp(const ParameterKey &key);

// The parameter's value as text: numbers in plain digits, lists comma-separated ("30,90,180,365"), money
// in minor units (cents / 分), enumerations by key ("quintiles"). Empty for an unknown key.
QString analysisParameterText(const AnalysisParameters &parameters, const QString &key);

// Sets one parameter from text; empty on success, else one English sentence naming the key and what is
// wrong (unknown key, not a number, out of range). Rules that span a group (increasing cut points, stage
// boundaries in order) are checked by validateAnalysisParameters once every value is set.
QString setAnalysisParameter(AnalysisParameters &parameters, const QString &key, const QString &text);

// Empty when every group is consistent; else the first problem as one English sentence.
QString validateAnalysisParameters(const AnalysisParameters &parameters);

// Applies "KEY=VALUE" assignments in order, then validates; empty on success.
QString applyParameterAssignments(AnalysisParameters &parameters, const QStringList &assignments);

} // namespace clientele
