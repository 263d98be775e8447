#include "views/tiereditdelegate.h"

#include "models/tiermodels.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace clientele {

QWidget *TierEditDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == TierEditModel::MinSpendColumn) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0.0, 1e10);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        spin->setFrame(false);
        return spin;
    }
    if (index.column() == TierEditModel::MinOrdersColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 10000);
        spin->setSpecialValueText(tr("— (none)"));
        spin->setFrame(false);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

} // namespace clientele
