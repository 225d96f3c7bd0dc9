// SPDX-License-Identifier: GPL-3.0-or-later
#include "BannerWidget.h"

#include "Labels.h"
#include "policy/PolicyPack.h"

#include <QHBoxLayout>
#include <QLabel>

namespace kanribo
{

BannerWidget::Style BannerWidget::defaultStyle(Level level)
{
    return { Labels::marking(level), Labels::markingBackground(level), Labels::markingForeground(level) };
}

BannerWidget::BannerWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_label);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    QFont f = m_label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setLevel(Level::Unclassified);
}

void BannerWidget::setLevel(Level level)
{
    setLevel(level, Style {});
}

void BannerWidget::setLevel(Level level, const Style& style)
{
    m_level = level;
    const Style d = defaultStyle(level);
    m_style.text = style.text.isEmpty() ? d.text : style.text;
    m_style.background = style.background.isValid() ? style.background : d.background;
    m_style.foreground = style.foreground.isValid() ? style.foreground : d.foreground;
    apply();
}

BannerWidget::Style BannerWidget::policyStyle(Level level, const PolicyPack& pack)
{
    const LevelSpec& spec = pack.level(level);
    return { pack.bannerText(level), QColor(spec.banner), QColor(spec.text) };
}

void BannerWidget::setLevel(Level level, const PolicyPack& pack)
{
    setLevel(level, policyStyle(level, pack));
}

QString BannerWidget::text() const
{
    return m_label->text();
}

void BannerWidget::apply()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, m_style.background);
    p.setColor(QPalette::WindowText, m_style.foreground);
    setPalette(p);
    m_label->setPalette(p);
    m_label->setText(m_style.text);
    setAccessibleName(m_style.text);
}

} // namespace kanribo
