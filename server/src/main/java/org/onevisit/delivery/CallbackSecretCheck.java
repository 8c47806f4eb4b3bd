package org.onevisit.delivery;

import java.util.List;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.ItemPage;
import org.onevisit.catalog.ItemQuery;
import org.onevisit.catalog.ItemSummary;
import org.onevisit.platform.DocumentedSecrets;
import org.onevisit.platform.ProductionCheck;
import org.onevisit.platform.ProductionProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The carriers' callback secret in production ({@code onevisit.delivery.callback-secret}): never a documentation
 * example, with which anyone could sign a shipment delivered; and set at all once the catalog offers express delivery
 * of results, or the shipments' news could not arrive.
 */
@Component
class CallbackSecretCheck implements ProductionCheck {

    private static final String HOW = "Set onevisit.delivery.callback-secret to a long random value shared with the "
            + "carriers only (e.g. the output of: openssl rand -hex 32).";

    private final Catalog catalog;
    private final String secret;

    CallbackSecretCheck(Catalog catalog, @Value("${onevisit.delivery.callback-secret:}") String secret) {
        this.catalog = catalog;
        this.secret = secret;
    }

    @Override
    public List<ProductionProblem> problems() {
        if (!secret.isBlank() && DocumentedSecrets.isDocumented(secret)) {
            return List.of(new ProductionProblem("The carriers' callback secret (onevisit.delivery.callback-secret) is an "
                    + "example from the documentation: anyone could report a shipment delivered.", HOW));
        }
        if (secret.isBlank() && expressOffered()) {
            return List.of(new ProductionProblem("The catalog offers express delivery of results, but no carriers' "
                    + "callback secret (onevisit.delivery.callback-secret) is set: no shipment's news can arrive.", HOW));
        }
        return List.of();
    }

    private boolean expressOffered() {
        ItemQuery all = ItemQuery.all();
        for (int page = 0; ; page++) {
            ItemPage items = catalog.search(new ItemQuery("", null, null, null, false, page, all.size()));
            if (items.items().stream().anyMatch(ItemSummary::expressAllowed)) {
                return true;
            }
            if (page + 1 >= items.pages()) {
                return false;
            }
        }
    }
}
