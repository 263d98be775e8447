#include "app/gui/parametersettings.h"

#include "analysis/engine/parameterkeys.h"

#include <QSettings>

#include <limits>
#include <optional>

namespace clientele {

namespace {

// Reads the values of one tier definition; any present-but-invalid value marks the definitions bad.
class GroupReader
{
public:
    explicit GroupReader(QSettings &settings)
        : m_settings(settings)
    {
    }
    bool ok() const { return m_ok; }
    void fail() { m_ok = false; }

    template <typename Int> void integer(const QString &key, Int &value, qint64 min, qint64 max)
    {
        if (!m_settings.contains(key))
            return;
        bool ok = false;
        const qint64 v = m_settings.value(key).toString().trimmed().toLongLong(&ok);
        if (!ok || v < min || v > max)
            return fail();
        value = Int(v);
    }

private:
    QSettings &m_settings;
    bool m_ok = true;
};

// The tier definitions (a QSettings array); the rating window is read with the other keys.
// Empty when a stored definition is unreadable or the set is inconsistent.
std::optional<std::vector<TierDefinition>> readTierDefinitions(QSettings &s, qint32 windowDays)
{
    TierParams p;
    p.windowDays = windowDays;
    GroupReader r(s);
    const int count = s.beginReadArray(QStringLiteral("definitions"));
    if (count > 0) {
        std::vector<TierDefinition> tiers;
        for (int i = 0; i < count && r.ok(); ++i) {
            s.setArrayIndex(i);
            TierDefinition t;
            t.key = s.value(QStringLiteral("key")).toString();
            t.name = s.value(QStringLiteral("name")).toString();
            // No name, or a built-in one as older versions stored it (tr("Silver") in the language of the day):
            // the key's built-in name, translated when shown.
            if (t.name.isEmpty() || isBuiltInTierName(t.key, t.name))
                t.name = builtInTierName(t.key);
            t.nameZh = s.value(QStringLiteral("nameZh")).toString();
            if (!s.contains(QStringLiteral("minSpendMinor")))
                r.fail();
            r.integer(QStringLiteral("minSpendMinor"), t.minSpendMinor, 0, std::numeric_limits<qint64>::max() / 4);
            r.integer(QStringLiteral("minOrders"), t.minOrders, 0, 1000000);
            tiers.push_back(std::move(t));
        }
        p.tiers = std::move(tiers);
    }
    s.endArray();
    if (!r.ok() || !validateTierParams(p).isEmpty())
        return std::nullopt;
    return p.tiers;
}

// A stored value as the key table's text: QSettings turns "a,b" into a QStringList on read.
QString storedText(const QSettings &s, const QString &key)
{
    const QVariant v = s.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
}

} // namespace

AnalysisParameters readAnalysisParameters(QSettings &settings)
{
    // Group by group ("rfm", "lifecycle" …, the first part of each key): a group with an unreadable or
    // inconsistent value falls back to its defaults as a whole, the groups read before it stay. The tiers
    // group is its rating window and its definitions together.
    AnalysisParameters p;
    settings.beginGroup(QStringLiteral("analysis"));
    const std::vector<ParameterKey> &keys = analysisParameterKeys();
    bool tiersOk = true;
    for (size_t first = 0; first < keys.size();) {
        const QString group = keys[first].key.section(u'/', 0, 0);
        size_t end = first;
        AnalysisParameters candidate = p;
        bool ok = true;
        for (; end < keys.size() && keys[end].key.section(u'/', 0, 0) == group; ++end) {
            if (settings.contains(keys[end].key))
                ok = ok
                    && setAnalysisParameter(candidate, keys[end].key, storedText(settings, keys[end].key)).isEmpty();
        }
        ok = ok && validateAnalysisParameters(candidate).isEmpty();
        if (ok)
            p = candidate;
        if (group == u"tiers")
            tiersOk = ok;
        first = end;
    }
    settings.beginGroup(QStringLiteral("tiers"));
    const std::optional<std::vector<TierDefinition>> tiers = readTierDefinitions(settings, p.tiers.windowDays);
    settings.endGroup();
    if (tiersOk && tiers)
        p.tiers.tiers = *tiers;
    else
        p.tiers = TierParams();
    settings.endGroup();
    return p;
}

bool migrateTierNames(QSettings &s)
{
    bool changed = false;
    s.beginGroup(QStringLiteral("analysis/tiers"));
    const int count = s.beginReadArray(QStringLiteral("definitions"));
    std::vector<int> builtIn;
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        const QString name = s.value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && isBuiltInTierName(s.value(QStringLiteral("key")).toString(), name))
            builtIn.push_back(i);
    }
    s.endArray();
    // QSettings arrays are groups "definitions/<i + 1>/…"; a read array cannot remove keys.
    for (int i : builtIn) {
        s.remove(QStringLiteral("definitions/%1/name").arg(i + 1));
        changed = true;
    }
    s.endGroup();
    return changed;
}

void writeAnalysisParameters(QSettings &s, const AnalysisParameters &p)
{
    s.beginGroup(QStringLiteral("analysis"));
    s.remove(QString()); // the whole group: stale tier definitions must not survive a shorter list
    for (const ParameterKey &key : analysisParameterKeys())
        s.setValue(key.key, analysisParameterText(p, key.key));

    s.beginGroup(QStringLiteral("tiers"));
    s.beginWriteArray(QStringLiteral("definitions"), int(p.tiers.tiers.size()));
    for (size_t i = 0; i < p.tiers.tiers.size(); ++i) {
        const TierDefinition &t = p.tiers.tiers[i];
        s.setArrayIndex(int(i));
        s.setValue(QStringLiteral("key"), t.key);
        // Only a name the user gave is stored; a built-in one follows the UI language.
        if (!isBuiltInTierName(t.key, t.name))
            s.setValue(QStringLiteral("name"), t.name);
        s.setValue(QStringLiteral("nameZh"), t.nameZh);
        s.setValue(QStringLiteral("minSpendMinor"), t.minSpendMinor);
        s.setValue(QStringLiteral("minOrders"), t.minOrders);
    }
    s.endArray();
    s.endGroup();

    s.endGroup();
}

} // namespace clientele
