#pragma once

#include <QStyledItemDelegate>

namespace clientele {

// Editors for TierEditModel: spend thresholds as money with two decimals, the orders track as a count
// where 0 reads "— (none)".
class TierEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clientele
