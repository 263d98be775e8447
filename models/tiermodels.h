#pragma once

#include "analysis/tiers/rerating.h"
#include "analysis/tiers/tiers.h"

#include <QAbstractTableModel>

namespace clientele {

// "Silver 白银会员": the label tiers get in tables, legends, tooltips and the tier report; in a Chinese UI
// just "白银会员" (the translated built-in name is the Chinese name).
QString tierLabel(const TierDefinition &tier);

// One row per tier of a TierResult. Share columns hold numbers of percent (one decimal) and sit next to
// each other so a QHBarModelMapper can stack them per tier (row = bar set, columns = categories).
class TierSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TierColumn,
        MinSpendColumn,
        MinOrdersColumn,
        MembersColumn,
        ShareColumn,
        RevenueShareColumn,
        RevenueColumn,
        AverageSpendColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, TierIndexRole, TierKeyRole };

    explicit TierSummaryModel(QObject *parent = nullptr);
    void setResult(const TierResult &result);
    const TierResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    TierResult m_result; // without the per-customer lists
};

// The tier definitions being edited: spend threshold (major units, two decimals) and the optional order
// track (0 = none). The lowest tier's spend stays 0. Edits are not validated here: the page validates the
// whole set with validateTierParams() and shows the message.
class TierEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TierColumn, MinSpendColumn, MinOrdersColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 }; // spend in minor units, orders as a count

    explicit TierEditModel(QObject *parent = nullptr);
    void setTiers(const std::vector<TierDefinition> &tiers);
    const std::vector<TierDefinition> &tiers() const { return m_tiers; }
    // Applies spend thresholds (minor units, one per tier, e.g. ThresholdSuggestion::thresholdsMinor).
    bool setSpendThresholds(const std::vector<qint64> &thresholdsMinor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void tiersEdited();

private:
    std::vector<TierDefinition> m_tiers;
};

// The re-rating transition matrix: rows are the tier at the first rating, columns the tier at the
// re-rating, plus a last "Total" column. Up/stay/down totals and newcomers are read from result().
class ReratingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, MovementRole, FromTierRole, ToTierRole };
    enum Movement { Down = -1, Stay = 0, Up = 1 };

    explicit ReratingModel(QObject *parent = nullptr);
    void setResult(const ReratingResult &result);
    const ReratingResult &result() const { return m_result; }
    int totalColumn() const { return m_result.tierCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ReratingResult m_result; // without the per-customer lists
};

} // namespace clientele
