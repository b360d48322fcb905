/**
 * Identity resolution: the pluggable {@link io.customer360.identity.IdentityResolver}, its
 * connected-components default, and {@link io.customer360.identity.Identifiers}, which tells a
 * resolver what its identifier numbers stand for.
 */
package io.customer360.identity;
