// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace kanribo
{

namespace
{
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
bool g_sticky = false;
QString g_lastTitle;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(Button answer, bool sticky)
{
    g_nextAnswer = answer;
    g_sticky = sticky && answer != QMessageBox::NoButton;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
    Buttons buttons, Button defaultButton)
{
    g_lastTitle = title;
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        if (!g_sticky)
            g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::information(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

} // namespace kanribo
