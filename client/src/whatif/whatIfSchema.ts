/** `POST /api/what-if` as contract/what-if.ts declares it: what removing the marked elements would do. */
export type { CentralityShift, WhatIfAnswer } from "../../../contract/what-if.ts";
