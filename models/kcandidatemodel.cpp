#include "models/kcandidatemodel.h"

#include <QFont>

#include <cmath>

namespace clientele {

KCandidateModel::KCandidateModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{SortRole, "sortValue"}, {ChosenRole, "chosen"}}, parent)
{
}

void KCandidateModel::setCandidates(std::vector<KCandidate> candidates, int chosenK)
{
    m_chosenK = chosenK;
    setRows(std::move(candidates));
}

int KCandidateModel::chosenRow() const
{
    for (size_t i = 0; i < rows().size(); ++i)
        if (rows()[i].k == m_chosenK)
            return int(i);
    return -1;
}

QVariant KCandidateModel::cellData(const KCandidate &c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
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

QString KCandidateModel::columnTitle(int column) const
{
    switch (column) {
    case KColumn:
        return tr("k");
    case SilhouetteColumn:
        return tr("Mean silhouette");
    case InertiaColumn:
        return tr("Inertia");
    }
    return {};
}

} // namespace clientele
