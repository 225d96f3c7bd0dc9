// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Generator.h"

#include <QJsonObject>

namespace kanribo::bench
{

struct ChildArgs {
    QString workload; // W1 .. W5, KDF
    bool plain = false;
    SizeSpec size;
    DataSet data;
    int runs = 5;
    QString work; // scratch directory
};

// Runs one workload in this process and returns its figures (milliseconds; arrays hold every run).
QJsonObject runWorkload(const ChildArgs& args);

} // namespace kanribo::bench
