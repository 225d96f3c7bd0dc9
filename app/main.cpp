// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: the GUI is being written.
int main()
{
    return 0;
}
