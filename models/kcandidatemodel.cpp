#include "models/kcandidatemodel.h"

#include <QFont>

#include <cmath>

namespace clientele {

KCandidateModel::KCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KCandidateModel::setCandidates(std::vector<KCandidate> candidates, int chosenK)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    m_chosenK = chosenK;
    endResetModel();
}

int KCandidateModel::chosenRow() const
{
    for (size_t i = 0; i < m_candidates.size(); ++i)
        if (m_candidates[i].k == m_chosenK)
            return int(i);
    return -1;
}

int KCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int KCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KCandidate &c = m_candidates[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case KColumn:
            return c.k;
        case SilhouetteColumn:
            return std::isnan(c.silhouette) ? QVariant() : QVariant(c.silhouette);
        case InertiaColumn:
            return c.inertia;
        }
        return {};
    case ChosenRole:
        return c.k == m_chosenK;
    case Qt::FontRole:
        if (c.k == m_chosenK) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant KCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KColumn:
        return tr("k");
    case SilhouetteColumn:
        return tr("Mean silhouette");
    case InertiaColumn:
        return tr("Inertia");
    }
    return {};
}

QHash<int, QByteArray> KCandidateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(ChosenRole, "chosen");
    return names;
}

} // namespace clientele
