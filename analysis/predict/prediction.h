#pragma once

#include "analysis/core/cancellation.h"
#include "analysis/core/customersnapshot.h"
#include "analysis/core/customertable.h"
#include "analysis/predict/bgnbd.h"
#include "analysis/predict/gammagamma.h"
#include "analysis/predict/holdout.h"

#include <QString>

#include <optional>
#include <vector>

// Repurchase and churn prediction for the workbench: BG/NBD + Gamma-Gamma fitted on the customers as
// of the snapshot's day, per-customer P(alive), expected orders, repurchase score, churn warning and
// CLV, plus an optional calibration/holdout check. Definitions in docs/metrics/prediction.md.
namespace clientele {

enum class PredictionUnit { Days, Weeks };

struct PredictionParameters
{
    bool enabled = true;
    PredictionUnit unit = PredictionUnit::Days;                     // time unit of the fit (α is reported in it)
    predict::DropoutVariant model = predict::DropoutVariant::BgNbd; // Modified: MBG/NBD
    qint32 horizonDays = 90;          // "the next N days" of expected orders and repurchase score
    double churnAliveThreshold = 0.5; // warn when P(alive) < this …
    double valuableShare = 0.2;       // … for the top share of customers by net revenue
    qint32 clvMonths = 12;            // CLV horizon in months of 365.25/12 days
    double margin = 1.0;              // share of revenue that is profit; 1 = CLV of revenue
    double annualDiscountRate = 0.10; // converted to a monthly rate (1 + d)^(1/12) − 1
    qint32 holdoutDays = -1;          // −1: automatic (a third of the history, whole weeks, ≤ 365); 0: off

    bool operator==(const PredictionParameters &other) const = default;
};

struct PredictionResult
{
    bool ok = false;
    QString error; // why there is no prediction (no repeat buyers …)
    PredictionParameters parameters;
    qint32 asOfDay = 0;
    predict::BgNbdFit bgnbd;      // α in parameters.unit
    predict::GammaGammaFit spend; // γ in major units
    // Per customer, indexed like the CustomerTable; NaN for customers not yet acquired at asOfDay.
    std::vector<double> pAlive;
    std::vector<double> expectedOrders;          // in the next horizonDays
    std::vector<double> repurchaseProbability;   // P(at least one order in the next horizonDays)
    std::vector<qint8> repurchaseScore;          // round(100 · repurchaseProbability); −1 when not acquired
    std::vector<double> expectedOrderValueMinor; // Gamma-Gamma conditional mean per purchase day
    std::vector<qint64> clvMinor;
    std::vector<bool> churnWarning;
    qint64 customers = 0;              // acquired by asOfDay
    qint64 oneTimeBuyers = 0;          // x = 0: under BG/NBD P(alive) = 1, so never warned
    qint64 valuableThresholdMinor = 0; // net revenue ≥ this (and > 0) counts as valuable
    qint64 valuableCustomers = 0;
    qint64 churnWarnings = 0;
    double expectedOrdersTotal = 0;
    qint64 clvTotalMinor = 0;
    std::optional<predict::HoldoutCheck> holdout;
    bool cancelled = false;
};

// `snapshot` must be taken at the as-of day of the prediction (its net revenue defines "valuable").
PredictionResult runPrediction(const CustomerTable &table, const CustomerSnapshot &snapshot,
    const PredictionParameters &parameters, const CancelToken &cancel = {});

// 1 or 7.
double unitDays(PredictionUnit unit);

// Σ_{k=1..months} margin · value · (E[Y(k)] − E[Y(k−1)]) / (1 + monthlyRate)^k, E[Y(k)] the expected
// purchases in the first k months after T (month = 365.25/12 days); `value` in any money unit.
double customerLifetimeValue(const predict::BgNbdParams &p, double x, double tx, double T, double unitDays,
    double value, qint32 months, double margin, double annualDiscountRate);

} // namespace clientele
