#pragma once

#include "analysis/tiers/rerating.h"

#include <QObject>

namespace clientele {

class AnalysisController;
class JobTracker;

// The re-rating what-if of the 80/20 & Tiers page: re-rates the analysis controller's current tiers
// from a first rating some days before the as-of day to the as-of day, off the GUI thread. A newer
// request drops the older one's result; finished() publishes the latest.
class ReratingController : public QObject
{
    Q_OBJECT
public:
    explicit ReratingController(AnalysisController *analysis, QObject *parent = nullptr);
    ~ReratingController() override;

    // False (and nothing runs) while there are no results with valid tiers.
    bool run(int daysBefore, DowngradeRule rule);

    const ReratingResult &result() const { return m_result; }
    // The first rating day of result() lies before the first order, so its tiers are incomplete.
    bool startsBeforeData() const { return m_startsBeforeData; }
    JobTracker *jobs() const { return m_jobs; }

Q_SIGNALS:
    void finished();

private:
    AnalysisController *m_analysis;
    JobTracker *m_jobs;
    ReratingResult m_result;
    bool m_startsBeforeData = false;
};

} // namespace clientele
