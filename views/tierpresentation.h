#pragma once

#include "analysis/pareto/pareto.h"
#include "analysis/tiers/tierdesign.h"

#include <QWidget>

#include <array>

namespace clientele {

// Presentation mode of a tier design: full screen, one report page per slide drawn large (the same
// painting as the PDF, scaled to the screen). → / Space / Page Down next, ← / Page Up back, Esc closes.
class TierPresentation : public QWidget
{
    Q_OBJECT
public:
    TierPresentation(TierDesignEvaluation evaluation, ParetoResult pareto, QWidget *parent = nullptr);

    int slide() const { return m_slide; }
    void setSlide(int slide);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    TierDesignEvaluation m_evaluation;
    ParetoResult m_pareto;
    int m_slide = 0;
    std::array<qreal, 3> m_contentHeight{400, 560, 440}; // layout units, measured on a slide's first paint
    std::array<bool, 3> m_measured{};
};

} // namespace clientele
