#pragma once

#include "analysis/clusters/clustering.h"

#include "models/resulttablemodel.h"

#include <vector>

namespace clientele {

// The k search of a clustering: one row per k tried, with the mean silhouette and the inertia. The
// display role of every column is a plain number so QVXYModelMapper can feed the silhouette/elbow chart
// from this model. An undefined silhouette (NaN; rare: fewer customers than k + 1) is an empty cell,
// which a mapper reads as 0.
class KCandidateModel : public ResultTableModel<KCandidate>
{
    Q_OBJECT
public:
    enum Column { KColumn, SilhouetteColumn, InertiaColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ChosenRole };

    explicit KCandidateModel(QObject *parent = nullptr);

    // `chosenK` is marked (bold, ChosenRole); it need not be among the candidates.
    void setCandidates(std::vector<KCandidate> candidates, int chosenK);
    const std::vector<KCandidate> &candidates() const { return rows(); }
    int chosenK() const { return m_chosenK; }
    int chosenRow() const; // −1 when the chosen k is not a row

protected:
    QVariant cellData(const KCandidate &c, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    int m_chosenK = 0;
};

} // namespace clientele
