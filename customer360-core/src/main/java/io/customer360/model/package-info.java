/**
 * The typed, immutable records of a run: leads, transactions, web events, identity links and
 * rejections, with the reason codes. Optional values of a record are null when missing; values
 * documented as never null are checked on construction.
 */
package io.customer360.model;
