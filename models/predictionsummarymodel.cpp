#include "models/predictionmodels.h"

#include "models/valueformat.h"

#include <QLocale>

namespace clientele {

namespace {

QString parameterText(double value)
{
    return QString::number(value, 'g', 4);
}

QString yesNo(bool yes)
{
    return yes ? PredictionSummaryModel::tr("yes") : PredictionSummaryModel::tr("no");
}

} // namespace

PredictionSummaryModel::PredictionSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PredictionSummaryModel::setResult(const PredictionResult &result)
{
    beginResetModel();
    m_result = PredictionResult();
    m_result.ok = result.ok;
    m_result.error = result.error;
    m_result.parameters = result.parameters;
    m_result.asOfDay = result.asOfDay;
    m_result.bgnbd = result.bgnbd;
    m_result.spend = result.spend;
    m_result.customers = result.customers;
    m_result.oneTimeBuyers = result.oneTimeBuyers;
    m_result.valuableThresholdMinor = result.valuableThresholdMinor;
    m_result.valuableCustomers = result.valuableCustomers;
    m_result.churnWarnings = result.churnWarnings;
    m_result.expectedOrdersTotal = result.expectedOrdersTotal;
    m_result.clvTotalMinor = result.clvTotalMinor;
    endResetModel();
}

QString PredictionSummaryModel::rowKey(Row row)
{
    switch (row) {
    case ModelRow:
        return QStringLiteral("model");
    case RRow:
        return QStringLiteral("r");
    case AlphaRow:
        return QStringLiteral("alpha");
    case ARow:
        return QStringLiteral("a");
    case BRow:
        return QStringLiteral("b");
    case LogLikelihoodRow:
        return QStringLiteral("logLikelihood");
    case ConvergedRow:
        return QStringLiteral("converged");
    case SpendPRow:
        return QStringLiteral("spendP");
    case SpendQRow:
        return QStringLiteral("spendQ");
    case SpendGammaRow:
        return QStringLiteral("spendGamma");
    case SpendConvergedRow:
        return QStringLiteral("spendConverged");
    case CustomersRow:
        return QStringLiteral("customers");
    case OneTimeBuyersRow:
        return QStringLiteral("oneTimeBuyers");
    case ValuableRow:
        return QStringLiteral("valuableCustomers");
    case WarningsRow:
        return QStringLiteral("churnWarnings");
    case ExpectedOrdersRow:
        return QStringLiteral("expectedOrders");
    case ClvTotalRow:
        return QStringLiteral("clvTotal");
    case RowCount:
        break;
    }
    return {};
}

QString PredictionSummaryModel::label(Row row) const
{
    const bool weeks = m_result.parameters.unit == PredictionUnit::Weeks;
    switch (row) {
    case ModelRow:
        return tr("Model");
    case RRow:
        return tr("r (purchase rate shape)");
    case AlphaRow:
        return weeks ? tr("α (rate scale, weeks)") : tr("α (rate scale, days)");
    case ARow:
        return tr("a (dropout shape)");
    case BRow:
        return tr("b (dropout shape)");
    case LogLikelihoodRow:
        return tr("Log-likelihood");
    case ConvergedRow:
        return tr("Converged");
    case SpendPRow:
        return tr("Spend p");
    case SpendQRow:
        return tr("Spend q");
    case SpendGammaRow:
        return tr("Spend γ");
    case SpendConvergedRow:
        return tr("Spend fit converged");
    case CustomersRow:
        return tr("Customers fitted");
    case OneTimeBuyersRow:
        return tr("One-time buyers");
    case ValuableRow:
        return tr("Valuable customers");
    case WarningsRow:
        return tr("Churn warnings");
    case ExpectedOrdersRow:
        return tr("Expected orders (next %1 days)").arg(m_result.parameters.horizonDays);
    case ClvTotalRow:
        return tr("Total CLV (%1 months)").arg(m_result.parameters.clvMonths);
    case RowCount:
        break;
    }
    return {};
}

QString PredictionSummaryModel::explanation(Row row) const
{
    switch (row) {
    case ModelRow:
        return tr("BG/NBD: customers can only drop out right after a repeat purchase. MBG/NBD also lets "
                  "one-time buyers drop out.");
    case RRow:
    case AlphaRow:
        return tr("While alive, a customer buys at a rate λ that varies between customers as Gamma(r, α); "
                  "the mean rate is r/α purchases per time unit.");
    case ARow:
    case BRow:
        return tr("After each purchase a customer drops out with a probability p that varies as Beta(a, b); "
                  "the mean dropout probability is a/(a+b).");
    case LogLikelihoodRow:
        return tr("Log-likelihood of the data at the fitted parameters (higher is better).");
    case ConvergedRow:
    case SpendConvergedRow:
        return tr("Whether the optimiser reached a maximum (gradient close to zero).");
    case SpendPRow:
    case SpendQRow:
    case SpendGammaRow:
        return tr("Gamma-Gamma spend model: order values vary as Gamma(p, ν) around each customer's mean, "
                  "ν varies between customers as Gamma(q, γ); γ in money units.");
    case CustomersRow:
        return tr("Customers with a first order on or before the as-of day.");
    case OneTimeBuyersRow:
        return tr("Customers with a single purchase day (no repeat purchase yet).");
    case ValuableRow:
        return tr("Customers in the top %1 by net revenue (net revenue at least %2).")
            .arg(formatPercent(m_result.parameters.valuableShare, 0), formatMoney(m_result.valuableThresholdMinor));
    case WarningsRow:
        return tr("Valuable customers whose P(alive) is below %1.")
            .arg(formatPercent(m_result.parameters.churnAliveThreshold, 0));
    case ExpectedOrdersRow:
        return tr("Sum over all customers of the expected purchase days in the horizon.");
    case ClvTotalRow:
        return tr("Sum of the customers' lifetime values (discounted margin).");
    case RowCount:
        break;
    }
    return {};
}

QVariant PredictionSummaryModel::rawValue(Row row) const
{
    const PredictionResult &r = m_result;
    switch (row) {
    case ModelRow:
        return int(r.parameters.model);
    case RRow:
        return r.bgnbd.params.r;
    case AlphaRow:
        return r.bgnbd.params.alpha;
    case ARow:
        return r.bgnbd.params.a;
    case BRow:
        return r.bgnbd.params.b;
    case LogLikelihoodRow:
        return r.bgnbd.logLikelihood;
    case ConvergedRow:
        return r.bgnbd.converged;
    case SpendPRow:
        return r.spend.params.p;
    case SpendQRow:
        return r.spend.params.q;
    case SpendGammaRow:
        return r.spend.params.gamma;
    case SpendConvergedRow:
        return r.spend.converged;
    case CustomersRow:
        return r.customers;
    case OneTimeBuyersRow:
        return r.oneTimeBuyers;
    case ValuableRow:
        return r.valuableCustomers;
    case WarningsRow:
        return r.churnWarnings;
    case ExpectedOrdersRow:
        return r.expectedOrdersTotal;
    case ClvTotalRow:
        return r.clvTotalMinor;
    case RowCount:
        break;
    }
    return {};
}

QString PredictionSummaryModel::displayValue(Row row) const
{
    const PredictionResult &r = m_result;
    if (!r.ok)
        return QStringLiteral("–");
    const bool spend = r.spend.ok;
    switch (row) {
    case ModelRow:
        return r.parameters.model == predict::DropoutVariant::Modified ? tr("MBG/NBD") : tr("BG/NBD");
    case RRow:
    case AlphaRow:
    case ARow:
    case BRow:
        return parameterText(rawValue(row).toDouble());
    case LogLikelihoodRow:
        return QString::number(r.bgnbd.logLikelihood, 'f', 1);
    case ConvergedRow:
        return yesNo(r.bgnbd.converged);
    case SpendPRow:
    case SpendQRow:
    case SpendGammaRow:
        return spend ? parameterText(rawValue(row).toDouble()) : QStringLiteral("–");
    case SpendConvergedRow:
        return spend ? yesNo(r.spend.converged) : tr("no fit");
    case CustomersRow:
        return formatCount(r.customers);
    case OneTimeBuyersRow:
        return formatCount(r.oneTimeBuyers);
    case ValuableRow:
        return formatCount(r.valuableCustomers);
    case WarningsRow:
        return formatCount(r.churnWarnings);
    case ExpectedOrdersRow:
        return QLocale().toString(r.expectedOrdersTotal, 'f', 0);
    case ClvTotalRow:
        return formatMoney(r.clvTotalMinor);
    case RowCount:
        break;
    }
    return {};
}

int PredictionSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int PredictionSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredictionSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= RowCount || index.column() >= ColumnCount)
        return {};
    const Row row = Row(index.row());
    switch (role) {
    case KeyRole:
        return rowKey(row);
    case Qt::ToolTipRole:
        return explanation(row);
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        return index.column() == QuantityColumn ? QVariant(index.row()) : rawValue(row);
    case Qt::DisplayRole:
        return index.column() == QuantityColumn ? label(row) : displayValue(row);
    default:
        return {};
    }
}

QVariant PredictionSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
    case QuantityColumn:
        return tr("Quantity");
    case ValueColumn:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> PredictionSummaryModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(KeyRole, "key");
    return names;
}

} // namespace clientele
