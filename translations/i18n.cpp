// SPDX-License-Identifier: GPL-3.0-or-later
// Holds the compiled translations (:/i18n/kanribo_*.qm) as resources of the kanribo_i18n library.
namespace kanribo
{
int i18nAnchor()
{
    return 0;
}
} // namespace kanribo
