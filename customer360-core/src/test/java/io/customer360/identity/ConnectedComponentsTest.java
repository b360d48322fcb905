package io.customer360.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.Source;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    @Test
    void joinsGroupsTransitivelyAndKeepsOthersApart() {
        IdentityResolver resolver = IdentityResolver.connectedComponents();
        for (int identifier : new int[] {1, 5, 200, 7, 3}) {
            resolver.add(identifier);
        }
        resolver.link(1, 5, Source.IDENTITY_MAP);
        resolver.link(5, 200, Source.WEB_ACTIVITY);

        assertThat(resolver.group(200)).isEqualTo(resolver.group(1));
        assertThat(resolver.group(7)).isNotEqualTo(resolver.group(1));
        assertThat(resolver.group(3)).isNotEqualTo(resolver.group(7));
    }

    @Test
    void refusesNegativeOrUnknownIdentifiers() {
        IdentityResolver resolver = IdentityResolver.connectedComponents();
        assertThatThrownBy(() -> resolver.add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resolver.group(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
