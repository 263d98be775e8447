#include "models/reratingcontroller.h"

#include "models/analysiscontroller.h"
#include "models/jobtracker.h"

namespace clientele {

ReratingController::ReratingController(AnalysisController *analysis, QObject *parent)
    : QObject(parent)
    , m_analysis(analysis)
    , m_jobs(new JobTracker(this))
{
}

ReratingController::~ReratingController() = default;

bool ReratingController::run(int daysBefore, DowngradeRule rule)
{
    const auto table = m_analysis->table();
    const auto results = m_analysis->results();
    if (!table || !results || !results->tiers.ok())
        return false;
    TierParams tierParams;
    tierParams.tiers = results->tiers.tiers;
    tierParams.windowDays = results->tiers.windowDays;
    ReratingParams params;
    params.nextRatingDay = results->asOfDay;
    params.ratingDay = results->asOfDay - daysBefore;
    params.rule = rule;
    const bool beforeData = params.ratingDay < table->firstDay;
    m_jobs->start([table, tierParams, params] { return simulateRerating(*table, tierParams, params); },
        [this, beforeData](ReratingResult result) {
            m_result = std::move(result);
            m_startsBeforeData = beforeData;
            Q_EMIT finished();
        });
    return true;
}

} // namespace clientele
