// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Level.h"

#include <QColor>
#include <QWidget>

class QLabel;

namespace kanribo
{

class PolicyPack;

// The overall marking of what is on screen, spelled out in full, at the top and bottom of a view (R-MRK-3).
class BannerWidget : public QWidget
{
    Q_OBJECT

public:
    struct Style {
        QString text;
        QColor background;
        QColor foreground;
    };
    static Style defaultStyle(Level level);

    explicit BannerWidget(QWidget* parent = nullptr);

    // Built-in marking text and colours (R-MRK-1, R-MRK-3 in docs/rules.md).
    void setLevel(Level level);
    // Marking text and colours supplied by the policy pack; empty/invalid members fall back to the defaults.
    void setLevel(Level level, const Style& style);
    // Marking text ("SECRET // 極秘") and colours from the facility's policy pack (R-MRK-2, R-MRK-3).
    void setLevel(Level level, const PolicyPack& pack);
    static Style policyStyle(Level level, const PolicyPack& pack);
    Level level() const { return m_level; }
    QString text() const;
    QColor background() const { return m_style.background; }
    QColor foreground() const { return m_style.foreground; }

private:
    void apply();

    Level m_level = Level::Unclassified;
    Style m_style;
    QLabel* m_label;
};

} // namespace kanribo
