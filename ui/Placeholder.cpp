// SPDX-License-Identifier: GPL-3.0-or-later
namespace kanribo {
int uiAnchor()
{
    return 0;
}
} // namespace kanribo
